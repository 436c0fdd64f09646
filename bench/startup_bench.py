"""How long `twin ask` takes from Enter to the answer, cold and warm, as a person runs it.

    .venv/bin/python bench/startup_bench.py --home WORKSPACE [--runs 3] [--out bench/results]

Each run is a real `twin ask` process, timed from its start to its exit (the answer is printed just before
the process leaves, 0.1 s at most). Cold: TWIN_KEEP_WARM=0, so the process loads everything itself. Warm: a
first ask leaves the twin loaded in the background (cli/warm.py); the bench waits for it, then asks different
questions. The target (issue 13) is an answer within 5 s on 2 idle cores. Run it on idle cores: a busy machine
doubles the cold figure.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import statistics
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

QUESTIONS = ["Where do you work now?", "What did you study?", "Where did you grow up?", "What is Tidecast?"]
TARGET_S = 5.0


def ask(home: Path, question: str, env: dict[str, str]) -> tuple[float, str]:
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "cli.main", "--home", str(home), "ask", question],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    if done.returncode != 0:
        raise SystemExit(f"twin ask failed: {done.stderr.strip().splitlines()[-1:]}")
    return time.perf_counter() - started, done.stdout.strip().splitlines()[0]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--home", required=True, help="a workspace with an index (e.g. after twin quickstart)"
    )
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--out", default=str(ROOT / "bench" / "results"))
    args = parser.parse_args()

    from twin.settings import get_settings

    home = Path(args.home).resolve()
    settings = get_settings().with_home(home)
    lock = settings.warm_socket.with_suffix(".lock")

    def stop_worker() -> None:
        text = lock.read_text().strip() if lock.exists() else ""
        if text.isdigit():
            try:
                os.kill(int(text), signal.SIGTERM)
                time.sleep(1)
            except ProcessLookupError:
                pass

    stop_worker()
    cold_env = {**os.environ, "TWIN_KEEP_WARM": "0"}
    warm_env = {**os.environ, "TWIN_KEEP_WARM": "120"}
    ask(home, QUESTIONS[0], cold_env)  # fills the caches (conversion, decoder packs, tokenizer) if empty
    cold = [ask(home, QUESTIONS[0], cold_env) for _ in range(args.runs)]
    for seconds, answer in cold:
        print(f"cold  {seconds:5.2f} s  {answer}", flush=True)

    ask(home, QUESTIONS[0], warm_env)  # answers cold, then starts the warm twin
    deadline = time.monotonic() + 300
    while not settings.warm_socket.exists():
        if time.monotonic() > deadline:
            raise SystemExit("no warm twin after 300 s")
        time.sleep(0.5)
    warm = [ask(home, q, warm_env) for q in QUESTIONS]
    for seconds, answer in warm:
        print(f"warm  {seconds:5.2f} s  {answer}", flush=True)
    stop_worker()

    result = {
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "home": str(home),
        "target_s": TARGET_S,
        "cold_s": [round(s, 2) for s, _ in cold],
        "warm_s": [round(s, 2) for s, _ in warm],
        "cold_median_s": round(statistics.median(s for s, _ in cold), 2),
        "warm_median_s": round(statistics.median(s for s, _ in warm), 2),
        "cpus": os.cpu_count(),
    }
    print(
        f"twin ask, Enter to answer: cold median {result['cold_median_s']} s, warm median "
        f"{result['warm_median_s']} s (target {TARGET_S} s)"
    )
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    path = out / f"startup-{datetime.now(UTC).strftime('%Y%m%d-%H%M%S')}.json"
    path.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(f"written: {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
