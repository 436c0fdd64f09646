"""The twin's graph end to end with a real index and a fake chat model: routes, rewrites, memory, bad input."""

import itertools
from pathlib import Path

import pytest
import torch
from langchain_core.messages import AIMessage, HumanMessage
from langgraph.checkpoint.memory import InMemorySaver

from graph import Context, build_graph
from graph.answer import message_text
from graph.nodes import asks_current_work, pinned_line
from graph.routing import is_about_person, route_after_grading
from tests.fakes import KNOWLEDGE, RecordingModel, build_retriever


@pytest.fixture(scope="module")
def retriever(tmp_path_factory):
    return build_retriever(tmp_path_factory.mktemp("idx"))


def make_graph(retriever, replies, tmp_path: Path, **kwargs):
    llm = RecordingModel(messages=iter([AIMessage(r) for r in replies]), prompts=[])
    graph = build_graph(
        llm=llm, retriever=retriever, person="Elspeth Varga", checkpointer=InMemorySaver(), **kwargs
    )
    graph.deps.unanswered_log = tmp_path / "unanswered.jsonl"
    return graph, llm


def ask(graph, question, thread="t1", **context):
    return graph.invoke(
        {"messages": [HumanMessage(question)]},
        config={"configurable": {"thread_id": thread}},
        context=Context(**context),
    )


def test_rag_answer_cites_sources_and_uses_only_graded_context(retriever, tmp_path):
    graph, llm = make_graph(retriever, ["I work at Skerryvore Analytics in Edinburgh."], tmp_path)
    result = ask(graph, "Where do you work now?")
    assert result["route"] == "rag"
    assert result["answer"] == "I work at Skerryvore Analytics in Edinburgh."
    assert "cv.pdf" in result["sources"]
    assert result["confidence"] >= Context().confidence_threshold
    prompt = llm.prompts[-1][-1].content
    assert "Skerryvore Analytics" in prompt and "Elspeth Varga" in prompt
    assert "cello" not in prompt  # irrelevant chunks are graded out of the context
    assert result["messages"][-1].content.endswith("Sources: " + ", ".join(result["sources"]))


def test_follow_up_is_resolved_against_the_conversation(retriever, tmp_path):
    graph, llm = make_graph(retriever, ["Skerryvore.", "Halden Biosystems, before that."], tmp_path)
    ask(graph, "Where do you work now?", thread="f")
    result = ask(graph, "And before that?", thread="f", history_turns=1)
    assert result["route"] == "rag"
    prompt = llm.prompts[-1][-1].content
    assert "Halden" in prompt
    assert "Question: Where do you work now? And before that?" in prompt  # asked in standalone form
    # The earlier turn travels as history, user first (Gemma's template alternates).
    history = llm.prompts[-1][:-1]
    assert isinstance(history[0], HumanMessage) and history[0].content == "Where do you work now?"
    assert isinstance(history[1], AIMessage) and "Sources" not in history[1].content


def test_unsupported_question_about_the_person_is_declined_and_logged(retriever, tmp_path):
    graph, llm = make_graph(retriever, [], tmp_path)
    result = ask(graph, "What is your favourite film?")
    assert result["route"] == "unknown"
    assert "don't know" in result["answer"]
    assert llm.prompts == []  # nothing was generated, so nothing was invented
    log = (tmp_path / "unanswered.jsonl").read_text()
    assert "favourite film" in log


def test_general_question_falls_back_to_the_model_hedged(retriever, tmp_path):
    graph, _ = make_graph(retriever, ["Photosynthesis turns light into chemical energy."], tmp_path)
    result = ask(graph, "Explain photosynthesis briefly.")
    assert result["route"] == "fallback"
    assert result["answer"].startswith(Context().fallback_prefix)
    assert "Photosynthesis turns light" in result["answer"]
    assert result["sources"] == []


