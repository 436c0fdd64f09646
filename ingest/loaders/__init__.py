"""Loaders: every source a person gives, read into Documents with a report per source.

`load_sources` decides what each source is (a URL, a folder, a LinkedIn or ChatGPT export, a CV or a
statement, a web page) and never raises for a user's mistake: a source that cannot be read gets a
one-line error in its report, and the other sources are still loaded.

Nothing outside the sources given is read. Inside a folder only regular files are read: links (to a
file or folder, inside or outside it), devices, FIFOs and sockets are skipped with a line in the report
and never opened. A source named directly may be a link: the person chose it, so it is followed, to a
regular file or a folder (whose own links are then skipped); anything that is not a regular file or a
folder (`/dev/zero`, a FIFO) is refused. File names that are not valid UTF-8 are shown, and stored,
with U+FFFD in place of the bytes that are not.
"""

from __future__ import annotations

import json
import os
import re
import stat
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from langchain_core.documents import Document
from tqdm import tqdm

from ingest.clean import looks_binary, readable
from ingest.loaders.chatgpt import is_chatgpt_export, load_chatgpt
from ingest.loaders.linkedin import (
    is_export_file,
    is_linkedin_profile_page,
    load_linkedin_export,
    load_linkedin_page,
)
from ingest.loaders.pdf import load_pdf
from ingest.loaders.text import load_text
from ingest.loaders.website import crawl_site, load_html_pages, parse_html
from ingest.loaders.word import load_docx
from ingest.types import LoadResult, SourceReport
from twin.errors import TwinError

__all__ = ["SUPPORTED_SUFFIXES", "load_file", "load_sources"]

SUPPORTED_SUFFIXES = (".pdf", ".docx", ".md", ".markdown", ".txt", ".html", ".htm", ".json", ".zip")
_HTML = (".html", ".htm")
_MB = 1024 * 1024


@dataclass(frozen=True)
class _Limits:
    max_bytes: int
    crawl_pages: int
    crawl_depth: int
    crawl_delay: float


def _size(n_bytes: float) -> str:
    """ "200 MB", "1.5 MB", "12 KB", "36 B": a size as a person reads it."""
    for unit, scale in (("MB", _MB), ("KB", 1024)):
        if n_bytes >= scale:
            return f"{n_bytes / scale:.1f}".removesuffix(".0") + f" {unit}"
    return f"{n_bytes:.0f} B"


