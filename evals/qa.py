"""The evaluation set: a JSONL file of questions with reference answers, loaded and validated line by line.

One JSON object a line: `id`, `question`, `answers` (reference strings; empty: the twin should say it
does not know or will not say), optional `forbidden` (strings that must never appear in an answer),
optional `source` (the file, relative to the ingested folder, that holds the answer) and `category`.
Other fields (`kind`, `paragraph`, ...) are kept as they are, as JSONL tools do, and copied into each
prediction under `extra`. Every problem with a required or known field is reported as one line naming the
file, the line number and what is wrong.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from twin.errors import TwinError

_FIELDS = {"id", "question", "answers", "forbidden", "source", "category"}


@dataclass(frozen=True)
class QAItem:
    id: str
    question: str
    answers: list[str]
    forbidden: list[str] = field(default_factory=list)
    source: str | None = None
    category: str = ""
    extra: dict[str, Any] = field(default_factory=dict)  # fields this file adds, kept as given

    @property
    def answerable(self) -> bool:
        return bool(self.answers)


def _strings(value: Any, name: str, where: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise TwinError(f"{where}: '{name}' must be a list of strings, got {json.dumps(value)[:60]}")
    if any(not v.strip() for v in value):
        raise TwinError(f"{where}: '{name}' holds an empty string")
    return [v.strip() for v in value]


def parse_item(record: Any, where: str) -> QAItem:
    """One validated question; `where` ("qa.jsonl:12") starts every error message."""
    if not isinstance(record, dict):
        raise TwinError(f"{where}: expected a JSON object, got {type(record).__name__}")
    for name in ("id", "question", "answers"):
        if name not in record:
            raise TwinError(f"{where}: missing '{name}'")
    qid, question = record["id"], record["question"]
    if not isinstance(qid, str | int) or isinstance(qid, bool) or not str(qid).strip():
        raise TwinError(f"{where}: 'id' must be a non-empty string")
    if not isinstance(question, str) or not question.strip():
        raise TwinError(f"{where}: 'question' must be a non-empty string")
    source = record.get("source")
    if source is not None and (not isinstance(source, str) or not source.strip()):
        raise TwinError(f"{where}: 'source' must be a non-empty string when given")
    category = record.get("category", "")
    if not isinstance(category, str):
        raise TwinError(f"{where}: 'category' must be a string")
    return QAItem(
        id=str(qid).strip(),
        question=question.strip(),
        answers=_strings(record["answers"], "answers", where),
        forbidden=_strings(record.get("forbidden", []), "forbidden", where),
        source=source.strip() if source else None,
        category=category.strip(),
        extra={k: v for k, v in record.items() if k not in _FIELDS},
    )


def load_qa(path: Path | str) -> list[QAItem]:
    """Every question in a QA file, in file order; a TwinError names the first bad line."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise TwinError(f"{path}: QA file not found") from None
    except UnicodeDecodeError:
        raise TwinError(f"{path}: not UTF-8 text; expected JSON lines") from None
    except OSError as error:
        raise TwinError(f"{path}: cannot read the QA file ({error.strerror or error})") from None
    items: list[QAItem] = []
    seen: dict[str, int] = {}
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{path.name}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            raise TwinError(f"{where}: not valid JSON ({error.msg} at column {error.colno})") from None
        item = parse_item(record, where)
        if item.id in seen:
            raise TwinError(f"{where}: duplicate id {item.id!r} (first on line {seen[item.id]})")
        seen[item.id] = number
        items.append(item)
    if not items:
        raise TwinError(f"{path}: no questions in the QA file")
    return items


def select(items: list[QAItem], limit: int | None) -> list[QAItem]:
    """`limit` questions spread evenly over the file, so every category is represented; all when None.

    The pick depends only on the file and `limit`, so an interrupted run resumes the same questions.
    """
    if limit is None or limit >= len(items):
        return list(items)
    if limit < 1:
        raise TwinError(f"--limit must be at least 1, got {limit}")
    return [items[i * len(items) // limit] for i in range(limit)]


def file_sha256(path: Path | str) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()