def test_rewrites_are_bounded(retriever, tmp_path):
    graph, _ = make_graph(retriever, [], tmp_path)
    states = list(
        graph.stream(
            {"messages": [HumanMessage("What is your favourite film?")]},
            config={"configurable": {"thread_id": "b"}},
            context=Context(max_rewrites=2),
            stream_mode="updates",
        )
    )
    nodes = [next(iter(update)) for update in states]
    assert nodes.count("retrieve") == 3  # first retrieval + two reformulations, then it stops
    assert nodes[-1] == "unknown_answer"


def test_a_kind_asked_about_finds_its_members(tmp_path):
    """MiniLM puts "Do you have any pets?" far from "My dog Fermi ..."; the reformulation names the kind's
    members, so the fact is found and answered from instead of declined."""
    knowledge = KNOWLEDGE + (
        "## About\n- My dog Fermi steals socks and sleeps under my desk. [chatgpt/conversations.json]\n"
        "- I grew up in Budapest. [statement.docx]\n"
    )
    graph, _ = make_graph(build_retriever(tmp_path / "idx", knowledge), ["Yes, my dog Fermi."], tmp_path)
    result = ask(graph, "Do you have any pets?")
    assert result["route"] == "rag" and result["answer"] == "Yes, my dog Fermi."


def test_a_question_about_work_now_is_given_the_job_the_dates_say_is_current(tmp_path):
    """The CV's older jobs share more words with "What do you do for a living?" than the line the dates imply;
    that line is put in front of the reader, and the question is answered, not declined."""
    knowledge = KNOWLEDGE.replace(
        "## Interests",
        "- Data Scientist at Bluefin Analytics, Glasgow (Sep 2015 – Aug 2017): built models for a living. [cv.pdf p1]\n"
        "- Intern at Bluefin Analytics: my first job, doing data work for a living. [cv.pdf p1]\n"
        "- I work at Skerryvore Analytics as Staff Machine Learning Engineer, since March 2021. [cv.pdf p1]\n"
        "## Interests",
    )
    graph, llm = make_graph(
        build_retriever(tmp_path / "idx", knowledge), ["I'm a Staff Machine Learning Engineer."] * 2, tmp_path
    )
    now = "- I work at Skerryvore Analytics as Staff Machine Learning Engineer, since March 2021."
    result = ask(graph, "What do you do for a living?")
    assert result["route"] == "rag" and result["answer"] == "I'm a Staff Machine Learning Engineer."
    facts = message_text(llm.prompts[-1][-1]).split("\n")
    assert next(line for line in facts if line.startswith("- ")).startswith(now)
    ask(graph, "What do your parents do for a living?", thread="t2")  # not the person's own work: not pinned
    assert all(not line.startswith(now) for line in message_text(llm.prompts[-1][-1]).split("\n")[:3])


def test_a_reason_that_is_only_i_dont_know_is_a_decline_and_the_line_that_says_why_is_said(tmp_path):
    """ "I chose employment law because I don't know anything else." is the reader declining; the origin line,
    pinned in front of it, is what the person wrote about why."""
    knowledge = KNOWLEDGE.replace(
        "## Interests",
        "## About\n- I grew up on a farm near Clifden. My mother lost her job when the post office closed. "
        "[statement.docx]\n## Interests",
    )
    graph, _ = make_graph(
        build_retriever(tmp_path / "idx", knowledge),
        ["I chose employment law because I don't know anything else."],
        tmp_path,
    )
    result = ask(graph, "Why did you choose employment law?")
    assert result["answer"].startswith("I grew up on a farm near Clifden. My mother lost her job")
    assert result["check"].startswith("replaced")


def test_a_question_for_the_website_is_given_the_website_line(tmp_path):
    """Every chunk from the person's site says "website" in its sources, so "Do you have a website?" found
    the site's posts, not the line with the address; the chunk with that line goes in front of the reader."""
    posts = "".join(
        f"## Opinions\n- Post {i}: my website post about forecasting topic {i}, with charts and a website link. "
        "[website/index.html]\n"
        for i in range(8)
    )
    knowledge = KNOWLEDGE.replace(
        "## Contact\n", posts + "## Contact\n- Website: https://elspethvarga.example (personal) [linkedin]\n"
    )
    graph, llm = make_graph(
        build_retriever(tmp_path / "idx", knowledge), ["My website is elspethvarga.example."], tmp_path
    )
    result = ask(graph, "Do you have a website?")
    assert result["route"] == "rag" and result["answer"].startswith("My website is elspethvarga.example.")
    prompt = message_text(llm.prompts[-1][-1])
    assert "- Website: https://elspethvarga.example" in prompt.split("- Post")[0]  # first, before any post


