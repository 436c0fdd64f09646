"""The owner's inbox: the questions the twin could not answer, and the owner's answers to them.

Two kinds come in: questions the twin declined (the unknown route and a rag-route "I don't know", logged in
`HOME/unanswered.jsonl` by the graph) and answers a visitor gave a thumbs down (the trace store). One
question asked several times is one entry. When the owner answers, the answer becomes a fact in the
knowledge file and the index (ingest/owner.py), and the question is marked answered in `HOME/answered.jsonl`:
it leaves the list, and comes back only if the twin fails it again afterwards. The CLI (`twin unanswered`)
and the page's Owner tab both use this module.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from graph.traces import TraceStore
from ingest.knowledge import fact_key
from ingest.owner import OwnerAnswer, add_owner_answer
from twin.errors import TwinError
from twin.settings import Settings

DECLINED, DISLIKED = "declined", "thumbs down"


@dataclass
class Unanswered:
    """One question the owner may answer; `number` is its place in the list (1 = the first to fail)."""

    number: int
    question: str
    first: float  # when it first failed (seconds since the epoch); the list's order, so numbers stay put
    last: float  # when it last failed
    why: list[str] = field(default_factory=list)  # DECLINED and/or DISLIKED
    times: int = 1
    answer: str = ""  # what the twin said, for a thumbs down
    confidence: float | None = None

    @property
    def when(self) -> str:
        return time.strftime("%Y-%m-%d %H:%M", time.localtime(self.last))


def answered_log(settings: Settings) -> Path:
    return settings.home / "answered.jsonl"


def open_questions(settings: Settings, traces: TraceStore | None = None) -> list[Unanswered]:
    """What is waiting for the owner, oldest first: each question once, unless answered since it last failed."""
    traces = traces or TraceStore(settings.traces_db)
    failures: list[tuple[float, str, str, str, float | None]] = []  # time, question, why, answer, confidence
    for entry in _read_jsonl(settings.unanswered_log):
        question = str(entry.get("question") or "")
        confidence = entry.get("confidence")
        failures.append(
            (
                _epoch(entry.get("time")),
                question,
                DECLINED,
                "",
                float(confidence) if isinstance(confidence, int | float) else None,
            )
        )
    for run in traces.disliked():
        failures.append(
            (run["started"] or 0.0, run["question"] or "", DISLIKED, run["answer"] or "", run["confidence"])
        )
    answered: dict[str, float] = {}
    for entry in _read_jsonl(answered_log(settings)):
        key = fact_key(str(entry.get("question") or ""))
        answered[key] = max(answered.get(key, 0.0), float(entry.get("at") or 0.0))
    items: dict[str, Unanswered] = {}
    for when, question, why, answer, confidence in sorted(failures, key=lambda f: f[0]):
        key = fact_key(question)
        if not key or when <= answered.get(key, 0.0):
            continue
        item = items.get(key)
        if item is None:
            items[key] = Unanswered(0, question, when, when, [why], 1, answer, confidence)
            continue
        item.times += 1
        item.last, item.question = when, question
        item.why += [why] if why not in item.why else []
        item.answer = answer or item.answer
        item.confidence = confidence if confidence is not None else item.confidence
    ordered = list(items.values())  # by first failure: new questions join at the end
    for number, item in enumerate(ordered, 1):
        item.number = number
    return ordered


def pick(settings: Settings, number: int, traces: TraceStore | None = None) -> Unanswered:
    """The open question with this number, as `open_questions` lists it."""
    questions = open_questions(settings, traces)
    if not 1 <= number <= len(questions):
        listed = f"1-{len(questions)}" if questions else "none are open"
        raise TwinError(f"no unanswered question number {number} ({listed}): `twin unanswered` lists them")
    return questions[number - 1]


def answer_question(
    settings: Settings, question: str, answer: str, *, section: str | None = None, progress: bool = False
) -> OwnerAnswer:
    """The owner's answer: into the knowledge file and the index, then the question is marked answered."""
    result = add_owner_answer(settings, question, answer, section=section, progress=progress)
    entry = {
        "at": time.time(),
        "time": time.strftime("%Y-%m-%dT%H:%M:%S"),
        "question": question,
        "answer": answer,
        "section": result.fact.section,
    }
    try:
        with answered_log(settings).open("a", encoding="utf-8") as out:
            out.write(json.dumps(entry) + "\n")
    except OSError as error:
        raise TwinError(
            f"{answered_log(settings)}: the answer is in the knowledge file, but the question could not be "
            f"marked answered ({error.strerror or error})"
        ) from None
    return result


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except FileNotFoundError:
        return []
    except OSError as error:
        raise TwinError(f"{path}: cannot be read ({error.strerror or error})") from None
    entries = []
    for line in text.splitlines():
        try:
            entry = json.loads(line)
        except json.JSONDecodeError:
            continue  # a line cut by a crash: skip it, keep the rest
        if isinstance(entry, dict):
            entries.append(entry)
    return entries


def _epoch(stamp: Any) -> float:
    """The log's local "2025-01-31T12:00:00" as seconds since the epoch (0 when unreadable)."""
    try:
        return time.mktime(time.strptime(str(stamp), "%Y-%m-%dT%H:%M:%S"))
    except (ValueError, OverflowError):
        return 0.0
