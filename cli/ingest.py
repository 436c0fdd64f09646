"""`twin ingest` (sources -> knowledge file -> index) and `twin search` (what retrieval finds for a question)."""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace

from cli.common import checked_question, print_hits, settings_for, warn_out_of_step


def cmd_ingest(args: argparse.Namespace) -> int:
    from ingest.clean import readable
    from ingest.pipeline import index_knowledge_file, ingest
    from ingest.workspace import interrupted, recover

    settings = settings_for(args)
    if args.name:
        args.name = readable(args.name)  # written into knowledge.md: bytes that were not UTF-8 become U+FFFD
    if args.max_mb:
        settings = replace(settings, max_source_mb=args.max_mb)
    recovered = recover(settings)  # an earlier ingest cut short: finished or undone before this one starts
    if recovered:
        print(f"warning: {recovered}", file=sys.stderr)
    try:
        if not args.sources:
            print(index_knowledge_file(settings, name=args.name).line())
            return 0
        result = ingest(args.sources, settings, rebuild_knowledge=args.rebuild_knowledge, name=args.name)
    except KeyboardInterrupt:
        print(interrupted(settings), file=sys.stderr)
        return 130
    if not result.person and result.knowledge and sys.stdin.isatty():
        # No source named the person: ask, rather than have the twin speak as "the person".
        name = input("No name found in your documents. Your name, as the twin should speak as you: ").strip()
        if name:
            index_knowledge_file(settings, progress=False, name=readable(name))
            result.person = name
    for line in result.lines()[len(result.sources) :]:
        print(line)
    print(
        f"knowledge file: {settings.knowledge_file}"
        + (f" (the twin speaks as {result.person})" if result.person else "")
    )
    failed = [r for r in result.sources if r.error]
    return 1 if failed and len(failed) == len(result.sources) else 0


def cmd_search(args: argparse.Namespace) -> int:
    from tools.retriever import open_retriever

    question = checked_question(args.question)
    settings = settings_for(args)
    warn_out_of_step(settings)
    print_hits(open_retriever(settings, k=args.k, mode=args.mode).search(question))
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("ingest", help="load sources into the knowledge file and the index")
    p.add_argument(
        "sources", nargs="*", help="files, folders, ZIPs or URLs; none: re-index the knowledge file"
    )
    # SUPPRESS: without --out, the top-level --home stays as given.
    p.add_argument("--out", dest="home", default=argparse.SUPPRESS, help="workspace folder (same as --home)")
    p.add_argument("--rebuild-knowledge", action="store_true", help="discard hand edits and rebuild the file")
    p.add_argument("--max-mb", type=float, help="largest source file accepted, in MB (default 50)")
    p.add_argument("--name", help="your name, as the twin speaks as you (default: found in the sources)")
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("search", help="ranked chunks for a question, with scores and sources")
    p.add_argument("question")
    p.add_argument("--k", type=int, default=4)
    p.add_argument("--mode", choices=["hybrid", "dense", "bm25"], default="hybrid")
    p.set_defaults(func=cmd_search, fast_exit=True)
