"""Evaluation: the metrics on hand-made cases, QA validation, and whole runs on a tiny workspace with fake models."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest
from langchain_core.messages import AIMessage

from evals.metrics import (
    contains_answer,
    exact_match,
    hit_at_k,
    is_decline,
    leaked,
    normalize_answer,
    percentile,
    reciprocal_rank,
    score_answer,
    source_matches,
    summarize,
    token_f1,
    wilson_interval,
)
from evals.qa import load_qa, select
from evals.run import parse_modes, run_eval
from graph.context import Context
from graph.prompts import FALLBACK_PREFIX, UNKNOWN_ANSWER
from tests.fakes import RecordingModel
from twin.errors import TwinError
from twin.settings import EMBEDDED_EMBEDDINGS, EMBEDDED_GENERATOR, Settings

# --- metrics -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "normal"),
    [
        ("The  Loch Ness Marathon!", "loch ness marathon"),
        ("An Eötvös Loránd University", "eotvos lorand university"),
        ("March 2021–present", "march 2021 present"),
        ("a cat, an owl & THE dog.", "cat owl dog"),
        ("  ", ""),
    ],
)
def test_normalisation_is_squad_style(text, normal):
    assert normalize_answer(text) == normal


def test_contains_answer_matches_whole_words_after_normalisation():
    assert contains_answer("I work at Skerryvore Analytics, in Edinburgh.", ["skerryvore"])
    assert contains_answer("Since March 2021–now.", ["2021"])
    assert contains_answer("I studied at Eotvos Lorand University", ["Eötvös Loránd"])
    assert not contains_answer("I joined in 2016.", ["6", "six"])  # no partial tokens
    assert not contains_answer("anything", [])


def test_exact_match_and_token_f1_take_the_best_reference():
    assert exact_match("The Loch Ness Marathon.", ["Berlin", "loch ness marathon"]) == 1.0
    assert exact_match("Loch Ness", ["Loch Ness Marathon"]) == 0.0
    assert token_f1("Loch Ness", ["Loch Ness Marathon"]) == pytest.approx(0.8)  # p=1, r=2/3
    assert token_f1("I run the Loch Ness", ["Berlin", "Loch Ness Marathon"]) == pytest.approx(
        2 * 0.5 * (2 / 3) / (0.5 + 2 / 3)
    )
    assert token_f1("nothing in common", ["Loch Ness"]) == 0.0
    assert token_f1("x", []) == 0.0


@pytest.mark.parametrize(
    ("answer", "route", "declined"),
    [
        (UNKNOWN_ANSWER, "unknown", True),
        ("Anything at all", "unknown", True),
        ("I don't know.", "rag", True),
        ("I don\u2019t know that, sorry.", "rag", True),
        ("I'd rather not say.", "rag", True),
        ("I can't share my phone number.", "direct", True),
        ("I'm not sure.", "rag", True),
        ("I work at Skerryvore Analytics.", "rag", False),
        (FALLBACK_PREFIX + "Paris is the capital of France.", "fallback", False),  # a hedge, not a decline
        ("I know Python and Rust.", "rag", False),
    ],
)
def test_decline_detection(answer, route, declined):
    assert is_decline(answer, route) is declined


def test_leaks_are_case_insensitive_and_listed():
    assert leaked("The password is HUNTER2-orchid-77.", ["hunter2-orchid-77", "hunter2", "Bonjour"]) == [
        "hunter2-orchid-77",
        "hunter2",
    ]
    assert leaked("Call 07700  900417", ["07700 900417"]) == ["07700 900417"]
    assert leaked("I don't know.", ["Rowanbank"]) == []


def test_source_matching_and_rank_metrics():
    assert source_matches("cv.pdf", "persona/cv.pdf")
    assert source_matches("linkedin_export.zip", "persona/linkedin_export.zip/Profile.csv")
    assert source_matches("website/index.html", "persona/website/index.html")
    assert not source_matches("index.html", "persona/website/projects.html")
    assert not source_matches("cv.pdf", "persona/old-cv.pdf")
    ranked = [["persona/statement.docx"], ["persona/cv.pdf", "persona/linkedin_export.zip/Profile.csv"], []]
    assert hit_at_k("cv.pdf", ranked, 2) and not hit_at_k("cv.pdf", ranked, 1)
    assert reciprocal_rank("cv.pdf", ranked) == 0.5
    assert reciprocal_rank("statement.docx", ranked) == 1.0
    assert reciprocal_rank("website/index.html", ranked) == 0.0


def test_percentile_interpolates_like_numpy():
    assert percentile([], 50) is None
    assert percentile([3.0], 95) == 3.0
    assert percentile([1.0, 2.0, 3.0, 4.0], 50) == 2.5
    assert percentile([1.0, 2.0, 3.0, 4.0, 5.0], 95) == pytest.approx(4.8)


def _prediction(answer, route="rag", retrieved=None, sources=(), tokens=10, latency=2.0, facts=None):
    return {
        "facts": facts,
        "answer": answer,
        "route": route,
        "retrieved": retrieved,
        "sources": list(sources),
        "tokens": tokens,
        "latency_s": latency,
        "ttft_s": 0.5,
    }


def test_summary_separates_answerable_and_unanswerable_questions():
    ranked = [["persona/cv.pdf"], ["persona/statement.docx"]]
    scores = [
        score_answer(
            qid="a",
            answers=["Skerryvore"],
            forbidden=[],
            source="cv.pdf",
            category="fact",
            prediction=_prediction(
                "I work at Skerryvore.",
                retrieved=ranked,
                sources=["persona/cv.pdf"],
                facts=["## Experience\n- Staff ML Engineer at Skerryvore Analytics"],
            ),
        ),
        score_answer(
            qid="b",
            answers=["Edinburgh"],
            forbidden=["Toronto"],
            source="statement.docx",
            category="trap",
            prediction=_prediction("I live in Toronto.", retrieved=ranked, facts=["- I live in Edinburgh."]),
        ),
        score_answer(
            qid="c",
            answers=["Leith"],
            forbidden=[],
            source=None,
            category="fact",
            prediction=_prediction("I don't know.", retrieved=ranked, facts=["- I moved to Scotland."]),
        ),
        score_answer(
            qid="d",
            answers=[],
            forbidden=["900417"],
            source=None,
            category="decline-private",
            prediction=_prediction(UNKNOWN_ANSWER, route="unknown", tokens=0, latency=0.2),
        ),
    ]
    m = summarize(scores, k=1)
    assert (m.n, m.answerable, m.unanswerable) == (4, 3, 1)
    assert m.accuracy == pytest.approx(1 / 3)
    assert m.correct_decline == 1.0 and m.false_decline == pytest.approx(1 / 3)
    assert m.overall == 0.5
    assert m.leaks == 1 and m.leak_rate == 0.25
    assert m.retrieval_n == 2 and m.hit_at_k == 0.5 and m.mrr == pytest.approx(0.75)
    assert m.cited_source == 0.5
    assert m.routes == {"rag": 3, "unknown": 1}
    assert m.tokens_per_s == pytest.approx(30 / 6.0)
    assert m.latency_p50_s == 2.0
    assert m.by_category["decline-private"] == {"n": 1, "correct": 1}
    low, high = m.accuracy_ci95
    assert low < 1 / 3 < high and m.correct_decline_ci95[1] == 1.0
    # Wrong answers told apart: "Edinburgh" was in the facts and not read; "Leith" never reached the reader.
    assert m.answer_in_facts == pytest.approx(2 / 3) and m.accuracy_when_in_facts == 0.5


def test_the_interval_says_how_far_a_small_sample_can_be_trusted():
    """Two readers 0.05 apart on 60 questions are within each other's interval; on 2,000 they are not."""
    assert wilson_interval(0, 0) is None
    low, high = wilson_interval(30, 60)
    assert 0.36 < low < 0.38 and 0.62 < high < 0.64  # about +/-0.12 around 0.5
    assert wilson_interval(33, 60)[0] < 0.5 < wilson_interval(33, 60)[1]
    assert wilson_interval(1100, 2000)[0] > 0.5
    assert wilson_interval(60, 60) == (pytest.approx(0.9398, abs=1e-3), 1.0)


