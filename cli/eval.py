"""`twin eval`: measure the twin on a QA file, fine-tuned vs RAG vs both, side by side.

Thin: parses the arguments and calls `evals.run.run_eval`; the summary line is printed last on stdout.
"""

from __future__ import annotations

import argparse
import sys

from cli.common import settings_for
from twin.errors import TwinError


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {value}")
    return value


def cmd_eval(args: argparse.Namespace) -> int:
    from evals.run import parse_modes, run_eval
    from graph.context import context_with

    # --out is the eval's own folder, not a home: the person's settings (adapters, models) come from --home.
    settings = settings_for(args)
    modes = parse_modes(args.modes)

    try:
        context = context_with(args.set or [])
    except ValueError as err:
        raise TwinError(f"--set: {err}") from None
    try:
        result = run_eval(
            args.docs,
            args.qa,
            args.out,
            settings=settings,
            modes=modes,
            adapter=args.adapter or "auto",
            limit=args.limit,
            fresh=args.fresh,
            context=context,
        )
    except KeyboardInterrupt:
        print(
            f"interrupted: the answers so far are in {args.out}/predictions.jsonl; run the same command to resume",
            file=sys.stderr,
        )
        return 130
    print(f"predictions: {result.predictions}")
    print(f"report: {result.out_dir / 'report.md'} (json: report.json, chart: report.png)")
    print(result.summary)
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "eval",
        help="measure the twin on a QA file: fine-tuned vs RAG vs both, side by side",
        description="Ingest --docs into a workspace of the eval's own (never your live index), answer every "
        "question of --qa in each mode, and write predictions.jsonl, report.json, report.md and report.png "
        "to --out. Run the same command again to resume an interrupted run.",
    )
    p.add_argument(
        "--docs", nargs="+", required=True, metavar="PATH", help="sources, as `twin ingest` takes them"
    )
    p.add_argument(
        "--qa",
        required=True,
        metavar="FILE.jsonl",
        help="questions: id, question, answers[, forbidden, source]",
    )
    p.add_argument(
        "--modes",
        default="finetuned,rag,hybrid",
        help="comma-separated: finetuned (adapter, no retrieval), rag (out of the box: base model + shipped reader + retrieval), "
        "hybrid (adapter + retrieval: the product); default: all three",
    )
    p.add_argument("--out", default="twin-eval", metavar="DIR", help="output folder (default: ./twin-eval)")
    p.add_argument(
        "--adapter", metavar="PATH", help="adapter folder or registered name (default: the current adapter)"
    )
    p.add_argument(
        "--limit", type=_positive, metavar="N", help="evaluate N questions spread evenly over the QA file"
    )
    p.add_argument("--fresh", action="store_true", help="discard earlier predictions in --out and start over")
    p.add_argument(
        "--set",
        action="append",
        metavar="NAME=VALUE",
        help="override a run-context setting for this evaluation, e.g. --set confidence_threshold=0.4 "
        "(repeatable; see graph/context.py)",
    )
    p.set_defaults(func=cmd_eval)
