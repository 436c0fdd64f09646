"""One ingest, one transaction: staging, the commit journal, recovery, and whether the index is in step.

An ingest changes nothing live until its end. New sources, the new knowledge file and its state are written
under `HOME/.ingest-staging/`, and the new index version is built beside the live one (ingest/index.py). The
commit writes `HOME/.ingest-journal` (which staged files move where, which index version goes live), then
renames each file into place and flips the index. Once the journal is on disk the ingest has happened: a
commit cut short is finished by the next command that opens the workspace. Staging without a journal is an
ingest cut short before it committed: it is thrown away, and the workspace is exactly as it was before.
One ingest at a time: `HOME/.ingest-lock` is held (an advisory lock, POSIX only) for the whole ingest.

The index is in step when it holds exactly the chunks of knowledge.md as it is now; a hand edit not yet
re-indexed, or a Chroma server left with extra chunks by an interrupted update, is out of step.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shlex
import shutil
from collections.abc import Iterator
from pathlib import Path

from ingest.chunking import chunk_knowledge
from ingest.faults import kill_point
from ingest.index import KnowledgeIndex, StagedIndex
from twin.errors import TwinError
from twin.settings import Settings

STAGING = ".ingest-staging"
JOURNAL = ".ingest-journal"
LOCK = ".ingest-lock"
MANIFEST = "ingest.json"  # in the staging folder: what the ingest was given, to name it if it is cut short
STATE_FILE = ".knowledge.json"  # the knowledge file's state, beside it (ingest/knowledge.py)


class Transaction:
    """The staging side of one ingest: write to `knowledge_file` and `sources_dir`, then `commit`."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self.home = settings.home
        self.folder = settings.home / STAGING
        self.journaled = False
        self.committed = False
        self._knowledge_digest: str | None = None
        self._index_version: str | None = None

    @property
    def knowledge_file(self) -> Path:
        return self.folder / self.settings.knowledge_file.name

    @property
    def sources_dir(self) -> Path:
        return self.folder / "sources"

    def begin(self, sources: list[str]) -> None:
        """Stage copies of the live knowledge file and its state, for the ingest to extend."""
        shutil.rmtree(self.folder, ignore_errors=True)  # recovery removed any; a half-deleted one is nothing
        self.sources_dir.mkdir(parents=True)
        (self.folder / MANIFEST).write_text(json.dumps({"sources": sources}), encoding="utf-8")
        live = self.settings.knowledge_file
        if live.exists():
            shutil.copy2(live, self.knowledge_file)
            self._knowledge_digest = _file_digest(live)
        if (self.home / STATE_FILE).exists():
            shutil.copy2(self.home / STATE_FILE, self.folder / STATE_FILE)

    def stage_index(self, index: KnowledgeIndex, *, progress: bool) -> StagedIndex:
        """Build the index of the staged knowledge file beside the live index (published by `commit`)."""
        chunks = chunk_knowledge(self.knowledge_file.read_text(encoding="utf-8"))
        staged = index.stage(chunks, progress=progress)
        self._index_version = staged.version
        return staged

    def commit(self) -> None:
        """Move everything staged into place: all of it, or (cut short) the rest at the next start."""
        if _file_digest(self.settings.knowledge_file) != self._knowledge_digest:
            raise TwinError(
                f"{self.settings.knowledge_file} was edited while this ingest ran: nothing was applied and "
                "your edit is kept; run `twin ingest` again"
            )
        moves = [
            (f"{STAGING}/sources/{p.name}", f"sources/{p.name}")
            for p in sorted(self.sources_dir.glob("*.jsonl"))
        ]
        for name in (STATE_FILE, self.knowledge_file.name):  # the knowledge file last: readers look at it
            if (self.folder / name).exists():
                moves.append((f"{STAGING}/{name}", name))
        journal = {"moves": moves, "index_version": self._index_version}
        tmp = self.home / f"{JOURNAL}.tmp"
        tmp.write_text(json.dumps(journal), encoding="utf-8")
        tmp.replace(self.home / JOURNAL)
        self.journaled = True
        kill_point("journal written")
        _finish(self.settings, journal)
        self.committed = True

    def abandon(self) -> None:
        """Undo an ingest that did not commit: the live workspace was never touched."""
        if self.journaled:
            return  # committed but cut short while moving: the next start finishes it
        _discard_index_staging(self.settings)  # cut short while building it too: ours, as we hold the lock
        shutil.rmtree(self.folder, ignore_errors=True)


@contextlib.contextmanager
def transaction(settings: Settings, sources: list[str]) -> Iterator[Transaction]:
    """One ingest: the lock held, an earlier ingest's leftovers recovered, a fresh staging folder.

    Leaving the block without `commit` (an error, Ctrl-C, nothing to change) leaves the workspace as it was.
    """
    settings.home.mkdir(parents=True, exist_ok=True)
    with _ingest_lock(settings.home) as held:
        if not held:
            raise TwinError(
                f"{settings.home}: another `twin ingest` is running in this workspace; wait for it to finish"
            )
        _recover_locked(settings)
        staged = Transaction(settings)
        try:
            staged.begin(sources)
            yield staged
        finally:
            if not staged.committed:
                staged.abandon()


