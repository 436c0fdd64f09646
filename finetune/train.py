"""Training: a recipe and a dataset in, a published LoRA adapter out, the same code on CPU and CUDA.

    knowledge file -> dataset.jsonl -> finetune(recipe, dataset) -> adapters/<name>/ + CURRENT

The base model is loaded as the recipe says (4-bit NF4 for QLoRA, full precision for LoRA), LoRA
adapters are trained with a transformers `Trainer` and a collator that keeps the prompt's labels at -100,
and the validation loss is measured before training and after each epoch. Checkpoints go to
`home/finetune-runs/<run>/checkpoints`, so an interrupted run continues with `resume=True`.

Publishing is the last step and is atomic: the adapter, its `twin_adapter.json` and the loss plot are
written into a staging folder, then `models.adapters.publish_adapter` renames it into the registry and
flips CURRENT. A run that fails or is interrupted before that leaves the previous adapter current and
untouched.
"""

from __future__ import annotations

import hashlib
import json
import math
import shutil
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from finetune.dataset import encode_example, file_sha256, read_dataset
from finetune.recipe import Recipe
from twin.errors import TwinError
from twin.settings import Settings

RUNS_DIR = "finetune-runs"
LOSS_PLOT = "loss.png"
TRAIN_LOG = "train_log.json"


@dataclass
class FinetuneResult:
    """What a run produced: the adapter (in the registry, or in the run folder when not published), metrics."""

    adapter_dir: Path
    run_dir: Path
    published: bool
    metrics: dict[str, Any] = field(default_factory=dict)
    log_history: list[dict[str, Any]] = field(default_factory=list)

    def lines(self) -> list[str]:
        m = self.metrics
        out = [
            f"steps {m.get('steps')} ({m.get('epochs', 0):.2f} epochs) in {m.get('seconds', 0):.1f} s, "
            f"{m.get('tokens_per_s', 0):.0f} tokens/s, peak memory {m.get('peak_memory_mb', 0):.0f} MB "
            f"({m.get('memory_kind')})",
            f"validation loss {_fmt(m.get('val_loss_before'))} -> {_fmt(m.get('val_loss_after'))}; "
            f"train loss {_fmt(m.get('train_loss'))}",
        ]
        if self.published:
            out.append(f"adapter published and current: {self.adapter_dir}")
        else:
            out.append(f"adapter saved (not published; the current adapter is unchanged): {self.adapter_dir}")
        return out


def run_name_for(recipe: Recipe, dataset_hash: str) -> str:
    """The default run folder: the same recipe on the same data is the same run, so --resume finds it."""
    digest = hashlib.sha256(f"{recipe.fingerprint()}:{dataset_hash}".encode()).hexdigest()[:10]
    return f"{recipe.name}-{digest}"


