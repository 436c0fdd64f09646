"""Europass CVs: the EU's standard layout, a column of labels ("Occupation or position held", "Name and address
of employer") beside their values, read back into the job, degree and skill lines other CVs have.

Read as plain blocks, a Europass CV gives the labels as facts ("Occupation or position held Studio Director"),
the dates as lines of their own and every job as five pieces: nothing says which role was held where, or
when. Here each run of labels becomes one line per job ("Studio Director at Bottega Verderame, Bologna, Italy
(Mar 2021 – present)") with its activities as bullets under it, one line per degree, "Mother tongue: Italian",
one line per language of the self-assessment grid and one per skill. Contact fields keep their labels, so the
disclosure policy sees "Address: ..." and withholds it whole. Blocks that are not Europass (a "Memberships"
section added by hand) pass through as they are.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from ingest.clean import MONTH_NAMES
from ingest.loaders.structure import Block

# Label -> (the group it belongs to, the name it is written under). Spelling as in the Europass templates
# (2004-2012), compared in lower case with spaces squeezed and a trailing colon dropped.
_LABELS: dict[str, tuple[str, str]] = {
    "surname(s) / first name(s)": ("name", "Name"),
    "first name(s) / surname(s)": ("name", "Name"),
    "surname / first name": ("name", "Name"),
    "first name / surname": ("name", "Name"),
    "address(es)": ("contact", "Address"),
    "address": ("contact", "Address"),
    "telephone(s)": ("contact", "Telephone"),
    "telephone": ("contact", "Telephone"),
    "mobile": ("contact", "Mobile"),
    "fax(es)": ("contact", "Fax"),
    "fax": ("contact", "Fax"),
    "e-mail(s)": ("contact", "E-mail"),
    "e-mail": ("contact", "E-mail"),
    "email": ("contact", "E-mail"),
    "website": ("contact", "Website"),
    "nationality": ("contact", "Nationality"),
    "date of birth": ("contact", "Date of birth"),
    "place of birth": ("contact", "Place of birth"),
    "gender": ("contact", "Gender"),
    "desired employment / occupational field": ("profile", "Occupational field"),
    "desired employment/occupational field": ("profile", "Occupational field"),
    "occupational field": ("profile", "Occupational field"),
    "desired employment": ("profile", "Desired employment"),
    "dates": ("entry", "Dates"),
    "occupation or position held": ("job", "Position"),
    "main activities and responsibilities": ("job", "Activities"),
    "name and address of employer": ("job", "Employer"),
    "type of business or sector": ("job", "Sector"),
    "title of qualification awarded": ("degree", "Qualification"),
    "principal subjects / occupational skills covered": ("degree", "Subjects"),
    "name and type of organisation providing education and training": ("degree", "Organisation"),
    "level in national or international classification": ("degree", "Level"),
    "mother tongue(s)": ("language", "Mother tongue"),
    "mother tongue": ("language", "Mother tongue"),
    "other language(s)": ("language", "Other languages"),
    "other languages": ("language", "Other languages"),
    "self-assessment": ("grid", ""),
    "european level (*)": ("grid", ""),
    "european level": ("grid", ""),
    "understanding": ("grid", ""),
    "speaking": ("grid", ""),
    "listening": ("grid", "listening"),
    "reading": ("grid", "reading"),
    "spoken interaction": ("grid", "spoken interaction"),
    "spoken production": ("grid", "spoken production"),
    "writing": ("grid", "writing"),
    "levels of the common european framework of reference for languages": ("drop", ""),
    "(*) common european framework of reference (cef) level": ("drop", ""),
    "(*) common european framework of reference for languages": ("drop", ""),
    "social skills and competences": ("skill", "Social skills"),
    "organisational skills and competences": ("skill", "Organisational skills"),
    "technical skills and competences": ("skill", "Technical skills"),
    "computer skills and competences": ("skill", "Computer skills"),
    "artistic skills and competences": ("skill", "Artistic skills"),
    "other skills and competences": ("skill", "Other skills"),
    "driving licence(s)": ("skill", "Driving licence"),
    "driving licence": ("skill", "Driving licence"),
    "additional information": ("skill", "Additional information"),
    "annexes": ("drop", ""),
    "personal skills and competences": ("drop", ""),
}
# The template's own section titles: the document's name, and headings the lines written here replace.
_TITLES = {"europass", "curriculum vitae", "europass curriculum vitae", "europass cv"}
_SECTIONS = {"personal information", "work experience", "education and training"}
# Labels only a Europass CV has: three of them make a CV one.
_DISTINCTIVE = {
    "occupation or position held",
    "main activities and responsibilities",
    "name and address of employer",
    "type of business or sector",
    "title of qualification awarded",
    "name and type of organisation providing education and training",
    "principal subjects / occupational skills covered",
    "mother tongue(s)",
    "self-assessment",
}
# A label may share its line with the value ("Dates, 03/2021 – present", "Dates (2019 – 2022)" from a table).
_ONE_WORD_PREFIX = re.compile(r"\s*[,:(]")
_LEVEL = re.compile(r"^[ABC][12]\b")
_MONTH_YEAR = re.compile(r"(?<![\d/.])(0?[1-9]|1[0-2])[/.]((?:19|20)\d\d)\b")
_POSTCODE_TOWN = re.compile(r"^(?:[A-Z]{1,2}-)?\d{4,5}\s+(.+)$")


def _key(text: str) -> str:
    return " ".join(text.lower().split()).rstrip(":").strip()


@dataclass
class _Unit:
    """One line of the CV: a label, or a piece of a value."""

    text: str
    block: Block
    starts_block: bool
    label: str = ""  # the label's key, when the line is one


@dataclass
class _Field:
    label: str
    values: list[str] = field(default_factory=list)
    page: int | None = None


def is_europass(blocks: list[Block]) -> bool:
    """Whether the blocks carry three or more labels only a Europass CV has."""
    seen = {unit.label for unit in _units(blocks) if unit.label in _DISTINCTIVE}
    return len(seen) >= 3


def _units(blocks: list[Block]) -> list[_Unit]:
    """The blocks' lines, with labels found: whole lines, labels wrapped over two or three lines, and a label
    that starts its line ("Dates, 03/2021 – present")."""
    lines: list[_Unit] = []
    for block in blocks:
        for number, line in enumerate(block.text.split("\n")):
            if line.strip():
                lines.append(_Unit(line.strip(), block, number == 0))
    units: list[_Unit] = []
    i = 0
    while i < len(lines):
        for span in (3, 2, 1):
            joined = _key(" ".join(unit.text for unit in lines[i : i + span]))
            if len(lines[i : i + span]) == span and joined in _LABELS:
                units.append(_Unit(joined, lines[i].block, True, label=joined))
                i += span
                break
        else:
            unit = lines[i]
            units.extend(_split_prefix(unit))
            i += 1
    return units


def _split_prefix(unit: _Unit) -> list[_Unit]:
    lowered = unit.text.lower()
    for label in _LABELS:
        if not lowered.startswith(label) or len(lowered) == len(label):
            continue
        rest = unit.text[len(label) :]
        # A one-word label ("Dates") opens a line only before a comma, colon or bracket; a longer one may
        # stand before its value with a space ("Occupation or position held Studio Director").
        if (" " in label and rest[:1].isspace()) or _ONE_WORD_PREFIX.match(rest):
            value = rest.strip().lstrip(",:").strip()
            if value.startswith("(") and value.endswith(")"):
                value = value[1:-1].strip()
            return [_Unit(label, unit.block, True, label=label), _Unit(value, unit.block, True)]
    return [unit]


def _fields(units: list[_Unit]) -> Iterator[_Field | Block]:
    """Each label with its values (a value wrapped over lines is one value; one ending a sentence ends
    it), and the blocks before the first label, whole."""
    current: _Field | None = None
    labelled = {id(unit.block) for unit in units if unit.label}
    for unit in units:
        if unit.label:
            if current is not None:
                yield current
            current = _Field(unit.label, page=unit.block.page)
            continue
        if current is None:
            if id(unit.block) in labelled:
                yield Block(unit.text, page=unit.block.page)
            elif unit.starts_block:
                yield unit.block
            continue
        if current.values and not (unit.starts_block and current.values[-1].endswith((".", "!", "?"))):
            current.values[-1] = f"{current.values[-1]} {unit.text}"
        else:
            current.values.append(unit.text)
    if current is not None:
        yield current


def europass_blocks(blocks: list[Block]) -> list[Block]:
    """A Europass CV's blocks rewritten as the lines of a CV: name, contact fields, one line per job and degree
    with its details as bullets, languages and skills. Other blocks pass through."""
    out: list[Block] = []
    name: str | None = None
    entry: dict[str, list[str]] = {}
    entry_page: int | None = None
    columns: list[str] = []  # the self-assessment grid's column names
    cells: list[str] = []  # and what its rows hold: languages and levels
    in_grid = False
    under = ""  # the heading written last

    def heading(text: str) -> None:
        nonlocal under
        if text != under:
            out.append(Block(text, "heading", level=1))
            under = text

    def flush_entry() -> None:
        nonlocal entry
        if entry:
            out.extend(_entry_blocks(entry, entry_page))
        entry = {}

    def flush_grid() -> None:
        nonlocal in_grid
        if in_grid:
            heading("Languages")
            out.extend(Block(line, page=entry_page) for line in _grid_lines(columns, cells))
        columns.clear()
        cells.clear()
        in_grid = False

    # Headings stay blocks; every other block is read line by line for labels.
    runs: list[Block | _Field] = []
    pending: list[Block] = []
    for block in blocks:
        key = _key(block.text)
        if key in _SECTIONS:  # a section's name in a table cell of its own (the Word template)
            block = Block(block.text, "heading", level=1, page=block.page)
        # A heading that is a label, or its first line ("Desired employment /"), is read as one.
        if block.kind == "heading" and not any(label.startswith(key) for label in _LABELS):
            runs.extend(_fields(_units(pending)))
            pending = []
            runs.append(block)
        else:
            pending.append(
                Block(block.text, "paragraph", page=block.page) if block.kind == "heading" else block
            )
    runs.extend(_fields(_units(pending)))

    for run in runs:
        if isinstance(run, Block):
            key = _key(run.text)
            if key in _TITLES and run.kind == "heading":
                continue
            if in_grid and run.kind != "heading":
                cells.append(run.text)
                continue
            if run.kind == "heading":
                flush_entry()
                flush_grid()
                if key == "personal information":
                    continue  # the contact fields get their own heading
                heading(run.text)
                continue
            if key in _TITLES:
                continue
            out.append(run)
            continue
        group, label = _LABELS[run.label]
        value = " ".join(run.values).strip()
        if group == "grid":
            flush_entry()
            in_grid = True
            if label:
                columns.append(label)
            cells.extend(run.values)
            continue
        if group != "drop":
            flush_grid()
        if group == "name":
            name = _person_name(value)
        elif group == "contact" and value:
            heading("Contact")
            out.append(Block(f"{label}: {value}", page=run.page))
        elif group == "profile" and value:
            heading("Profile")
            out.append(Block(f"{label}: {value}", page=run.page))
        elif group == "entry":
            flush_entry()
            entry = {"Dates": [value]} if value else {}
            entry_page = run.page
        elif group in ("job", "degree"):
            if not entry:
                entry_page = run.page
            if label in entry and label not in ("Activities", "Subjects"):
                flush_entry()
                entry_page = run.page
            entry.setdefault(label, []).extend(v for v in run.values if v)
        elif group == "language" and value:
            flush_entry()
            heading("Languages")
            out.append(Block(f"{label}: {value}", page=run.page))
        elif group == "skill" and value:
            flush_entry()
            heading("Skills")
            out.append(Block(f"{label}: {value}", page=run.page))
    flush_entry()
    flush_grid()
    if name:
        out.insert(0, Block(name, "heading", level=2, page=blocks[0].page if blocks else None))
    return out


def _person_name(value: str) -> str:
    """ "SCANNAVINI Benedetta" -> "Benedetta Scannavini": a surname in capitals goes last, in title case."""
    words = value.split()
    capitals = [w for w in words if len(w) > 1 and w.isupper()]
    if capitals and len(capitals) < len(words):
        rest = [w for w in words if w not in capitals]
        return " ".join([*rest, *(w.title() for w in capitals)])
    return value


def _town(address: str) -> tuple[str, str]:
    """An employer's "Name, Street 6, 40125 Bologna (Italy)" as its name and town ("Bologna, Italy")."""
    parts = [part.strip() for part in address.split(",") if part.strip()]
    if not parts:
        return "", ""
    name, last = parts[0], parts[-1] if len(parts) > 1 else ""
    match = _POSTCODE_TOWN.match(last)
    town = (
        match[1]
        if match
        else (last if last and not re.search(r"\d", last) and len(last.split()) <= 4 else "")
    )
    town = re.sub(r"\s*\(([^)]+)\)$", r", \1", town)
    # The part of town the street is in, where the address names it ("Vicolo dei Ramai 6 (Santo Stefano
    # quarter)"): the street itself stays out, as an address.
    quarter = next((m[1] for part in parts[1:-1] if (m := re.search(r"\(([^()\d]{3,40})\)", part))), None)
    if town and quarter:
        town = f"{quarter}, {town}"
    return name, town


