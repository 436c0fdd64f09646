"""The Gradio handlers: streamed answers with a footer, one memory per tab, traces, and bad input as messages."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import gradio as gr
import pytest
from langchain_core.language_models.fake_chat_models import GenericFakeChatModel
from langchain_core.messages import AIMessage

import app
from graph.service import Twin
from ingest.knowledge import parse
from ingest.profile import headline, load_profile, source_label
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


def answered(source, question, history=None, thread="tab-1") -> list[list[dict]]:
    """The new chat messages after each yield; checks every yield keeps the conversation above and only adds
    the twin's messages."""
    shown = []
    history = [{"role": "user", "content": question}] if history is None else history
    for value in app.respond(source, question, history, thread):
        new = value[len(history) :]
        assert value[: len(history)] == history and new and all(m["role"] == "assistant" for m in new)
        shown.append(new)
    return shown


def contents(source, question, history=None, thread="tab-1") -> list[str]:
    """What the answer's chat message shows after each yield."""
    return [new[0]["content"] for new in answered(source, question, history, thread)]


def test_answer_streams_growing_text_then_the_footer(tmp_path, retriever):
    source, _ = make_source(tmp_path, retriever, "I work at Skerryvore Analytics in Edinburgh.")
    shown = contents(source, "Where do you work now?")
    tokens, final = shown[:-1], shown[-1]
    assert len(tokens) > 2 and all(len(a) < len(b) for a, b in pairwise(tokens))
    assert tokens[-1].strip() == "I work at Skerryvore Analytics in Edinburgh."
    answer, footer = final.split("\n\n")
    assert answer == "I work at Skerryvore Analytics in Edinburgh."
    assert footer.startswith("<sub>route: rag · confidence: ") and footer.endswith(" s</sub>")


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


def test_serving_loads_the_twin_first_in_one_line(tmp_path, retriever, capsys, monkeypatch):
    settings = Settings().with_home(tmp_path / "ready")
    settings.home.mkdir()
    settings.knowledge_file.write_text(KNOWLEDGE, encoding="utf-8")
    own = build_retriever(settings.index_dir)  # the workspace's own index, opened by the preload
    model = RecordingModel(messages=iter([]), prompts=[])
    twin = Twin(settings, llm=model)
    monkeypatch.setattr("graph.deps.open_retriever", lambda settings: own)
    app.preload_twin(app.TwinSource(twin))
    line = capsys.readouterr().out
    assert line.startswith("loading the twin of ") and " ready in " in line and line.count("\n") == 1
    assert twin.deps.retriever is own and model.prompts == []  # loaded, nothing asked yet

    empty = app.TwinSource(settings=Settings().with_home(tmp_path / "empty"))
    app.preload_twin(empty)
    line = capsys.readouterr().out
    assert "not yet: no index in" in line and "twin ingest" in line and line.count("\n") == 1


def test_traces_tab_lists_runs_and_shows_one_node_by_node(tmp_path, retriever):
    source, _ = make_source(tmp_path, retriever, "I work at Skerryvore Analytics.")
    assert app.trace_rows(source) == []
    contents(source, "Where do you work now?")
    (row,) = app.trace_rows(source)
    _, question, answer, route, confidence, latency, tokens, feedback, run_id = row
    assert (question, answer, route, feedback) == (
        "Where do you work now?",
        "I work at Skerryvore Analytics.",
        "rag",
        "",
    )
    assert len(row) == len(app.TRACE_COLUMNS)
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


def test_sources_are_readable_names_that_open_to_the_facts_used(tmp_path, retriever):
    source, _ = make_source(tmp_path, retriever, "I work at Skerryvore Analytics in Edinburgh.")
    answer, sources = answered(source, "Where do you work now?")[-1]
    assert source.traces().get(answer["metadata"]["id"])["question"] == "Where do you work now?"
    meta = sources["metadata"]
    assert meta["status"] == "done"  # a closed block: the names show, the facts open on a click
    names = meta["title"].removeprefix("Sources: ").split(" · ")
    assert "CV p1" in names and "LinkedIn - Positions" in names
    assert not any(raw in meta["title"] for raw in (".pdf", ".zip", ".csv", ".html"))
    assert "**CV p1**\n- Staff Machine Learning Engineer at Skerryvore Analytics" in sources["content"]
    shown = gr.Chatbot().postprocess([{"role": "user", "content": "Q"}, answer, sources])
    assert shown.root[-1].metadata["title"] == meta["title"]  # Gradio takes it as a collapsible thought


def test_a_declined_answer_has_no_sources_block(tmp_path, retriever):
    source, _ = make_source(tmp_path, retriever)
    (answer,) = answered(source, "What is your favourite film?")[-1]
    assert "route: unknown" in answer["content"] and answer["metadata"]["id"]