def finetune(
    recipe: Recipe,
    dataset_path: Path,
    *,
    settings: Settings,
    run_name: str | None = None,
    resume: bool = False,
    publish: bool = True,
    adapter_name: str | None = None,
    callbacks: Sequence[Any] = (),
    start_from: Path | None = None,
    progress: bool = True,
    echo: Callable[[str], None] | None = None,
) -> FinetuneResult:
    """Train a LoRA adapter on the dataset as the recipe says, and publish it as the current adapter.

    `resume` continues from the run's last checkpoint (a fresh run otherwise clears old checkpoints).
    `start_from` is an adapter folder to train further instead of fresh LoRA weights (its rank and target
    modules then hold, not the recipe's): `twin finetune` starts from the shipped reader.
    `callbacks` are transformers `TrainerCallback`s (tests inject failures with them).
    """
    say = echo or (lambda _line: None)
    begun = time.perf_counter()
    if publish and adapter_name and (settings.adapters_dir / adapter_name).exists():
        raise TwinError(
            f"adapter {adapter_name!r} already exists in {settings.adapters_dir}; choose another name"
        )
    records = read_dataset(Path(dataset_path))
    dataset_hash = file_sha256(Path(dataset_path))
    run_dir = settings.home / RUNS_DIR / (run_name or run_name_for(recipe, dataset_hash))
    checkpoints = run_dir / "checkpoints"
    last = _prepare_run_dir(run_dir, checkpoints, recipe, dataset_hash, resume, say)

    import torch
    from transformers import set_seed

    set_seed(recipe.seed)
    device = "cuda" if torch.cuda.is_available() else "cpu"
    model, tokenizer, dtype = _load_model(recipe, settings, device, start_from)
    loaded_memory, _ = peak_memory_mb(device)
    train, validation, skipped = _training_examples(records, tokenizer, recipe.max_length, say)
    say(f"{len(train)} training and {len(validation)} validation examples; run folder {run_dir}")

    if device == "cuda":
        torch.cuda.reset_peak_memory_stats()
    trainer = _answer_loss_trainer()(
        model=model,
        args=_training_arguments(recipe, checkpoints, device, dtype, bool(validation), progress),
        train_dataset=train,
        eval_dataset=validation or None,
        data_collator=_Collator(tokenizer.pad_token_id),
        callbacks=list(callbacks),
    )
    val_before = _validation_before(trainer, validation, run_dir, resumed=last is not None)

    staging = run_dir / "adapter-staging"
    try:
        started = time.perf_counter()
        output = trainer.train(resume_from_checkpoint=str(last) if last else None)
        seconds = time.perf_counter() - started
        history = list(trainer.state.log_history)
        final_step = trainer.state.global_step
        logged_eval = [h for h in history if "eval_loss" in h and h.get("step") == final_step]
        val_after = logged_eval[-1]["eval_loss"] if logged_eval else _evaluate(trainer, validation)
        metrics = _metrics(
            trainer,
            output,
            seconds,
            val_before,
            val_after,
            device,
            last,
            len(train),
            len(validation),
            skipped,
        )
        metrics["base_quantization"] = base_quantization(model)
        metrics["started_from"] = str(start_from) if start_from is not None else None
        metrics["peak_memory_after_load_mb"] = round(loaded_memory, 1)
        metrics["total_seconds"] = round(time.perf_counter() - begun, 2)  # with loading and evaluation
        _save_adapter(model, staging, recipe, dataset_hash, history, val_before, metrics)
        shutil.copy2(staging / LOSS_PLOT, run_dir / LOSS_PLOT)
        if publish:
            from models.adapters import publish_adapter

            adapter_dir = publish_adapter(staging, settings.adapters_dir, adapter_name)
        else:
            adapter_dir = run_dir / "adapter"
            shutil.rmtree(adapter_dir, ignore_errors=True)
            staging.replace(adapter_dir)
    except BaseException:
        # Nothing reaches the registry before publish_adapter, so the previous adapter stays current.
        shutil.rmtree(staging, ignore_errors=True)
        raise
    # The run is complete and its adapter saved: its checkpoints have nothing left to resume.
    shutil.rmtree(checkpoints, ignore_errors=True)
    _write_json(run_dir / "run.json", {**_read_json(run_dir / "run.json"), "adapter": str(adapter_dir)})
    return FinetuneResult(adapter_dir, run_dir, publish, metrics, history)


def _training_examples(
    records: list[dict[str, Any]], tokenizer: Any, max_length: int, say: Callable[[str], None]
) -> tuple[list[dict], list[dict], int]:
    """The encoded train and validation examples and how many were too long; none that fits is an error."""
    train, validation, skipped = _encode(records, tokenizer, max_length)
    if skipped:
        say(f"left out {skipped} example(s) longer than max_length={max_length} tokens")
    if not train:
        raise TwinError(
            f"no training example fits in max_length={max_length} tokens; raise max_length in the recipe"
        )
    validation.sort(key=lambda f: len(f["input_ids"]))  # evaluated in batches of similar length: less padding
    return train, validation, skipped


