"""The visitor limit (questions per minute per client address): the window itself, then each door it guards, the
page (one line in the chat), the OpenAI-compatible API (HTTP 429) and the MCP tool, and how it is set."""

from __future__ import annotations

import itertools
import threading

import gradio as gr
import openai
import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from langchain_core.messages import AIMessage

import app
from cli.main import build_parser
from graph.limits import VisitorLimit
from graph.openai_api import openai_router
from graph.service import Twin
from tests.fakes import KNOWLEDGE, RecordingModel, build_retriever
from twin.errors import TwinError
from twin.settings import Settings

ANSWER = "I work at Skerryvore Analytics in Edinburgh."


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_the_window_slides_per_client_and_a_refusal_does_not_count():
    clock = Clock()
    limit = VisitorLimit(2, clock=clock)
    assert [limit.wait_s("a"), limit.wait_s("a")] == [0, 0]
    assert limit.wait_s("a") == 60 and limit.wait_s("b") == 0  # another visitor has their own minute
    clock.now += 20
    assert limit.wait_s("a") == 40  # refused: not counted, the wait only shrinks
    clock.now += 40
    assert limit.wait_s("a") == 0  # the first two are a minute old
    assert (
        limit.message(7)
        == "Too many questions: this twin takes 2 questions a minute from each visitor. Try again in 7 s."
    )
    assert "one question a minute" in VisitorLimit(1).message(3)


def test_zero_is_no_limit_and_a_negative_one_is_refused():
    limit = VisitorLimit(0)
    assert not limit.on and all(limit.wait_s("a") == 0 for _ in range(1000))
    with pytest.raises(ValueError, match="0 \\(off\\)"):
        VisitorLimit(-1)


@pytest.fixture(scope="module")
def retriever(tmp_path_factory):
    return build_retriever(tmp_path_factory.mktemp("idx"))


def make_twin(tmp_path, retriever) -> tuple[Twin, RecordingModel]:
    settings = Settings().with_home(tmp_path)
    settings.knowledge_file.write_text(KNOWLEDGE, encoding="utf-8")
    model = RecordingModel(messages=itertools.repeat(AIMessage(ANSWER)), prompts=[])
    return Twin(settings, llm=model, retriever=retriever), model


def test_the_page_says_so_in_one_line(tmp_path, retriever):
    twin, model = make_twin(tmp_path, retriever)
    source = app.TwinSource(twin, rate_limit=1)
    history = [{"role": "user", "content": "Where do you work now?"}]
    first = list(app.respond(source, "Where do you work now?", history, "tab", client="10.0.0.1"))
    assert first[-1][-2]["content"].startswith(ANSWER)
    (refused,) = app.respond(source, "Where do you work now?", history, "tab", client="10.0.0.1")
    line = refused[-1]["content"]
    assert line.startswith("⚠️ Too many questions: this twin takes one question a minute") and "\n" not in line
    assert len(model.prompts) == 1  # the refused question never reached the model
    other = list(app.respond(source, "Where do you work now?", history, "tab-2", client="10.0.0.2"))
    assert other[-1][-2]["content"].startswith(ANSWER)


def test_the_mcp_tool_is_an_error_with_the_same_line(tmp_path, retriever):
    twin, _ = make_twin(tmp_path, retriever)
    source = app.TwinSource(twin, rate_limit=1)
    assert app.tool_answer(source, "Where do you work now?", client="10.0.0.1").startswith(ANSWER)
    with pytest.raises(gr.Error, match="Too many questions"):
        app.tool_answer(source, "Where do you work now?", client="10.0.0.1")


def api(twin: Twin, limit: VisitorLimit) -> TestClient:
    server = FastAPI()
    server.include_router(
        openai_router(lambda: twin, model="elspeth-varga", turn=threading.Lock(), limit=limit)
    )
    return TestClient(server)


def test_the_api_answers_429_with_a_clear_message(tmp_path, retriever):
    twin, _ = make_twin(tmp_path, retriever)
    http = api(twin, VisitorLimit(1))
    client = openai.OpenAI(base_url="http://testserver/v1", api_key="unused", max_retries=0, http_client=http)
    question = [{"role": "user", "content": "Where do you work now?"}]
    assert client.chat.completions.create(model="elspeth-varga", messages=question).choices[0].message.content
    with pytest.raises(
        openai.RateLimitError, match="Too many questions: this twin takes one question a minute"
    ):
        client.chat.completions.create(model="elspeth-varga", messages=question)
    refused = http.post("/v1/chat/completions", json={"model": "elspeth-varga", "messages": question})
    assert refused.status_code == 429 and 0 < int(refused.headers["Retry-After"]) <= 60
    assert refused.json()["error"]["type"] == "rate_limit_exceeded"
    assert [m.id for m in client.models.list()] == ["elspeth-varga"]  # listing models is not an answer


def test_the_api_without_an_index_is_a_503_that_says_what_to_run(tmp_path):
    twin = Twin(Settings().with_home(tmp_path), llm=RecordingModel(messages=iter([]), prompts=[]))
    response = api(twin, VisitorLimit(0)).post(
        "/v1/chat/completions", json={"messages": [{"role": "user", "content": "Hi"}]}
    )
    assert response.status_code == 503 and "twin ingest" in response.json()["error"]["message"]


def test_it_is_set_by_twin_serve_rate_limit_or_twin_rate_limit(monkeypatch, tmp_path):
    monkeypatch.setenv("TWIN_RATE_LIMIT", "12")
    assert Settings().rate_limit == 12
    assert app.TwinSource(settings=Settings().with_home(tmp_path)).limit.per_minute == 12
    assert app.TwinSource(settings=Settings().with_home(tmp_path), rate_limit=0).limit.per_minute == 0
    monkeypatch.setenv("TWIN_RATE_LIMIT", "lots")
    with pytest.raises(TwinError, match="TWIN_RATE_LIMIT is 'lots'"):
        Settings()
    monkeypatch.delenv("TWIN_RATE_LIMIT")
    assert Settings().rate_limit == 0

    served: dict = {}
    monkeypatch.setattr(app, "serve", lambda **kwargs: served.update(kwargs))
    args = build_parser().parse_args(["--home", str(tmp_path), "serve", "--rate-limit", "5"])
    assert args.func(args) == 0 and served["rate_limit"] == 5 and served["settings"].home == tmp_path
    args = build_parser().parse_args(["serve"])
    assert args.rate_limit is None  # the settings' TWIN_RATE_LIMIT applies
    with pytest.raises(SystemExit):
        build_parser().parse_args(["serve", "--rate-limit", "-3"])


def test_a_visitor_is_their_address():
    from starlette.requests import Request

    scope = {"type": "http", "method": "POST", "path": "/", "headers": [], "query_string": b""}
    request = gr.Request(request=Request({**scope, "client": ("203.0.113.7", 50000)}))
    assert app.client_address(request) == "203.0.113.7"
    assert app.client_address(None) is None  # called from Python: one visitor ("unknown")