@pytest.mark.parametrize(
    ("question", "member"),
    [
        ("got any pets?", "my toller Gus is in the shop every day"),
        (
            "Do you have any pets?",
            "My partner and I share the house with two retired greyhounds, Maeve and Bran.",
        ),
        (  # personas 22-24 ask about an offer so
            "Has anyone ever tried to tempt you away from the inspectorate?",
            "Palmstone Dental Group in Dubai offered me the post of head of paediatric dentistry.",
        ),
        ("Any pets?", "At home there is Tjalfe, a Danish-Swedish farmdog, named after the fastest runner."),
        ("Do you play an instrument?", "I started learning the seperewa in January."),
        (
            "Do you play any sport?",
            "On Tuesday nights I keep goal for the Osu Owls, a five-a-side football team.",
        ),
        ("Do you have a website?", "- Website: https://koodave.example (personal)"),
        ("Did you grow up in Waimate?", "I grew up on my parents' sheep and beef farm near Taumarunui."),
        (
            "What was your first job after university?",
            "- The earliest job I list is Technician at Volta Wave FM (2009 – 2012).",
        ),
        (
            "Where did your nursing career start?",
            "- The earliest job I list is Professional Nurse at Qumbu District Hospital.",
        ),
        (  # persona 23's answer was the PhD his statement wants to do
            "What did you study?",
            "- The earliest degree I list is BSc in Biology at Marselis University (1999 – 2003).",
        ),
        (
            "Where did you go to university?",
            "- My degree is BA in History at Jagiellonian University (2004 – 2009).",
        ),
        (
            "Who supervised your master's?",
            "MSc Soil Science — Almaty Agrarian University: Supervisor: Prof. Yerlan Sadykov.",
        ),
    ],
)
def test_a_question_asked_by_kind_knows_the_line_of_a_member(question, member):
    line = pinned_line(question)
    assert line is not None and line.search(member)


@pytest.mark.parametrize(
    "question",
    [
        "So you're a pet vet in Christchurch?",
        "What's your website called?",
        "What did you study for the sommelier exam?",
        "What did your mentor always say about families who stop treatment?",
    ],
)
def test_other_questions_pin_no_member_line(question):
    assert pinned_line(question) is None


@pytest.mark.parametrize(
    ("question", "now"),
    [
        ("What do you do for a living?", True),
        ("So what is it you actually do for a living?", True),  # persona 23
        ("which hospital do u work at?", True),
        ("Which airline do you fly for?", True),
        ("Where do you work these days?", True),
        ("What's your line of work?", True),
        ("Where did you work before Skerryvore?", False),
        ("Where do you teach the CPR classes?", False),
        ("What was your first job?", False),
        ("What do your parents do for a living?", False),
    ],
)
def test_which_questions_ask_about_work_now(question, now):
    assert asks_current_work(question) is now


@pytest.mark.parametrize("question", ["", "   ", "x" * 50_000])
def test_bad_questions_get_a_clear_answer(retriever, tmp_path, question):
    graph, llm = make_graph(retriever, [], tmp_path)
    result = ask(graph, question)
    assert result["route"] == "invalid"
    assert llm.prompts == []
    assert ("50,000 characters" in result["answer"]) if question.strip() else ("ask me" in result["answer"])


def test_disclosure_policy_applies_to_answers(retriever, tmp_path):
    graph, _ = make_graph(
        retriever, ["Call me on +44 7700 900123 or mail hello@elspethvarga.example."], tmp_path
    )
    result = ask(graph, "How can I contact you? email")
    assert "7700" not in result["answer"] and "hello@elspethvarga.example" in result["answer"]


