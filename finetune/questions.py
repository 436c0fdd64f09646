"""Question/answer pairs from the knowledge file, without a model: templates per section plus sentence rules.

The questions are the ones a recruiter, a colleague or a curious visitor asks ("Where do you work?",
"What did you study?"); the answers are the file's own facts, rewritten into the first person and kept to
one or two sentences. Nothing is invented: every name, date and number in an answer comes from the fact it
cites (months are spelled out, "Mar 2021" -> "March 2021"). Deterministic: the same file gives the same
pairs in the same order.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from ingest.knowledge import Fact

MAX_ANSWER_CHARS = 320

# Details that follow a degree in the knowledge file: (pattern, question, answer).
_DEGREE_DETAILS = [
    (
        re.compile(r"\bThesis:\s*[\"“]?(?P<v>[^\"”]+?)[\"”]?\.?(?=\s+[A-Z][a-z]+:|$)"),
        "What was your {which}thesis about?",
        "My thesis was “{}”.",
    ),
    (
        re.compile(r"\bSupervisor:\s*(?P<v>.+?)\.?\s*$"),
        "Who supervised your {which}thesis?",
        "My supervisor was {}.",
    ),
    (
        re.compile(r"\bDissertation:\s*[\"“]?(?P<v>[^\"”]+?)[\"”]?\.?\s*$"),
        "What was your {which}dissertation about?",
        "My dissertation was “{}”.",
    ),
]

MONTHS = {
    "jan": "January",
    "feb": "February",
    "mar": "March",
    "apr": "April",
    "may": "May",
    "jun": "June",
    "jul": "July",
    "aug": "August",
    "sep": "September",
    "sept": "September",
    "oct": "October",
    "nov": "November",
    "dec": "December",
}
_MONTH = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
_DATE = rf"(?:{_MONTH}\.?\s+)?(?:19|20)\d\d"
_END = rf"(?:{_DATE}|present|now|today|current)"
_RANGE = re.compile(rf"(?P<start>{_DATE})\s*(?:[–—-]|to)\s*(?P<end>{_END})", re.IGNORECASE)
_WRITTEN = re.compile(r"\s*\(written [^()]*\)\s*$")
_SENTENCE = re.compile(r"(?<=[.!?])[\"”']?\s+(?=[A-Z\"“'(])")
_ROLE_WORDS = re.compile(
    r"\b(?:engineer|scientist|researcher|manager|lead|director|developer|analyst|consultant|intern|professor|"
    r"lecturer|founder|co-founder|head|officer|designer|architect|postdoc\w*|fellow|assistant|associate|"
    r"teacher|specialist|administrator|editor|writer|nurse|doctor|accountant|lawyer|owner|partner)\b",
    re.IGNORECASE,
)
_DEGREES = [
    (re.compile(r"\b(?:Ph\.?\s?D|DPhil|Doctor of Philosophy)\b", re.IGNORECASE), "PhD"),
    (re.compile(r"\b(?:MSc|M\.Sc\.?|Master of Science)\b"), "MSc"),
    (re.compile(r"\b(?:MEng|Master of Engineering)\b"), "MEng"),
    (re.compile(r"\bMBA\b"), "MBA"),
    (re.compile(r"\b(?:MA|Master of Arts)\b"), "MA"),
    (re.compile(r"\b(?:BSc|B\.Sc\.?|Bachelor of Science)\b"), "BSc"),
    (re.compile(r"\b(?:BEng|Bachelor of Engineering)\b"), "BEng"),
    (re.compile(r"\b(?:BA|Bachelor of Arts)\b"), "BA"),
]
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_URL = re.compile(r"(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)+(?:/[\w./%-]*)?")
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I've|I'd|I'll|[Mm]y|me|mine|[Ww]e|[Oo]ur|us)\b")
# CV bullets start with the verb ("Built Tidecast ..."); these read as "I built Tidecast ...".
_BARE_VERBS = {
    "lead",
    "led",
    "run",
    "ran",
    "build",
    "built",
    "manage",
    "teach",
    "taught",
    "write",
    "wrote",
    "design",
    "develop",
    "maintain",
    "mentor",
    "own",
    "set",
    "work",
    "drive",
    "drove",
    "create",
    "support",
    "help",
    "use",
    "won",
    "gave",
    "made",
    "grew",
    "began",
    "spent",
    "founded",
    "hold",
    "held",
}
_STATES = {"based", "located", "interested", "passionate", "experienced", "married", "fluent"}
_THIRD_PERSON = {"speaks": "speak", "has": "have", "is": "am", "teaches": "teach", "does": "do", "goes": "go"}
_NOT_ENTITIES = {
    "I",
    "I'm",
    "I've",
    "I'd",
    "I'll",
    "The",
    "A",
    "An",
    "My",
    "We",
    "Our",
    "In",
    "On",
    "At",
    "For",
    "If",
    "When",
    "That",
    "This",
    "It",
    "It's",
    "And",
    "But",
    "Before",
    "After",
    "Most",
    "Within",
    "Everything",
    "Hi",
    "Good",
    "Yes",
    "No",
    "Email",
    "Website",
    "Award",
    "Project",
    "Certification",
    "Name",
    "Location",
    "Headline",
    "Industry",
    "Skills",
    "Thesis",
    "Supervisor",
    "Dissertation",
    "Activities",
    "License",
    "Speaks",
    *MONTHS.values(),
}


@dataclass
class QAPair:
    """One question with its answer, the section it is about, and the facts the answer rests on."""

    question: str
    answer: str
    section: str
    facts: list[Fact] = field(default_factory=list)
    origin: str = "local"


@dataclass
class _Role:
    title: str
    org: str
    start: str
    end: str | None  # None: current
    rest: str


@dataclass
class _Degree:
    degree: str
    subject: str
    school: str
    years: str
    fact: Fact


class _Pairs:
    """Collects pairs in order; a question already asked keeps its first answer."""

    def __init__(self) -> None:
        self.items: list[QAPair] = []
        self._seen: set[str] = set()

    def add(self, question: str, answer: str, section: str, facts: Iterable[Fact]) -> None:
        key = _norm(question)
        answer = _tidy(answer)
        if not answer or key in self._seen:
            return
        self._seen.add(key)
        self.items.append(QAPair(question, answer, section, list(facts)))


def local_pairs(title: str, facts: list[Fact], sections: Iterable[str] | None = None) -> list[QAPair]:
    """Every question the templates and sentence rules find in the facts, for `sections` (default all)."""
    wanted = set(sections) if sections is not None else None
    pairs = _Pairs()
    by_section: dict[str, list[Fact]] = {}
    for fact in facts:
        by_section.setdefault(fact.section, []).append(fact)
    for section, mine in by_section.items():
        if wanted is not None and section not in wanted:
            continue
        builder = _SECTION_BUILDERS.get(section)
        if builder is not None:
            builder(mine, pairs, title)
        _sentence_pairs(section, mine, pairs, title)
    if (wanted is None or "About" in wanted) and title and title != "Knowledge file":
        pairs.add("What's your name?", f"I'm {title}.", "About", [])
    return pairs.items


# --- first person ---------------------------------------------------------------------------------


def first_person(sentence: str) -> str:
    """A fact sentence as the person would say it: "Built X" -> "I built X", "Speaks German" -> "I speak German"."""
    text = _WRITTEN.sub("", sentence.strip())
    if not text:
        return text
    words = text.split(" ", 1)
    head, rest = words[0], (words[1] if len(words) > 1 else "")
    lower = head.lower()
    if lower in _THIRD_PERSON:
        return _sentence(f"I {_THIRD_PERSON[lower]} {rest}")
    if lower in _STATES:  # "Based in Leith" -> "I'm based in Leith"
        return _sentence(f"I'm {lower} {rest}")
    # "Designed X" is a CV bullet; "United Kingdom ..." (a name follows) is not.
    past = lower.endswith("ed") and len(lower) > 4 and not rest[:1].isupper()
    if lower in _BARE_VERBS or past:
        return _sentence(f"I {lower} {rest}")
    return _sentence(text)


def sentences(text: str) -> list[str]:
    text = _WRITTEN.sub("", " ".join(text.split()))
    return [s.strip() for s in _SENTENCE.split(text) if s.strip()]


def concise(text: str, limit: int = 2) -> str:
    """At most `limit` sentences and about MAX_ANSWER_CHARS characters, cut at a sentence end."""
    kept: list[str] = []
    for s in sentences(text)[:limit]:
        if kept and len(" ".join([*kept, s])) > MAX_ANSWER_CHARS:
            break
        kept.append(s)
    return " ".join(kept)


def month_year(date: str) -> str:
    """'Mar 2021' -> 'March 2021'; a year alone stays as it is."""
    match = re.match(r"([A-Za-z]+)\.?\s+(\d{4})", date.strip())
    if not match:
        return date.strip()
    return f"{MONTHS.get(match[1].lower()[:3], match[1])} {match[2]}"


def _sentence(text: str) -> str:
    text = " ".join(text.split())
    if text and text[-1] not in '.!?"”)':
        text += "."
    return text


def _tidy(answer: str) -> str:
    answer = " ".join(answer.split()).replace(" ,", ",").replace("..", ".")
    return _sentence(answer) if answer else ""


def _norm(text: str) -> str:
    """Equal for spellings that differ in case, punctuation or accents ("ETH Zürich", "ETH Zurich")."""
    folded = unicodedata.normalize("NFKD", text.lower()).encode("ascii", "ignore").decode("ascii")
    return " ".join(re.findall(r"[a-z0-9]+", folded))


def _is_heading(text: str) -> bool:
    """A title rather than a statement: short and without a sentence's closing punctuation."""
    return not text.rstrip().endswith((".", "!", "?", "”", '"')) and len(text.split()) <= 8


