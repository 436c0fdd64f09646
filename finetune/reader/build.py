"""The reader dataset file: synthetic people plus SQuAD, split, written as JSONL, summarised.

Validation holds whole people (a share of the synthetic people, none of them in a training record) and
whole SQuAD paragraphs of the training articles; the held-out SQuAD articles are never written. The
same arguments give the same bytes: every draw comes from a seeded `random.Random`, and the records are
written in a seeded order with `json.dumps(..., ensure_ascii=False)`, like `finetune.dataset`.
"""

from __future__ import annotations

import hashlib
import json
import random
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from finetune.dataset import Prompts
from finetune.reader.examples import ReaderExample, ReaderOptions, synthetic_examples
from finetune.reader.people import Person, make_people
from finetune.reader.squad import (
    ATTRIBUTION,
    DEFAULT_SQUAD_PATH,
    HELD_OUT_ARTICLES,
    load_squad,
    squad_examples,
    validation_paragraphs,
)


@dataclass
class ReaderDataset:
    """A written reader dataset: where, its sha256, what is in it."""

    path: Path
    sha256: str
    counts: dict[str, dict[str, int]]
    longest_prompt_chars: int
    people: dict[str, int] = field(default_factory=dict)
    squad_held_out: tuple[str, ...] = HELD_OUT_ARTICLES

    @property
    def total(self) -> int:
        return sum(self.counts["split"].values())

    def lines(self) -> list[str]:
        out = [f"reader dataset: {self.path} ({self.total} examples); sha256 {self.sha256}"]
        for name in ("split", "kind", "origin", "kind/split"):
            out.append(f"  by {name}: " + ", ".join(f"{k} {v}" for k, v in self.counts[name].items()))
        people = ", ".join(f"{k} {v}" for k, v in self.people.items())
        out.append(f"  people: {people}; longest prompt {self.longest_prompt_chars} characters")
        out.append(f"  SQuAD articles held out (never in the file): {', '.join(self.squad_held_out)}")
        return out


def split_people(people: list[Person], share: float, seed: int) -> tuple[list[Person], list[Person]]:
    """(train, validation): a seeded `share` of the people, whole, for validation."""
    order = list(range(len(people)))
    random.Random(f"{seed}:people-split").shuffle(order)
    count = min(len(people) - 1, max(1, round(share * len(people)))) if share > 0 and len(people) > 1 else 0
    chosen = set(order[:count])
    train = [p for i, p in enumerate(people) if i not in chosen]
    return train, [p for i, p in enumerate(people) if i in chosen]


def build_reader_dataset(
    path: Path | str,
    prompts: Prompts,
    *,
    people: int = 300,
    seed: int = 13,
    squad_path: Path | str | None = DEFAULT_SQUAD_PATH,
    squad_questions: int = 1500,
    squad_validation_questions: int = 150,
    validation_share: float = 0.1,
    options: ReaderOptions | None = None,
) -> ReaderDataset:
    """Write the reader dataset to `path` (JSONL, plus `<name>.meta.json`) and say what is in it.

    Defaults: 300 people x 10 examples (about 2,700 training, 300 validation) and 1,500 SQuAD training
    examples plus about 150 for validation. `squad_path=None` or `squad_questions=0` leaves SQuAD out.
    """
    options = options or ReaderOptions()
    everyone = make_people(people, seed)
    train_people, validation_people = split_people(everyone, validation_share, seed)
    examples = synthetic_examples(train_people, prompts, seed, split="train", options=options)
    examples += synthetic_examples(validation_people, prompts, seed, split="validation", options=options)
    if squad_path is not None and squad_questions > 0:
        examples += _squad(
            squad_path,
            prompts,
            train_people,
            validation_people,
            seed,
            squad_questions,
            squad_validation_questions,
        )
    unique = list({e.id: e for e in examples}.values())
    random.Random(f"{seed}:order").shuffle(unique)
    path = Path(path)
    text = "".join(json.dumps(e.record(), ensure_ascii=False) + "\n" for e in unique)
    _atomic_write(path, text)
    sha256 = hashlib.sha256(text.encode("utf-8")).hexdigest()
    dataset = ReaderDataset(
        path,
        sha256,
        count_examples(unique),
        max((len(e.prompt) for e in unique), default=0),
        {"train": len(train_people), "validation": len(validation_people)},
    )
    meta = {
        "arguments": {
            "people": people,
            "seed": seed,
            "squad_questions": squad_questions,
            "squad_validation_questions": squad_validation_questions,
            "validation_share": validation_share,
            "options": asdict(options),
        },
        "sha256": sha256,
        "counts": dataset.counts,
        "longest_prompt_chars": dataset.longest_prompt_chars,
        "squad": {"attribution": ATTRIBUTION, "held_out": list(HELD_OUT_ARTICLES)}
        if squad_questions
        else None,
    }
    _atomic_write(path.with_suffix(".meta.json"), json.dumps(meta, indent=2, ensure_ascii=False) + "\n")
    return dataset


def _squad(
    squad_path: Path | str,
    prompts: Prompts,
    train_people: list[Person],
    validation_people: list[Person],
    seed: int,
    questions: int,
    validation_questions: int,
) -> list[ReaderExample]:
    articles = load_squad(squad_path)
    held = validation_paragraphs(articles, validation_questions, seed) if validation_questions > 0 else set()
    training = {(a, p.index) for a, ps in articles.items() if a not in HELD_OUT_ARTICLES for p in ps} - held
    out = squad_examples(
        articles,
        prompts,
        people=[p.name for p in train_people],
        split="train",
        paragraphs=training,
        questions=questions,
        seed=seed,
    )
    if held and validation_people:
        out += squad_examples(
            articles,
            prompts,
            people=[p.name for p in validation_people],
            split="validation",
            paragraphs=held,
            questions=validation_questions,
            seed=seed,
        )
    return out


def count_examples(examples: list[ReaderExample]) -> dict[str, dict[str, int]]:
    def ordered(counter: Counter[str]) -> dict[str, int]:
        return dict(sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])))

    return {
        "split": ordered(Counter(e.split for e in examples)),
        "kind": ordered(Counter(e.kind for e in examples)),
        "origin": ordered(Counter(e.origin for e in examples)),
        "kind/split": ordered(Counter(f"{e.kind}/{e.split}" for e in examples)),
    }


def _atomic_write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)


def read_records(path: Path | str) -> list[dict[str, Any]]:
    """The records of a reader dataset file, in file order."""
    return [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]
