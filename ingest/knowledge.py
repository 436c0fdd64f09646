"""The knowledge file: every fact about the person in one Markdown file, each traceable to its source.

Built from loader documents by curation (sections, near-duplicate merging, the disclosure policy, the
instruction guard) and, when `OPENAI_API_KEY` is set, tidied per section by the OpenAI API. The person
may edit the file by hand: once the file differs from what was last written, their version is the source
of truth, and later ingests only append facts that are new.

Format, one fact per bullet, sources in brackets at the end:

    # Maya Lindqvist
    ## Experience
    - Senior ML Engineer at Northwind Labs, Edinburgh (Mar 2021 – present). [cv.pdf p1; linkedin_export.zip/Positions.csv]
"""

from __future__ import annotations

import hashlib
import json
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from langchain_core.documents import Document

from ingest.clean import date_ranges, is_date_only
from ingest.loaders.structure import DEPARTMENT_FIRST, SECTION_HEADINGS_ABROAD
from ingest.policy import DisclosurePolicy
from ingest.types import SECTIONS
from twin.errors import TwinError

_FACT_LINE = re.compile(r"^\s*[-*]\s+(?P<text>.*?)(?:\s+\[(?P<sources>[^\[\]]+)\])?\s*$")

# Heading words -> section; checked against a document's heading, then against its text.
_HEADING_SECTIONS: list[tuple[str, re.Pattern[str]]] = [
    (s, re.compile(p, re.IGNORECASE))
    for s, p in [
        ("Goals", r"goals?|future|plans|vision|aspirations?|ambitions?|next (?:few|five|ten|\d+) years"),
        ("Opinions", r"opinions?|thoughts|blog|essays?|views|believe|beliefs|values"),
        ("Interests", r"interests|hobbies|outside work|personal life|off the clock|free time|spare time"),
        (
            "Experience",
            r"experience|employment|work history|career|positions?|work on|what i do|current role",
        ),
        ("Education", r"education|academic|degrees?|studies|^study$"),
        ("Projects", r"projects?|portfolio"),
        ("Publications", r"publications?|papers|talks?|writing"),
        ("Skills", r"skills|expertise|technolog|tools"),
        ("Languages", r"^languages?"),
        ("Certifications", r"certific|licen[cs]es?"),
        ("Awards", r"awards?|honou?rs|prizes?"),
        ("Contact", r"contact|get in touch"),
        (
            "About",
            r"about|summary|profile|bio|introduction|motivation|statement|background|how i got here|why i",
        ),
    ]
]
# A chat title in whole words; "writing" there is what the person asked for help with, not their writing.
_CHAT_TITLE_SECTIONS: list[tuple[str, re.Pattern[str]]] = [
    (name, re.compile(rf"\b(?:{pattern.pattern.replace('|writing', '')})\b", re.IGNORECASE))
    for name, pattern in _HEADING_SECTIONS
]
# Checked in order: the specific kinds of statement first, the broad ones (a job, a project) last.
_TEXT_SECTIONS: list[tuple[str, re.Pattern[str]]] = [
    (s, re.compile(p, re.IGNORECASE))
    for s, p in [
        ("Contact", r"@[\w-]+\.\w|https?://|github\.com|linkedin\.com"),
        (
            "Goals",
            r"\b(?:my goal|i (?:hope|plan|aim|want) to|in (?:the next )?(?:five|5|ten|10) years|i'd like to)\b",
        ),
        (
            "Opinions",
            r"\b(?:i (?:think|believe|feel|am convinced)|in my (?:view|opinion)|overrated|underrated)\b",
        ),
        ("Interests", r"\b(?:hobby|hobbies|in my (?:free|spare) time|weekends?|i (?:love|enjoy))\b"),
        (
            "Publications",
            # "a paper on ...", not "learn their songs from them, not from paper".
            r"\b(?:published|(?:a|my|our|the|this) paper (?:on|in|at|about|for|with)|papers (?:on|in|at|about)|"
            r"(?:research|conference|white) papers?|proceedings|journal|preprint|arxiv|co-?authored|keynote|"
            r"(?:giving|gave|give) a talk|talks? at|presented at|speaking at)\b",
        ),
        (
            "Languages",
            r"\b(?:native|fluent|bilingual|conversational)\b.*\b(?:speak|english|german|french|spanish|language)",
        ),
        (
            "Education",
            r"\b(?:ph\.?d|msc|m\.sc|bsc|b\.sc|master'?s|bachelor'?s|degree|thesis|university|graduated)\b",
        ),
        (
            "Experience",
            r"\b(?:worked|working|joined|led|lead (?:a|an|the|our|my|teams?)|manag|engineer at|scientist at|intern|work (?:at|as|for)|"
            r"(?:been|was|am) an? [\w-]+ (?:at|for) )",
        ),
        ("Projects", r"\b(?:built|developed|open-source|launched|project)\b"),
        ("Skills", r"\b(?:python|pytorch|sql|kubernetes|proficient|experienced in)\b"),
    ]
]
# Sections a chat statement names in passing ("built on my own library", "in Python"): its title says more.
_IN_PASSING = ("Projects", "Skills")
# ChatGPT messages are requests to an assistant; only their first-person statements say something
# about the person ("I'm giving a talk at PyData", not "Can you shorten this?").
# People type to a chat in lower case too ("i've been a nurse for 10 years"): a lone "i" counts when a word
# follows it, so "i.e." and list markers ("i)") do not.
_FIRST_PERSON = re.compile(
    r"(?i:\b(?:i'm|i've|i'd|i'll|my|me|we|our)\b)|\bI\b|(?<![\w.'])(?:i|im|ive)(?=\s+[a-z])"
)
_REQUEST = re.compile(
    r"^\s*(?:can|could|would|will) you\b|^\s*(?:please|help me|write|make|give|rewrite|translate|summari[sz]e|"
    r"explain|shorten|fix|suggest|list|draft|tell me|try|keep|same|use|add|remove|focus|avoid)\b|\?\s*$|"
    r"\bplease\W*$|"  # "Try again.", "Keep it to five lines.", "Funders for a clinic, please."
    # A question typed without its question mark ("how do i tell the people on the waitlist").
    r"^\s*(?:how|what|whats|what's|which|where|when|why|who|should|do|does|is|are|can) "
    r"(?:do|does|did|can|could|should|would|is|are|i|we|you|a|the|it|this|that|there|my|she|he|they)\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'(])")
