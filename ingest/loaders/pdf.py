"""PDF loader (pypdf): lines with their position and font size, layout noise removed, paragraphs rebuilt.

pypdf gives text line by line; where one paragraph ends is not marked. Lines are joined into a
paragraph unless something says a new one starts: a bullet, a heading, a change of font size, a
larger vertical gap, a jump up the page (the next column), or a short previous line.
"""

from __future__ import annotations

import itertools
import math
import re
import statistics
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pypdf
from langchain_core.documents import Document

from ingest.clean import BULLET_GLYPHS, MONTH_NAMES, is_boilerplate, is_date_only, strip_bullet
from ingest.loaders.structure import (
    Block,
    cv_or_statement_documents,
    is_contact_label,
    looks_like_heading,
    section_for,
    with_date,
)
from ingest.types import SourceReport
from twin.errors import TwinError

_PAGE_NUMBER = re.compile(r"(?:page\s*)?(\d{1,3})(?:\s*(?:of|/)\s*\d{1,3})?|[-–]\s*(\d{1,3})\s*[-–]", re.I)

# A line ending with a date ends its job or degree line; one ending in a dash ("(March 2023 –") goes on.
_ENDS_WITH_DATE = re.compile(r"(?:\b(?:19|20)\d\d|\b(?:present|current|now|heute))[)\].,;:\s]{0,3}$", re.I)
# A date range broken across lines: "(August 2021 –" / "February 2023)", or "(March" / "2023 – present)".
_OPEN_RANGE = re.compile(r"(?:(?:\s|\d)[–—-]|\s(?:to|until|bis|à|au|a|al|hasta))$")
# A line that cannot end a name or a sentence: it ends in a comma, an "of", an "and", a plural's apostrophe.
_CARRIES_ON = re.compile(
    r"(?:[,&]|\b(?:of|and|the|for|in|at|with|to|de|du|der|für|und|di|del)|[^\W\d_]s')$", re.I
)
_GLOSS = re.compile(r"\([^()]+\)")
# A licence, membership or registration number: one word of capitals, digits and separators.
_CODE = re.compile(r"(?=(?:\D*\d){3})[A-Z0-9][A-Z0-9/.#-]{4,39}")


@dataclass
class _Line:
    text: str
    x: float
    y: float
    page: int
    sizes: Counter[float] = field(default_factory=Counter)
    dates: str = ""  # a date set beside the line, in a column or table cell of its own
    code: str = ""  # likewise an identifier ("MFAT-25-11873" beside "Licence number")
    row: bool = False  # a label with its value beside it ("English: Fluent (C2)"): a line of its own

    @property
    def size(self) -> float:
        """The font size most of the line's characters have (a bullet glyph is often set larger)."""
        return self.sizes.most_common(1)[0][0] if self.sizes else 0.0


def _page_lines(page: Any, number: int, *, bottom: float = 0.0) -> list[_Line]:
    """The page's lines in content order, with y measured up from the bottom edge of the page."""
    lines: list[_Line] = []
    current: _Line | None = None

    def visit(text: str, cm: list[float], tm: list[float], _font: Any, font_size: float) -> None:
        nonlocal current
        # Where the text starts on the page and how tall it is: the text matrix times the current matrix.
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5] - bottom
        scale = math.hypot(tm[2] * cm[0] + tm[3] * cm[2], tm[2] * cm[1] + tm[3] * cm[3])
        size = abs(font_size * scale) if font_size else 0.0
        parts = text.split("\n")
        for i, part in enumerate(parts):
            if part:
                if current is None:
                    current = _Line(part, x, y, number)
                else:
                    current.text += part
                current.sizes[round(size, 1)] += len(part.strip())
            if i < len(parts) - 1 and current is not None:
                lines.append(current)
                current = None

    page.extract_text(visitor_text=visit)
    if current is not None:
        lines.append(current)
    return [line for line in lines if line.text.strip()]


def _layout_key(text: str) -> str:
    return re.sub(r"\d+", "#", " ".join(text.lower().split()))


