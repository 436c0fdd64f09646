"""`twin`: the parser and the dispatch. Each command module registers its own subcommands."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from cli import chat, eval, ingest, publish, quickstart, traces, train
from cli.common import leave
from twin.errors import TwinError

COMMANDS = [ingest, quickstart, chat, traces, train, eval, publish]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="twin", description="AI Twin: a chatbot that answers as you.")
    parser.add_argument("--version", action="version", version="ai-twin 0.1.0")
    parser.add_argument("--home", help="workspace folder (default: $TWIN_HOME or ./twin-data)")
    sub = parser.add_subparsers(dest="command", required=True)
    for module in COMMANDS:
        module.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    func: Callable[[argparse.Namespace], int] = args.func
    try:
        code = func(args)
        if getattr(args, "fast_exit", False) and argv is None:
            leave(code)
        return code
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