# --- the QA file ---------------------------------------------------------------------------------


def _write(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{not json", "qa.jsonl:2: not valid JSON"),
        ('["a list"]', "qa.jsonl:2: expected a JSON object"),
        ('{"id": "q2", "answers": []}', "qa.jsonl:2: missing 'question'"),
        ('{"id": "q2", "question": " ", "answers": []}', "qa.jsonl:2: 'question' must be a non-empty string"),
        (
            '{"id": "q2", "question": "Why?", "answers": "yes"}',
            "qa.jsonl:2: 'answers' must be a list of strings",
        ),
        ('{"id": "q2", "question": "Why?", "answers": [""]}', "qa.jsonl:2: 'answers' holds an empty string"),
        (
            '{"id": "q2", "question": "Why?", "answers": [], "forbidden": [1]}',
            "qa.jsonl:2: 'forbidden' must be a list of strings",
        ),
        (
            '{"id": "q1", "question": "Why?", "answers": []}',
            "qa.jsonl:2: duplicate id 'q1' (first on line 1)",
        ),
        ('{"id": "q2", "question": "Why?", "answer": ["x"]}', "qa.jsonl:2: missing 'answers'"),
        ('{"id": "q2", "question": "Why?", "answers": [], "source": 3}', "qa.jsonl:2: 'source' must be"),
    ],
)
def test_qa_validation_names_the_line_and_the_problem(tmp_path, line, message):
    path = _write(tmp_path / "qa.jsonl", ['{"id": "q1", "question": "Where?", "answers": ["Leith"]}', line])
    with pytest.raises(TwinError) as error:
        load_qa(path)
    assert str(error.value).startswith(message)
    assert "\n" not in str(error.value)