def _lower_first(text: str) -> str:
    # Keep acronyms and names ("PyTorch", "ETH") as they are; lower a plain capital ("Probabilistic").
    if len(text) > 1 and text[0].isupper() and text[1].islower():
        return text[0].lower() + text[1:]
    return text


def _join(items: list[str]) -> str:
    items = [i for i in items if i]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def _article(phrase: str) -> str:
    first = phrase.strip()[:1]
    if phrase[:2].isupper() or (phrase[:1].isupper() and phrase[1:2].isupper()):  # acronym: "an MSc"
        return "an" if first in "AEFHILMNORSX" else "a"
    if phrase[:3].isupper() or re.match(r"[A-Z][a-z]*[A-Z]", phrase):
        return "an" if first in "AEFHILMNORSX" else "a"
    return "an" if first.lower() in "aeiou" else "a"


def _school(name: str) -> str:
    return re.sub(r"^The ", "the ", name.strip())


# --- Experience -----------------------------------------------------------------------------------


def _parse_role(text: str) -> _Role | None:
    match = _RANGE.search(text)
    if not match:
        return None
    head = text[: match.start()].strip(" ,(")
    rest = text[match.end() :].strip(" ).")
    parts = re.split(r"\s+at\s+|\s+[—–]\s+|\s+-\s+", head, maxsplit=1)
    if len(parts) != 2:
        return None
    title, org_place = parts[0].strip(), parts[1].strip()
    if not _ROLE_WORDS.search(title) or len(title.split()) > 8:
        return None
    org = org_place.split(",")[0].strip()
    end = match["end"]
    current = end.lower() in {"present", "now", "today", "current"}
    return _Role(title, org, month_year(match["start"]), None if current else month_year(end), rest)