def recover(settings: Settings) -> str | None:
    """Finish an ingest cut short while committing, or throw away one cut short before; one line saying which.

    None when there was nothing to recover, or when an ingest is running (its staging is its own).
    """
    home = settings.home
    if not (home / STAGING).exists() and not (home / JOURNAL).exists():
        return None  # the common case: nothing written, not even the lock file
    try:
        with _ingest_lock(home) as held:
            return _recover_locked(settings) if held else None
    except OSError as error:
        return (
            f"{home}: the last ingest was interrupted and cannot be recovered here ({error.strerror or error}); "
            "run `twin ingest` where the workspace can be written"
        )


def ingest_running(settings: Settings) -> bool:
    """Whether another process holds the workspace's ingest lock now."""
    if not (settings.home / STAGING).exists():
        return False  # a running ingest always has its staging folder
    try:
        with _ingest_lock(settings.home) as held:
            return not held
    except OSError:
        return False


def out_of_step(settings: Settings) -> str | None:
    """One line when the live index does not hold exactly the chunks of knowledge.md; None when it does.

    Also None when there is nothing to compare (no knowledge file or no index: other messages cover that).
    """
    knowledge = settings.knowledge_file
    index = KnowledgeIndex(settings.index_dir, None, chroma_url=settings.chroma_url)
    try:
        if not knowledge.is_file() or not index.exists():
            return None
        wanted = {c.id for c in chunk_knowledge(knowledge.read_text(encoding="utf-8", errors="replace"))}
        live = index.chunk_ids()
    except (OSError, TwinError):
        return None  # an unreadable file or a damaged index: reading it says so, in its own line
    if wanted == live:
        return None
    pointer = settings.index_dir / "CURRENT"
    edited = (
        not settings.chroma_url and pointer.exists() and knowledge.stat().st_mtime > pointer.stat().st_mtime
    )
    if edited:
        return f"{knowledge.name} changed since the index was built: run `twin ingest` to re-index"
    return f"the index does not match {knowledge.name}: run `twin ingest` to re-index"


def notices(settings: Settings) -> list[str]:
    """What a command opening the workspace says first: an ingest running or recovered, an index out of step."""
    if ingest_running(settings):  # the live files are whole; comparing them mid-commit could mislead
        return [
            f"`twin ingest` is running in {settings.home}: answers come from the workspace as it was before it"
        ]
    return [line for line in (recover(settings), out_of_step(settings)) if line]


def interrupted(settings: Settings) -> str:
    """What to say when this process's ingest was cut short (its `transaction` has cleaned up after it)."""
    if (settings.home / JOURNAL).exists():
        return "interrupted while the ingest was being applied: the next `twin` command completes it"
    return "interrupted: nothing of this ingest was applied (the workspace is as it was before it)"


def _recover_locked(settings: Settings) -> str | None:
    home = settings.home
    journal = _read_journal(home / JOURNAL)
    (home / f"{JOURNAL}.tmp").unlink(missing_ok=True)
    if journal is not None:
        _finish(settings, journal)
        return "the last ingest was interrupted while it was being applied; it is now complete"
    (home / JOURNAL).unlink(missing_ok=True)  # unreadable: written before any move, so nothing was applied
    if not (home / STAGING).exists():
        return None
    try:
        sources = json.loads((home / STAGING / MANIFEST).read_text(encoding="utf-8"))["sources"]
    except (OSError, ValueError, KeyError, TypeError):
        sources = []
    shutil.rmtree(home / STAGING, ignore_errors=True)
    _discard_index_staging(settings)  # the index version it was building
    command = shlex.join(["twin", "ingest", *sources]) if sources else "twin ingest"
    if len(command) > 160:
        command = "twin ingest SOURCE..."
    return (
        "the last ingest was interrupted before it finished and nothing of it was applied "
        f"(the workspace is as it was before it): run `{command}` again"
    )


def _finish(settings: Settings, journal: dict) -> None:
    """Apply a journal; every step may already be done (a commit cut short is finished by doing it again)."""
    home = settings.home
    for number, (staged, target) in enumerate(journal["moves"]):
        if number == 1:
            kill_point("between renames")
        if (home / staged).exists():
            (home / target).parent.mkdir(parents=True, exist_ok=True)
            _move(home / staged, home / target)
    kill_point("files moved")
    if journal.get("index_version"):
        # A version gone missing leaves the index as it was; `out_of_step` then says to re-index.
        with contextlib.suppress(TwinError):
            KnowledgeIndex(settings.index_dir, None).publish(journal["index_version"])
    shutil.rmtree(home / STAGING, ignore_errors=True)  # before the journal: staging alone means "undo"
    (home / JOURNAL).unlink(missing_ok=True)


def _discard_index_staging(settings: Settings) -> None:
    for staging in settings.index_dir.glob(".staging-*"):
        shutil.rmtree(staging, ignore_errors=True)


def _move(staged: Path, target: Path) -> None:
    os.replace(staged, target)


def _read_journal(path: Path) -> dict | None:
    try:
        journal = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    ok = isinstance(journal, dict) and isinstance(journal.get("moves"), list)
    return journal if ok else None


def _file_digest(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except FileNotFoundError:
        return None


@contextlib.contextmanager
def _ingest_lock(home: Path) -> Iterator[bool]:
    """Yields whether this process now holds the workspace's ingest lock (always True without fcntl)."""
    try:
        import fcntl
    except ImportError:  # Windows: no advisory lock; two ingests at once are then the person's to avoid
        yield True
        return
    with open(home / LOCK, "a") as lock_file:
        try:
            fcntl.flock(lock_file, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            yield False
            return
        try:
            yield True
        finally:
            fcntl.flock(lock_file, fcntl.LOCK_UN)
