"""The persistent Chroma index of knowledge-file chunks (through langchain-chroma).

On disk the index is a set of versions under `index_dir/`, with `CURRENT` naming the live one. An
update copies the live version, embeds only the chunks whose content hash is new, deletes the ones that
are gone, and then flips `CURRENT` with an atomic rename: a crash at any point leaves the previous index
live and whole. The two halves are apart (`stage`, then `publish`) so that an ingest can make the new
version live in one commit with the knowledge file (ingest/workspace.py). With a Chroma server
(`TWIN_CHROMA_URL`) the same diff is applied in place, adds before deletes, so an interrupted update leaves
a superset that still answers (and that `twin ask` reports as out of step).
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import sys
import threading
import time
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlparse

from langchain_core.documents import Document
from langchain_core.embeddings import Embeddings

from ingest.faults import kill_point
from twin.errors import TwinError

if TYPE_CHECKING:
    from langchain_chroma import Chroma

COLLECTION = "knowledge"
BATCH = 64


@dataclass
class IndexReport:
    added: int
    removed: int
    unchanged: int
    seconds: float
    location: str

    def line(self) -> str:
        return (
            f"index: {self.added} chunks embedded, {self.removed} removed, {self.unchanged} unchanged "
            f"in {self.seconds:.1f} s ({self.location})"
        )


def _chroma_settings() -> Any:
    from chromadb.config import Settings

    return Settings(anonymized_telemetry=False, allow_reset=False)


@dataclass
class StagedIndex:
    """An index update built and not yet live: `KnowledgeIndex.publish` makes it so."""

    report: IndexReport
    # The new version's name; None: nothing to flip (no change, or a server that applied it in place).
    version: str | None


class KnowledgeIndex:
    """The live index: `update` it with chunks, open it as a LangChain vector store, list its chunks.

    Without embeddings (None) it can still say what it holds and publish a staged version, not embed.
    """

    def __init__(self, index_dir: Path, embeddings: Embeddings | None, *, chroma_url: str | None = None):
        self.index_dir = Path(index_dir)
        self.embeddings = embeddings
        self.chroma_url = chroma_url

    # -- where the live version is -------------------------------------------------------------

    @property
    def live_dir(self) -> Path | None:
        """The live version's folder on disk (None: no index, or a Chroma server)."""
        return None if self.chroma_url else self._current_dir()

    def _current_dir(self) -> Path | None:
        pointer = self.index_dir / "CURRENT"
        try:
            name = pointer.read_text(encoding="utf-8", errors="replace").strip()
        except OSError:
            return None
        path = self.index_dir / name
        return path if name and "/" not in name and path.is_dir() else None

    def exists(self) -> bool:
        if self.chroma_url:
            return bool(self._server_collection_ids())
        return self._current_dir() is not None

    @property
    def version(self) -> str:
        """Changes whenever the live index changes (keys the BM25 cache)."""
        if self.chroma_url:
            return f"{self.chroma_url}:{len(self._server_collection_ids())}"
        current = self._current_dir()
        return current.name if current else ""

    @property
    def location(self) -> str:
        return self.chroma_url or str(self.index_dir)

    # -- reading -------------------------------------------------------------------------------

    def vectorstore(self) -> Chroma:
        from langchain_chroma import Chroma

        if self.chroma_url:
            return Chroma(
                collection_name=COLLECTION,
                embedding_function=self.embeddings,
                client=self._server_client,
                collection_metadata={"hnsw:space": "cosine"},
            )
        current = self._current_dir()
        if current is None:
            raise TwinError(f"no index at {self.index_dir}: run `twin ingest SOURCE...` first")
        try:
            return _open_local(current, self.embeddings)
        except Exception as error:  # chromadb raises its own errors (InternalError, ...) for a damaged file
            raise damaged(current, error) from None

    def chunk_ids(self) -> set[str]:
        """The ids (content hashes) of the chunks in the live index; empty when there is none."""
        if self.chroma_url:
            return set(self._server_collection_ids())
        current = self._current_dir()
        if current is None:
            return set()
        try:
            return {r["id"] for r in _read_rows(current)}
        except (OSError, ValueError, KeyError, TypeError) as error:
            raise damaged(current, error) from None

    def chunks(self) -> list[Document]:
        """Every chunk in the live index, for keyword search."""
        if self.chroma_url:
            data = self._server_client.get_or_create_collection(COLLECTION).get(
                include=["documents", "metadatas"]
            )
            return [
                Document(page_content=text or "", metadata=dict(meta or {}), id=cid)
                for cid, text, meta in zip(
                    data["ids"], data["documents"] or [], data["metadatas"] or [], strict=False
                )
            ]
        current = self._current_dir()
        if current is None:
            raise TwinError(f"no index at {self.index_dir}: run `twin ingest SOURCE...` first")
        try:
            rows = _read_rows(current)
            return [Document(page_content=r["text"], metadata=r["metadata"], id=r["id"]) for r in rows]
        except (OSError, ValueError, KeyError, TypeError) as error:
            raise damaged(current, error) from None

    # -- writing -------------------------------------------------------------------------------

    def update(self, chunks: list[Document], *, progress: bool = False) -> IndexReport:
        """Bring the index to exactly `chunks` and make that live."""
        staged = self.stage(chunks, progress=progress)
        if staged.version:
            self.publish(staged.version)
        return staged.report

    def stage(self, chunks: list[Document], *, progress: bool = False) -> StagedIndex:
        """Build the index of exactly `chunks` beside the live one; nothing changes for readers until `publish`.

        A Chroma server has no versions: there the diff is applied at once.
        """
        start = time.perf_counter()
        version = None
        if self.chroma_url:
            added, removed, unchanged = self._update_server(chunks, progress)
        else:
            version, (added, removed, unchanged) = self._stage_local(chunks, progress)
        report = IndexReport(added, removed, unchanged, time.perf_counter() - start, self.location)
        return StagedIndex(report, version)

    def publish(self, version: str) -> None:
        """Make a staged version live (an atomic flip of `CURRENT`); done again, it changes nothing."""
        staging, final = self.index_dir / f".staging-{version}", self.index_dir / version
        if staging.is_dir() and not final.exists():
            staging.rename(final)
        if not final.is_dir():
            raise TwinError(
                f"{final}: the index version to publish is missing; run `twin ingest` to rebuild it"
            )
        pointer_tmp = self.index_dir / ".CURRENT.tmp"
        pointer_tmp.write_text(version)
        pointer_tmp.replace(self.index_dir / "CURRENT")
        # Keep the previous version for readers that opened it a moment ago; older ones go.
        for old in sorted(self.index_dir.glob("v*"), key=lambda p: p.name)[:-2]:
            shutil.rmtree(old, ignore_errors=True)

    def _stage_local(self, chunks: list[Document], progress: bool) -> tuple[str | None, tuple[int, int, int]]:
        self.index_dir.mkdir(parents=True, exist_ok=True)
        for stale in self.index_dir.glob(".staging-*"):  # left by an interrupted update
            shutil.rmtree(stale, ignore_errors=True)
        current = self._current_dir()
        if current is not None and not _readable(current):
            # The knowledge file is the source of truth: a damaged version is rebuilt from it, not patched.
            print(
                f"warning: {current}: the index is damaged; rebuilding it from the knowledge file",
                file=sys.stderr,
            )
            current = None
        wanted = {c.id: c for c in chunks}
        existing = {r["id"] for r in _read_rows(current)} if current else set()
        new_ids = [cid for cid in wanted if cid not in existing]
        gone = sorted(existing - set(wanted))
        if current and not new_ids and not gone:
            return None, (0, 0, len(existing))

        name = f"v{time.time_ns()}"
        staging = self.index_dir / f".staging-{name}"
        if current:
            shutil.copytree(current, staging)
        else:
            staging.mkdir()
        import chromadb

        client: Any = chromadb.PersistentClient(path=str(staging), settings=_chroma_settings())
        try:
            store = _store(client, self.embeddings)
            _apply(store, [wanted[i] for i in new_ids], gone, progress)
        finally:
            client.close()
        _write_rows(staging / "chunks.jsonl", list(wanted.values()))
        return name, (len(new_ids), len(gone), len(existing) - len(gone))

    def _update_server(self, chunks: list[Document], progress: bool) -> tuple[int, int, int]:
        store = _store(self._server_client, self.embeddings)
        existing = set(self._server_collection_ids())
        wanted = {c.id: c for c in chunks}
        new = [c for cid, c in wanted.items() if cid not in existing]
        gone = sorted(existing - set(wanted))
        _apply(store, new, gone, progress)
        return len(new), len(gone), len(existing) - len(gone)

    @cached_property
    def _server_client(self) -> Any:
        import chromadb

        url = urlparse(self.chroma_url or "")
        try:
            client = chromadb.HttpClient(
                host=url.hostname or "localhost",
                port=url.port or 8000,
                ssl=url.scheme == "https",
                settings=_chroma_settings(),
            )
            client.heartbeat()
        except Exception as exc:
            raise TwinError(
                f"Chroma server {self.chroma_url} is not reachable ({type(exc).__name__})"
            ) from None
        return client

    def _server_collection_ids(self) -> list[str]:
        return list(self._server_client.get_or_create_collection(COLLECTION).get(include=[])["ids"])


