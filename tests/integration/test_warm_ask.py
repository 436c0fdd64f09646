"""`twin ask` twice on the real embedded default, as a person types it: the first loads the twin and leaves it
warm in the background (cli/warm.py); the second is answered by it, the same answer, in a fraction of the time."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = [pytest.mark.integration, pytest.mark.timeout(600)]

KNOWLEDGE = """# Elspeth Varga
## Experience
- Staff Machine Learning Engineer at Skerryvore Analytics, Edinburgh (Mar 2021 – present). [cv.pdf p1]
## Education
- PhD in Computational Physics, University of Edinburgh (2013 – 2017). [cv.pdf p1]
"""


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def _wait_for(condition, seconds: float, what: str) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, f"{what} not within {seconds:.0f} s"
        time.sleep(0.5)


def _ask(env: dict[str, str], question: str) -> tuple[list[str], float]:
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-m", "cli.main", "ask", question],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout.strip().splitlines(), time.monotonic() - started


def test_the_second_twin_ask_is_answered_warm(tmp_path: Path, embedded_cache_dir: Path):
    from ingest.pipeline import index_knowledge_file
    from twin.settings import Settings

    settings = Settings(home=tmp_path / "home", cache_dir=embedded_cache_dir, keep_warm_s=120)
    settings.home.mkdir()
    settings.knowledge_file.write_text(KNOWLEDGE, encoding="utf-8")
    index_knowledge_file(settings, progress=False)
    env = {
        **os.environ,
        "TWIN_HOME": str(settings.home),
        "TWIN_CACHE_DIR": str(embedded_cache_dir),
        "TWIN_KEEP_WARM": "120",
        "TWIN_GENERATOR": "embedded:gemma-3-270m",
        "TWIN_4BIT": "0",
    }
    env.pop("OPENAI_API_KEY", None)
    lock = settings.warm_socket.with_suffix(".lock")
    try:
        cold, cold_s = _ask(env, "Where do you work now?")
        _wait_for(settings.warm_socket.exists, 240, "a warm twin")  # it loads in the background
        first_worker = int(lock.read_text().strip())
        warm, warm_s = _ask(env, "Where do you work now?")
        assert warm[0] == cold[0] and "Skerryvore" in warm[0]
        assert warm[-1].startswith("[route: rag") and "thread: " in warm[-1]
        assert warm_s < cold_s / 2, (cold_s, warm_s)

        # A new fact in the knowledge file: the warm twin does not answer for the old one, the cold path does.
        settings.knowledge_file.write_text(
            KNOWLEDGE + "## Interests\n- I play the cello in Leith. [website]\n", encoding="utf-8"
        )
        index_knowledge_file(settings, progress=False)
        after, _ = _ask(env, "What instrument do you play?")
        assert after[-1].startswith("[route: ")
        _wait_for(lambda: not _alive(first_worker), 30, "the stale worker leaving")
        # ... and the cold answer left a fresh one, for the workspace as it is now.
        _wait_for(settings.warm_socket.exists, 240, "a fresh warm twin")
        again, _ = _ask(env, "What instrument do you play?")
        assert again[0] == after[0]
    finally:
        if lock.exists() and lock.read_text().strip().isdigit():
            with_pid = int(lock.read_text().strip())
            with contextlib.suppress(ProcessLookupError):
                os.kill(with_pid, signal.SIGTERM)
