"""LinkedIn loader: the data export's CSVs ("Get a copy of your data") and a saved profile page.

Rows become facts with their dates ("Senior Data Scientist at Acme Analytics, Berlin (Mar 2019 –
Aug 2022). Built ..."), not CSV dumps. Skills become one "Skills: a, b, c" Document per file.
Private contact details (address, birth date, phone, email) are kept and marked with `field`, so the
privacy policy downstream decides what to drop.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from bs4 import BeautifulSoup, Tag
from langchain_core.documents import Document

from ingest.clean import date_range, decode_text, find_date, iso_month, normalize_text
from ingest.loaders.structure import section_for
from ingest.loaders.website import page_title, strip_non_content
from ingest.types import SourceReport, make_document
from twin.errors import TwinError

# The export's files this loader reads, by lower-case file name, with the columns that find the header.
EXPORT_FILES: dict[str, tuple[str, ...]] = {
    "profile.csv": ("First Name", "Last Name", "Headline", "Summary"),
    "positions.csv": ("Company Name", "Title", "Started On"),
    "education.csv": ("School Name", "Degree Name", "Start Date"),
    "skills.csv": ("Name",),
    "projects.csv": ("Title", "Description", "Started On"),
    "certifications.csv": ("Name", "Authority", "Started On"),
    "volunteering.csv": ("Company Name", "Role", "Started On"),
    "courses.csv": ("Name", "Number"),
    "languages.csv": ("Name", "Proficiency"),
    "honors.csv": ("Title", "Issued On"),
    "phonenumbers.csv": ("Number", "Type"),
    "email addresses.csv": ("Email Address", "Primary"),
}


def is_export_file(member: str) -> bool:
    return member.replace("\\", "/").rsplit("/", 1)[-1].lower() in EXPORT_FILES


@dataclass
class _Table:
    source: str
    rows: list[dict[str, str]]


def read_export_csv(data: bytes, expected: Iterable[str]) -> list[dict[str, str]]:
    """Rows of an export CSV, as dicts by column name; a "Notes:" preamble before the header is skipped."""
    rows = list(csv.reader(io.StringIO(decode_text(data))))  # UTF-16 too, by its byte-order mark
    wanted = set(expected)
    needed = min(2, len(wanted))
    for index, row in enumerate(rows):
        names = [cell.strip() for cell in row]
        if len(wanted.intersection(names)) >= needed:
            return [
                {name: value.strip() for name, value in zip(names, values, strict=False) if name}
                for values in rows[index + 1 :]
                if any(value.strip() for value in values)
            ]
    return []


def _when(start: str, end: str, *, open_end: bool) -> tuple[str, str | None]:
    """("Mar 2019 – Aug 2022", "2019-03 – 2022-08") for the text and the `date` metadata."""
    if start and (end or open_end):
        return f"{start} – {end or 'present'}", date_range(start, end or None)
    if start:
        return f"since {start}" if open_end else start, iso_month(start)
    if end:
        return f"until {end}", iso_month(end)
    return "", None


def _sentence(*parts: str) -> str:
    text = " ".join(normalize_text(part) for part in parts if part and part.strip())
    return text


class _Facts:
    """Documents for one export, all with source type "linkedin"."""

    def __init__(self) -> None:
        self.documents: list[Document] = []

    def add(
        self,
        text: str,
        *,
        source: str,
        section: str,
        date: str | None = None,
        field: str | None = None,
        person: str | None = None,
    ) -> None:
        text = normalize_text(text)
        if text:
            self.documents.append(
                make_document(
                    text,
                    source=source,
                    source_type="linkedin",
                    section=section,
                    date=date,
                    field=field,
                    person=person,
                )
            )


def _profile(table: _Table, facts: _Facts) -> None:
    for row in table.rows:
        name = " ".join(part for part in (row.get("First Name", ""), row.get("Last Name", "")) if part)
        src = table.source
        if name:
            facts.add(f"Name: {name}.", source=src, section="About", field="name", person=name)
        if row.get("Headline"):
            facts.add(f"Headline: {row['Headline']}", source=src, section="About", field="headline")
        for paragraph in re.split(r"\n\s*\n|\n", row.get("Summary", "")):
            facts.add(paragraph, source=src, section="About", field="summary")
        if row.get("Industry"):
            facts.add(f"Industry: {row['Industry']}.", source=src, section="About", field="industry")
        if row.get("Geo Location"):
            facts.add(f"Location: {row['Geo Location']}.", source=src, section="About", field="location")
        if row.get("Maiden Name"):
            facts.add(
                f"Maiden name: {row['Maiden Name']}.", source=src, section="Contact", field="maiden_name"
            )
        if row.get("Address"):
            facts.add(f"Address: {row['Address']}.", source=src, section="Contact", field="address")
        if row.get("Zip Code"):
            facts.add(f"Zip code: {row['Zip Code']}.", source=src, section="Contact", field="address")
        if row.get("Birth Date"):
            facts.add(f"Birth date: {row['Birth Date']}.", source=src, section="Contact", field="birth_date")
        for kind, url in _bracketed(row.get("Websites", "")):
            label = f" ({kind.lower()})" if kind else ""
            facts.add(f"Website: {url}{label}", source=src, section="Contact", field="website")
        for _kind, handle in _bracketed(row.get("Twitter Handles", "")):
            facts.add(f"Twitter: @{handle.lstrip('@')}", source=src, section="Contact", field="twitter")
        for kind, handle in _bracketed(row.get("Instant Messengers", "")):
            label = f" ({kind.lower()})" if kind else ""
            facts.add(f"Messenger: {handle}{label}", source=src, section="Contact", field="messenger")


def _bracketed(value: str) -> list[tuple[str, str]]:
    """LinkedIn's list cells: "[PERSONAL:https://jane.dev,OTHER:github.com/jane]" -> [(kind, value)]."""
    items = []
    for raw in value.strip().strip("[]").split(","):
        item = raw.strip()
        if not item:
            continue
        match = re.match(r"([A-Z_]+):(?!//)(.+)", item)
        items.append((match.group(1), match.group(2).strip()) if match else ("", item))
    return items


