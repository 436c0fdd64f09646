"""The small text tools of the reader data: template filling, gold marks, dates as CVs write them, names.

Templates in the word lists carry `{placeholders}` (filled from a seeded `random.Random`) and one span in
`<angle brackets>`: the gold value a question about the sentence must copy into its answer ("lead a team
of <{n} nurses>" -> gold "12 nurses"). `unmark` drops the brackets and returns that span.
"""

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass

from ingest.clean import MONTH_NAMES

NOW_YEAR = 2025  # the data is generated, not dated: a fixed "today" keeps a build reproducible

_PLACEHOLDER = re.compile(r"\{(\w+)\}")
_GOLD = re.compile(r"<([^<>]+)>")

YearMonth = tuple[int, int]


def _thousands(rng: random.Random) -> str:
    value = rng.randrange(300, 9500, 50)
    return rng.choice(("about {:,}", "over {:,}", "roughly {:,}", "{:,}", "nearly {:,}")).format(value)


# Numbers in the shapes documents write them: "14", "about 1,300", "40%", "2.1".
_NUMBERS = {
    "n": lambda rng: str(rng.randint(3, 24)),
    "n2": lambda rng: str(rng.randint(25, 95)),
    "k": _thousands,
    "pct": lambda rng: f"{rng.randint(12, 65)}%",
    "dec": lambda rng: f"{rng.randint(11, 98) / 10:.1f}",
}


def fill(template: str, rng: random.Random, values: dict[str, str]) -> str:
    """The template with its placeholders filled: numbers drawn from `rng`, names from `values`."""

    def one(match: re.Match[str]) -> str:
        key = match[1]
        if key in _NUMBERS:
            return _NUMBERS[key](rng)
        return values[key]

    return _PLACEHOLDER.sub(one, template)


def unmark(text: str) -> tuple[str, str]:
    """The text without its gold marks, and the marked span (the whole text when none is marked)."""
    match = _GOLD.search(text)
    plain = _GOLD.sub(r"\1", text)
    return plain, match[1] if match else plain


def plain(text: str) -> str:
    return unmark(text)[0]


def gold(text: str) -> str:
    return unmark(text)[1]


def article(phrase: str) -> str:
    """The phrase with "a" or "an": a Senior Nurse, an Architect, an HR Director (an acronym is spelt)."""
    first = phrase.split(" ", 1)[0]
    if first.isupper() and len(first) > 1:
        vowel_sound = first[0] in "AEFHILMNORSX"
    else:
        vowel_sound = first[:1].lower() in "aeiou"
    return f"{'an' if vowel_sound else 'a'} {phrase}"


def capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


def ascii_slug(text: str, sep: str = "") -> str:
    """A name as an e-mail address or a domain spells it: Zoë Ní Bhriain -> zoenibhriain."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return sep.join(re.findall(r"[a-z0-9]+", folded.lower()))


def join_and(items: list[str]) -> str:
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} and {items[-1]}"


@dataclass(frozen=True)
class DateRange:
    """A date range as one document writes it, with its two ends exactly as they appear in the text."""

    text: str
    start: str
    end: str | None  # None: ongoing


def _month_year(ym: YearMonth, style: str) -> str:
    year, month = ym
    if style == "long":
        return f"{MONTH_NAMES[month - 1]} {year}"
    if style == "short":
        return f"{MONTH_NAMES[month - 1][:3]} {year}"
    if style == "numeric":
        return f"{month:02d}/{year}"
    return str(year)


def date_range(start: YearMonth, end: YearMonth | None, rng: random.Random) -> DateRange:
    """A range in one of the shapes documents use: March 2019 – present, Mar 2019 - Present, 2019–2022,
    09/2017 – 02/2021, since 2020."""
    styles = ["long", "short", "short-hyphen", "year", "numeric"] + (["since"] if end is None else [])
    style = rng.choice(styles)
    if style == "since":
        first = _month_year(start, rng.choice(("year", "long")))
        return DateRange(f"since {first}", first, None)
    part = "short" if style == "short-hyphen" else style
    first = _month_year(start, part)
    last = _month_year(end, part) if end else ("Present" if style == "short-hyphen" else "present")
    dash = " - " if style == "short-hyphen" else ("–" if style == "year" and end else " – ")
    return DateRange(f"{first}{dash}{last}", first, last if end else None)


def year_range(start: int, end: int, rng: random.Random) -> DateRange:
    """Study years: "2011 – 2015", "2011–2015", "2011 - 2015"."""
    dash = rng.choice((" – ", "–", " - "))
    return DateRange(f"{start}{dash}{end}", str(start), str(end))


def month_date(ym: YearMonth, rng: random.Random) -> str:
    """One date, as June 2018, Jun 2018 or 2018."""
    return _month_year(ym, rng.choice(("long", "short", "year", "year")))


def written_on(year: int, rng: random.Random) -> str:
    """The "(written 2025-05-11)" stamp a ChatGPT message carries in the knowledge file."""
    return f"(written {year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d})"