def _store(client: Any, embeddings: Embeddings | None) -> Chroma:
    from langchain_chroma import Chroma

    return Chroma(
        collection_name=COLLECTION,
        embedding_function=embeddings,
        client=client,
        collection_metadata={"hnsw:space": "cosine"},
    )


_OPEN: dict[str, Any] = {}
_OPENING = threading.Lock()


def _open_local(path: Path, embeddings: Embeddings | None) -> Chroma:
    """One client per index version per process (Chroma's own client cache is keyed by path too).

    Opened under a lock: two threads creating the same path's client at once (a server loading the twin while
    its first request arrives) leave chromadb half set up ("'RustBindingsAPI' object has no attribute
    'bindings'").
    """
    key = f"{path}:{id(embeddings)}"
    with _OPENING:
        if key not in _OPEN:
            import chromadb

            client = chromadb.PersistentClient(path=str(path), settings=_chroma_settings())
            _OPEN[key] = _store(client, embeddings)
        return _OPEN[key]


def _apply(store: Chroma, new: list[Document], gone: list[str], progress: bool) -> None:
    from tqdm.auto import tqdm

    bar = tqdm(total=len(new), desc="embedding chunks", unit="chunk", disable=not progress or not new)
    for i in range(0, len(new), BATCH):
        batch = new[i : i + BATCH]
        store.add_documents(batch, ids=[c.id for c in batch])
        kill_point("embedding")
        bar.update(len(batch))
    bar.close()
    if gone:
        store.delete(ids=gone)


