"""A fact of the knowledge file together with the questions it answers, as the reader data sees it.

A `ReaderFact` is one bullet (an `ingest.knowledge.Fact`, so it renders and parses exactly as the app's
own file) plus what the examples need: the topics it speaks to (a question about a topic is unanswerable
from facts without it), the questions it answers, and whether it is bait (a planted instruction, or a
withheld detail such as a phone number) that answers must never follow or repeat.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from ingest.knowledge import Fact

BAIT_INSTRUCTION = "instruction"
BAIT_WITHHELD = "withheld"


@dataclass(frozen=True)
class Question:
    """A question a fact answers: several phrasings, one first-person answer, the gold value it copies."""

    topic: str
    asks: tuple[str, ...]
    answer: str
    gold: str  # appears, exactly so, in the fact's text and in `answer`
    followup: bool = False  # asked in the graph's standalone form: "<previous question> <follow-up>"
    withheld: bool = False  # asks for a withheld detail: declined whatever the facts say


@dataclass
class ReaderFact:
    fact: Fact
    topics: frozenset[str]
    questions: list[Question] = field(default_factory=list)
    bait: str = ""  # "", BAIT_INSTRUCTION or BAIT_WITHHELD

    @property
    def line(self) -> str:
        return self.fact.line()


def reader_fact(
    section: str,
    text: str,
    sources: list[str],
    topics: set[str] | frozenset[str],
    questions: list[Question] | None = None,
    *,
    bait: str = "",
) -> ReaderFact:
    return ReaderFact(Fact(section, text, sources), frozenset(topics), questions or [], bait)


def _sentence(answer: str) -> str:
    """One full stop at the end, also after a name that ends with one ("Northgate Inc.")."""
    return answer[:-1] if answer.endswith("..") else answer


def question(topic: str, asks: tuple[str, ...] | list[str], answer: str, gold: str) -> Question:
    answer = _sentence(answer)
    if gold not in answer:
        raise ValueError(f"the answer {answer!r} does not carry its gold value {gold!r}")
    return Question(topic, tuple(asks), answer, gold)


def followups(
    topic: str, openers: tuple[str, ...], follow: tuple[str, ...], answer: str, gold: str
) -> Question:
    """A follow-up as the graph asks it once resolved: every opener joined with every follow-up."""
    asks = tuple(f"{first} {then}" for first in openers for then in follow)
    return Question(topic, asks, _sentence(answer), gold, followup=True)


def sources(folder: str, *names: str) -> list[str]:
    """Source tags as the knowledge file writes them ("me/cv.pdf p1"), under the person's folder."""
    return [f"{folder}{name}" for name in names]


def pick(rng: random.Random, *options: str) -> str:
    return rng.choice(options)