def _role_answer(role: _Role) -> str:
    if role.end is None:
        return f"I'm {_article(role.title)} {role.title} at {role.org}, since {role.start}."
    return f"I was {_article(role.title)} {role.title} at {role.org} from {role.start} to {role.end}."


def _experience(facts: list[Fact], pairs: _Pairs, title: str) -> None:
    roles: list[tuple[_Role, Fact]] = []
    context: _Role | None = None
    for fact in facts:
        role = _parse_role(fact.text)
        if role is not None:
            roles.append((role, fact))
            context = role
            detail = first_person(sentences(role.rest)[0]) if role.rest else ""
            detail = detail if _FIRST_PERSON.search(detail) else ""
            if role.end is None:
                pairs.add("Where do you work?", _role_answer(role), "Experience", [fact])
                pairs.add("What's your current job?", _role_answer(role), "Experience", [fact])
                pairs.add(
                    f"What do you do at {role.org}?", f"{_role_answer(role)} {detail}", "Experience", [fact]
                )
                pairs.add(
                    f"When did you join {role.org}?",
                    f"I joined {role.org} in {role.start}.",
                    "Experience",
                    [fact],
                )
                pairs.add(
                    "What's your job title?",
                    f"I'm {_article(role.title)} {role.title}.",
                    "Experience",
                    [fact],
                )
            else:
                pairs.add(
                    f"What did you do at {role.org}?", f"{_role_answer(role)} {detail}", "Experience", [fact]
                )
                pairs.add(
                    f"When did you work at {role.org}?",
                    f"I worked at {role.org} from {role.start} to {role.end}.",
                    "Experience",
                    [fact],
                )
                pairs.add(f"What was your role at {role.org}?", _role_answer(role), "Experience", [fact])
            continue
        # A CV bullet under a role says what the person did there; it starts with its verb.
        first = sentences(fact.text)[0] if fact.text else ""
        verb = first.split(" ", 1)[0].lower()
        if context is None or not (verb in _BARE_VERBS or (verb.endswith("ed") and len(verb) > 4)):
            context = None if len(sentences(fact.text)) > 1 else context
            continue
        answer = first_person(first)
        now = context.end is None
        if verb in {"lead", "led", "manage", "managed"}:
            question = "Do you lead a team?" if now else f"Did you lead a team at {context.org}?"
        elif verb in {"built", "build", "developed", "created", "designed", "shipped", "launched"}:
            question = (
                f"What have you built at {context.org}?" if now else f"What did you build at {context.org}?"
            )
        elif verb in {"introduced", "set", "established", "started"}:
            question = (
                f"What have you introduced at {context.org}?"
                if now
                else f"What did you set up at {context.org}?"
            )
        elif verb in {"taught", "teach", "mentor", "mentored"}:
            question = f"Did you teach at {context.org}?"
            answer = f"Yes: {answer}"
        elif verb in {"run", "ran", "maintain", "maintained", "operate", "use", "used"}:
            question = (
                f"What technology do you use at {context.org}?"
                if now
                else f"What tools did you use at {context.org}?"
            )
        else:
            question = (
                f"What else do you do at {context.org}?" if now else f"What else did you do at {context.org}?"
            )
        pairs.add(question, answer, "Experience", [fact])
    if roles:
        seen: dict[str, tuple[_Role, Fact]] = {}
        for role, fact in roles:
            seen.setdefault(_norm(role.org), (role, fact))
        places = [
            f"{role.org} ({role.title}, {'since ' + role.start if role.end is None else role.start + ' to ' + role.end})"
            for role, _ in seen.values()
        ]
        pairs.add(
            "Where have you worked?",
            f"I've worked at {_join(places)}.",
            "Experience",
            [fact for _, fact in seen.values()],
        )


