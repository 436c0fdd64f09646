"""About, Contact, Goals, Interests and Opinions: the sections about the person rather than their CV.

Owns the labelled About lines (name, location, headline, industry) and the "Tell me about yourself"
summary, the contact questions (e-mail, code, website), and the Goals, Interests and Opinions builders,
where the section's first first-person statement answers the section's questions.
"""

from __future__ import annotations

import re

from finetune.questions.pairs import Builder, Pairs
from finetune.questions.text import (
    FIRST_PERSON,
    ROLE_WORDS,
    article,
    as_opinion,
    concise,
    first_person,
    is_heading,
    lower_first,
    sentences,
)
from ingest.knowledge import Fact

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_URL = re.compile(r"(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)+(?:/[\w./%-]*)?")


def about_pairs(facts: list[Fact], pairs: Pairs, title: str) -> None:
    """Labelled About lines (Name, Location, Headline, Industry), then "Tell me about yourself"."""
    for fact in facts:
        match = re.match(
            r"^(?P<label>Name|Location|Headline|Industry|Based in):\s*(?P<value>.+?)\.?$", fact.text
        )
        if not match:
            continue
        label, value = match["label"], match["value"].strip()
        if label == "Name":
            pairs.add("What's your name?", f"I'm {value}.", "About", [fact])
        elif label in {"Location", "Based in"}:
            pairs.add("Where are you based?", f"I'm based in {value}.", "About", [fact])
            pairs.add("Where do you live?", f"I live in {value}.", "About", [fact])
        elif label == "Headline":
            line = value.replace(" · ", ": ")
            if ROLE_WORDS.search(line.split(":")[0]):
                line = f"I'm {article(line)} {line}"
            pairs.add("How would you sum up what you do in one line?", line, "About", [fact])
        elif label == "Industry":
            pairs.add("What industry do you work in?", f"I work in {value}.", "About", [fact])
    # The fullest first-person summary answers "Tell me about yourself".
    summaries = [f for f in facts if len(sentences(f.text)) >= 3 and "(written" not in f.text]
    if summaries:
        best = max(summaries, key=lambda f: len(f.text))
        lines = [_noun_phrase_intro(s) for s in sentences(best.text)]
        answer = concise(" ".join(lines), 2)
        if FIRST_PERSON.search(answer):
            pairs.add("Tell me about yourself.", answer, "About", [best])
            pairs.add("Who are you?", answer, "About", [best])


def _noun_phrase_intro(sentence: str) -> str:
    """'Computational physicist turned ML engineer.' -> 'I'm a computational physicist turned ML engineer.'"""
    if not FIRST_PERSON.search(sentence) and ROLE_WORDS.search(sentence) and len(sentence.split()) <= 10:
        phrase = lower_first(sentence.rstrip("."))
        return f"I'm {article(phrase)} {phrase}."
    return first_person(sentence)


def contact_pairs(facts: list[Fact], pairs: Pairs, title: str) -> None:
    """E-mail addresses (the "(primary)" one first), the GitHub page and a personal website."""
    emails: list[tuple[str, Fact]] = []
    sites: list[tuple[str, Fact]] = []
    for fact in facts:
        for email in _EMAIL.findall(fact.text):
            entry = (email, fact)
            # "(primary)" beside an address puts it first.
            if re.search(re.escape(email) + r"\s*\(primary\)", fact.text):
                emails.insert(0, entry)
            else:
                emails.append(entry)
        without_emails = _EMAIL.sub(" ", fact.text)
        for url in _URL.findall(without_emails):
            if "." in url and not url.endswith(".") and re.search(r"[a-z]", url):
                sites.append((url.rstrip("/"), fact))
    if emails:
        email, fact = emails[0]
        pairs.add("What's your email address?", f"You can email me at {email}.", "Contact", [fact])
    github = next(((u, f) for u, f in sites if "github.com" in u), None)
    personal = next(((u, f) for u, f in sites if "github.com" not in u and "linkedin.com" not in u), None)
    if github:
        pairs.add(
            "Where can I find your code?", f"My code is on GitHub: {github[0]}.", "Contact", [github[1]]
        )
    if personal:
        pairs.add("Do you have a website?", f"Yes: {personal[0]}.", "Contact", [personal[1]])
    if emails:
        email, fact = emails[0]
        tail = f"; my website is {personal[0]}" if personal else ""
        used = [fact] + ([personal[1]] if personal else [])
        pairs.add("How can I contact you?", f"Email me at {email}{tail}.", "Contact", used)


def _prose_section(questions: list[str], *, opinion: bool = False) -> Builder:
    """Goals, Interests, Opinions: the section's first first-person statement answers its questions."""

    def build(facts: list[Fact], pairs: Pairs, title: str) -> None:
        for fact in facts:
            if is_heading(fact.text):
                continue
            said = [first_person(s) for s in sentences(fact.text)]
            if opinion and said:
                said[0] = as_opinion(said[0])
            # Later sentences join the first only when they, too, speak as the person.
            text = concise(" ".join(said[:1] + [s for s in said[1:2] if FIRST_PERSON.search(s)]), 2)
            if FIRST_PERSON.search(text) and len(text.split()) >= 6:
                for question in questions:
                    pairs.add(question, text, fact.section, [fact])
                return

    return build


goals_pairs = _prose_section(["What are your goals?", "What are your plans for the next few years?"])
interests_pairs = _prose_section(["What do you do in your free time?", "What are your hobbies?"])
opinions_pairs = _prose_section(["What's a strong opinion you hold about your field?"], opinion=True)