@pytest.mark.parametrize(
    ("reply", "answer", "runs_on"),
    [
        (
            "[-]\n- I work at Skerryvore Analytics.\n- I work at Skerryvore Analytics.",
            "I work at Skerryvore Analytics.",
            True,
        ),
        (
            "Answer: I studied physics in Edinburgh. Then more. And more. And more.",
            "I studied physics in Edinburgh. Then more. And more.",
            True,
        ),
        ("Question: Where?\nI live in Edinburgh.", "I live in Edinburgh.", False),
        # A one-word span is said the way a person says it (the reader learned "The answer is ..." from SQuAD).
        ("The answer is 48 euros.\nThe answer is", "48 euros.", True),
        ("The answer is\nI live in Valencia.", "I live in Valencia.", False),
        ("\n\n", "", False),
    ],
)
def test_replies_are_cleaned_to_the_answer(reply, answer, runs_on):
    from graph.answer import answer_complete, clean_reply

    assert clean_reply(reply) == answer
    # Generation stops at the first prefix whose answer is final: it must already be the whole answer.
    done = [cut for cut in range(len(reply) + 1) if answer_complete(reply[:cut])]
    assert all(clean_reply(reply[:cut]) == answer for cut in done)
    if runs_on:  # a reply that runs on past its answer is cut short
        assert done and done[0] < len(reply)


def test_generation_stops_once_the_answer_is_final(tiny_gemma_dir):
    """`answer_processors` end `generate` on the first step `done` holds, on transformers' path and the lean one."""
    from transformers import AutoModelForCausalLM, AutoTokenizer

    from models.chat import answer_processors
    from models.decode import serve_greedy

    tokenizer = AutoTokenizer.from_pretrained(tiny_gemma_dir)
    model = AutoModelForCausalLM.from_pretrained(tiny_gemma_dir, dtype=torch.float32).eval()
    ids = tokenizer("where do you work", return_tensors="pt")
    start = ids.input_ids.shape[1]
    for generator in (model, serve_greedy(model)):
        steps = itertools.count(1)  # `done` is asked once per generated token
        done = lambda text, steps=steps: next(steps) == 3  # noqa: E731 ("final" after the third token)
        with torch.inference_mode():
            out = generator.generate(
                **ids,
                max_new_tokens=20,
                do_sample=False,
                logits_processor=answer_processors(tokenizer, done=done),
            )
        assert out.shape[1] == start + 4 and int(out[0, -1]) == tokenizer.eos_token_id


def test_the_repetition_penalty_spares_the_prompt(tiny_gemma_dir):
    """Facts in the prompt (and its end-of-turn token) stay free to repeat; the answer's own tokens do not."""
    from transformers import AutoTokenizer

    from models.chat import answer_processors

    tokenizer = AutoTokenizer.from_pretrained(tiny_gemma_dir)
    rules = answer_processors(tokenizer, repetition_penalty=2.0)
    prompt = torch.tensor([[10, 11, 12]])
    scores = torch.tensor([[0.0] * 10 + [4.0, 4.0, -4.0, 4.0]])
    assert torch.equal(rules(prompt, scores.clone()), scores)  # the first call: the prompt alone
    answered = rules(torch.tensor([[10, 11, 12, 13, 12]]), scores.clone())
    assert answered[0, 10:].tolist() == [
        4.0,
        4.0,
        -8.0,
        2.0,
    ]  # 12 and 13 were generated; 10, 11 only prompted


