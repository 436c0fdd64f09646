"""What the twin did: `twin traces` (recent runs, one run node by node) and `twin unanswered`."""

from __future__ import annotations

import argparse
import json
import time
from typing import Any

from cli.common import settings_for
from twin.errors import TwinError


def _when(timestamp: float | None) -> str:
    return time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(timestamp or 0))


def cmd_traces(args: argparse.Namespace) -> int:
    from graph.traces import TraceStore

    store = TraceStore(settings_for(args).traces_db)
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
    from graph.unanswered import DISLIKED, answer_question, open_questions, pick

    settings = settings_for(args)
    if args.answer is not None:
        number, text = args.answer
        try:
            item = pick(settings, int(number))
        except ValueError:
            raise TwinError(
                f"{number!r}: give the question's number, as `twin unanswered` lists it"
            ) from None
        result = answer_question(settings, item.question, text, section=args.section)
        print(f"answered {item.number}. {item.question}")
        print(result.line())
        return 0
    questions = open_questions(settings)
    if not questions:
        print(
            f"no unanswered questions ({settings.unanswered_log}, thumbs-down answers in {settings.traces_db})"
        )
        return 0
    for item in questions[-args.limit :]:
        times = f" (x{item.times})" if item.times > 1 else ""
        print(f"{item.number:>3}. {item.when:16}  {', '.join(item.why):20}  {item.question}{times}")
        if DISLIKED in item.why and item.answer:
            print(f"     {'':16}  {'the twin said:':20}  {item.answer[:200]}")
    print(
        f'{len(questions)} unanswered in {settings.home}: `twin unanswered --answer N "the answer"` adds yours '
        "to the knowledge file and the index (or edit knowledge.md by hand, then `twin ingest`)"
    )
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("traces", help="recent runs; `twin traces show RUN_ID` for one, node by node")
    p.add_argument("--limit", type=int, default=20)
    p.set_defaults(func=cmd_traces, traces_command=None)
    show = p.add_subparsers(dest="traces_command").add_parser("show", help="one run, node by node")
    show.add_argument("run_id", help="the run id, or its first characters")

    p = sub.add_parser(
        "unanswered",
        help="questions the twin could not answer, and answers visitors gave a thumbs down; answer them",
    )
    p.add_argument("--limit", type=int, default=50)
    p.add_argument(
        "--answer",
        nargs=2,
        metavar=("N", "TEXT"),
        help="answer question N of the list: TEXT becomes a fact (source: owner) and the index is updated",
    )
    p.add_argument(
        "--section",
        help="the knowledge-file section for --answer, e.g. Experience (default: guessed from the question, "
        "else About)",
    )
    p.set_defaults(func=cmd_unanswered)
