"""The shared text helpers of the question builders: dates, sentences, the first person, lists.

Owns the patterns every section reads (month names, dates and date ranges, role words, first-person
words, the verbs that open a CV bullet) and the small rewrites every answer goes through: a fact sentence
said in the first person ("Built X" -> "I built X"), cut to a sentence or two (`concise`), months spelled
out (`month_year`), lists joined with "and", the right article before a title, and the fold that makes
two spellings of one question compare equal (`norm`). Nothing here knows about a section.
"""

from __future__ import annotations

import re
import unicodedata

# The longest answer `concise` keeps (it cuts at a sentence end, so one long sentence may pass).
MAX_ANSWER_CHARS = 320

MONTHS = {
    "jan": "January",
    "feb": "February",
    "mar": "March",
    "apr": "April",
    "may": "May",
    "jun": "June",
    "jul": "July",
    "aug": "August",
    "sep": "September",
    "sept": "September",
    "oct": "October",
    "nov": "November",
    "dec": "December",
}
_MONTH = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
# A date as CVs write it ("Mar 2021", "March 2021", "2021"), and a range of two ("Mar 2021 – present").
DATE = rf"(?:{_MONTH}\.?\s+)?(?:19|20)\d\d"
_END = rf"(?:{DATE}|present|now|today|current)"
DATE_RANGE = re.compile(rf"(?P<start>{DATE})\s*(?:[–—-]|to)\s*(?P<end>{_END})", re.IGNORECASE)

# "(written 2019)" after a fact; sentence ends.
_WRITTEN = re.compile(r"\s*\(written [^()]*\)\s*$")
_SENTENCE = re.compile(r"(?<=[.!?])[\"”']?\s+(?=[A-Z\"“'(])")

# The words that make a phrase a job title.
ROLE_WORDS = re.compile(
    r"\b(?:engineer|scientist|researcher|manager|lead|director|developer|analyst|consultant|intern|professor|"
    r"lecturer|founder|co-founder|head|officer|designer|architect|postdoc\w*|fellow|assistant|associate|"
    r"teacher|specialist|administrator|editor|writer|nurse|doctor|accountant|lawyer|owner|partner)\b",
    re.IGNORECASE,
)
# A sentence with one of these speaks as the person.
FIRST_PERSON = re.compile(r"\b(?:I|I'm|I've|I'd|I'll|[Mm]y|me|mine|[Ww]e|[Oo]ur|us)\b")

# CV bullets start with the verb ("Built Tidecast ..."); these read as "I built Tidecast ...".
BARE_VERBS = {
    "lead",
    "led",
    "run",
    "ran",
    "build",
    "built",
    "manage",
    "teach",
    "taught",
    "write",
    "wrote",
    "design",
    "develop",
    "maintain",
    "mentor",
    "own",
    "set",
    "work",
    "drive",
    "drove",
    "create",
    "support",
    "help",
    "use",
    "won",
    "gave",
    "made",
    "grew",
    "began",
    "spent",
    "founded",
    "hold",
    "held",
}

# Openings that read as the person once "I'm" or "I" goes before them.
_STATES = {"based", "located", "interested", "passionate", "experienced", "married", "fluent"}
_THIRD_PERSON = {"speaks": "speak", "has": "have", "is": "am", "teaches": "teach", "does": "do", "goes": "go"}


def first_person(sentence: str) -> str:
    """A fact sentence as the person would say it: "Built X" -> "I built X", "Speaks German" -> "I speak German"."""
    text = _WRITTEN.sub("", sentence.strip())
    if not text:
        return text
    words = text.split(" ", 1)
    head, rest = words[0], (words[1] if len(words) > 1 else "")
    lower = head.lower()
    if lower in _THIRD_PERSON:
        return _sentence(f"I {_THIRD_PERSON[lower]} {rest}")
    if lower in _STATES:  # "Based in Leith" -> "I'm based in Leith"
        return _sentence(f"I'm {lower} {rest}")
    # "Designed X" is a CV bullet; "United Kingdom ..." (a name follows) is not.
    past = lower.endswith("ed") and len(lower) > 4 and not rest[:1].isupper()
    if lower in BARE_VERBS or past:
        return _sentence(f"I {lower} {rest}")
    return _sentence(text)


def sentences(text: str) -> list[str]:
    """The sentences of a text, whitespace collapsed and a trailing "(written ...)" dropped."""
    text = _WRITTEN.sub("", " ".join(text.split()))
    return [s.strip() for s in _SENTENCE.split(text) if s.strip()]


def concise(text: str, limit: int = 2) -> str:
    """At most `limit` sentences and about MAX_ANSWER_CHARS characters, cut at a sentence end."""
    kept: list[str] = []
    for s in sentences(text)[:limit]:
        if kept and len(" ".join([*kept, s])) > MAX_ANSWER_CHARS:
            break
        kept.append(s)
    return " ".join(kept)


def month_year(date: str) -> str:
    """'Mar 2021' -> 'March 2021'; a year alone stays as it is."""
    match = re.match(r"([A-Za-z]+)\.?\s+(\d{4})", date.strip())
    if not match:
        return date.strip()
    return f"{MONTHS.get(match[1].lower()[:3], match[1])} {match[2]}"


def _sentence(text: str) -> str:
    text = " ".join(text.split())
    if text and text[-1] not in '.!?"”)':
        text += "."
    return text


def tidy(answer: str) -> str:
    """An answer with its spacing and doubled full stops cleaned, ending in a full stop."""
    answer = " ".join(answer.split()).replace(" ,", ",").replace("..", ".")
    return _sentence(answer) if answer else ""


def norm(text: str) -> str:
    """Equal for spellings that differ in case, punctuation or accents ("ETH Zürich", "ETH Zurich")."""
    folded = unicodedata.normalize("NFKD", text.lower()).encode("ascii", "ignore").decode("ascii")
    return " ".join(re.findall(r"[a-z0-9]+", folded))


def is_heading(text: str) -> bool:
    """A title rather than a statement: short and without a sentence's closing punctuation."""
    return not text.rstrip().endswith((".", "!", "?", "”", '"')) and len(text.split()) <= 8


def lower_first(text: str) -> str:
    # Keep acronyms and names ("PyTorch", "ETH") as they are; lower a plain capital ("Probabilistic").
    if len(text) > 1 and text[0].isupper() and text[1].islower():
        return text[0].lower() + text[1:]
    return text


def join_list(items: list[str]) -> str:
    """['a', 'b', 'c'] -> 'a, b and c'; empty items are dropped."""
    items = [i for i in items if i]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def article(phrase: str) -> str:
    """ "a" or "an" before `phrase`, by its sound: "an MSc", "a PhD", "an engineer"."""
    first = phrase.strip()[:1]
    if phrase[:2].isupper() or (phrase[:1].isupper() and phrase[1:2].isupper()):  # acronym: "an MSc"
        return "an" if first in "AEFHILMNORSX" else "a"
    if phrase[:3].isupper() or re.match(r"[A-Z][a-z]*[A-Z]", phrase):
        return "an" if first in "AEFHILMNORSX" else "a"
    return "an" if first.lower() in "aeiou" else "a"


def school_name(name: str) -> str:
    """A school or issuer as it reads mid-sentence: "The University of X" -> "the University of X"."""
    return re.sub(r"^The ", "the ", name.strip())


def as_opinion(sentence: str) -> str:
    """An opinion said as the person: in the first person, or else prefixed "In my view, "."""
    said = first_person(sentence)
    return said if FIRST_PERSON.search(said) else f"In my view, {lower_first(said)}"
