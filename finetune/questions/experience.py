"""Experience: questions about the person's roles, from "Title at Company, Place (Start – End)" lines.

Owns the role parser and the answers built from it (where the person works now, what they did where and
when, the job title), the questions a CV bullet under a role answers ("What did you build at X?"), and
the "Where have you worked?" summary over every role.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from finetune.questions.pairs import Pairs
from finetune.questions.text import (
    BARE_VERBS,
    DATE_RANGE,
    FIRST_PERSON,
    ROLE_WORDS,
    article,
    first_person,
    join_list,
    month_year,
    norm,
    sentences,
)
from ingest.knowledge import Fact


@dataclass
class _Role:
    title: str
    org: str
    start: str
    end: str | None  # None: current
    rest: str


def _parse_role(text: str) -> _Role | None:
    match = DATE_RANGE.search(text)
    if not match:
        return None
    head = text[: match.start()].strip(" ,(")
    rest = text[match.end() :].strip(" ).")
    parts = re.split(r"\s+at\s+|\s+[—–]\s+|\s+-\s+", head, maxsplit=1)
    if len(parts) != 2:
        return None
    title, org_place = parts[0].strip(), parts[1].strip()
    if not ROLE_WORDS.search(title) or len(title.split()) > 8:
        return None
    org = org_place.split(",")[0].strip()
    end = match["end"]
    current = end.lower() in {"present", "now", "today", "current"}
    return _Role(title, org, month_year(match["start"]), None if current else month_year(end), rest)


def _role_answer(role: _Role) -> str:
    if role.end is None:
        return f"I'm {article(role.title)} {role.title} at {role.org}, since {role.start}."
    return f"I was {article(role.title)} {role.title} at {role.org} from {role.start} to {role.end}."


def experience_pairs(facts: list[Fact], pairs: Pairs, title: str) -> None:
    """Role lines, the CV bullets under them, then "Where have you worked?" over every role."""
    roles: list[tuple[_Role, Fact]] = []
    context: _Role | None = None
    for fact in facts:
        role = _parse_role(fact.text)
        if role is not None:
            roles.append((role, fact))
            context = role
            detail = first_person(sentences(role.rest)[0]) if role.rest else ""
            detail = detail if FIRST_PERSON.search(detail) else ""
            if role.end is None:
                pairs.add("Where do you work?", _role_answer(role), "Experience", [fact])
                pairs.add("What's your current job?", _role_answer(role), "Experience", [fact])
                pairs.add(
                    f"What do you do at {role.org}?", f"{_role_answer(role)} {detail}", "Experience", [fact]
                )
                pairs.add(
                    f"When did you join {role.org}?",
                    f"I joined {role.org} in {role.start}.",
                    "Experience",
                    [fact],
                )
                pairs.add(
                    "What's your job title?",
                    f"I'm {article(role.title)} {role.title}.",
                    "Experience",
                    [fact],
                )
            else:
                pairs.add(
                    f"What did you do at {role.org}?", f"{_role_answer(role)} {detail}", "Experience", [fact]
                )
                pairs.add(
                    f"When did you work at {role.org}?",
                    f"I worked at {role.org} from {role.start} to {role.end}.",
                    "Experience",
                    [fact],
                )
                pairs.add(f"What was your role at {role.org}?", _role_answer(role), "Experience", [fact])
            continue
        # A CV bullet under a role says what the person did there; it starts with its verb.
        first = sentences(fact.text)[0] if fact.text else ""
        verb = first.split(" ", 1)[0].lower()
        if context is None or not (verb in BARE_VERBS or (verb.endswith("ed") and len(verb) > 4)):
            context = None if len(sentences(fact.text)) > 1 else context
            continue
        answer = first_person(first)
        now = context.end is None
        if verb in {"lead", "led", "manage", "managed"}:
            question = "Do you lead a team?" if now else f"Did you lead a team at {context.org}?"
        elif verb in {"built", "build", "developed", "created", "designed", "shipped", "launched"}:
            question = (
                f"What have you built at {context.org}?" if now else f"What did you build at {context.org}?"
            )
        elif verb in {"introduced", "set", "established", "started"}:
            question = (
                f"What have you introduced at {context.org}?"
                if now
                else f"What did you set up at {context.org}?"
            )
        elif verb in {"taught", "teach", "mentor", "mentored"}:
            question = f"Did you teach at {context.org}?"
            answer = f"Yes: {answer}"
        elif verb in {"run", "ran", "maintain", "maintained", "operate", "use", "used"}:
            question = (
                f"What technology do you use at {context.org}?"
                if now
                else f"What tools did you use at {context.org}?"
            )
        else:
            question = (
                f"What else do you do at {context.org}?" if now else f"What else did you do at {context.org}?"
            )
        pairs.add(question, answer, "Experience", [fact])
    if roles:
        seen: dict[str, tuple[_Role, Fact]] = {}
        for role, fact in roles:
            seen.setdefault(norm(role.org), (role, fact))
        places = [
            f"{role.org} ({role.title}, {'since ' + role.start if role.end is None else role.start + ' to ' + role.end})"
            for role, _ in seen.values()
        ]
        pairs.add(
            "Where have you worked?",
            f"I've worked at {join_list(places)}.",
            "Experience",
            [fact for _, fact in seen.values()],
        )
