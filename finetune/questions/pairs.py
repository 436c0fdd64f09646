"""The pair collector: `QAPair` (one question, its answer and the facts it rests on) and `Pairs`.

`Pairs` keeps the pairs in the order the builders add them, tidies each answer, and lets a question that
was already asked keep its first answer. `Builder` is the shape every section builder has.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from finetune.questions.text import norm, tidy
from ingest.knowledge import Fact


@dataclass
class QAPair:
    """One question with its answer, the section it is about, and the facts the answer rests on."""

    question: str
    answer: str
    section: str
    facts: list[Fact] = field(default_factory=list)
    origin: str = "local"


class Pairs:
    """Collects pairs in order; a question already asked keeps its first answer."""

    def __init__(self) -> None:
        self.items: list[QAPair] = []
        self._seen: set[str] = set()

    def add(self, question: str, answer: str, section: str, facts: Iterable[Fact]) -> None:
        key = norm(question)
        answer = tidy(answer)
        if not answer or key in self._seen:
            return
        self._seen.add(key)
        self.items.append(QAPair(question, answer, section, list(facts)))


Builder = Callable[[list[Fact], Pairs, str], None]
