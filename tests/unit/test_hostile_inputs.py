"""Hostile and malformed inputs: each gives one line naming the file and the problem, never a traceback or a
hang, and nothing outside the sources given is read."""

from __future__ import annotations

import io
import json
import os
import socket
import time
from pathlib import Path

import pypdf
import pytest

from ingest.clean import MAX_WORD_CHARS, readable
from ingest.loaders import load_sources
from ingest.loaders.chatgpt import load_chatgpt
from ingest.loaders.website import MAX_HTML_DEPTH
from ingest.types import SourceReport
from tests.unit.fixtures_sources import chatgpt_export, write_image_only_pdf

# A loader that blocks or goes quadratic fails here instead of hanging (generous: some tests load MiniLM on
# a busy 2-core machine first).
pytestmark = pytest.mark.timeout(300)

SECRET = "the-secret-outside-the-folder"


def _contents(result) -> str:
    return "\n".join(doc.page_content for doc in result.documents)


def _one_line(report: SourceReport) -> str:
    line = report.line()
    assert "\n" not in line and "Traceback" not in line
    return line


# --- Never read outside the folder given ---------------------------------------------------------------


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    folder = tmp_path / "outside"
    folder.mkdir()
    (folder / "secret.md").write_text(f"# Secret\n\n{SECRET}\n", encoding="utf-8")
    return folder


