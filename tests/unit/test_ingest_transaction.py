"""One ingest is one transaction: cut short at any point, the workspace is as it was before (or, cut short
while committing, the next command completes it), and every command says when the index is out of step."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import ingest.index as index_module
import ingest.pipeline as pipeline
import ingest.workspace as workspace
from cli.main import main
from ingest.chunking import chunk_knowledge
from ingest.faults import KILL_POINTS as KILL_POINTS_OF_AN_INGEST
from ingest.index import KnowledgeIndex
from ingest.workspace import JOURNAL, LOCK, STAGING, Transaction, out_of_step
from twin.settings import Settings

pytestmark = pytest.mark.timeout(300)

CV = """# Maren Solberg

## Experience
- Head chef at Fjordbord, Bergen (2019 - present). I run a kitchen of nine cooks.
- Sous chef at Lysverket, Bergen (2014 - 2019).
"""
ABANDONED = "## Interests\n- I race sailing dinghies on the Byfjord every Sunday in summer.\n"
OTHER = "## Education\n- Culinary arts diploma from the Norwegian School of Hospitality in 2013.\n"


class Killed(BaseException):
    """The process dying on the spot (kill -9): nothing after this point runs, no cleanup either."""


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A workspace after one whole ingest (real MiniLM, real Chroma), built once."""
    docs = tmp_path_factory.mktemp("docs")
    (docs / "cv.md").write_text(CV, encoding="utf-8")
    home = tmp_path_factory.mktemp("built") / "home"
    assert main(["--home", str(home), "ingest", str(docs / "cv.md")]) == 0
    return home


@pytest.fixture
def home(built: Path, tmp_path: Path) -> Path:
    return Path(shutil.copytree(built, tmp_path / "home"))


@pytest.fixture
def docs(tmp_path: Path) -> Path:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "sailing.md").write_text(ABANDONED, encoding="utf-8")
    (folder / "school.md").write_text(OTHER, encoding="utf-8")
    return folder


def snapshot(home: Path, *, opened: bool = False) -> dict[str, bytes | None]:
    """Every file of the workspace, byte for byte (the lock file aside: it holds nothing).

    `opened`: the index has been read since, and Chroma rewrites its own files in a version it opens (not
    what it holds): those are compared by name only, the version's chunks and `CURRENT` byte for byte.
    """

    def content(path: Path) -> bytes | None:
        chroma_file = path.parent != home / "index" and path.name != "chunks.jsonl"
        inside_index = home / "index" in path.parents
        return None if opened and inside_index and chroma_file else path.read_bytes()

    return {
        p.relative_to(home).as_posix(): content(p)
        for p in sorted(home.rglob("*"))
        if p.is_file() and p.name != LOCK
    }


def stored_text(home: Path) -> str:
    return "".join(p.read_text(encoding="utf-8") for p in (home / "sources").glob("*.jsonl"))


def search(home: Path, capsys, question: str = "What do you do on Sundays?") -> tuple[str, list[str]]:
    assert main(["--home", str(home), "search", question, "--k", "5"]) == 0
    captured = capsys.readouterr()
    return captured.out, [line for line in captured.err.splitlines() if line.startswith("warning:")]


def die_without_cleanup(monkeypatch: pytest.MonkeyPatch) -> None:
    """What an in-process `Killed` leaves is what kill -9 leaves: the transaction does not clean up."""
    monkeypatch.setattr(Transaction, "abandon", lambda self: None)


