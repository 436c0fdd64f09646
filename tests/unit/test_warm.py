"""The warm twin (cli/warm.py): a worker on a real Unix socket answers as the twin would, says "stale" and
leaves when the workspace changes, leaves after its idle time, and hands errors to the asker as one line."""

from __future__ import annotations

import threading
import time
from dataclasses import replace
from pathlib import Path

import pytest

from cli.common import answer_footer, print_answer
from cli.warm import fingerprint, serve_warm, warm_answers, warm_stream
from graph.service import Answer
from twin.errors import TwinError
from twin.settings import Settings


class FakeTwin:
    """Streams like `graph.service.Twin`: text pieces, then the final answer."""

    def __init__(self) -> None:
        self.asked: list[tuple[str, str | None]] = []

    def stream(self, question: str, thread_id: str | None = None):
        self.asked.append((question, thread_id))
        if question == "fail":
            raise TwinError("no index in /nowhere: run `twin ingest SOURCE...`")
        yield "I work at "
        yield "Skerryvore."
        yield Answer(
            text="I work at Skerryvore Analytics.",  # the check replaced the streamed text
            route="rag",
            confidence=0.46,
            sources=["cv.pdf"],
            latency_s=0.5,
            thread_id=thread_id or "t-new",
        )


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    home = tmp_path / "home"
    home.mkdir()
    (home / "knowledge.md").write_text("# Elspeth Varga\n## Experience\n- Skerryvore Analytics. [cv.pdf]\n")
    return Settings(home=home, cache_dir=tmp_path / "cache", keep_warm_s=30)


def _start(settings: Settings, twin: FakeTwin) -> tuple[threading.Thread, list[int]]:
    ready = threading.Event()
    codes: list[int] = []
    worker = threading.Thread(target=lambda: codes.append(serve_warm(settings, twin=twin, ready=ready.set)))
    worker.start()
    assert ready.wait(10), "the worker did not start listening"
    return worker, codes


def test_a_warm_answer_prints_as_a_cold_one_and_a_changed_workspace_sends_the_asker_back(settings, capsys):
    twin = FakeTwin()
    worker, codes = _start(settings, twin)
    assert oct(settings.warm_socket.stat().st_mode & 0o777) == "0o600"
    assert capsys.readouterr().out.startswith("warm: ")  # the worker's own line (into its log file)

    events = warm_stream(settings, "Where do you work?", "t-1", thread_footer=True)
    assert events is not None
    answer = print_answer(warm_answers(events, "t-1"))
    print(answer_footer(answer))
    printed = capsys.readouterr().out.splitlines()
    assert printed == [
        "I work at Skerryvore.",
        "I work at Skerryvore Analytics.",  # what the check replaced it with, as a cold answer shows it
        "[route: rag · confidence: 0.46 · sources: cv.pdf · 0.5 s · thread: t-1]",
    ]
    assert twin.asked == [("Where do you work?", "t-1")]

    # The owner edits the knowledge file: the worker no longer answers for this workspace.
    time.sleep(0.01)
    (settings.home / "knowledge.md").write_text("# Elspeth Varga\n## Experience\n- Orkney Data. [cv.pdf]\n")
    assert warm_stream(settings, "Where do you work?", "t-2", thread_footer=True) is None
    worker.join(10)
    assert not worker.is_alive() and codes == [0]
    assert not settings.warm_socket.exists()
    assert len(twin.asked) == 1


def test_other_settings_are_not_answered_and_errors_arrive_as_one_line(settings):
    worker, _ = _start(settings, FakeTwin())
    try:
        with pytest.raises(TwinError, match="no index in /nowhere"):
            list(warm_stream(settings, "fail", None, thread_footer=False) or [])
        # Another generator configured: the worker's answers would not be this one's.
        other = replace(settings, generator="google/gemma-2-2b-it")
        assert fingerprint(other) != fingerprint(settings)
        assert warm_stream(other, "Where do you work?", None, thread_footer=False) is None
    finally:
        worker.join(10)
    assert not worker.is_alive()


def test_the_workspace_is_the_same_however_it_is_named(settings, monkeypatch):
    monkeypatch.chdir(settings.home.parent)
    relative = replace(settings, home=Path(settings.home.name))
    assert fingerprint(relative) == fingerprint(settings)
    assert relative.warm_socket == settings.warm_socket
    before = fingerprint(settings)
    monkeypatch.setenv("TWIN_KEEP_WARM", "600")  # how long to stay warm has no bearing on an answer
    assert fingerprint(replace(settings, keep_warm_s=600)) == before
    monkeypatch.setenv("LANGSMITH_TRACING", "true")  # where the answer's trace goes does
    assert fingerprint(settings) != before


def test_an_idle_worker_leaves_and_warming_off_never_connects(settings):
    idle = replace(settings, keep_warm_s=1)
    started = time.monotonic()
    worker, codes = _start(idle, FakeTwin())
    worker.join(10)
    assert codes == [0] and time.monotonic() - started < 5
    assert warm_stream(idle, "Where do you work?", None, thread_footer=False) is None  # nobody listens
    off = replace(settings, keep_warm_s=0)
    assert warm_stream(off, "Where do you work?", None, thread_footer=False) is None


def test_a_second_worker_for_the_same_workspace_leaves_at_once(settings):
    worker, _ = _start(settings, FakeTwin())
    try:
        assert serve_warm(settings, twin=FakeTwin()) == 0  # the lock is held: nothing to do
        assert settings.warm_socket.exists()
        assert settings.warm_socket.with_suffix(".lock").read_text().strip().isdigit()
    finally:
        (settings.home / "policy.yaml").write_text("withhold: []\n")  # any change sends the first one away
        warm_stream(settings, "bye", None, thread_footer=False)
        worker.join(10)
    assert not worker.is_alive()
