"""The local trace store: every run's question, each node's input and output with timings, route and tokens.

A LangChain callback handler records runs of the compiled graph however it is called (`invoke`,
`stream`, the Gradio app, `twin ask`), into SQLite beside the workspace. LangSmith, when configured by
its own environment variables, traces in addition; this store works offline and always.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import threading
import time
from pathlib import Path
from typing import Any
from uuid import UUID

from langchain_core.callbacks import BaseCallbackHandler

from twin.errors import TwinError

log = logging.getLogger(__name__)

_SCHEMA = """CREATE TABLE IF NOT EXISTS runs (
    id TEXT PRIMARY KEY, started REAL, thread TEXT, question TEXT, route TEXT, confidence REAL,
    sources TEXT, answer TEXT, tokens INTEGER, latency_s REAL, ttft_s REAL, nodes TEXT, error TEXT,
    feedback TEXT)"""
# Added after the first release: a store written before then gains the column when it is opened.
_MIGRATIONS = {"feedback": "ALTER TABLE runs ADD COLUMN feedback TEXT"}
FEEDBACK = ("up", "down")  # a visitor's thumbs on an answer; None: none given (or taken back)
MAX_FIELD_CHARS = 4000


def _plain(value: Any) -> Any:
    """JSON-friendly, size-bounded copy of node inputs and outputs (messages, Documents)."""
    if hasattr(value, "page_content"):
        return {"text": value.page_content[:600], "metadata": _plain(value.metadata)}
    if hasattr(value, "content") and hasattr(value, "type"):
        return {"type": value.type, "content": str(value.content)[:MAX_FIELD_CHARS]}
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value[:20]]
    if isinstance(value, str | int | float | bool) or value is None:
        return value[:MAX_FIELD_CHARS] if isinstance(value, str) else value
    return str(value)[:200]


LOCK_WAIT_S = 5  # a store locked by another process is waited for this long, then given up


class TraceStore:
    """Runs in SQLite. A store that cannot be opened, read or written (corrupt, locked, unreadable) raises
    TwinError with one line naming the file; the recorder drops such a trace with a warning instead."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self._lock = threading.Lock()
        self._migrated = False

    def _connect(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(self.path, timeout=LOCK_WAIT_S)
        conn.execute(_SCHEMA)
        if not self._migrated:
            have = {row[1] for row in conn.execute("PRAGMA table_info(runs)")}
            for column, statement in _MIGRATIONS.items():
                if column not in have:
                    try:
                        conn.execute(statement)
                    except sqlite3.OperationalError as error:  # another process added it a moment ago
                        if "duplicate column" not in str(error):
                            raise
            conn.commit()
            self._migrated = True
        return conn

    def _error(self, error: Exception) -> TwinError:
        reason = str(error) or type(error).__name__
        if "locked" in reason:
            hint = f"another process holds it (waited {LOCK_WAIT_S} s)"
        else:
            hint = "move it aside and a new one starts with the next run"
        return TwinError(f"{self.path}: the trace store cannot be used ({reason}); {hint}")

    def write(self, record: dict[str, Any]) -> None:
        columns = [
            "id",
            "started",
            "thread",
            "question",
            "route",
            "confidence",
            "sources",
            "answer",
            "tokens",
        ]
        columns += ["latency_s", "ttft_s", "nodes", "error"]
        row = [record.get(c) for c in columns]
        row[6] = json.dumps(record.get("sources") or [])
        row[11] = json.dumps(record.get("nodes") or [])
        try:
            with self._lock, self._connect() as conn:
                conn.execute(
                    f"INSERT OR REPLACE INTO runs ({','.join(columns)}) VALUES ({','.join('?' * len(columns))})",
                    row,
                )
        except (sqlite3.Error, OSError) as error:
            raise self._error(error) from None

    def set_feedback(self, run_id: str, feedback: str | None) -> bool:
        """Record a visitor's thumbs up or down on a run's answer (None takes it back); False: no such run."""
        if feedback not in (*FEEDBACK, None):
            raise ValueError(f"feedback must be one of {FEEDBACK} or None, not {feedback!r}")
        try:
            with self._lock, self._connect() as conn:
                changed = conn.execute(
                    "UPDATE runs SET feedback = ? WHERE id = ?", (feedback, run_id)
                ).rowcount
        except (sqlite3.Error, OSError) as error:
            raise self._error(error) from None
        return changed > 0

    def disliked(self, limit: int = 200) -> list[dict[str, Any]]:
        """The runs whose answer a visitor gave a thumbs down, newest first."""
        sql = "SELECT * FROM runs WHERE feedback = 'down' ORDER BY started DESC LIMIT ?"
        return [self._decode(r) for r in self._query(sql, limit)]

    def recent(self, limit: int = 20) -> list[dict[str, Any]]:
        return [
            self._decode(r) for r in self._query("SELECT * FROM runs ORDER BY started DESC LIMIT ?", limit)
        ]

    def get(self, run_id: str) -> dict[str, Any] | None:
        rows = self._query("SELECT * FROM runs WHERE id LIKE ? LIMIT 1", run_id + "%")
        return self._decode(rows[0]) if rows else None

    def _query(self, sql: str, *args: Any) -> list[dict[str, Any]]:
        if not self.path.exists():
            return []
        try:
            with self._connect() as conn:
                conn.row_factory = sqlite3.Row
                return [dict(r) for r in conn.execute(sql, args).fetchall()]
        except (sqlite3.Error, OSError) as error:
            raise self._error(error) from None

    @staticmethod
    def _decode(row: dict[str, Any]) -> dict[str, Any]:
        for key in ("sources", "nodes"):
            try:
                row[key] = json.loads(row[key] or "[]")
            except (TypeError, json.JSONDecodeError):  # a row written by hand or damaged: shown as empty
                row[key] = []
        return row


class TraceRecorder(BaseCallbackHandler):
    """Collects one record per top-level graph run and writes it to a TraceStore when the run ends."""

    def __init__(self, store: TraceStore):
        self.store = store
        self._runs: dict[UUID, dict[str, Any]] = {}  # top-level run id -> record
        self._parent: dict[UUID, UUID] = {}  # any run id -> its top-level run id
        self._nodes: dict[UUID, dict[str, Any]] = {}

    def _root(self, run_id: UUID) -> dict[str, Any] | None:
        root = self._parent.get(run_id)
        return self._runs.get(root) if root else None

    def on_chain_start(self, serialized: Any, inputs: Any, *, run_id: UUID, parent_run_id: UUID | None = None,
                       metadata: dict[str, Any] | None = None, **kwargs: Any) -> None:  # fmt: skip
        if parent_run_id is None:
            messages = inputs.get("messages", []) if isinstance(inputs, dict) else []
            last = messages[-1] if messages else None
            question = getattr(last, "content", last[1] if isinstance(last, tuple) else last)
            self._runs[run_id] = {
                "id": str(run_id), "started": time.time(), "t0": time.perf_counter(), "question": str(question or ""),
                "thread": str((metadata or {}).get("thread_id", "")), "nodes": [], "ttft_s": None,
            }  # fmt: skip
            self._parent[run_id] = run_id
            return
        root = self._parent.get(parent_run_id)
        if root is None:
            return
        self._parent[run_id] = root
        node = (metadata or {}).get("langgraph_node")
        if node and kwargs.get("name") == node:
            self._nodes[run_id] = {"node": node, "start": time.perf_counter(), "input": _plain(inputs)}

    def on_chain_end(self, outputs: Any, *, run_id: UUID, **kwargs: Any) -> None:
        record = self._root(run_id)
        if record is None:
            return
        if run_id in self._nodes:
            node = self._nodes.pop(run_id)
            node["seconds"] = round(time.perf_counter() - node.pop("start"), 4)
            node["output"] = _plain(outputs)
            record["nodes"].append(node)
        if self._parent.get(run_id) == run_id:
            self._finish(run_id, outputs if isinstance(outputs, dict) else {}, None)

    def on_chain_error(self, error: BaseException, *, run_id: UUID, **kwargs: Any) -> None:
        if self._parent.get(run_id) == run_id:
            # A visitor who closes the tab mid-answer stops the stream: cancelled, not failed.
            reason = (
                "cancelled" if isinstance(error, GeneratorExit) else f"{type(error).__name__}: {error}"[:500]
            )
            self._finish(run_id, {}, reason)

    def on_llm_new_token(self, token: Any, *, run_id: UUID, **kwargs: Any) -> None:
        record = self._root(run_id)
        if record is not None and record["ttft_s"] is None:
            record["ttft_s"] = round(time.perf_counter() - record["t0"], 4)

    def on_chat_model_start(self, serialized: Any, messages: Any, *, run_id: UUID,
                            parent_run_id: UUID | None = None, **kwargs: Any) -> None:  # fmt: skip
        if parent_run_id in self._parent:
            self._parent[run_id] = self._parent[parent_run_id]

    def _finish(self, run_id: UUID, outputs: dict[str, Any], error: str | None) -> None:
        record = self._runs.pop(run_id)
        for child in [k for k, v in self._parent.items() if v == run_id]:
            self._parent.pop(child, None)
        record.pop("t0", None)
        latency = time.time() - record["started"]
        record.update(
            route=outputs.get("route"), confidence=outputs.get("confidence"), sources=outputs.get("sources"),
            answer=outputs.get("answer"), tokens=outputs.get("tokens"), latency_s=round(latency, 4), error=error,
        )  # fmt: skip
        # A trace that cannot be written must never cost the visitor their answer: dropped, with a warning.
        try:
            self.store.write(record)
        except TwinError as error:
            log.warning("trace not recorded: %s", error)