def _validation_before(trainer: Any, validation: list[dict], run_dir: Path, *, resumed: bool) -> float | None:
    """The validation loss before training, measured once per run (a resumed run re-uses it)."""
    state = _read_json(run_dir / "run.json")
    if resumed and state.get("val_loss_before") is not None:
        return float(state["val_loss_before"])
    val_before = _evaluate(trainer, validation)
    _write_json(run_dir / "run.json", {**state, "val_loss_before": val_before})
    return val_before


def _save_adapter(
    model: Any,
    staging: Path,
    recipe: Recipe,
    dataset_hash: str,
    history: list[dict[str, Any]],
    val_before: float | None,
    metrics: dict[str, Any],
) -> None:
    """The adapter, its loss plot, training log and `twin_adapter.json`, written into a fresh `staging`."""
    from models.adapters import write_adapter_metadata

    if staging.exists():
        shutil.rmtree(staging)
    staging.mkdir(parents=True)
    model.save_pretrained(str(staging))
    _plot_losses(history, val_before, staging / LOSS_PLOT, title=recipe.name)
    _write_json(staging / TRAIN_LOG, {"log_history": history, "metrics": metrics})
    write_adapter_metadata(
        staging,
        base_model=recipe.base_model,
        recipe=recipe.to_dict(),
        dataset_hash=dataset_hash,
        metrics=metrics,
    )


# --- set-up ---------------------------------------------------------------------------------------


def _prepare_run_dir(
    run_dir: Path,
    checkpoints: Path,
    recipe: Recipe,
    dataset_hash: str,
    resume: bool,
    say: Callable[[str], None],
) -> Path | None:
    """The checkpoint to resume from (None: a fresh start), after checking it belongs to this recipe and data."""
    state = _read_json(run_dir / "run.json")
    last: Path | None = None
    if resume:
        last = _last_checkpoint(checkpoints)
        if last is None:
            say(f"no checkpoint to resume in {checkpoints}; starting from the beginning")
        elif state.get("recipe") != recipe.to_dict() or state.get("dataset_hash") != dataset_hash:
            raise TwinError(
                f"run {run_dir.name} was started with another recipe or dataset; resume it with the same "
                "recipe and flags, or start a new run"
            )
        else:
            say(f"resuming from {last.name}")
    if last is None:
        shutil.rmtree(checkpoints, ignore_errors=True)
        run_dir.mkdir(parents=True, exist_ok=True)
        _write_json(run_dir / "run.json", {"recipe": recipe.to_dict(), "dataset_hash": dataset_hash})
    return last


def _last_checkpoint(checkpoints: Path) -> Path | None:
    if not checkpoints.is_dir():
        return None
    from transformers.trainer_utils import get_last_checkpoint

    found = get_last_checkpoint(str(checkpoints))
    return Path(found) if found else None


def _compute_dtype(recipe: Recipe, device: str) -> Any:
    """The dtype the model is loaded in (on the CPU float32; see `_mixed_bf16` for its matmuls)."""
    import torch

    if recipe.compute_dtype == "auto":
        if device == "cuda" and torch.cuda.is_bf16_supported():
            return torch.bfloat16
        return torch.float32
    return getattr(torch, recipe.compute_dtype)


def _mixed_bf16(recipe: Recipe, device: str) -> bool:
    """Whether a CPU run keeps float32 weights and computes its matmuls in bfloat16 (autocast).

    Only where the CPU computes bfloat16 natively: measured 1.3x the float32 tokens/s on an AVX512-BF16 core;
    without it bfloat16 is emulated and slower.
    """
    if device != "cpu" or recipe.compute_dtype != "auto" or recipe.load_in_4bit:
        return False
    import torch

    return bool(getattr(torch.cpu, "_is_avx512_bf16_supported", lambda: False)()) or bool(
        getattr(torch.cpu, "_is_amx_tile_supported", lambda: False)()
    )