def test_ctrl_c_while_embedding_changes_nothing_and_the_sources_never_come_back(
    home: Path, docs: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    before = snapshot(home)
    staged_knowledge: list[str] = []

    def ctrl_c(*args, **kwargs):
        staged_knowledge.append((home / STAGING / "knowledge.md").read_text(encoding="utf-8"))
        raise KeyboardInterrupt

    monkeypatch.setattr(index_module, "_apply", ctrl_c)
    assert main(["--home", str(home), "ingest", str(docs / "sailing.md")]) == 130
    assert "nothing of this ingest was applied" in capsys.readouterr().err
    monkeypatch.undo()

    assert "Byfjord" in staged_knowledge[0]  # cut short after the new knowledge file was written
    assert snapshot(home) == before  # sources/, knowledge.md, .knowledge.json and index/ as they were
    out, warnings = search(home, capsys)
    assert warnings == [] and "Byfjord" not in out

    assert main(["--home", str(home), "ingest", str(docs / "school.md")]) == 0
    knowledge = (home / "knowledge.md").read_text(encoding="utf-8")
    assert "Norwegian School of Hospitality" in knowledge and "Fjordbord" in knowledge
    assert "Byfjord" not in knowledge and "Byfjord" not in stored_text(home)
    assert out_of_step(Settings(home=home)) is None


def _stage_then_die(monkeypatch: pytest.MonkeyPatch) -> None:
    real = pipeline._store_documents
    monkeypatch.setattr(pipeline, "_store_documents", lambda *a: (real(*a), _raise())[0])


def _embed_then_die(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(index_module, "_apply", lambda *a: _raise())


def _index_built_then_die(monkeypatch: pytest.MonkeyPatch) -> None:
    real = KnowledgeIndex.stage
    monkeypatch.setattr(KnowledgeIndex, "stage", lambda *a, **k: (real(*a, **k), _raise())[0])


def _die_between_moves(monkeypatch: pytest.MonkeyPatch) -> None:
    moves: list[Path] = []
    real = workspace._move

    def move(staged: Path, target: Path) -> None:
        if len(moves) == 1:
            _raise()  # the staged source is in sources/; the knowledge file and the index are not yet
        moves.append(target)
        real(staged, target)

    monkeypatch.setattr(workspace, "_move", move)


def _die_before_the_index_flips(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(KnowledgeIndex, "publish", lambda *a: _raise())


def _raise() -> None:
    raise Killed


KILL_POINTS = {
    "source staged": (_stage_then_die, "undone"),
    "while embedding": (_embed_then_die, "undone"),
    "index built, not committed": (_index_built_then_die, "undone"),
    "between the commit's renames": (_die_between_moves, "completed"),
    "files moved, index not flipped": (_die_before_the_index_flips, "completed"),
}


@pytest.mark.parametrize("point", KILL_POINTS)
def test_killed_at_any_point_the_next_command_undoes_or_completes_it_and_says_so(
    home: Path, docs: Path, monkeypatch: pytest.MonkeyPatch, capsys, point: str
) -> None:
    kill, outcome = KILL_POINTS[point]
    before = snapshot(home, opened=True)
    die_without_cleanup(monkeypatch)
    kill(monkeypatch)
    with pytest.raises(Killed):
        main(["--home", str(home), "ingest", str(docs / "sailing.md")])
    monkeypatch.undo()
    capsys.readouterr()
    assert (home / STAGING).exists()  # what a killed ingest leaves behind

    out, warnings = search(home, capsys)  # the next command to open the workspace
    assert len(warnings) == 1, warnings
    assert not (home / STAGING).exists() and not (home / JOURNAL).exists()
    assert not list((home / "index").glob(".staging-*"))
    if outcome == "undone":
        assert "nothing of it was applied" in warnings[0] and "sailing.md" in warnings[0]
        assert snapshot(home, opened=True) == before
        assert "Byfjord" not in out
    else:
        assert "it is now complete" in warnings[0]
        assert "Byfjord" in (home / "knowledge.md").read_text(encoding="utf-8")
        assert "Byfjord" in stored_text(home) and "Byfjord" in out  # the index answers from it too
    assert out_of_step(Settings(home=home)) is None
    assert search(home, capsys)[1] == []  # said once: the workspace is whole again


def test_a_commit_cut_short_is_completed_by_the_next_ingest(
    home: Path, docs: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    die_without_cleanup(monkeypatch)
    _die_between_moves(monkeypatch)
    with pytest.raises(Killed):
        main(["--home", str(home), "ingest", str(docs / "sailing.md")])
    monkeypatch.undo()
    capsys.readouterr()

    assert main(["--home", str(home), "ingest", str(docs / "school.md")]) == 0
    assert "the last ingest was interrupted while it was being applied; it is now complete" in (
        capsys.readouterr().err
    )
    knowledge = (home / "knowledge.md").read_text(encoding="utf-8")
    assert "Byfjord" in knowledge and "Norwegian School of Hospitality" in knowledge
    out, warnings = search(home, capsys)
    assert warnings == [] and "Byfjord" in out


def test_a_killed_ingest_is_undone_by_the_next_ingest(
    home: Path, docs: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    die_without_cleanup(monkeypatch)
    _embed_then_die(monkeypatch)
    with pytest.raises(Killed):
        main(["--home", str(home), "ingest", str(docs / "sailing.md")])
    monkeypatch.undo()
    capsys.readouterr()

    assert main(["--home", str(home), "ingest", str(docs / "school.md")]) == 0
    err = capsys.readouterr().err
    assert f"run `twin ingest {docs / 'sailing.md'}` again" in err
    knowledge = (home / "knowledge.md").read_text(encoding="utf-8")
    assert "Norwegian School of Hospitality" in knowledge and "Byfjord" not in knowledge
    assert "Byfjord" not in stored_text(home)


def test_a_hand_edit_not_yet_indexed_is_one_line_and_ingest_fixes_it(home: Path, docs: Path, capsys) -> None:
    knowledge = home / "knowledge.md"
    edited = knowledge.read_text(encoding="utf-8").replace("nine cooks", "eleven cooks")
    knowledge.write_text(edited, encoding="utf-8")

    out, warnings = search(home, capsys, "How many cooks are in your kitchen?")
    assert warnings == [
        "warning: knowledge.md changed since the index was built: run `twin ingest` to re-index"
    ]
    assert "nine cooks" in out  # the index still answers from what it was built from

    assert main(["--home", str(home), "ingest"]) == 0  # no sources: re-index the file as it is
    out, warnings = search(home, capsys, "How many cooks are in your kitchen?")
    assert warnings == [] and "eleven cooks" in out

    # A hand edit followed by an ingest of new sources: the edit is kept, the new facts appended, in step.
    knowledge.write_text(knowledge.read_text(encoding="utf-8") + "- I keep bees.\n", encoding="utf-8")
    assert main(["--home", str(home), "ingest", str(docs / "school.md")]) == 0
    text = knowledge.read_text(encoding="utf-8")
    assert "eleven cooks" in text and "I keep bees." in text and "Norwegian School" in text
    assert search(home, capsys)[1] == []


def test_an_edit_made_while_an_ingest_runs_is_kept_and_the_ingest_not_applied(
    home: Path, docs: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    real = index_module._apply
    knowledge = home / "knowledge.md"

    def edit_meanwhile(*args, **kwargs):
        knowledge.write_text(knowledge.read_text(encoding="utf-8") + "- I keep bees.\n", encoding="utf-8")
        real(*args, **kwargs)

    monkeypatch.setattr(index_module, "_apply", edit_meanwhile)
    assert main(["--home", str(home), "ingest", str(docs / "sailing.md")]) == 2
    assert "was edited while this ingest ran: nothing was applied" in capsys.readouterr().err
    assert "I keep bees." in knowledge.read_text(encoding="utf-8")
    assert "Byfjord" not in stored_text(home) and not (home / STAGING).exists()


def test_one_ingest_at_a_time(home: Path, docs: Path, capsys) -> None:
    with workspace._ingest_lock(home) as held:
        assert held
        (home / STAGING).mkdir()  # what a running ingest has
        assert main(["--home", str(home), "ingest", str(docs / "sailing.md")]) == 2
        assert "another `twin ingest` is running" in capsys.readouterr().err
        warnings = search(home, capsys)[1]
        assert len(warnings) == 1 and "`twin ingest` is running" in warnings[0]
        assert (home / STAGING).exists()  # a running ingest's staging is left alone
    shutil.rmtree(home / STAGING)


# Where a real `twin ingest` is killed (ingest/faults.py), and what the next command does about it.
REAL_KILLS = {
    "loading sources": "undone",
    "sources staged": "undone",
    "embedding": "undone",
    "index built": "undone",
    "journal written": "completed",
    "between renames": "completed",
    "files moved": "completed",
}


def test_every_kill_point_is_tried() -> None:
    assert set(REAL_KILLS) == set(KILL_POINTS_OF_AN_INGEST)


@pytest.mark.parametrize("point", REAL_KILLS)
def test_kill_9_at_any_point_of_a_real_ingest(home: Path, docs: Path, capsys, point: str) -> None:
    """The real thing: `twin ingest` in a process of its own, SIGKILLed at `point`; the next command says
    what became of it, and the workspace answers from a knowledge file and an index that match."""
    before = snapshot(home, opened=True)
    env = {**os.environ, "TWIN_TEST_KILL_AT": point}
    env.pop("OPENAI_API_KEY", None)
    killed = subprocess.run(
        [sys.executable, "-m", "cli.main", "--home", str(home), "ingest", str(docs / "sailing.md")],
        cwd=Path(__file__).parents[2],
        env=env,
        capture_output=True,
        text=True,
    )
    assert killed.returncode == -9, killed.stderr[-2000:]
    assert (home / STAGING).exists() or (home / JOURNAL).exists()  # what a killed ingest leaves behind

    out, warnings = search(home, capsys)  # the next command to open the workspace
    assert len(warnings) == 1, warnings
    if REAL_KILLS[point] == "undone":
        assert "nothing of it was applied" in warnings[0] and "sailing.md" in warnings[0]
        assert snapshot(home, opened=True) == before and "Byfjord" not in out
    else:
        assert "it is now complete" in warnings[0]
        assert "Byfjord" in (home / "knowledge.md").read_text(encoding="utf-8") and "Byfjord" in out
    assert not (home / STAGING).exists() and not (home / JOURNAL).exists()
    assert not list((home / "index").glob(".staging-*"))
    wanted = {c.id for c in chunk_knowledge((home / "knowledge.md").read_text(encoding="utf-8"))}
    assert wanted == KnowledgeIndex(home / "index", None).chunk_ids()  # every chunk indexed, nothing more
    assert search(home, capsys)[1] == []  # said once: the workspace is whole again
