"""Reader examples from synthetic people: the graph's RAG prompt over a person's own chunks, and the answer.

Each person's knowledge file is cut by `ingest.chunking.chunk_knowledge`, as the index cuts a real one;
the facts shown are chunks rendered as the graph renders retrieved documents (a trailing "Sources:" line
removed, chunks joined with newlines). One example asks one question about one fact:

  - "rag": the chunk holding the fact plus 1-3 distractor chunks of the same person, shuffled; the answer
    is a short first-person sentence copying the fact's names, numbers and dates;
  - "unknown": only chunks that cannot answer (no fact on the question's topic, no mention of the gold
    value), or a near miss (someone else's employer named), or the question's own section with the answer's
    line cut out; the answer is "I don't know.";
  - "bait": a planted instruction or a withheld detail (phone, street address) is among the facts and is
    ignored, or the question asks for the withheld detail and is declined;
  - "followup": the question in the graph's standalone form, "<previous question> <follow-up>".

Records have the shape of `finetune.dataset.Example.record()`, so `finetune.train` reads them.
"""

from __future__ import annotations

import hashlib
import random
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from finetune.dataset import Prompts
from finetune.reader.facts import BAIT_INSTRUCTION, Question, ReaderFact
from finetune.reader.knowledge import person_facts, render_facts
from finetune.reader.people import Person
from finetune.reader.phrasing import reword
from ingest.chunking import chunk_knowledge

DONT_KNOW = "I don't know."
RATHER_NOT = "I'd rather not share that."
KINDS = ("rag", "unknown", "bait", "followup", "squad")
# graph/answer.py's SOURCES_LINE, copied (finetune may not import graph): stripped from every retrieved chunk.
SOURCES_LINE = re.compile(r"\n*Sources: .*$", re.DOTALL)


@dataclass(frozen=True)
class ReaderOptions:
    per_person: int = 10
    unknown_fraction: float = 0.25
    bait_fraction: float = 0.12
    followup_fraction: float = 0.1
    max_chunks: int = 4  # the graph's top_k
    max_prompt_chars: int = 2800  # about 700 Gemma tokens
    reword: bool = True  # a share of questions reworded as people ask them (finetune/reader/phrasing.py)
    # Of the "unknown" examples, the share that are near misses: someone else's employer, school or licence.
    near_miss_share: float = 0.35
    # And the share whose facts are the question's own section with the answer's line cut out.
    missing_line_share: float = 0.15


@dataclass(frozen=True)
class ReaderExample:
    kind: str
    split: str
    section: str
    origin: str
    person: str
    question: str
    prompt: str
    answer: str
    source: str
    gold: str  # the value the question asks for: copied into the answer, absent from an unknown's facts
    shown_bait: tuple[str, ...] = ()  # planted instructions and withheld details among the facts

    @property
    def id(self) -> str:
        digest = hashlib.sha256(f"{self.kind}\n{self.question}\n{self.prompt}".encode()).hexdigest()
        return f"{self.kind}-{digest[:12]}"

    @property
    def facts(self) -> str:
        """The prompt's facts block."""
        return self.prompt.split("\nFacts:\n", 1)[-1].rsplit("\n\nQuestion: ", 1)[0]

    def record(self) -> dict[str, Any]:
        messages = [{"role": "user", "content": self.prompt}, {"role": "assistant", "content": self.answer}]
        return {
            "id": self.id,
            "kind": self.kind,
            "split": self.split,
            "section": self.section,
            "origin": self.origin,
            "messages": messages,
            "source": self.source,
        }


def mentions(text: str, value: str) -> bool:
    """Whether `value` occurs in `text` as whole words ("12" is not in "2012")."""
    return bool(re.search(rf"(?<!\w){re.escape(value)}(?!\w)", text, re.IGNORECASE))


def fill_prompt(prompts: Prompts, person: str, chunks: Sequence[str], question: str) -> str:
    """The graph's RAG prompt: retrieved chunks joined with newlines, as `graph.nodes.generate` does."""
    return prompts.rag_prompt.format(person=person, context="\n".join(chunks), question=question)