def _drop_page_furniture(pages: list[list[_Line]], heights: list[float]) -> list[list[_Line]]:
    """Page numbers, and header/footer lines that repeat near the top or bottom of most pages."""

    def in_margin(line: _Line, height: float) -> bool:
        return line.y > height * 0.9 or line.y < height * 0.1

    repeated: set[str] = set()
    if len(pages) >= 2:
        counts = Counter(
            key
            for lines, height in zip(pages, heights, strict=True)
            for key in {_layout_key(line.text) for line in lines if in_margin(line, height)}
        )
        needed = max(2, math.ceil(0.6 * len(pages)))
        repeated = {key for key, count in counts.items() if count >= needed}

    kept_pages = []
    for lines, height in zip(pages, heights, strict=True):
        kept = []
        for line in lines:
            text = line.text.strip()
            if in_margin(line, height) and _layout_key(text) in repeated:
                continue
            match = _PAGE_NUMBER.fullmatch(text)
            if match and (in_margin(line, height) or int(match.group(1) or match.group(2)) <= len(pages) + 2):
                continue
            if in_margin(line, height) and is_boilerplate(text):
                continue  # dropped as a line, before it can be joined to a paragraph
            kept.append(line)
        kept_pages.append(kept)
    return kept_pages


def _join_date_columns(lines: list[_Line]) -> list[_Line]:
    """A date set in a column or table cell of its own ("03/2023 – present" left of "Senior Engineer,
    Northwind Marine") is read as a line of its own; it dates the line it sits level with, not whatever
    line comes before or after it in the content stream. An identifier beside its label joins it too."""
    taken: set[int] = set()
    for i, line in enumerate(lines):
        text = line.text.strip()
        is_code = _CODE.fullmatch(text) is not None
        if not is_code and not is_date_only(text):
            continue
        if not is_code and _stacked_under_its_line(line, lines):
            continue
        if not is_code and i and is_contact_label(lines[i - 1].text):
            continue  # "Date of birth" / "27 October 1986" in a sidebar: the label's value, level with a bullet
        level = [
            (abs(other.y - line.y), j)
            for j, other in enumerate(lines)
            if j != i
            and j not in taken
            and other.page == line.page
            and not (other.code if is_code else other.dates)
            and abs(other.y - line.y) <= 0.5 * max(line.size, other.size, 1.0)
            and not is_date_only(other.text.strip())
            and not _CODE.fullmatch(other.text.strip())
        ]
        if not level and not is_code:
            level = _centred_beside(line, lines, taken)
        if level:
            partner = lines[min(level)[1]]
            if is_code:
                partner.code = text
            else:
                partner.dates = text
            taken.add(i)
    return [line for i, line in enumerate(lines) if i not in taken]


def _join_value_cells(lines: list[_Line]) -> list[_Line]:
    """A short value set right-aligned on its label's line ("Arabic ........ Native", "English .... Fluent (C2)":
    a sidebar's languages with their levels) is that label's value: "English: Fluent (C2)". Only a column of
    such values (two rows or more) counts: their left edges differ and their right ends are level, while a list
    set in two columns ("Cabinetry   Steam bending") starts each column at one left edge."""

    def short(line: _Line) -> bool:
        text = line.text.strip()
        return 0 < len(text.split()) <= 4 and len(text) <= 30 and text[-1] not in ".;:!?"

    pairs = [
        i
        for i in range(1, len(lines))
        if (label := lines[i - 1]).page == (value := lines[i]).page
        and abs(label.y - value.y) <= 0.5 * max(label.size, value.size, 1.0)
        and value.x - label.x >= max(label.size, 1.0) * (0.5 * len(label.text.strip()) + 3)  # a cell apart
        and short(label)
        and short(value)
        and not value.dates
        and not label.dates
        and not is_date_only(value.text.strip())
        and not looks_like_heading(label.text.strip())
    ]
    joined: set[int] = set()
    for run in _runs(pairs, lines):
        values = [lines[i] for i in run]
        lefts = [v.x for v in values]
        if max(lefts) - min(lefts) > 2 and all(_right_aligned(values[0], v) for v in values[1:]):
            for i in run:
                lines[i - 1].text = f"{lines[i - 1].text.strip()}: {lines[i].text.strip()}"
                lines[i - 1].row = True
                joined.add(i)
    return [line for i, line in enumerate(lines) if i not in joined]


