"""The owner closes the loop: declined and thumbs-down questions listed, answered into the knowledge file and
the index, and the next visitor answered from it; through the page's handlers and `twin unanswered`.

A real small index (real MiniLM, real Chroma) in the workspace, and a scripted chat model.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import time
from dataclasses import replace
from pathlib import Path

import pytest
from langchain_core.messages import AIMessage

import app
from cli.main import main
from graph.service import Twin
from graph.traces import TraceStore
from graph.unanswered import DECLINED, DISLIKED, open_questions
from ingest.knowledge import Fact, parse
from ingest.owner import add_owner_answer, append_fact, owner_fact
from tests.fakes import KNOWLEDGE, RecordingModel
from twin.errors import TwinError
from twin.settings import Settings

TOKEN = "owner-s3cret"
FILM = "What is your favourite film?"
FILM_ANSWER = "Local Hero, the 1983 Bill Forsyth film."


@pytest.fixture(scope="module")
def indexed(tmp_path_factory) -> Path:
    from ingest.pipeline import index_knowledge_file

    home = tmp_path_factory.mktemp("owner-indexed")
    settings = Settings().with_home(home)
    settings.knowledge_file.write_text(KNOWLEDGE, encoding="utf-8")
    index_knowledge_file(settings, progress=False)
    return home


@pytest.fixture
def settings(indexed, tmp_path) -> Settings:
    """A fresh copy of the workspace per test, with an owner token."""
    home = Path(shutil.copytree(indexed, tmp_path / "home"))
    return replace(Settings().with_home(home), owner_token=TOKEN)


def page_with(settings: Settings, *replies: str) -> app.TwinSource:
    """The page's twin over the workspace's own index (which the owner's answer updates)."""
    model = RecordingModel(messages=iter([AIMessage(r) for r in replies]), prompts=[])
    return app.TwinSource(Twin(settings, llm=model))


def ask(source: app.TwinSource, question: str, thread: str) -> list[dict]:
    history = [{"role": "user", "content": question}]
    *_, last = app.respond(source, question, history, thread)
    return last


def test_a_declined_question_answered_by_the_owner_is_answered_for_the_next_visitor(settings):
    source = page_with(settings, FILM_ANSWER)
    first = ask(source, FILM, "visitor-1")
    assert "route: unknown" in first[1]["content"]
    (item,) = open_questions(settings)
    assert (item.number, item.question, item.why) == (1, FILM, [DECLINED])
    assert app.owner_rows(source, TOKEN)[0][3] == FILM

    message = app.owner_answer(source, TOKEN, FILM, FILM_ANSWER, app.AUTO_SECTION)
    assert message.startswith("✅") and "[owner]" in message
    _, facts = parse(settings.knowledge_file.read_text(encoding="utf-8"))
    assert Fact("About", f"{FILM} {FILM_ANSWER}", ["owner"]) in facts  # About: nothing says otherwise
    assert open_questions(settings) == [] and app.owner_rows(source, TOKEN) == []

    later = ask(source, "Which film do you like best?", "visitor-2")
    answer, sources = later[1], later[2]
    assert answer["content"].startswith(FILM_ANSWER) and "route: rag" in answer["content"]
    assert "Owner's answer" in sources["metadata"]["title"] and FILM_ANSWER in sources["content"]


def test_the_owners_own_words_stand_in_for_a_reply_the_facts_do_not_support(settings):
    # The browser test's model says this to every question; the facts of a film question do not support it.
    source = page_with(settings, "I work at Skerryvore Analytics in Edinburgh.")
    ask(source, FILM, "visitor-1")  # declined: no model call
    own_words = "My favourite film is Local Hero, by Bill Forsyth."
    assert app.owner_answer(source, TOKEN, FILM, own_words, app.AUTO_SECTION).startswith("✅")
    assert f"- {own_words} [owner]" in settings.knowledge_file.read_text(
        encoding="utf-8"
    )  # it says what was asked
    answer, sources = ask(source, FILM, "visitor-2")[1:]
    assert answer["content"].startswith(own_words) and "route: rag" in answer["content"]
    assert "Owner's answer" in sources["metadata"]["title"]


def test_a_question_failing_again_after_its_answer_comes_back(settings):
    source = page_with(settings)
    ask(source, FILM, "visitor-1")
    ask(source, FILM, "visitor-2")
    (item,) = open_questions(settings)
    assert item.times == 2  # one question, asked twice: one entry
    add_owner_answer(settings, FILM, FILM_ANSWER)  # in the knowledge file, but not marked answered
    assert len(open_questions(settings)) == 1
    app.owner_answer(source, TOKEN, FILM, FILM_ANSWER, app.AUTO_SECTION)
    assert open_questions(settings) == []
    later = time.strftime("%Y-%m-%dT%H:%M:%S", time.localtime(time.time() + 5))
    with settings.unanswered_log.open("a", encoding="utf-8") as log:
        log.write(json.dumps({"time": later, "question": FILM.lower(), "confidence": 0.1}) + "\n")
    assert [i.question for i in open_questions(settings)] == [FILM.lower()]


def test_thumbs_down_answers_are_listed_and_answered_from_the_command_line(settings, capsys):
    source = page_with(settings, "I work at Skerryvore Analytics.")
    history = [{"role": "user", "content": "Where do you work now?"}]
    shown = [*history, *ask(source, "Where do you work now?", "visitor-1")[1:]]
    assert app.record_feedback(source, shown, 1, False)
    (item,) = open_questions(settings)
    assert item.why == [DISLIKED] and item.answer == "I work at Skerryvore Analytics."

    home = ["--home", str(settings.home)]
    assert main([*home, "unanswered"]) == 0
    out = capsys.readouterr().out
    assert "1. " in out and "thumbs down" in out and "Where do you work now?" in out
    assert "the twin said:" in out and "I work at Skerryvore Analytics." in out

    text = "Staff Machine Learning Engineer at Skerryvore Analytics since March 2021; I lead the forecasting team."
    assert main([*home, "unanswered", "--answer", "1", text, "--section", "Experience"]) == 0
    out = capsys.readouterr().out
    assert "answered 1. Where do you work now?" in out and "under Experience" in out
    experience = [
        f for f in parse(settings.knowledge_file.read_text(encoding="utf-8"))[1] if f.section == "Experience"
    ]
    assert experience[-1].sources == ["owner"] and experience[-1].text.endswith(text)
    main([*home, "unanswered"])
    assert "no unanswered questions" in capsys.readouterr().out

    assert main([*home, "unanswered", "--answer", "3", "x"]) == 2
    assert "no unanswered question number 3" in capsys.readouterr().err


def test_the_owner_tab_is_only_there_with_a_token_and_shows_nothing_for_a_wrong_one(settings):
    source = page_with(settings)
    ask(source, FILM, "visitor-1")
    before = settings.knowledge_file.read_text(encoding="utf-8")

    def tabs(demo) -> list[str]:
        return [c["props"].get("label") for c in demo.config["components"] if c.get("type") == "tabitem"]

    without = app.build_app(settings=replace(settings, owner_token=None))
    assert "Owner" not in tabs(without)
    demo = app.build_app(source.get())
    assert "Owner" in tabs(demo) and FILM not in str(demo.config)  # the questions wait for the token
    for wrong in (None, "", "owner-s3cre", TOKEN + " "):
        assert app.owner_rows(source, wrong) == []
        assert app.owner_answer(source, wrong, FILM, "anything", None) == "⚠️ wrong owner token"
    assert settings.knowledge_file.read_text(encoding="utf-8") == before
    unset = app.TwinSource(settings=replace(settings, owner_token=None))
    assert app.owner_rows(unset, "") == [] and not app.owner_allowed(unset.settings, "")


def test_an_owner_answer_is_checked_before_it_is_added(settings):
    withheld = add_owner_answer(settings, "How can I call you?", "Call me on +44 131 496 0000 or by email.")
    assert withheld.withheld == ["phone"] and "496" not in settings.knowledge_file.read_text(encoding="utf-8")
    with pytest.raises(TwinError, match="empty"):
        owner_fact("Why?", "   ")
    with pytest.raises(TwinError, match="not a section"):
        owner_fact("Why?", "Because.", "Hobbies")
    with pytest.raises(TwinError, match="secret"):
        add_owner_answer(settings, "What is your key?", "api_key = sk-abcdefghijklmnopqrstuvwxyz123456")
    again = add_owner_answer(settings, "How can I call you?", "Call me on +44 131 496 0000 or by email.")
    assert again.already_known and again.index is not None and again.index.added == 0


def test_an_owner_fact_goes_at_the_end_of_its_section_or_a_new_one():
    text = (
        "# Ann\n\n## Experience\n- Engineer at Acme. [cv.pdf p1]\n\n## Contact\n- ann@example.org [cv.pdf]\n"
    )
    fact = owner_fact("What do you do in your free time?", "I sail on the Forth.")
    assert (
        fact.section == "Interests" and fact.text == "What do you do in your free time? I sail on the Forth."
    )
    assert append_fact(text, fact).endswith(
        "## Contact\n- ann@example.org [cv.pdf]\n\n## Interests\n" + fact.line() + "\n"
    )
    job = owner_fact("Where did you work before?", "Data scientist at Beta [2019].", "Experience")
    lines = append_fact(text, job).splitlines()
    assert lines[3:5] == [
        "- Engineer at Acme. [cv.pdf p1]",
        "- Where did you work before? Data scientist at Beta (2019). [owner]",
    ]
    assert lines[5] == "" and lines[6] == "## Contact"


def test_a_trace_store_from_before_feedback_gains_the_column(tmp_path):
    path = tmp_path / "traces.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute(
            "CREATE TABLE runs (id TEXT PRIMARY KEY, started REAL, thread TEXT, question TEXT, route TEXT, "
            "confidence REAL, sources TEXT, answer TEXT, tokens INTEGER, latency_s REAL, ttft_s REAL, nodes TEXT, "
            "error TEXT)"
        )
        conn.execute(
            "INSERT INTO runs VALUES ('old-run', 1.0, 't', 'Q?', 'rag', 0.5, '[]', 'A.', 3, 0.1, 0.1, '[]', NULL)"
        )
    store = TraceStore(path)
    (run,) = store.recent()
    assert run["feedback"] is None and run["question"] == "Q?"
    assert store.set_feedback("old-run", "down") and not store.set_feedback("no-such-run", "up")
    assert [r["id"] for r in store.disliked()] == ["old-run"]
    store.write({"id": "new-run", "started": 2.0, "question": "Q2?"})
    assert TraceStore(path).get("new-run")["feedback"] is None
    assert store.set_feedback("old-run", None) and store.disliked() == []
    with pytest.raises(ValueError):
        store.set_feedback("old-run", "meh")
