"""Markdown and plain-text loader: `#` headings, one Document per paragraph or list item."""

from __future__ import annotations

import re
from pathlib import Path

from langchain_core.documents import Document

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
_TABLE_DIVIDER = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")


def _inline(text: str) -> str:
    """Markdown inline markup to plain text; a link keeps its address ("blog (https://jane.dev)")."""
    text = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", text)

    def link(match: re.Match[str]) -> str:
        label, url = match.group(1).strip(), match.group(2).strip().split(" ")[0]
        if not re.match(r"(https?:|mailto:)", url) or url.removeprefix("mailto:") == label:
            return label
        return f"{label} ({url.removeprefix('mailto:')})"

    text = re.sub(r"\[([^\]]+)\]\(([^)]*)\)", link, text)
    text = re.sub(r"<((?:https?://|mailto:)[^>\s]+)>", lambda m: m.group(1).removeprefix("mailto:"), text)
    text = re.sub(r"<[^>]+>", "", text)
    text = re.sub(r"(\*\*|__)(.+?)\1", r"\2", text)
    text = re.sub(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])", r"\1", text)
    text = re.sub(r"(?<!\w)_(?!\s)(.+?)(?<!\s)_(?!\w)", r"\1", text)
    text = re.sub(r"~~(.+?)~~", r"\1", text)
    return re.sub(r"`([^`]*)`", r"\1", text)


def markdown_blocks(text: str, *, report: SourceReport | None = None) -> list[Block]:
    """Markdown into blocks: ATX and setext headings, paragraphs, list items, table rows.

    Front matter, HTML comments and fenced code are not the person's prose and are left out.
    """
    text = re.sub(r"<!--.*?-->", "", text, flags=re.DOTALL)
    lines = text.split("\n")
    if lines and lines[0].strip() == "---" and "---" in (line.strip() for line in lines[1:]):
        lines = lines[[line.strip() for line in lines[1:]].index("---") + 2 :]

    blocks: list[Block] = []
    current: list[str] = []
    kind: str = "paragraph"
    fence: str | None = None

    def flush() -> None:
        if current:
            blocks.append(Block(_inline(" ".join(current)), "bullet" if kind == "bullet" else "paragraph"))
            current.clear()

    for raw in lines:
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
            if not _TABLE_DIVIDER.match(line):
                cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
                blocks.append(Block(_inline(" · ".join(cell for cell in cells if cell))))
            continue
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
    """One Document per paragraph or list item of a Markdown or plain-text file."""
    name = source or path.name
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if path.suffix.lower() in MARKDOWN_SUFFIXES:
        blocks = markdown_blocks(text, report=report)
    else:
        blocks = blocks_from_lines(text.split("\n"))
    if not blocks:
        raise TwinError(f"{name}: the file holds no text")
    return cv_or_statement_documents(blocks, name=name, source_type=source_type, report=report)
