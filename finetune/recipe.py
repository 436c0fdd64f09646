"""The training recipe: every knob of a fine-tuning run as data, loaded from YAML and CLI flags.

QLoRA and plain LoRA are two recipes (`recipes/qlora-gemma.yaml`, `recipes/lora-gemma.yaml`) run by the
same code; a run is fully described by its recipe and its dataset, and both are recorded with the adapter.
Values are checked in `__post_init__`, so a bad recipe fails before any model is loaded, with one line
that names the field.
"""

from __future__ import annotations

import difflib
import hashlib
import json
import typing
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from twin.errors import TwinError

RECIPES_DIR = Path(__file__).resolve().parent / "recipes"
DEFAULT_RECIPE = "qlora-gemma"
CPU_RECIPE = "lora-gemma"  # on the CPU a 4-bit base is dequantised at every matmul: plain LoRA is faster

COMPUTE_DTYPES = ("auto", "float32", "bfloat16", "float16")
QUANT_TYPES = ("nf4", "fp4")
SCHEDULERS = ("linear", "cosine", "constant", "constant_with_warmup")
OPTIMIZERS = ("adamw_torch", "adamw_torch_fused", "paged_adamw_8bit", "adamw_8bit", "sgd")


@dataclass
class Recipe:
    """One fine-tuning run's configuration (model, quantisation, LoRA, optimisation, bookkeeping)."""

    name: str = "custom"
    base_model: str = ""
    # Quantisation of the frozen base (QLoRA): 4-bit NF4 with double quantisation.
    load_in_4bit: bool = True
    bnb_4bit_quant_type: str = "nf4"
    bnb_4bit_use_double_quant: bool = True
    # auto: bfloat16 on CUDA; on the CPU float32 weights with bfloat16 matmuls (autocast) where the CPU computes
    # bfloat16 natively (AVX512-BF16, AMX), else float32. A 4-bit base on the CPU computes in float32.
    compute_dtype: str = "auto"
    # LoRA adapter.
    lora_r: int = 16
    lora_alpha: int = 32
    lora_dropout: float = 0.05
    target_modules: list[str] = field(
        default_factory=lambda: ["q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"]
    )
    # Optimisation.
    epochs: float = 4.0
    learning_rate: float = 2e-4
    optim: str = "adamw_torch"
    lr_scheduler: str = "cosine"
    warmup_ratio: float = 0.03
    weight_decay: float = 0.0
    max_grad_norm: float = 1.0
    batch_size: int = 4
    grad_accum: int = 4
    max_length: int = 1024
    seed: int = 42
    gradient_checkpointing: bool = (
        False  # recompute activations in the backward pass: less memory, ~1/3 slower
    )
    group_by_length: bool = True  # batches of similar length: less padding to compute
    max_steps: int = -1  # -1: the full `epochs`; N: stop after N optimiser steps (a quick run)
    # Bookkeeping.
    eval_every_epoch: bool = True
    logging_steps: int = 2
    save_steps: int = 10  # checkpoint interval, in optimiser steps, for --resume
    save_total_limit: int = 2

    def __post_init__(self) -> None:
        _coerce_types(self)
        where = f"recipe {self.name!r}"
        if not self.base_model.strip():
            raise TwinError(f"{where}: base_model is required (e.g. 'embedded:gemma-3-270m' or a folder)")
        if self.lora_r < 1:
            raise TwinError(f"{where}: lora_r must be >= 1, got {self.lora_r}")
        if self.lora_alpha <= 0:
            raise TwinError(f"{where}: lora_alpha must be > 0, got {self.lora_alpha}")
        if not 0 <= self.lora_dropout < 1:
            raise TwinError(f"{where}: lora_dropout must be in [0, 1), got {self.lora_dropout}")
        if not self.target_modules or not all(isinstance(m, str) and m for m in self.target_modules):
            raise TwinError(f"{where}: target_modules must list module names such as q_proj, v_proj")
        if self.learning_rate <= 0:
            raise TwinError(f"{where}: learning_rate must be > 0, got {self.learning_rate}")
        if self.epochs <= 0:
            raise TwinError(f"{where}: epochs must be > 0, got {self.epochs}")
        if self.max_steps != -1 and self.max_steps < 1:
            raise TwinError(f"{where}: max_steps must be -1 (the full epochs) or >= 1, got {self.max_steps}")
        for name in ("batch_size", "grad_accum", "logging_steps", "save_steps", "save_total_limit"):
            if getattr(self, name) < 1:
                raise TwinError(f"{where}: {name} must be >= 1, got {getattr(self, name)}")
        if self.max_length < 32:
            raise TwinError(f"{where}: max_length must be >= 32 tokens, got {self.max_length}")
        if not 0 <= self.warmup_ratio < 1:
            raise TwinError(f"{where}: warmup_ratio must be in [0, 1), got {self.warmup_ratio}")
        if self.weight_decay < 0 or self.max_grad_norm <= 0:
            raise TwinError(f"{where}: weight_decay must be >= 0 and max_grad_norm > 0")
        _check_choice(where, "bnb_4bit_quant_type", self.bnb_4bit_quant_type, QUANT_TYPES)
        _check_choice(where, "compute_dtype", self.compute_dtype, COMPUTE_DTYPES)
        _check_choice(where, "lr_scheduler", self.lr_scheduler, SCHEDULERS)
        _check_choice(where, "optim", self.optim, OPTIMIZERS)

    @classmethod
    def from_yaml(cls, path: str | Path, **overrides: Any) -> Recipe:
        """A recipe from a YAML file (or a bundled recipe's name), with `overrides` on top.

        Overrides that are None are ignored, so CLI flags that were not given change nothing.
        """
        import yaml

        path = resolve_recipe_path(path)
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        except OSError as error:
            raise TwinError(f"cannot read recipe {path}: {error.strerror or error}") from None
        except yaml.YAMLError as error:
            mark = getattr(error, "problem_mark", None)
            at = f" (line {mark.line + 1})" if mark is not None else ""
            raise TwinError(f"recipe {path} is not valid YAML{at}") from None
        if not isinstance(data, dict):
            raise TwinError(f"recipe {path} must be a mapping of field: value")
        data.setdefault("name", path.stem)
        data.update({k: v for k, v in overrides.items() if v is not None})
        return cls.from_dict(data, where=str(path))

    @classmethod
    def from_dict(cls, data: dict[str, Any], *, where: str = "recipe") -> Recipe:
        known = [f.name for f in fields(cls)]
        for key in data:
            if key not in known:
                close = difflib.get_close_matches(str(key), known, n=1)
                hint = f"; did you mean {close[0]!r}?" if close else f"; known fields: {', '.join(known)}"
                raise TwinError(f"{where}: unknown field {key!r}{hint}")
        return cls(**data)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def to_yaml(self, path: str | Path | None = None) -> str:
        """The recipe as YAML (written to `path` when given); `from_yaml` reads it back equal."""
        import yaml

        text = yaml.safe_dump(self.to_dict(), sort_keys=False, allow_unicode=True)
        if path is not None:
            Path(path).write_text(text, encoding="utf-8")
        return text

    def fingerprint(self) -> str:
        """A hash of every field: two runs with equal fingerprints (and data) are the same run."""
        blob = json.dumps(self.to_dict(), sort_keys=True).encode("utf-8")
        return hashlib.sha256(blob).hexdigest()