def _positions(table: _Table, facts: _Facts) -> None:
    for row in table.rows:
        title, company, place = row.get("Title", ""), row.get("Company Name", ""), row.get("Location", "")
        role = " at ".join(part for part in (title, company) if part)
        if place:
            role = f"{role}, {place}" if role else place
        when, date = _when(row.get("Started On", ""), row.get("Finished On", ""), open_end=True)
        head = f"{role} ({when})." if when else f"{role}."
        facts.add(
            _sentence(head, row.get("Description", "")), source=table.source, section="Experience", date=date
        )


def _education(table: _Table, facts: _Facts) -> None:
    for row in table.rows:
        school, degree = row.get("School Name", ""), row.get("Degree Name", "")
        what = f"{degree} at {school}" if degree and school else degree or school
        when, date = _when(row.get("Start Date", ""), row.get("End Date", ""), open_end=False)
        head = f"{what} ({when})." if when else f"{what}."
        activities = f"Activities: {row['Activities']}" if row.get("Activities") else ""
        facts.add(
            _sentence(head, row.get("Notes", ""), activities),
            source=table.source,
            section="Education",
            date=date,
        )


def _skills(table: _Table, facts: _Facts) -> None:
    names = list(dict.fromkeys(row["Name"] for row in table.rows if row.get("Name")))
    if names:
        facts.add("Skills: " + ", ".join(names) + ".", source=table.source, section="Skills")


def _projects(table: _Table, facts: _Facts) -> None:
    for row in table.rows:
        when, date = _when(row.get("Started On", ""), row.get("Finished On", ""), open_end=True)
        head = f"Project: {row.get('Title', '')}" + (f" ({when})." if when else ".")
        facts.add(
            _sentence(head, row.get("Description", ""), row.get("Url", "")),
            source=table.source,
            section="Projects",
            date=date,
        )


def _volunteering(table: _Table, facts: _Facts) -> None:
    """ "Volunteering: Volunteer Dentist at Nabd Free Clinic, Health (Nov 2016 – present). ...", as a saved profile
    page's Volunteering section reads."""
    for row in table.rows:
        role, where, cause = row.get("Role", ""), row.get("Company Name", ""), row.get("Cause", "")
        head = " at ".join(part for part in (role, where) if part) + (f", {cause}" if cause else "")
        when, date = _when(row.get("Started On", ""), row.get("Finished On", ""), open_end=True)
        head = f"Volunteering: {head}" + (f" ({when})." if when else ".")
        facts.add(
            _sentence(head, row.get("Description", "")), source=table.source, section="Experience", date=date
        )


def _courses(table: _Table, facts: _Facts) -> None:
    """ "Course: Historical Corsetry (COS702).": the courses a profile lists, with their numbers."""
    for row in table.rows:
        if name := row.get("Name", "").strip():
            number = f" ({row['Number'].strip()})" if row.get("Number", "").strip() else ""
            facts.add(f"Course: {name}{number}.", source=table.source, section="Education")


