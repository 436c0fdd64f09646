"""`twin serve`'s other doors, on a real server on loopback: the OpenAI-compatible API (driven by the `openai`
client) and the twin as an MCP tool (listed and called by the `mcp` client over streamable HTTP).

`app.serve` runs in this process (uvicorn in a thread, as `twin serve` runs it) over a real index (real MiniLM,
real Chroma) with a scripted chat model, so answers take the real retrieval route with real sources.
"""

from __future__ import annotations

import asyncio
import itertools
import socket
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from langchain_core.messages import AIMessage
from openai import OpenAI

import app
from graph.service import Twin
from tests.fakes import KNOWLEDGE, RecordingModel, build_retriever
from twin.settings import Settings

pytestmark = [pytest.mark.server, pytest.mark.timeout(300)]

ANSWER = "I work at Skerryvore Analytics in Edinburgh."
MODEL = "elspeth-varga"
TOOL = "ask_elspeth_varga"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def served(tmp_path_factory) -> Iterator[dict[str, Any]]:
    """`app.serve(twin)` on a free loopback port: the page, /v1 and the MCP server on one uvicorn."""
    settings = Settings().with_home(tmp_path_factory.mktemp("served-home"))
    settings.knowledge_file.write_text(KNOWLEDGE, encoding="utf-8")
    model = RecordingModel(messages=itertools.repeat(AIMessage(ANSWER)), prompts=[])
    twin = Twin(settings, llm=model, retriever=build_retriever(tmp_path_factory.mktemp("served-idx")))
    mp = pytest.MonkeyPatch()
    mp.setenv("GRADIO_ANALYTICS_ENABLED", "False")  # nothing leaves loopback
    port = free_port()
    demo = app.serve(twin, rate_limit=0, host="127.0.0.1", port=port, block=False, quiet=True)
    try:
        yield {"url": f"http://127.0.0.1:{port}", "twin": twin, "model": model}
    finally:
        demo.close()
        mp.undo()


@pytest.fixture(scope="module")
def client(served) -> OpenAI:
    http = httpx.Client(trust_env=False, timeout=120)  # loopback: no proxy from the environment
    return OpenAI(base_url=f"{served['url']}/v1", api_key="unused", max_retries=0, http_client=http)


def ask(question: str) -> list[dict[str, str]]:
    return [{"role": "user", "content": question}]


def test_models_lists_the_persons_twin(client):
    assert [m.id for m in client.models.list()] == [MODEL]
    assert client.models.retrieve(MODEL).owned_by == "ai-twin"


def test_a_completion_carries_route_confidence_and_sources(client):
    completion = client.chat.completions.create(model=MODEL, messages=ask("Where do you work now?"))
    assert completion.choices[0].message.content == ANSWER
    assert completion.choices[0].finish_reason == "stop" and completion.usage.completion_tokens > 0
    twin = completion.model_extra["twin"]
    assert twin["route"] == "rag" and 0 < twin["confidence"] <= 1
    assert "CV p1" in twin["sources"] and not any(".pdf" in s for s in twin["sources"])
    assert any("Skerryvore Analytics" in fact for fact in twin["facts"]["CV p1"])
    assert twin["thread_id"].startswith("openai-") and twin["run_id"]


def test_a_streamed_completion_grows_then_ends_with_the_twin_field(client):
    chunks = list(
        client.chat.completions.create(
            model=MODEL,
            messages=ask("Where do you work now?"),
            stream=True,
            stream_options={"include_usage": True},
        )
    )
    texts = [c.choices[0].delta.content for c in chunks if c.choices and c.choices[0].delta.content]
    assert len(texts) > 2 and "".join(texts) == ANSWER  # it streams, word by word
    (last,) = [c for c in chunks if c.choices and c.choices[0].finish_reason == "stop"]
    assert last.model_extra["twin"]["route"] == "rag" and "CV p1" in last.model_extra["twin"]["sources"]
    assert chunks[-1].usage is not None and chunks[-1].usage.completion_tokens > 0