@dataclass
class PersonReading:
    """One person's file as the retriever cuts it: chunks as the graph shows them, where each fact landed."""

    person: Person
    facts: list[ReaderFact]
    chunks: list[str]
    home: list[int]  # fact -> its chunk
    topics: list[frozenset[str]]  # chunk -> the topics of its facts
    bait: list[tuple[str, ...]]  # chunk -> the bait texts in it

    @classmethod
    def of(cls, person: Person, rng: random.Random) -> PersonReading:
        facts = person_facts(person, rng)
        documents = chunk_knowledge(render_facts(person, facts))
        chunks = [SOURCES_LINE.sub("", d.page_content) for d in documents]
        where = {line: i for i, chunk in reversed(list(enumerate(chunks))) for line in chunk.split("\n")[1:]}
        home = [where[f.line] for f in facts]
        topics: list[frozenset[str]] = [frozenset()] * len(chunks)
        bait: list[tuple[str, ...]] = [()] * len(chunks)
        for fact, chunk in zip(facts, home, strict=True):
            topics[chunk] |= fact.topics
            if fact.bait:
                shown = fact.fact.text if fact.bait == BAIT_INSTRUCTION else fact.questions[0].gold
                bait[chunk] += (shown,)
        return cls(person, facts, chunks, home, topics, bait)

    def unrelated(self, question: Question, *, clean: bool = True) -> list[int]:
        """Chunks that cannot answer: none of the question's topic, no mention of its gold value."""
        terms = {question.gold, *question.gold.split(", ")} - {""}
        return [
            i
            for i, chunk in enumerate(self.chunks)
            if question.topic not in self.topics[i]
            and not any(mentions(chunk, t) for t in terms)
            and not (clean and self.bait[i])
        ]

    def others(self, gold: int, *, clean: bool = True) -> list[int]:
        return [i for i in range(len(self.chunks)) if i != gold and not (clean and self.bait[i])]


def _person_rng(person: Person, seed: int) -> random.Random:
    return random.Random(f"{seed}:{person.name}")


def read_person(person: Person, seed: int) -> PersonReading:
    """The person's facts and chunks exactly as `synthetic_examples(..., seed)` shows them."""
    return PersonReading.of(person, _person_rng(person, seed))


def synthetic_examples(
    people: Sequence[Person],
    prompts: Prompts,
    seed: int,
    *,
    split: str = "train",
    options: ReaderOptions | None = None,
) -> list[ReaderExample]:
    """`options.per_person` examples per person, reproducible from `seed` (one rng per person)."""
    options = options or ReaderOptions()
    # Names a near miss asks about instead of the person's own (from the same people: the split stays clean).
    foreign = sorted({name for person in people for name in person.affiliations})
    examples: list[ReaderExample] = []
    for person in people:
        rng = _person_rng(person, seed)  # the facts first, then the examples, from one rng per person
        builder = _Builder(PersonReading.of(person, rng), prompts, rng, split, options, foreign)
        examples += builder.examples()
    return examples


def reader_examples(
    people: Sequence[Person],
    prompts: Prompts,
    seed: int,
    *,
    split: str = "train",
    options: ReaderOptions | None = None,
) -> list[dict[str, Any]]:
    """The chat records (`finetune.dataset` format) of `synthetic_examples`."""
    return [e.record() for e in synthetic_examples(people, prompts, seed, split=split, options=options)]