def damaged(version: Path, error: object) -> TwinError:
    reason = str(error).splitlines()[0][:200] if str(error) else type(error).__name__
    return TwinError(
        f"{version}: the index is damaged ({reason}); run `twin ingest` (no sources needed) to rebuild it "
        "from the knowledge file"
    )


def _readable(version: Path) -> bool:
    """Whether an index version's rows and Chroma files open (checked before an update builds on them)."""
    try:
        rows = _read_rows(version)
        if not all(isinstance(r, dict) and {"id", "text", "metadata"} <= r.keys() for r in rows):
            return False
        database = version / "chroma.sqlite3"
        if database.exists():
            with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as conn:
                conn.execute("PRAGMA quick_check").fetchone()
        return True
    except (OSError, ValueError, sqlite3.Error):
        return False


def _read_rows(path: Path | None) -> list[dict]:
    if path is None or not (path / "chunks.jsonl").exists():
        return []
    return [json.loads(line) for line in (path / "chunks.jsonl").read_text(encoding="utf-8").splitlines()]


def _write_rows(path: Path, chunks: list[Document]) -> None:
    with path.open("w", encoding="utf-8") as out:
        for c in chunks:
            out.write(json.dumps({"id": c.id, "text": c.page_content, "metadata": c.metadata}) + "\n")