@pytest.mark.parametrize(
    ("tag", "label"),
    [
        ("cv.pdf p1", "CV p1"),
        ("persona/cv.pdf p2", "CV p2"),
        ("My_Resume.pdf", "CV"),
        ("persona/linkedin_export.zip/Education.csv", "LinkedIn - Education"),
        ("linkedin_export.zip/PhoneNumbers.csv", "LinkedIn - Phone Numbers"),
        ("linkedin", "LinkedIn"),
        ("website/projects.html", "Website - Projects"),
        ("persona/website/index.html", "Website"),
        ("https://example.org/about-me", "Website - About Me"),
        ("statement.docx", "Statement"),
        ("persona/personal_statement.md", "Personal statement"),
        ("chatgpt/conversations.json", "ChatGPT"),
        ("owner", "Owner's answer"),
    ],
)
def test_source_labels(tag, label):
    assert source_label(tag) == label


def test_the_page_is_the_persons_name_headline_photo_and_questions(tmp_path):
    settings = Settings().with_home(tmp_path)
    settings.knowledge_file.write_text(
        KNOWLEDGE.replace(
            "## Interests",
            "## Projects\n- Project: Tidecast (Jun 2021 – present). Day-ahead wind power forecasts. [linkedin]\n"
            "## Interests",
        ),
        encoding="utf-8",
    )
    (tmp_path / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\nfake")
    profile = load_profile(settings)
    assert profile.name == "Elspeth Varga" and profile.photo == tmp_path / "photo.png"
    assert (
        profile.headline
        == "Staff Machine Learning Engineer at Skerryvore Analytics, Edinburgh (Mar 2021 – present)."
    )
    assert profile.examples == [
        "Where do you work now?",
        "What is Tidecast about?",
        "What do you do in your free time?",
        "How can I contact you?",
    ]
    demo = app.build_app(settings=settings)  # no twin is built for the page
    assert demo.title == "Elspeth Varga · AI Twin"
    config = str(demo.config)
    assert "<h1" in config and "Elspeth Varga</h1>" in config and "data:image/png;base64," in config
    buttons = [c["props"].get("value") for c in demo.config["components"] if c.get("type") == "button"]
    assert (
        set(profile.examples) <= set(buttons) and "What did you study?" not in buttons
    )  # no Education facts


def test_a_headline_fact_wins_and_is_shortened():
    _, facts = parse(
        "# Ann\n## About\n- Ann [cv.pdf]\n- Name: Ann.\n- Grew up by the sea.\n"
        "## Experience\n- Engineer at Acme.\n## About\n- Headline: Builds forecasting systems for offshore wind "
        "farms, teaches Bayesian inference, mentors returners and sails the Firth of Forth at weekends [linkedin]\n"
    )
    assert (
        headline(facts, "Ann")
        == "Builds forecasting systems for offshore wind farms, teaches Bayesian inference, mentors…"
    )
    assert headline([f for f in facts if not f.text.startswith("Headline")], "Ann") == "Engineer at Acme."
    assert (
        headline([f for f in facts if f.section == "About" and "Headline" not in f.text], "Ann")
        == "Grew up by the sea."
    )
    assert load_profile(
        Settings().with_home(Path("/nonexistent"))
    ).examples  # no knowledge file: still asks something


def test_a_thumbs_up_or_down_is_stored_with_the_answers_trace(tmp_path, retriever):
    source, _ = make_source(tmp_path, retriever, "I work at Skerryvore Analytics.")
    history = [{"role": "user", "content": "Where do you work now?"}]
    page = [*history, *answered(source, "Where do you work now?", history)[-1]]
    page = gr.Chatbot().preprocess(gr.Chatbot().postprocess(page))  # as the like event hands it back
    run_id = app.record_feedback(source, page, 1, False)
    assert run_id and source.traces().get(run_id)["feedback"] == "down"
    assert app.trace_rows(source)[0][app.TRACE_COLUMNS.index("feedback")] == "👎"
    assert (
        app.record_feedback(source, page, 1, True) == run_id
        and source.traces().get(run_id)["feedback"] == "up"
    )
    assert (
        app.record_feedback(source, page, 1, "") == run_id and source.traces().get(run_id)["feedback"] is None
    )
    assert app.record_feedback(source, page, 0, True) is None  # the visitor's own question
    assert app.record_feedback(source, page, 9, True) is None


def test_a_published_workspace_keeps_the_photo_the_page_shows(tmp_path, retriever):
    from ingest.pipeline import index_knowledge_file
    from ingest.publish import publish_workspace

    settings = Settings().with_home(tmp_path / "home")
    settings.home.mkdir()
    settings.knowledge_file.write_text(KNOWLEDGE, encoding="utf-8")
    (settings.home / "photo.jpg").write_bytes(b"\xff\xd8\xff fake jpeg")
    index_knowledge_file(settings, progress=False)
    published = publish_workspace(settings, tmp_path / "space")
    assert "photo.jpg" in published.files
    assert load_profile(settings.with_home(tmp_path / "space")).photo == tmp_path / "space" / "photo.jpg"
