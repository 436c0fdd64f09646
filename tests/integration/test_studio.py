"""`langgraph dev` (LangGraph Studio's server) serves the twin's graph from the repo's `langgraph.json`.

The server runs as a real subprocess on loopback against a small real index (real MiniLM, real Chroma) and the
real embedded Gemma with its reader, which it loads as it starts (one line in its log). Everything that would
reach the network (CLI analytics, the version check, LangSmith tracing, the hub) is switched off by
environment variables.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

pytestmark = [pytest.mark.server, pytest.mark.timeout(420)]

REPO = Path(__file__).resolve().parents[2]
LANGGRAPH = Path(sys.executable).with_name("langgraph")
STARTUP_S = 240  # the graph's import loads the embeddings; two busy cores make that slow
KNOWLEDGE = """# Elspeth Varga
## Experience
- Staff Machine Learning Engineer at Skerryvore Analytics, Edinburgh (Mar 2021 – present). [cv.pdf p1]
## Interests
- I play the cello in a community orchestra in Leith. [website/index.html]
"""
OFFLINE = {
    "LANGGRAPH_CLI_NO_ANALYTICS": "1",  # langgraph-cli posts usage analytics otherwise
    "LANGGRAPH_NO_VERSION_CHECK": "true",  # langgraph-api asks PyPI for a newer version otherwise
    "LANGSMITH_TRACING": "false",
    "LANGCHAIN_TRACING_V2": "false",
    "HF_HUB_OFFLINE": "1",
    "TRANSFORMERS_OFFLINE": "1",
    "PYTHONUNBUFFERED": "1",
}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory, embedded_cache_dir) -> Iterator[dict[str, Any]]:
    if not LANGGRAPH.exists():
        pytest.skip(f"{LANGGRAPH} not found: install the dev extra (langgraph-cli[inmem])")
    from ingest.pipeline import index_knowledge_file
    from twin.settings import Settings

    home = tmp_path_factory.mktemp("studio-home")
    settings = Settings(cache_dir=embedded_cache_dir).with_home(home)
    settings.knowledge_file.write_text(KNOWLEDGE, encoding="utf-8")
    index_knowledge_file(settings, progress=False)

    # The repo's own langgraph.json, served from a scratch folder so the server's state
    # (.langgraph_api/) lands there and not in the checkout; graph paths resolve through the link.
    root = tmp_path_factory.mktemp("studio")
    shutil.copy(REPO / "langgraph.json", root / "langgraph.json")
    (root / "graph").symlink_to(REPO / "graph", target_is_directory=True)

    port = free_port()
    log_path = root / "server.log"
    env = {**os.environ, **OFFLINE, "TWIN_HOME": str(home), "TWIN_CACHE_DIR": str(embedded_cache_dir)}
    command = [
        str(LANGGRAPH),
        "dev",
        "--no-browser",
        "--no-reload",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
    ]
    with log_path.open("wb") as log:
        proc = subprocess.Popen(
            command, cwd=root, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
        )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + STARTUP_S
        while True:
            if proc.poll() is not None:
                pytest.fail(f"langgraph dev exited with {proc.returncode}:\n{log_path.read_text()[-3000:]}")
            try:
                if httpx.get(f"{url}/ok", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                pytest.fail(f"langgraph dev not ready in {STARTUP_S} s:\n{log_path.read_text()[-3000:]}")
            time.sleep(1)
        yield {"url": url, "home": home, "log": log_path}
    finally:
        group = proc.pid  # its own session: the server and anything it started
        try:
            os.killpg(group, signal.SIGTERM)
            proc.wait(timeout=20)
        except ProcessLookupError:
            pass
        except subprocess.TimeoutExpired:
            os.killpg(group, signal.SIGKILL)
            proc.wait(timeout=10)


@pytest.fixture(scope="module")
def client(server):
    from langgraph_sdk import get_sync_client

    return get_sync_client(url=server["url"], api_key=None, timeout=120)


def ask(client, question: str, **context: Any) -> dict[str, Any]:
    thread = client.threads.create()
    return client.runs.wait(
        thread["thread_id"],
        "twin",
        input={"messages": [{"role": "user", "content": question}]},
        context=context or None,
    )


def test_langgraph_json_names_the_module_level_graph():
    config = json.loads((REPO / "langgraph.json").read_text())
    assert config["graphs"] == {"twin": "./graph/graph.py:graph"}
    assert config["dependencies"] == ["."] and config["python_version"] == "3.11"
    assert "env" not in config or (REPO / config["env"]).exists()


def test_the_run_context_is_exposed_for_editing(client):
    (assistant,) = client.assistants.search(graph_id="twin")
    schema = client.assistants.get_schemas(assistant["assistant_id"])["context_schema"]
    fields = schema["properties"]
    assert fields["top_k"]["default"] == 4 and fields["top_k"]["description"]
    for name in (
        "max_rewrites",
        "relevance_threshold",
        "confidence_threshold",
        "rag_prompt",
        "unknown_answer",
    ):
        assert name in fields
    assert fields["grader"]["enum"] == ["scores", "logprob", "both"]


def test_bad_input_is_answered_without_a_model(client):
    result = ask(client, "   ")
    assert result["route"] == "invalid"
    assert result["answer"] == "Please ask me a question."
    assert result["messages"][-1]["type"] == "ai"


def test_unsupported_question_is_declined_and_logged(client, server):
    result = ask(client, "What is your favourite film?", max_rewrites=0)
    assert result["route"] == "unknown"
    assert "don't know" in result["answer"] and result["sources"] == []
    log = (Path(server["home"]) / "unanswered.jsonl").read_text()
    assert "What is your favourite film?" in log


def test_a_run_can_override_the_context(client):
    result = ask(client, "What is your favourite film?", max_rewrites=0, unknown_answer="No idea, sorry.")
    assert (result["route"], result["answer"]) == ("unknown", "No idea, sorry.")


def test_the_twin_loads_as_the_server_starts_and_answers_from_the_facts(client, server):
    deadline = time.monotonic() + STARTUP_S
    while "twin: " not in server["log"].read_text(errors="replace"):
        assert time.monotonic() < deadline, server["log"].read_text()[-3000:]
        time.sleep(1)
    log = server["log"].read_text(errors="replace")
    assert "loaded (model, index, embeddings)" in log, log[-3000:]
    started = time.monotonic()
    result = ask(client, "Where do you work now?")
    assert result["route"] == "rag" and "Skerryvore" in result["answer"], result["answer"]
    assert any("cv.pdf" in source for source in result["sources"])
    assert time.monotonic() - started < 60  # loaded already: no model load inside the first run
