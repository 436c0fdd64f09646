"""What document loaders share: headings mapped to sections, CV-or-statement, blocks turned into Documents.

The PDF, Word, Markdown/text and website loaders each read their format into `Block`s (a heading, a
paragraph or a bullet, in reading order); `documents_from_blocks` turns those into fact-sized Documents
with heading, section, page and (for CVs) date metadata.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from langchain_core.documents import Document

from ingest.clean import (
    MONTH_NAMES,
    ORGANISATION,
    date_ranges,
    find_date,
    is_boilerplate,
    is_date_only,
    normalize_text,
    strip_bullet,
)
from ingest.types import SourceReport, make_document

# Heading words -> knowledge-file section. Multi-word headings match on their last word ("Work
# Experience", "Selected Publications") unless listed here whole.
_SECTION_WORDS = {
    "about": "About",
    "about me": "About",
    "summary": "About",
    "profile": "About",
    "bio": "About",
    "biography": "About",
    "introduction": None,
    "overview": "About",
    "objective": "Goals",
    "objectives": "Goals",
    "career objective": "Goals",
    "goals": "Goals",
    "experience": "Experience",
    "work": "Experience",
    "career": "Experience",
    "employment": "Experience",
    "work experience": "Experience",
    "work history": "Experience",
    "employment history": "Experience",
    "career history": "Experience",
    "positions": "Experience",
    "teaching": "Experience",
    "volunteering": "Experience",
    "berufserfahrung": "Experience",
    "beruflicher werdegang": "Experience",
    "ehrenamt": "Experience",
    "ehrenamtliches engagement": "Experience",
    "education": "Education",
    "training": "Education",
    "education and training": "Education",
    "academic background": "Education",
    "qualifications": "Education",
    "studies": "Education",
    "study": "Education",
    "ausbildung": "Education",
    "schulbildung": "Education",
    "berufsausbildung": "Education",
    "studium": "Education",
    "projects": "Projects",
    "project": "Projects",
    "portfolio": "Projects",
    "publications": "Publications",
    "publication": "Publications",
    "book": "Publications",
    "books": "Publications",
    "papers": "Publications",
    "patents": "Publications",
    "talks": "Publications",
    "presentations": "Publications",
    "skills": "Skills",
    "competencies": "Skills",
    "expertise": "Skills",
    "tools": "Skills",
    "technologies": "Skills",
    "programming languages": "Skills",
    "kenntnisse": "Skills",
    "fähigkeiten": "Skills",
    "weiterbildung": "Certifications",
    "fortbildungen": "Certifications",
    "auszeichnungen": "Awards",
    "persönliche daten": "About",
    "interessen": "Interests",
    "hobbys": "Interests",
    "languages": "Languages",
    "languages known": "Languages",  # an Indian CV's (persona 18)
    "language skills": "Languages",
    "sprachen": "Languages",
    "sprachkenntnisse": "Languages",
    "certifications": "Certifications",
    "certificates": "Certifications",
    "certificate": "Certifications",
    "licences": "Certifications",
    "licenses": "Certifications",
    "licenses & certifications": "Certifications",
    "licenses and certifications": "Certifications",
    # Registration with a professional council and membership of a body sit with the licences.
    "registration": "Certifications",
    "registrations": "Certifications",
    "membership": "Certifications",
    "memberships": "Certifications",
    "professional memberships": "Certifications",
    "professional membership": "Certifications",
    "registration and membership": "Certifications",
    "affiliations": "Certifications",
    "accreditation": "Certifications",
    "accreditations": "Certifications",
    "awards": "Awards",
    "award": "Awards",
    "recognition": "Awards",
    "honors": "Awards",
    "honours": "Awards",
    "honors & awards": "Awards",
    "honors and awards": "Awards",
    "achievements": "Awards",
    "scholarships": "Awards",
    "distinctions": "Awards",
    "prizes": "Awards",
    "interests": "Interests",
    "hobbies": "Interests",
    "hobbies and special skills": "Interests",
    "self-pr": "About",
    "education and work history": "Education",
    "licences and qualifications": "Certifications",
    "licenses and qualifications": "Certifications",
    "free time": "Interests",
    "research interests": "Interests",
    "blog": "Opinions",  # the person's own posts: views first, whatever the topic
    "posts": "Opinions",
    "journal": "Opinions",
    "writing": "Opinions",
    "contact": "Contact",
    "contact me": "Contact",
    "get in touch": "Contact",
    "personal details": "Contact",
    "personal information": "Contact",
    "contact information": "Contact",
    # Headings in the person's own words
    "in short": "About",
    "in brief": "About",
    "at a glance": "About",
    "who i am": "About",
    "where i trained": "Education",
    "where i studied": "Education",
    "what i studied": "Education",
    "where i have worked": "Experience",
    "where i've worked": "Experience",
    "where i work": "Experience",
    "what i am good at": "Skills",
    "what i'm good at": "Skills",
    "what i can do": "Skills",
}
# The same headings in the languages CVs are most often written in besides English (the key noun comes first in
# French, Spanish, Italian and Portuguese: "Expérience professionnelle", "Centres d'intérêt").
_SECTION_HEADINGS_ABROAD = {
    heading: section
    for section, headings in {
        "About": "profil|à propos|perfil|sobre mí|sobre mim|profilo|chi sono|über mich",
        "Experience": "expérience|expériences|expérience professionnelle|expériences professionnelles|"
        "parcours professionnel|experiencia|experiencia profesional|experiencia laboral|esperienza|esperienze|"
        "esperienza professionale|esperienze professionali|esperienza lavorativa|esperienze lavorative|"
        "experiência|experiência profissional|berufliche erfahrung|berufspraxis|bénévolat|voluntariado|volontariato",
        "Education": "formation|formations|formation académique|études|diplômes|formación|formación académica|"
        "educación|estudios|istruzione|istruzione e formazione|formazione|formação|formação académica|"
        "formação acadêmica|educação|bildungsweg|studium|schulbildung",
        "Languages": "langues|idiomas|lenguas|lingue|conoscenze linguistiche|línguas",
        "Skills": "compétences|compétences techniques|habilidades|competencias|aptitudes|competenze|competências|"
        "fähigkeiten",
        "Interests": "centres d'intérêt|centres d’intérêt|loisirs|intérêts|intereses|aficiones|interessi|hobby|"
        "interesses|interessen|hobbys",
        "Awards": "prix|premios|reconocimientos|distinciones|premi|prémios|prêmios|auszeichnungen",
        "Publications": "publicaciones|pubblicazioni|publicações|publikationen",
        "Projects": "projets|proyectos|progetti|projetos|projekte",
        "Certifications": "certificaciones|certificazioni|certificações|zertifikate|associations",
    }.items()
    for heading in headings.split("|")
}
_SECTION_WORDS |= _SECTION_HEADINGS_ABROAD
# A heading that only names its section, in another language: a knowledge-file line needs no such label.
SECTION_HEADINGS_ABROAD = frozenset(_SECTION_HEADINGS_ABROAD)
# "Outside work", "Outside the clinic", "Life outside the lab": what the person does off the job.
_OUTSIDE = re.compile(
    r"(?:life )?outside (?:of )?(?:the )?(?:work|office|job|day job|clinic|lab|studio|classroom)"
)

# Words that name a section only as the whole heading: "Work" and "Training" head a CV's jobs and courses,
# while "Outside work", "Dog training" and "My favourite book" say something else.
_WHOLE_HEADING_ONLY = frozenset(
    {
        "work",
        "training",
        "book",
        "books",
        "journal",
        # singular words a sentence ends with as often ("I want to study", "the best part of my career")
        "study",
        "career",
        "award",
        "recognition",
        "publication",
        "certificate",
        "registration",
        "membership",
    }
)


def section_for(heading: str) -> str | None:
    """The knowledge-file section a heading names ("Work Experience" -> "Experience"), or None."""
    text = re.sub(r"^[\d.)\s]+|[:.\s]+$", "", heading.lower()).strip()
    text = " ".join(text.split())
    if not text or len(text.split()) > 5:
        return None
    if text in _SECTION_WORDS:
        return _SECTION_WORDS[text]
    if " / " in text:  # a bilingual heading, "Työ / Work", "Formation / Education": either half may name it
        return next((s for half in text.split(" / ") if (s := section_for(half))), None)
    if _OUTSIDE.fullmatch(text):
        return "Interests"
    words = re.findall(r"[^\W\d_]+", text)
    if not words or words[-1] in _WHOLE_HEADING_ONLY:
        return None
    return _SECTION_WORDS.get(words[-1])


def kind_from_name(name: str) -> Literal["cv", "statement"] | None:
    """CV or statement by file name ("jane_doe_cv.pdf", "statement-of-purpose.docx"), or None."""
    stem = name.rsplit("/", 1)[-1].rsplit(".", 1)[0].lower()
    if re.search(r"(?<![a-z])(cv|resume|résumé|lebenslauf|curriculum)", stem):
        return "cv"
    if re.search(r"(?<![a-z])(statement|sop|purpose|motivation|personal|cover)", stem):
        return "statement"
    return None


@dataclass
class Block:
    """One piece of a document in reading order. `level` orders headings (1 is the top)."""

    text: str
    kind: Literal["heading", "paragraph", "bullet"] = "paragraph"
    level: int = 1
    page: int | None = None


def looks_like_cv(blocks: Iterable[Block]) -> bool:
    """A CV names several CV sections in short lines of their own; a statement is prose."""
    sections = set()
    for block in blocks:
        if block.kind == "heading" or len(block.text) <= 40:
            section = section_for(block.text)
            if section and section not in ("About", "Goals", "Opinions", "Contact"):
                sections.add(section)
    return len(sections) >= 2


def blocks_from_lines(lines: Iterable[str], *, page: int | None = None) -> list[Block]:
    """Plain text into blocks: blank lines end paragraphs, bullet lines start items, and a short line
    that names a section or is all capitals is a heading."""
    lines = list(lines)
    blocks: list[Block] = []
    current: list[str] = []
    current_kind: Literal["paragraph", "bullet"] = "paragraph"
    lengths = sorted(len(line.strip()) for line in lines if line.strip())
    # How long the text's full lines are: a line broken well short of that, where the next word would have fitted,
    # was broken by hand ("Sireen Khalaileh, DDS, DClinDent" / "Paediatric dentist, Amman"): a line of its own.
    width = lengths[int(0.95 * (len(lengths) - 1))] if lengths else 0

    def by_hand(line: str, following: str) -> bool:
        return len(line) + 1 + len(following.split()[0]) < 0.8 * width

    def flush() -> None:
        if not current:
            return
        start = 0
        for i in range(1, len(current) + 1):
            if i == len(current) or (current_kind == "paragraph" and by_hand(current[i - 1], current[i])):
                blocks.append(Block("\n".join(current[start:i]), current_kind, page=page))
                start = i
        current.clear()

    for raw in lines:
        line = raw.strip()
        if not line:
            flush()
            continue
        item = strip_bullet(line)
        if item is not None:
            flush()
            current_kind = "bullet"
            if item.strip():
                current.append(item)
            continue
        if looks_like_heading(line) and not (current and current[-1].endswith("-")):
            flush()
            blocks.append(Block(line.rstrip(":"), "heading", level=1 if section_for(line) else 2, page=page))
            current_kind = "paragraph"
            continue
        if not current:
            current_kind = "paragraph"
        current.append(line)
    flush()
    return blocks


def looks_like_heading(line: str) -> bool:
    """A short line that names a CV section, or a short all-capitals line ("RESEARCH", "JANE DOE")."""
    text = line.strip()
    if not text or len(text) > 60 or text[-1] in ".,;!?":
        return False
    if section_for(text) and len(text.split()) <= 5:
        return True
    letters = [c for c in text if c.isalpha()]
    # "MFAT-25-11873" is in capitals too, but a line of more digits than letters is an identifier.
    digits = sum(c.isdigit() for c in text)
    return (
        len(letters) >= 3
        and digits < len(letters)
        and all(c.isupper() for c in letters)
        and len(text.split()) <= 8
    )


def _dates_come_first(blocks: list[Block]) -> bool:
    """Whether a CV writes each date on the line before the job it dates (a left column, a table's first
    cell) rather than after it. A date that opens a section or follows the last bullet of a job stands
    before its own job; one with a bullet, a heading or nothing after it closes the job above it."""
    before = after = 0
    for i, block in enumerate(blocks):
        if block.kind != "paragraph" or not is_date_only(block.text):
            continue
        previous = blocks[i - 1] if i else None
        following = blocks[i + 1] if i + 1 < len(blocks) else None
        if previous is None or previous.kind != "paragraph":
            before += 1
        if following is None or following.kind != "paragraph":
            after += 1
    return before > after


def with_date(text: str, date: str) -> str:
    """A job or degree line with the date that stood on a line of its own."""
    text, date = text.rstrip(), date.strip()
    # A date in brackets, or the rest of a range wrapped across lines ("(March" + "2023 – present)"),
    # reads on after a space.
    unfinished = text.count("(") > text.count(")") or text.endswith(("–", "—", "-"))
    if date.startswith("(") or unfinished:
        return f"{text} {date}"
    return f"{text}, {date}"


def _merge_date_lines(blocks: list[Block]) -> list[Block]:
    """A CV's date on a line of its own joins the job or degree line it dates: the line after it where
    the CV writes dates first (see `_dates_come_first`), else the line before it, a line that has no
    date yet."""
    dates_first = _dates_come_first(blocks)
    merged: list[Block] = []
    pending: Block | None = None
    for block in blocks:
        if block.kind == "paragraph" and is_date_only(block.text):
            previous = merged[-1] if merged else None
            if (
                not dates_first
                and pending is None
                and previous is not None
                and previous.kind == "paragraph"
                and find_date(previous.text) is None
            ):
                previous.text = with_date(previous.text, block.text)
                continue
            if pending is not None:
                merged.append(pending)
            pending = block
            continue
        if pending is not None:
            if block.kind == "paragraph" and find_date(block.text) is None:
                block = Block(with_date(block.text, pending.text), block.kind, block.level, block.page)
            else:
                merged.append(pending)
            pending = None
        merged.append(block)
    if pending is not None:
        merged.append(pending)
    return merged


# What a statement calls itself: a title of only these words says nothing about the person.
_DOCUMENT_WORDS = {
    *("statement", "purpose", "personal", "cover", "letter", "motivation", "motivational", "research"),
    *("application", "essay", "sop", "intent", "draft", "final", "of", "my", "the", "a", "an", "for", "and"),
}
# What an application is for: a statement's title with one of these says where the person is applying.
_PURPOSE = re.compile(
    r"\b(?:statement|purpose|cover letter|motivation|application|applying|candidacy|ph\.?\s?d|msc|m\.sc|"
    r"master'?s|bachelor'?s|position|programme|program|fellowship|scholarship|university|school)\b",
    re.IGNORECASE,
)


def _names_a_purpose(title: str) -> bool:
    """Whether a statement's title says what it is for ("Statement of Purpose, PhD in Marine Ecology,
    University of Tromsø"), not only what it is ("Personal statement") or a topic ("A few words")."""
    words = re.findall(r"[^\W\d_]+", title.lower())
    return any(word not in _DOCUMENT_WORDS for word in words) and _PURPOSE.search(title) is not None


