"""`twin quickstart`: the main job on the embedded default, from the sample persona to a conversation."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from cli.common import answer_footer, converse, print_hits, settings_for

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
DEMO_QUESTIONS = ["Where do you work now?", "What did you study?", "What's your favourite film?"]


def cmd_quickstart(args: argparse.Namespace) -> int:
    """Sample persona -> knowledge file -> index -> the twin answers, then a terminal chat."""
    from graph.service import Twin
    from ingest.pipeline import ingest
    from tools.retriever import open_retriever

    settings = settings_for(args)
    persona = EXAMPLES / "persona"
    print(f"1/3 Ingesting the sample persona from {persona} into {settings.home} ...", flush=True)
    result = ingest([str(persona)], settings)
    for line in result.lines()[len(result.sources) :]:
        print(line)
    print(f"knowledge file: {settings.knowledge_file}")
    print("\n2/3 Retrieval: twin search 'Where do you work now?'", flush=True)
    print_hits(open_retriever(settings, k=2).search("Where do you work now?"))
    print(
        "\n3/3 The twin answers (the first run converts the embedded Gemma once, about two minutes):",
        flush=True,
    )
    twin = Twin(settings)
    for question in args.questions or DEMO_QUESTIONS:
        print(f"\n> {question}", flush=True)
        answer = None
        for event in twin.stream(question):
            if isinstance(event, str):
                print(event, end="", flush=True)
            else:
                answer = event
        if answer is not None:
            print(f"\n  {answer_footer(answer)}")
    if sys.stdin.isatty() and not args.no_chat:
        return converse(twin)
    from cli.warm import start_worker

    start_worker(settings)  # the next `twin ask` is answered warm (cli/warm.py)
    print(
        '\nReady. Ask with `twin ask "..."`, chat with `twin chat`, or open the web chat with `twin serve`.'
    )
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("quickstart", help="the main job on the sample persona: ingest, index, answer, chat")
    p.add_argument("questions", nargs="*", help="questions to ask after ingesting (default: three examples)")
    p.add_argument("--no-chat", action="store_true", help="do not open the terminal chat afterwards")
    p.set_defaults(func=cmd_quickstart, fast_exit=True)
