"""Questions as people actually ask them: the generator's tidy phrasings, reworded.

The reader learnt to match a question's words against a fact's: asked "What wood do you work in?" it
answered from "I work in ... red oak, ash, yellow birch", asked "What woods do you like working with?" it
declined. People wrap questions in small talk, swap words for near-synonyms and ask what someone likes or
usually does rather than what they do. A share of training questions is reworded so, answerable and
unanswerable alike, so a changed word is no sign that the facts lack the answer.
"""

from __future__ import annotations

import random
import re

# Whole-word swaps that keep the question's meaning about a person's own facts.
SWAPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("city", ("town", "place")),
    ("town", ("city",)),
    ("job", ("role", "position", "work")),
    ("role", ("job", "position")),
    ("job title", ("title", "position")),
    ("company", ("employer", "firm", "business")),
    ("employer", ("company", "organisation")),
    ("work for", ("work at", "work with")),
    ("work at", ("work for",)),
    ("worked at", ("worked for", "were at")),
    ("certifications", ("certificates", "qualifications", "credentials")),
    ("certificate", ("certification", "qualification")),
    ("degree", ("qualification", "diploma")),
    ("university", ("college", "uni", "school")),
    ("award", ("prize", "recognition")),
    ("won", ("received", "got")),
    ("received", ("won", "got")),
    ("hobbies", ("pastimes", "interests", "free-time activities")),
    ("interests", ("passions",)),
    ("use", ("work with", "rely on")),
    ("tools", ("software", "kit")),
    ("skills", ("strengths", "abilities")),
    ("live", ("stay", "make your home")),
    ("based", ("located",)),
    ("currently", ("right now", "these days", "at the moment")),
    ("now", ("these days", "at present")),
    ("How long", ("For how long",)),
    ("How many", ("Roughly how many", "About how many")),
    ("When", ("In what year", "What year")),
    ("What's", ("What is",)),
    ("What is", ("What's",)),
    ("Where do you", ("Where'd you", "In which place do you")),
    ("website", ("site", "home page", "web page")),
    ("email", ("e-mail", "email address")),
)
# "What do you X?" -> "What do you like to X?": asking about habits and likes, not bare acts.
HABITS = ("usually", "like to", "tend to", "normally", "enjoy being able to")
WRAPS = (
    "Can you tell me {q}",
    "Could you tell me {q}",
    "I'd love to know: {Q}",
    "Quick question: {Q}",
    "Out of curiosity, {q}",
    "So, {q}",
    "Tell me, {q}",
    "Hi! {Q}",
    "{Q} I'm curious.",
    "{Q} Just wondering.",
    "I was wondering, {q}",
    "Do you mind me asking: {q}",
)
SWAP_SHARE = 0.35
HABIT_SHARE = 0.12
WRAP_SHARE = 0.25


def _swap(question: str, rng: random.Random) -> str:
    """One listed word swapped: a lowercase one anywhere ("Certificate" in a name stays), a capitalised
    one ("When", "How many") only where it opens the question."""

    def places(old: str) -> list[re.Match[str]]:
        found = re.finditer(rf"(?<!\w){re.escape(old)}(?!\w)", question, flags=re.IGNORECASE)
        return [m for m in found if (m.start() == 0) == old[:1].isupper() and (m[0] == old or m.start() == 0)]

    found = [(old, options, m) for old, options in SWAPS for m in places(old)[:1]]
    if not found:
        return question
    _, options, match = rng.choice(found)
    new = rng.choice(options)
    if match.start() == 0:
        new = new[:1].upper() + new[1:]
    return question[: match.start()] + new + question[match.end() :]


def _habit(question: str, rng: random.Random) -> str:
    match = re.search(r"\bdo you (?!have\b|live\b|mind\b)(\w+)", question)
    if not match:
        return question
    return f"{question[: match.start(1)]}{rng.choice(HABITS)} {question[match.start(1) :]}"


def _wrap(question: str, rng: random.Random) -> str:
    lower = question if re.match(r"^[A-Z]{2}|^I\b", question) else question[:1].lower() + question[1:]
    return rng.choice(WRAPS).format(q=lower, Q=question)


def reword(question: str, rng: random.Random) -> str:
    """The question as a person might put it: a word swapped, a habit asked about, small talk around it
    (each now and then; often none)."""
    if rng.random() < SWAP_SHARE:
        question = _swap(question, rng)
    if rng.random() < HABIT_SHARE:
        question = _habit(question, rng)
    if rng.random() < WRAP_SHARE:
        question = _wrap(question, rng)
    return question