# A CV table's header row ("Vuodet / Years", "Mitä / What"): the names of its columns, not a fact.
_COLUMN_NAMES = frozenset(
    [
        "years",
        "year",
        "dates",
        "date",
        "period",
        "when",
        "what",
        "where",
        "role",
        "position",
        "employer",
        "organisation",
        "organization",
        "institution",
        "description",
        "details",
        "place",
        "company",
        "month",
    ]
)


def _is_column_header(text: str) -> bool:
    parts = [part.strip().lower() for part in re.split(r"\s*[/|]\s*", text) if part.strip()]
    return (
        not re.search(r"\d", text)
        and 0 < len(parts) <= 3
        and all(len(part.split()) <= 2 for part in parts)
        and any(part in _COLUMN_NAMES for part in parts)
    )


# A contact label on a line of its own, its value on the next ("Address" / "K41 Phan Khac Dien, An Hai Bac,"): a
# sidebar sets them so. Joined, the disclosure policy sees "Address: ..." and withholds it whole.
_CONTACT_LABEL = re.compile(
    r"(?:(?:home |postal |mailing )?address(?:es)?|date of birth|birth ?date|born|d\.?o\.?b\.?|phone|mobile|"
    r"telephone|tel\.?|cell|e-?mail|website|marital status|nationality|"
    # A German, French, Spanish or Italian CV's ("Geburtsdatum und -ort:" / "14.02.1988 in Hollfeld", persona 19)
    r"anschrift|adresse|wohnort|telefon|handy|mobil|geburtsdatum(?: und -ort)?|geburtsort|geboren|familienstand|"
    r"staatsangehörigkeit|date de naissance|téléphone|situation familiale|dirección|teléfono|fecha de nacimiento|"
    r"estado civil|indirizzo|telefono|data di nascita|stato civile|domicilio|correo(?: electr[óo]nico)?|sitio web|"
    # A Japanese résumé form's (persona 20): the reading of the name or address, sex, family, commute.
    r"furigana|sex|gender|spouse|dependants(?: \(excluding spouse\))?|obligation to support spouse|"
    r"nearest station|commuting time|contact address)\s*:?",
    re.IGNORECASE,
)


