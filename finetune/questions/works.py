"""Projects, Publications, Awards and Certifications: the things the person made, wrote, won or earned.

Owns the line formats of those sections ("Project: Name (dates)", 'Authors. "Title." Venue, Year', a talk
as "Date, Event: Title", "Award: Name (date)", "Certification: Name, issued by Org (date)") and the
questions each answers, plus one summary question per section.
"""

from __future__ import annotations

import re

from finetune.questions.pairs import Pairs
from finetune.questions.text import (
    DATE,
    DATE_RANGE,
    concise,
    join_list,
    lower_first,
    month_year,
    school_name,
    sentences,
)
from ingest.knowledge import Fact


def projects_pairs(facts: list[Fact], pairs: Pairs, title: str) -> None:
    """ "Project: Name (dates). What it is." and "Name is my ..." lines, then the list of projects."""
    names: list[tuple[str, Fact]] = []
    for fact in facts:
        match = re.match(
            r"^Project:\s*(?P<name>[^(]+?)\s*\((?P<range>[^()]+)\)\.?\s*(?P<rest>.*)$", fact.text
        )
        if match:
            name = match["name"].split(":")[0].strip()
            span = DATE_RANGE.search(match["range"])
            desc = sentences(match["rest"])[0].rstrip(".") if match["rest"] else ""
            if span and span["end"].lower() in {"present", "now", "current", "today"}:
                lead = f"I've worked on {name} since {month_year(span['start'])}"
            elif span:
                lead = f"I worked on {name} from {month_year(span['start'])} to {month_year(span['end'])}"
            else:
                lead = f"I worked on {name}"
            pairs.add(
                f"What is {name}?",
                f"{lead}: {lower_first(desc)}." if desc else f"{lead}.",
                "Projects",
                [fact],
            )
            names.append((name, fact))
            continue
        match = re.match(r"^(?P<name>[\w-]+(?: [A-Z][\w-]+)?) is (?:my|our) (?P<what>.+)$", fact.text)
        if match:
            answer = concise(f"{match['name']} is my {match['what']}", 2)
            pairs.add(f"What is {match['name']}?", answer, "Projects", [fact])
            names.append((match["name"], fact))
    if names:
        pairs.add(
            "What projects have you worked on?",
            f"My projects include {join_list([n for n, _ in names[:5]])}.",
            "Projects",
            [f for _, f in names[:5]],
        )


def publications_pairs(facts: list[Fact], pairs: Pairs, title: str) -> None:
    """Paper citations and "Date, Event: Title" talks, then what the person published and where they spoke."""
    surname = title.split()[-1].lower() if title else ""
    papers: list[tuple[str, str, Fact]] = []
    talks: list[tuple[str, str, Fact]] = []
    for fact in facts:
        paper = re.match(
            r'^(?:\d+\.\s*)?(?P<authors>[^"“]+?)\.\s*["“](?P<title>[^"”]+?)\.?["”]\s*(?P<venue>[^,]+),\s*(?P<year>\d{4})',
            fact.text,
        )
        if paper:
            others = [a.strip() for a in re.split(r",| and ", paper["authors"]) if a.strip()]
            others = [a for a in others if surname not in a.lower()]
            with_ = f", with {join_list(others)}" if others else ""
            venue = paper["venue"].strip().rstrip(".")
            pairs.add(
                f"Where did you publish “{paper['title']}”?",
                f"“{paper['title']}” appeared in {venue} in {paper['year']}{with_}.",
                "Publications",
                [fact],
            )
            pairs.add(
                f"What was your {paper['year']} {venue} paper about?",
                f"It's “{paper['title']}”, published in {venue} in {paper['year']}.",
                "Publications",
                [fact],
            )
            papers.append((paper["title"], f"{venue}, {paper['year']}", fact))
            continue
        talk = re.match(rf"^(?P<date>{DATE}),\s*(?P<event>[^:]+):\s*(?P<title>[^.]+)\.?", fact.text)
        if talk:
            event = talk["event"].split(",")[0].strip()
            pairs.add(
                f"What did you talk about at {event}?",
                f"At {event} ({month_year(talk['date'])}) I gave a talk called “{talk['title'].strip()}”.",
                "Publications",
                [fact],
            )
            talks.append((talk["title"].strip(), event, fact))
    if papers:
        pairs.add(
            "What have you published?",
            f"I've published {join_list([f'“{t}” ({v})' for t, v, _ in papers[:3]])}.",
            "Publications",
            [f for _, _, f in papers[:3]],
        )
    if talks:
        pairs.add(
            "Have you given any talks?",
            f"Yes: {join_list([f'“{t}” at {e}' for t, e, _ in talks[:3]])}.",
            "Publications",
            [f for _, _, f in talks[:3]],
        )


def awards_pairs(facts: list[Fact], pairs: Pairs, title: str) -> None:
    """ "Award: Name (date). Why." lines: when and what for, then the list of awards."""
    found: list[tuple[str, str, Fact]] = []
    for fact in facts:
        match = re.match(
            r"^(?:Award|Honou?r|Prize):\s*(?P<name>.+?)\s*\((?P<date>[^()]*\d{4})\)\.?\s*(?P<rest>.*)$",
            fact.text,
        )
        if not match:
            continue
        name, date = match["name"].strip(), month_year(match["date"])
        why = concise(match["rest"], 1).rstrip(".")
        the = "" if name.lower().startswith("the ") else "the "
        said = f"I received {the}{name} in {date}" + (f", {lower_first(why)}" if why else "")
        pairs.add(f"When did you receive {the}{name}?", said, "Awards", [fact])
        if why:
            pairs.add(f"What did you win {the}{name} for?", said, "Awards", [fact])
        found.append((name, date, fact))
    if found:
        pairs.add(
            "Have you won any awards?",
            f"Yes: {join_list([f'the {n} ({d})' for n, d, _ in found[:4]])}.",
            "Awards",
            [f for _, _, f in found[:4]],
        )


def certifications_pairs(facts: list[Fact], pairs: Pairs, title: str) -> None:
    """ "Certification: Name, issued by Org (date)" lines: when each was earned, then the list."""
    found: list[tuple[str, Fact]] = []
    for fact in facts:
        match = re.match(
            rf"^Certification:\s*(?P<name>.+?),\s*issued by\s+(?P<org>.+?)\s*\((?P<date>{DATE})\b", fact.text
        )
        if not match:
            continue
        name = match["name"].strip()
        pairs.add(
            f"When did you get the {name} certification?"
            if "certif" not in name.lower()
            else f"When did you get {name}?",
            f"I earned {name}, issued by {school_name(match['org'])}, in {month_year(match['date'])}.",
            "Certifications",
            [fact],
        )
        found.append((name, fact))
    if found:
        pairs.add(
            "Do you have any certifications?",
            f"Yes: {join_list([n for n, _ in found[:4]])}.",
            "Certifications",
            [f for _, f in found[:4]],
        )