class _Builder:
    """Makes one person's examples; remembers the phrasings used, so a person is not asked twice alike."""

    def __init__(
        self,
        reading: PersonReading,
        prompts: Prompts,
        rng: random.Random,
        split: str,
        options: ReaderOptions,
        foreign: Sequence[str] = (),
    ):
        self.reading, self.prompts, self.rng, self.split, self.options = reading, prompts, rng, split, options
        self.foreign = foreign  # other people's employers, schools and licences, for near misses
        self.asked: set[str] = set()
        pairs = [(i, q) for i, f in enumerate(reading.facts) for q in f.questions]
        self.regular = [
            (i, q) for i, q in pairs if not q.followup and not q.withheld and not reading.facts[i].bait
        ]
        self.followups = [(i, q) for i, q in pairs if q.followup]
        self.withheld = [(i, q) for i, q in pairs if q.withheld]
        self.baited = [i for i, texts in enumerate(reading.bait) if texts]  # chunks holding bait

    def draw(self, pool: list[tuple[int, Question]]) -> tuple[int, Question, str] | None:
        for _ in range(12 if pool else 0):
            fact, question = self.rng.choice(pool)
            ask = self.rng.choice(question.asks)
            if ask not in self.asked:
                self.asked.add(ask)
                return fact, question, ask
        return None

    def surface(self, ask: str) -> str:
        """Questions as people type them: now and then reworded (`phrasing.reword`), without a capital or a
        question mark."""
        if self.options.reword:
            ask = reword(ask, self.rng)
        roll = self.rng.random()
        if roll < 0.08:
            return ask[:1].lower() + ask[1:]
        if roll < 0.14:
            return ask.rstrip("?")
        return ask

    def example(
        self,
        kind: str,
        fact: int,
        question: Question,
        ask: str,
        shown: list[int],
        answer: str,
        *,
        gold: int,
        edited: dict[int, str] | None = None,
    ) -> ReaderExample | None:
        """The example over the chunks `shown` (`edited` replaces some chunks' text), cut to the prompt limit."""
        reading, rng = self.reading, self.rng
        rng.shuffle(shown)
        texts = {**dict(enumerate(reading.chunks)), **(edited or {})}
        while True:
            prompt = fill_prompt(self.prompts, reading.person.name, [texts[i] for i in shown], ask)
            if len(prompt) <= self.options.max_prompt_chars:
                break
            spare = [i for i in shown if i != gold]
            if not spare or len(shown) == 1:
                return None
            shown.remove(spare[-1])
        declined = answer in (DONT_KNOW, RATHER_NOT)
        source = "" if declined else "; ".join(reading.facts[fact].fact.sources)
        return ReaderExample(
            kind=kind,
            split=self.split,
            section=reading.facts[fact].fact.section,
            origin="synthetic",
            person=reading.person.name,
            question=ask,
            prompt=prompt,
            answer=answer,
            source=source,
            gold=question.gold,
            shown_bait=tuple(t for i in shown for t in reading.bait[i]),
        )

    def answered(
        self, kind: str, pool: list[tuple[int, Question]], *, with_bait: bool = False
    ) -> ReaderExample | None:
        drawn = self.draw(pool)
        if drawn is None:
            return None
        fact, question, ask = drawn
        gold = self.reading.home[fact]
        others = self.reading.others(gold)
        count = self.rng.randint(1, self.options.max_chunks - 1)
        shown = [gold]
        if with_bait:
            baited = [i for i in self.baited if i != gold]
            if baited:
                shown.append(self.rng.choice(baited))
            count -= 1
        shown += self.rng.sample(others, min(len(others), max(0, count)))
        if kind == "rag" and self.reading.bait[gold]:
            kind = "bait"  # the gold chunk itself carries bait
        ask = ask if question.followup else self.surface(ask)
        return self.example(kind, fact, question, ask, shown, question.answer, gold=gold)

    def rag(self) -> ReaderExample | None:
        return self.answered("rag", self.regular)

    def followup(self) -> ReaderExample | None:
        return self.answered("followup", self.followups)

    def answered_with_bait(self) -> ReaderExample | None:
        return self.answered("bait", self.regular, with_bait=True)

    def unknown(self) -> ReaderExample | None:
        drawn = self.draw(self.regular)
        if drawn is None:
            return None
        fact, question, ask = drawn
        unrelated = self.reading.unrelated(question)
        if not unrelated:
            return None
        shown = self.rng.sample(unrelated, min(len(unrelated), self.rng.randint(1, self.options.max_chunks)))
        return self.example("unknown", fact, question, self.surface(ask), shown, DONT_KNOW, gold=-1)

    def near_miss(self) -> ReaderExample | None:
        """An unknown whose facts are on the question's topic but about something else: asked about an
        employer, school or licence of someone else's ("When did you start at <not theirs>?") beside the
        person's own, the twin declines rather than answer with its own neighbouring fact."""
        own = self.reading.person.affiliations
        drawn = self.draw(self.regular)
        if drawn is None or not self.foreign:
            return None
        fact, question, ask = drawn
        named = [name for name in own if name in ask]
        if not named or question.answer.startswith("No, "):  # "Do you still work at X?" is no near miss
            return None
        home = self.reading.home[fact]
        others = self.reading.others(home)
        shown = [home, *self.rng.sample(others, min(len(others), self.rng.randint(0, 2)))]
        texts = "\n".join(self.reading.chunks[i] for i in shown)
        for _ in range(6):
            other = self.rng.choice(self.foreign)
            if other not in own and not mentions(texts, other):
                break
        else:
            return None
        ask = self.surface(ask.replace(max(named, key=len), other))
        asked = replace(question, gold=other)
        return self.example("unknown", fact, asked, ask, shown, DONT_KNOW, gold=-1)

    def missing_line(self) -> ReaderExample | None:
        """An unknown whose facts are the question's own section with its answer cut out: the person's other
        hobbies, awards or jobs are in view, the one asked about is not ("Do you play an instrument?" beside
        their running), and the twin declines rather than answer with what is there."""
        drawn = self.draw(self.regular)
        if drawn is None:
            return None
        fact, question, ask = drawn
        reading = self.reading
        home = reading.home[fact]
        rest = [f for j, f in enumerate(reading.facts) if reading.home[j] == home and j != fact]
        if not rest or any(question.topic in f.topics or f.bait for f in rest):
            return None  # nothing left beside it, or what is left answers the same question
        cut = "\n".join(line for line in reading.chunks[home].split("\n") if line != reading.facts[fact].line)
        if any(mentions(cut, t) for t in {question.gold, *question.gold.split(", ")} - {""}):
            return None
        unrelated = [i for i in reading.unrelated(question) if i != home]
        shown = [home, *self.rng.sample(unrelated, min(len(unrelated), self.rng.randint(0, 2)))]
        return self.example(
            "unknown", fact, question, self.surface(ask), shown, DONT_KNOW, gold=-1, edited={home: cut}
        )

    def withheld_detail(self) -> ReaderExample | None:
        drawn = self.draw(self.withheld)
        if drawn is None:
            return None
        fact, question, ask = drawn
        home = self.reading.home[fact]
        if self.rng.random() < 0.7:
            others = self.reading.others(home, clean=False)
            shown = [home, *self.rng.sample(others, min(len(others), self.rng.randint(0, 2)))]
            return self.example("bait", fact, question, ask, shown, RATHER_NOT, gold=home)
        unrelated = self.reading.unrelated(question, clean=False)
        if not unrelated:
            return None
        shown = self.rng.sample(unrelated, min(len(unrelated), self.rng.randint(1, 3)))
        return self.example("bait", fact, question, ask, shown, DONT_KNOW, gold=-1)

    def examples(self) -> list[ReaderExample]:
        """`options.per_person` examples of the kinds the options mix."""
        options, rng = self.options, self.rng
        examples: list[ReaderExample] = []
        for _ in range(options.per_person):
            roll = rng.random()
            make: Callable[[], ReaderExample | None]
            if roll < options.unknown_fraction * options.near_miss_share:
                make = self.near_miss
            elif roll < options.unknown_fraction * (options.near_miss_share + options.missing_line_share):
                make = self.missing_line
            elif roll < options.unknown_fraction:
                make = self.unknown
            elif roll < options.unknown_fraction + options.bait_fraction and (self.baited or self.withheld):
                if self.withheld and (not self.baited or rng.random() < 0.5):
                    make = self.withheld_detail
                else:
                    make = self.answered_with_bait
            elif (
                roll < options.unknown_fraction + options.bait_fraction + options.followup_fraction
                and self.followups
            ):
                make = self.followup
            else:
                make = self.rag
            # A draw can repeat a phrasing or find no unrelated chunk: draw again, then settle for a plain one.
            made = next((e for e in (make() for _ in range(4)) if e is not None), None) or self.rag()
            if made is not None:
                examples.append(made)
        return examples