def test_links_in_a_folder_are_skipped_and_named(tmp_path: Path, outside: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text("<html><body><p>I build boats in Galway.</p></body></html>")
    (site / "passwd.html").symlink_to("/etc/passwd")
    (site / "notes.md").symlink_to(outside / "secret.md")
    (site / "more").symlink_to(outside, target_is_directory=True)
    (site / "dangling.md").symlink_to(tmp_path / "nowhere.md")

    result = load_sources([site])

    report = result.reports[0]
    assert report.error is None and _contents(result) == "I build boats in Galway."
    assert SECRET not in _contents(result) and "root:" not in _contents(result)
    for name in ("passwd.html", "notes.md", "more", "dangling.md"):
        assert f"site/{name}: a link, not followed" in report.skipped
    assert "site/passwd.html: a link" in _one_line(report)


def test_fifos_sockets_and_devices_in_a_folder_are_never_opened(tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "about.md").write_text("I build boats in Galway.\n", encoding="utf-8")
    os.mkfifo(folder / "pipe.md")  # opened for reading, it would block until a writer comes: never
    (folder / "zero.txt").symlink_to("/dev/zero")
    with socket.socket(socket.AF_UNIX) as server:
        bound = len(str(folder / "s.md")) < 100  # AF_UNIX paths are short
        if bound:
            server.bind(str(folder / "s.md"))
        result = load_sources([folder])

    report = result.reports[0]
    assert _contents(result) == "I build boats in Galway."
    assert "docs/pipe.md: a FIFO (named pipe), not a file; not read" in report.skipped
    assert "docs/zero.txt: a link, not followed" in report.skipped
    assert not bound or "docs/s.md: a socket, not a file; not read" in report.skipped


def test_devices_and_fifos_named_directly_are_one_clear_error(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.md")
    (tmp_path / "notes.md").symlink_to("/dev/urandom")
    result = load_sources(["/dev/zero", "/dev/urandom", tmp_path / "pipe.md", tmp_path / "notes.md"])
    assert [report.error for report in result.reports] == [
        "zero: a device, not a file; not read",
        "urandom: a device, not a file; not read",
        "pipe.md: a FIFO (named pipe), not a file; not read",
        "notes.md: a device, not a file; not read",
    ]
    assert result.documents == []


def test_a_link_named_directly_is_followed_to_a_regular_file(tmp_path: Path, outside: Path) -> None:
    """The person chose the link: it is theirs to follow (inside a folder, links are never followed)."""
    (tmp_path / "cv.md").symlink_to(outside / "secret.md")
    result = load_sources([tmp_path / "cv.md"])
    assert result.reports[0].error is None and SECRET in _contents(result)


# --- File names and questions that are not valid UTF-8 ---------------------------------------------------

BAD_NAME = os.fsdecode(b"cv\xff.md")  # "cv\udcff.md": Python's surrogate escape for the byte 0xff


def _write_bad_name(folder: Path) -> Path:
    folder.mkdir(exist_ok=True)
    path = folder / BAD_NAME
    path.write_text("# Niamh Byrne\n\n## Experience\n\n- Boat builder at Claddagh Yard, Galway.\n")
    return path


def test_a_file_name_that_is_not_utf8_is_shown_with_a_replacement_character(tmp_path: Path) -> None:
    path = _write_bad_name(tmp_path / "docs")
    for source, name in ((tmp_path / "docs", "docs/cv\ufffd.md"), (path, "cv\ufffd.md")):
        result = load_sources([source])
        assert result.reports[0].error is None
        assert {doc.metadata["source"] for doc in result.documents} == {name}
        result.reports[0].line().encode("utf-8")  # printable


def test_ingest_of_a_file_name_that_is_not_utf8_succeeds_now_and_later(tmp_path: Path, capsys) -> None:
    from cli.main import main

    docs = tmp_path / "docs"
    _write_bad_name(docs)
    home = tmp_path / "home"
    assert main(["--home", str(home), "ingest", str(docs)]) == 0
    assert main(["--home", str(home), "ingest", str(docs / BAD_NAME)]) == 0
    assert main(["--home", str(home), "ingest", "--rebuild-knowledge", str(docs)]) == 0
    knowledge = (home / "knowledge.md").read_text(encoding="utf-8")
    assert "Claddagh Yard" in knowledge and "docs/cv\ufffd.md]" in knowledge
    assert main(["--home", str(home), "ingest", "--name", os.fsdecode(b"Niamh Byrn\xe9")]) == 0
    assert (home / "knowledge.md").read_text(encoding="utf-8").startswith("# Niamh Byrn\ufffd\n")
    capsys.readouterr().out.encode("utf-8")


def test_a_workspace_stored_by_an_earlier_version_heals_on_the_next_ingest(tmp_path: Path) -> None:
    """Earlier versions stored the raw name in `sources/`: every later ingest then failed to write."""
    from cli.main import main
    from ingest.pipeline import _store_documents
    from ingest.types import make_document

    home = tmp_path / "home"
    old = make_document("I race currachs on Sundays.", source=f"docs/{BAD_NAME}", source_type="text")
    _store_documents(home / "sources", str(tmp_path / "docs" / BAD_NAME), [old])
    notes = tmp_path / "notes.md"
    notes.write_text("# Niamh Byrne\n\n- I build boats in Galway.\n", encoding="utf-8")
    assert main(["--home", str(home), "ingest", "--rebuild-knowledge", str(notes)]) == 0
    assert "I race currachs on Sundays. [docs/cv\ufffd.md]" in (home / "knowledge.md").read_text(
        encoding="utf-8"
    )


def test_a_question_that_is_not_utf8_is_cleaned_at_the_cli() -> None:
    from cli.common import checked_question

    question = os.fsdecode(b"Where do you work? caf\xe9")  # Latin-1 bytes in a UTF-8 terminal
    assert checked_question(question) == "Where do you work? caf\ufffd"
    assert readable("ok \ud800 too") == "ok \ufffd too"  # a lone surrogate from JSON as well


def test_chat_goes_on_after_a_line_that_is_not_utf8(monkeypatch, capsys) -> None:
    from cli.common import converse
    from graph.service import Answer

    asked: list[str] = []

    class Twin:
        def stream(self, question: str, thread_id: str):
            asked.append(question)
            yield Answer(text="Galway.", route="rag", confidence=1.0)

    stdin = io.TextIOWrapper(io.BytesIO(b"Where is caf\xe9 Byrne?\nAnd you?\nexit\n"), encoding="utf-8")
    monkeypatch.setattr("sys.stdin", stdin)
    assert converse(Twin(), "t1") == 0  # type: ignore[arg-type]
    assert asked == ["Where is caf\ufffd Byrne?", "And you?"]


# --- Super-linear time --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["*a " * 100_000, "_a " * 100_000, "[a](" * 50_000, "<!--" * 50_000, "cookie " * 50_000],
    ids=["stars", "underscores", "links", "comments", "cookies"],
)
def test_markdown_made_to_backtrack_loads_in_linear_time(tmp_path: Path, text: str) -> None:
    path = tmp_path / "notes.md"
    path.write_text(text, encoding="utf-8")
    start = time.process_time()  # CPU seconds: a busy machine must not fail a linear loader
    result = load_sources([path])
    assert time.process_time() - start < 10
    assert result.reports[0].error is None or "\n" not in result.reports[0].error


def test_html_nested_past_the_cap_is_refused_quickly(tmp_path: Path) -> None:
    depth = 100_000  # about 1 MB
    (tmp_path / "deep.html").write_text("<div>" * depth + "x" + "</div>" * depth)
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text("<p>I build boats in Galway.</p>")
    (site / "deep.html").write_text("<div>" * depth + "x" + "</div>" * depth)
    start = time.process_time()
    result = load_sources([tmp_path / "deep.html", site])
    assert time.process_time() - start < 10
    assert result.reports[0].error == f"deep.html: HTML nested over {MAX_HTML_DEPTH} elements deep; not read"
    assert _contents(result) == "I build boats in Galway."
    assert (
        f"site/deep.html: HTML nested over {MAX_HTML_DEPTH} elements deep; not read"
        in result.reports[1].skipped
    )


def test_html_nested_just_under_the_cap_is_read(tmp_path: Path) -> None:
    depth = MAX_HTML_DEPTH - 10
    (tmp_path / "page.html").write_text(
        "<html><body>"
        + "<div>" * depth
        + "<p>I build boats.</p><ul><li>Currachs</li></ul>"
        + "</div>" * depth
    )
    result = load_sources([tmp_path / "page.html"])
    assert [doc.page_content for doc in result.documents] == ["I build boats.", "Currachs"]


# --- Binary data, byte-order marks, over-long words ---------------------------------------------------------


def test_binary_files_named_as_text_are_refused(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8)
    (tmp_path / "cv.md").write_bytes(bytes(range(1, 32)) * 100)  # control bytes, no NUL
    result = load_sources([tmp_path / "notes.txt", tmp_path / "cv.md"])
    assert [report.error for report in result.reports] == [
        "notes.txt: binary data, not text (NUL or control bytes); not read",
        "cv.md: binary data, not text (NUL or control bytes); not read",
    ]


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be", "utf-8-sig", "utf-32"])
def test_text_is_decoded_by_its_byte_order_mark(tmp_path: Path, codec: str) -> None:
    text = "# Siobhán Ní Bhriain\n\nI build currachs in Gaillimh — by hand.\n"
    data = text.encode(codec)
    if codec == "utf-16-be":
        data = b"\xfe\xff" + data
    (tmp_path / "about.md").write_bytes(data)
    result = load_sources([tmp_path / "about.md"])
    assert "I build currachs in Gaillimh — by hand." in [doc.page_content for doc in result.documents]
    assert "\x00" not in _contents(result) and "Ã" not in _contents(result)  # not read as bytes


def test_a_utf16_linkedin_csv_is_read() -> None:
    from ingest.loaders.linkedin import read_export_csv

    data = "First Name,Last Name,Headline\nSiobhán,Ní Bhriain,Boat builder\n".encode("utf-16")
    assert read_export_csv(data, ["First Name", "Last Name"]) == [
        {"First Name": "Siobhán", "Last Name": "Ní Bhriain", "Headline": "Boat builder"}
    ]


def test_an_over_long_word_is_not_a_fact(tmp_path: Path) -> None:
    (tmp_path / "blob.txt").write_text("A" * 8_000_000)
    (tmp_path / "notes.txt").write_text(f"I build boats {'x' * 5000} in Galway.\n\nI race on Sundays.\n")
    start = time.process_time()
    result = load_sources([tmp_path / "blob.txt", tmp_path / "notes.txt"])
    assert time.process_time() - start < 10
    assert result.reports[0].error == (
        "blob.txt: the file holds no text (left out: 1 over-long 'words' with no space)"
    )
    assert [doc.page_content for doc in result.documents] == [
        "I build boats in Galway.",
        "I race on Sundays.",
    ]
    assert (
        f"1 over-long 'words' (over {MAX_WORD_CHARS} characters with no space)" in result.reports[1].skipped
    )


def test_prose_written_without_spaces_is_not_an_over_long_word(tmp_path: Path) -> None:
    japanese = "私は東京でソフトウェアエンジニアとして働いています。" * 30  # 780 characters, no space
    (tmp_path / "about.txt").write_text(japanese + "\n", encoding="utf-8")
    assert [doc.page_content for doc in load_sources([tmp_path / "about.txt"]).documents] == [japanese]


def test_a_utf16_chatgpt_export_is_read(tmp_path: Path) -> None:
    export = json.dumps(chatgpt_export(), ensure_ascii=False)
    (tmp_path / "conversations.json").write_bytes(export.encode("utf-16"))
    folder = tmp_path / "chats"
    folder.mkdir()
    (folder / "my-chats.json").write_bytes(export.encode("utf-16-le"))  # no byte-order mark: json tells
    result = load_sources([tmp_path / "conversations.json", folder])
    assert [report.error for report in result.reports] == [None, None]
    assert "I've started learning Scottish Gaelic." in _contents(result)
    assert {doc.metadata["source"] for doc in result.documents} == {
        "conversations.json",
        "chats/my-chats.json",
    }


# --- Messages that said the wrong thing -----------------------------------------------------------------


def test_an_empty_pdf_says_it_is_empty_not_corrupt(tmp_path: Path) -> None:
    (tmp_path / "empty.pdf").write_bytes(b"")
    writer = pypdf.PdfWriter()
    with (tmp_path / "no-pages.pdf").open("wb") as out:
        writer.write(out)
    write_image_only_pdf(tmp_path / "scan.pdf")
    result = load_sources([tmp_path / "empty.pdf", tmp_path / "no-pages.pdf", tmp_path / "scan.pdf"])
    assert [report.error for report in result.reports] == [
        "empty.pdf: the file is empty (0 bytes)",
        "no-pages.pdf: the PDF has no pages, so no text",
        "scan.pdf: no text layer (scanned?)",
    ]


def test_a_bad_timestamp_skips_that_message_not_the_export() -> None:
    export = chatgpt_export()
    nodes = export[0]["mapping"]
    nodes["u2"]["message"]["create_time"] = 1e20  # past the year 9999
    nodes["a2"]["message"]["create_time"] = "yesterday"  # an assistant message: not taken anyway
    export[1]["mapping"]["g1"]["message"]["create_time"] = float("nan")
    export[1]["create_time"] = "not a time"  # the conversation's own time only stands in for a message's
    report = SourceReport("conversations.json")
    docs = load_chatgpt(json.dumps(export).encode(), source="conversations.json", report=report)
    assert [doc.page_content for doc in docs] == ["I am training for the Loch Ness Marathon in September."]
    assert "2 user messages whose timestamp is not a time" in report.skipped
    assert "skipped" in _one_line(report)


def test_json_nested_too_deeply_is_one_line(tmp_path: Path) -> None:
    (tmp_path / "conversations.json").write_text("[" * 100_000 + "]" * 100_000)
    folder = tmp_path / "chats"
    folder.mkdir()
    (folder / "deep.json").write_text("[" * 100_000 + "]" * 100_000)
    (folder / "notes.md").write_text("I build boats in Galway.\n")
    result = load_sources([tmp_path / "conversations.json", folder])
    assert result.reports[0].error == "conversations.json: not a ChatGPT export (JSON nested too deeply)"
    assert "chats/deep.json: not a ChatGPT export" in result.reports[1].skipped
