"""load_sources: every source gets a report; a bad source is one error line and never stops the others."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pypdf
import pytest

from ingest.loaders import load_sources
from tests.unit.fixtures_sources import (
    chatgpt_export,
    linkedin_export_files,
    write_cv_pdf,
    write_site,
    write_statement_docx,
    write_zip,
)


def _good_markdown(folder: Path) -> Path:
    path = folder / "about.md"
    path.write_text("# About me\n\nI forecast wind power.\n", encoding="utf-8")
    return path


def test_bad_sources_get_one_error_line_each_and_good_ones_still_load(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corrupt = tmp_path / "cv.pdf"
    corrupt.write_bytes(b"\x8f\x00random bytes, not a PDF at all" * 20)
    empty_zip = tmp_path / "empty.zip"
    zipfile.ZipFile(empty_zip, "w").close()
    other_zip = write_zip(tmp_path / "export.zip", {"notes/readme.txt": b"hello", "photo.jpg": b"\xff\xd8"})
    empty_folder = tmp_path / "empty"
    empty_folder.mkdir()
    (empty_folder / "photo.jpg").write_bytes(b"\xff\xd8")
    big = tmp_path / "big.pdf"
    with big.open("wb") as handle:
        handle.truncate(200 * 1024 * 1024)  # sparse: costs no disk and no time
    opened: list[object] = []
    real_reader = pypdf.PdfReader

    def recording_reader(stream, *args, **kwargs):
        opened.append(stream)
        return real_reader(stream, *args, **kwargs)

    monkeypatch.setattr(pypdf, "PdfReader", recording_reader)
    good = _good_markdown(tmp_path)

    result = load_sources(
        [
            tmp_path / "nope.pdf",
            corrupt,
            empty_zip,
            other_zip,
            empty_folder,
            big,
            good,
            tmp_path / "photo.jpg",
        ]
    )

    errors = [report.error for report in result.reports]
    assert errors[0] == f"{tmp_path / 'nope.pdf'}: no such file or folder"
    assert errors[1] == "cv.pdf: not a readable PDF (file is corrupt or encrypted)"
    assert errors[2] == "empty.zip: ZIP holds no LinkedIn CSVs and no conversations.json"
    assert errors[3] == "export.zip: ZIP holds no LinkedIn CSVs and no conversations.json"
    assert errors[4] == "empty/: folder holds no supported files"
    assert errors[5] == "big.pdf: 200 MB is over the 50 MB limit (TWIN_MAX_SOURCE_MB)"
    assert errors[6] is None
    assert errors[7] == f"{tmp_path / 'photo.jpg'}: no such file or folder"
    assert all("\n" not in (error or "") for error in errors)
    assert big not in opened  # refused by its size, never opened
    assert [doc.page_content for doc in result.documents] == ["I forecast wind power."]
    assert result.reports[6].taken == 1 and result.reports[6].kind == "statement"


def test_size_limit_is_a_parameter(tmp_path: Path) -> None:
    path = _good_markdown(tmp_path)
    result = load_sources([path], max_mb=0.01)
    assert result.reports[0].taken == 1
    result = load_sources([path], max_mb=0.00001)
    assert result.reports[0].error == "about.md: 35 B is over the 10 B limit (TWIN_MAX_SOURCE_MB)"
    assert result.documents == []


def test_unsupported_file_type_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "photo.jpg"
    path.write_bytes(b"\xff\xd8\xff")
    assert load_sources([path]).reports[0].error == (
        "photo.jpg: unsupported file type (use .pdf, .docx, .md, .markdown, .txt, .html, .htm, .json, .zip)"
    )


def test_a_folder_loads_every_kind_of_source_inside(tmp_path: Path) -> None:
    folder = tmp_path / "jane"
    (folder / "docs").mkdir(parents=True)
    write_cv_pdf(folder / "docs" / "resume.pdf")
    write_statement_docx(folder / "docs" / "statement.docx")
    write_zip(folder / "linkedin.zip", linkedin_export_files())
    (folder / "chatgpt").mkdir()
    (folder / "chatgpt" / "conversations.json").write_text(json.dumps(chatgpt_export()), encoding="utf-8")
    write_site(folder / "site", {"index.html": "<html><body><h2>About</h2><p>I like maps.</p></body></html>"})
    (folder / "photo.jpg").write_bytes(b"\xff\xd8")
    (folder / "broken.pdf").write_bytes(b"nope")
    (folder / ".hidden.md").write_text("# Secret draft", encoding="utf-8")

    result = load_sources([folder])
    report = result.reports[0]
    assert report.error is None
    assert {doc.metadata["source_type"] for doc in result.documents} == {
        "cv",
        "statement",
        "linkedin",
        "chatgpt",
        "website",
    }
    by_source = {doc.metadata["source"]: doc.metadata["source_type"] for doc in result.documents}
    assert by_source["jane/docs/resume.pdf"] == "cv"
    assert by_source["jane/docs/statement.docx"] == "statement"
    assert by_source["jane/site/index.html"] == "website"
    assert by_source["jane/linkedin.zip/Positions.csv"] == "linkedin"
    assert by_source["jane/chatgpt/conversations.json"] == "chatgpt"
    assert "jane/photo.jpg: unsupported file type" in report.skipped
    assert "jane/broken.pdf: not a readable PDF (file is corrupt or encrypted)" in report.skipped
    assert not any("Secret draft" in doc.page_content for doc in result.documents)
    assert report.taken == len(result.documents)
    assert report.kind.startswith("folder: ")


def test_text_file_kind_by_content_when_the_name_says_nothing(tmp_path: Path) -> None:
    cv = tmp_path / "jane.md"
    cv.write_text(
        "# Jane\n\n## Experience\n\nAnalyst at Acme\n\n## Education\n\nBSc Maths\n", encoding="utf-8"
    )
    prose = tmp_path / "essay.md"
    prose.write_text(
        "Ever since I was young I have loved maps and the stories they tell.\n", encoding="utf-8"
    )
    kinds = [report.kind for report in load_sources([cv, prose]).reports]
    assert kinds == ["cv", "statement"]


def test_progress_bar_is_shown_only_when_asked(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _good_markdown(tmp_path)
    load_sources([path])
    assert "Loading sources" not in capsys.readouterr().err
    load_sources([path], progress=True)
    assert "Loading sources" in capsys.readouterr().err
