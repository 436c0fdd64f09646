"""Fine-tuning benchmark: the old and the new CPU path side by side, and the default recipe on the sample persona.

    .venv/bin/python bench/finetune_bench.py                      # old path vs lora-gemma, 10 steps each, + 1 bounded default run
    .venv/bin/python bench/finetune_bench.py --steps 20 --default-steps 0   # throughput only
    .venv/bin/python bench/finetune_bench.py --default-steps -1  # the full 4-epoch default recipe (long on CPU)
    .venv/bin/python bench/finetune_bench.py --config gemma2-2b  # a ~2B Gemma-2 with random weights (for a GPU)

Part 1 trains each recipe (by default the old CPU path, `qlora-gemma` with activation checkpointing and random
batches, then `lora-gemma` as `twin finetune` now runs it on the CPU) for a fixed number of optimiser steps on the
sample persona's dataset, each in its own process so that peak memory (resident set on CPU, CUDA max
allocated on GPU) belongs to that recipe alone. Part 2 runs the default recipe with its validation split:
validation loss before and after, and its duration; bounded runs are extrapolated to the recipe's full
number of steps, and the table says so. Results are printed and written to bench/results/*.json.

The knowledge file is ./twin-data/knowledge.md (made by `twin quickstart`) when present, else the sample
persona is ingested into a temporary workspace. Only public entry points are called.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
RESULTS = ROOT / "bench" / "results"
# `twin finetune` on the CPU until 2026-12: QLoRA (4-bit base), activation checkpointing, random batches.
OLD_PATH = "qlora-gemma:gradient_checkpointing=true:group_by_length=false"


def _knowledge_file(given: str | None, work: Path) -> Path:
    if given:
        return Path(given)
    quickstart = ROOT / "twin-data" / "knowledge.md"
    if quickstart.is_file():
        return quickstart
    home = work / "persona"
    subprocess.run(
        [sys.executable, "-m", "cli.main", "ingest", str(ROOT / "examples" / "persona"), "--out", str(home)],
        check=True,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
    )
    return home / "knowledge.md"


def _dataset(knowledge: Path, out: Path, *, train_only: bool) -> tuple[Path, dict[str, Any]]:
    from finetune.dataset import Prompts, build_examples, count_records, write_dataset
    from graph.prompts import RAG_PROMPT, UNKNOWN_ANSWER

    examples = build_examples(knowledge.read_text(encoding="utf-8"), Prompts(RAG_PROMPT, UNKNOWN_ANSWER))
    if train_only:  # throughput runs skip evaluation: no validation examples
        examples = [e for e in examples if e.split == "train"]
    info = write_dataset(examples, out)
    return info.path, count_records([e.record() for e in examples])


def build_gemma2_2b(folder: Path, tokenizer_from: str) -> Path:
    """A Gemma-2 2B-shaped model (2.6B parameters) with random weights, bfloat16, and a real Gemma tokenizer."""
    if (folder / "config.json").is_file():
        return folder
    import torch
    from transformers import AutoTokenizer, Gemma2Config, Gemma2ForCausalLM

    tokenizer = AutoTokenizer.from_pretrained(tokenizer_from)
    config = Gemma2Config(
        vocab_size=len(tokenizer),
        hidden_size=2304,
        intermediate_size=9216,
        num_hidden_layers=26,
        num_attention_heads=8,
        num_key_value_heads=4,
        head_dim=256,
        max_position_embeddings=8192,
        sliding_window=4096,
        pad_token_id=tokenizer.pad_token_id,
        bos_token_id=tokenizer.bos_token_id,
        eos_token_id=tokenizer.eos_token_id,
    )
    device = "cuda" if torch.cuda.is_available() else "cpu"
    torch.manual_seed(0)
    with torch.device(device):
        model = Gemma2ForCausalLM(config).to(torch.bfloat16)
    model.save_pretrained(folder)
    tokenizer.save_pretrained(folder)
    return folder


def run_one(args: argparse.Namespace) -> None:
    """Child process: one recipe, one bounded run; prints its metrics as one JSON line."""
    import torch

    from finetune.recipe import Recipe
    from finetune.train import finetune
    from twin.settings import Settings

    if args.threads:
        torch.set_num_threads(args.threads)
    overrides: dict[str, Any] = {"max_steps": args.steps, "base_model": args.base}
    for item in args.set or []:
        name, _, value = item.partition("=")
        overrides[name] = {"true": True, "false": False}.get(value.lower(), value)
    if args.grad_accum:
        overrides["grad_accum"] = args.grad_accum
    if args.logging_steps:
        overrides["logging_steps"] = args.logging_steps
    recipe = Recipe.from_yaml(args.one, **overrides)
    settings = Settings(home=Path(args.home), generator=args.base)
    started = time.perf_counter()
    result = finetune(recipe, Path(args.dataset), settings=settings, publish=False, progress=False)
    metrics = {**result.metrics, "wall_s": round(time.perf_counter() - started, 2)}
    metrics["recipe"] = recipe.to_dict()
    metrics["torch_threads"] = torch.get_num_threads()
    print("RESULT " + json.dumps(metrics))


def _child(
    recipe: str,
    steps: int,
    dataset: Path,
    base: str,
    home: Path,
    args: argparse.Namespace,
    grad_accum: int | None,
) -> dict[str, Any]:
    recipe, *changes = recipe.split(":")
    command = [
        sys.executable,
        __file__,
        "--one",
        recipe,
        *[f"--set={change}" for change in changes],
        "--steps",
        str(steps),
        "--dataset",
        str(dataset),
        "--base",
        base,
        "--home",
        str(home),
    ]
    if args.threads:
        command += ["--threads", str(args.threads)]
    if grad_accum:
        command += ["--grad-accum", str(grad_accum)]
    if args.logging_steps:
        command += ["--logging-steps", str(args.logging_steps)]
    print(f"$ {recipe}: {'full recipe' if steps == -1 else f'{steps} steps'} ...", flush=True)
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, env={**os.environ})
    line = next((x for x in done.stdout.splitlines() if x.startswith("RESULT ")), None)
    if done.returncode != 0 or line is None:
        sys.stderr.write(done.stdout[-3000:] + done.stderr[-3000:])
        raise SystemExit(f"{recipe} failed (exit {done.returncode})")
    return json.loads(line[len("RESULT ") :])


def _table(rows: list[dict[str, Any]]) -> str:
    head = f"{'run':<28} {'steps':>5} {'tokens':>7} {'tok/s':>7} {'peak MB':>8} {'train s':>8} {'val before':>10} {'val after':>9}"
    lines = [head, "-" * len(head)]
    for r in rows:
        m = r["metrics"]

        def loss(v: Any) -> str:
            return f"{v:.4f}" if isinstance(v, float) else "-"

        lines.append(
            f"{r['name']:<28} {m['steps']:>5} {m['tokens_seen']:>7} {m['tokens_per_s']:>7.0f} "
            f"{m['peak_memory_mb']:>8.0f} {m['seconds']:>8.1f} {loss(m['val_loss_before']):>10} {loss(m['val_loss_after']):>9}"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--config", choices=["embedded", "gemma2-2b"], default="embedded", help="base model to train"
    )
    parser.add_argument(
        "--steps", type=int, default=10, help="optimiser steps per recipe in the throughput part"
    )
    parser.add_argument(
        "--default-steps",
        type=int,
        default=None,
        help="steps of the default-recipe run: -1 the full recipe, 0 skip; default one epoch",
    )
    parser.add_argument(
        "--recipes",
        default=f"{OLD_PATH},lora-gemma",
        help="recipes to time, each NAME[:FIELD=VALUE:...]; the default compares the old CPU path with the new",
    )
    parser.add_argument(
        "--knowledge", help="knowledge file (default ./twin-data/knowledge.md or the ingested persona)"
    )
    parser.add_argument("--threads", type=int, help="torch CPU threads (default torch's own)")
    parser.add_argument("--logging-steps", type=int, help="override the recipes' logging interval")
    parser.add_argument(
        "--grad-accum",
        type=int,
        help="gradient accumulation in the throughput part (default 1: a step is one batch); 0 keeps the recipe's",
    )
    parser.add_argument("--out", default=str(RESULTS))
    # The child-process mode.
    parser.add_argument("--one", help=argparse.SUPPRESS)
    parser.add_argument("--dataset", help=argparse.SUPPRESS)
    parser.add_argument("--base", help=argparse.SUPPRESS)
    parser.add_argument("--home", help=argparse.SUPPRESS)
    parser.add_argument("--set", action="append", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.one:
        run_one(args)
        return 0

    from finetune.recipe import Recipe
    from models.generator import resolve_generator
    from twin.settings import EMBEDDED_GENERATOR, Settings

    work = Path(tempfile.mkdtemp(prefix="finetune-bench-"))
    knowledge = _knowledge_file(args.knowledge, work)
    base = EMBEDDED_GENERATOR
    settings = Settings()
    if args.config == "gemma2-2b":
        base = str(
            build_gemma2_2b(
                settings.cache_dir / "bench" / "gemma2-2b-random",
                resolve_generator(EMBEDDED_GENERATOR, settings),
            )
        )
    else:
        resolve_generator(base, settings)  # convert the embedded checkpoint once, outside the timed runs
    throughput_data, throughput_counts = _dataset(knowledge, work / "train-only.jsonl", train_only=True)
    full_data, full_counts = _dataset(knowledge, work / "dataset.jsonl", train_only=False)

    rows: list[dict[str, Any]] = []
    for recipe in [r.strip() for r in args.recipes.split(",") if r.strip()]:
        metrics = _child(
            recipe,
            args.steps,
            throughput_data,
            base,
            work / f"home-{recipe.split(':')[0]}-{len(rows)}",
            args,
            1 if args.grad_accum is None else args.grad_accum or None,
        )
        rows.append({"name": f"{recipe} x{args.steps} steps", "part": "throughput", "metrics": metrics})
        print(
            f"  {metrics['tokens_per_s']:.1f} tokens/s, peak {metrics['peak_memory_mb']:.0f} MB", flush=True
        )
    speedup = None
    if len(rows) >= 2 and rows[0]["metrics"]["tokens_per_s"]:
        speedup = round(rows[-1]["metrics"]["tokens_per_s"] / rows[0]["metrics"]["tokens_per_s"], 2)
        print(f"  {rows[-1]['name']} vs {rows[0]['name']}: {speedup}x the tokens/s", flush=True)

    from finetune.recipe import default_recipe

    default_name = default_recipe()
    default = Recipe.from_yaml(default_name, base_model=base)
    n_train = full_counts["split"].get("train", 0)
    steps_per_epoch = math.ceil(math.ceil(n_train / default.batch_size) / default.grad_accum)
    full_steps = math.ceil(steps_per_epoch * default.epochs)
    bounded = steps_per_epoch if args.default_steps is None else args.default_steps
    extrapolation = None
    if bounded != 0:
        metrics = _child(default_name, bounded, full_data, base, work / "home-default", args, None)
        name = f"{default_name} (full)" if bounded == -1 else f"{default_name} x{metrics['steps']} steps"
        rows.append({"name": name, "part": "default", "metrics": metrics})
        if bounded != -1 and metrics["steps"]:
            per_step = metrics["seconds"] / metrics["steps"]
            extrapolation = {
                "measured_steps": metrics["steps"],
                "full_recipe_steps": full_steps,
                "seconds_per_step": round(per_step, 2),
                "estimated_full_seconds": round(per_step * full_steps, 1),
                "note": "extrapolated linearly from the bounded run; evaluation after each epoch not included",
            }

    print()
    print(_table(rows))
    print(
        f"\ndataset: {full_counts['split']} {full_counts['kind']}; steps per epoch {steps_per_epoch}, full recipe {full_steps}"
    )
    if extrapolation:
        print(
            f"default recipe, extrapolated: {extrapolation['seconds_per_step']} s/step x {full_steps} steps "
            f"= {extrapolation['estimated_full_seconds'] / 60:.1f} min (measured {extrapolation['measured_steps']} steps)"
        )
    import torch

    report = {
        "created": time.strftime("%Y-%m-%dT%H:%M:%S"),
        "config": args.config,
        "base_model": base,
        "device": "cuda" if torch.cuda.is_available() else "cpu",
        "cpu_count": os.cpu_count(),
        "load_average": os.getloadavg(),
        "knowledge_file": str(knowledge),
        "dataset_counts": full_counts,
        "throughput_dataset_counts": throughput_counts,
        "runs": rows,
        "speedup_last_vs_first": speedup,
        "default_recipe_extrapolation": extrapolation,
    }
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    path = out / f"finetune-{args.config}-{time.strftime('%Y%m%d-%H%M%S')}.json"
    path.write_text(json.dumps(report, indent=2, default=str) + "\n", encoding="utf-8")
    print(f"results: {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