_ADDRESS_LABEL = re.compile(r"address|adresse|anschrift|dirección|indirizzo|domicilio", re.IGNORECASE)


def is_contact_label(text: str) -> bool:
    """ "Address", "Date of birth", "Teléfono:": a label a contact detail's value goes with."""
    return _CONTACT_LABEL.fullmatch(text.strip().rstrip(":").strip()) is not None


def label_over_value(text: str) -> str | None:
    """A contact label over its value in one paragraph, its lines broken by hand ("Address" / "Revlingbakken 7" /
    "7441 Bording", a Word CV's sidebar, persona 23) as one labelled line the policy reads whole; else None."""
    first, *rest = [line.strip() for line in text.split("\n") if line.strip()] or [""]
    if not rest or not is_contact_label(first):
        return None
    return f"{first.rstrip(':').strip()}: {', '.join(rest)}"


def _join_contact_labels(blocks: list[Block]) -> list[Block]:
    joined: list[Block] = []
    label: Block | None = None  # a label whose value is still being read
    value_lines = 0  # how many lines its value has so far
    for index, block in enumerate(blocks):
        text = block.text.strip()
        # A bilingual CV's "Domicilio / Address", "Fecha de nacimiento / Date of birth" (persona 21), each part a label.
        one_line = " ".join(text.split())
        # A label set as a heading too ("HOME ADDRESS" in capitals over its lines, persona 24's sidebar).
        if block.kind in ("paragraph", "heading") and all(
            is_contact_label(part) for part in one_line.split(" / ")
        ):
            label = Block(one_line.rstrip(":").strip() + ":", "paragraph", block.level, block.page)
            joined.append(label)
            value_lines = 0
            continue
        if label is not None and block.kind == "paragraph":
            label.text = f"{label.text} {text}"
            value_lines += 1
            # An address wrapped over lines goes on while a line ends with a comma, or, under an address's label,
            # for a short line that ends in a postcode ("Apt 6, 14 Jouri Street" / "Khalda, Amman 11953").
            following = blocks[index + 1] if index + 1 < len(blocks) else None
            more = (
                following is not None
                and following.kind == "paragraph"
                and value_lines < 3
                and _ADDRESS_LABEL.search(label.text) is not None
                and len(following.text) <= 40
                and re.search(r"\d", following.text) is not None
                and ":" not in following.text
            )
            label = label if text.endswith(",") or more else None
            continue
        label = None
        joined.append(block)
    return joined