# --- Education ------------------------------------------------------------------------------------


def _parse_degree(fact: Fact) -> _Degree | None:
    text = fact.text
    degree = next((name for pattern, name in _DEGREES if pattern.search(text)), None)
    years = _RANGE.search(text)
    if degree is None or years is None:
        return None
    head = text[: years.start()]
    match = re.search(
        r"(?:\bin|,)\s+(?P<subject>[A-Z][\w ]+?)\s+(?:at|[—–]|-)\s+(?P<school>[^,(]+(?:\([^)]*\))?)", head
    )
    if match is None:
        return None
    span = f"{years['start']}–{years['end']}"
    return _Degree(degree, match["subject"].strip(), match["school"].strip(" ,"), span, fact)


def _education(facts: list[Fact], pairs: _Pairs, title: str) -> None:
    degrees: list[_Degree] = []
    context: _Degree | None = None
    for fact in facts:
        degree = _parse_degree(fact)
        if degree is not None:
            if not any(d.degree == degree.degree for d in degrees):
                degrees.append(degree)
            context = degree
            said = (
                f"I did my {degree.degree} in {degree.subject} at {_school(degree.school)} ({degree.years})."
            )
            pairs.add(f"Where did you do your {degree.degree}?", said, "Education", [fact])
            pairs.add(f"What did you do your {degree.degree} in?", said, "Education", [fact])
            pairs.add(
                f"When did you do your {degree.degree}?",
                f"I did my {degree.degree} from {degree.years.replace('–', ' to ')}.",
                "Education",
                [fact],
            )
        for pattern, question, answer in _DEGREE_DETAILS:
            detail = pattern.search(fact.text)
            if detail:
                which = f"{context.degree} " if context else ""
                said = answer.format(detail["v"].rstrip("."))
                pairs.add(question.format(which=which), said, "Education", [fact])
    if degrees:
        studied = [
            f"{_article(d.degree)} {d.degree} in {d.subject} at {_school(d.school)} ({d.years})"
            for d in degrees
        ]
        facts_used = [d.fact for d in degrees]
        pairs.add("What did you study?", f"I did {_join(studied)}.", "Education", facts_used)
        pairs.add("What's your educational background?", f"I did {_join(studied)}.", "Education", facts_used)
        top = degrees[0]
        pairs.add(
            "What is your highest degree?",
            f"My highest degree is {_article(top.degree)} {top.degree} in {top.subject} from {_school(top.school)}.",
            "Education",
            [top.fact],
        )


# --- Skills, Languages ----------------------------------------------------------------------------


def _split_list(text: str) -> list[str]:
    """'a, b (x, y), c' -> ['a', 'b (x, y)', 'c']: commas inside brackets do not split."""
    items, depth, current = [], 0, ""
    for char in text:
        depth += char == "("
        depth -= char == ")"
        if char == "," and depth == 0:
            items.append(current.strip())
            current = ""
        else:
            current += char
    items.append(current.strip())
    return [i.strip(" .") for i in items if i.strip(" .")]