def test_qa_lines_may_carry_extra_fields_which_are_kept(tmp_path):
    path = _write(
        tmp_path / "qa.jsonl",
        [
            '{"id": "q1", "question": "Where?", "answers": ["Leith"], "kind": "squad", "paragraph": 3}',
            '{"id": "q2", "question": "Why?", "answers": []}',
        ],
    )
    first, second = load_qa(path)
    assert first.extra == {"kind": "squad", "paragraph": 3} and first.answers == ["Leith"]
    assert second.extra == {}


def test_qa_loads_the_sample_file_and_limits_spread_over_it():
    items = load_qa(Path(__file__).resolve().parents[2] / "examples" / "qa.jsonl")
    assert len(items) == 76 and items[0].id == "q01"
    assert {i.category for i in select(items, 16)} >= {"fact", "decline-unknown", "decline-private"}
    assert [i.id for i in select(items, 3)] == ["q01", "q26", "q51"]
    assert select(items, 500) == items


def test_qa_file_problems_are_one_line(tmp_path):
    with pytest.raises(TwinError, match=r"qa\.jsonl: no questions"):
        load_qa(_write(tmp_path / "qa.jsonl", ["", "  "]))
    with pytest.raises(TwinError, match="QA file not found"):
        load_qa(tmp_path / "missing.jsonl")


def test_modes_are_checked():
    assert parse_modes("rag, hybrid,rag") == ["rag", "hybrid"]
    with pytest.raises(TwinError, match="unknown mode"):
        parse_modes("rag,finetune")


# --- whole runs on a tiny workspace with fake models -------------------------------------------------

ABOUT = """# About me

I am Elspeth Varga, a Staff Machine Learning Engineer at Skerryvore Analytics in Edinburgh.

I play the cello in a community orchestra in Leith, and my border collie is called Fermi.
"""

QA = [
    {"id": "w1", "question": "Where do you work?", "answers": ["Skerryvore"], "source": "about.md"},
    {"id": "w2", "question": "Which instrument do you play?", "answers": ["cello"], "source": "about.md"},
    {"id": "w3", "question": "What is your favourite film?", "answers": [], "category": "decline-unknown"},
    {"id": "w4", "question": "What is your dog called?", "answers": ["Fermi"], "forbidden": ["Skerryvore"]},
]


class Interrupted(Exception):
    """Stands in for Ctrl-C in the middle of a run."""


class InterruptingModel(RecordingModel):
    """Always the same reply; remembers each prompt; fails on call `fail_on` (0: never)."""

    fail_on: int = 0

    def _generate(self, messages, stop=None, run_manager=None, **kwargs):
        if self.fail_on and len(self.prompts) + 1 >= self.fail_on:
            raise Interrupted
        return super()._generate(messages, stop=stop, run_manager=run_manager, **kwargs)


def scripted(fail_on: int = 0) -> InterruptingModel:
    reply = AIMessage("I work at Skerryvore Analytics in Edinburgh.")
    return InterruptingModel(messages=itertools.cycle([reply]), prompts=[], fail_on=fail_on)


@pytest.fixture
def setup(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "about.md").write_text(ABOUT, encoding="utf-8")
    qa = tmp_path / "qa.jsonl"
    qa.write_text("".join(json.dumps(q) + "\n" for q in QA), encoding="utf-8")
    settings = Settings(
        home=tmp_path / "home",
        cache_dir=tmp_path / "cache",
        generator=EMBEDDED_GENERATOR,
        embeddings=EMBEDDED_EMBEDDINGS,
        load_in_4bit=False,
        chroma_url=None,
        openai_api_key=None,
    )
    adapter = tmp_path / "adapter"
    adapter.mkdir()
    (adapter / "adapter_config.json").write_text("{}", encoding="utf-8")
    (adapter / "adapter_model.safetensors").write_bytes(b"weights")
    meta = {"base_model": EMBEDDED_GENERATOR, "recipe": {"lora_r": 8}, "dataset_hash": "abc123"}
    (adapter / "twin_adapter.json").write_text(json.dumps(meta), encoding="utf-8")
    return docs, qa, settings, adapter


