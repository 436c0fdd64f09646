"""The twin as a service: the graph with persistent memory and the trace store, for the CLI and the UI.

`Twin.ask` answers one question; `Twin.stream` yields the answer's tokens as they are generated, then the
final `Answer`. One conversation is one `thread_id` (a browser tab, a `twin chat` session).
"""

from __future__ import annotations

import re
import sqlite3
import sys
import time
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessageChunk, AnyMessage, HumanMessage, RemoveMessage
from langgraph.graph.message import REMOVE_ALL_MESSAGES
from langgraph.types import Checkpointer

from graph.answer import SOURCES_LINE, check_answer, clean_reply
from graph.builder import build_graph
from graph.context import Context
from graph.traces import TraceRecorder, TraceStore
from ingest.knowledge import Fact, parse
from tools.retriever import HybridRetriever
from twin.settings import Settings

_HOLD_BACK = re.compile(r"(?:[+(]?\d[\d()./-]*\s*)+$")


@dataclass
class Answer:
    text: str
    route: str
    confidence: float
    sources: list[str] = field(default_factory=list)
    tokens: int = 0
    latency_s: float = 0.0
    ttft_s: float | None = None
    thread_id: str = ""
    check: str = ""  # what the answer check did: "ok", "replaced (why)", "declined (why)"
    run_id: str = ""  # the run's id in the trace store (feedback on the answer is stored with it)
    # What a rag answer was given to answer from, each fact with its sources (empty for other routes).
    facts: list[Fact] = field(default_factory=list)

    def footer(self) -> str:
        sources = ", ".join(self.sources) if self.sources else "none"
        return f"route: {self.route} · confidence: {self.confidence:.2f} · sources: {sources}"


MEMORY_WAIT_S = 2  # a memory locked by another process is waited for this long per write, then left out


def open_memory(path: Path) -> Any:
    """A SQLite checkpointer that never costs a visitor their answer.

    A corrupt file is moved aside (kept, not deleted) and a fresh one started. A memory that cannot be written
    (read-only, locked by another process) answers anyway: the conversation is kept for this process only,
    with one warning line, and each write waits at most MEMORY_WAIT_S.
    """
    from langgraph.checkpoint.memory import InMemorySaver

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(path, check_same_thread=False, timeout=MEMORY_WAIT_S)
        if conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise sqlite3.DatabaseError("quick_check failed")
    except sqlite3.OperationalError as exc:
        _memory_warning(path, exc)
        return InMemorySaver()
    except sqlite3.DatabaseError:
        aside = path.with_name(f"{path.name}.corrupt-{int(time.time())}")
        path.rename(aside)
        print(
            f"warning: {path} was corrupt; moved to {aside.name} and started a fresh memory", file=sys.stderr
        )
        conn = sqlite3.connect(path, check_same_thread=False, timeout=MEMORY_WAIT_S)
    except OSError as exc:
        _memory_warning(path, exc)
        return InMemorySaver()
    saver = _forgiving_saver(conn, path)
    try:
        saver.setup()
        conn.execute(
            "BEGIN IMMEDIATE"
        )  # the write lock now: a read-only or locked file shows before answering
        conn.rollback()
    except sqlite3.Error as exc:
        _memory_warning(path, exc)
        return InMemorySaver()
    return saver


def _memory_warning(path: Path, error: Exception) -> None:
    reason = "locked by another process" if "locked" in str(error) else str(error) or type(error).__name__
    print(
        f"warning: {path}: conversation memory cannot be written ({reason}); "
        "this session's conversations are kept in memory only",
        file=sys.stderr,
    )


def _forgiving_saver(conn: sqlite3.Connection, path: Path) -> Any:
    """SqliteSaver whose failed writes (the file locked or made read-only later) are dropped with one warning,
    and whose failed reads start the conversation afresh, instead of ending the answer."""
    from langgraph.checkpoint.sqlite import SqliteSaver

    class ForgivingSaver(SqliteSaver):
        warned = False

        def _warn(self, error: Exception) -> None:
            if not self.warned:
                self.warned = True
                _memory_warning(path, error)

        def get_tuple(self, config: Any) -> Any:
            try:
                return super().get_tuple(config)
            except sqlite3.Error as error:
                self._warn(error)
                return None

        def put(self, config: Any, checkpoint: Any, metadata: Any, new_versions: Any) -> Any:
            try:
                return super().put(config, checkpoint, metadata, new_versions)
            except sqlite3.Error as error:
                self._warn(error)
                configurable = config["configurable"]
                return {
                    "configurable": {
                        "thread_id": configurable["thread_id"],
                        "checkpoint_ns": configurable.get("checkpoint_ns", ""),
                        "checkpoint_id": checkpoint["id"],
                    }
                }

        def put_writes(self, config: Any, writes: Any, task_id: str, task_path: str = "") -> None:
            try:
                super().put_writes(config, writes, task_id, task_path)
            except sqlite3.Error as error:
                self._warn(error)

    return ForgivingSaver(conn)


