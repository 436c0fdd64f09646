"""A test seam: kill this process on the spot at a named point of an ingest, to test what kill -9 leaves.

`TWIN_TEST_KILL_AT=<point>` in the environment makes `kill_point(<point>)` send this process SIGKILL, so a test
can cut a real `twin ingest` short exactly where it chooses (tests/unit/test_ingest_transaction.py). Unset (as
it always is outside tests), every call does nothing. Read at each call, not once: it is not a setting.
"""

from __future__ import annotations

import os
import signal

KILL_POINTS = (
    "loading sources",  # the transaction begun, a source being read; nothing staged yet
    "sources staged",  # a source's documents written under the staging folder
    "embedding",  # the first batch of new chunks added to the staged index version
    "index built",  # the new index version complete beside the live one; no journal yet
    "journal written",  # the commit's journal on disk, nothing moved yet
    "between renames",  # the first staged file moved into place, the rest not
    "files moved",  # every staged file in place, the index not yet flipped to the new version
)


def kill_point(point: str) -> None:
    if os.environ.get("TWIN_TEST_KILL_AT") == point:
        os.kill(os.getpid(), getattr(signal, "SIGKILL", signal.SIGTERM))  # Windows has no SIGKILL
