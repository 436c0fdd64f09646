"""Train the reader's LoRA adapter from a pack (`twin reader pack`), on a GPU machine without this project's
packages: it needs PyTorch, transformers, peft, numpy and safetensors (and gguf, which the pack carries as a zip).

    python3 finetune/reader/device_train.py PACK_DIR --out DIR [--steps N] [--batch-tokens N] [--time-limit S]
        [--fresh] [--learning-rate LR] [--cpu-bf16]

PACK_DIR holds the pack's parts (a/, b/, ...) side by side, as the device calls copied them. It rebuilds the
embedded Gemma 3 from the GGUF blocks (the same values the twin serves), over the vocabulary of the data's tokens,
applies the pack's starting adapter (fresh LoRA weights of the recipe where the pack has none, or with `--fresh`),
and trains on answer tokens only, in bfloat16 on CUDA (float32 on a CPU; `--cpu-bf16` runs the CPU in bfloat16
too, twice as fast where it has AMX or AVX512-BF16). It writes the adapter (peft's files), `log.json` (the start,
the learning rate, loss per step, validation loss before and after, tokens/s) and `loss.png` into DIR. Run as a
file, not a module: nothing of the project is imported.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import time
from pathlib import Path
from typing import Any


def load_model(pack: Path, device: str) -> tuple[Any, dict[str, Any]]:
    import gguf
    import numpy as np
    import torch
    from safetensors.numpy import load_file
    from transformers import AutoConfig, AutoModelForCausalLM

    found = sorted(pack.glob("manifest.json")) + sorted(pack.glob("*/manifest.json"))
    if not found:
        sys.exit(f"error: {pack}: no manifest.json (copy every part of the pack, a/, b/, ..., into it)")
    manifest = json.loads(found[0].read_text(encoding="utf-8"))
    fields = dict(manifest["config"])
    config = AutoConfig.for_model(fields.pop("model_type"), **fields)
    raw: dict[str, Any] = {}
    for file in sorted({spec["file"] for spec in manifest["tensors"].values()}):
        raw.update(load_file(str(pack / file)))
    state = {}
    for name, spec in manifest["tensors"].items():
        kind = gguf.GGMLQuantizationType[spec["type"]]
        values = gguf.quants.dequantize(raw[name], kind).reshape(spec["shape"]).astype(np.float32)
        state[name] = torch.from_numpy(values - 1 if spec["minus_one"] else values)
    model = AutoModelForCausalLM.from_config(config, dtype=torch.float32)
    missing = model.load_state_dict(state, strict=False).missing_keys
    model.tie_weights()
    missing = [n for n in missing if n != "lm_head.weight"]  # tied to the embedding
    if missing:
        sys.exit(f"error: {pack}: the pack has no weights for {missing[:3]}")
    return model.to(device), manifest


def _memory() -> str:
    try:  # resident memory, Linux only
        pages = int(Path("/proc/self/statm").read_text().split()[1])
    except (OSError, IndexError, ValueError):
        return ""
    return f", {pages * 4096 / 2**30:.1f} GiB resident"


def _rounded(value: float | None) -> str:
    return "-" if value is None else f"{value:.4f}"


def batches(lengths: Any, chosen: Any, batch_tokens: int, rng: Any) -> list[list[int]]:
    """Examples grouped by length (padding stays small), at most `batch_tokens` padded tokens each, shuffled."""
    order = sorted(chosen, key=lambda i: (int(lengths[i]), rng.random()))
    out: list[list[int]] = []
    current: list[int] = []
    for i in order:
        if current and (len(current) + 1) * int(lengths[i]) > batch_tokens:
            out.append(current)
            current = []
        current.append(i)
    if current:
        out.append(current)
    rng.shuffle(out)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pack", type=Path)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument(
        "--steps", type=int, help="optimizer steps (default: the recipe's epochs over the data)"
    )
    parser.add_argument("--batch-tokens", type=int, default=16384, help="padded tokens per step")
    parser.add_argument(
        "--time-limit",
        type=float,
        default=0,
        help="seconds for the whole run: the schedule is fitted to it after 10 steps, and it stops (and saves) there",
    )
    parser.add_argument(
        "--validation-examples", type=int, help="score only the first N validation examples (a CPU dry run)"
    )
    parser.add_argument(
        "--cpu-bf16",
        action="store_true",
        help="bfloat16 autocast on the CPU too (fast where the CPU has AMX or AVX512-BF16; float32 otherwise)",
    )
    parser.add_argument(
        "--fresh",
        action="store_true",
        help="ignore the pack's starting adapter: fresh LoRA weights of the recipe",
    )
    parser.add_argument("--learning-rate", type=float, help="peak learning rate (default: the recipe's)")
    args = parser.parse_args(argv)

    for carried in sorted(args.pack.glob("*/gguf.zip")) + sorted(args.pack.glob("gguf.zip")):
        sys.path.insert(0, str(carried))  # gguf is pure Python: importable from the zip the pack carries
    import numpy as np
    import torch
    import torch.nn.functional as F
    from peft import LoraConfig, PeftModel, get_peft_model

    device = "cuda" if torch.cuda.is_available() else "cpu"
    started = time.perf_counter()
    model, manifest = load_model(args.pack, device)
    autocast = device == "cuda" or args.cpu_bf16
    if device == "cpu" and autocast:
        # The frozen base in bfloat16: autocast would otherwise cast every weight again at every step. The LoRA
        # weights stay float32 (peft keeps adapters in float32).
        model = model.to(torch.bfloat16)
    recipe = manifest["recipe"]
    learning_rate = args.learning_rate or float(recipe["learning_rate"])
    start = None if args.fresh else manifest["files"].get("start_from")
    if start:
        model = PeftModel.from_pretrained(model, str(args.pack / start), is_trainable=True)
    else:
        lora = LoraConfig(
            r=recipe["lora_r"],
            lora_alpha=recipe["lora_alpha"],
            lora_dropout=recipe.get("lora_dropout", 0.0),
            target_modules=recipe["target_modules"],
            task_type="CAUSAL_LM",
        )
        model = get_peft_model(model, lora)
    data = np.load(args.pack / manifest["files"]["data"])
    tokens, lengths, prompts = data["tokens"], data["lengths"], data["prompt_lengths"]
    offsets = np.concatenate([[0], np.cumsum(lengths)])
    validation = data["validation"].astype(bool)
    train_ids = np.flatnonzero(~validation)
    val_ids = np.flatnonzero(validation)[: args.validation_examples]
    pad = manifest["config"].get("pad_token_id") or 0
    import random

    shuffler = random.Random(recipe.get("seed", 42))
    per_epoch = batches(lengths, train_ids, args.batch_tokens, shuffler)
    steps = args.steps or max(1, math.ceil(len(per_epoch) * float(recipe.get("epochs", 1.0))))
    head = model.get_base_model()
    embedding = head.get_input_embeddings().weight

    def loss_of(batch: list[int]) -> tuple[Any, int]:
        # Widths rounded up to 64 tokens: few distinct shapes, so the allocator re-uses its blocks.
        width = -(-int(max(lengths[i] for i in batch)) // 64) * 64
        ids = np.full((len(batch), width), pad, dtype=np.int64)
        mask = np.zeros((len(batch), width), dtype=np.int64)
        for row, i in enumerate(batch):
            ids[row, : lengths[i]] = tokens[offsets[i] : offsets[i + 1]]
            mask[row, : lengths[i]] = 1
        ids_t = torch.from_numpy(ids).to(device)
        mask_t = torch.from_numpy(mask).to(device)
        # Positions whose next token is an answer token: the only ones the loss (and the output layer) sees.
        rows, cols = [], []
        for row, i in enumerate(batch):
            for col in range(int(prompts[i]) - 1, int(lengths[i]) - 1):
                rows.append(row)
                cols.append(col)
        rows_t, cols_t = torch.tensor(rows, device=device), torch.tensor(cols, device=device)
        with torch.autocast(device_type=device, dtype=torch.bfloat16, enabled=autocast):
            hidden = head.model(input_ids=ids_t, attention_mask=mask_t).last_hidden_state
            logits = hidden[rows_t, cols_t].float() @ embedding.float().T
        targets = ids_t[rows_t, cols_t + 1]
        return F.cross_entropy(logits, targets), len(rows)

    def validation_loss() -> float | None:
        if not len(val_ids):
            return None
        model.eval()
        total, count = 0.0, 0
        with torch.no_grad():
            for batch in batches(lengths, val_ids, args.batch_tokens, random.Random(0)):
                loss, n = loss_of(batch)
                total, count = total + float(loss) * n, count + n
        model.train()
        return total / max(count, 1)

    params = [p for p in model.parameters() if p.requires_grad]
    optimizer = torch.optim.AdamW(
        params,
        lr=learning_rate,
        weight_decay=float(recipe.get("weight_decay", 0.0)),
    )
    plan = {"steps": steps, "warmup": int(steps * float(recipe.get("warmup_ratio", 0.03)))}

    def rate(step: int) -> float:  # linear warm-up, then cosine to zero at the planned last step
        warmup, total = plan["warmup"], plan["steps"]
        if step < warmup:
            return (step + 1) / max(1, warmup)
        return 0.5 * (1 + math.cos(math.pi * min(1.0, (step - warmup) / max(1, total - warmup))))

    scheduler = torch.optim.lr_scheduler.LambdaLR(optimizer, rate)
    log: dict[str, Any] = {
        "device": device,
        "precision": "bfloat16" if autocast else "float32",
        "start": "fresh" if start is None else start,
        "learning_rate": learning_rate,
        "steps": steps,
        "examples": len(train_ids),
        "loss": [],
    }
    validation_started = time.perf_counter()
    log["val_loss_before"] = validation_loss()
    validation_seconds = time.perf_counter() - validation_started
    print(
        f"model ready in {time.perf_counter() - started:.0f} s on {device}; {steps} steps; "
        f"validation loss {log['val_loss_before']}",
        flush=True,
    )
    model.train()
    trained_tokens, t0, step = 0, time.perf_counter(), 0
    queue: list[list[int]] = []
    while step < plan["steps"]:
        if not queue:
            queue = batches(lengths, train_ids, args.batch_tokens, shuffler)
        batch = queue.pop()
        loss, _ = loss_of(batch)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(params, float(recipe.get("max_grad_norm", 1.0)))
        optimizer.step()
        scheduler.step()
        optimizer.zero_grad(set_to_none=True)
        trained_tokens += int(sum(lengths[i] for i in batch))
        step += 1
        log["loss"].append(round(loss.item(), 4))
        if args.time_limit and step == 10:
            # Fit the schedule to the time left (one more validation pass and the save to come), so a
            # round that must end within one device call still anneals its learning rate to zero.
            per_step = (time.perf_counter() - t0) / step
            left = args.time_limit - (time.perf_counter() - started) - 1.2 * validation_seconds - 15
            fits = step + max(0, int(left / per_step))
            if fits < plan["steps"]:
                print(
                    f"time limit: {fits} of {plan['steps']} steps fit ({per_step:.2f} s a step)", flush=True
                )
                plan["steps"] = fits
        if step % 20 == 0 or step == plan["steps"]:
            speed = trained_tokens / (time.perf_counter() - t0)
            print(
                f"step {step}/{plan['steps']} loss {loss.item():.4f} {speed:,.0f} tokens/s{_memory()}",
                flush=True,
            )
        if args.time_limit and time.perf_counter() - started > args.time_limit:
            print(f"time limit: stopping at step {step}", flush=True)
            break
    seconds = time.perf_counter() - t0
    log.update(
        steps_planned=plan["steps"],
        steps_done=step,
        seconds=round(seconds, 1),
        tokens_seen=trained_tokens,
        tokens_per_s=round(trained_tokens / max(seconds, 1e-9), 1),
        val_loss_after=validation_loss(),
        dataset_sha256=manifest.get("dataset_sha256"),
        recipe=recipe,
    )
    args.out.mkdir(parents=True, exist_ok=True)
    # The pack's vocabulary is not the served one: the embedding stays out (LoRA never changes it).
    model.save_pretrained(str(args.out), save_embedding_layers=False)
    from safetensors.torch import load_file, save_file

    weights = args.out / "adapter_model.safetensors"  # in bfloat16, as shipped: half the bytes to carry back
    halved = {k: v.to(torch.bfloat16).contiguous() for k, v in load_file(str(weights)).items()}
    save_file(halved, str(weights), metadata={"format": "pt"})
    (args.out / "log.json").write_text(json.dumps(log, indent=1) + "\n", encoding="utf-8")
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt

        figure, axes = plt.subplots(figsize=(7, 4))
        axes.plot(range(1, len(log["loss"]) + 1), log["loss"], linewidth=0.8)
        axes.set_xlabel("step")
        axes.set_ylabel("training loss (answer tokens)")
        axes.set_title(
            f"reader round on {device}: validation loss {_rounded(log['val_loss_before'])} -> "
            f"{_rounded(log['val_loss_after'])}"
        )
        figure.tight_layout()
        figure.savefig(args.out / "loss.png", dpi=120)
    except ImportError:
        pass
    print(
        f"adapter: {args.out} ({step} steps, {log['tokens_per_s']:,.0f} tokens/s, validation loss "
        f"{_rounded(log['val_loss_before'])} -> {_rounded(log['val_loss_after'])})",
        flush=True,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