# A job or degree set on two lines, the title over the employer or school and its dates ("Head of Clinical
# Pharmacy" / "Cam Lien General Hospital, Hai Chau district, Da Nang, Jun 2019 – Present"): joined into one
# line, "Title — Employer, Town, dates", the shape the timeline reads. Apart, the employer became the role.
_NOT_A_TITLE = re.compile(
    r"\s[—–|]\s|\sat\s|:|[a-z]{3}\.\s|[.,;]$|\s(?:of|and|the|for|in|at|with|to|&)$", re.IGNORECASE
)


def _is_title_line(text: str) -> bool:
    return (
        text[:1].isupper()
        and len(text) <= 80
        and len(text.split()) <= 10
        and find_date(text) is None
        and not _NOT_A_TITLE.search(text)
        and not _CONTACT_LABEL.match(text)
        and text.count("(") == text.count(")")  # "... lukio (Kuusikonmäki Upper" wraps on
    )


# Where a dated line's name part ends: a bracket, a year, "Mar 2019".
_DATES_START = re.compile(r"\(|\b(?:19|20)\d\d\b|\b[A-Z][a-z]{2}\.? (?:19|20)\d\d")


def _is_dated_place_line(text: str) -> bool:
    """ "Cam Lien General Hospital, Hai Chau district, Da Nang, Jun 2019 – Present": a dated line that names a place
    only, not a role already ("Nurse — Greyville Hospital", "Nurse at ..."), a label or a sentence."""
    dates = _DATES_START.search(text)
    head = text[: dates.start()] if dates else text
    if ranges := date_ranges(text):  # "Team physiotherapist (contract) at Nanko Marine Blaze (... – ...)"
        head = text[: max(ranges[0].start_index, len(head))]
    return (
        text[:1].isupper()
        and find_date(text) is not None
        and not re.match(r"(?:I|My|We|Our)\b", text)
        and not re.search(r"\s[—–|]\s|\sat\s|:", head)
    )


