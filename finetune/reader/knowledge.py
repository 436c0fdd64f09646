"""A synthetic person's knowledge file, in exactly the format the app writes and reads back.

The facts come from `career_facts` and `profile_facts`; they are rendered by the app's own
`ingest.knowledge.render` (title, the HTML comment, `## Section` headings in the app's order, one fact per
bullet with its sources in brackets), so `ingest.knowledge.parse` and `ingest.chunking.chunk_knowledge`
read the file exactly as they read a real one.
"""

from __future__ import annotations

import random

from finetune.reader.career_facts import career_facts
from finetune.reader.facts import ReaderFact, reader_fact
from finetune.reader.people import Person
from finetune.reader.profile_facts import profile_facts
from ingest.knowledge import render


def person_facts(person: Person, rng: random.Random) -> list[ReaderFact]:
    """Every fact of the person's file, in file order within a section (shuffled, as curation leaves them)."""
    facts = career_facts(person, rng) + profile_facts(person, rng)
    unique: dict[str, ReaderFact] = {}
    for fact in facts:
        if fact.line in unique:  # one bullet per line, as in the app's file: merge what two renderings share
            unique[fact.line].questions += fact.questions
            unique[fact.line].topics |= fact.topics
        else:
            unique[fact.line] = fact
    ordered = paragraphs(list(unique.values()), rng)
    rng.shuffle(ordered)
    return ordered


# Prose sources: a statement or a home page is curated into paragraph bullets, several facts and some
# words around them in one bullet, not one short sentence each (see the sample personas' knowledge files).
PROSE_SOURCES = ("statement.docx", "website/index.html", "website/about.html")
FILLERS = (
    "It is work I love.",
    "I still find it exciting.",
    "That has shaped how I work ever since.",
    "People who know me will not be surprised.",
    "It keeps me honest.",
    "I learned a lot from it.",
    "Looking back, it was the right decision.",
    "I try to bring the same care to everything I do.",
)
PARAGRAPH_SHARE = 0.7  # of a person's prose facts, joined into paragraphs


def _prose(fact: ReaderFact) -> bool:
    return (
        not fact.bait
        and len(fact.fact.sources) == 1
        and fact.fact.sources[0].endswith(PROSE_SOURCES)
        and fact.fact.text[:1].isupper()
        and fact.fact.text.rstrip().endswith(".")
    )


def paragraphs(facts: list[ReaderFact], rng: random.Random) -> list[ReaderFact]:
    """Join runs of 2-4 first-person sentences from one prose source into one paragraph bullet.

    The paragraph keeps every sentence's questions and topics, so an answer must be read out of the middle
    of a longer bullet, as it is in a real person's file; now and then a sentence with no fact joins it.
    """
    by_source: dict[str, list[ReaderFact]] = {}
    for fact in facts:
        if _prose(fact) and rng.random() < PARAGRAPH_SHARE:
            by_source.setdefault(fact.fact.sources[0], []).append(fact)
    joined: set[int] = set()
    merged: list[ReaderFact] = []
    for group in by_source.values():
        rng.shuffle(group)
        while len(group) >= 2:
            size = min(len(group), rng.randint(2, 4))
            run, group = group[:size], group[size:]
            sentences = [f.fact.text.strip() for f in run]
            if rng.random() < 0.5:
                sentences.insert(rng.randint(1, len(sentences)), rng.choice(FILLERS))
            first = run[0]
            paragraph = reader_fact(
                first.fact.section,
                " ".join(sentences),
                list(first.fact.sources),
                frozenset().union(*(f.topics for f in run)),
                [q for f in run for q in f.questions],
            )
            merged.append(paragraph)
            joined |= {id(f) for f in run}
    return [f for f in facts if id(f) not in joined] + merged


def render_facts(person: Person, facts: list[ReaderFact]) -> str:
    return render(person.name, [f.fact for f in facts])


def knowledge_file(person: Person, rng: random.Random) -> str:
    """The person's knowledge file (Markdown), as `twin ingest` would have written it."""
    return render_facts(person, person_facts(person, rng))
