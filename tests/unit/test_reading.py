"""The reading check's choice of fact: the one bullet that holds the reference, under its section heading."""

from evals.reading import gold_fact

FACTS = [
    "## Awards (awards, prizes and honours I received)\n- Bib Gourmand, 2023: for Casa Albufera\n"
    "- First prize, Sueca International Paella Competition, 2021",
    "## About (who I am, where I live and am from, background)\n"
    "- My dog Bunyol, a three-year-old Spanish water dog, steals bread off the table.",
]


def test_the_bullet_holding_the_answer_is_shown_alone_under_its_heading():
    fact = gold_fact(FACTS, ["Spanish water dog"])
    assert fact == (
        "## About (who I am, where I live and am from, background)\n"
        "- My dog Bunyol, a three-year-old Spanish water dog, steals bread off the table."
    )
    assert gold_fact(FACTS, ["2021"]).endswith("- First prize, Sueca International Paella Competition, 2021")


def test_no_fact_when_the_answer_is_not_in_the_facts():
    assert gold_fact(FACTS, ["Valencia"]) is None
    assert gold_fact([], ["Valencia"]) is None


def test_a_folder_that_is_not_an_eval_run_gets_one_line(tmp_path, capsys):
    from evals.reading import main

    qa = tmp_path / "qa.jsonl"
    qa.write_text('{"id": "q1", "question": "Where do you work?", "answers": ["Casa Albufera"]}\n')
    assert main([str(tmp_path / "no-run"), "--qa", str(qa)]) == 2
    out = capsys.readouterr().out.strip().splitlines()
    assert out == [
        f"error: {tmp_path / 'no-run' / 'predictions.jsonl'}: not found "
        "(RUN is a `twin eval --out` folder, --qa the QA file it answered)"
    ]
