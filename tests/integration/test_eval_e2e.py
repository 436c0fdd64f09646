"""`twin eval` end to end on the real embedded default: sample persona, real MiniLM, Chroma on disk, real Gemma.

Three questions in rag mode keep it to a couple of minutes on two cores (most of it is ingesting the persona).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.timeout(600)
def test_twin_eval_on_the_sample_persona(tmp_path: Path, embedded_cache_dir: Path):
    home, out = tmp_path / "home", tmp_path / "eval"
    env = {
        **os.environ,
        "TWIN_HOME": str(home),
        "TWIN_CACHE_DIR": str(embedded_cache_dir),
        "HF_HUB_OFFLINE": "1",
        "TRANSFORMERS_OFFLINE": "1",
        "TWIN_GENERATOR": "embedded:gemma-3-270m",
        "TWIN_4BIT": "0",
    }
    env.pop("OPENAI_API_KEY", None)
    command = [sys.executable, "-m", "cli.main", "eval", "--docs", str(ROOT / "examples" / "persona")]
    command += [
        "--qa",
        str(ROOT / "examples" / "qa.jsonl"),
        "--modes",
        "rag",
        "--limit",
        "3",
        "--out",
        str(out),
    ]
    done = subprocess.run(command, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=580)
    assert done.returncode == 0, done.stderr[-2000:]

    last = done.stdout.strip().splitlines()[-1]
    assert last.startswith("EVAL rag acc="), done.stdout
    assert " n=3" in last
    rows = [json.loads(line) for line in (out / "predictions.jsonl").read_text().splitlines()]
    assert [(r["id"], r["mode"]) for r in rows] == [("q01", "rag"), ("q26", "rag"), ("q51", "rag")]
    assert all(r["answer"] and r["route"] in {"rag", "unknown", "fallback"} for r in rows)
    assert all(r["latency_s"] > 0 for r in rows)
    report = json.loads((out / "report.json").read_text())
    assert report["modes"]["rag"]["n"] == 3 and report["modes"]["rag"]["retrieval_n"] == 3
    assert report["modes"]["rag"]["hit_at_k"] is not None
    assert report["model"]["generator"] == "embedded:gemma-3-270m" and report["adapter"] is None
    assert (out / "report.md").is_file() and (out / "report.png").stat().st_size > 1000
    assert not (home / "index").exists()  # the live workspace is never touched

    # Run again: nothing left to answer, the index is re-used, the same summary comes back.
    again = subprocess.run(command, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300)
    assert again.returncode == 0, again.stderr[-2000:]
    assert "re-using the index" in again.stdout and "resuming: 3 answer(s)" in again.stdout
    assert again.stdout.strip().splitlines()[-1] == last