def _stacked(title: str, place: str) -> str | None:
    """ "Title — Employer, Town, dates"; the other way round where the upper line is the employer ("Cam Lien
    General Hospital" / "Clinical Pharmacist, Mar 2016 – May 2019"); None where both read as employers."""
    head, _, rest = place.partition(", ")
    if not ORGANISATION.search(title):
        return f"{title} — {place}"
    if ORGANISATION.search(head):
        return None
    return f"{head} — {title}, {rest}" if rest else f"{head} — {title}"


def _join_stacked_headers(blocks: list[Block]) -> list[Block]:
    joined: list[Block] = []
    for block in blocks:
        lines = block.text.split("\n")
        if block.kind == "paragraph" and len(lines) >= 2 and _is_title_line(lines[0].strip()):
            # Wrapped into one paragraph: the title line is a full line of its own, the rest is the place.
            place = " ".join(line.strip() for line in lines[1:])
            if _is_dated_place_line(place) and (text := _stacked(lines[0].strip(), place)):
                block = Block(text, block.kind, block.level, block.page)
        upper = joined[-1] if joined else None
        before = joined[-2] if len(joined) >= 2 else None
        if (
            upper is not None
            and block.kind == upper.kind == "paragraph"
            and "\n" not in upper.text
            and _is_title_line(upper.text.strip())
            and _is_dated_place_line(normalize_text(block.text))
            and (before is None or before.kind != "paragraph" or find_date(before.text) is not None)
            and (text := _stacked(upper.text.strip(), normalize_text(block.text)))
        ):
            joined[-1] = Block(text, block.kind, block.level, upper.page)
            continue
        joined.append(block)
    return joined


def _role_and_dates(text: str) -> tuple[str, str] | None:
    """ "Medical Social Worker\tJune 2016 – Mar'19" -> ("Medical Social Worker", "June 2016 – Mar'19"): a role
    line that names no employer, and its dates; None for any other line."""
    ranges = date_ranges(text)
    if not ranges or "\n" in text:
        return None
    head, dates = text[: ranges[0].start_index].strip(" ,;|–—-"), text[ranges[0].start_index :].strip()
    return (head, dates) if head and _is_title_line(head) and not _names_an_organisation(head) else None


