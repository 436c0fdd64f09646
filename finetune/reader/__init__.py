"""The reader adapter's training data: synthetic people and SQuAD, read from the graph's own RAG prompt.

The embedded Gemma 3 270M base model does not know how to read retrieved facts (it echoes the prompt);
one LoRA "reader" adapter, shipped with the project, teaches it (RAFT-style). Its data is generated here,
seeded and reproducible, never from `examples/` (the evaluation persona) nor from the SQuAD dev set:

  - `people`: synthetic people (`make_people`) from the word lists of `countries`, `work_care`,
    `work_trades`, `work_office` and `pastimes` (`occupation` holds the profession record);
  - `career_facts`, `profile_facts`, `facts`: each person's facts, in the styles of their sources, with the
    questions they answer; `knowledge`: the person's knowledge file in the app's exact format;
  - `examples`: chat records over the person's own chunks (rag, unknown, bait, followup);
  - `squad`: SQuAD v1.1 training paragraphs in the same prompt shape; the held-out articles as an eval set;
  - `build`: the JSONL file with its train/validation split and a summary (`build_reader_dataset`).

The prompts are passed in (`finetune.dataset.Prompts`): `finetune` never imports `graph`.
"""

from finetune.reader.build import ReaderDataset, build_reader_dataset
from finetune.reader.examples import ReaderExample, ReaderOptions, reader_examples, synthetic_examples
from finetune.reader.knowledge import knowledge_file
from finetune.reader.people import Person, make_people
from finetune.reader.squad import HELD_OUT_ARTICLES, held_out_eval

__all__ = [
    "HELD_OUT_ARTICLES",
    "Person",
    "ReaderDataset",
    "ReaderExample",
    "ReaderOptions",
    "build_reader_dataset",
    "held_out_eval",
    "knowledge_file",
    "make_people",
    "reader_examples",
    "synthetic_examples",
]