def _in_words(dates: str) -> str:
    """ "03/2021 – present" -> "Mar 2021 – present", as LinkedIn and most CVs write a month: the reader takes a
    bare "03/2021" for a number more often than for a date."""
    return _MONTH_YEAR.sub(lambda m: f"{MONTH_NAMES[int(m[1]) - 1][:3]} {m[2]}", dates)


def _entry_blocks(entry: dict[str, list[str]], page: int | None) -> list[Block]:
    """One job or degree: its line (role or title, where, when), then its details as bullets."""
    dates = _in_words(" ".join(entry.get("Dates", [])))
    bullets: list[str] = []
    if "Position" in entry or "Employer" in entry:
        employer = " ".join(entry.get("Employer", []))
        name, town = _town(employer)
        position = " ".join(entry.get("Position", []))
        # "Role at Employer, Town", as LinkedIn's positions read: a role with a comma in it
        # ("Paintings Conservator, Conservation Laboratory") is not taken for an employer.
        at = f"{position} at {name}" if position and name else position or name
        head = ", ".join(part for part in (at, town) if part)
        bullets += entry.get("Activities", [])
        if sector := " ".join(entry.get("Sector", [])):
            bullets.append(f"Sector: {sector}")
        if employer and employer not in (name, f"{name}, {town}"):
            # Labelled, so that the disclosure policy withholds the address whole (it does by default).
            bullets.append(f"Address: {employer[len(name) :].lstrip(', ')}")
    else:
        title = " ".join(entry.get("Qualification", []))
        # A long title carries its final mark or its profile in sentences after the degree's name.
        first, _, more = title.partition(". ")
        organisation = " ".join(entry.get("Organisation", []))
        head = ", ".join(part for part in (first.rstrip("."), organisation) if part)
        if more:
            bullets.append(more)
        bullets += [f"Subjects: {s}" if i == 0 else s for i, s in enumerate(entry.get("Subjects", []))]
        if level := " ".join(entry.get("Level", [])):
            bullets.append(f"Level: {level}")
    if not head:
        head = dates
    elif dates:
        head = f"{head} ({dates})"
    blocks = [Block(head, page=page)] if head else []
    blocks += [Block(text, "bullet", page=page) for text in bullets if text]
    return blocks


def _grid_lines(named: list[str], values: list[str]) -> list[str]:
    """The self-assessment grid's rows: "English: listening C1, reading C1, ... (CEFR levels)"."""
    # A template with "Understanding / Speaking / Writing" above the five columns names "writing" twice.
    columns = [column for i, column in enumerate(named) if column not in named[i + 1 :]]
    lines: list[str] = []
    language: str | None = None
    levels: list[str] = []

    def flush() -> None:
        if language and levels:
            named = [f"{column} {level}" for column, level in zip(columns, levels, strict=False)]
            if len(named) < len(levels):
                named = levels
            lines.append(f"{language}: {', '.join(named)} (CEFR levels)")

    for value in values:
        for piece in value.split():
            if _LEVEL.match(piece):
                levels.append(piece[:2])
                continue
            if levels or language is None:
                flush()
                language, levels = piece, []
            else:
                language = f"{language} {piece}"
    flush()
    return lines