def _skills(facts: list[Fact], pairs: _Pairs, title: str) -> None:
    everything: list[tuple[str, Fact]] = []
    for fact in facts:
        match = re.match(r"^(?P<label>[A-Z][\w &/-]{1,40}):\s*(?P<items>.+)$", fact.text)
        if not match:
            continue
        label, items = match["label"].strip(), _split_list(match["items"])
        if len(items) < 2:
            continue
        everything += [(item, fact) for item in items]
        lowered = label.lower()
        if lowered == "skills":
            pairs.add("What are your skills?", f"My skills include {_join(items[:8])}.", "Skills", [fact])
            continue
        if "program" in lowered:
            question = "Which programming languages do you use?"
        else:
            question = f"What do you use for {lowered}?"
        pairs.add(question, f"For {lowered}, I use {_join(items)}.", "Skills", [fact])
    if everything:
        # The "Skills:" list when there is one, else the longest list, stands for the main skills.
        lists: dict[int, tuple[Fact, list[str]]] = {}
        for item, fact in everything:
            lists.setdefault(id(fact), (fact, []))[1].append(item)
        labelled = [v for v in lists.values() if v[0].text.lower().startswith("skills:")]
        main_fact, main_items = (labelled or sorted(lists.values(), key=lambda v: -len(v[1])))[0]
        pairs.add(
            "What are your main skills?",
            f"My main skills are {_join(main_items[:8])}.",
            "Skills",
            [main_fact],
        )
        known: set[str] = set()
        for item, fact in everything:
            if item.lower() in known or len(known) >= 8:
                continue
            known.add(item.lower())
            pairs.add(f"Do you know {item}?", f"Yes, I work with {item}.", "Skills", [fact])


def _languages(facts: list[Fact], pairs: _Pairs, title: str) -> None:
    spoken: dict[str, tuple[str, Fact]] = {}
    best: tuple[list[str], Fact] | None = None
    for fact in facts:
        text = re.sub(r"^Speaks\s+", "", fact.text).rstrip(".")
        items = _split_list(text)
        langs = [i for i in items if re.match(r"^[A-Z][a-z]+(?:\s+\(.+\))?$", i)]
        if not langs:
            continue
        if best is None or len(langs) > len(best[0]):
            best = (langs, fact)
        for item in langs:
            name = item.split(" (")[0]
            level = item[len(name) :].strip()
            spoken.setdefault(name, (level, fact))
    if best is not None:
        said = [_lower_level(i) for i in best[0]]
        pairs.add("What languages do you speak?", f"I speak {_join(said)}.", "Languages", [best[1]])
    for name, (level, fact) in spoken.items():
        pairs.add(
            f"Do you speak {name}?",
            f"Yes, I speak {name}{' ' + _lower_level(level) if level else ''}.",
            "Languages",
            [fact],
        )


def _lower_level(text: str) -> str:
    return re.sub(r"\(([A-Z])([a-z])", lambda m: f"({m[1].lower()}{m[2]}", text)


# --- Projects, Publications, Awards, Certifications -----------------------------------------------


def _projects(facts: list[Fact], pairs: _Pairs, title: str) -> None:
    names: list[tuple[str, Fact]] = []
    for fact in facts:
        match = re.match(
            r"^Project:\s*(?P<name>[^(]+?)\s*\((?P<range>[^()]+)\)\.?\s*(?P<rest>.*)$", fact.text
        )
        if match:
            name = match["name"].split(":")[0].strip()
            span = _RANGE.search(match["range"])
            desc = sentences(match["rest"])[0].rstrip(".") if match["rest"] else ""
            if span and span["end"].lower() in {"present", "now", "current", "today"}:
                lead = f"I've worked on {name} since {month_year(span['start'])}"
            elif span:
                lead = f"I worked on {name} from {month_year(span['start'])} to {month_year(span['end'])}"
            else:
                lead = f"I worked on {name}"
            pairs.add(
                f"What is {name}?",
                f"{lead}: {_lower_first(desc)}." if desc else f"{lead}.",
                "Projects",
                [fact],
            )
            names.append((name, fact))
            continue
        match = re.match(r"^(?P<name>[\w-]+(?: [A-Z][\w-]+)?) is (?:my|our) (?P<what>.+)$", fact.text)
        if match:
            answer = concise(f"{match['name']} is my {match['what']}", 2)
            pairs.add(f"What is {match['name']}?", answer, "Projects", [fact])
            names.append((match["name"], fact))
    if names:
        pairs.add(
            "What projects have you worked on?",
            f"My projects include {_join([n for n, _ in names[:5]])}.",
            "Projects",
            [f for _, f in names[:5]],
        )


