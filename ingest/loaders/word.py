"""Word loader (python-docx): paragraphs in body order, Heading styles as headings, table cells too."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import docx
from docx.table import Table
from docx.text.paragraph import Paragraph
from langchain_core.documents import Document

from ingest.clean import ORGANISATION, find_date, is_date_only, strip_bullet
from ingest.loaders.structure import (
    Block,
    cv_or_statement_documents,
    label_over_value,
    section_for,
    with_date,
)
from ingest.types import SourceReport
from twin.errors import TwinError


def _heading_level(paragraph: Paragraph) -> int | None:
    style = (paragraph.style.name if paragraph.style is not None else "") or ""
    if style == "Title":
        return 1
    match = re.fullmatch(r"Heading\s*(\d)", style)
    return int(match.group(1)) if match else None


def _bold(runs: list[Any]) -> bool:
    """Whether every run that holds text is bold (and one does)."""
    texts = [run for run in runs if run.text.strip()]
    return bool(texts) and all(run.bold for run in texts)


def _is_bold_title(paragraph: Paragraph, text: str) -> bool:
    """A section title set in bold type rather than a Heading style ("Work Experience", "Languages Known",
    "Declaration" on a shaded band, persona 18's CV): short, every run bold, and naming a section."""
    if not _bold(paragraph.runs) or len(text.split()) > 5:
        return False
    return section_for(text) is not None or text.lower().rstrip(" :") == "declaration"


def _is_list_item(paragraph: Paragraph) -> bool:
    style = (paragraph.style.name if paragraph.style is not None else "") or ""
    if style.startswith("List"):
        return True
    properties = paragraph._p.pPr  # numbering lives in the paragraph properties, not in the public API
    return properties is not None and properties.numPr is not None


def _paragraph_blocks(paragraph: Paragraph) -> Iterator[Block]:
    text = paragraph.text.strip()
    if not text:
        return
    level = _heading_level(paragraph)
    if level is None and not _is_list_item(paragraph) and _is_bold_title(paragraph, text):
        level = 2
    if level is not None:
        yield Block(text, "heading", level=level)
        return
    item = strip_bullet(text)
    if item is not None or _is_list_item(paragraph):
        yield Block(item if item is not None else text, "bullet")
        return
    yield Block(label_over_value(text) or text)


def _table_blocks(table: Table) -> Iterator[Block]:
    """Each cell's paragraphs; a cell that is only a date ("2019 – 2022") dates its row instead."""
    for row in table.rows:
        seen: set[int] = set()
        cells = []
        for cell in row.cells:
            if id(cell._tc) not in seen:  # a merged cell appears once per grid column it spans
                seen.add(id(cell._tc))
                cells.append(cell)
        texts = [cell.text.strip() for cell in cells]
        # A form's row: a label in bold beside its value ("Working languages" | "Nahuatl, Spanish, English",
        # persona 21's application form). Read as "label: value"; a bold label alone reads as a section's
        # heading and files everything after it there.
        if len(cells) == 2 and all(texts) and _is_label(cells[0]) and not find_date(texts[0]):
            yield Block(f"{texts[0].rstrip(':')}: {' '.join(texts[1].split())}")
            continue
        # A form's prompt in bold on a row of its own, its answer in the next ("B2. What do you do now?").
        if (
            len(cells) == 1
            and texts[0]
            and _all_bold(cells[0])
            and len(texts[0]) <= 160
            and "\n" not in texts[0]
        ):
            yield Block(texts[0], "heading", level=2)
            continue
        dates = [text for text in texts if text and find_date(text) and len(text) <= 30]
        for cell, text in zip(cells, texts, strict=True):
            if not text or (text in dates and len(texts) > 1):
                continue
            blocks = list(_cell_blocks(cell))
            if dates and (dated := _dated_block(blocks)) is not None:
                dated.text = f"{dated.text} ({dates[0]})"
            yield from blocks


def _all_bold(cell: Any) -> bool:
    return _bold([run for paragraph in cell.paragraphs for run in paragraph.runs])


def _is_label(cell: Any) -> bool:
    """A form's label cell: a few words, all in bold, not a sentence."""
    text = cell.text.strip()
    return _all_bold(cell) and len(text.split()) <= 5 and "\n" not in text and text[-1:] not in ".!?"


def _dated_block(blocks: list[Block]) -> Block | None:
    """The block of a cell the row's date belongs to: the job or degree line, the last line before the cell's
    bullets ("Superintendent" / "Whitebark Interagency Hotshot Crew, Sisters, OR" / • ...), which the bullets
    then name. Every line dated made the title a job of its own."""
    lines = [block for block in blocks if block.kind != "heading"]
    if not lines:
        return None
    first_bullet = next((i for i, block in enumerate(lines) if block.kind == "bullet"), len(lines))
    return lines[first_bullet - 1] if first_bullet else lines[0]


def _cell_blocks(cell: Any) -> Iterator[Block]:
    for item in cell.iter_inner_content():
        if isinstance(item, Table):
            yield from _table_blocks(item)
        else:
            yield from _paragraph_blocks(item)


def read_docx_blocks(path: Path, *, name: str) -> list[Block]:
    """The document's paragraphs and table cells as blocks, in body order."""
    try:
        document = docx.Document(str(path))
    except Exception as exc:  # python-docx raises zip, XML and package errors on damaged files
        raise TwinError(f"{name}: not a readable Word document (.docx)") from exc
    blocks = _header_blocks(document)
    previous: Paragraph | None = None
    for item in document.iter_inner_content():
        if isinstance(item, Table):
            blocks.extend(_table_blocks(item))
            previous = None
            continue
        if previous is not None and (dated := _tabbed_job(previous, item)) is not None:
            # The job line takes its place line: "Role, Employer, Town, Jun 2018 – present".
            blocks[-1] = dated
            previous = None
            continue
        blocks.extend(_paragraph_blocks(item))
        previous = item if blocks and "\t" in item.text else None
    return blocks


def _header_blocks(document: Any) -> list[Block]:
    """The page header's lines, once, before the body: a CV that sets the name, title and contact line in its
    Word header (persona 25) says them nowhere else. Page numbers and other fields in it read as nothing."""
    blocks: list[Block] = []
    seen: set[str] = set()
    for section in document.sections:
        headers = [section.first_page_header] if section.different_first_page_header_footer else []
        for header in [*headers, section.header]:
            if header.is_linked_to_previous:
                continue
            for item in header.iter_inner_content():
                found = list(_table_blocks(item) if isinstance(item, Table) else _paragraph_blocks(item))
                for block in found:
                    if block.text not in seen:
                        seen.add(block.text)
                        blocks.append(block)
    return blocks


def _tabbed_job(line: Paragraph, place: Paragraph) -> Block | None:
    """A job line whose dates sit after a right-aligned tab ("Head of Wardrobe, Teatro Bagwis<tab>Jun 2018 –
    present"), with its town on the next line in italics ("Ermita, Manila"): one line. Apart, the town was a fact
    of its own and the job line kept no place."""
    role, _, dates = line.text.strip().rpartition("\t")
    town = place.text.strip()
    if not (role.strip() and find_date(dates) and is_date_only(dates.strip())):
        return None
    runs = [run for run in place.runs if run.text.strip()]
    if not runs or not all(run.italic for run in runs) or len(town.split()) > 6 or find_date(town):
        return None
    if town[-1:] in ".!?" or _is_list_item(place) or ORGANISATION.search(town):
        return None  # an employer in italics under its role (persona 18) is joined as a role line is
    return Block(with_date(f"{role.strip()}, {town}", dates.strip()))


def load_docx(
    path: Path,
    *,
    source: str | None = None,
    source_type: str | None = None,
    report: SourceReport | None = None,
) -> list[Document]:
    """One Document per paragraph (and per table cell paragraph) of a .docx file."""
    name = source or path.name
    blocks = read_docx_blocks(path, name=name)
    if not blocks:
        raise TwinError(f"{name}: the document holds no text")
    return cv_or_statement_documents(blocks, name=name, source_type=source_type, report=report)
