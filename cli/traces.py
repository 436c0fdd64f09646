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
    path = settings_for(args).unanswered_log
    entries = []
    if path.exists():
        try:
            text = path.read_text(encoding="utf-8", errors="replace")
        except OSError as error:
            raise TwinError(
                f"{path}: cannot read the unanswered questions ({error.strerror or error})"
            ) from None
        for line in text.splitlines():
            try:
                entry = json.loads(line)
            except json.JSONDecodeError:
                continue  # a line cut by a crash: skip it, keep the rest
            if isinstance(entry, dict):
                entries.append(entry)
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
    p = sub.add_parser("traces", help="recent runs; `twin traces show RUN_ID` for one, node by node")
    p.add_argument("--limit", type=int, default=20)
    p.set_defaults(func=cmd_traces, traces_command=None)
    show = p.add_subparsers(dest="traces_command").add_parser("show", help="one run, node by node")
    show.add_argument("run_id", help="the run id, or its first characters")

    p = sub.add_parser("unanswered", help="questions the twin could not answer from the knowledge file")
    p.add_argument("--limit", type=int, default=50)
    p.set_defaults(func=cmd_unanswered)
