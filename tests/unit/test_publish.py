"""`twin publish DIR`: only what the twin serves leaves the workspace; the copy serves; it is whole or absent."""

from pathlib import Path

import pytest

from cli.main import main
from ingest.pipeline import ingest
from tools.retriever import open_retriever
from twin.settings import Settings

CV = """# Maren Solberg

Phone: +47 912 34 567
Address: Storgata 12, 0155 Oslo

## Experience
- Head chef at Fjordbord, Bergen (2019 - present). I run a kitchen of nine cooks.
- Sous chef at Lysverket, Bergen (2014 - 2019).

## Education
- Culinary arts diploma, Norwegian School of Hospitality, 2013.
"""


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    home = tmp_path_factory.mktemp("home")
    source = tmp_path_factory.mktemp("docs") / "cv.md"
    source.write_text(CV, encoding="utf-8")
    settings = Settings(home=home)
    ingest([str(source)], settings, progress=False)
    return settings


def test_publish_carries_only_what_the_twin_serves(workspace: Settings, tmp_path: Path, capsys):
    out = tmp_path / "space"
    assert main(["--home", str(workspace.home), "publish", str(out)]) == 0
    assert "left behind (private): sources/" in capsys.readouterr().out
    names = {p.relative_to(out).as_posix() for p in out.rglob("*")}
    assert "knowledge.md" in names and "policy.yaml" in names and "index/CURRENT" in names
    assert (workspace.home / "sources").is_dir()  # the workspace keeps its documents...
    assert not any(n.startswith("sources") for n in names)  # ...the public copy does not
    assert not any(
        n.endswith(("memory.sqlite", "traces.sqlite", "unanswered.jsonl", ".knowledge.json")) for n in names
    )
    # What the policy withheld is in the workspace's sources, and nowhere in the public copy.
    assert "912 34 567" in "".join(
        p.read_text(errors="ignore") for p in (workspace.home / "sources").rglob("*") if p.is_file()
    )
    for path in out.rglob("*"):
        if path.is_file():
            assert b"912 34 567" not in path.read_bytes(), path
    # The copy serves: its index answers a question by itself.
    hits = open_retriever(Settings(home=out), k=2).invoke("Where do you work as a chef?")
    assert any("Fjordbord" in h.page_content for h in hits)


def test_publish_replaces_its_own_copy_but_nothing_else(workspace: Settings, tmp_path: Path, capsys):
    out = tmp_path / "space"
    assert main(["--home", str(workspace.home), "publish", str(out)]) == 0
    assert main(["--home", str(workspace.home), "publish", str(out)]) == 0  # an earlier publish is replaced
    assert len(list((out / "index").iterdir())) == 2  # CURRENT and the one live version

    other = tmp_path / "mine"
    other.mkdir()
    (other / "notes.txt").write_text("keep me")
    assert main(["--home", str(workspace.home), "publish", str(other)]) == 2
    assert "was not written by `twin publish`" in capsys.readouterr().err
    assert (other / "notes.txt").read_text() == "keep me"

    assert main(["--home", str(tmp_path / "empty"), "publish", str(tmp_path / "x")]) == 2
    assert "no knowledge file to publish" in capsys.readouterr().err
    assert not (tmp_path / "x").exists()
