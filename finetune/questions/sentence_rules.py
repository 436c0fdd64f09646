"""Sentence-level questions: single first-person sentences, whatever their section, and the names in them.

Owns the rules that map a sentence to the question it answers ("I grew up in ..." -> "Where did you grow
up?") and the entity finder behind "What can you tell me about X?" (an acronym, a camel-case word or
capitalised words, never the person's own name, a month, a language or a role). Named `sentence_rules`
so that `finetune.questions.sentences` stays the text helper it has always been.
"""

from __future__ import annotations

import re

from finetune.questions.pairs import Pairs
from finetune.questions.text import (
    BARE_VERBS,
    FIRST_PERSON,
    MAX_ANSWER_CHARS,
    MONTHS,
    ROLE_WORDS,
    as_opinion,
    first_person,
    is_heading,
    sentences,
)
from ingest.knowledge import Fact

# Capitalised words that are no name: sentence openers, the file's own labels, months.
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


def sentence_pairs(section: str, facts: list[Fact], pairs: Pairs, title: str) -> None:
    """Rules on single first-person sentences, then "What can you tell me about X?" for names they mention."""
    name_words = set(title.split())
    for fact in facts:
        if is_heading(fact.text):
            continue
        for raw in sentences(fact.text):
            said = as_opinion(raw) if section == "Opinions" else first_person(raw)
            if not FIRST_PERSON.search(said) or len(said.split()) < 5 or len(said) > MAX_ANSWER_CHARS:
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
    starters = {w.lower() for w in _NOT_ENTITIES} | BARE_VERBS
    for match in _ENTITY.finditer(sentence):
        words = match[0].split()
        if match.start() == 0:
            head = words[0]
            if head.lower() in starters or (head[1:].islower() and head.lower().endswith("ed")):
                # "Built Tidecast": the verb that opens the sentence is not part of the name.
                words = words[1:]
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
            or ROLE_WORDS.search(entity)
        ):
            continue
        return entity
    return None