def _runs(pairs: list[int], lines: list[_Line]) -> list[list[int]]:
    """Label-and-value pairs in consecutive rows of one column (each pair's label right after the last value)."""
    runs: list[list[int]] = []
    for i in pairs:
        if runs and i - runs[-1][-1] == 2 and abs(lines[i - 1].x - lines[runs[-1][-1] - 1].x) <= 3:
            runs[-1].append(i)
        else:
            runs.append([i])
    return [run for run in runs if len(run) >= 2]


# A Japanese résumé's (rirekisho's) Year and Month columns: "2016 (Heisei 28)" | "4" | "Entered ...".
_YEAR_CELL = re.compile(r"((?:19|20)\d\d)(?:\s*\((?:Heisei|Reiwa|Sh[oō]wa|Taish[oō]|H|R|S)\.?\s*\d{1,2}\))?")
_MONTH_CELL = re.compile(r"(?:[1-9]|1[0-2])")


def _join_year_and_month(lines: list[_Line]) -> list[_Line]:
    """A year cell and the month cell level with it are one date ("April 2016"), which then dates the line
    level with them (`_join_date_columns`); a year with its Japanese era alone is the year."""
    taken: set[int] = set()
    for line in lines:
        if not (year := _YEAR_CELL.fullmatch(line.text.strip())):
            continue
        month = next(
            (
                j
                for j, other in enumerate(lines)
                if j not in taken
                and other.page == line.page
                and other.x > line.x
                and abs(other.y - line.y) <= 0.5 * max(line.size, other.size, 1.0)
                and _MONTH_CELL.fullmatch(other.text.strip())
            ),
            None,
        )
        if month is not None:
            taken.add(month)
            line.text = f"{MONTH_NAMES[int(lines[month].text) - 1]} {year[1]}"
        else:
            line.text = year[1]
    return [line for i, line in enumerate(lines) if i not in taken]


def _centred_beside(date: _Line, lines: list[_Line], taken: set[int]) -> list[tuple[float, int]]:
    """A date centred in its table row beside a text of two lines (a résumé form's year cell beside an entry
    that wraps): it dates the first of them."""
    size = max(date.size, 1.0)
    for j, upper in enumerate(lines):
        if j in taken or upper.page != date.page or not 0 < upper.y - date.y <= size:
            continue
        below = [
            other
            for other in lines
            if other.page == date.page and abs(other.x - upper.x) <= 3 and 0 < date.y - other.y <= size
        ]
        if any(abs((upper.y + other.y) / 2 - date.y) <= 0.25 * size for other in below):
            return [(upper.y - date.y, j)]
    return []


def _stacked_under_its_line(line: _Line, lines: list[_Line]) -> bool:
    """Whether a date sits right under a line of text in its own column ("Merriden University, Brisbane" /
    "Feb 2015 – Dec 2015"): it dates that line, not a line of the other column level with it (persona 15's
    sidebar had "Basic Life Support" level with her degree's dates)."""
    return any(
        other.page == line.page
        and abs(other.x - line.x) <= 3
        and 0 < other.y - line.y <= 1.6 * max(line.size, other.size, 1.0)
        and not is_date_only(other.text.strip())
        and not looks_like_heading(other.text.strip())
        for other in lines
    )


def _right_aligned(upper: _Line, lower: _Line) -> bool:
    """Whether two lines end level, as a right-set contact block's do ("23, derb El Mechmach, Ziat" over "30000 Fès,
    Maroc"): their right ends, at about half an em a character, within three ems."""

    def end(line: _Line) -> float:
        return line.x + 0.5 * max(line.size, 1.0) * len(line.text.strip())

    return abs(end(upper) - end(lower)) <= 3 * max(upper.size, lower.size, 1.0)


def _in_margin(line: _Line, after: list[_Line]) -> bool:
    """A heading set in a narrow column beside its section ("The road here" left of the paragraph it
    heads): a short line with no sentence's end, and the next two lines a paragraph further right whose
    first line starts level with it."""
    text = line.text.strip()
    if (
        len(after) < 2
        or not text[:1].isupper()
        or len(text.split()) > 6
        or text[-1] in ".,;:!?"
        or any(char.isdigit() for char in text)
        or is_contact_label(text)  # a form's "Address" beside its value: the policy reads them together
    ):
        return False
    first, second = after
    indent = 6 * max(line.size, first.size, 1.0)
    return (
        first.page == line.page == second.page
        and first.x - line.x >= indent
        and abs(first.y - line.y) <= 0.6 * max(line.size, first.size, 1.0)
        and abs(second.x - first.x) <= 3
        and len(first.text.strip()) > 2 * len(text)
    )


