"""Education: questions about degrees, from "Degree in Subject at School (Start – End)" lines.

Owns the degree names it recognises (PhD, MSc, BA, ...), the degree parser, the per-degree questions
(where, in what, when), the thesis, supervisor and dissertation details that follow a degree, and the
"What did you study?" and "highest degree" summaries.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from finetune.questions.pairs import Pairs
from finetune.questions.text import DATE_RANGE, article, join_list, school_name
from ingest.knowledge import Fact

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


@dataclass
class _Degree:
    degree: str
    subject: str
    school: str
    years: str
    fact: Fact


def _parse_degree(fact: Fact) -> _Degree | None:
    text = fact.text
    degree = next((name for pattern, name in _DEGREES if pattern.search(text)), None)
    years = DATE_RANGE.search(text)
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


def education_pairs(facts: list[Fact], pairs: Pairs, title: str) -> None:
    """Degree lines and the thesis details after them, then the "What did you study?" summaries."""
    degrees: list[_Degree] = []
    context: _Degree | None = None
    for fact in facts:
        degree = _parse_degree(fact)
        if degree is not None:
            if not any(d.degree == degree.degree for d in degrees):
                degrees.append(degree)
            context = degree
            where = f"{school_name(degree.school)} ({degree.years})"
            said = f"I did my {degree.degree} in {degree.subject} at {where}."
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
            f"{article(d.degree)} {d.degree} in {d.subject} at {school_name(d.school)} ({d.years})"
            for d in degrees
        ]
        facts_used = [d.fact for d in degrees]
        pairs.add("What did you study?", f"I did {join_list(studied)}.", "Education", facts_used)
        pairs.add(
            "What's your educational background?", f"I did {join_list(studied)}.", "Education", facts_used
        )
        top = degrees[0]
        pairs.add(
            "What is your highest degree?",
            f"My highest degree is {article(top.degree)} {top.degree} in {top.subject}"
            f" from {school_name(top.school)}.",
            "Education",
            [top.fact],
        )
