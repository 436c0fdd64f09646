"""Every model the twin runs: the generator (base, 4-bit, LoRA adapter), the embeddings, the GGUF cache.

Each has one cached loader. Names are re-exported lazily, so `import models` stays light: torch,
transformers and peft load only when a loader runs.
"""

from __future__ import annotations

import contextlib
import importlib
import logging
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from models.adapters import current_adapter, list_adapters, publish_adapter, write_adapter_metadata
    from models.embeddings import load_embeddings, resolve_embeddings
    from models.generator import load_generator, resolve_generator
    from models.gguf_cache import ensure_embedded_checkpoint

# bitsandbytes' CPU backend logs, at import, that an optional hub kernel is missing: on every command that loads
# peft. The twin never uses that kernel (the CPU decoder serves instead), so the line only alarms people.
logging.getLogger("bitsandbytes.backends.cpu.ops").setLevel(logging.ERROR)

_EXPORTS = {
    "load_generator": "models.generator",
    "resolve_generator": "models.generator",
    "load_embeddings": "models.embeddings",
    "resolve_embeddings": "models.embeddings",
    "ensure_embedded_checkpoint": "models.gguf_cache",
    "current_adapter": "models.adapters",
    "publish_adapter": "models.adapters",
    "list_adapters": "models.adapters",
    "write_adapter_metadata": "models.adapters",
}

__all__ = [
    "clear_cache",
    "current_adapter",
    "ensure_embedded_checkpoint",
    "list_adapters",
    "load_embeddings",
    "load_generator",
    "publish_adapter",
    "resolve_embeddings",
    "resolve_generator",
    "write_adapter_metadata",
]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'models' has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)


def clear_cache() -> None:
    """Forget every loaded generator, chat model and embedding model (tests, or after switching models)."""
    from models import chat, embeddings, generator

    chat.clear_cache()
    generator.clear_cache()
    embeddings.clear_cache()


@contextlib.contextmanager
def no_progress_bars() -> Iterator[None]:
    """transformers' "Loading weights" bars off while a model loads: a loaded model is a line, not a bar
    printed into a conversation. The set-up's own progress (the first conversion) is shown elsewhere."""
    from transformers.utils import logging as hf_logging

    was_on = hf_logging.is_progress_bar_enabled()
    hf_logging.disable_progress_bar()
    try:
        yield
    finally:
        if was_on:
            hf_logging.enable_progress_bar()