def test_the_decline_must_win_by_the_margin(tiny_gemma_dir):
    """After "I", where "I don't know." parts from an answer, the decline's token loses `decline_margin`;
    nowhere else is anything changed, and a margin of 0 changes nothing."""
    from transformers import AutoTokenizer

    from models.chat import DECLINE, answer_processors

    tokenizer = AutoTokenizer.from_pretrained(tiny_gemma_dir)
    first, parting = tokenizer.encode(DECLINE, add_special_tokens=False)[:2]
    vocab = max(first, parting) + 2
    prompt = torch.tensor([[7, 8]])
    scores = torch.zeros(1, vocab)
    scores[0, parting] = 3.0
    for margin, expected in ((0.0, 3.0), (2.5, 0.5)):
        rules = answer_processors(tokenizer, decline_margin=margin)
        rules(prompt, scores.clone())
        after_i = rules(torch.tensor([[7, 8, first]]), scores.clone())
        assert after_i[0, parting] == pytest.approx(expected)
        assert torch.equal(after_i[0, :parting], scores[0, :parting])
        # Any other first token, or later positions: untouched.
        assert torch.equal(rules(torch.tensor([[7, 8, parting]]), scores.clone()), scores)
        assert torch.equal(rules(torch.tensor([[7, 8, first, 5]]), scores.clone()), scores)


def test_the_calibrated_margin_balances_accuracy_and_declines():
    from evals.decline import Reading, best_margin, score_margins

    readings = [
        # answerable: the decline led by 1.2 although the forced answer was right
        Reading("rag", "I work at Tern Pharma.", "I work at Tern Pharma.", 1.2),
        Reading("squad", "the hip hop era.", "The hip hop era.", -2.0),
        Reading("rag", "I live in Oslo.", "I live in Bergen.", 6.0),  # wrong when forced: a decline is better
        # unanswerable: the decline led clearly
        Reading("unknown", "I don't know.", "I work at Tern Pharma.", 4.0),
        Reading("unknown", "I don't know.", "I live in Bergen.", 7.0),
    ]
    scores = {s.margin: s for s in score_margins(readings, (0.0, 1.0, 1.5, 5.0, 6.5))}
    assert scores[0.0].accuracy == pytest.approx(1 / 3) and scores[0.0].correct_decline == 1.0
    assert scores[1.5].accuracy == pytest.approx(2 / 3) and scores[1.5].false_decline == pytest.approx(1 / 3)
    assert scores[5.0].correct_decline == 0.5  # the first unknown is now answered
    chosen = best_margin(list(scores.values()))
    assert chosen.margin == 1.5  # the smallest margin with the best mean


def test_routers_are_pure():
    ctx = Context(confidence_threshold=0.5, max_rewrites=1)
    doc = [object()]
    assert route_after_grading({"confidence": 0.6, "documents": doc}, ctx) == "generate"
    assert route_after_grading({"confidence": 0.2, "rewrites": 0}, ctx) == "rewrite_query"
    assert (
        route_after_grading({"confidence": 0.2, "rewrites": 1, "question": "Do you ski?"}, ctx)
        == "unknown_answer"
    )
    assert (
        route_after_grading({"confidence": 0.2, "rewrites": 1, "question": "What is RAG?"}, ctx)
        == "fallback_answer"
    )
    assert is_about_person("Where did Elspeth study?", "Elspeth Varga")
    assert not is_about_person("What is a transformer?", "Elspeth Varga")


def test_service_streams_tokens_remembers_threads_and_records_traces(retriever, tmp_path):
    from dataclasses import replace

    from graph.service import Answer, Twin
    from twin.settings import Settings

    settings = replace(Settings(), home=tmp_path)
    llm = RecordingModel(
        messages=iter([AIMessage("I work at Skerryvore Analytics."), AIMessage("Halden.")]), prompts=[]
    )
    twin = Twin(settings, llm=llm, retriever=retriever)
    events = list(twin.stream("Where do you work now?", thread_id="tab-1"))
    tokens, final = events[:-1], events[-1]
    assert isinstance(final, Answer) and final.route == "rag"
    assert len(tokens) > 1 and "".join(tokens) == final.text == "I work at Skerryvore Analytics."
    assert final.ttft_s is not None and final.ttft_s <= final.latency_s

    # The same thread remembers the conversation, across a new Twin on the same workspace (on disk).
    again = Twin(settings, llm=llm, retriever=retriever)
    follow = again.ask("And before that?", thread_id="tab-1")
    assert follow.route == "rag" and "Halden" in llm.prompts[-1][-1].content

    traces = again.traces.recent()
    assert [t["question"] for t in traces] == ["And before that?", "Where do you work now?"]
    first = traces[1]
    assert first["route"] == "rag" and first["answer"] == "I work at Skerryvore Analytics."
    nodes = [n["node"] for n in first["nodes"]]
    assert (
        nodes[:4] == ["check_question", "rewrite_query", "retrieve", "grade_documents"]
        and nodes[-1] == "generate"
    )
    assert all(n["seconds"] >= 0 for n in first["nodes"])
    assert "Skerryvore" in str(first["nodes"][2]["output"])


