"""The fuzz corpus (tests/unit/fuzz_corpus.py), each case ingested through `twin ingest` into a copy of a real
workspace: no traceback, no hang, nothing read from outside the source, no fact of the workspace lost, and
the file that was rejected or skipped named in the output.

    .venv/bin/pytest tests/unit/test_fuzz_ingest.py        (about 1-4 minutes on 2 busy cores)
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from cli.main import main
from ingest.chunking import chunk_knowledge
from ingest.index import KnowledgeIndex
from ingest.types import SECTIONS
from tests.unit.fixtures_sources import write_cv_pdf, write_statement_docx
from tests.unit.fuzz_corpus import CASES, SECRET, Case, write_corpus
from twin.settings import Settings

# Per case: a hostile source that blocks or goes quadratic fails here instead of hanging the run.
pytestmark = pytest.mark.timeout(120)

NOTES = "# Jane Doe\n\n## Interests\n\n- I ring church bells in Hamburg every Thursday evening.\n"


@pytest.fixture(autouse=True)
def local_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """Curation and the index stay on this machine whatever the environment says."""
    for name in ("OPENAI_API_KEY", "TWIN_CHROMA_URL", "TWIN_HOME", "TWIN_MAX_SOURCE_MB"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A workspace from a few real files (a CV PDF, a statement DOCX, Markdown notes), built once."""
    docs = tmp_path_factory.mktemp("real-docs")
    write_cv_pdf(docs / "cv.pdf")
    write_statement_docx(docs / "statement.docx")
    (docs / "notes.md").write_text(NOTES, encoding="utf-8")
    home = tmp_path_factory.mktemp("built") / "home"
    with pytest.MonkeyPatch.context() as monkeypatch:
        monkeypatch.delenv("OPENAI_API_KEY", raising=False)
        monkeypatch.delenv("TWIN_CHROMA_URL", raising=False)
        assert main(["--home", str(home), "ingest", str(docs)]) == 0
    return home


def facts(home: Path) -> list[str]:
    """The knowledge file's facts without their [sources] (a case that gives the same fact adds a source)."""
    return [re.sub(r" \[[^\[\]]*\]$", "", line) for line in knowledge_lines(home) if line.startswith("- ")]


def knowledge_lines(home: Path) -> list[str]:
    return (home / "knowledge.md").read_text(encoding="utf-8").splitlines()


def in_step(home: Path) -> bool:
    chunks = chunk_knowledge((home / "knowledge.md").read_text(encoding="utf-8"))
    return {c.id for c in chunks} == KnowledgeIndex(home / "index", None).chunk_ids()


def files_holding(folder: Path, needle: str) -> list[str]:
    wanted = [needle.encode(encoding) for encoding in ("utf-8", "utf-16-le")]
    return [
        str(path.relative_to(folder))
        for path in folder.rglob("*")
        if path.is_file() and any(w in path.read_bytes() for w in wanted)
    ]


def test_the_corpus_is_big_and_every_name_is_unique() -> None:
    assert len(CASES) >= 60
    assert len({case.name for case in CASES}) == len(CASES)
    assert {case.kind for case in CASES} == {
        "pdf",
        "docx",
        "zip",
        "linkedin",
        "chatgpt",
        "html",
        "text",
        "fs",
    }


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_a_hostile_source_is_one_line_and_the_workspace_keeps_every_fact(
    case: Case, built: Path, tmp_path: Path, capsys
) -> None:
    source = write_corpus(tmp_path / "corpus", [case])[case.name]
    home = Path(shutil.copytree(built, tmp_path / "home", symlinks=True))
    before = facts(home)
    capsys.readouterr()

    code = main(["--home", str(home), "ingest", str(source)])

    captured = capsys.readouterr()
    output = captured.out + captured.err
    assert code in (0, 1, 2), output
    assert "Traceback" not in output
    if case.named is not None:
        assert case.named in output, output
    assert files_holding(home, SECRET) == []
    # Nothing unpacked or written beside the source (a ZIP's ../../ paths are only ever names).
    assert sorted(p.name for p in (tmp_path / "corpus").iterdir()) == sorted(["outside", case.name])
    after = facts(home)
    assert [fact for fact in before if fact not in after] == []
    # What an ingest adds is facts under known sections: a file name or a cell never adds a line of its own.
    added = set(knowledge_lines(home)) - set(knowledge_lines(built))
    assert [line for line in added if not line.startswith("- ") and line[3:] not in SECTIONS] == []
    assert in_step(home)

    from tools.retriever import open_retriever

    hits = open_retriever(Settings(home=home)).search("When do you ring church bells?")
    assert any("church bells" in hit.page_content for hit in hits)
