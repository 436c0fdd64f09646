"""What every command shares: the run's settings from the arguments, the question check, answer printing."""

from __future__ import annotations

import argparse
import io
import logging
import os
import sys
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ingest.clean import readable
from twin.errors import TwinError
from twin.settings import Settings, get_settings

if TYPE_CHECKING:
    from langchain_core.documents import Document

    from cli.warm import WarmTwin
    from graph.service import Answer, Twin

EXIT_WORDS = {"exit", "quit", ":q"}


def settings_for(args: argparse.Namespace) -> Settings:
    """The process's settings, with the workspace the command was given (`--home`, or `--out` for ingest)."""
    settings = get_settings()
    home = getattr(args, "home", None)
    return settings.with_home(home) if home else settings


def warn_out_of_step(settings: Settings) -> None:
    """One line each, before anything is loaded, when the workspace is not as the last ingest left it.

    Opening the workspace also finishes (or undoes) an ingest that was cut short.
    """
    from ingest.workspace import notices

    for line in notices(settings):
        print(f"warning: {line}", file=sys.stderr)


def checked_question(text: str) -> str:
    """The question, stripped; an empty or too long one is refused before anything is loaded.

    Bytes that were not valid UTF-8 (an argument arrives with them as surrogate escapes) become U+FFFD.
    """
    from graph.limits import MAX_QUESTION_CHARS  # the graph's own limit, without importing the graph

    text = readable(text or "").strip()
    if not text:
        raise TwinError("the question is empty")
    if len(text) > MAX_QUESTION_CHARS:
        raise TwinError(f"the question is {len(text):,} characters long; the limit is {MAX_QUESTION_CHARS:,}")
    return text


def print_hits(hits: list[Document]) -> None:
    """Ranked chunks with their fused, dense and BM25 scores and their sources."""
    if not hits:
        print("no matching chunks")
    for doc in hits:
        m = doc.metadata
        print(
            f"#{m['rank']}  score {m['score']:.3f}  dense {m['dense_score']:.3f}  bm25 {m['bm25_score']:.2f}  "
            f"[{m.get('sources', '?')}]"
        )
        print("    " + doc.page_content.replace("\n", "\n    "))


@dataclass
class RemoteAnswer:
    """An answer the warm twin gave (cli/warm.py): its text and its footer line, formatted there."""

    text: str
    footer_line: str
    thread_id: str


def answer_footer(answer: Answer | RemoteAnswer, thread: bool = False) -> str:
    if isinstance(answer, RemoteAnswer):
        return answer.footer_line
    extra = f" · {answer.latency_s:.1f} s" + (f" · thread: {answer.thread_id}" if thread else "")
    return f"[{answer.footer()}{extra}]"


def print_answer(events: Iterator[str | Answer | RemoteAnswer]) -> Answer | RemoteAnswer:
    """Print the answer as it streams (the service streams it already cleaned and redacted), then end the line."""
    streamed = ""
    for event in events:
        if not isinstance(event, str):  # the final answer
            if streamed != event.text:  # not expected; if it happens, the final answer is what counts
                print(("\n" if streamed else "") + event.text, end="")
            print(flush=True)
            return event
        streamed += event
        print(event, end="", flush=True)
    raise RuntimeError("the twin's stream ended without an answer")


def converse(twin: Twin | WarmTwin, thread: str | None = None) -> int:
    """A conversation in the terminal, in one thread, until 'exit' or Ctrl-D."""
    thread = thread or uuid.uuid4().hex
    if isinstance(sys.stdin, io.TextIOWrapper):
        sys.stdin.reconfigure(errors="replace")  # a line that is not valid UTF-8 must not end the chat
    print(f"Chatting in thread {thread}. Type 'exit' or press Ctrl-D to leave.")
    while True:
        try:
            line = input("you> ")
        except EOFError:
            print()
            return 0
        question = readable(line).strip()
        if question.lower() in EXIT_WORDS:
            return 0
        if not question:
            continue
        print("twin> ", end="", flush=True)
        answer = print_answer(twin.stream(question, thread_id=thread))
        print(answer_footer(answer))


def leave(code: int) -> None:
    """Exit now, skipping the interpreter's teardown of torch, onnxruntime and thread pools (2-9 s after the
    last answer of `twin ask` or `twin chat`). Everything the twin keeps is committed as it is written (memory,
    traces, the unanswered log); output, logs and LangSmith's queue are flushed first."""
    if os.environ.get("LANGSMITH_TRACING", os.environ.get("LANGCHAIN_TRACING_V2", "")).lower() == "true":
        from langchain_core.tracers.langchain import wait_for_all_tracers

        wait_for_all_tracers()
    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)