def _not_a_file(mode: int) -> str | None:
    """What a path is when it is not a regular file, as a person says it (None for a regular file)."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISLNK(mode):
        return "a link"
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) else "not a regular file"


def _check_size(path: Path, name: str, limits: _Limits) -> None:
    """Refuse, before opening it, a path that is not a regular file (a device or FIFO would be read
    forever or block), an empty file, or one over the size limit."""
    info = os.stat(path)
    what = _not_a_file(info.st_mode)
    if what is not None:
        raise TwinError(f"{name}: {what}, not a file; not read")
    if info.st_size == 0:
        raise TwinError(f"{name}: the file is empty (0 bytes)")
    if info.st_size > limits.max_bytes:
        raise TwinError(
            f"{name}: {_size(info.st_size)} is over the {_size(limits.max_bytes)} limit (TWIN_MAX_SOURCE_MB)"
        )


def load_sources(
    sources: Sequence[str | Path],
    *,
    max_mb: float = 50,
    crawl_pages: int = 20,
    crawl_depth: int = 2,
    crawl_delay: float = 0.5,
    progress: bool = False,
) -> LoadResult:
    """Read every source into Documents; one SourceReport per source, in the order given.

    A source is a URL (its site is crawled: at most `crawl_pages` pages, `crawl_depth` links deep,
    `crawl_delay` seconds between requests), a folder (each supported file inside), or a file. A file
    over `max_mb` is refused without being read.
    """
    limits = _Limits(int(max_mb * _MB), crawl_pages, crawl_depth, crawl_delay)
    documents: list[Document] = []
    reports: list[SourceReport] = []
    for source in tqdm(sources, desc="Loading sources", unit="source", disable=not progress):
        report = SourceReport(readable(str(source)))
        try:
            loaded = _load_source(source, report, limits)
        except TwinError as exc:
            report.error = str(exc)
            loaded = []
        except Exception as exc:  # a damaged file must not stop the other sources
            report.error = (
                f"{_display_name(source)}: could not be read ({exc.__class__.__name__}: {exc})".split("\n")[0]
            )
            loaded = []
        report.taken = len(loaded)
        documents.extend(loaded)
        reports.append(report)
    return LoadResult(documents=documents, reports=reports)


def _display_name(source: str | Path) -> str:
    text = readable(str(source))
    if re.match(r"https?://", text):
        return text
    path = Path(source)
    name = readable(path.name or path.resolve().name)
    return f"{name}/" if path.is_dir() else name


def _load_source(source: str | Path, report: SourceReport, limits: _Limits) -> list[Document]:
    text = str(source)
    if re.match(r"https?://", text, re.I):
        return crawl_site(
            text,
            max_pages=limits.crawl_pages,
            max_depth=limits.crawl_depth,
            delay=limits.crawl_delay,
            max_bytes=limits.max_bytes,
            report=report,
        )
    path = Path(text).expanduser()
    if not path.exists():
        raise TwinError(f"{readable(text)}: no such file or folder")
    if path.is_dir():
        return _load_folder(path, report, limits)
    return load_file(path, report=report, max_mb=limits.max_bytes / _MB)  # a regular file, or refused


def load_file(
    path: Path, *, source: str | None = None, report: SourceReport | None = None, max_mb: float = 50
) -> list[Document]:
    """One file, by its kind: PDF, Word, Markdown/text, HTML page, ChatGPT JSON, or export ZIP.

    Raises TwinError with a one-line message when the file cannot be used; a path that is not a regular
    file (a device, a FIFO) is refused without being opened.
    """
    name = source or readable(path.name)
    report = report if report is not None else SourceReport(name)
    limits = _Limits(int(max_mb * _MB), 0, 0, 0.0)
    _check_size(path, name, limits)
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        return load_pdf(path, source=name, report=report)
    if suffix == ".docx":
        return load_docx(path, source=name, report=report)
    if suffix in (".md", ".markdown", ".txt"):
        return load_text(path, source=name, report=report)
    if suffix in _HTML:
        data = _html_bytes(path, name)
        if is_linkedin_profile_page(parse_html(data, name=name)):
            return load_linkedin_page(data, source=name, report=report)
        return load_html_pages([(path, name)], report=report)
    if suffix == ".json":
        return load_chatgpt(path.read_bytes(), source=name, report=report)
    if suffix == ".zip":
        return _load_zip(path, name, report, limits)
    raise TwinError(f"{name}: unsupported file type (use {', '.join(SUPPORTED_SUFFIXES)})")


def _load_zip(path: Path, name: str, report: SourceReport, limits: _Limits) -> list[Document]:
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise TwinError(f"{name}: not a readable ZIP file") from exc
    with archive:
        members = [info for info in archive.infolist() if not info.is_dir()]

        def reader(info: zipfile.ZipInfo) -> Callable[[], bytes]:
            def read() -> bytes:
                # The sizes in the ZIP directory are checked before anything is unpacked.
                if info.file_size > limits.max_bytes:
                    raise TwinError(
                        f"{name}/{info.filename}: {_size(info.file_size)} is over the "
                        f"{_size(limits.max_bytes)} limit (TWIN_MAX_SOURCE_MB)"
                    )
                return archive.read(info)

            return read

        linkedin = [info for info in members if is_export_file(info.filename)]
        chats = [info for info in members if info.filename.rsplit("/", 1)[-1] == "conversations.json"]
        if not linkedin and not chats:
            raise TwinError(f"{name}: ZIP holds no LinkedIn CSVs and no conversations.json")
        documents: list[Document] = []
        if linkedin:
            csvs = [info for info in members if info.filename.lower().endswith(".csv")]
            documents += load_linkedin_export(
                [(info.filename, reader(info)) for info in csvs], source=name, report=report
            )
        for info in chats:
            documents += load_chatgpt(reader(info)(), source=f"{name}/{info.filename}", report=report)
        report.kind = "+".join(kind for kind, found in (("linkedin", linkedin), ("chatgpt", chats)) if found)
        return documents


def _load_folder(folder: Path, report: SourceReport, limits: _Limits) -> list[Document]:
    """Each supported file inside, recursively; the HTML pages together as one website, and CSVs of an
    unpacked LinkedIn export as that export."""
    label = readable(folder.name or folder.resolve().name)

    def name_of(path: Path) -> str:
        return readable(f"{label}/{path.relative_to(folder).as_posix()}")

    documents: list[Document] = []
    kinds: list[str] = []
    failures: list[str] = []
    files = _regular_files(folder, name_of, report)
    pages: list[tuple[Path, str]] = []
    csvs = [path for path in files if path.suffix.lower() == ".csv"]
    unpacked_export = any(is_export_file(path.name) for path in csvs)
    if unpacked_export:
        documents += load_linkedin_export(
            [(path.relative_to(folder).as_posix(), path.read_bytes) for path in csvs],
            source=label,
            report=report,
        )
        kinds.append("linkedin")
    for path in files:
        suffix = path.suffix.lower()
        if suffix == ".csv" and unpacked_export:
            continue
        if suffix not in SUPPORTED_SUFFIXES:
            report.skipped.append(f"{name_of(path)}: unsupported file type")
            continue
        sub = SourceReport(name_of(path))
        try:
            _check_size(path, name_of(path), limits)
            if suffix in _HTML and not is_linkedin_profile_page(
                parse_html(_html_bytes(path, name_of(path)), name=name_of(path))
            ):
                pages.append((path, name_of(path)))
                continue
            if suffix == ".json" and not _is_chatgpt_file(path):
                report.skipped.append(f"{name_of(path)}: not a ChatGPT export")
                continue
            documents += load_file(path, source=name_of(path), report=sub, max_mb=limits.max_bytes / _MB)
        except TwinError as exc:
            failures.append(str(exc))
            continue
        kinds.append(sub.kind)
        report.skipped += [f"{name_of(path)}: {item}" for item in sub.skipped]
    if pages:
        documents += load_html_pages(pages)
        kinds.append("website")
    report.skipped = failures + report.skipped
    if not documents and not kinds and not failures:
        raise TwinError(f"{label}/: folder holds no supported files")
    if not documents and failures:
        raise TwinError(
            failures[0] + (f" (and {len(failures) - 1} more files failed)" if len(failures) > 1 else "")
        )
    report.kind = "folder: " + ", ".join(dict.fromkeys(kinds))
    return documents


def _regular_files(folder: Path, name_of: Callable[[Path], str], report: SourceReport) -> list[Path]:
    """The regular files inside `folder`, recursively, hidden ones left out. Links, devices, FIFOs and
    sockets are skipped, with a line in the report, and never opened or followed."""
    files: list[Path] = []

    def unreadable(error: OSError) -> None:
        if error.filename is None or Path(error.filename) == folder:
            raise error  # the folder itself: the source's one error line
        report.skipped.append(f"{name_of(Path(error.filename))}: could not be read ({error.strerror})")

    def kind_of(path: Path) -> str | None:
        """What `path` is, never following a link (None: a regular file; "unreadable": said in the report)."""
        try:
            return _not_a_file(os.lstat(path).st_mode)
        except OSError as error:  # a path past PATH_MAX, a file gone meanwhile: skip it, not the folder
            report.skipped.append(f"{name_of(path)}: could not be read ({error.strerror})")
            return "unreadable"

    for root, folders, names in os.walk(folder, onerror=unreadable):
        here = Path(root)
        walked = []
        for name in sorted(name for name in folders if not name.startswith((".", "__"))):
            what = kind_of(here / name)
            if what == "a link":
                report.skipped.append(f"{name_of(here / name)}: a link, not followed")
            elif what == "a folder":
                walked.append(name)
        folders[:] = walked
        for name in names:
            path = here / name
            if name.startswith((".", "__")):
                continue
            what = kind_of(path)
            if what == "a link":
                report.skipped.append(f"{name_of(path)}: a link, not followed")
            elif what is None:
                files.append(path)
            elif what != "unreadable":
                report.skipped.append(f"{name_of(path)}: {what}, not a file; not read")
    return sorted(files)


def _html_bytes(path: Path, name: str) -> bytes:
    data = path.read_bytes()
    if looks_binary(data):  # random bytes parse as "HTML" too, into a fact of mojibake
        raise TwinError(f"{name}: binary data, not text (NUL or control bytes); not read")
    return data


def _is_chatgpt_file(path: Path) -> bool:
    if path.name == "conversations.json":
        return True
    try:  # json reads bytes in UTF-8, UTF-16 or UTF-32, by the byte-order mark or the first bytes
        return is_chatgpt_export(json.loads(path.read_bytes()))
    except (ValueError, RecursionError):  # not JSON (or a number past the 4,300-digit limit), or too deep
        return False
