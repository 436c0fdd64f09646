"""`twin publish DIR`: the workspace's public copy, only what the twin serves (for a Space or any host)."""

from __future__ import annotations

import argparse

from cli.common import settings_for, warn_out_of_step


def cmd_publish(args: argparse.Namespace) -> int:
    from ingest.publish import LEFT_BEHIND, publish_workspace

    settings = settings_for(args)
    warn_out_of_step(settings)  # the copy carries the live index: say if it does not match knowledge.md
    published = publish_workspace(settings, args.folder)
    print(f"published {settings.home} -> {published.folder}: {', '.join(published.files)}")
    if published.adapter is None:
        print("no adapter of your own is current: the published twin answers with the shipped reader")
    print(f"left behind (private): {', '.join(LEFT_BEHIND)}")
    print(f"serve it with TWIN_HOME={published.folder} python app.py (on a Space: the TWIN_HOME variable)")
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "publish",
        help="copy only what the twin serves (knowledge file, index, adapter, policy) into DIR, for a Space",
        description="Write DIR (created, or replaced whole if an earlier `twin publish` wrote it) with the "
        "knowledge file, the live index, the current adapter and the policy. The documents under sources/ "
        "(which still hold what the policy withheld), memory, traces and unanswered questions stay private.",
    )
    p.add_argument(
        "folder", metavar="DIR", help="the public copy's folder (new, empty, or an earlier publish)"
    )
    p.set_defaults(func=cmd_publish)
