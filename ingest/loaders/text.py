"""Markdown and plain-text loader: `#` headings, one Document per paragraph or list item.

Every pattern here runs in time linear in the text (a hostile file of `*a *a *a ...` or `[[[[...` must
not take minutes): a span may not hold the character that opens it, so no match scans past the next opener.
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml
from langchain_core.documents import Document

from ingest.clean import MAX_WORD_CHARS, decode_text, drop_overlong_words, looks_binary
from ingest.loaders.structure import (
    Block,
    blocks_from_lines,
    cv_or_statement_documents,
)
from ingest.types import SourceReport
from twin.errors import TwinError

MARKDOWN_SUFFIXES = (".md", ".markdown")

_ATX = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_SETEXT = re.compile(r"^\s{0,3}(=+|-+)\s*$")
_ITEM = re.compile(r"^\s*(?:[-*+]|\d{1,3}[.)])\s+")
_RULE = re.compile(r"^\s{0,3}([-*_])(\s*\1){2,}\s*$")
_FENCE = re.compile(r"^\s{0,3}(```|~~~)")
_IMAGE = re.compile(r"!\[[^\[\]]*\]\([^()]*\)")
_LINK = re.compile(r"\[([^\[\]]+)\]\(([^()]*(?:\([^()]*\)[^()]*)*)\)")  # one level of (...) in the address
_AUTOLINK = re.compile(r"<((?:https?://|mailto:)[^<>\s]+)>")
_TAG = re.compile(r"<[^<>]+>")
_STRONG = re.compile(r"(\*\*|__)(.+?)\1")
_EMPHASIS_STAR = re.compile(r"(?<![\w*])\*(?!\s)([^*]+?)(?<!\s)\*(?![\w*])")
# An underscore inside the span only between letters ("_snake_case_"), so a span never runs past an opener.
_EMPHASIS_UNDERSCORE = re.compile(r"(?<!\w)_(?!\s)((?:[^_]|(?<=\w)_(?=\w))+?)(?<!\s)_(?!\w)")
_STRIKE = re.compile(r"~~(.+?)~~")
_CODE = re.compile(r"`([^`]*)`")


def _is_table_divider(line: str) -> bool:
    """ "| --- | :---: |", the line under a table's header: every cell three or more dashes, colons at the ends."""
    cells = [cell.strip().strip(":") for cell in line.strip().strip("|").split("|")]
    return all(len(cell) >= 3 and not cell.strip("-") for cell in cells)


def _without_comments(text: str) -> str:
    """The text without HTML comments; an unclosed `<!--` is left as it is."""
    kept: list[str] = []
    start = 0
    while (opening := text.find("<!--", start)) != -1 and (closing := text.find("-->", opening + 4)) != -1:
        kept.append(text[start:opening])
        start = closing + 3
    kept.append(text[start:])
    return "".join(kept)


def _inline(text: str) -> str:
    """Markdown inline markup to plain text; a link keeps its address ("blog (https://jane.dev)")."""
    text = _IMAGE.sub("", text)

    def link(match: re.Match[str]) -> str:
        label, url = match.group(1).strip(), match.group(2).strip().split(" ")[0]
        if not re.match(r"(https?:|mailto:)", url) or url.removeprefix("mailto:") == label:
            return label
        return f"{label} ({url.removeprefix('mailto:')})"

    text = _LINK.sub(link, text)
    text = _AUTOLINK.sub(lambda m: m.group(1).removeprefix("mailto:"), text)
    text = _TAG.sub("", text)
    text = _STRONG.sub(r"\2", text)
    text = _EMPHASIS_STAR.sub(r"\1", text)
    text = _EMPHASIS_UNDERSCORE.sub(r"\1", text)
    text = _STRIKE.sub(r"\1", text)
    return _CODE.sub(r"\1", text)


# A CV table's columns, by their names: a row reads as the job or degree line the timeline knows ("Music Teacher —
# Lõunaranna Basic School, Räpina, 08/2009 – 06/2012", persona 22's functional CV).
_COLUMNS = {
    "when": re.compile(r"(?:dates?|years?|period|when|from\s*[–-]\s*to)", re.IGNORECASE),
    "role": re.compile(
        r"(?:role|position|title|job(?: title)?|qualification|degree|course|programme|program)", re.IGNORECASE
    ),
    "where": re.compile(
        r"(?:employer|company|organi[sz]ation|institution|school|university|college|workplace|where)",
        re.IGNORECASE,
    ),
    "town": re.compile(r"(?:town|city|location|place)", re.IGNORECASE),
}


def _table_row(header: list[str], cells: list[str]) -> str:
    """A table's row as one line: a job or degree line where the header names its role and its employer or school,
    else its cells joined."""
    named = {
        key: cell
        for name, cell in zip(header, cells, strict=False)
        for key, pattern in _COLUMNS.items()
        if cell and pattern.fullmatch(name.strip())
    }
    if "role" not in named or "where" not in named:
        return " · ".join(cell for cell in cells if cell)
    line = f"{named['role']} — {named['where']}"
    if (town := named.get("town")) and town.casefold() not in named["where"].casefold():
        line += f", {town}"
    if when := named.get("when"):
        line += f", {when}"
    rest = [cell for cell in cells if cell and cell not in named.values()]
    return " · ".join([line, *rest])


