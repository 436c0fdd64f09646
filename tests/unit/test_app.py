"""The Gradio handlers: streamed answers with a footer, one memory per tab, traces, and bad input as messages."""

from __future__ import annotations

from itertools import pairwise

import pytest
from langchain_core.language_models.fake_chat_models import GenericFakeChatModel
from langchain_core.messages import AIMessage

import app
from graph.service import Twin
from tests.fakes import KNOWLEDGE, RecordingModel, build_retriever
from twin.errors import TwinError
from twin.settings import Settings


@pytest.fixture(scope="module")
def retriever(tmp_path_factory):
    return build_retriever(tmp_path_factory.mktemp("idx"))


def make_source(tmp_path, retriever, *replies: str, llm=None) -> tuple[app.TwinSource, RecordingModel]:
    settings = Settings().with_home(tmp_path)
    settings.knowledge_file.write_text(KNOWLEDGE, encoding="utf-8")  # who the twin is
    model = RecordingModel(messages=iter([AIMessage(r) for r in replies]), prompts=[])
    twin = Twin(settings, llm=llm or model, retriever=retriever)
    return app.TwinSource(twin), model


def contents(source, question, history=None, thread="tab-1") -> list[str]:
    """What the last chat message shows after each yield, and checks every yield keeps the question above."""
    shown = []
    history = [{"role": "user", "content": question}] if history is None else history
    for value in app.respond(source, question, history, thread):
        assert value[:-1] == history and value[-1]["role"] == "assistant"
        shown.append(value[-1]["content"])
    return shown


def test_answer_streams_growing_text_then_the_footer(tmp_path, retriever):
    source, _ = make_source(tmp_path, retriever, "I work at Skerryvore Analytics in Edinburgh.")
    shown = contents(source, "Where do you work now?")
    tokens, final = shown[:-1], shown[-1]
    assert len(tokens) > 2 and all(len(a) < len(b) for a, b in pairwise(tokens))
    assert tokens[-1].strip() == "I work at Skerryvore Analytics in Edinburgh."
    answer, footer = final.split("\n\n")
    assert answer == "I work at Skerryvore Analytics in Edinburgh."
    assert footer.startswith("<sub>route: rag · confidence: ") and "sources: cv.pdf" in footer


def test_each_tab_has_its_own_memory(tmp_path, retriever):
    source, model = make_source(
        tmp_path, retriever, "At Skerryvore Analytics.", "I play the cello.", "At Halden Biosystems."
    )
    contents(source, "Where do you work now?", thread="tab-a")
    contents(source, "Do you play music?", thread="tab-b")
    contents(source, "And before that?", thread="tab-a")
    assert "Halden" in model.prompts[-1][-1].content  # the follow-up was resolved from tab a's memory
    graph = source.get().graph
    questions = {
        tab: [m.content for m in graph.get_state({"configurable": {"thread_id": tab}}).values["messages"]][
            ::2
        ]
        for tab in ("tab-a", "tab-b")
    }
    assert questions == {
        "tab-a": ["Where do you work now?", "And before that?"],
        "tab-b": ["Do you play music?"],
    }
    assert app.new_thread_id() != app.new_thread_id()


@pytest.mark.parametrize(
    ("question", "message"),
    [("", "Please ask me a question."), ("x" * 50_000, "50,000 characters long")],
)
def test_bad_questions_are_answered_with_a_message(tmp_path, retriever, question, message):
    source, model = make_source(tmp_path, retriever)
    shown = contents(source, question)
    assert message in shown[-1] and "route: invalid" in shown[-1]
    assert model.prompts == []


def test_no_index_is_a_message_not_a_traceback(tmp_path):
    source = app.TwinSource(
        Twin(Settings().with_home(tmp_path), llm=RecordingModel(messages=iter([]), prompts=[]))
    )
    (shown,) = contents(source, "Where do you work now?")
    assert shown.startswith("⚠️ no index") and "twin ingest" in shown


def test_a_model_that_cannot_load_is_a_message(tmp_path, retriever, monkeypatch):
    def load_chat_model(*args, **kwargs):
        raise TwinError("embedded:nope: unknown generator")

    monkeypatch.setattr("models.chat.load_chat_model", load_chat_model)
    settings = Settings().with_home(tmp_path)
    settings.knowledge_file.write_text(KNOWLEDGE, encoding="utf-8")
    source = app.TwinSource(Twin(settings, retriever=retriever))
    assert contents(source, "Where do you work now?")[-1] == "⚠️ embedded:nope: unknown generator"


class BrokenModel(GenericFakeChatModel):
    def _generate(self, *args, **kwargs):
        raise RuntimeError("CUDA out of memory")


def test_an_unexpected_failure_is_one_line_not_a_traceback(tmp_path, retriever):
    source, _ = make_source(tmp_path, retriever, llm=BrokenModel(messages=iter([])))
    shown = contents(source, "Where do you work now?")
    assert shown[-1] == "⚠️ The twin could not answer (RuntimeError: CUDA out of memory)."


def test_the_twin_is_built_on_the_first_question_not_on_page_load(tmp_path):
    built: list[object] = []

    def factory(settings):
        built.append(settings)
        return built[-1]

    settings = Settings().with_home(tmp_path)
    source = app.TwinSource(settings=settings, factory=factory)
    assert app.trace_rows(source) == [] and built == []  # the Traces tab needs no twin
    assert source.get() is source.get() is settings and len(built) == 1


def test_traces_tab_lists_runs_and_shows_one_node_by_node(tmp_path, retriever):
    source, _ = make_source(tmp_path, retriever, "I work at Skerryvore Analytics.")
    assert app.trace_rows(source) == []
    contents(source, "Where do you work now?")
    (row,) = app.trace_rows(source)
    _, question, route, confidence, latency, tokens, run_id = row
    assert (question, route) == ("Where do you work now?", "rag")
    assert confidence > 0 and latency > 0 and tokens > 0
    run = app.trace_detail(source, run_id)
    assert [n["node"] for n in run["nodes"]][-1] == "generate"
    assert all("input" in n and "output" in n and n["seconds"] >= 0 for n in run["nodes"])
    assert "no run with id" in app.trace_detail(source, "nope")["message"]
    assert "pick a run" in app.trace_detail(source, " ")["message"]


def test_show_question_echoes_at_once_and_clears_the_box():
    box, history, question = app.show_question("Hi?", [{"role": "user", "content": "Before"}])
    assert box == "" and question == "Hi?" and history[-1] == {"role": "user", "content": "Hi?"}
    _, history, question = app.show_question("x" * 50_000, [])
    assert len(question) == 50_000 and history[0]["content"].endswith("… (50,000 characters)")
    assert len(history[0]["content"]) < 1100
    assert app.show_question("  ", []) == ("", [], "  ")  # nothing to echo; the twin says why


def test_build_app_queues_visitors_one_at_a_time(tmp_path, retriever):
    source, _ = make_source(tmp_path, retriever)
    demo = app.build_app(source.get())
    assert demo._queue.max_size == app.MAX_QUEUE
    assert demo._queue.default_concurrency_limit == 1
    assert "Traces" in str(demo.config)
