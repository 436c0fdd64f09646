"""Routers: pure functions from state (and run context) to the next node's name."""

from __future__ import annotations

import re
from typing import Literal

from graph.context import Context
from graph.state import State

_ABOUT_PERSON = re.compile(r"\b(?:you|your|yours|yourself|you're|you've|you'd)\b", re.IGNORECASE)


def is_about_person(question: str, person: str = "") -> bool:
    """Whether a question asks about the person (so an unsupported answer would be invented)."""
    if _ABOUT_PERSON.search(question):
        return True
    names = [n for n in re.findall(r"\w+", person) if len(n) > 2]
    return any(re.search(rf"\b{re.escape(n)}\b", question, re.IGNORECASE) for n in names)


def route_question(state: State) -> Literal["rewrite_query", "reject"]:
    """Bad input (empty, too long) is answered at once; anything else is made a query, then retrieved."""
    return "reject" if state.get("route") == "invalid" else "rewrite_query"


def route_after_grading(
    state: State, context: Context, person: str = ""
) -> Literal["generate", "rewrite_query", "unknown_answer", "fallback_answer"]:
    """Confident and relevant: answer from the facts. Else reformulate while rewrites are left; then
    decline a question about the person (an answer would be invented), or answer a general one directly."""
    if state.get("confidence", 0.0) >= context.confidence_threshold and state.get("documents"):
        return "generate"
    if state.get("rewrites", 0) < context.max_rewrites:
        return "rewrite_query"
    if is_about_person(state.get("question", ""), person):
        return "unknown_answer"
    return "fallback_answer"