def _load_model(
    recipe: Recipe, settings: Settings, device: str, start_from: Path | None = None
) -> tuple[Any, Any, Any]:
    """The base model as the recipe says (4-bit NF4 or full precision), with LoRA adapters on it: fresh ones,
    or those of the adapter in `start_from` (the shipped reader), trained further."""
    from peft import LoraConfig, get_peft_model, prepare_model_for_kbit_training
    from transformers import AutoModelForCausalLM, AutoTokenizer

    from models.generator import resolve_generator

    resolved = resolve_generator(recipe.base_model, settings)
    dtype = _compute_dtype(recipe, device)
    try:
        tokenizer = AutoTokenizer.from_pretrained(resolved)
    except OSError as error:
        raise TwinError(
            f"base model {recipe.base_model!r}: cannot load its tokenizer from {resolved} ({error})"
        ) from None
    if tokenizer.pad_token is None:
        tokenizer.pad_token = tokenizer.eos_token
    options: dict[str, Any] = {"dtype": dtype, "device_map": {"": 0 if device == "cuda" else "cpu"}}
    if recipe.load_in_4bit:
        from transformers import BitsAndBytesConfig

        options["quantization_config"] = BitsAndBytesConfig(
            load_in_4bit=True,
            bnb_4bit_quant_type=recipe.bnb_4bit_quant_type,
            bnb_4bit_use_double_quant=recipe.bnb_4bit_use_double_quant,
            bnb_4bit_compute_dtype=dtype,
        )
    model: Any
    try:
        model = AutoModelForCausalLM.from_pretrained(resolved, **options)
    except OSError as error:
        raise TwinError(
            f"base model {recipe.base_model!r} cannot be loaded from {resolved} ({error})"
        ) from None
    model.config.use_cache = False  # the KV cache is for generation; with checkpointing it only costs memory
    if recipe.load_in_4bit:
        # On CPUs with AVX512-BF16, bitsandbytes repacks a Linear4bit for inference on its first eval-mode,
        # no-grad forward (the validation pass before training): the double-quantized absmax becomes plain
        # bfloat16 and the layer keeps a layout with no backward through it. Keep the trainable layout.
        for module in model.modules():
            if hasattr(module, "support_avx512bf16_for_cpu"):
                module.support_avx512bf16_for_cpu = False
        model = prepare_model_for_kbit_training(
            model,
            use_gradient_checkpointing=recipe.gradient_checkpointing,
            gradient_checkpointing_kwargs={"use_reentrant": False},
        )
    if start_from is not None:
        from peft import PeftModel

        return PeftModel.from_pretrained(model, str(start_from), is_trainable=True), tokenizer, dtype
    lora = LoraConfig(
        r=recipe.lora_r,
        lora_alpha=recipe.lora_alpha,
        lora_dropout=recipe.lora_dropout,
        target_modules=recipe.target_modules,
        bias="none",
        task_type="CAUSAL_LM",
    )
    try:
        model = get_peft_model(model, lora)
    except ValueError as error:
        raise TwinError(f"recipe {recipe.name!r}: target_modules do not fit the model ({error})") from None
    return model, tokenizer, dtype


def _encode(
    records: list[dict[str, Any]], tokenizer: Any, max_length: int
) -> tuple[list[dict], list[dict], int]:
    train: list[dict] = []
    validation: list[dict] = []
    skipped = 0
    for record in records:
        features = encode_example(tokenizer, record["messages"], max_length)
        if features is None:
            skipped += 1
            continue
        (validation if record.get("split") == "validation" else train).append(features)
    return train, validation, skipped


