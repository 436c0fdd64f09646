"""Skills and Languages: the sections that are lists ("Programming: Python, SQL", "Swedish (native)").

Owns the list splitter (commas inside brackets do not split), the skill questions (per labelled list,
the main skills, "Do you know X?") and the language questions (which languages, "Do you speak X?", with
the level as written).
"""

from __future__ import annotations

import re

from finetune.questions.pairs import Pairs
from finetune.questions.text import join_list
from ingest.knowledge import Fact


def _split_list(text: str) -> list[str]:
    """'a, b (x, y), c' -> ['a', 'b (x, y)', 'c']: commas inside brackets do not split."""
    items, depth, current = [], 0, ""
    for char in text:
        depth += char == "("
        depth -= char == ")"
        if char == "," and depth == 0:
            items.append(current.strip())
            current = ""
        else:
            current += char
    items.append(current.strip())
    return [i.strip(" .") for i in items if i.strip(" .")]


def skills_pairs(facts: list[Fact], pairs: Pairs, title: str) -> None:
    """ "Label: a, b, c" lists: a question per list, the main skills, then "Do you know X?" for each skill."""
    everything: list[tuple[str, Fact]] = []
    for fact in facts:
        match = re.match(r"^(?P<label>[A-Z][\w &/-]{1,40}):\s*(?P<items>.+)$", fact.text)
        if not match:
            continue
        label, items = match["label"].strip(), _split_list(match["items"])
        if len(items) < 2:
            continue
        everything += [(item, fact) for item in items]
        lowered = label.lower()
        if lowered == "skills":
            pairs.add("What are your skills?", f"My skills include {join_list(items[:8])}.", "Skills", [fact])
            continue
        if "program" in lowered:
            question = "Which programming languages do you use?"
        else:
            question = f"What do you use for {lowered}?"
        pairs.add(question, f"For {lowered}, I use {join_list(items)}.", "Skills", [fact])
    if everything:
        # The "Skills:" list when there is one, else the longest list, stands for the main skills.
        lists: dict[int, tuple[Fact, list[str]]] = {}
        for item, fact in everything:
            lists.setdefault(id(fact), (fact, []))[1].append(item)
        labelled = [v for v in lists.values() if v[0].text.lower().startswith("skills:")]
        main_fact, main_items = (labelled or sorted(lists.values(), key=lambda v: -len(v[1])))[0]
        pairs.add(
            "What are your main skills?",
            f"My main skills are {join_list(main_items[:8])}.",
            "Skills",
            [main_fact],
        )
        known: set[str] = set()
        for item, fact in everything:
            if item.lower() in known or len(known) >= 8:
                continue
            known.add(item.lower())
            pairs.add(f"Do you know {item}?", f"Yes, I work with {item}.", "Skills", [fact])


def languages_pairs(facts: list[Fact], pairs: Pairs, title: str) -> None:
    """Language lists ("Swedish (native), English"): which languages, then "Do you speak X?" for each."""
    spoken: dict[str, tuple[str, Fact]] = {}
    best: tuple[list[str], Fact] | None = None
    for fact in facts:
        text = re.sub(r"^Speaks\s+", "", fact.text).rstrip(".")
        items = _split_list(text)
        langs = [i for i in items if re.match(r"^[A-Z][a-z]+(?:\s+\(.+\))?$", i)]
        if not langs:
            continue
        if best is None or len(langs) > len(best[0]):
            best = (langs, fact)
        for item in langs:
            name = item.split(" (")[0]
            level = item[len(name) :].strip()
            spoken.setdefault(name, (level, fact))
    if best is not None:
        said = [_lower_level(i) for i in best[0]]
        pairs.add("What languages do you speak?", f"I speak {join_list(said)}.", "Languages", [best[1]])
    for name, (level, fact) in spoken.items():
        pairs.add(
            f"Do you speak {name}?",
            f"Yes, I speak {name}{' ' + _lower_level(level) if level else ''}.",
            "Languages",
            [fact],
        )


def _lower_level(text: str) -> str:
    return re.sub(r"\(([A-Z])([a-z])", lambda m: f"({m[1].lower()}{m[2]}", text)