def _publications(facts: list[Fact], pairs: _Pairs, title: str) -> None:
    surname = title.split()[-1].lower() if title else ""
    papers: list[tuple[str, str, Fact]] = []
    talks: list[tuple[str, str, Fact]] = []
    for fact in facts:
        paper = re.match(
            r'^(?:\d+\.\s*)?(?P<authors>[^"“]+?)\.\s*["“](?P<title>[^"”]+?)\.?["”]\s*(?P<venue>[^,]+),\s*(?P<year>\d{4})',
            fact.text,
        )
        if paper:
            others = [a.strip() for a in re.split(r",| and ", paper["authors"]) if a.strip()]
            others = [a for a in others if surname not in a.lower()]
            with_ = f", with {_join(others)}" if others else ""
            venue = paper["venue"].strip().rstrip(".")
            pairs.add(
                f"Where did you publish “{paper['title']}”?",
                f"“{paper['title']}” appeared in {venue} in {paper['year']}{with_}.",
                "Publications",
                [fact],
            )
            pairs.add(
                f"What was your {paper['year']} {venue} paper about?",
                f"It's “{paper['title']}”, published in {venue} in {paper['year']}.",
                "Publications",
                [fact],
            )
            papers.append((paper["title"], f"{venue}, {paper['year']}", fact))
            continue
        talk = re.match(rf"^(?P<date>{_DATE}),\s*(?P<event>[^:]+):\s*(?P<title>[^.]+)\.?", fact.text)
        if talk:
            event = talk["event"].split(",")[0].strip()
            pairs.add(
                f"What did you talk about at {event}?",
                f"At {event} ({month_year(talk['date'])}) I gave a talk called “{talk['title'].strip()}”.",
                "Publications",
                [fact],
            )
            talks.append((talk["title"].strip(), event, fact))
    if papers:
        pairs.add(
            "What have you published?",
            f"I've published {_join([f'“{t}” ({v})' for t, v, _ in papers[:3]])}.",
            "Publications",
            [f for _, _, f in papers[:3]],
        )
    if talks:
        pairs.add(
            "Have you given any talks?",
            f"Yes: {_join([f'“{t}” at {e}' for t, e, _ in talks[:3]])}.",
            "Publications",
            [f for _, _, f in talks[:3]],
        )


def _awards(facts: list[Fact], pairs: _Pairs, title: str) -> None:
    found: list[tuple[str, str, Fact]] = []
    for fact in facts:
        match = re.match(
            r"^(?:Award|Honou?r|Prize):\s*(?P<name>.+?)\s*\((?P<date>[^()]*\d{4})\)\.?\s*(?P<rest>.*)$",
            fact.text,
        )
        if not match:
            continue
        name, date = match["name"].strip(), month_year(match["date"])
        why = concise(match["rest"], 1).rstrip(".")
        the = "" if name.lower().startswith("the ") else "the "
        said = f"I received {the}{name} in {date}" + (f", {_lower_first(why)}" if why else "")
        pairs.add(f"When did you receive {the}{name}?", said, "Awards", [fact])
        if why:
            pairs.add(f"What did you win {the}{name} for?", said, "Awards", [fact])
        found.append((name, date, fact))
    if found:
        pairs.add(
            "Have you won any awards?",
            f"Yes: {_join([f'the {n} ({d})' for n, d, _ in found[:4]])}.",
            "Awards",
            [f for _, _, f in found[:4]],
        )


def _certifications(facts: list[Fact], pairs: _Pairs, title: str) -> None:
    found: list[tuple[str, Fact]] = []
    for fact in facts:
        match = re.match(
            rf"^Certification:\s*(?P<name>.+?),\s*issued by\s+(?P<org>.+?)\s*\((?P<date>{_DATE})\b", fact.text
        )
        if not match:
            continue
        name = match["name"].strip()
        pairs.add(
            f"When did you get the {name} certification?"
            if "certif" not in name.lower()
            else f"When did you get {name}?",
            f"I earned {name}, issued by {_school(match['org'])}, in {month_year(match['date'])}.",
            "Certifications",
            [fact],
        )
        found.append((name, fact))
    if found:
        pairs.add(
            "Do you have any certifications?",
            f"Yes: {_join([n for n, _ in found[:4]])}.",
            "Certifications",
            [f for _, f in found[:4]],
        )


# --- About, Contact, Goals, Interests, Opinions ---------------------------------------------------