def test_streamed_text_is_cleaned_and_never_shows_withheld_details(retriever, tmp_path):
    from dataclasses import replace

    from graph.service import Answer, Twin
    from twin.settings import Settings

    reply = "[-]\n- You can call me on +44 7700 900123 any time.\n- more"
    llm = RecordingModel(messages=iter([AIMessage(reply)]), prompts=[])
    twin = Twin(replace(Settings(), home=tmp_path), llm=llm, retriever=retriever)
    events = list(twin.stream("How can I contact you? email", thread_id="p"))
    streamed = "".join(e for e in events if isinstance(e, str))
    final = events[-1]
    assert isinstance(final, Answer)
    assert "7700" not in streamed and "900123" not in streamed and "[-]" not in streamed
    assert streamed == final.text == "You can call me on any time."

    unknown = list(twin.stream("What is your favourite film?", thread_id="p"))
    assert "".join(e for e in unknown if isinstance(e, str)) == unknown[-1].text  # non-generated routes too


def test_a_span_answer_streams_as_a_person_says_it(retriever, tmp_path):
    """The reader says a short SQuAD-style span as "The answer is Skerryvore Analytics."; the visitor reads the span
    from the first streamed word on, never a prefix the final answer takes back."""
    from dataclasses import replace

    from graph.service import Answer, Twin
    from twin.settings import Settings

    llm = RecordingModel(
        messages=iter([AIMessage("The answer is Skerryvore Analytics.\nThe answer is")]), prompts=[]
    )
    twin = Twin(replace(Settings(), home=tmp_path), llm=llm, retriever=retriever)
    events = list(twin.stream("Where do you work now?", thread_id="g"))
    final = events[-1]
    assert isinstance(final, Answer)
    assert "".join(e for e in events if isinstance(e, str)) == final.text == "Skerryvore Analytics."


def test_corrupt_memory_is_moved_aside_not_lost(tmp_path):
    from graph.service import open_memory

    path = tmp_path / "memory.sqlite"
    path.write_bytes(b"this is not a database" * 100)
    saver = open_memory(path)
    assert saver is not None
    aside = list(tmp_path.glob("memory.sqlite.corrupt-*"))
    assert len(aside) == 1 and aside[0].read_bytes().startswith(b"this is not")


