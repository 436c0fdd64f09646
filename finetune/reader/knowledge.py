"""A synthetic person's knowledge file, in exactly the format the app writes and reads back.

The facts come from `career_facts` and `profile_facts`; they are rendered by the app's own
`ingest.knowledge.render` (title, the HTML comment, `## Section` headings in the app's order, one fact per
bullet with its sources in brackets), so `ingest.knowledge.parse` and `ingest.chunking.chunk_knowledge`
read the file exactly as they read a real one.
"""

from __future__ import annotations

import random

from finetune.reader.career_facts import career_facts
from finetune.reader.facts import ReaderFact
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
    ordered = list(unique.values())
    rng.shuffle(ordered)
    return ordered


def render_facts(person: Person, facts: list[ReaderFact]) -> str:
    return render(person.name, [f.fact for f in facts])


def knowledge_file(person: Person, rng: random.Random) -> str:
    """The person's knowledge file (Markdown), as `twin ingest` would have written it."""
    return render_facts(person, person_facts(person, rng))