def _names_an_organisation(text: str) -> bool:
    """ "Trekroner Honey Laboratory", "University of Aarhus": an organisation's word last, or before its "of";
    "Laboratory Biologist", "School Nurse" name a role."""
    found = ORGANISATION.search(text)
    if found is None:
        return False
    after = text[found.end() :].split()
    return not after or after[0].lower() in {"of", "for", "de", "du", "der", "di", "del", "für"}


# "Department of Paediatric Oncology, Senthamarai Cancer Institute": the employer is named last.
DEPARTMENT_FIRST = re.compile(r"(?:department|dept\.?|division|unit|wing) of\b", re.IGNORECASE)


def _employer_line(text: str) -> bool:
    """ "Kumbakarai District Headquarters Hospital, Periyakulam, Theni District": an employer and its town on a
    line of their own, no dates, no sentence; a name set apart from its town by "·" ("Statens Bitilsyn · Viborg")
    needs no organisation's word."""
    parts = text.split(",")
    named = parts[-1] if DEPARTMENT_FIRST.match(text) else parts[0]
    return (
        text[:1].isupper()
        and len(text) <= 90
        and len(text.split()) <= 12
        and find_date(text) is None
        and not text.endswith((".", ":", ";"))
        and (ORGANISATION.search(named) is not None or " · " in text)
    )


def _join_role_lines(blocks: list[Block]) -> list[Block]:
    """A role and its dates on one line with the employer on the line below ("Medical Social Worker  Apr'14 –
    May'16" / "Kumbakarai District Headquarters Hospital, Periyakulam"), or above, dated, where the CV lists
    roles under their employer ("Senthamarai Cancer Institute, Perungudi (June 2016 – Present)" / "Senior Medical
    Social Worker  Apr'19 – Present"): joined into "Role — Employer, Town, dates", the line the timeline reads.
    Apart, the bullets under the role named no employer and the employer line made no job (persona 18's CV)."""
    joined: list[Block] = []
    for block in blocks:
        text = normalize_text(block.text)
        upper = joined[-1] if joined else None
        if block.kind != "paragraph" or "\n" in block.text or upper is None or upper.kind != "paragraph":
            joined.append(block)
            continue
        above = normalize_text(upper.text)
        if (role := _role_and_dates(above)) and _employer_line(text):
            place = text.replace(" · ", ", ")
            joined[-1] = Block(f"{role[0]} — {place}, {role[1]}", upper.kind, upper.level, upper.page)
            continue
        if (
            (own := _role_and_dates(text))
            and (ranges := date_ranges(above))
            and _employer_line(employer := above[: ranges[0].start_index].strip(" ,(–—-"))
        ):
            block = Block(f"{own[0]} — {employer}, {own[1]}", block.kind, block.level, block.page)
        joined.append(block)
    return joined


# The line that dates a post or page, under its title: not a job or degree line that bullets below belong to.
# A Japanese résumé's (rirekisho's) history rows, one event each with its date: "Entered X, April 2008" and
# "Graduated from X (Bachelor of ...), March 2012"; "Joined X as a physical therapist, April 2012" and "Left X
# (personal reasons), March 2015"; "Present" under the last (to the present) and "End" to close the table.
_MONTH_YEAR = rf"(?:(?:{'|'.join(MONTH_NAMES)}) )?(?:19|20)\d\d"  # as the PDF loader writes a form's cells
_STUDY = ("Entered", "Enrolled in", "Enrolled at")
_STARTS_WORK = ("Joined", "Founded", "Established")
_ENDS_STUDY = ("Graduated from", "Completed", "Finished")
_ENDS_WORK = ("Left", "Resigned from", "Retired from")
_HISTORY_ROW = re.compile(
    rf"^(?P<verb>{'|'.join((*_STUDY, *_STARTS_WORK, *_ENDS_STUDY, *_ENDS_WORK))})\s+(?P<what>.+?),\s+"
    rf"(?P<when>{_MONTH_YEAR})$"
)
_DATED_ROW = re.compile(rf"^(?P<what>.+?),\s+(?P<when>{_MONTH_YEAR})$")
_DEGREE_IN_BRACKETS = re.compile(r"\(((?:Bachelor|Master|Doctor|Diploma|Associate|PhD|B\.|M\.)[^()]*)\)")