def test_earlier_messages_are_the_conversation_and_its_thread_is_stable(client, served):
    messages = [
        {"role": "system", "content": "You are a helpful assistant."},  # the twin keeps its own instructions
        *ask("Where do you work now?"),
        {"role": "assistant", "content": ANSWER},
        *ask("And before that?"),
    ]
    first = client.chat.completions.create(model=MODEL, messages=messages)
    assert "Halden" in served["model"].prompts[-1][-1].content  # the follow-up was resolved from the messages
    again = client.chat.completions.create(model=MODEL, messages=messages)  # a regenerate: same thread
    thread = first.model_extra["twin"]["thread_id"]
    assert again.model_extra["twin"]["thread_id"] == thread
    state = served["twin"].graph.get_state({"configurable": {"thread_id": thread}})
    # The thread holds the conversation as sent, then the answer: a regenerate does not pile up turns.
    assert [m.content.split("\n\nSources:")[0] for m in state.values["messages"]] == [
        "Where do you work now?",
        ANSWER,
        "And before that?",
        ANSWER,
    ]


def test_a_metadata_thread_id_continues_the_twins_own_memory(client, served):
    metadata = {"thread_id": "openai-test-memory"}
    client.chat.completions.create(model=MODEL, messages=ask("Where do you work now?"), metadata=metadata)
    follow = client.chat.completions.create(model=MODEL, messages=ask("And before that?"), metadata=metadata)
    assert follow.model_extra["twin"]["thread_id"] == "openai-test-memory"
    assert "Halden" in served["model"].prompts[-1][-1].content


def test_a_request_without_a_question_is_a_400(client):
    import openai

    with pytest.raises(openai.BadRequestError, match="no user message"):
        client.chat.completions.create(model=MODEL, messages=[{"role": "system", "content": "Hi"}])


def test_the_page_is_still_served_beside_the_api(served):
    page = httpx.get(served["url"], trust_env=False, timeout=60)
    assert page.status_code == 200 and "Elspeth Varga" in page.text


async def _mcp_call(url: str, arguments: dict[str, Any]) -> tuple[list[Any], Any]:
    from mcp import ClientSession
    from mcp.client.streamable_http import streamable_http_client

    async with (
        httpx.AsyncClient(trust_env=False, timeout=120) as http,
        streamable_http_client(f"{url}/gradio_api/mcp/", http_client=http) as (read, write, _),
        ClientSession(read, write) as session,
    ):
        await session.initialize()
        tools = (await session.list_tools()).tools
        return tools, await session.call_tool(TOOL, arguments)


def test_the_twin_is_an_mcp_tool_named_after_the_person(served):
    tools, result = asyncio.run(_mcp_call(served["url"], {"question": "Where do you work now?"}))
    assert [t.name for t in tools] == [TOOL]  # the page's own events are not tools
    (tool,) = tools
    assert "Elspeth Varga" in tool.description and set(tool.inputSchema["properties"]) == {
        "question",
        "thread_id",
    }
    assert not result.isError
    text = result.content[0].text
    assert text.startswith(ANSWER) and "Sources: CV p1" in text and "route: rag" in text
    thread = text.rsplit("thread_id: ", 1)[1].strip()
    _, follow = asyncio.run(
        _mcp_call(served["url"], {"question": "And before that?", "thread_id": thread})
    )  # the thread it gave continues the conversation
    assert not follow.isError and follow.content[0].text.endswith(f"thread_id: {thread}")
    assert "Halden" in served["model"].prompts[-1][-1].content


def test_serve_says_where_everything_is_in_its_own_words():
    """`twin serve`'s lines: the page, the API and MCP addresses, and the CLI's `--share` (not Gradio's hint)."""
    from app import served_lines

    lines = served_lines("http://127.0.0.1:7860/", None)
    assert "http://127.0.0.1:7860/v1 (OpenAI API)" in lines[0] and "/gradio_api/mcp/" in lines[0]
    assert lines[1] == "a public link: `twin serve --share`"
    assert not any("share=True" in line for line in lines)
    assert (
        served_lines("http://127.0.0.1:7860", "https://abc.gradio.live")[1]
        == "public link: https://abc.gradio.live"
    )


def test_the_tool_and_model_names_leave_out_a_title():
    from graph.openai_api import person_slug

    assert (
        person_slug("Dr Elspeth Varga") == "elspeth_varga"
    )  # the sample persona's knowledge file names her so
    assert person_slug("Prof. Zoë O'Neil", "-") == "zoe-o-neil"
    assert person_slug("Dr") == "dr" and person_slug("  ") == "twin"