def _about(facts: list[Fact], pairs: _Pairs, title: str) -> None:
    for fact in facts:
        match = re.match(
            r"^(?P<label>Name|Location|Headline|Industry|Based in):\s*(?P<value>.+?)\.?$", fact.text
        )
        if not match:
            continue
        label, value = match["label"], match["value"].strip()
        if label == "Name":
            pairs.add("What's your name?", f"I'm {value}.", "About", [fact])
        elif label in {"Location", "Based in"}:
            pairs.add("Where are you based?", f"I'm based in {value}.", "About", [fact])
            pairs.add("Where do you live?", f"I live in {value}.", "About", [fact])
        elif label == "Headline":
            line = value.replace(" · ", ": ")
            if _ROLE_WORDS.search(line.split(":")[0]):
                line = f"I'm {_article(line)} {line}"
            pairs.add("How would you sum up what you do in one line?", line, "About", [fact])
        elif label == "Industry":
            pairs.add("What industry do you work in?", f"I work in {value}.", "About", [fact])
    # The fullest first-person summary answers "Tell me about yourself".
    summaries = [f for f in facts if len(sentences(f.text)) >= 3 and "(written" not in f.text]
    if summaries:
        best = max(summaries, key=lambda f: len(f.text))
        lines = [_noun_phrase_intro(s) for s in sentences(best.text)]
        answer = concise(" ".join(lines), 2)
        if _FIRST_PERSON.search(answer):
            pairs.add("Tell me about yourself.", answer, "About", [best])
            pairs.add("Who are you?", answer, "About", [best])


def _noun_phrase_intro(sentence: str) -> str:
    """'Computational physicist turned ML engineer.' -> 'I'm a computational physicist turned ML engineer.'"""
    if not _FIRST_PERSON.search(sentence) and _ROLE_WORDS.search(sentence) and len(sentence.split()) <= 10:
        phrase = _lower_first(sentence.rstrip("."))
        return f"I'm {_article(phrase)} {phrase}."
    return first_person(sentence)


def _contact(facts: list[Fact], pairs: _Pairs, title: str) -> None:
    emails: list[tuple[str, Fact]] = []
    sites: list[tuple[str, Fact]] = []
    for fact in facts:
        for email in _EMAIL.findall(fact.text):
            entry = (email, fact)
            # "(primary)" beside an address puts it first.
            if re.search(re.escape(email) + r"\s*\(primary\)", fact.text):
                emails.insert(0, entry)
            else:
                emails.append(entry)
        without_emails = _EMAIL.sub(" ", fact.text)
        for url in _URL.findall(without_emails):
            if "." in url and not url.endswith(".") and re.search(r"[a-z]", url):
                sites.append((url.rstrip("/"), fact))
    if emails:
        email, fact = emails[0]
        pairs.add("What's your email address?", f"You can email me at {email}.", "Contact", [fact])
    github = next(((u, f) for u, f in sites if "github.com" in u), None)
    personal = next(((u, f) for u, f in sites if "github.com" not in u and "linkedin.com" not in u), None)
    if github:
        pairs.add(
            "Where can I find your code?", f"My code is on GitHub: {github[0]}.", "Contact", [github[1]]
        )
    if personal:
        pairs.add("Do you have a website?", f"Yes: {personal[0]}.", "Contact", [personal[1]])
    if emails:
        email, fact = emails[0]
        tail = f"; my website is {personal[0]}" if personal else ""
        used = [fact] + ([personal[1]] if personal else [])
        pairs.add("How can I contact you?", f"Email me at {email}{tail}.", "Contact", used)


def _prose_section(
    questions: list[str], *, opinion: bool = False
) -> Callable[[list[Fact], _Pairs, str], None]:
    """Goals, Interests, Opinions: the section's first first-person statement answers its questions."""

    def build(facts: list[Fact], pairs: _Pairs, title: str) -> None:
        for fact in facts:
            if _is_heading(fact.text):
                continue
            said = [first_person(s) for s in sentences(fact.text)]
            if opinion and said:
                said[0] = _opinion(said[0])
            # Later sentences join the first only when they, too, speak as the person.
            text = concise(" ".join(said[:1] + [s for s in said[1:2] if _FIRST_PERSON.search(s)]), 2)
            if _FIRST_PERSON.search(text) and len(text.split()) >= 6:
                for question in questions:
                    pairs.add(question, text, fact.section, [fact])
                return

    return build


def _opinion(sentence: str) -> str:
    said = first_person(sentence)
    return said if _FIRST_PERSON.search(said) else f"In my view, {_lower_first(said)}"


_SECTION_BUILDERS: dict[str, Callable[[list[Fact], _Pairs, str], None]] = {
    "About": _about,
    "Experience": _experience,
    "Education": _education,
    "Skills": _skills,
    "Languages": _languages,
    "Projects": _projects,
    "Publications": _publications,
    "Awards": _awards,
    "Certifications": _certifications,
    "Contact": _contact,
    "Goals": _prose_section(["What are your goals?", "What are your plans for the next few years?"]),
    "Interests": _prose_section(["What do you do in your free time?", "What are your hobbies?"]),
    "Opinions": _prose_section(["What's a strong opinion you hold about your field?"], opinion=True),
}


# --- sentence-level questions ---------------------------------------------------------------------