def _blocks(lines: list[_Line]) -> list[Block]:
    """Lines (in reading order, all pages) into headings, paragraphs and bullets."""
    sizes = [line.size for line in lines for _ in line.text if line.size]
    body_size = statistics.median(sizes) if sizes else 0.0
    gaps = [
        a.y - b.y
        for a, b in itertools.pairwise(lines)
        if a.page == b.page and 0 < a.y - b.y < 3 * max(a.size, 1)
    ]
    # The usual distance between wrapped lines of one paragraph: most CV lines stand alone and sit a
    # little further apart, so the low end of the distances is the paragraph's own line spacing.
    line_gap = statistics.quantiles(gaps, n=5)[0] if len(gaps) >= 2 else (gaps[0] if gaps else 0.0)
    # How long a full line is, per left edge: a line much shorter than that ends its paragraph.
    widths: dict[int, int] = {}
    for line in lines:
        bucket = round(line.x / 12)
        widths[bucket] = max(widths.get(bucket, 0), len(line.text.strip()))

    blocks: list[Block] = []
    current: list[_Line] = []
    kind = "paragraph"
    bullet_pending = False
    heading_line: _Line | None = None  # the last line of the heading just read, while nothing follows it

    def flush() -> None:
        if current:
            text = "\n".join(line.text.strip() for line in current)
            for line in current:
                text = with_date(text, line.dates) if line.dates else text
                text = f"{text.rstrip(': ')}: {line.code}" if line.code else text
            blocks.append(Block(text, "bullet" if kind == "bullet" else "paragraph", page=current[0].page))
            current.clear()

    def is_heading(line: _Line, text: str) -> bool:
        if looks_like_heading(text):
            return True
        bigger = body_size and line.size >= 1.2 * body_size
        return bool(bigger) and len(text.split()) <= 12 and text[-1] not in ".,;" and text[0].isupper()

    def run_on(previous: _Line, line: _Line, text: str) -> bool:
        # A word hyphenated across the break, or a sentence going on in lower case.
        return text[:1].islower() and (
            bool(re.search(r"[^\W\d_]-$", previous.text.rstrip())) or abs(previous.size - line.size) <= 1.0
        )

    def wraps_a_date(previous: _Line, line: _Line, text: str) -> bool:
        # The rest of a range broken across lines, even where it starts with a dash like a bullet.
        before = previous.text.rstrip()
        opened = before.count("(") > before.count(")") and text.count(")") > text.count("(")
        gap = previous.y - line.y
        near = previous.page == line.page and 0 < gap <= 2 * max(previous.size, line.size, 1.0)
        return near and (opened or bool(_OPEN_RANGE.search(before)))

    def wraps_a_title(previous: _Line, line: _Line, text: str) -> bool:
        # A long title set large wraps: "Statement of Purpose, PhD in Marine Ecology, University" / "of Tromsø".
        gap = previous.y - line.y
        return (
            bool(body_size)
            and line.size >= 1.2 * body_size
            and abs(previous.size - line.size) <= 0.5
            and previous.page == line.page
            and 0 < gap <= 1.6 * line.size
            and not section_for(previous.text)
            and not section_for(text)
            and not line.dates
        )

    def continues(previous: _Line, line: _Line, text: str) -> bool:
        before = previous.text.rstrip()
        if abs(previous.size - line.size) > 1.0:
            return False
        # A CV's job or degree line ends with its dates, the dates stand on a line of their own, or
        # in a column beside the line that starts the next job.
        if _ENDS_WITH_DATE.search(before) or is_date_only(text) or line.dates:
            return False
        if previous.page != line.page or previous.row or line.row:
            return False
        if line.x - previous.x > 4 * max(line.size, 1.0) and not _right_aligned(previous, line):
            return False  # a cell further right ("Present" under a form's row), not a right-set block's next line
        gap = previous.y - line.y
        if gap <= 0 or (line_gap and gap > 1.1 * line_gap + 0.6):
            return False
        if kind == "bullet" and line.x < current[0].x - 1.5:
            return False  # back out at the margin: the list item has ended
        if (_CARRIES_ON.search(before) or _GLOSS.fullmatch(text)) and abs(previous.x - line.x) <= 3:
            # "Central Coast Hospital Pharmacists'" / "Association: member since 2013,"; a name's
            # translation under it: "Pharmacy Practice Certificate" / "(Chung chi hanh nghe duoc)".
            return True
        return len(before) >= 0.7 * widths.get(round(previous.x / 12), 0)

    for index, line in enumerate(lines):
        text = line.text.strip()
        if current and wraps_a_date(current[-1], line, text):
            current.append(line)
            continue
        if all(char in BULLET_GLYPHS or char.isspace() for char in text):
            flush()
            bullet_pending, kind = True, "bullet"
            continue
        item = strip_bullet(text)
        if item is not None or bullet_pending:
            flush()
            kind, bullet_pending = "bullet", False
            line.text = item if item is not None else text
            current.append(line)
            continue
        if current and run_on(current[-1], line, text):
            current.append(line)
            continue
        if heading_line is not None and wraps_a_title(heading_line, line, text):
            blocks[-1].text = f"{blocks[-1].text} {text.rstrip(':')}"
            heading_line = line
            continue
        heading_line = None
        if is_heading(line, text) or _in_margin(line, lines[index + 1 : index + 3]):
            flush()
            title = with_date(text.rstrip(":"), line.dates) if line.dates else text.rstrip(":")
            blocks.append(Block(title, "heading", level=1 if section_for(text) else 2, page=line.page))
            heading_line = line
            continue
        if current and continues(current[-1], line, text):
            current.append(line)
            continue
        flush()
        kind = "paragraph"
        current.append(line)
    flush()
    return blocks


