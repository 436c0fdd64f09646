"""The `twin` command: thin argument parsing over the library functions the UI, Studio and tests use too."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from twin.errors import TwinError
from twin.settings import Settings, get_settings

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def _settings(args: argparse.Namespace) -> Settings:
    settings = get_settings()
    home = getattr(args, "out", None) or getattr(args, "home", None)
    return settings.with_home(home) if home else settings


def cmd_ingest(args: argparse.Namespace) -> int:
    from ingest.pipeline import index_knowledge_file, ingest

    settings = _settings(args)
    if args.max_mb:
        settings = replace(settings, max_source_mb=args.max_mb)
    if not args.sources:
        print(index_knowledge_file(settings).line())
        return 0
    result = ingest(args.sources, settings, rebuild_knowledge=args.rebuild_knowledge)
    for line in result.lines()[len(result.sources) :]:
        print(line)
    print(f"knowledge file: {settings.knowledge_file}")
    failed = [r for r in result.sources if r.error]
    return 1 if failed and len(failed) == len(result.sources) else 0


def cmd_search(args: argparse.Namespace) -> int:
    from ingest.pipeline import open_index
    from tools.retriever import HybridRetriever

    question = _question(args.question)
    retriever = HybridRetriever(index=open_index(_settings(args)), k=args.k, mode=args.mode)
    hits = retriever.search(question)
    if not hits:
        print("no matching chunks")
    for doc in hits:
        m = doc.metadata
        print(
            f"#{m['rank']}  score {m['score']:.3f}  dense {m['dense_score']:.3f}  bm25 {m['bm25_score']:.2f}  "
            f"[{m.get('sources', '?')}]"
        )
        print("    " + doc.page_content.replace("\n", "\n    "))
    return 0


def _question(text: str) -> str:
    from graph.nodes import MAX_QUESTION_CHARS  # the graph's own limit, checked before loading anything

    text = (text or "").strip()
    if not text:
        raise TwinError("the question is empty")
    if len(text) > MAX_QUESTION_CHARS:
        raise TwinError(f"the question is {len(text):,} characters long; the limit is {MAX_QUESTION_CHARS:,}")
    return text


def cmd_quickstart(args: argparse.Namespace) -> int:
    """The main job on the embedded default: sample persona -> knowledge file -> index -> the twin answers."""
    from graph.service import Twin
    from ingest.pipeline import ingest

    settings = _settings(args)
    persona = EXAMPLES / "persona"
    print(f"1/3 Ingesting the sample persona from {persona} into {settings.home} ...", flush=True)
    result = ingest([str(persona)], settings)
    for line in result.lines()[len(result.sources) :]:
        print(line)
    print(f"knowledge file: {settings.knowledge_file}")
    print("\n2/3 Retrieval: twin search 'Where do you work now?'", flush=True)
    cmd_search(
        argparse.Namespace(
            question="Where do you work now?", k=2, mode="hybrid", home=settings.home, out=None
        )
    )
    print(
        "\n3/3 The twin answers (the first run converts the embedded Gemma once, about two minutes):",
        flush=True,
    )
    twin = Twin(settings)
    for question in args.questions or [
        "Where do you work now?",
        "What did you study?",
        "What's your favourite film?",
    ]:
        print(f"\n> {question}", flush=True)
        answer = None
        for event in twin.stream(question):
            if isinstance(event, str):
                print(event, end="", flush=True)
            else:
                answer = event
        if answer is not None:
            print(f"\n  [{answer.footer()}; {answer.latency_s:.1f} s]")
    if sys.stdin.isatty() and not args.no_chat:
        from twin.cli_chat import cmd_chat

        return int(cmd_chat(argparse.Namespace(home=settings.home, out=None, thread=None)))
    print(
        '\nReady. Ask with `twin ask "..."`, chat with `twin chat`, or open the web chat with `twin serve`.'
    )
    return 0


COMMAND_MODULES = ["twin.cli", "twin.cli_chat", "twin.cli_train", "twin.cli_eval"]


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("ingest", help="load sources into the knowledge file and the index")
    p.add_argument(
        "sources", nargs="*", help="files, folders, ZIPs or URLs; none: re-index the knowledge file"
    )
    p.add_argument("--out", help="workspace folder to write (same as --home)")
    p.add_argument("--rebuild-knowledge", action="store_true", help="discard hand edits and rebuild the file")
    p.add_argument("--max-mb", type=float, help="largest source file accepted, in MB (default 50)")
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("search", help="ranked chunks for a question, with scores and sources")
    p.add_argument("question")
    p.add_argument("--k", type=int, default=4)
    p.add_argument("--mode", choices=["hybrid", "dense", "bm25"], default="hybrid")
    p.set_defaults(func=cmd_search)

    p = sub.add_parser("quickstart", help="the main job on the sample persona: ingest, index, answer, chat")
    p.add_argument("questions", nargs="*", help="questions to ask after ingesting (default: three examples)")
    p.add_argument("--no-chat", action="store_true", help="do not open the terminal chat afterwards")
    p.set_defaults(func=cmd_quickstart)


def build_parser() -> argparse.ArgumentParser:
    """Each command module registers its own subcommands (`register(sub)`), so they stay independent."""
    import importlib

    parser = argparse.ArgumentParser(prog="twin", description="AI Twin: a chatbot that answers as you.")
    parser.add_argument("--version", action="version", version="ai-twin 0.1.0")
    parser.add_argument("--home", help="workspace folder (default: $TWIN_HOME or ./twin-data)")
    sub = parser.add_subparsers(dest="command", required=True)
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
            continue
        module.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    func: Callable[[argparse.Namespace], int] = args.func
    try:
        return func(args)
    except TwinError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `twin traces | head` closed the pipe: not an error
        sys.stderr.close()
        return 0


if __name__ == "__main__":
    sys.exit(main())