def _certifications(table: _Table, facts: _Facts) -> None:
    for row in table.rows:
        head = f"Certification: {row.get('Name', '')}"
        if row.get("Authority"):
            head += f", issued by {row['Authority']}"
        started, finished = row.get("Started On", ""), row.get("Finished On", "")
        if started:
            head += f" ({started}" + (f", expires {finished})" if finished else ")")
        license_number = f"License number {row['License Number']}." if row.get("License Number") else ""
        facts.add(
            _sentence(head + ".", license_number, row.get("Url", "")),
            source=table.source,
            section="Certifications",
            date=iso_month(started) if started else None,
        )


def _languages(table: _Table, facts: _Facts) -> None:
    for row in table.rows:
        if row.get("Name"):
            level = f" ({row['Proficiency']})" if row.get("Proficiency") else ""
            facts.add(f"Speaks {row['Name']}{level}.", source=table.source, section="Languages")


def _honors(table: _Table, facts: _Facts) -> None:
    for row in table.rows:
        issued = row.get("Issued On", "")
        head = f"Award: {row.get('Title', '')}" + (f" ({issued})." if issued else ".")
        facts.add(
            _sentence(head, row.get("Description", "")),
            source=table.source,
            section="Awards",
            date=iso_month(issued) if issued else None,
        )


def _phones(table: _Table, facts: _Facts) -> None:
    for row in table.rows:
        if row.get("Number"):
            extension = f" ext. {row['Extension']}" if row.get("Extension") else ""
            kind = f" ({row['Type'].lower()})" if row.get("Type") else ""
            facts.add(
                f"Phone: {row['Number']}{extension}{kind}",
                source=table.source,
                section="Contact",
                field="phone",
            )


def _emails(table: _Table, facts: _Facts) -> None:
    for row in table.rows:
        if row.get("Email Address"):
            primary = " (primary)" if row.get("Primary", "").lower() == "yes" else ""
            facts.add(
                f"Email: {row['Email Address']}{primary}",
                source=table.source,
                section="Contact",
                field="email",
            )


_READERS: dict[str, Callable[[_Table, _Facts], None]] = {
    "profile.csv": _profile,
    "positions.csv": _positions,
    "education.csv": _education,
    "skills.csv": _skills,
    "projects.csv": _projects,
    "certifications.csv": _certifications,
    "volunteering.csv": _volunteering,
    "courses.csv": _courses,
    "languages.csv": _languages,
    "honors.csv": _honors,
    "phonenumbers.csv": _phones,
    "email addresses.csv": _emails,
}


def load_linkedin_export(
    members: Iterable[tuple[str, Callable[[], bytes]]],
    *,
    source: str,
    report: SourceReport | None = None,
) -> list[Document]:
    """Facts from a LinkedIn data export, given as (path inside the export, reader) pairs.

    Each Document's `source` is "<export>/<path inside>" ("linkedin.zip/Positions.csv"). Files the
    loader does not use are listed in the report as skipped.
    """
    facts = _Facts()
    for member, read in sorted(members, key=lambda item: item[0]):
        file_name = member.replace("\\", "/").rsplit("/", 1)[-1]
        reader = _READERS.get(file_name.lower())
        if reader is None:
            if report is not None:
                report.skipped.append(f"{file_name}: not used")
            continue
        try:
            data = read()
        except TwinError as exc:  # over the size limit: the other files are still read
            if report is not None:
                report.skipped.append(str(exc))
            continue
        try:
            rows = read_export_csv(data, EXPORT_FILES[file_name.lower()])
        except csv.Error as exc:  # a 1 MB cell, an unclosed quote: this file is skipped, not the export
            if report is not None:
                report.skipped.append(f"{file_name}: not a readable CSV ({exc})")
            continue
        if not rows and report is not None:
            report.skipped.append(f"{file_name}: no rows")
        reader(_Table(f"{source}/{member}", rows), facts)
    if report is not None:
        report.kind = "linkedin"
    return facts.documents


# --- A saved profile page (linkedin.com/in/...) ---------------------------------------------------------

_NOT_THE_PERSON = {
    "recommendations",
    "people also viewed",
    "activity",
    "interests",
    "causes",
    "more profiles",
}
_UI_TEXT = re.compile(
    r"^(show all.*|show more|see more|…?see more|show credential|endorse|\d+ endorsements?|endorsed by.*|"
    r"\d+\+? (connections|followers)|contact info|message|follow|connect|more|see all.*)$",
    re.I,
)


