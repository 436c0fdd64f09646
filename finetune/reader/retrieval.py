"""Which of a synthetic person's chunks the twin's retriever would show beside the one that answers.

The graph shows the reader the top 4 chunks of a hybrid ranking (`tools.retriever.HybridRetriever`): the
MiniLM cosine similarity plus a tenth of the max-normalised BM25 score. Those neighbours are the hard
distractors (the other job, the other award, the hobby next to the one asked about), and the reader's most
common mistake on real personas is answering with one of them. `HybridRanker` scores a person's chunks the
same way, in memory (no Chroma index per synthetic person), so the reader's examples can show what the
retriever shows.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol


class Ranker(Protocol):
    def scores(self, query: str, chunks: Sequence[str]) -> list[float]:
        """One score per chunk for `query`: higher is retrieved first."""
        ...


class HybridRanker:
    """The retriever's fused score (dense cosine + `bm25_weight` x BM25 / the query's best BM25) over a list of
    chunks; chunk vectors are embedded once and kept."""

    def __init__(self, embeddings: Any, bm25_weight: float | None = None):
        from tools.retriever import HybridRetriever

        self.embeddings = embeddings
        self.bm25_weight = (
            HybridRetriever.model_fields["bm25_weight"].default if bm25_weight is None else bm25_weight
        )
        self._vectors: dict[str, Any] = {}

    def _embed(self, chunks: Sequence[str]) -> Any:
        import numpy as np

        missing = [c for c in dict.fromkeys(chunks) if c not in self._vectors]
        if missing:
            for chunk, vector in zip(missing, self.embeddings.embed_documents(missing), strict=True):
                self._vectors[chunk] = _unit(np.asarray(vector, dtype=np.float32))
        return np.stack([self._vectors[c] for c in chunks])

    def scores(self, query: str, chunks: Sequence[str]) -> list[float]:
        import numpy as np
        from rank_bm25 import BM25Okapi

        from tools.retriever import tokenize

        if not chunks:
            return []
        dense = self._embed(chunks) @ _unit(np.asarray(self.embeddings.embed_query(query), dtype=np.float32))
        keyword = BM25Okapi([tokenize(c) or ["_"] for c in chunks]).get_scores(tokenize(query))
        top = float(max(keyword.max(), 0.0)) or 1.0
        return [
            float(d) + self.bm25_weight * max(float(k), 0.0) / top
            for d, k in zip(dense, keyword, strict=True)
        ]


def _unit(vector: Any) -> Any:
    import numpy as np

    norm = float(np.linalg.norm(vector))
    return vector / norm if norm else vector
