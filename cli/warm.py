"""A warm twin between `twin ask` calls: the next question is answered in about a second, not eight.

A cold `twin ask` spends most of its time loading (torch and transformers, the tokenizer, the decoder, the
index). After it answers, it starts a background process (`python -m cli.warm --home DIR`) that loads the same
twin and waits on a Unix socket for `TWIN_KEEP_WARM` seconds (300 by default; 0: never started). The next
`twin ask` or `twin chat` on that workspace sends its question there and prints the streamed answer as if it had
answered itself: same memory, same traces, same unanswered log, same answer.

The worker only answers for the workspace exactly as it loaded it: each request carries a fingerprint of the
settings, the workspace's files (knowledge file, index version, current adapter, policy) and the code; when
anything differs the worker says "stale" and leaves, the client answers cold and starts a fresh worker. One
worker per workspace (a lock); the socket is private to the user (0600, in a 0700 folder). `twin ask` prints
nothing about any of this: a warm answer looks like a cold one, only sooner.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

from twin.errors import TwinError
from twin.settings import Settings, get_settings

CONNECT_TIMEOUT_S = 2.0
ANSWER_TIMEOUT_S = 600.0  # one answer; a worker that says nothing for this long is given up on
CODE_ROOMS = ("cli", "graph", "models", "ingest", "tools", "twin")
WORKSPACE_FILES = ("knowledge.md", "policy.yaml", "index/CURRENT", "adapters/CURRENT")
# Read into `Settings`, or no bearing on an answer: left out of the environment's part of the fingerprint.
NOT_ANSWERS = {"TWIN_HOME", "TWIN_KEEP_WARM", "TWIN_PRELOAD"}
STALE = "stale"


def fingerprint(settings: Settings) -> str:
    """What an answer depends on besides the question: the settings, the workspace's files, the code."""
    home = Path(settings.home).expanduser().resolve()
    # The same workspace however it was named (the worker is given it absolute, `--home` may be relative).
    settings = replace(
        settings, home=home, cache_dir=Path(settings.cache_dir).expanduser().resolve(), keep_warm_s=0
    )
    parts: list[Any] = [repr(settings)]
    for name in WORKSPACE_FILES:
        try:
            stat = (home / name).stat()
            parts.append((name, stat.st_size, stat.st_mtime_ns))
        except OSError:
            parts.append((name, None))
    root = Path(__file__).resolve().parents[1]
    newest = 0
    for room in CODE_ROOMS:
        for path in (root / room).rglob("*.py"):
            with contextlib.suppress(OSError):
                newest = max(newest, path.stat().st_mtime_ns)
    with contextlib.suppress(OSError):
        newest = max(newest, *(p.stat().st_mtime_ns for p in (root / "models" / "reader").iterdir()))
    parts.append(newest)
    parts.append(
        {
            k: v
            for k, v in os.environ.items()
            if k.startswith(("TWIN_", "LANGSMITH_", "LANGCHAIN_")) and k not in NOT_ANSWERS
        }
    )
    return hashlib.sha256(json.dumps(parts, default=str).encode()).hexdigest()


# -- the client -----------------------------------------------------------------------------------------------
def warm_stream(
    settings: Settings, question: str, thread_id: str, *, thread_footer: bool
) -> Iterator[dict[str, Any]] | None:
    """The warm worker's events for `question` ({"text": ...} as it streams, then {"answer": ...}), or None when
    no worker is warm for this workspace as it is now (the caller answers cold)."""
    if settings.keep_warm_s <= 0:
        return None
    path = settings.warm_socket
    if not path.exists():
        return None
    connection = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    connection.settimeout(CONNECT_TIMEOUT_S)
    try:
        connection.connect(str(path))
        request = {
            "question": question,
            "thread": thread_id,
            "thread_footer": thread_footer,
            "fingerprint": fingerprint(settings),
        }
        connection.sendall(json.dumps(request).encode() + b"\n")
        connection.settimeout(ANSWER_TIMEOUT_S)
        reader = connection.makefile("r", encoding="utf-8")
        first = reader.readline()
    except OSError:
        connection.close()
        return None
    try:
        head = json.loads(first) if first else {STALE: True}
    except ValueError:
        head = {STALE: True}
    if head.get(STALE):
        connection.close()
        return None
    return _events(connection, reader, head)


def _events(connection: socket.socket, reader: Any, head: dict[str, Any]) -> Iterator[dict[str, Any]]:
    try:
        event = head
        while True:
            if "error" in event:
                raise TwinError(str(event["error"]))
            yield event
            if "answer" in event:
                return
            line = reader.readline()
            if not line:
                raise TwinError("the warm twin stopped in the middle of the answer; ask again")
            event = json.loads(line)
    except (OSError, ValueError):
        raise TwinError("the warm twin stopped in the middle of the answer; ask again") from None
    finally:
        connection.close()


def start_worker(settings: Settings) -> None:
    """Start the background worker for this workspace, unless warming is off (one already there keeps the lock:
    the new one leaves at once)."""
    if settings.keep_warm_s <= 0:
        return
    with contextlib.suppress(OSError):
        subprocess.Popen(
            [sys.executable, "-m", "cli.warm", "--home", str(Path(settings.home).expanduser().resolve())],
            # The asker's folder, so relative paths in the environment (TWIN_CACHE_DIR=...) mean the same there.
            cwd=Path.cwd(),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,  # it writes its own log once it holds the lock
            stderr=subprocess.DEVNULL,
            start_new_session=True,  # not the terminal's: Ctrl-C in the shell does not reach it
            close_fds=True,
        )