def is_linkedin_profile_page(soup: BeautifulSoup) -> bool:
    """A profile page saved from linkedin.com, not a personal page that merely links to LinkedIn."""
    for tag in soup.find_all(["link", "meta"]):
        address = str(tag.get("href") or "") if tag.name == "link" else str(tag.get("content") or "")
        marker = str(tag.get("rel") or "") + str(tag.get("property") or "")
        if ("canonical" in marker or "og:url" in marker) and re.search(r"linkedin\.com/in/", address):
            return True
    title = page_title(soup) or ""
    licdn = sum(
        "licdn.com" in str(tag.get("src") or tag.get("href") or "")
        for tag in soup.find_all(["script", "link", "img"])
    )
    return bool(re.search(r"\|\s*LinkedIn\s*$", title)) or licdn >= 3


def _item_text(item: Tag) -> str:
    pieces: list[str] = []
    for string in item.stripped_strings:
        text = normalize_text(string)
        if text and not _UI_TEXT.match(text) and (not pieces or pieces[-1] != text):
            pieces.append(text)
    return " · ".join(pieces)


# What LinkedIn shows around a job's dates and places: how long it lasted, the kind of contract, the workplace.
_DURATION = re.compile(r"(?:^|\s*·\s*)(?:\d+\s*(?:yrs?|years?|mos?|months?)\b\s*)+", re.I)
_CONTRACT = re.compile(
    r"(?:^|\s*·\s*)(?:full-time|part-time|seasonal|self-employed|freelance|contract|internship|apprenticeship|"
    r"temporary|volunteer|on-site|remote|hybrid)\b",
    re.I,
)


def _visible(item: Tag) -> tuple[list[str], list[Tag]]:
    """An entry's own lines as the page shows them (its `aria-hidden` copies; the screen-reader copies say
    the same in other words), and the entries listed inside it."""
    lines = [
        normalize_text(span.get_text(" ", strip=True))
        for span in item.find_all("span", attrs={"aria-hidden": "true"})
        if span.find_parent("li") is item and span.find_parent("span", attrs={"aria-hidden": "true"}) is None
    ]
    inner = [li for li in item.find_all("li") if li.find_parent("li") is item]
    return [line for line in lines if line and not _UI_TEXT.match(line)], inner


def _when_shown(line: str) -> str:
    """ "Mar 2020 - Present · 5 yrs 11 mos" -> "Mar 2020 – present"."""
    text = _DURATION.sub("", line)
    return re.sub(r"\s+[-–]\s+", " – ", re.sub(r"\bPresent\b", "present", text)).strip(" ·")


def _entry_line(section: str, item: Tag) -> str | None:
    """One job or degree of a saved page as one line, in the words of the export's: "Superintendent at
    Whitebark Interagency Hotshot Crew, Sisters, Oregon, United States (Mar 2020 – present). I lead ...". A
    company with several roles under it (LinkedIn groups them) gives one line per role, joined by newlines.
    None where the entry is not laid out as LinkedIn lays out jobs and degrees."""
    lines, inner = _visible(item)
    if not lines:
        return None
    shown = {id(li): _visible(li)[0] for li in inner}
    roles = [li for li in inner if any(find_date(line) for line in shown[id(li)])]
    notes = " ".join(
        " ".join(shown[id(li)]) or normalize_text(li.get_text(" ", strip=True))
        for li in inner
        if li not in roles
    )
    dated = [line for line in lines if find_date(line)]
    others = [line for line in lines[1:] if line not in dated]
    if section == "Education":
        degree = others[0] if others else ""
        what = f"{degree} at {lines[0]}" if degree else lines[0]
        when = f" ({_when_shown(dated[0])})" if dated else ""
        return _sentence(f"{what}{when}.", notes)
    if section != "Experience":
        return None
    if roles:
        # LinkedIn's group: "Whitebark Interagency Hotshot Crew", "Full-time · 9 yrs 10 mos", "Sisters, Oregon, ..."
        company = lines[0]
        places = [_CONTRACT.sub("", _DURATION.sub("", line)).strip(" ·") for line in others]
        place = next((p for p in places if p), "")
        entries = []
        for role in roles:
            role_lines, role_inner = _visible(role)
            role_dated = [line for line in role_lines if find_date(line)]
            where = ", ".join(part for part in (company, place) if part)
            when = f" ({_when_shown(role_dated[0])})" if role_dated else ""
            described = " ".join(normalize_text(li.get_text(" ", strip=True)) for li in role_inner)
            entries.append(_sentence(f"{role_lines[0]} at {where}{when}.", described))
        return "\n".join(entries)
    company = _CONTRACT.sub("", others[0]).strip(" ·") if others else ""
    place = _CONTRACT.sub("", others[1]).strip(" ·") if len(others) > 1 else ""
    where = ", ".join(part for part in (company, place) if part)
    when = f" ({_when_shown(dated[0])})" if dated else ""
    return _sentence(f"{lines[0]} at {where}{when}." if where else f"{lines[0]}{when}.", notes)


