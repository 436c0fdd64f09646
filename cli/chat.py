"""The conversational commands: `twin ask`, `twin chat`, `twin serve`.

Thin: each parses its arguments, calls `graph.service.Twin` (or `app.serve`), and prints.
"""

from __future__ import annotations

import argparse

from cli.common import (
    answer_footer,
    checked_question,
    converse,
    print_answer,
    settings_for,
    warn_out_of_step,
)


def cmd_ask(args: argparse.Namespace) -> int:
    from cli.warm import start_worker, warm_answers, warm_stream

    question = checked_question(args.question)
    settings = settings_for(args)
    warn_out_of_step(settings)
    warm = warm_stream(settings, question, args.thread, thread_footer=True)
    if warm is not None:  # a twin loaded by an earlier `twin ask` answers (cli/warm.py)
        print(answer_footer(print_answer(warm_answers(warm, args.thread))))
        return 0
    from graph.service import Twin

    twin = Twin(settings)
    twin.check_ready()
    answer = print_answer(twin.stream(question, thread_id=args.thread))
    print(answer_footer(answer, thread=True))
    start_worker(settings)  # loads the same twin in the background, for the next question
    return 0


def cmd_chat(args: argparse.Namespace) -> int:
    from cli.warm import WarmTwin

    settings = settings_for(args)
    warn_out_of_step(settings)
    # The warm twin of an earlier `twin ask` answers while it lasts; the first question it cannot take loads
    # the twin here.
    return converse(WarmTwin(settings), args.thread)


def cmd_serve(args: argparse.Namespace) -> int:
    from app import serve

    settings = settings_for(args)
    warn_out_of_step(settings)
    # The page, the OpenAI-compatible API (/v1) and the MCP tool on one server; the twin loads before it opens.
    serve(settings=settings, rate_limit=args.rate_limit, host=args.host, port=args.port, share=args.share)
    return 0


def rate_limit(value: str) -> int:
    """`--rate-limit N`: a whole number of questions per minute per visitor, 0 for none."""
    if not value.strip().isdecimal():
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number of questions per minute (0: off)")
    return int(value)


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("ask", help="ask the twin one question; prints the answer as it streams")
    p.add_argument("question")
    p.add_argument("--thread", help="conversation id to continue (printed after each answer)")
    p.set_defaults(func=cmd_ask, fast_exit=True)

    p = sub.add_parser("chat", help="a conversation in the terminal (one thread) until 'exit' or Ctrl-D")
    p.add_argument("--thread", help="conversation id to continue")
    p.set_defaults(func=cmd_chat, fast_exit=True)

    p = sub.add_parser(
        "serve",
        help="the chat page in the browser, an OpenAI-compatible API (/v1) and an MCP tool, on one server",
    )
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (0.0.0.0: every interface)")
    p.add_argument("--port", type=int, default=7860)
    p.add_argument("--share", action="store_true", help="also open a public gradio.live link")
    p.add_argument(
        "--rate-limit",
        type=rate_limit,
        metavar="N",
        help="questions per minute per visitor (client address), for the page, the API and MCP; "
        "0: no limit (default: $TWIN_RATE_LIMIT, else 0)",
    )
    p.set_defaults(func=cmd_serve)
