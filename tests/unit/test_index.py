"""The Chroma index on disk and through a real server, and hybrid retrieval over it."""

import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from langchain_core.documents import Document

import ingest.index as index_module
from ingest.chunking import chunk_id
from ingest.index import KnowledgeIndex
from tools.retriever import HybridRetriever, make_retriever_tool
from twin.errors import TwinError


@pytest.fixture(scope="module")
def embeddings():
    from models.embeddings import load_embeddings
    from twin.settings import EMBEDDED_EMBEDDINGS

    return load_embeddings(EMBEDDED_EMBEDDINGS)


def chunk(text: str, section: str = "About", sources: str = "cv.pdf") -> Document:
    content = f"## {section}\n- {text} [{sources}]"
    return Document(
        page_content=content, metadata={"section": section, "sources": sources}, id=chunk_id(content)
    )


FACTS = [
    chunk(
        "Senior ML Engineer at Northwind Labs, Edinburgh (2021 – present).",
        "Experience",
        "linkedin.zip/Positions.csv",
    ),
    chunk("PhD in Computational Biology from Uppsala University, 2018.", "Education"),
    chunk("I spend my weekends bouldering and baking sourdough bread.", "Interests", "conversations.json"),
    chunk("Speaks Swedish natively and English fluently; conversational German.", "Languages"),
    chunk(
        "Built Foldwise, an open-source protein structure toolkit with 2,000 GitHub stars.",
        "Projects",
        "website/projects.html",
    ),
]


def test_incremental_and_idempotent(tmp_path: Path, embeddings):
    index = KnowledgeIndex(tmp_path / "index", embeddings)
    assert not index.exists()
    first = index.update(FACTS)
    assert (first.added, first.removed, first.unchanged) == (5, 0, 0)
    version = index.version
    again = index.update(FACTS)
    assert (again.added, again.removed, again.unchanged) == (0, 0, 5)
    assert index.version == version  # nothing changed, nothing rewritten

    edited = [*FACTS[:4], chunk("Built Foldwise, a protein toolkit with 3,000 stars.", "Projects")]
    third = index.update(edited)
    assert (third.added, third.removed, third.unchanged) == (1, 1, 4)
    stored = {c.id for c in index.chunks()}
    assert stored == {c.id for c in edited}
    hits = index.vectorstore().similarity_search("protein toolkit", k=5)
    assert {h.id for h in hits} == stored  # the removed chunk is gone from Chroma too


def test_interrupted_update_leaves_previous_index_live(tmp_path: Path, embeddings, monkeypatch):
    index = KnowledgeIndex(tmp_path / "index", embeddings)
    index.update(FACTS[:3])
    before = index.version

    def crash(*args, **kwargs):
        raise KeyboardInterrupt  # the user hits Ctrl-C halfway through embedding

    monkeypatch.setattr(index_module, "_apply", crash)
    with pytest.raises(KeyboardInterrupt):
        index.update(FACTS)
    monkeypatch.undo()
    assert index.version == before
    retriever = HybridRetriever(index=index, k=1)
    assert "Uppsala" in retriever.search("Where did you do your PhD?")[0].page_content
    # The next update cleans up the half-written staging copy and succeeds.
    assert list((tmp_path / "index").glob(".staging-*"))
    assert index.update(FACTS).added == 2
    assert not list((tmp_path / "index").glob(".staging-*"))


def test_missing_index_is_a_clear_error(tmp_path: Path, embeddings):
    index = KnowledgeIndex(tmp_path / "nothing", embeddings)
    with pytest.raises(TwinError, match=r"no index at .*twin ingest"):
        HybridRetriever(index=index).search("anything")


@pytest.mark.parametrize("part", ["chroma.sqlite3", "chunks.jsonl"])
def test_a_damaged_index_is_one_clear_line_and_the_next_update_rebuilds_it(
    tmp_path: Path, embeddings, part, capsys
):
    index = KnowledgeIndex(tmp_path / "index", embeddings)
    index.update(FACTS[:3])
    live = tmp_path / "index" / (tmp_path / "index" / "CURRENT").read_text()
    (live / part).write_bytes(b"{not an index" * 200)
    index_module._OPEN.clear()
    with pytest.raises(TwinError, match=r"the index is damaged .*run `twin ingest` \(no sources needed\)"):
        index.chunks() if part == "chunks.jsonl" else index.vectorstore().similarity_search("PhD", k=1)
    report = index.update(
        FACTS[:4]
    )  # what `twin ingest` does: the knowledge file's chunks, all embedded again
    assert report.added == 4 and "the index is damaged; rebuilding it" in capsys.readouterr().err
    assert {c.id for c in index.chunks()} == {c.id for c in FACTS[:4]}
    hits = HybridRetriever(index=index, k=1).invoke("Where did you do your PhD?")
    assert "Uppsala" in hits[0].page_content


def test_hybrid_fuses_keyword_and_meaning(tmp_path: Path, embeddings):
    index = KnowledgeIndex(tmp_path / "index", embeddings)
    index.update(FACTS)
    hybrid = HybridRetriever(index=index, k=3)
    # A rare name is found by its words...
    top = hybrid.search("Tell me about Foldwise")[0]
    assert "Foldwise" in top.page_content and top.metadata["bm25_score"] > 0
    # ...a paraphrase with no shared words by its meaning.
    dense_only = HybridRetriever(index=index, k=1, mode="dense").search("What do you do for fun?")[0]
    assert "bouldering" in dense_only.page_content
    assert HybridRetriever(index=index, k=5, mode="bm25").search("What do you do for fun?") == []
    hit = hybrid.search("What do you do for fun?")[0]
    assert "bouldering" in hit.page_content
    assert hit.metadata["rank"] == 1 and hit.metadata["dense_score"] > 0.2
    assert hit.metadata["sources"] == "conversations.json"

    tool = make_retriever_tool(hybrid)
    message = tool.invoke(
        {"type": "tool_call", "id": "1", "name": tool.name, "args": {"query": "languages spoken"}}
    )
    assert "Swedish" in message.content and "sources:" in message.content
    assert message.artifact[0].metadata["section"] == "Languages"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.server
def test_chroma_server_mode(tmp_path: Path, embeddings):
    port = _free_port()
    chroma = Path(sys.executable).with_name("chroma")
    server = subprocess.Popen(
        [str(chroma), "run", "--path", str(tmp_path / "server"), "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        index = KnowledgeIndex(tmp_path / "unused", embeddings, chroma_url=f"http://127.0.0.1:{port}")
        deadline = time.time() + 60
        while True:
            try:
                index._server_client  # noqa: B018 - connects, or raises TwinError while starting
                break
            except TwinError:
                if time.time() > deadline:
                    raise
                time.sleep(0.5)
        assert index.update(FACTS).added == 5
        assert index.update(FACTS[1:]).removed == 1
        assert not (tmp_path / "unused").exists()  # nothing written locally
        hits = HybridRetriever(index=index, k=2).search("Which university for the doctorate?")
        assert "Uppsala" in hits[0].page_content
    finally:
        server.terminate()
        server.wait(timeout=30)
