"""`twin ask/chat/traces/unanswered/serve` through `cli.main.main`, on a real small index and a fake chat model."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest
from langchain_core.messages import AIMessage

from cli.main import main
from tests.fakes import KNOWLEDGE, RecordingModel
from twin.settings import Settings


@pytest.fixture(scope="module")
def indexed(tmp_path_factory) -> Path:
    """A workspace with a knowledge file and its index, built once (real MiniLM, real Chroma)."""
    from ingest.pipeline import index_knowledge_file

    home = tmp_path_factory.mktemp("indexed")
    settings = Settings().with_home(home)
    settings.knowledge_file.write_text(KNOWLEDGE, encoding="utf-8")
    index_knowledge_file(settings, progress=False)
    return home


@pytest.fixture
def home(indexed, tmp_path) -> Path:
    """A fresh copy of the workspace per test, so traces, memory and the unanswered log start empty."""
    return Path(shutil.copytree(indexed, tmp_path / "home"))


@pytest.fixture
def replies(monkeypatch):
    """Script the generator's replies: the chat model loader hands out a fake model."""
    model = RecordingModel(messages=iter([]), prompts=[])

    def script(*texts: str) -> RecordingModel:
        model.messages = iter([AIMessage(t) for t in texts])
        return model

    monkeypatch.setattr("models.chat.load_chat_model", lambda *args, **kwargs: model)
    return script


def run(home: Path, *argv: str) -> int:
    return main(["--home", str(home), *argv])


def test_ask_prints_the_answer_then_a_footer(home, replies, capsys):
    replies("I work at Skerryvore Analytics in Edinburgh.")
    assert run(home, "ask", "Where do you work now?") == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "I work at Skerryvore Analytics in Edinburgh."
    footer = out[-1]
    assert footer.startswith("[route: rag · confidence: ") and "sources: cv.pdf" in footer
    assert "thread: " in footer


def test_the_answer_is_printed_token_by_token(home, replies, capsys, monkeypatch):
    replies("I work at Skerryvore Analytics in Edinburgh.")
    printed = []
    real_print = print
    monkeypatch.setattr("builtins.print", lambda *a, **k: (printed.append(a), real_print(*a, **k)))
    run(home, "ask", "Where do you work now?")
    assert printed[:3] == [("I ",), ("work ",), ("at ",)]
    assert capsys.readouterr().out.startswith("I work at Skerryvore Analytics in Edinburgh.\n[route: rag")


def test_ask_continues_a_thread(home, replies, capsys):
    model = replies("At Skerryvore Analytics.", "Halden Biosystems, before that.")
    run(home, "ask", "Where do you work now?", "--thread", "t1")
    assert run(home, "ask", "And before that?", "--thread", "t1") == 0
    assert "Halden Biosystems, before that." in capsys.readouterr().out
    assert "Halden" in model.prompts[-1][-1].content  # the follow-up was resolved from the thread's memory


def test_unknown_and_general_answers_print_their_final_text(home, replies, capsys):
    replies("Photosynthesis turns light into sugar.")
    run(home, "ask", "What is your favourite film?")
    out = capsys.readouterr().out
    assert "don't know" in out and "route: unknown" in out
    run(home, "ask", "Explain photosynthesis briefly.")
    out = capsys.readouterr().out
    assert "route: fallback" in out and out.splitlines()[-2].endswith(
        "Photosynthesis turns light into sugar."
    )


@pytest.mark.parametrize(
    ("question", "message"), [("  ", "the question is empty"), ("x" * 50_000, "50,000 characters")]
)
def test_bad_questions_are_one_line_errors(home, replies, capsys, question, message):
    assert run(home, "ask", question) == 2
    err = capsys.readouterr().err
    assert message in err and len(err.strip().splitlines()) == 1


def test_no_index_is_a_clear_error(tmp_path, replies, capsys):
    assert run(tmp_path, "ask", "Where do you work now?") == 2
    err = capsys.readouterr().err
    assert err.startswith("error: no index") and "twin ingest" in err


def test_chat_keeps_one_thread_until_exit(home, replies, capsys, monkeypatch):
    model = replies("At Skerryvore Analytics.", "At Halden Biosystems.")
    monkeypatch.setattr(
        "sys.stdin", io.StringIO("Where do you work now?\n\nAnd before that?\nexit\nignored\n")
    )
    assert run(home, "chat") == 0
    out = capsys.readouterr().out
    assert "twin> At Skerryvore Analytics." in out and "twin> At Halden Biosystems." in out
    assert out.count("route: rag") == 2
    assert "Halden" in model.prompts[-1][-1].content


def test_chat_ends_at_end_of_input(home, replies, capsys, monkeypatch):
    replies()
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert run(home, "chat") == 0


def test_traces_list_and_show_a_run_recorded_by_ask(home, replies, capsys):
    run(home, "traces")
    assert "no runs recorded yet" in capsys.readouterr().out
    replies("I work at Skerryvore Analytics.")
    run(home, "ask", "Where do you work now?")
    capsys.readouterr()

    assert run(home, "traces", "--limit", "5") == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["time", "route", "conf", "latency", "tokens", "run", "question"]
    assert len(lines) == 2 and " rag " in lines[1] and lines[1].endswith("Where do you work now?")
    run_id = lines[1].split()[6]
    assert len(run_id) == 36

    assert run(home, "traces", "show", run_id) == 0
    out = capsys.readouterr().out
    assert "question  Where do you work now?" in out
    for number, node in enumerate(["check_question", "rewrite_query", "retrieve", "grade_documents"], 1):
        assert f"\n{number}. {node}  (" in out
    assert "generate  (" in out and "Skerryvore" in out

    assert run(home, "traces", "show", "nonexistent") == 2
    assert "no run with id 'nonexistent'" in capsys.readouterr().err


def test_unanswered_lists_what_the_twin_declined(home, replies, capsys):
    run(home, "unanswered")
    assert "no unanswered questions" in capsys.readouterr().out
    replies()
    run(home, "ask", "What is your favourite film?")
    capsys.readouterr()
    assert run(home, "unanswered") == 0
    out = capsys.readouterr().out
    assert "What is your favourite film?" in out and "1 unanswered in" in out


def test_serve_launches_the_app_on_the_workspace(home, monkeypatch):
    launched = {}

    def serve(*, settings, **kwargs):
        launched.update(home=settings.home, **kwargs)

    monkeypatch.setattr("app.serve", serve)
    assert run(home, "serve", "--port", "7999", "--share") == 0
    assert launched == {"home": home, "host": "127.0.0.1", "port": 7999, "share": True, "rate_limit": None}