def _pair_history_rows(blocks: list[Block]) -> list[Block]:
    """A résumé form's rows of events into the jobs and degrees they make, each with its dates: "Entered X, April
    2008" and "Graduated from X (Bachelor of Health Sciences), March 2012" into "Bachelor of Health Sciences, X
    (April 2008 – March 2012)"; "Joined X as a physical therapist, April 2012" and "Left X (personal reasons),
    March 2015" into "Physical therapist at X (April 2012 – March 2015)"; a job still open where "Present" closes
    the list runs to the present. CVs without such pairs are left as they are."""
    rows = [
        (i, _HISTORY_ROW.fullmatch(" ".join(b.text.split())))
        for i, b in enumerate(blocks)
        if b.kind != "heading"
    ]
    starts = [(i, m) for i, m in rows if m and m["verb"] not in (*_ENDS_STUDY, *_ENDS_WORK)]
    ends = [(i, m) for i, m in rows if m and m["verb"] in (*_ENDS_STUDY, *_ENDS_WORK)]
    if not starts or not ends:
        return blocks
    texts: dict[int, str] = {}
    dropped: set[int] = set()
    open_starts = dict(starts)
    for i, end in ends:
        study = end["verb"] in _ENDS_STUDY
        candidates = [
            (len(_words(m["what"]) & _words(end["what"])), j)
            for j, m in open_starts.items()
            if j < i and (m["verb"] in _STUDY) == study
        ]
        if not candidates:
            continue
        _, j = max(candidates)
        start = open_starts.pop(j)
        texts[j] = _history_entry(start, end["when"], end["what"])
        dropped.add(i)
    for i, block in enumerate(blocks):
        if block.kind == "heading" or " ".join(block.text.split()) != "Present":
            continue
        dropped.add(i)
        # Every job still open is held now, and so is a dated row just above "Present" ("Part-time lecturer, ...").
        for j, start in list(open_starts.items()):
            if j < i and start["verb"] not in _STUDY:
                texts[j] = _history_entry(open_starts.pop(j), None, "")
        above = " ".join(blocks[i - 1].text.split()) if i else ""
        if i - 1 not in texts and (row := _DATED_ROW.fullmatch(above)) and not _HISTORY_ROW.fullmatch(above):
            texts[i - 1] = f"{row['what']} ({row['when']} – present)"
    dropped |= {i for i, b in enumerate(blocks) if b.kind != "heading" and b.text.strip() == "End"}
    return [
        Block(texts[i], b.kind, b.level, b.page) if i in texts else b
        for i, b in enumerate(blocks)
        if i not in dropped
    ]


def _words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[^\W\d_]{3,}", text)} - {"the", "and", "from"}


def _history_entry(start: re.Match[str], until: str | None, ended: str) -> str:
    """The job or degree a start row and its end make, in the shape the timeline reads."""
    span = f"({start['when']} – {until or 'present'})"
    what = start["what"]
    if start["verb"] in _STUDY:
        degree = _DEGREE_IN_BRACKETS.search(ended)
        return f"{degree[1]}, {what} {span}" if degree else f"{what} {span}"
    if start["verb"] in ("Founded", "Established"):
        name, _, rest = what.partition(";")
        role = rest.strip() if rest.strip() and len(rest.split()) <= 4 else "Founder"
        employer = re.split(r",\s+(?:an?|the)\s", name)[0]
        return f"{role[:1].upper()}{role[1:]} at {employer} {span}. {start['verb']} {name.strip()}."
    employer, _, role = what.rpartition(" as ")
    if not employer:
        return f"{start['verb']} {what} {span}"
    role = re.sub(r"^(?:an?|the)\s+", "", role.strip())
    return f"{role[:1].upper()}{role[1:]} at {employer.rstrip(' ,')} {span}"


_BYLINE = re.compile(r"(?:posted|published|updated|last updated|written)(?: on)?\b[:\s]", re.IGNORECASE)

_NOT_A_NAME = {"curriculum", "vitae", "resume", "résumé", "cv", "lebenslauf", "statement", "personal"}


def looks_like_name(text: str) -> bool:
    """ "Dr Elspeth Varga", "JANE DOE": two to five capitalised words, no digits, no title words."""
    words = text.replace(".", " ").split()
    return (
        2 <= len(words) <= 5
        and len(text) <= 60
        and all(word[0].isupper() and word.replace("-", "").replace("'", "").isalpha() for word in words)
        and not _NOT_A_NAME.intersection(word.lower() for word in words)
    )


_GREETING = re.compile(r"^\s*dear\s[^.!?:]{1,60},\s*$", re.IGNORECASE)
_SIGN_OFF = re.compile(
    r"^\s*(?:yours (?:sincerely|faithfully|truly)|(?:kind|best|warm) regards|sincerely|with thanks)[,.]?\s*$",
    re.IGNORECASE,
)
_SUBJECT = re.compile(r"^\s*(?:re|subject|betreff|objet)\s*:\s*\S", re.IGNORECASE)