def read_pdf_blocks(path: Path, *, name: str, report: SourceReport | None = None) -> list[Block]:
    """The PDF's text as blocks, with page numbers. Raises TwinError when it cannot be read."""
    try:
        reader = pypdf.PdfReader(path, strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise TwinError(f"{name}: not a readable PDF (password-protected)")
        pages_in = list(reader.pages)
    except TwinError:
        raise
    except pypdf.errors.EmptyFileError as exc:
        raise TwinError(f"{name}: the file is empty (0 bytes)") from exc
    except Exception as exc:  # pypdf raises many types on damaged files
        raise TwinError(f"{name}: not a readable PDF (file is corrupt or encrypted)") from exc
    if not pages_in:
        raise TwinError(f"{name}: the PDF has no pages, so no text")

    pages: list[list[_Line]] = []
    heights: list[float] = []
    for number, page in enumerate(pages_in, start=1):
        try:
            box = page.mediabox
            lines = _page_lines(page, number, bottom=float(box.bottom))
            pages.append(lines)
            heights.append(float(box.height))
        except Exception as exc:
            if isinstance(exc, pypdf.errors.DependencyError):
                raise TwinError(f"{name}: not a readable PDF (file is corrupt or encrypted)") from exc
            if report is not None:
                report.skipped.append(f"page {number}: text could not be read")
    if not any(pages):
        raise TwinError(f"{name}: no text layer (scanned?)")
    # A résumé form's month cells go into their dates first: on every page, a lone "4" looks like page furniture.
    pages = [_join_year_and_month(page_lines) for page_lines in pages]
    lines = [
        line
        for page_lines in _drop_page_furniture(pages, heights)
        for line in _join_value_cells(_join_date_columns(page_lines))
    ]
    return _blocks(lines)


def load_pdf(
    path: Path,
    *,
    source: str | None = None,
    source_type: str | None = None,
    report: SourceReport | None = None,
) -> list[Document]:
    """One Document per paragraph or bullet of a PDF, with page, heading and section.

    `source_type` is "cv" or "statement"; left out, the file name decides, then the content.
    """
    name = source or path.name
    blocks = read_pdf_blocks(path, name=name, report=report)
    return cv_or_statement_documents(blocks, name=name, source_type=source_type, report=report)