def default_recipe() -> str:
    """The bundled recipe `twin finetune` uses when none is named: QLoRA on CUDA, plain LoRA on the CPU."""
    import torch

    return DEFAULT_RECIPE if torch.cuda.is_available() else CPU_RECIPE


def resolve_recipe_path(recipe: str | Path | None) -> Path:
    """A recipe file from a path, or from the name of a bundled recipe ("qlora-gemma", "lora-gemma")."""
    recipe = recipe or DEFAULT_RECIPE
    path = Path(recipe).expanduser()
    if path.is_file():
        return path
    bundled = RECIPES_DIR / f"{Path(str(recipe)).stem}.yaml"
    if not path.suffix and bundled.is_file():
        return bundled
    names = ", ".join(sorted(p.stem for p in RECIPES_DIR.glob("*.yaml")))
    raise TwinError(f"recipe {str(recipe)!r} not found: give a YAML file or one of: {names}")


def bundled_recipes() -> list[str]:
    return sorted(p.stem for p in RECIPES_DIR.glob("*.yaml"))


def _check_choice(where: str, name: str, value: str, choices: tuple[str, ...]) -> None:
    if value not in choices:
        raise TwinError(f"{where}: {name} must be one of {', '.join(choices)}; got {value!r}")


def _coerce_types(recipe: Recipe) -> None:
    """YAML and CLI strings into the declared types ('2e-4' is a string to YAML), or a clear error."""
    hints = typing.get_type_hints(Recipe)
    for f in fields(recipe):
        value, kind = getattr(recipe, f.name), hints[f.name]
        try:
            setattr(recipe, f.name, _coerce(value, kind))
        except (TypeError, ValueError):
            raise TwinError(
                f"recipe {recipe.name!r}: field {f.name} expects {_kind_name(kind)}, got {value!r}"
            ) from None


def _coerce(value: Any, kind: Any) -> Any:
    if kind is bool:
        if isinstance(value, bool):
            return value
        if isinstance(value, str) and value.strip().lower() in {
            "true",
            "yes",
            "1",
            "on",
            "false",
            "no",
            "0",
            "off",
        }:
            return value.strip().lower() in {"true", "yes", "1", "on"}
        raise ValueError(value)
    if kind is int:
        if isinstance(value, bool) or (isinstance(value, float) and not value.is_integer()):
            raise ValueError(value)
        return int(value)
    if kind is float:
        if isinstance(value, bool):
            raise ValueError(value)
        return float(value)
    if kind is str:
        if not isinstance(value, str | int | float) or isinstance(value, bool):
            raise ValueError(value)
        return str(value)
    if typing.get_origin(kind) is list:
        if isinstance(value, str):  # "q_proj,v_proj" from a CLI flag
            value = [part.strip() for part in value.split(",") if part.strip()]
        if not isinstance(value, list | tuple):
            raise ValueError(value)
        return [str(item) for item in value]
    return value


def _kind_name(kind: Any) -> str:
    if typing.get_origin(kind) is list:
        return "a list of names"
    return {bool: "true or false", int: "an integer", float: "a number", str: "a string"}.get(kind, str(kind))