def _letter_body(items: list[Block]) -> list[Block]:
    """A statement written as a letter, without its head and its signature. Before "Dear ...," stand the sender's
    block, the date and the addressee's name and address (persona 25's fellowship letter: the trust's street read
    as her own address, the chair's name as a fact about her); only the subject line ("Re: Application for ...",
    or without its "Re:" right above the greeting) and any heading say what the letter is for. After "Yours
    sincerely," stand the name and title under it."""
    greeting = next((i for i, block in enumerate(items[:20]) if _GREETING.match(block.text)), None)
    if greeting is not None:
        head = [
            block
            for i, block in enumerate(items[:greeting])
            if block.kind == "heading"
            or _SUBJECT.match(block.text)
            # the subject without its "Re:", just above the greeting ("Application for a Heritage Crafts Grant: ...")
            or (i == greeting - 1 and len(block.text.split()) >= 5)
        ]
        items = head + items[greeting:]
        sign_off = next(
            (
                i
                for i in range(len(items) - 1, max(len(items) - 8, 0) - 1, -1)
                if _SIGN_OFF.match(items[i].text)
            ),
            None,
        )
        if sign_off is not None and all(
            len(block.text.split()) <= 10 and not re.search(r"[.!?]\s", block.text)
            for block in items[sign_off:]
        ):
            items = items[:sign_off]
    return items


def documents_from_blocks(
    blocks: Iterable[Block],
    *,
    source: str,
    source_type: str,
    default_section: str | None = None,
    **extra: str,
) -> list[Document]:
    """Blocks into Documents, one per paragraph or bullet.

    Headings become `heading` metadata, and `section` where they name one. A heading is also kept as
    text of its own when it is the title of a CV or page (the name, a post's title) or when no text
    follows it. In a CV a date on a line of its own joins the line it dates, a bullet carries the
    short line it sits under as `context` (the job line), and a date is read from either; the name at
    the top of a CV is marked `person`. Boilerplate lines and repeats of a piece already taken are dropped.
    """
    documents: list[Document] = []
    seen: set[str] = set()
    heading: str | None = None
    section, section_level = default_section, 0
    lead: str | None = None
    lead_dated = False
    is_cv = source_type == "cv"
    items = [block for block in blocks if normalize_text(block.text)]
    if is_cv:
        items = _join_contact_labels(items)
        items = _join_role_lines(_join_stacked_headers(_pair_history_rows(_merge_date_lines(items))))
    elif source_type == "statement":
        items = _letter_body(items)

    def emit(text: str, page: int | None, *, in_section: str | None = None, **meta: str | None) -> None:
        key = text.lower()
        if key in seen or is_boilerplate(text):
            return
        seen.add(key)
        date = find_date(text) if is_cv else None
        if is_cv and date is None and meta.get("context"):
            date = find_date(meta["context"] or "")
        documents.append(
            make_document(
                text,
                source=source,
                source_type=source_type,
                section=in_section or section,
                heading=heading,
                page=page,
                date=date,
                **meta,
                **extra,
            )
        )

    for index, block in enumerate(items):
        text = normalize_text(block.text)
        if block.kind == "heading":
            heading, lead, lead_dated = text, None, False
            named = section_for(text)
            if named:
                section, section_level = named, block.level
            elif section_level and block.level <= section_level:
                section, section_level = default_section, 0
            following = items[index + 1] if index + 1 < len(items) else None
            # A CV's title is the name, a page's its topic. A statement's says nothing ("Personal statement")
            # unless it says what the statement is for: that is where the person is applying.
            first = not documents and not section_level
            purpose = first and source_type == "statement" and _names_a_purpose(text)
            is_title = first and source_type != "statement"
            if not named and (is_title or purpose or following is None or following.kind == "heading"):
                person = text if is_cv and is_title and looks_like_name(text) else None
                emit(text, block.page, in_section="Goals" if purpose else None, person=person)
            continue
        if block.kind == "bullet":
            emit(text, block.page, context=lead)
            continue
        if is_cv and _is_column_header(text):
            continue
        emit(text, block.page)
        # The line bullets below it belong to: a job or degree line, which a description under it
        # ("Fjord Systems builds sonar analytics ...") does not replace.
        dated = find_date(text) is not None
        if _BYLINE.match(text):
            continue  # "Posted on 14 September 2024" dates a post; the items under it are not its own
        if len(text) <= 200 and (dated or not lead_dated):
            lead, lead_dated = text, dated
        elif not lead_dated:
            lead = None
    return documents


def cv_or_statement_documents(
    blocks: list[Block], *, name: str, source_type: str | None, report: SourceReport | None
) -> list[Document]:
    """Documents of a CV or statement file: the kind given, else told by the file name, else by its content.
    A Europass CV's labelled rows are read back into job, degree and skill lines first."""
    from ingest.loaders.europass import europass_blocks, is_europass  # it builds on this module's Block

    if is_europass(blocks):
        blocks = europass_blocks(blocks)
        source_type = source_type or "cv"
    kind = source_type or kind_from_name(name) or ("cv" if looks_like_cv(blocks) else "statement")
    if report is not None:
        report.kind = kind
    return documents_from_blocks(blocks, source=name, source_type=kind)
