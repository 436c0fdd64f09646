"""The section for a fact that nothing named one for, by meaning: the index's own embeddings against a few
sentences that say what each section holds.

Metadata, headings and wording decide a fact's section first (ingest/knowledge.py). What none of them
names ("Away from the stove: I row with a club on Sunday mornings", a chat line "My dog steals bread off
the table") used to land in About, beside the person's name and headline: its chunk was headed "who I am,
where I live", and embedded far from the question that asks for it ("Do you have any pets?"). Here such a
fact moves to the section it reads most like, when that section is clearly nearer than About's own
sentences; otherwise it stays in About.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from langchain_core.embeddings import Embeddings

from ingest.knowledge import Placer

# What each section holds, in the first person, as facts are written. A fact is compared with every
# sentence of a section and scores the best of them.
SECTION_SENTENCES: dict[str, tuple[str, ...]] = {
    "About": (
        "My name, who I am and what I do, in one line.",
        "Where I live and where I grew up; my family and my background.",
        "How I came to my field and why I chose it.",
    ),
    "Experience": (
        "My job: the company or organisation I work for, my role and my team.",
        "What I did in a previous job, and when.",
        "At work I manage the staff, the customers and the day-to-day running of the business.",
    ),
    "Education": (
        "Where and what I studied: my degree, school or university, and my thesis.",
        "A course or training I took, and when I finished it.",
    ),
    "Projects": ("Something I built or made, what it does and what came of it.",),
    "Publications": ("A book, paper or article I wrote, and who published it.",),
    "Skills": ("The skills, tools and methods I am good at.",),
    "Languages": ("Which languages I speak or am learning, and how well.",),
    "Certifications": ("A certificate, licence or qualification I hold, and who issued it.",),
    "Awards": ("A prize or award I won, and what it was for.",),
    "Goals": (
        "What I plan to do in the next few years: my goals and ambitions.",
        "I would like to open, start, build or finish something in the future.",
    ),
    "Interests": (
        "What I do outside work: my hobbies, sport and clubs, in my free time.",
        "My pet: my dog or my cat, its name and what it does.",
        "I play music, sing, garden, cook, read, run, row, swim, climb or travel for fun.",
        "I am training for a race or a competition.",
    ),
    "Opinions": (
        "What I believe and think: my views, my principles, my advice to others.",
        "The way things should be done, and what I think is wrong.",
    ),
    "Contact": ("How to reach me: my email address, website and links.",),
}

# A fact moves when its best other section is at least this near (cosine similarity with all-MiniLM-L6-v2)
# and this much nearer than About's sentences; chosen on the first four sample personas, where titles
# ("Oil, not plastic"), dates and work chatter ("we need 12 kg of red mullet") fall short and a pet, a
# race, a club or a language clear both.
FLOOR = 0.2
MARGIN = 0.1
# ... and this much nearer than the runner-up: a fact that reads as much like work as like a hobby ("When I'm
# off duty: I row with a club") stays where it was rather than guess.
GAP = 0.03


def embedding_placer(
    embeddings: Embeddings, *, floor: float = FLOOR, margin: float = MARGIN, gap: float = GAP
) -> Placer:
    """A `Placer` that compares fact texts with `SECTION_SENTENCES` by `embeddings`."""
    names = [name for name, sentences in SECTION_SENTENCES.items() for _ in sentences]
    prototypes: list[list[float]] = []

    def place(texts: list[str]) -> list[str | None]:
        if not texts:
            return []
        if not prototypes:  # embedded once per placer, on first use
            prototypes.extend(
                embeddings.embed_documents([s for group in SECTION_SENTENCES.values() for s in group])
            )
        placed: list[str | None] = []
        for vector in embeddings.embed_documents(texts):
            best: dict[str, float] = {}
            for name, prototype in zip(names, prototypes, strict=True):
                best[name] = max(best.get(name, -1.0), _cosine(vector, prototype))
            first, second = sorted((n for n in best if n != "About"), key=best.__getitem__, reverse=True)[:2]
            clear = (
                best[first] >= floor
                and best[first] - best["About"] >= margin
                and best[first] - best[second] >= gap
            )
            placed.append(first if clear else None)
        return placed

    return place


def _cosine(a: Sequence[float], b: Sequence[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b, strict=True))
    norm = math.sqrt(sum(x * x for x in a)) * math.sqrt(sum(y * y for y in b))
    return dot / norm if norm else 0.0