def test_calibration_reads_each_validation_prompt_and_records_the_margin(tiny_gemma_dir, tmp_path):
    """`twin reader calibrate`'s steps on a tiny model: validation records only, one forced answer each,
    the margin written into the adapter's metadata (its other fields kept), a plot beside it."""
    import json

    from transformers import AutoModelForCausalLM, AutoTokenizer

    from evals.decline import (
        PLOT,
        best_margin,
        plot_margins,
        read_validation,
        score_margins,
        validation_records,
        write_margin,
    )
    from models.chat import chat_model_from
    from models.decode import serve_greedy

    tokenizer = AutoTokenizer.from_pretrained(tiny_gemma_dir)
    model = AutoModelForCausalLM.from_pretrained(tiny_gemma_dir, dtype=torch.float32).eval()
    chat = chat_model_from(serve_greedy(model), tokenizer, max_new_tokens=8)
    data = tmp_path / "reader-dataset.jsonl"
    rows = [
        {
            "split": split,
            "kind": kind,
            "messages": [{"role": "user", "content": q}, {"role": "assistant", "content": a}],
        }
        for split, kind, q, a in [
            ("train", "rag", "Facts: x. Question: where do you work", "I work at X."),
            ("validation", "rag", "Facts: I work at Y. Question: where do you work", "I work at Y."),
            ("validation", "unknown", "Facts: I ski. Question: what is your name", "I don't know."),
        ]
    ]
    data.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    records = validation_records(data)
    assert [r["kind"] for r in records] == ["rag", "unknown"]
    readings = read_validation(chat, records, progress=False)
    assert [r.expected for r in readings] == ["I work at Y.", "I don't know."]
    assert all(r.answerable is (r.kind == "rag") for r in readings)
    scores = score_margins(readings)
    chosen = best_margin(scores)
    adapter = tmp_path / "reader"
    adapter.mkdir()
    (adapter / "twin_adapter.json").write_text(json.dumps({"kind": "reader", "base_model": "b"}))
    write_margin(adapter, chosen, scores, len(records))
    metadata = json.loads((adapter / "twin_adapter.json").read_text())
    assert metadata["kind"] == "reader" and metadata["decline_margin"] == chosen.margin
    assert metadata["decline_calibration"]["examples"] == 2
    assert plot_margins(scores, chosen, adapter / PLOT).stat().st_size > 1000


def test_locked_or_broken_state_never_costs_the_answer(retriever, tmp_path, capsys):
    """Memory locked by another process, an unanswered log that is a folder, a corrupt trace store: the visitor
    still gets the answer within a bounded wait, and each problem is one warning line naming the file."""
    import sqlite3
    import time
    from dataclasses import replace

    from graph.service import MEMORY_WAIT_S, Twin
    from twin.settings import Settings

    settings = replace(Settings(), home=tmp_path)
    (tmp_path / "unanswered.jsonl").mkdir()
    (tmp_path / "traces.sqlite").write_bytes(b"not a database" * 300)
    holder = sqlite3.connect(tmp_path / "memory.sqlite")
    holder.execute("CREATE TABLE t (x)")
    holder.execute("BEGIN EXCLUSIVE")  # another process writing its memory
    llm = RecordingModel(messages=iter([AIMessage("I work at Skerryvore Analytics.")]), prompts=[])
    start = time.perf_counter()
    twin = Twin(settings, llm=llm, retriever=retriever)
    answer = twin.ask("Where do you work now?", thread_id="t")
    unknown = twin.ask("What is your favourite film?", thread_id="t")
    assert answer.text == "I work at Skerryvore Analytics." and unknown.route == "unknown"
    assert time.perf_counter() - start < 4 * MEMORY_WAIT_S + 10
    err = capsys.readouterr().err
    assert "memory.sqlite: conversation memory cannot be written (locked by another process)" in err
    assert "unanswered.jsonl: the unanswered question was not logged" in err
    holder.rollback()

    # Locked after the twin opened it: each write waits a bounded time, then the answer goes on.
    twin = Twin(
        replace(Settings(), home=tmp_path / "later"),
        llm=RecordingModel(messages=iter([AIMessage("I work at Skerryvore Analytics.")] * 2), prompts=[]),
        retriever=retriever,
    )
    twin.ask("Where do you work now?", thread_id="u")
    late = sqlite3.connect(tmp_path / "later" / "memory.sqlite")
    late.execute("BEGIN EXCLUSIVE")
    start = time.perf_counter()
    assert twin.ask("Where do you work now?", thread_id="u").text == "I work at Skerryvore Analytics."
    assert time.perf_counter() - start < 20 * MEMORY_WAIT_S
    assert "conversation memory cannot be written" in capsys.readouterr().err
    late.rollback()


def test_a_corrupt_trace_store_is_one_clear_line(tmp_path):
    from graph.traces import TraceStore
    from twin.errors import TwinError

    path = tmp_path / "traces.sqlite"
    path.write_bytes(b"\x00garbage" * 500)
    with pytest.raises(
        TwinError, match=r"traces.sqlite: the trace store cannot be used \(file is not a database\)"
    ):
        TraceStore(path).recent()
