"""The reader's decline margin: how many logits "I don't know" must win by before the twin declines.

A small model decoded greedily declines more often than it should: where "I don't know." and an answer
part ways (after "I"), the decline often wins by a hair although the answer was right. On the reader's own
validation examples (held-out synthetic people and held-out SQuAD paragraphs, never `examples/` nor the two
held-out SQuAD articles) each prompt is answered once with the decline forbidden, and the decline's lead at
that point is recorded. Any margin's outcome then follows without decoding again:

    declined(margin) = lead > margin      answered otherwise, with the forced answer

The margin chosen maximises the mean of accuracy on answerable examples and correct declines on the
others (the two figures `twin eval` reports), the smallest such margin on ties.

    twin reader calibrate              (also the last step of `twin reader build`)
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from evals.metrics import contains_answer, token_f1
from graph.answer import answer_complete, clean_reply, is_decline
from graph.context import Context
from twin.errors import TwinError

MARGINS = tuple(x / 2 for x in range(0, 21))  # 0, 0.5, ..., 10 logits
RIGHT_F1 = 0.6  # a free-form answer this close to the expected sentence counts as right
PLOT = "decline_margin.png"


@dataclass(frozen=True)
class Reading:
    """One validation prompt, answered with the decline forbidden."""

    kind: str
    expected: str
    answer: str  # the forced answer (cleaned)
    lead: float  # logits by which the decline led where it parts from the answer; -inf: it never led

    @property
    def answerable(self) -> bool:
        return not is_decline(self.expected)

    def declined(self, margin: float) -> bool:
        return self.lead > margin or is_decline(self.answer)

    def right(self, margin: float) -> bool:
        if not self.answerable:
            return self.declined(margin)
        if self.declined(margin):
            return False
        return (
            contains_answer(self.answer, [self.expected])
            or token_f1(self.answer, [self.expected]) >= RIGHT_F1
        )


@dataclass(frozen=True)
class MarginScore:
    margin: float
    accuracy: float  # answerable examples answered right
    correct_decline: float  # unanswerable examples declined
    false_decline: float  # answerable examples declined

    @property
    def objective(self) -> float:
        return (self.accuracy + self.correct_decline) / 2


def score_margins(readings: Sequence[Reading], margins: Iterable[float] = MARGINS) -> list[MarginScore]:
    answerable = [r for r in readings if r.answerable]
    others = [r for r in readings if not r.answerable]

    def rate(rows: list[Reading], test: Callable[[Reading], bool]) -> float:
        return sum(map(test, rows)) / len(rows) if rows else 0.0

    def score(m: float) -> MarginScore:
        return MarginScore(
            m,
            rate(answerable, lambda r: r.right(m)),
            rate(others, lambda r: r.declined(m)),
            rate(answerable, lambda r: r.declined(m)),
        )

    return [score(m) for m in margins]


def best_margin(scores: Sequence[MarginScore]) -> MarginScore:
    top = max(s.objective for s in scores)
    return min((s for s in scores if s.objective >= top - 1e-9), key=lambda s: s.margin)


def validation_records(dataset: Path, limit: int | None = None) -> list[dict[str, Any]]:
    """The validation split of a reader dataset (JSONL written by `twin reader build`)."""
    if not dataset.is_file():
        raise TwinError(f"{dataset}: no reader dataset here (run `twin reader build`, or pass --data)")
    rows = []
    for number, line in enumerate(dataset.read_text(encoding="utf-8").splitlines(), 1):
        try:
            record = json.loads(line)
        except json.JSONDecodeError:
            raise TwinError(f"{dataset}:{number}: not valid JSON") from None
        if record.get("split") == "validation":
            rows.append(record)
    if not rows:
        raise TwinError(f"{dataset}: no validation examples to calibrate on")
    return rows[:limit] if limit else rows


def read_validation(
    chat_model: Any, records: Sequence[dict[str, Any]], context: Context | None = None, progress: bool = True
) -> list[Reading]:
    """Answer each record's prompt with the decline forbidden, recording the decline's lead."""
    import torch
    from transformers import LogitsProcessor, LogitsProcessorList

    from models.chat import DECLINE, answer_processors, stop_token_ids

    context = context or Context()
    pipeline = chat_model.llm.pipeline
    tokenizer, model = pipeline.tokenizer, pipeline.model
    first, parting = tokenizer.encode(DECLINE, add_special_tokens=False)[:2]

    class ForbidDecline(LogitsProcessor):
        def __init__(self) -> None:
            self.prompt_length: int | None = None
            self.lead = -math.inf

        def __call__(self, input_ids: Any, scores: Any) -> Any:
            if self.prompt_length is None:
                self.prompt_length = input_ids.shape[1]
            answer = input_ids[0, self.prompt_length :]
            if answer.shape[0] == 1 and int(answer[0]) == first:
                others = scores[0].clone()
                others[parting] = -math.inf
                self.lead = float(scores[0, parting] - others.max())
                scores = scores.clone()
                scores[0, parting] = -math.inf
            return scores

    readings = []
    from tqdm import tqdm

    for record in tqdm(records, desc="calibrate", unit="q", disable=not progress):
        prompt, expected = (m["content"] for m in record["messages"][:2])
        text = tokenizer.apply_chat_template(
            [{"role": "user", "content": prompt}], tokenize=False, add_generation_prompt=True
        )
        ids = pipeline.preprocess(text)["input_ids"]  # exactly as the pipeline tokenizes the chat prompt
        forbid = ForbidDecline()
        rules = answer_processors(
            tokenizer, done=answer_complete, repetition_penalty=context.repetition_penalty
        )
        with torch.inference_mode():
            out = model.generate(
                input_ids=ids,
                max_new_tokens=context.max_new_tokens,
                do_sample=False,
                eos_token_id=stop_token_ids(tokenizer),
                pad_token_id=tokenizer.pad_token_id,
                logits_processor=LogitsProcessorList([*rules, forbid]),
            )
        reply = tokenizer.decode(out[0, ids.shape[1] :], skip_special_tokens=True)
        readings.append(Reading(record.get("kind", ""), expected, clean_reply(reply), forbid.lead))
    return readings


def plot_margins(scores: Sequence[MarginScore], chosen: MarginScore, path: Path) -> Path:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    margins = [s.margin for s in scores]
    fig, ax = plt.subplots(figsize=(6.4, 4))
    ax.plot(margins, [s.accuracy for s in scores], marker="o", label="accuracy (answerable)")
    ax.plot(margins, [s.correct_decline for s in scores], marker="o", label="correct declines")
    ax.plot(margins, [s.false_decline for s in scores], marker="o", label="false declines")
    ax.axvline(chosen.margin, color="grey", linestyle="--", label=f"chosen: {chosen.margin:g}")
    ax.set_xlabel("decline margin (logits)")
    ax.set_ylabel("share of validation examples")
    ax.set_ylim(0, 1)
    ax.set_title("The reader's decline margin, on its validation examples")
    ax.legend(loc="best", fontsize="small")
    fig.tight_layout()
    fig.savefig(path, dpi=100)
    plt.close(fig)
    return path


def write_margin(
    adapter_dir: Path, chosen: MarginScore, scores: Sequence[MarginScore], examples: int
) -> None:
    """Record the margin in the adapter's metadata (written whole, then renamed)."""
    from models.adapters import METADATA_FILE

    path = adapter_dir / METADATA_FILE
    if not path.is_file():
        raise TwinError(f"{adapter_dir}: not an adapter folder (no {METADATA_FILE})")
    metadata = json.loads(path.read_text(encoding="utf-8"))
    metadata["decline_margin"] = chosen.margin
    metadata["decline_calibration"] = {
        "how": "twin reader calibrate (validation split of the reader dataset, greedy, decline forbidden)",
        "examples": examples,
        "chosen": asdict(chosen),
        "at_zero": asdict(next(s for s in scores if s.margin == 0)),
    }
    staging = path.with_name(f".{path.name}.tmp")
    staging.write_text(json.dumps(metadata, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    staging.replace(path)