# The "Contact info" box of a saved profile page: each kind under its own small heading. A detail the policy can
# withhold carries its kind as `field`, as the export's does (ingest/policy.py).
_CONTACT_KINDS = {
    "your profile": ("LinkedIn", None),
    "profile": ("LinkedIn", None),
    "website": ("Website", "website"),
    "websites": ("Website", "website"),
    "email": ("Email", "email"),
    "phone": ("Phone", "phone"),
    "address": ("Address", "address"),
    "birthday": ("Birthday", "birth_date"),
    "twitter": ("Twitter", "twitter"),
}


def _contact_lines(block: Tag) -> list[tuple[str, str | None]]:
    """`Website: onefootintheblack.example (Personal)` lines from one contact-info section, with their field;
    none when the section is not one."""
    heading = block.find(["h3", "h2"])
    if not isinstance(heading, Tag) or "contact" not in " ".join(block.get("class") or []).lower():
        return []
    kind = _CONTACT_KINDS.get(_item_text(heading).lower().rstrip(":"))
    if kind is None:
        return []
    label, field = kind
    heading.decompose()
    entries = block.find_all("li") or [block]
    lines = [f"{label}: {_item_text(entry).replace(' · (', ' (')}" for entry in entries if _item_text(entry)]
    return [(line, field) for line in lines]


def load_linkedin_page(data: bytes, *, source: str, report: SourceReport | None = None) -> list[Document]:
    """Name, headline, About and the Experience/Education/Skills/... sections of a saved profile page."""
    soup = BeautifulSoup(data, "lxml")
    title = page_title(soup) or ""
    strip_non_content(soup, keep_aria_hidden=True)
    documents: list[Document] = []

    def add(
        text: str,
        section: str,
        *,
        heading: str | None = None,
        field: str | None = None,
        person: str | None = None,
    ) -> None:
        text = normalize_text(text)
        if text and text not in {document.page_content for document in documents}:
            documents.append(
                make_document(
                    text,
                    source=source,
                    source_type="linkedin",
                    section=section,
                    heading=heading,
                    field=field,
                    person=person,
                )
            )

    name_tag = soup.find("h1")
    name = _item_text(name_tag) if isinstance(name_tag, Tag) else re.split(r"\s+[|\-–]\s+", title)[0]
    name = re.sub(r"^\(\d+\)\s*", "", name)
    if name:
        add(f"Name: {name}.", "About", field="name", person=name)
    headline = soup.select_one(".text-body-medium, .top-card-layout__headline")
    if headline is not None and _item_text(headline):
        add(f"Headline: {_item_text(headline)}", "About", field="headline")

    for block in soup.find_all("section"):
        if contact := _contact_lines(block):
            for line, field in contact:
                add(line, "Contact", field=field)
            continue
        heading_tag = block.find(["h2", "h3"])
        if not isinstance(heading_tag, Tag):
            continue
        heading = _item_text(heading_tag).split(" · ")[0]
        section = section_for(heading)
        if heading.lower() in _NOT_THE_PERSON or section is None:
            if report is not None and heading:
                report.skipped.append(f"section {heading!r}: not used")
            continue
        heading_tag.decompose()
        items = [li for li in block.find_all("li") if li.find_parent("li") is None]
        if items:
            for item in items:
                entry = _entry_line(section, item)
                for line in (entry or _item_text(item)).split("\n"):
                    add(line, section, heading=heading)
        else:
            for line in block.get_text("\n", strip=True).split("\n"):
                if not _UI_TEXT.match(line.strip()):
                    add(line, section, heading=heading)
    if report is not None:
        report.kind = "linkedin"
    if not documents:
        raise TwinError(f"{source}: a LinkedIn page with no profile sections found")
    return documents