# A first-person sentence that says one of these answers the question beside it, whatever its section.
_SENTENCE_RULES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"\bI grew up in\b"), "Where did you grow up?"),
    (re.compile(r"\bI (?:live|am based|'m based) in\b"), "Where do you live?"),
    (re.compile(r"\bI (?:already )?speak\b"), "What languages do you speak?"),
    (
        re.compile(r"\bI(?:'ve| have)? started learning\b|\bI'm learning\b"),
        "What are you learning at the moment?",
    ),
    (re.compile(r"\bI play the \w+"), "Do you play an instrument?"),
    (
        re.compile(r"\bmy (?:dog|cat|border collie|labrador|spaniel|terrier|puppy|pet)\b", re.IGNORECASE),
        "Do you have any pets?",
    ),
    (re.compile(r"\bmarathon\b|\bI (?:can )?run\b", re.IGNORECASE), "Do you do any sport?"),
    (re.compile(r"\bI(?:'m| am) giving a talk\b"), "Are you giving any talks soon?"),
    (re.compile(r"\bI lead (?:the|a) [\w ]*team\b"), "Do you lead a team?"),
    (re.compile(r"\b(?:I want to|I'd like to|I hope to|I plan to|[Mm]y goal)\b"), "What are your goals?"),
    (re.compile(r"\b(?:five|5) years\b"), "Where do you see yourself in five years?"),
    (re.compile(r"\bHead of\b|\bstep(?:ping)? up\b|\bpromot"), "What are your career ambitions?"),
    (re.compile(r"\bI (?:moved|came) (?:back )?to\b"), "Why did you move?"),
    (re.compile(r"\bweekends?\b", re.IGNORECASE), "What do you do at the weekend?"),
    (
        re.compile(r"\b(?:I wish|is the wrong|I think|I believe|overrated|underrated)\b"),
        "What's something you disagree with in your field?",
    ),
]
# A name: an acronym or camel-case word (MAPE, PyData), or capitalised words joined by spaces or "of".
_ENTITY = re.compile(
    r"\b(?:[A-Z][a-zA-Z0-9]*[A-Z][a-zA-Z0-9]*|[A-Z][a-z]+)(?:(?:\s+of)?\s+(?:[A-Z][a-zA-Z0-9]*))*\b"
)
# Words that are capitalised without naming anything worth a question on their own.
_COMMON_CAPITALISED = {
    *(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]),
    *(
        [
            "English",
            "German",
            "French",
            "Spanish",
            "Italian",
            "Hungarian",
            "Swedish",
            "Dutch",
            "Polish",
            "Chinese",
            "Japanese",
        ]
    ),
    *(["Native", "Professional", "Elementary", "Limited", "Full"]),
}
# A sentence that leans on the one before ("That is what we used") does not answer on its own.
_DEPENDENT_START = re.compile(r"^(?:That|This|These|Those|It|They|Them|But|And|So|Also|Good points)\b")


def _sentence_pairs(section: str, facts: list[Fact], pairs: _Pairs, title: str) -> None:
    """Rules on single first-person sentences, then "What can you tell me about X?" for names they mention."""
    name_words = set(title.split())
    for fact in facts:
        if _is_heading(fact.text):
            continue
        for raw in sentences(fact.text):
            said = _opinion(raw) if section == "Opinions" else first_person(raw)
            if not _FIRST_PERSON.search(said) or len(said.split()) < 5 or len(said) > MAX_ANSWER_CHARS:
                continue
            if _DEPENDENT_START.match(raw):
                continue
            for pattern, question in _SENTENCE_RULES:
                if pattern.search(said):
                    pairs.add(question, said, section, [fact])
            entity = _first_entity(re.sub(r"\([^()]*\)", " ", raw), name_words)
            if entity:
                pairs.add(f"What can you tell me about {entity}?", said, section, [fact])


def _first_entity(sentence: str, name_words: set[str]) -> str | None:
    starters = {w.lower() for w in _NOT_ENTITIES} | _BARE_VERBS
    for match in _ENTITY.finditer(sentence):
        words = match[0].split()
        if match.start() == 0:
            head = words[0]
            if head.lower() in starters or (head[1:].islower() and head.lower().endswith("ed")):
                words = words[
                    1:
                ]  # "Built Tidecast": the verb that opens the sentence is not part of the name
            elif len(words) == 1 and head[1:].islower():
                continue  # a capitalised first word is usually just the start of the sentence
        words = [w for w in words if w not in _NOT_ENTITIES]
        while words and words[0] == "of":
            words = words[1:]
        while words and words[-1] == "of":
            words = words[:-1]
        entity = " ".join(words)
        if (
            len(entity) < 3
            or entity in _COMMON_CAPITALISED
            or set(words) & name_words
            or _ROLE_WORDS.search(entity)
        ):
            continue
        return entity
    return None