def _rows(out: Path) -> list[dict]:
    return [json.loads(line) for line in (out / "predictions.jsonl").read_text().splitlines()]


def test_a_workspace_built_by_other_ingest_code_is_built_again(setup, tmp_path, monkeypatch):
    """Same docs, changed ingest code (an upgrade): the eval's knowledge file and index are rebuilt, not re-used."""
    from evals import run as eval_run

    docs, _, settings, _ = setup
    workspace, lines = tmp_path / "ws", []
    eval_run.prepare_workspace([str(docs)], workspace, settings, log=lines.append)
    _, again = eval_run.prepare_workspace([str(docs)], workspace, settings, log=lines.append)
    assert again["reused"] is True
    monkeypatch.setattr(eval_run, "ingest_code_digest", lambda: "other code")
    _, rebuilt = eval_run.prepare_workspace([str(docs)], workspace, settings, log=lines.append)
    assert not rebuilt.get("reused") and sum("ingesting" in line for line in lines) == 2


def test_run_writes_everything_and_resumes_after_an_interruption(setup, tmp_path):
    from evals.run import reader_adapter

    docs, qa, settings, adapter = setup
    out = tmp_path / "out"
    loaded: list = []

    def loader(model):
        def load(adapter_dir):
            loaded.append(adapter_dir)
            return model

        return load

    # The third model call is interrupted: finetuned answers every question with one call each.
    with pytest.raises(Interrupted):
        run_eval(
            [str(docs)], qa, out, settings=settings, adapter=adapter, load_model=loader(scripted(fail_on=3)),
            progress=False, log=lambda _: None,
        )  # fmt: skip
    first = _rows(out)
    assert [(r["id"], r["mode"]) for r in first] == [("w1", "finetuned"), ("w2", "finetuned")]
    assert loaded == [adapter.resolve()]  # finetuned gets the adapter

    model, lines = scripted(), []
    result = run_eval(
        [str(docs)], qa, out, settings=settings, adapter=adapter, load_model=loader(model),
        progress=False, log=lines.append,
    )  # fmt: skip
    assert any("re-using the index" in line for line in lines)
    assert any("resuming: 2 answer(s)" in line for line in lines)
    # Nothing finished is asked again: the finetuned prompts are w3 and w4 only.
    asked = [str(messages[-1].content) for messages in model.prompts]
    direct = [p for p in asked if not p.startswith("You are")]  # the direct path asks the bare question
    assert len(direct) == 2 and not any("Where do you work" in p or "instrument" in p for p in direct)
    # finetuned, rag (out of the box: the shipped reader, else the bare base), hybrid
    assert loaded[1:] == [adapter.resolve(), reader_adapter(settings), adapter.resolve()]

    rows = _rows(out)
    assert sorted((r["id"], r["mode"]) for r in rows) == sorted(
        (q["id"], m) for q in QA for m in ("finetuned", "rag", "hybrid")
    )
    for row in rows:
        assert {
            "id",
            "question",
            "mode",
            "answer",
            "route",
            "confidence",
            "sources",
            "latency_s",
            "ttft_s",
            "tokens",
        } <= set(row)
    rag = {r["id"]: r for r in rows if r["mode"] == "rag"}
    assert rag["w1"]["route"] == "rag" and rag["w1"]["retrieved"]
    assert rag["w3"]["route"] == "unknown" and rag["w3"]["facts"] == []
    assert rag["w1"]["facts"] and all(f.startswith("## ") for f in rag["w1"]["facts"])  # what the reader read
    assert all(r["route"] == "direct" and r["retrieved"] is None for r in rows if r["mode"] == "finetuned")

    report = json.loads((out / "report.json").read_text())
    assert report == result.report
    assert list(report["modes"]) == ["finetuned", "rag", "hybrid"]
    assert report["adapter"]["metadata"]["dataset_hash"] == "abc123"
    assert report["adapter"]["weights_sha256"]
    assert report["qa"]["sha256"] and report["docs"]["sha256"] and report["context"]["top_k"] == 4
    assert report["context"]["rag_prompt"].startswith("sha256:")
    for mode, m in report["modes"].items():
        assert m["n"] == 4 and m["unanswerable"] == 1, mode
        assert m["leaks"] >= 1  # w4: the fake model always names Skerryvore
    assert report["modes"]["rag"]["correct_decline"] == 1.0  # w3 is declined by the graph
    assert report["modes"]["rag"]["retrieval_n"] == 2 and report["modes"]["finetuned"]["hit_at_k"] is None
    assert report["modes"]["finetuned"]["accuracy"] == pytest.approx(1 / 3)  # w1 only
    markdown = (out / "report.md").read_text()
    assert "| accuracy (answer contains a reference) |" in markdown and "abc123" in markdown
    assert "| answer in the facts the reader was given |" in markdown
    assert (out / "report.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert result.summary.startswith("EVAL finetuned acc=0.33 ")
    assert (
        " | rag acc=" in result.summary and " | hybrid acc=" in result.summary and "\n" not in result.summary
    )

    # Changed settings cannot be mixed into the same predictions; --fresh starts over.
    with pytest.raises(TwinError, match="different run"):
        run_eval(
            [str(docs)], qa, out, settings=settings, modes=["rag"], context=Context(top_k=2),
            load_model=loader(scripted()), progress=False, log=lambda _: None,
        )  # fmt: skip
    fresh = run_eval(
        [str(docs)], qa, out, settings=settings, modes=["rag"], context=Context(top_k=2), limit=2,
        fresh=True, load_model=loader(scripted()), progress=False, log=lambda _: None,
    )  # fmt: skip
    assert [(r["id"], r["mode"]) for r in _rows(out)] == [("w1", "rag"), ("w3", "rag")]
    assert fresh.report["k"] == 2 and fresh.report["qa"]["evaluated"] == 2


def test_modes_without_an_adapter_are_skipped_with_a_reason(setup, tmp_path):
    docs, qa, settings, _ = setup
    lines: list[str] = []
    result = run_eval(
        [str(docs)], qa, tmp_path / "out", settings=settings, modes=["rag", "hybrid"], limit=1,
        load_model=lambda adapter: scripted(), progress=False, log=lines.append,
    )  # fmt: skip
    assert list(result.report["modes"]) == ["rag"]
    assert "no fine-tuned adapter" in result.skipped["hybrid"]
    assert any(line.startswith("hybrid: skipped: no fine-tuned adapter") for line in lines)
    assert result.summary.endswith(" | hybrid skipped")
    assert not (settings.home / "index").exists()  # the person's home is never written
    with pytest.raises(TwinError, match="nothing to evaluate: no fine-tuned adapter"):
        run_eval(
            [str(docs)], qa, tmp_path / "out2", settings=settings, modes=["finetuned"], log=lambda _: None
        )


def test_bad_input_is_one_line_from_the_cli(setup, tmp_path, capsys):
    from cli.main import main

    docs, qa, _, _ = setup
    assert main(["eval", "--docs", str(docs), "--qa", str(qa), "--modes", "rag,bogus"]) == 2
    assert capsys.readouterr().err.strip().count("\n") == 0
    inside = docs / "qa.jsonl"
    inside.write_text(qa.read_text())
    assert main(["eval", "--docs", str(docs), "--qa", str(inside), "--out", str(tmp_path / "o")]) == 2
    assert "the QA file is inside the docs" in capsys.readouterr().err
    assert (
        main(["eval", "--docs", str(tmp_path / "nope"), "--qa", str(qa), "--out", str(tmp_path / "o")]) == 2
    )
    assert "no such file or folder" in capsys.readouterr().err
    for bad, reason in [("confidence=0.4", "unknown run-context setting"), ("top_k=many", "whole number")]:
        assert main(["eval", "--docs", str(docs), "--qa", str(qa), "--set", bad]) == 2
        assert reason in capsys.readouterr().err


def test_run_context_overrides_are_typed():
    from graph.context import Context, context_with

    context = context_with(["confidence_threshold=0.41", "top_k=6", "llm_rewrite=true", "grader=both"])
    assert (context.confidence_threshold, context.top_k, context.llm_rewrite, context.grader) == (
        0.41,
        6,
        True,
        "both",
    )
    assert context.relevance_threshold == Context().relevance_threshold
    with pytest.raises(ValueError, match="grader"):
        context_with(["grader=vibes"])
    with pytest.raises(ValueError, match="true or false"):
        context_with(["llm_rewrite=maybe"])
