"""Facts the dates imply: where the person works now, where before each job, what they study now, their
earliest degree (or their one degree).

A CV lists jobs and degrees with date ranges, and a small reader does not work out from "(February 2020 –
present)" that this is where the person works now, or which job came before which. So curation adds what the
dates say, in the person's voice, with the sources of the lines it read:

    - I work at Umhlanga Children's Hospital as Clinical Nurse Educator, since February 2020. [cv.pdf p1]
    - Before Umhlanga Children's Hospital, I worked at Greyville Memorial Hospital as Senior Professional
      Nurse, PICU. [cv.pdf p1; linkedin_export.zip/Positions.csv]

"The earliest degree I list" rather than "my first degree": a CV may leave one out. No "first job" line: it put
the oldest employer in front of "Where do you work?" questions (persona 3, `twin eval`).

Only header lines count (a role, an employer or school, a date range): "Role — Employer, City, 2019 – present",
"Role at Employer, City (Mar 2019 – present). ...", "Degree, School (2007 – 2010)". Lines of one employer
(the CV's and LinkedIn's) are one entry, from its earliest start to its latest end.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import pairwise

from ingest.clean import MONTH_NAMES, ORGANISATION, date_ranges
from ingest.knowledge import DEPARTMENT, Fact, ascii_key

# "Role at Employer" first: an employer's own name may hold a dash ("Archives municipales de Fès – Dar Lazraq").
_SPLITS = (re.compile(r"\sat\s"), re.compile(r"\s[—–|]\s"), re.compile(r",\s"), re.compile(r"\s-\s"))
_DEGREE = re.compile(
    r"\b(?:bachelor|master|doctor|ph\.?d|dphil|b\.?sc|m\.?sc|b\.?a|m\.?a|b\.?eng|m\.?eng|mba|llb|llm|md|"
    r"degree|licen[cs]e|diplom)",
    re.IGNORECASE,
)
_HEADER_CHARS = 160  # a job's header line; longer text before the dates is a sentence that mentions them
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# Where a LinkedIn line's header ends and its description begins: "... (Sep 2014 – present). History and ...";
# a range in the description ("Everyday life in Podgórze, 1945–1956.") is not the entry's.
_HEADER_END = re.compile(r"\)\.\s")


@dataclass
class Entry:
    """One job or course of study, from the lines that name it."""

    role: str
    where: str
    start: str  # "2019-03" or "2019"
    end: str | None  # None: to the present
    sources: list[str] = field(default_factory=list)

    @property
    def span(self) -> str:
        return f"{spoken(self.start)} – {spoken(self.end) if self.end else 'present'}"


def spoken(point: str) -> str:
    """ "2020-02" -> "February 2020"; a year stays a year."""
    if match := re.fullmatch(r"(\d{4})-(\d\d)", point):
        return f"{MONTH_NAMES[int(match.group(2)) - 1]} {match.group(1)}"
    return point


def _role_and_place(header: str) -> tuple[str, str] | None:
    """ "Senior Nurse, PICU — Greyville Hospital, Durban" -> ("Senior Nurse, PICU", "Greyville Hospital")."""
    text = re.sub(r"[()]", " ", re.sub(r"\([^()]*\)", " ", header))  # "(BNurs)", and a "(" the dates left
    text = " ".join(text.split()).strip(" ,.;:")
    # "Responsable du service, Archives municipales de Fès – Dar Lazraq": a dash inside a name of three words or
    # more after the comma is the employer's own, where "Senior Nurse, PICU — Greyville Hospital" names a unit.
    named = re.match(r"^([^,]+),\s+([^,—–|]+?)\s[—–]\s([^,]+)", text)
    if (
        named
        and named[2][:1].isupper()
        and len(named[2].split()) >= 3
        and not DEPARTMENT.search(named[2])
        and " at " not in named[1]
    ):
        return named[1].strip(), f"{named[2]} – {named[3].strip()}"
    for split in _SPLITS:
        match = split.search(text)
        if not match:
            continue
        role, rest = text[: match.start()].strip(" ,"), text[match.end() :]
        places = [part.strip(" .") for part in re.split(r",|\||\.\s|;", rest)]
        place = places[0]
        if DEPARTMENT.search(place) and len(places) > 1 and places[1][:1].isupper():
            place = places[1]  # "Associate, Employment Group, Harcourt Lyle LLP": the firm, not its team
        # "Senthamarai Cancer Institute, Perungudi, Chennai (June 2016 – Present)" names an employer and its
        # town, no role (persona 18's CV puts the roles on the lines below); "Conservator, Conservation
        # Laboratory at Pinacoteca Civica Grimaldelli" says which is which.
        comma = split.pattern == r",\s"
        if comma and role and ORGANISATION.fullmatch(role.split()[-1]) and not ORGANISATION.search(place):
            return None
        # A school or employer is a name ("Thukela University", "UiT", "Gimnazjum nr 5"), not a clause, a
        # city list or a date.
        if role and place[:1].isupper() and len(place.split()) <= 7 and not _YEAR.search(place):
            return role, place
    return None


def entry(fact: Fact) -> Entry | None:
    """The job or degree a header line names, with its dates; None for any other line."""
    text = re.sub(r"^[A-Z][A-Z &/,]+:\s+", "", fact.text)  # a CV heading kept as a label ("EDUCATION: ")
    if re.match(r"(?:I|I'm|I've|My|We)\b", text):  # prose, not a header
        return None
    described = _HEADER_END.search(text)
    limit = min(_HEADER_CHARS, described.start() if described else _HEADER_CHARS)
    ranges = [r for r in date_ranges(text) if r.start_index <= limit]
    if not ranges:
        return None
    # The entry's own range encloses the ones inside it ("Cabinetmaker, then Foreman (2015–2018) — Fundy, 2012 – 2018").
    earliest = min(r.start for r in ranges)
    starting = [r for r in ranges if r.start == earliest]
    widest = next((r for r in starting if r.end is None), None) or max(starting, key=lambda r: r.end or "")
    header = text[: max(r.end_index for r in ranges)]
    # The dates come first ("2014 – present  Teacher, School"): the header is what follows them.
    if not _without_dates(header).strip(" ,.;:|–—-"):
        header = text[: _HEADER_CHARS if described is None else described.start() + 1]
    if re.search(r"\b(?:I|my|me|we|our)\b", header):  # a sentence, or a fact this module wrote
        return None
    if ": " in header[: widest.start_index]:  # "Role — Employer: built X (2019 – 2021)" is a bullet
        return None
    found = _role_and_place(_without_dates(header))
    if not found:
        return None
    return Entry(found[0], found[1], widest.start, widest.end, list(fact.sources))


def _without_dates(text: str) -> str:
    for found in date_ranges(text):
        text = text.replace(found.text, " ")
    return text


def _overlap(one: Entry, other: Entry) -> bool:
    return one.start <= (other.end or "9999") and other.start <= (one.end or "9999")


# A degree's level, so two degrees at one school stay two: "BSc, Agronomy (2008 – 2012)" and "MSc, Soil Science
# (2012 – 2014)" touch in 2012, while "B.S. in Forestry" (the CV) and "Bachelor of Science, Forestry" (LinkedIn)
# are one degree.
_LEVELS = (
    ("doctor", re.compile(r"\b(?:doctor|doctorate|ph\.?\s?d|dphil|md)\b", re.IGNORECASE)),
    (
        "master",
        re.compile(
            r"\b(?:master|magistr\w*|m\.?\s?sc|m\.?\s?a|m\.?\s?s|m\.?\s?eng|mba|llm|mphil)\b", re.IGNORECASE
        ),
    ),
    (
        "bachelor",
        re.compile(
            r"\b(?:bachelor|b\.?\s?sc|b\.?\s?a|b\.?\s?s|b\.?\s?eng|llb|bcl|licen[cs]i)", re.IGNORECASE
        ),
    ),
)


def _level(role: str) -> str | None:
    return next((name for name, pattern in _LEVELS if pattern.search(role)), None)


# Words of a role written in another language than the twin speaks ("Coordinadora y socia fundadora" beside
# "Coordinator and co-founder" on a bilingual CV, persona 21).
_FOREIGN_WORDS = re.compile(
    r"\b(?:y|e|et|und|de|del|della|der|die|das|la|le|el|du|des|da|do|dos)\b|[^\x00-\x7f–—’]"
)


def _foreign(role: str) -> int:
    return len(_FOREIGN_WORDS.findall(role))


def _merge(entries: list[Entry]) -> list[Entry]:
    """One entry per stay at an employer or school (same name, overlapping dates): the earliest start, the
    latest end, the role of the line that starts first (the CV's "Cabinetmaker, then Shop Foreman"). Degrees of
    two levels are two entries."""
    merged: list[Entry] = []
    for item in entries:
        key = ascii_key(item.where)
        same = next(
            (
                e
                for e in merged
                if (ascii_key(e.where).startswith(key) or key.startswith(ascii_key(e.where)))
                and _overlap(e, item)
                and (_level(e.role) == _level(item.role) or None in (_level(e.role), _level(item.role)))
            ),
            None,
        )
        if same is None:
            merged.append(item)
            continue
        if item.start < same.start or (
            item.start == same.start and _foreign(same.role) > _foreign(item.role)
        ):
            same.role, same.start = item.role, item.start
        same.end = None if same.end is None or item.end is None else max(same.end, item.end)
        same.sources += [s for s in item.sources if s not in same.sources]
    return sorted(merged, key=lambda e: e.start, reverse=True)


# A role held beside the person's main job.
_SIDE_ROLE = re.compile(
    r"\b(?:part[- ]time|honorary|volunteer\w*|visiting|adjunct|guest|sessional|sideline|weekend)\b",
    re.IGNORECASE,
)
# The line that says where the person works now ("I work at Aurora Linhas Aéreas as Captain, since July 2021."):
# the graph puts it in front of a question about work now (graph/nodes.py).
WORK_NOW = r"I work at .+ as .+, since "
# The line that names the earliest job the sources list, for "What was your first job?" (graph/nodes.py).
EARLIEST_JOB = r"The earliest job I list is "
# The lines that name the person's degrees, for "What did you study?" (graph/nodes.py).
DEGREES = r"(?:The earliest degree I list is |My degree is .+ at .+ \(|I am studying for .+ at .+, since )"
# The sentences `timeline_facts` writes; a chunk never mixes them with the lines they were read from.
_DERIVED = re.compile(
    rf"^(?:{WORK_NOW}|I joined .+ in .+, as |Before .+, I worked (?:at .+|there) as "
    rf"|{EARLIEST_JOB}|{DEGREES})"
)


def is_derived(text: str) -> bool:
    """Whether a fact reads as one this module writes (a person's own line of the same shape counts too)."""
    return bool(_DERIVED.match(text))


def timeline_facts(facts: list[Fact]) -> list[Fact]:
    """What the dates of the Experience and Education lines imply, as first-person facts (see the module doc)."""
    jobs = _merge([e for f in facts if f.section == "Experience" and (e := entry(f))])
    studies = _merge([e for f in facts if f.section == "Education" and (e := entry(f))])
    out: list[Fact] = []
    # Two jobs held now: the main one is said first (a question about work now reads the first), a part-time or
    # honorary role after it, however recent ("Part-time lecturer, since April 2021" beside the studio the person
    # founded in 2020).
    for job in sorted(jobs, key=lambda job: bool(_SIDE_ROLE.search(job.role))):
        if job.end is None:
            out.append(
                Fact(
                    "Experience",
                    f"I work at {job.where} as {job.role}, since {spoken(job.start)}.",
                    job.sources,
                )
            )
    # Two or more roles at one employer: when the person joined it is the first role's start, not the
    # current role's ("When did you join Waihao Vets?" is not answered by "Partner, since April 2020").
    for where in dict.fromkeys(ascii_key(job.where) for job in jobs):
        stays = [job for job in jobs if ascii_key(job.where) == where]
        if len(stays) > 1:
            first = stays[-1]
            text = f"I joined {first.where} in {spoken(first.start)}, as {first.role}."
            out.append(Fact("Experience", text, sorted({s for stay in stays for s in stay.sources})))
    for newer, older in pairwise(jobs):
        # Not a job held alongside the newer one: ended, and not in a later year than the newer one began.
        if older.end is not None and older.start < newer.start and older.end[:4] <= newer.start[:4]:
            # No dates here: the older job's range beside the newer's name reads as the newer's.
            # Two roles at one employer: say which came first.
            if newer.where.casefold() == older.where.casefold():
                text = f"Before becoming {newer.role} at {newer.where}, I worked there as {older.role}."
            else:
                text = f"Before {newer.where}, I worked at {older.where} as {older.role}."
            out.append(Fact("Experience", text, sorted({*older.sources, *newer.sources})))
    if len(jobs) > 1 and jobs[-1].end is not None:
        first_job = jobs[-1]
        text = f"The earliest job I list is {first_job.role} at {first_job.where} ({first_job.span})."
        out.append(Fact("Experience", text, first_job.sources))
    for study in studies:
        if study.end is None:
            text = f"I am studying for {study.role} at {study.where}, since {spoken(study.start)}."
            out.append(Fact("Education", text, study.sources))
    degrees = [s for s in studies if _DEGREE.search(s.role)]
    if len(studies) > 1 and degrees:
        first = degrees[-1]
        text = f"The earliest degree I list is {first.role} at {first.where} ({first.span})."
        out.append(Fact("Education", text, first.sources))
    elif len(degrees) == 1 and degrees[0].end is not None:
        # One degree, its lines read as one stay (the CV's and LinkedIn's): said once in the person's voice, as
        # two degrees' earliest is ("Where did you go to college?" had found that line, persona 16).
        only = degrees[0]
        out.append(
            Fact("Education", f"My degree is {only.role} at {only.where} ({only.span}).", only.sources)
        )
    return out
