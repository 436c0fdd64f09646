"""The twin's limits: a question's length, and the visitor limit of a served twin (at most N questions per
minute per client address).

One limit is shared by every way in (the page, the OpenAI-compatible API, the MCP tool), so a visitor cannot
get around it by switching doors. A sliding window: a refused request does not count against the visitor.
"""

from __future__ import annotations

import math
import threading
import time
from collections import deque
from collections.abc import Callable

MAX_QUESTION_CHARS = (
    2000  # a longer question is refused, by the graph and before anything loads (cli/common.py)
)
WINDOW_S = 60.0
UNKNOWN_CLIENT = "unknown"  # a request without a peer address (a test client, a unix socket) is one visitor


class VisitorLimit:
    """`per_minute` questions per client in any 60 s; 0 switches the limit off."""

    def __init__(self, per_minute: int = 0, *, clock: Callable[[], float] = time.monotonic):
        if per_minute < 0:
            raise ValueError(f"the visitor limit is {per_minute}: give 0 (off) or more questions per minute")
        self.per_minute = per_minute
        self._clock = clock
        self._seen: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    @property
    def on(self) -> bool:
        return self.per_minute > 0

    def wait_s(self, client: str | None) -> int:
        """0 when `client` may be answered now (and counts the answer); else the whole seconds until it may."""
        if not self.on:
            return 0
        now = self._clock()
        with self._lock:
            self._forget(now)
            times = self._seen.setdefault(client or UNKNOWN_CLIENT, deque())
            if len(times) < self.per_minute:
                times.append(now)
                return 0
            return max(1, math.ceil(times[0] + WINDOW_S - now))

    def message(self, wait_s: int) -> str:
        """The one line a refused visitor reads."""
        per = "one question" if self.per_minute == 1 else f"{self.per_minute} questions"
        return (
            f"Too many questions: this twin takes {per} a minute from each visitor. Try again in {wait_s} s."
        )

    def _forget(self, now: float) -> None:
        """Drop the times out of the window, and the visitors left with none (the table stays small)."""
        for client in list(self._seen):
            times = self._seen[client]
            while times and times[0] <= now - WINDOW_S:
                times.popleft()
            if not times:
                del self._seen[client]