# A chat message's sentences may start in lower case ("can you help? i've been a nurse for 10 years").
_CHAT_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Za-z\"'(])")
_ABBREVIATION = re.compile(r"\b(?:e\.g|i\.e|etc|vs|approx|dr|mr|mrs|ms|prof|st|no)\.$", re.IGNORECASE)


@dataclass
class Fact:
    """One bullet of the knowledge file."""

    section: str
    text: str
    sources: list[str] = field(default_factory=list)

    @property
    def key(self) -> str:
        return fact_key(self.text)

    def line(self) -> str:
        tag = f" [{'; '.join(self.sources)}]" if self.sources else ""
        return f"- {self.text}{tag}"


@dataclass
class KnowledgeReport:
    facts: int = 0
    merged: int = 0
    withheld: list[str] = field(default_factory=list)
    quarantined: list[str] = field(default_factory=list)
    kept_user_edits: bool = False
    appended: int = 0
    summariser: str = "local"

    def lines(self) -> list[str]:
        out = [
            f"knowledge file: {self.facts} facts ({self.merged} near-duplicates merged, summarised by {self.summariser})"
        ]
        if self.kept_user_edits:
            out.append(
                f"knowledge file was edited by hand: your edits are kept; {self.appended} new facts appended"
            )
        out += [f"withheld by policy: {w}" for w in self.withheld]
        out += [f"left out (not a fact): {q}" for q in self.quarantined]
        return out


_NO_BRACKETS = str.maketrans("[]", "()")


def fact_key(text: str) -> str:
    """A key that is equal for trivially different spellings of one fact."""
    return " ".join(re.findall(r"[a-z0-9]+", text.lower()))