class Twin:
    """One person's twin: the graph over the workspace of `settings`, its memory and its trace store."""

    def __init__(
        self,
        settings: Settings,
        *,
        llm: BaseChatModel | None = None,
        retriever: HybridRetriever | None = None,
        checkpointer: Checkpointer = None,
    ):
        self.settings = settings
        self.traces = TraceStore(settings.traces_db)
        memory = checkpointer if checkpointer is not None else open_memory(settings.memory_db)
        compiled = build_graph(settings=settings, llm=llm, retriever=retriever, checkpointer=memory)
        self.deps = compiled.deps
        self.graph = compiled.with_config(callbacks=[TraceRecorder(self.traces)])

    def check_ready(self) -> None:
        """Fail early, with one clear line, when there is no index to answer from."""
        self.deps.check_index()

    def preload(self) -> None:
        """Check there is an index, then load the models and index a first question needs (`Deps.preload`)."""
        self.deps.preload()

    def stream(
        self,
        question: str,
        thread_id: str | None = None,
        context: Context | None = None,
        *,
        history: Sequence[AnyMessage] | None = None,
    ) -> Iterator[str | Answer]:
        """Text as it is generated, then the final `Answer`.

        `history` is the conversation before the question as a caller holds it (an OpenAI-style client sends
        it whole with every request): given, it replaces what the thread remembers, so the answer follows the
        conversation sent, never a different one stored under the same thread id.

        The streamed text is what the visitor will read: the reply cleaned to its answer and passed through
        the disclosure policy and the answer check as it grows (a trailing partial word is held back, so a
        withheld number never shows half-typed, and a name or number the facts lack is never shown). When the
        check replaces the whole answer, the final `Answer.text` is the replacement: joined, the text events
        are then a prefix of what the model said, not of `Answer.text`.
        """
        context = context or Context()
        thread_id = thread_id or uuid.uuid4().hex
        start = time.perf_counter()
        ttft = None
        raw, shown = "", ""
        final: dict[str, Any] = {}
        policy = self.deps.disclosure()
        run_id = uuid.uuid4()  # the trace's id, so the answer can point at its trace
        messages: list[AnyMessage | RemoveMessage] = [HumanMessage(question)]
        if history is not None:
            messages = [RemoveMessage(id=REMOVE_ALL_MESSAGES), *history, *messages]
        for mode, chunk in self.graph.stream(
            {"messages": messages},
            config={"configurable": {"thread_id": thread_id}, "run_id": run_id},
            context=context,
            stream_mode=["messages", "values"],
        ):
            if mode == "values":
                final = chunk
                continue
            message, meta = chunk
            node = meta.get("langgraph_node")
            if not isinstance(message, AIMessageChunk) or node not in ("generate", "fallback_answer"):
                continue
            if ttft is None and message.content:
                ttft = time.perf_counter() - start
            raw += str(message.content)
            text, _ = policy.redact(clean_reply(raw))
            # Hold back the last partial word and any trailing run that could still grow into a number.
            safe = _HOLD_BACK.sub("", text[: text.rfind(" ") + 1])
            if node == "generate":
                documents = final.get("documents", [])
                facts: str | None = "\n".join(SOURCES_LINE.sub("", d.page_content) for d in documents)
                asked = final.get("standalone") or final.get("question", question)
                prefix = ""
            else:
                facts, asked, prefix = None, question, context.fallback_prefix
            # Only what the answer check passes is shown; the check runs on the whole answer in the node too.
            if (
                not safe
                or not check_answer(safe, facts=facts, person=self.deps.who(context), question=asked).ok
            ):
                continue
            safe = prefix + safe
            if safe.startswith(shown) and len(safe) > len(shown):
                yield safe[len(shown) :]
                shown = safe
        answer = final.get("answer", "")
        if answer.startswith(shown):
            yield answer[len(shown) :]
        route, sources = final.get("route", "unknown"), list(final.get("sources", []))
        yield Answer(
            text=answer,
            route=route,
            confidence=float(final.get("confidence", 0.0)),
            sources=sources,
            tokens=int(final.get("tokens", 0) or 0),
            latency_s=time.perf_counter() - start,
            ttft_s=ttft,
            thread_id=thread_id,
            check=str(final.get("check", "")),
            run_id=str(run_id),
            # A declined answer has no sources: then nothing was used.
            facts=used_facts(final.get("documents", [])) if route == "rag" and sources else [],
        )

    def ask(
        self,
        question: str,
        thread_id: str | None = None,
        context: Context | None = None,
        *,
        history: Sequence[AnyMessage] | None = None,
    ) -> Answer:
        for event in self.stream(question, thread_id, context, history=history):
            if isinstance(event, Answer):
                return event
        raise RuntimeError("the graph ended without an answer")


def used_facts(documents: list[Any]) -> list[Fact]:
    """The facts of the chunks an answer was given, each once, with the sources it names."""
    facts: dict[str, Fact] = {}
    for document in documents:
        for fact in parse(SOURCES_LINE.sub("", document.page_content))[1]:
            facts.setdefault(fact.key, fact)
    return list(facts.values())