def _training_arguments(
    recipe: Recipe, output_dir: Path, device: str, dtype: Any, has_validation: bool, progress: bool
) -> Any:
    import torch
    from transformers import TrainingArguments

    return TrainingArguments(
        output_dir=str(output_dir),
        num_train_epochs=recipe.epochs,
        max_steps=recipe.max_steps,
        per_device_train_batch_size=recipe.batch_size,
        per_device_eval_batch_size=recipe.batch_size,
        gradient_accumulation_steps=recipe.grad_accum,
        learning_rate=recipe.learning_rate,
        lr_scheduler_type=recipe.lr_scheduler,
        warmup_steps=recipe.warmup_ratio,  # a float below 1 is a share of the total steps
        weight_decay=recipe.weight_decay,
        max_grad_norm=recipe.max_grad_norm,
        optim=recipe.optim,
        activation_checkpointing=recipe.gradient_checkpointing,
        train_sampling_strategy="group_by_length" if recipe.group_by_length else "random",
        activation_checkpointing_kwargs={"use_reentrant": False},
        bf16=(device == "cuda" and dtype == torch.bfloat16) or _mixed_bf16(recipe, device),
        fp16=device == "cuda" and dtype == torch.float16,
        use_cpu=device == "cpu",
        eval_strategy="epoch" if recipe.eval_every_epoch and has_validation else "no",
        logging_strategy="steps",
        logging_steps=recipe.logging_steps,
        logging_first_step=True,
        save_strategy="steps",
        save_steps=recipe.save_steps,
        save_total_limit=recipe.save_total_limit,
        include_num_input_tokens_seen="non_padding",
        seed=recipe.seed,
        data_seed=recipe.seed,
        report_to="none",
        disable_tqdm=not progress,
        remove_unused_columns=False,
        dataloader_num_workers=0,
    )


class _Collator:
    """Right-pads a batch: input ids with the pad token, labels with -100, attention mask with 0."""

    def __init__(self, pad_token_id: int) -> None:
        self.pad_token_id = pad_token_id

    def __call__(self, features: list[dict[str, list[int]]]) -> dict[str, Any]:
        import torch

        width = max(len(f["input_ids"]) for f in features)

        def pad(key: str, value: int) -> Any:
            return torch.tensor(
                [f[key] + [value] * (width - len(f[key])) for f in features], dtype=torch.long
            )

        return {
            "input_ids": pad("input_ids", self.pad_token_id),
            "attention_mask": pad("attention_mask", 0),
            "labels": pad("labels", -100),
        }


def answer_only_loss(causal_lm: Any, inputs: dict[str, Any], num_items_in_batch: Any = None) -> Any:
    """Next-token cross-entropy over the answer tokens, projecting only those onto the vocabulary.

    Equal to the model's own loss with these labels, without the (batch x length x vocabulary) logits:
    Gemma's 262k-word vocabulary makes those the largest tensor of a step (1.3 GB for 4 x 300 tokens in
    float32) while the answer is a tenth of the tokens. Summed and divided by `num_items_in_batch` when the
    Trainer gives it (the count over all accumulated micro-batches), else averaged.
    """
    import torch

    decoder = causal_lm.get_decoder()
    hidden = decoder(input_ids=inputs["input_ids"], attention_mask=inputs["attention_mask"]).last_hidden_state
    targets = inputs["labels"][:, 1:]
    keep = targets != -100
    logits = causal_lm.get_output_embeddings()(hidden[:, :-1][keep])
    cap = getattr(causal_lm.config, "final_logit_softcapping", None)
    if cap:
        logits = torch.tanh(logits / cap) * cap
    loss = torch.nn.functional.cross_entropy(logits.float(), targets[keep], reduction="sum")
    count = num_items_in_batch if num_items_in_batch is not None else keep.sum()
    return loss / torch.as_tensor(count, device=loss.device).clamp(min=1)


def _answer_loss_trainer() -> Any:
    from transformers import Trainer

    class AnswerLossTrainer(Trainer):
        """A Trainer whose loss projects only the answer tokens onto the vocabulary (see answer_only_loss)."""

        def compute_loss(self, model, inputs, return_outputs=False, num_items_in_batch=None):  # type: ignore[no-untyped-def]
            wrapped = self.accelerator.unwrap_model(model)
            causal_lm = wrapped.get_base_model() if hasattr(wrapped, "get_base_model") else wrapped
            with self.accelerator.autocast():  # the unwrapped model runs outside accelerate's mixed precision
                loss = answer_only_loss(causal_lm, inputs, num_items_in_batch)
            return (loss, {"loss": loss}) if return_outputs else loss

    return AnswerLossTrainer


