"""The conversational commands: `twin ask`, `twin chat`, `twin serve`, `twin traces`, `twin unanswered`.

Thin: each parses its arguments, calls `graph.service.Twin` (or `app.build_app`), and prints.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from twin.cli import _question, _settings
from twin.errors import TwinError

if TYPE_CHECKING:
    from graph.service import Answer, Twin

EXIT_WORDS = {"exit", "quit", ":q"}


def open_twin(args: argparse.Namespace) -> Twin:
    from graph.service import Twin

    return Twin(_settings(args))


def _footer(answer: Answer, thread: bool = False) -> str:
    extra = f" · {answer.latency_s:.1f} s" + (f" · thread: {answer.thread_id}" if thread else "")
    return f"[{answer.footer()}{extra}]"


def _print_answer(events: Iterator[str | Answer]) -> Answer:
    """Print the answer as it streams (the service streams it already cleaned and redacted), then end the line."""
    from graph.service import Answer

    streamed = ""
    for event in events:
        if isinstance(event, Answer):
            if streamed != event.text:  # not expected; if it happens, the final answer is what counts
                print(("\n" if streamed else "") + event.text, end="")
            print(flush=True)
            return event
        streamed += event
        print(event, end="", flush=True)
    raise RuntimeError("the twin's stream ended without an answer")


def cmd_ask(args: argparse.Namespace) -> int:
    question = _question(args.question)
    twin = open_twin(args)
    twin.check_ready()
    answer = _print_answer(twin.stream(question, thread_id=args.thread))
    print(_footer(answer, thread=True))
    return 0


def cmd_chat(args: argparse.Namespace) -> int:
    import uuid

    twin = open_twin(args)
    twin.check_ready()
    thread = args.thread or uuid.uuid4().hex
    print(f"Chatting in thread {thread}. Type 'exit' or press Ctrl-D to leave.")
    while True:
        try:
            line = input("you> ")
        except EOFError:
            print()
            return 0
        question = line.strip()
        if question.lower() in EXIT_WORDS:
            return 0
        if not question:
            continue
        print("twin> ", end="", flush=True)
        answer = _print_answer(twin.stream(question, thread_id=thread))
        print(_footer(answer))


def cmd_serve(args: argparse.Namespace) -> int:
    from app import build_app

    demo = build_app(settings=_settings(args))  # the twin is built on the first question: a fast start
    demo.launch(server_name=args.host, server_port=args.port, share=args.share)
    return 0


def _when(timestamp: float | None) -> str:
    return time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(timestamp or 0))


def cmd_traces(args: argparse.Namespace) -> int:
    from graph.traces import TraceStore

    store = TraceStore(_settings(args).traces_db)
    if args.traces_command == "show":
        return _show_trace(store.get(args.run_id), args.run_id)
    runs = store.recent(args.limit)
    if not runs:
        print("no runs recorded yet: ask the twin something (`twin ask QUESTION`)")
        return 0
    print(f"{'time':19}  {'route':8}  {'conf':>5}  {'latency':>8}  {'tokens':>6}  {'run':36}  question")
    for run in runs:
        confidence = f"{run['confidence']:.2f}" if run["confidence"] is not None else "-"
        route = run["route"] or ("error" if run["error"] else "-")
        print(
            f"{_when(run['started']):19}  {route:8}  {confidence:>5}  {run['latency_s'] or 0:>7.2f}s  "
            f"{run['tokens'] or 0:>6}  {run['id']:36}  {(run['question'] or '')[:60]}"
        )
    return 0


def _show_trace(run: dict[str, Any] | None, run_id: str) -> int:
    if run is None:
        raise TwinError(f"no run with id {run_id!r}: `twin traces` lists the recent ones")
    print(f"run       {run['id']}")
    print(f"time      {_when(run['started'])}   thread {run['thread'] or '-'}")
    question = run["question"] or ""
    print(
        f"question  {question[:500]}" + (f"… ({len(question):,} characters)" if len(question) > 500 else "")
    )
    print(f"route     {run['route']}   confidence {run['confidence']}   tokens {run['tokens']}")
    ttft = f"{run['ttft_s']:.3f} s" if run["ttft_s"] is not None else "-"
    print(f"latency   {run['latency_s']:.3f} s   first token {ttft}")
    print(f"sources   {', '.join(run['sources']) or 'none'}")
    if run["error"]:
        print(f"error     {run['error']}")
    print(f"answer    {run['answer']}")
    for number, node in enumerate(run["nodes"], 1):
        print(f"\n{number}. {node['node']}  ({node['seconds']:.4f} s)")
        for part in ("input", "output"):
            text = json.dumps(node.get(part), indent=2, ensure_ascii=False)
            print(f"   {part}: " + text.replace("\n", "\n   "))
    return 0


def cmd_unanswered(args: argparse.Namespace) -> int:
    path = _settings(args).unanswered_log
    entries = []
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            try:
                entries.append(json.loads(line))
            except json.JSONDecodeError:
                continue  # a line cut by a crash: skip it, keep the rest
    if not entries:
        print(f"no unanswered questions ({path})")
        return 0
    for entry in entries[-args.limit :]:
        print(
            f"{entry.get('time', '?'):19}  {float(entry.get('confidence', 0)):.2f}  {entry.get('question', '')}"
        )
    print(f"{len(entries)} unanswered in {path}: add the answers to the knowledge file, then `twin ingest`")
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("ask", help="ask the twin one question; prints the answer as it streams")
    p.add_argument("question")
    p.add_argument("--thread", help="conversation id to continue (printed after each answer)")
    p.set_defaults(func=cmd_ask)

    p = sub.add_parser("chat", help="a conversation in the terminal (one thread) until 'exit' or Ctrl-D")
    p.add_argument("--thread", help="conversation id to continue")
    p.set_defaults(func=cmd_chat)

    p = sub.add_parser("serve", help="the Gradio chat UI in the browser")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (0.0.0.0: every interface)")
    p.add_argument("--port", type=int, default=7860)
    p.add_argument("--share", action="store_true", help="also open a public gradio.live link")
    p.set_defaults(func=cmd_serve)

    p = sub.add_parser("traces", help="recent runs; `twin traces show RUN_ID` for one, node by node")
    p.add_argument("--limit", type=int, default=20)
    p.set_defaults(func=cmd_traces, traces_command=None)
    show = p.add_subparsers(dest="traces_command").add_parser("show", help="one run, node by node")
    show.add_argument("run_id", help="the run id, or its first characters")

    p = sub.add_parser("unanswered", help="questions the twin could not answer from the knowledge file")
    p.add_argument("--limit", type=int, default=50)
    p.set_defaults(func=cmd_unanswered)
