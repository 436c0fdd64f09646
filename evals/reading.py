"""Does the reader fail on the distractors or on the reading? A second look at a finished `twin eval` run.

    .venv/bin/python -m evals.reading twin-eval-4 --qa examples/qa4.jsonl [--mode rag] [--out FILE]

For every answerable question the run got wrong although a reference answer was in the facts the reader was
given, the reader is asked again with only the fact (bullet, under its section heading) that holds the
reference: once as served (its calibrated decline margin), once with "I don't know" forbidden. If it is right
with the one fact, the other facts misled it; if it is wrong even then, it cannot read that fact. The model is
the one the run answered with: the eval's workspace (`DIR/workspace`), so the shipped reader unless the run
trained an adapter of the person's.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from evals.metrics import contains_answer


def gold_fact(facts: list[str], references: list[str]) -> str | None:
    """The first bullet of the facts that holds a reference answer, under its section heading."""
    for chunk in facts:
        heading, *lines = chunk.split("\n")
        for line in lines:
            if line.startswith("- ") and contains_answer(line, references):
                return f"{heading}\n{line}" if heading.startswith("#") else line
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("run", type=Path, help="a `twin eval --out` folder (predictions.jsonl, workspace/)")
    parser.add_argument("--qa", type=Path, required=True, help="the QA file the run answered")
    parser.add_argument("--mode", default="rag", help="which mode's predictions to look at (default rag)")
    parser.add_argument("--out", type=Path, help="write each question's three answers here (JSON)")
    args = parser.parse_args(argv)

    from langchain_core.messages import HumanMessage

    from evals.qa import load_qa
    from evals.run import read_predictions
    from graph.answer import SOURCES_LINE, answer_opening_for, complete
    from graph.context import Context
    from graph.deps import Deps
    from models.chat import load_chat_model
    from twin.errors import TwinError
    from twin.settings import get_settings

    workspace = args.run / "workspace"
    for needed in (args.qa, args.run / "predictions.jsonl", workspace / "knowledge.md"):
        if not needed.is_file():
            print(
                f"error: {needed}: not found (RUN is a `twin eval --out` folder, --qa the QA file it answered)"
            )
            return 2
    try:
        references = {item.id: item.answers for item in load_qa(args.qa)}
        predictions = read_predictions(args.run / "predictions.jsonl")
    except TwinError as error:
        print(f"error: {error}")
        return 2
    settings = get_settings().with_home(workspace)
    served, forced = Context(), Context(decline_margin=100.0)
    person = Deps(settings=settings).who(served)  # as the run answered: the knowledge file's title
    chat = load_chat_model(settings)

    rows = []
    for prediction in predictions:
        wanted = references.get(prediction["id"])
        if prediction["mode"] != args.mode or not wanted or contains_answer(prediction["answer"], wanted):
            continue
        fact = gold_fact([SOURCES_LINE.sub("", f) for f in prediction["facts"]], wanted)
        if fact is None:
            continue  # retrieval's miss, not the reader's
        prompt = served.rag_prompt.format(person=person, context=fact, question=prediction["question"])
        opening = answer_opening_for(chat, served, prediction["question"])
        alone, _ = complete(chat, [HumanMessage(prompt)], served, from_facts=True, opening=opening)
        no_decline, _ = complete(chat, [HumanMessage(prompt)], forced, from_facts=True, opening=opening)
        rows.append(
            {
                "id": prediction["id"],
                "question": prediction["question"],
                "answer": prediction["answer"],
                "fact": fact,
                "with_the_fact_alone": alone,
                "right_alone": contains_answer(alone, wanted),
                "with_decline_forbidden": no_decline,
                "right_forbidden": contains_answer(no_decline, wanted),
            }
        )
        mark = "right" if rows[-1]["right_alone"] else "wrong"
        print(f"{prediction['id']}: {mark} with the fact alone: {prediction['question']} -> {alone}")

    print(
        f"READING wrong_with_answer_in_facts={len(rows)} "
        f"right_with_the_fact_alone={sum(r['right_alone'] for r in rows)} "
        f"right_with_decline_forbidden={sum(r['right_forbidden'] for r in rows)}"
    )
    if args.out:
        args.out.write_text(json.dumps(rows, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