class WarmTwin:
    """What `twin chat` talks to: the warm worker while it answers, else a twin loaded in this process.

    Its `stream` gives what `graph.service.Twin.stream` gives (text, then the final answer) either way.
    """

    def __init__(self, settings: Settings):
        self.settings = settings
        self.local: Any = None
        if settings.warm_socket.exists() and settings.keep_warm_s > 0:
            return  # checked per question: the worker may still answer
        self._load()

    def _load(self) -> Any:
        """The twin in this process; its models load in the background while the first question is typed."""
        if self.local is None:
            from graph.service import Twin

            self.local = Twin(self.settings)
            self.local.check_ready()
            threading.Thread(target=_quietly, args=(self.local.deps.preload,), daemon=True).start()
        return self.local

    def stream(self, question: str, thread_id: str | None = None) -> Iterator[Any]:
        if self.local is None and thread_id:
            warm = warm_stream(self.settings, question, thread_id, thread_footer=False)
            if warm is not None:
                return warm_answers(warm, thread_id)
        return self._load().stream(question, thread_id=thread_id)


def _quietly(load: Any) -> None:
    # A failure here shows where it matters: the first question loads again and says what went wrong.
    with contextlib.suppress(Exception):
        load()


def warm_answers(events: Iterator[dict[str, Any]], thread_id: str | None) -> Iterator[Any]:
    """The warm worker's events as `Twin.stream` gives them: text, then the answer (a `RemoteAnswer`)."""
    from cli.common import RemoteAnswer

    for event in events:
        if "text" in event:
            yield event["text"]
        else:
            yield RemoteAnswer(event["answer"]["text"], event["answer"]["footer"], thread_id or "")


# -- the worker -----------------------------------------------------------------------------------------------
def serve_warm(settings: Settings, *, twin: Any = None, ready: Any = None, log: bool = False) -> int:
    """Load the twin, then answer on the socket until `settings.keep_warm_s` pass without a question or the
    workspace changes. `log`: once it holds the lock, the process's output goes to `<socket>.log`. `twin` and
    `ready` (called once listening) are for tests."""
    import fcntl

    path = settings.warm_socket
    path.parent.mkdir(parents=True, exist_ok=True)
    path.parent.chmod(0o700)
    lock = open(path.with_suffix(".lock"), "a+")  # noqa: SIM115  (held for the worker's life)
    try:
        fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        lock.close()
        return 0  # another worker serves this workspace
    lock.truncate(0)
    lock.write(f"{os.getpid()}\n")  # who holds it: `kill $(cat ...lock)` stops the warm twin
    lock.flush()
    if log:
        fd = os.open(path.with_suffix(".log"), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        os.dup2(fd, sys.stdout.fileno())
        os.dup2(fd, sys.stderr.fileno())
        os.close(fd)
    if threading.current_thread() is threading.main_thread():  # `kill`: leave as after the idle time
        signal.signal(signal.SIGTERM, _leave_on_term)
    try:
        loaded = fingerprint(settings)
        if twin is None:
            from graph.service import Twin

            twin = Twin(settings)
            twin.preload()
        with contextlib.suppress(FileNotFoundError):
            path.unlink()  # a killed worker's socket
        listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        listener.bind(str(path))
        path.chmod(0o600)
        listener.listen(8)
        listener.settimeout(settings.keep_warm_s)
        print(f"warm: {settings.home} on {path} for {settings.keep_warm_s} s idle", flush=True)
        if ready is not None:
            ready()
        try:
            while True:
                try:
                    connection, _ = listener.accept()
                except TimeoutError:
                    return 0
                with connection:
                    if not _answer(connection, twin, loaded, settings):
                        return 0
        finally:
            listener.close()
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
    finally:
        lock.close()


def _leave_on_term(signum: int, frame: Any) -> None:
    raise SystemExit(0)  # unwinds `serve_warm`, which removes the socket


def _answer(connection: socket.socket, twin: Any, loaded: str, settings: Settings) -> bool:
    """Answer one request; False when the worker should leave (the workspace changed)."""
    from cli.common import answer_footer
    from graph.service import Answer

    connection.settimeout(ANSWER_TIMEOUT_S)
    try:
        reader = connection.makefile("r", encoding="utf-8")
        request = json.loads(reader.readline() or "{}")
    except (OSError, ValueError):
        return True
    if request.get("fingerprint") != loaded or fingerprint(settings) != loaded:
        with contextlib.suppress(OSError):
            connection.sendall(json.dumps({STALE: True}).encode() + b"\n")
        return False

    def send(event: dict[str, Any]) -> None:
        connection.sendall(json.dumps(event).encode() + b"\n")

    try:
        for event in twin.stream(str(request.get("question", "")), thread_id=request.get("thread") or None):
            if isinstance(event, Answer):
                footer = answer_footer(event, thread=bool(request.get("thread_footer")))
                send({"answer": {"text": event.text, "footer": footer}})
            else:
                send({"text": event})
    except OSError:  # the asker left (Ctrl-C): nothing to send to
        pass
    except TwinError as error:
        with contextlib.suppress(OSError):
            send({"error": str(error)})
    except Exception as error:  # one failed answer must not take the warm twin down
        with contextlib.suppress(OSError):
            send({"error": f"the twin failed on this question ({type(error).__name__}: {error})"})
    return True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m cli.warm", description=__doc__.splitlines()[0])
    parser.add_argument("--home", required=True)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    settings = get_settings().with_home(args.home)
    try:
        code = serve_warm(settings, log=True)
    except TwinError as error:
        print(f"error: {error}", file=sys.stderr)
        code = 2
    print(f"warm: left after {time.perf_counter() - started:.0f} s", flush=True)
    from cli.common import leave

    leave(code)
    return code


if __name__ == "__main__":
    sys.exit(main())