# --- measurements ---------------------------------------------------------------------------------


def _evaluate(trainer: Any, validation: list[dict]) -> float | None:
    if not validation:
        return None
    return float(trainer.evaluate()["eval_loss"])


def base_quantization(model: Any) -> str:
    """How the frozen base is stored, read from the model's layers: "nf4+double", "fp4" or "none"."""
    for module in model.modules():
        if type(module).__name__ == "Linear4bit":
            state = getattr(module.weight, "quant_state", None)
            kind = str(getattr(module.weight, "quant_type", None) or getattr(state, "quant_type", "4bit"))
            nested = getattr(state, "nested", False)
            return f"{kind}+double" if nested else kind
    return "none"


def peak_memory_mb(device: str) -> tuple[float, str]:
    """The process's peak memory so far: CUDA's max allocated on GPU, the peak resident set on CPU."""
    if device == "cuda":
        import torch

        return torch.cuda.max_memory_allocated() / 2**20, "cuda_max_allocated"
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, "cpu_peak_rss"  # Linux: KiB


def _metrics(
    trainer: Any,
    output: Any,
    seconds: float,
    val_before: float | None,
    val_after: float | None,
    device: str,
    resumed: Path | None,
    n_train: int,
    n_validation: int,
    skipped: int,
) -> dict[str, Any]:
    state = trainer.state
    losses = [h["loss"] for h in state.log_history if "loss" in h]
    tokens = state.num_input_tokens_seen - getattr(trainer, "_initial_num_input_tokens_seen", 0)
    memory, kind = peak_memory_mb(device)
    return {
        "val_loss_before": val_before,
        "val_loss_after": val_after,
        "train_loss": float(output.training_loss) if output.training_loss is not None else None,
        "final_train_loss": losses[-1] if losses else None,
        "steps": state.global_step,
        "epochs": float(state.epoch or 0.0),
        "train_examples": n_train,
        "validation_examples": n_validation,
        "skipped_too_long": skipped,
        "tokens_seen": int(tokens),
        "tokens_per_s": tokens / seconds if seconds > 0 else 0.0,
        "seconds": round(seconds, 2),
        "peak_memory_mb": round(memory, 1),
        "memory_kind": kind,
        "device": device,
        "resumed_from_step": int(resumed.name.rsplit("-", 1)[-1]) if resumed else None,
    }


def _plot_losses(history: list[dict[str, Any]], val_before: float | None, path: Path, *, title: str) -> None:
    """Train and validation loss against the optimiser step, as a PNG (matplotlib's Agg canvas, no display)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    train = [(h["step"], h["loss"]) for h in history if "loss" in h and _finite(h["loss"])]
    validation = [
        (h["step"], h["eval_loss"]) for h in history if "eval_loss" in h and _finite(h["eval_loss"])
    ]
    if val_before is not None:
        validation = [(0, val_before), *validation]
    figure = Figure(figsize=(6, 3.5), dpi=100)
    FigureCanvasAgg(figure)
    axes = figure.add_subplot()
    if train:
        axes.plot(*zip(*train, strict=True), label="train", linewidth=1.2)
    if validation:
        axes.plot(*zip(*validation, strict=True), "o-", label="validation", linewidth=1.2)
    axes.set_xlabel("step")
    axes.set_ylabel("loss")
    axes.set_title(f"{title}: loss")
    axes.grid(alpha=0.3)
    axes.legend()
    figure.tight_layout()
    figure.savefig(path)


def _finite(value: Any) -> bool:
    return isinstance(value, int | float) and math.isfinite(value)


def _fmt(value: Any) -> str:
    return f"{value:.4f}" if isinstance(value, int | float) else "n/a"


def _read_json(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _write_json(path: Path, data: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(json.dumps(data, indent=2, default=str) + "\n", encoding="utf-8")
    tmp.replace(path)
