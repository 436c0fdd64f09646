"""Hybrid retrieval over the knowledge index, as a LangChain retriever and as the graph's retriever tool.

Dense (MiniLM cosine through Chroma) and BM25 keyword results are fused by a weighted sum of the cosine
similarity and the max-normalised BM25 score: a question that names a thing ("PyData", "kelpie") is found
by its words, a paraphrase by its meaning. Each hit carries its dense similarity, BM25 score, fused score
and sources in `metadata`.
"""

from __future__ import annotations

import re
from typing import Any, Literal

from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever
from langchain_core.tools import BaseTool, tool
from pydantic import ConfigDict, PrivateAttr

from ingest.index import KnowledgeIndex
from twin.settings import Settings

_STOP = frozenset(
    [
        "a",
        "an",
        "and",
        "are",
        "as",
        "at",
        "be",
        "by",
        "did",
        "do",
        "does",
        "for",
        "from",
        "had",
        "has",
        "have",
        "how",
        "i",
        "in",
        "is",
        "it",
        "its",
        "me",
        "my",
        "of",
        "on",
        "or",
        "so",
        "that",
        "the",
        "their",
        "them",
        "they",
        "this",
        "to",
        "was",
        "were",
        "what",
        "when",
        "where",
        "which",
        "who",
        "whom",
        "why",
        "will",
        "with",
        "you",
        "your",
        "yours",
    ]
)


def tokenize(text: str) -> list[str]:
    return [t for t in re.findall(r"[a-z0-9]+", text.lower()) if t not in _STOP]


Mode = Literal["hybrid", "dense", "bm25"]


class HybridRetriever(BaseRetriever):
    """Top-`k` chunks for a question, by dense, BM25 or fused (hybrid) ranking."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    index: KnowledgeIndex
    k: int = 4
    fetch_k: int = 20
    mode: Mode = "hybrid"
    # Fusion: cosine similarity + bm25_weight x (BM25 / the query's best BM25). Swept on the sample QA with
    # bench/retrieval_bench.py: 0.1 gave the best hit@1; reciprocal rank fusion did worse (it ignores score gaps).
    bm25_weight: float = 0.1
    _bm25: tuple[str, Any, list[Document]] | None = PrivateAttr(default=None)

    def _keyword_index(self) -> tuple[Any, list[Document]]:
        from rank_bm25 import BM25Okapi

        version = self.index.version
        if self._bm25 is None or self._bm25[0] != version:
            chunks = self.index.chunks()
            self._bm25 = (version, BM25Okapi([tokenize(c.page_content) or ["_"] for c in chunks]), chunks)
        return self._bm25[1], self._bm25[2]

    def matching(self, line: re.Pattern[str]) -> list[Document]:
        """The chunks with a line that `line` matches, in index order."""
        _, chunks = self._keyword_index()
        return [c for c in chunks if line.search(c.page_content)]

    def dense(self, query: str, n: int) -> list[tuple[Document, float]]:
        hits = self.index.vectorstore().similarity_search_with_score(query, k=n)
        return [(doc, 1.0 - float(distance)) for doc, distance in hits]  # cosine distance -> similarity

    def keyword(self, query: str, n: int) -> list[tuple[Document, float]]:
        bm25, chunks = self._keyword_index()
        if not chunks:
            return []
        scores = bm25.get_scores(tokenize(query))
        order = sorted(range(len(chunks)), key=lambda i: -scores[i])[:n]
        return [(chunks[i], float(scores[i])) for i in order if scores[i] > 0]

    def search(self, query: str, k: int | None = None) -> list[Document]:
        k = k or self.k
        n = max(self.fetch_k, k)
        dense = self.dense(query, n) if self.mode != "bm25" else []
        keyword = self.keyword(query, n) if self.mode != "dense" else []
        top_bm25 = max((score for _, score in keyword), default=0.0) or 1.0
        fused: dict[str, dict[str, Any]] = {}
        for name, hits in (("dense", dense), ("bm25", keyword)):
            for doc, score in hits:
                entry = fused.setdefault(doc.id or doc.page_content, {"doc": doc, "dense": 0.0, "bm25": 0.0})
                entry[name] = score
        for entry in fused.values():
            entry["score"] = entry["dense"] + self.bm25_weight * entry["bm25"] / top_bm25
        ranked = sorted(fused.values(), key=lambda e: -e["score"])[:k]
        results = []
        for rank, entry in enumerate(ranked, 1):
            hit: Document = entry["doc"]
            meta = {**hit.metadata, "rank": rank, "score": round(entry["score"], 4)}
            meta["dense_score"] = round(entry["dense"], 4)
            meta["bm25_score"] = round(entry["bm25"], 4)
            results.append(Document(page_content=hit.page_content, metadata=meta, id=hit.id))
        return results

    def _get_relevant_documents(
        self, query: str, *, run_manager: CallbackManagerForRetrieverRun
    ) -> list[Document]:
        return self.search(query)


def open_retriever(settings: Settings, *, k: int = 4, mode: Mode = "hybrid") -> HybridRetriever:
    """The retriever over a workspace's index (its embeddings model is loaded once per process)."""
    from ingest.pipeline import open_index

    return HybridRetriever(index=open_index(settings), k=k, mode=mode)


def format_hits(docs: list[Document]) -> str:
    """The tool's text output: numbered chunks with their sources and scores."""
    if not docs:
        return "No matching facts in the knowledge file."
    blocks = []
    for i, doc in enumerate(docs, 1):
        m = doc.metadata
        blocks.append(
            f"[{i}] (sources: {m.get('sources', '?')}; dense {m.get('dense_score', 0):.2f}, "
            f"bm25 {m.get('bm25_score', 0):.2f})\n{doc.page_content}"
        )
    return "\n\n".join(blocks)


def make_retriever_tool(retriever: HybridRetriever) -> BaseTool:
    """The graph's retriever tool: text for a model to read, the Documents (with scores) as its artifact."""

    @tool("search_knowledge", response_format="content_and_artifact")
    def search_knowledge(query: str) -> tuple[str, list[Document]]:
        """Search the person's knowledge file (CV, statement, LinkedIn, website, chat history) for facts."""
        docs = retriever.search(query)
        return format_hits(docs), docs

    return search_knowledge