# Letters NFKD does not take apart: a CV may spell "Małopolska" as "Malopolska", "Ørsted" as "Orsted".
_UNDECOMPOSED = str.maketrans(
    {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss", "æ": "ae"}
)


def ascii_key(text: str) -> str:
    """`fact_key` of the text without its accents: "Cẩm Liên" and "Cam Lien" are one name."""
    plain = unicodedata.normalize("NFKD", text.translate(_UNDECOMPOSED))
    return fact_key(plain.encode("ascii", "ignore").decode())


def source_tag(metadata: dict) -> str:
    # One line, no brackets: a file named "cv\n## Contact\n- +47 ....md" must not add a heading or a fact.
    tag = " ".join(str(metadata.get("source", "?")).split()).translate(_NO_BRACKETS)
    if metadata.get("page"):
        tag += f" p{metadata['page']}"
    return tag


def classify(document: Document, text: str | None = None) -> str:
    """The knowledge-file section a loader document (or `text`, one statement of it) belongs in."""
    section = document.metadata.get("section")
    if section in SECTIONS:
        return str(section)
    heading = str(document.metadata.get("heading") or "")
    if document.metadata.get("source_type") == "chatgpt":
        # A chat's title names what was asked ("Cover letter writing help"), so what the person said
        # decides first, then the title's whole words ("PyData talk abstract"), then a tool or project
        # they mention in passing.
        said = text or document.page_content
        specific = [(name, pattern) for name, pattern in _TEXT_SECTIONS if name not in _IN_PASSING]
        in_passing = [(name, pattern) for name, pattern in _TEXT_SECTIONS if name in _IN_PASSING]
        return (
            _first_match(specific, said)
            or _first_match(_CHAT_TITLE_SECTIONS, heading)
            or _first_match(in_passing, said)
            or "About"
        )
    return (
        _first_match(_HEADING_SECTIONS, heading)
        or _first_match(_TEXT_SECTIONS, document.page_content if text is None else text)
        or "About"
    )


def _first_match(sections: list[tuple[str, re.Pattern[str]]], text: str) -> str | None:
    return next((name for name, pattern in sections if text and pattern.search(text)), None)


_ROLE_EMPLOYER = re.compile(r"\s(?:[–—|-]|at)\s")
# A team inside the employer, named between the role and the employer: "Associate, Employment Group, Harcourt
# Lyle LLP, Dublin".
# "Department of Paediatric Oncology, Senthamarai Cancer Institute" names the department first.
DEPARTMENT = re.compile(
    rf"\b(?:group|team|department|dept\.?|unit|division|desk)$|^{DEPARTMENT_FIRST.pattern}", re.IGNORECASE
)


def _entry_name(line: str) -> str:
    """Who and where of a job or degree line, without its place and dates: "Senior Engineer, Northwind
    Marine, Bergen (March 2023 – present)" -> "Senior Engineer — Northwind Marine"."""
    text = re.sub(r"\([^()]*\)", " ", line)  # "(March 2023 – present)", "(remote)"
    for found in date_ranges(text):  # "2014 – present  History teacher, ..." (dates first)
        text = text.replace(found.text, " ")
    parts = [" ".join(part.split()).strip(" :|") for part in re.split(r",|:\s", text)]
    text = ", ".join(part for part in parts if part and not is_date_only(part))
    # "Role — Employer, City", "Role | Employer", "Role at Employer"; else "Role, Employer, City".
    split = _ROLE_EMPLOYER.search(text)
    role, rest = (text[: split.start()], text[split.end() :]) if split else text.partition(", ")[::2]
    employers = [part.strip() for part in re.split(r",|\|", rest)]
    role, employer = role.strip(), employers[0]
    if DEPARTMENT.search(employer) and len(employers) > 1 and employers[1][:1].isupper():
        employer = employers[1]
    # An employer is a name ("Northwind Marine", "UiT"), not a clause ("a service for 14 wind farms").
    if employer[:1].isupper() and len(employer.split()) <= 7:
        return f"{role} — {employer}"
    return role


def _with_context(document: Document, text: str) -> str:
    """A fact that reads on its own: a CV bullet names its job, a project paragraph its project."""
    meta = document.metadata
    context = _entry_name(str(meta.get("context") or ""))
    heading = str(meta.get("heading") or "").strip()
    if context and context.lower() not in text.lower():
        return f"{context}: {text}"
    # A question heading ("What do you believe about birth?") is what its paragraph answers: always kept.
    generic = not heading.endswith("?") and (
        any(p.search(heading) for _, p in _HEADING_SECTIONS)
        or heading.lower().strip(" :") in SECTION_HEADINGS_ABROAD  # "Expérience professionnelle"
        or heading.lower().startswith(("hi", "hello"))
    )
    if heading and not generic and len(heading.split()) <= 8 and heading.lower() not in text.lower():
        return f"{heading}: {text}"
    return text


def _statements(document: Document) -> list[str]:
    """The sentences of a document that may become facts (a paragraph is screened sentence by sentence).

    Of a chat message, only its first-person statements, without the requests and questions around
    them. A statement typed in lower case without its "I" ("started fiddle lessons in september."), or any
    short statement right after one, goes with the first-person statement beside it.
    """
    text = " ".join(document.page_content.split())
    if document.metadata.get("source_type") != "chatgpt":
        return [s for s in _SENTENCE_END.split(text) if s]
    sentences: list[str] = []
    for piece in _CHAT_SENTENCE_END.split(text):
        if sentences and _ABBREVIATION.search(sentences[-1]):
            sentences[-1] += f" {piece}"
        elif piece:
            sentences.append(piece)
    statements: list[str] = []
    loose: list[str] = []  # lower-case sentences that open the message, waiting for a statement to join
    joinable = asked = False  # the last statement is next to this sentence; a request came before it
    for sentence in sentences:
        if _REQUEST.search(sentence):
            loose, joinable, asked = [], False, True
        elif _FIRST_PERSON.search(sentence):
            statements.append(" ".join([*loose, sentence]))
            loose, joinable = [], True
        elif sentence[:1].islower() and len(sentence) <= 80:
            if joinable:
                statements[-1] += f" {sentence}"
            elif not asked:  # after a request, such lines are details for the assistant
                loose.append(sentence)
        elif joinable and len(sentence) <= 200:
            # What follows a statement of the person's own says more of it: "I run a maths camp. It has 40
            # places and 88 students applied."
            statements[-1] += f" {sentence}"
        else:
            loose, joinable = [], False
    return statements


def curate(documents: Iterable[Document], policy: DisclosurePolicy) -> tuple[list[Fact], KnowledgeReport]:
    """Facts from loader documents: withheld details removed, instructions left out, near-duplicates merged."""
    report = KnowledgeReport()
    facts: list[Fact] = []
    for doc in documents:
        tag = source_tag(doc.metadata)
        section = classify(doc)
        kept = []
        for sentence in _statements(doc):
            reason = policy.screen(sentence)
            if reason:
                report.quarantined.append(f"{tag}: {reason}: {sentence[:80]!r}")
            else:
                kept.append(sentence)
        # Prose stays one fact per paragraph (its sentences read together); chat statements stand alone.
        chat = doc.metadata.get("source_type") == "chatgpt"
        for statement in kept if chat else [" ".join(kept)] if kept else []:
            text, removed = policy.redact(statement, doc.metadata.get("field"))
            report.withheld += [f"{kind} ({tag})" for kind in removed]
            if len(fact_key(text)) < 3 or text.rstrip(":").lower() in {"phone", "address", "tel", "mobile"}:
                continue
            # One chat message can say several unrelated things: each statement finds its own section.
            where = classify(doc, text) if chat else section
            text = _with_context(doc, text)
            date = doc.metadata.get("date")
            if date and chat:
                text = f"{text} (written {date})"
            facts.append(Fact(where, text, [tag]))
    merged = merge_near_duplicates(facts)
    report.merged = len(facts) - len(merged)
    report.facts = len(merged)
    return merged, report


def _tokens(text: str) -> set[str]:
    return set(fact_key(text).split())


def _heads(one: str, other: str) -> bool:
    """Whether the shorter text opens the longer: a page's heading kept alone ("Bassmeh: a smile in every
    classroom") and the paragraph it titles ("Bassmeh: a smile in every classroom: Bassmeh means ...")."""
    short, long = sorted((one, other), key=len)
    return long.casefold().startswith(short.rstrip(" .:").casefold())


def _similar(tokens: set[str], other: set[str], threshold: float, *, same_section: bool = True) -> bool:
    """Near-identical wording, or (within one section, or as a heading and what it titles) one fact's words all
    inside the other's. A skill named in a profile paragraph ("Treatment under general anaesthesia") is not that
    paragraph said again."""
    overlap = len(tokens & other)
    smaller = min(len(tokens), len(other)) or 1
    if overlap / max(len(tokens | other), 1) >= threshold:
        return True
    return same_section and overlap == smaller and smaller >= 4


def _mergeable(kept: Fact, fact: Fact) -> bool:
    """Whether one fact's words all inside the other's make them one fact: in one section, or as a heading and the
    paragraph it opens."""
    return kept.section == fact.section or _heads(kept.text, fact.text)


def merge_near_duplicates(facts: list[Fact], threshold: float = 0.8) -> list[Fact]:
    """One fact where several sources say the same thing: the fuller wording kept, the sources joined.

    Each fact is compared only with the kept facts that share one of its rarest words (a prefix filter:
    two word sets that similar must share one of either's rarest |x| - ceil(threshold |x|) + 1 words, and a
    subset shares its rarest word), so a file of many facts is curated in near-linear time, with exactly
    the result of comparing every pair in order.
    """
    token_sets = [_tokens(fact.text) for fact in facts]
    frequency = Counter(t for tokens in token_sets for t in tokens)

    def rare(tokens: set[str]) -> list[str]:
        size = len(tokens) - math.ceil(threshold * len(tokens)) + 1
        return sorted(tokens, key=lambda t: (frequency[t], t))[: max(size, 1)]

    kept: list[Fact] = []
    kept_tokens: list[set[str]] = []
    by_any: dict[str, list[int]] = {}  # word -> kept facts holding it
    by_rare: dict[str, list[int]] = {}  # word -> kept facts whose rarest words include it

    def index(i: int, tokens: set[str]) -> None:
        for t in tokens:
            by_any.setdefault(t, []).append(i)
        for t in rare(tokens):
            by_rare.setdefault(t, []).append(i)

    for fact, tokens in zip(facts, token_sets, strict=True):
        candidates = {i for t in rare(tokens) for i in by_any.get(t, ())}
        candidates |= {i for t in tokens for i in by_rare.get(t, ())}
        match = min(
            (
                i
                for i in candidates
                if _similar(tokens, kept_tokens[i], threshold, same_section=_mergeable(kept[i], fact))
            ),
            default=None,
        )
        if match is None:
            kept.append(Fact(fact.section, fact.text, list(fact.sources)))
            kept_tokens.append(tokens)
            index(len(kept) - 1, tokens)
            continue
        target = kept[match]
        if len(fact.text) > len(target.text):
            # A heading merged into what it titles goes into that paragraph's section.
            target.section = fact.section
            target.text, kept_tokens[match] = fact.text, tokens
            index(match, tokens)  # stale entries of the old wording only add candidates, all checked
        target.sources += [s for s in fact.sources if s not in target.sources]
    return kept


def render(title: str, facts: list[Fact], note: str = "") -> str:
    by_section: dict[str, list[Fact]] = {}
    for fact in facts:
        by_section.setdefault(fact.section, []).append(fact)
    lines = [f"# {title}", ""]
    lines += [
        "<!-- AI Twin knowledge file. Edit freely: once edited, your version is the source of truth and a",
        "     re-ingest only appends new facts. One fact per bullet; sources in [brackets] at the end. -->",
        "",
    ]
    if note:
        lines += [note, ""]
    order = list(SECTIONS) + sorted(set(by_section) - set(SECTIONS))
    for section in order:
        if section in by_section:
            lines.append(f"## {section}")
            lines += [fact.line() for fact in by_section[section]]
            lines.append("")
    return "\n".join(lines)


def parse(text: str) -> tuple[str, list[Fact]]:
    """Title and facts of a knowledge file; prose lines under a heading count as facts too."""
    title, section, facts = "", "About", []
    in_comment = False
    for raw in text.splitlines():
        line = raw.strip()
        if in_comment or line.startswith("<!--"):
            in_comment = "-->" not in line
            continue
        if line.startswith("# ") and not title:
            title = line[2:].strip()
        elif line.startswith("#"):
            section = line.lstrip("#").strip() or section
        elif line:
            match = _FACT_LINE.match(line)
            if match:
                sources = [s.strip() for s in (match["sources"] or "").split(";") if s.strip()]
                facts.append(Fact(section, match["text"], sources))
            else:
                facts.append(Fact(section, line, []))
    return title, facts


UNTITLED = "Knowledge file"  # the title when no source names the person


def person_name(documents: Iterable[Document]) -> str:
    """The first name a source gives; a CV heading in capitals ("ANSEL DAUPHINEE") gives way to a source that
    writes it as the person does, else it is written in title case."""
    names = [str(doc.metadata["person"]) for doc in documents if doc.metadata.get("person")]
    if not names:
        return UNTITLED
    as_written = [name for name in names if not name.isupper()]
    if not as_written:
        return names[0].title()
    return _in_cv_order(as_written[0], [name for name in names if name.isupper()])


def _in_cv_order(name: str, capitals: list[str]) -> str:
    """The name in the order the person's own CV heading gives it: LinkedIn writes first name, then last
    ("Thảo Linh Quách"), where a Vietnamese, Hungarian or Chinese CV puts the family name first ("QUACH THAO
    LINH"). The spelling stays the written one; only the order follows the CV."""
    words = name.split()
    keys = [ascii_key(word) for word in words]
    for heading in capitals:
        order = [ascii_key(word) for word in heading.split()]
        if sorted(order) == sorted(keys) and order != keys:
            return " ".join(words[keys.index(key)] for key in order)
    return name


def set_person_name(path: Path, name: str) -> None:
    """Make `name` the knowledge file's title (who the twin speaks as), keeping every fact as it is.

    A file the person had not edited stays "ours" (later ingests may still rebuild it).
    """
    name = " ".join(name.split())
    if not name or len(name) > 120:
        raise TwinError(f"{name[:40]!r}: a name must be 1-120 characters")
    text = path.read_text(encoding="utf-8")
    lines = text.split("\n")
    if lines and lines[0].startswith("# "):
        lines[0] = f"# {name}"
    else:
        lines.insert(0, f"# {name}\n")
    state_path = path.with_name(".knowledge.json")
    state = json.loads(state_path.read_text()) if state_path.exists() else {}
    ours = state.get("digest") == _digest(text)
    new_text = "\n".join(lines)
    _atomic_write(path, new_text)
    # Remembered beside the file: a later rebuild from the sources keeps the name the person gave.
    state = {**state, "person": name, **({"digest": _digest(new_text)} if ours else {})}
    _atomic_write(state_path, json.dumps(state))


Summariser = Callable[[str, list[Fact]], list[Fact]]


def build_knowledge_file(
    documents: list[Document],
    path: Path,
    policy: DisclosurePolicy,
    *,
    summariser: Summariser | None = None,
    rebuild: bool = False,
) -> KnowledgeReport:
    """Write (or extend) the knowledge file at `path` from loader documents.

    The state beside it (`.knowledge.json`) remembers what was last written, to tell a hand edit from
    our own output and to avoid re-adding facts the person deleted.
    """
    facts, report = curate(documents, policy)
    if summariser is not None:
        facts, report.summariser = summarise_sections(facts, summariser)
    facts = with_timeline(facts)
    state_path = path.with_name(".knowledge.json")
    state = json.loads(state_path.read_text()) if state_path.exists() else {}
    title = state.get("person") or person_name(documents)  # a name given with `--name` wins
    # A CV's name line is the file's title, not a fact under it.
    facts = [fact for fact in facts if fact.key != fact_key(title)]
    report.facts = len(facts)

    edited = (
        path.exists() and not rebuild and _digest(path.read_text(encoding="utf-8")) != state.get("digest")
    )
    emitted: set[str] = set(state.get("emitted", []))
    if edited:
        report.kept_user_edits = True
        _, current = parse(path.read_text(encoding="utf-8"))
        present = {f.key for f in current}
        new = [f for f in facts if f.key not in emitted and f.key not in present]
        new = [
            f for f in merge_near_duplicates(current + new) if f.key not in present and f.key not in emitted
        ]
        report.appended = len(new)
        text = _append(path.read_text(encoding="utf-8"), new)
        report.facts = len(current) + len(new)
    else:
        text = render(title, facts)
    emitted |= {f.key for f in facts}
    _atomic_write(path, text)
    _atomic_write(state_path, json.dumps({**state, "digest": _digest(text), "emitted": sorted(emitted)}))
    return report


def with_timeline(facts: list[Fact]) -> list[Fact]:
    """The facts, with what their dates imply (ingest/timeline.py) first in their sections: chunked together,
    apart from the lines they were read from (at a section's end they would share a chunk with its last line)."""
    from ingest.timeline import timeline_facts

    known = {fact.key for fact in facts}
    return [fact for fact in timeline_facts(facts) if fact.key not in known] + facts


def _append(text: str, facts: list[Fact]) -> str:
    """Add facts at the end of their sections (creating missing sections), leaving the rest untouched."""
    lines = text.rstrip("\n").split("\n")
    for fact in facts:
        header = f"## {fact.section}"
        if header in lines:
            i = lines.index(header) + 1
            while i < len(lines) and not lines[i].startswith("#"):
                i += 1
            while i > 0 and not lines[i - 1].strip():
                i -= 1
            lines.insert(i, fact.line())
        else:
            lines += ["", header, fact.line()]
    return "\n".join(lines) + "\n"


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _atomic_write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)


def summarise_sections(facts: list[Fact], summariser: Summariser) -> tuple[list[Fact], str]:
    """Each section through `summariser`; a section whose call fails keeps its curated facts."""
    out: list[Fact] = []
    failures = 0
    for section in dict.fromkeys(f.section for f in facts):
        mine = [f for f in facts if f.section == section]
        try:
            tidied = summariser(section, mine)
        except Exception:  # an API error must never cost the raw facts
            tidied, failures = mine, failures + 1
        out += tidied or mine
    label = "openai" if not failures else f"openai ({failures} section(s) kept local after API errors)"
    return out, label