# Front matter keys that describe the file, not the person (Jekyll, Hugo, Pandoc).
_FILE_KEYS = {
    "title", "author", "authors", "date", "lang", "language", "layout", "tags", "categories", "category",
    "draft", "slug", "keywords", "permalink", "aliases", "type", "weight", "id", "toc", "output", "template",
    "geometry", "fontsize", "mainfont", "papersize", "documentclass", "margin", "bibliography", "csl", "lastmod",
}  # fmt: skip


def _front_matter_facts(lines: list[str]) -> list[str]:
    """What a Markdown file's front matter says of the person ("applying_for: Industrial PhD, ..." -> "Applying
    for: Industrial PhD, ..."): its plain text values, less the keys that only describe the file."""
    try:
        data = yaml.safe_load("\n".join(lines))
    except (yaml.YAMLError, RecursionError):  # broken, or nested deeper than the parser recurses
        return []
    if not isinstance(data, dict):
        return []
    facts = []
    for key, value in data.items():
        name = " ".join(str(key).replace("_", " ").replace("-", " ").split())
        if name.lower() in _FILE_KEYS or not isinstance(value, str) or not value.strip():
            continue
        facts.append(f"{name[:1].upper()}{name[1:]}: {' '.join(value.split())}")
    return facts


def markdown_blocks(text: str, *, report: SourceReport | None = None) -> list[Block]:
    """Markdown into blocks: ATX and setext headings, paragraphs, list items, table rows.

    Front matter, HTML comments and fenced code are not the person's prose and are left out.
    """
    text = _without_comments(text)
    lines = text.split("\n")
    blocks: list[Block] = []
    if lines and lines[0].strip() == "---" and "---" in (line.strip() for line in lines[1:]):
        end = [line.strip() for line in lines[1:]].index("---") + 1
        blocks.extend(Block(line) for line in _front_matter_facts(lines[1:end]))
        lines = lines[end + 1 :]

    current: list[str] = []
    kind: str = "paragraph"
    fence: str | None = None

    def flush() -> None:
        if current:
            blocks.append(Block(_inline(" ".join(current)), "bullet" if kind == "bullet" else "paragraph"))
            current.clear()

    header: list[str] = []  # the column names of the table being read
    for number, raw in enumerate(lines):
        line = raw.rstrip()
        if fence is not None:
            if line.strip().startswith(fence):
                fence = None
            continue
        if match := _FENCE.match(line):
            flush()
            fence = match.group(1)
            if report is not None:
                report.skipped.append("a code block: not prose")
            continue
        if not line.strip():
            flush()
            continue
        if _SETEXT.match(line):
            if len(current) == 1 and kind == "paragraph":
                blocks.append(Block(_inline(current[0]), "heading", level=1 if line.strip()[0] == "=" else 2))
                current.clear()
            flush()
            continue
        if _RULE.match(line):
            flush()
            continue
        if match := _ATX.match(line):
            flush()
            blocks.append(Block(_inline(match.group(2)), "heading", level=len(match.group(1))))
            continue
        if line.lstrip().startswith("|"):
            flush()
            if not _is_table_divider(line):
                cells = [_inline(cell.strip()) for cell in line.strip().strip("|").split("|")]
                following = lines[number + 1] if number + 1 < len(lines) else ""
                if following.lstrip().startswith("|") and _is_table_divider(following):
                    header = cells  # a header row names the columns; it is no fact of its own
                else:
                    blocks.append(Block(_table_row(header, cells)))
            continue
        header = []
        if match := _ITEM.match(line):
            flush()
            kind = "bullet"
            current.append(line[match.end() :])
            continue
        if not current:
            kind = "paragraph"
        current.append(re.sub(r"^\s*>\s?", "", line).strip())
    flush()
    return [block for block in blocks if block.text.strip()]


def load_text(
    path: Path,
    *,
    source: str | None = None,
    source_type: str | None = None,
    report: SourceReport | None = None,
) -> list[Document]:
    """One Document per paragraph or list item of a Markdown or plain-text file.

    The text is decoded by its byte-order mark (UTF-8, UTF-16, UTF-32), else as UTF-8, else Windows-1252.
    Raises TwinError for a file that holds binary data rather than text; runs of over MAX_WORD_CHARS
    characters with no space are dropped, and the report says how many.
    """
    name = source or path.name
    raw = path.read_bytes()
    if looks_binary(raw):
        raise TwinError(f"{name}: binary data, not text (NUL or control bytes); not read")
    text, dropped = drop_overlong_words(decode_text(raw))
    if dropped and report is not None:
        report.skipped.append(f"{dropped} over-long 'words' (over {MAX_WORD_CHARS} characters with no space)")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if path.suffix.lower() in MARKDOWN_SUFFIXES:
        blocks = markdown_blocks(text, report=report)
    else:
        blocks = blocks_from_lines(text.split("\n"))
    if not blocks:
        left_out = f" (left out: {dropped} over-long 'words' with no space)" if dropped else ""
        raise TwinError(f"{name}: the file holds no text{left_out}")
    return cv_or_statement_documents(blocks, name=name, source_type=source_type, report=report)
