"""The fine-tuning dataset: chat examples built from the knowledge file, written as JSONL a person can edit.

Three kinds of example, each a user turn and the assistant's answer:
  - "rag": the graph's RAG prompt filled with the question and the chunks a retriever would return (the
    chunks holding the answer plus 1-3 distractors from other sections, in a seeded random order);
  - "unknown": the same prompt with only chunks that do not hold the answer, answered "I don't know";
  - "direct": the bare question, as the fallback path asks it.
The answers come from `finetune.questions` (local templates) or `finetune.openai_pairs` (with a key).
Examples are split into train and validation by question (seeded), so no question is on both sides.
The evaluation set `examples/qa.jsonl` is never read here.

The prompts are passed in (`Prompts`), never imported from `graph`: the caller (the CLI) hands over the
graph's own RAG prompt, so training and serving see the same text while `finetune` stays upstream.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from finetune.openai_pairs import PairsReport, openai_pairs
from finetune.questions import MONTHS, QAPair, local_pairs
from ingest.chunking import chunk_knowledge
from ingest.knowledge import parse
from twin.errors import TwinError
from twin.settings import Settings

KINDS = ("rag", "unknown", "direct")
# The reader's kinds (finetune/reader): the same prompt shape, so the same trainer reads them.
READER_KINDS = ("bait", "followup", "squad")
SPLITS = ("train", "validation")
DATASET_FILE = "dataset.jsonl"

# Questions people ask a twin that a CV rarely answers, with the words that would show the file does.
OFF_FILE_QUESTIONS: list[tuple[str, tuple[str, ...]]] = [
    ("What's your salary expectation?", ("salary", "pay", "compensation")),
    ("Are you married?", ("married", "wife", "husband", "spouse", "partner")),
    ("Do you have children?", ("children", "kids", "daughter", "son")),
    ("What's your favourite film?", ("film", "movie", "cinema")),
    ("What car do you drive?", ("car", "drive", "drives")),
    ("What's your star sign?", ("star sign", "zodiac", "horoscope")),
    ("What did you have for breakfast today?", ("breakfast",)),
    ("Have you ever lived in Japan?", ("japan", "tokyo", "japanese")),
    ("Which football team do you support?", ("football", "soccer")),
    ("How tall are you?", ("tall", "height")),
    ("Which political party do you vote for?", ("vote", "political", "party")),
    ("What's your phone number?", ("phone", "mobile", "tel")),
    ("What's your home address?", ("address", "street")),
    ("What's your date of birth?", ("born", "birthday", "date of birth")),
]
_STOP = {"I", "I'm", "I've", "Yes", "My", "The", "You", "It's", "For", "At", "In", "Email"}
_MONTH_WORDS = set(MONTHS.values())


@dataclass(frozen=True)
class Prompts:
    """The serving prompts the examples are built with (the graph's, handed over by the caller)."""

    rag_prompt: str
    unknown_answer: str

    @property
    def unknown_opening(self) -> str:
        """The "I don't know" answer trained for: the unknown answer's first clause."""
        match = re.match(r"^(.+?)(?:,\s|\.\s|\.$|$)", self.unknown_answer.strip())
        opening = match[1] if match else self.unknown_answer.strip()
        return opening.rstrip(".") + "."


@dataclass(frozen=True)
class DatasetOptions:
    seed: int = 13
    validation_fraction: float = 0.15
    max_distractors: int = 3
    max_chunks: int = 4  # the retriever's top_k
    unknown_fraction: float = 0.3  # share of questions also asked with only unrelated chunks


@dataclass
class Example:
    id: str
    kind: str
    split: str
    section: str
    messages: list[dict[str, str]]
    source: str
    origin: str = "local"

    def record(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "split": self.split,
            "section": self.section,
            "origin": self.origin,
            "messages": self.messages,
            "source": self.source,
        }


@dataclass
class DatasetInfo:
    """A written dataset: where, its sha256, and what is in it."""

    path: Path
    sha256: str
    counts: dict[str, dict[str, int]] = field(default_factory=dict)
    status: str = "built"
    notes: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        total = sum(self.counts.get("split", {}).values())
        out = [f"dataset: {self.path} ({total} examples, {self.status}); sha256 {self.sha256}"]
        for name in ("split", "kind", "section", "origin"):
            values = self.counts.get(name, {})
            if values:
                out.append(f"  by {name}: " + ", ".join(f"{k} {v}" for k, v in values.items()))
        return out + self.notes


def person_of(title: str) -> str:
    """Who the twin speaks as, the way the graph names the person (the knowledge file's title)."""
    return title if title and title != "Knowledge file" else "the person"


def question_pairs(
    knowledge_text: str,
    *,
    settings: Settings | None = None,
    client: Any = None,
) -> tuple[list[QAPair], PairsReport]:
    """The file's question/answer pairs: from the OpenAI API when a key (or a client) is given, else local."""
    title, facts = parse(knowledge_text)
    key = settings.openai_api_key if settings is not None else None
    if settings is not None and (key or client is not None):
        return openai_pairs(
            title,
            facts,
            person=person_of(title),
            model=settings.openai_model,
            cache_dir=settings.cache_dir,
            client=client,
            api_key=key,
        )
    report = PairsReport(local=list(dict.fromkeys(f.section for f in facts)))
    return local_pairs(title, facts), report


def build_examples(
    knowledge_text: str,
    prompts: Prompts,
    *,
    pairs: list[QAPair] | None = None,
    options: DatasetOptions | None = None,
) -> list[Example]:
    """Every example for the knowledge file, split into train and validation, in a deterministic order."""
    options = options or DatasetOptions()
    title, facts = parse(knowledge_text)
    if not facts:
        raise TwinError("the knowledge file holds no facts: nothing to train on")
    person = person_of(title)
    pairs = _unique(pairs if pairs is not None else local_pairs(title, facts))
    chunks = [c.page_content for c in chunk_knowledge(knowledge_text)]
    sections = [_chunk_section(c) for c in chunks]
    where = {line: i for i, chunk in reversed(list(enumerate(chunks))) for line in chunk.splitlines()[1:]}
    rng = random.Random(options.seed)
    groups = _groups(pairs)

    unknown = prompts.unknown_opening
    examples: list[tuple[str, Example]] = []
    for pair in pairs:
        group = groups[_norm(pair.question)]
        source = "; ".join(dict.fromkeys(s for f in pair.facts for s in f.sources))
        gold = sorted({where[f.line()] for f in pair.facts if f.line() in where})[: options.max_chunks - 1]
        if gold:
            room = options.max_chunks - len(gold)
            others = [i for i in range(len(chunks)) if sections[i] not in {sections[g] for g in gold}]
            count = min(room, options.max_distractors, len(others), rng.randint(1, options.max_distractors))
            shown = gold + rng.sample(others, count)
            rng.shuffle(shown)
            prompt = _rag(prompts, person, [chunks[i] for i in shown], pair.question)
            examples.append((group, _example("rag", pair, prompt, pair.answer, source)))
            if rng.random() < options.unknown_fraction:
                unrelated = _unrelated(pair, chunks, sections, gold, answer_terms=_key_terms(pair.answer))
                if unrelated:
                    shown = rng.sample(unrelated, min(len(unrelated), rng.randint(1, options.max_chunks - 1)))
                    prompt = _rag(prompts, person, [chunks[i] for i in shown], pair.question)
                    examples.append((group, _example("unknown", pair, prompt, unknown, "")))
        examples.append((group, _example("direct", pair, pair.question, pair.answer, source)))

    lowered = knowledge_text.lower()
    for question, words in OFF_FILE_QUESTIONS:
        if any(re.search(rf"\b{re.escape(w)}\b", lowered) for w in words):
            continue  # the file may answer it after all
        shown = rng.sample(range(len(chunks)), min(len(chunks), rng.randint(1, options.max_chunks - 1)))
        prompt = _rag(prompts, person, [chunks[i] for i in shown], question)
        off_file = QAPair(question, unknown, "Off-file")
        examples.append((_norm(question), _example("unknown", off_file, prompt, unknown, "")))
    validation = _validation_groups([g for g, _ in examples], options)
    for group, ex in examples:
        ex.split = "validation" if group in validation else "train"
    return [ex for _, ex in examples]


def _example(kind: str, pair: QAPair, user: str, answer: str, source: str) -> Example:
    messages = [{"role": "user", "content": user}, {"role": "assistant", "content": answer}]
    return Example(_id(kind, pair.question, user), kind, "train", pair.section, messages, source, pair.origin)


def _rag(prompts: Prompts, person: str, chunks: list[str], question: str) -> str:
    # The graph joins the retrieved chunks' text with newlines; so do we.
    return prompts.rag_prompt.format(person=person, context="\n".join(chunks), question=question)


def _chunk_section(chunk: str) -> str:
    head = chunk.split("\n", 1)[0].lstrip("#").strip()
    return head.split(" (", 1)[0]


def _norm(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", text.lower()))


def _unique(pairs: list[QAPair]) -> list[QAPair]:
    seen: set[str] = set()
    out = []
    for pair in pairs:
        key = _norm(pair.question)
        if key and key not in seen:
            seen.add(key)
            out.append(pair)
    return out


def _groups(pairs: list[QAPair]) -> dict[str, str]:
    """Question -> split group: questions with the same answer share one, so neither side sees the other's answer."""
    by_answer: dict[str, str] = {}
    groups: dict[str, str] = {}
    for pair in pairs:
        question = _norm(pair.question)
        groups[question] = by_answer.setdefault(_norm(pair.answer), question)
    return groups


def _validation_groups(groups: list[str], options: DatasetOptions) -> set[str]:
    unique = sorted(set(groups))
    if len(unique) < 2 or options.validation_fraction <= 0:
        return set()
    random.Random(options.seed).shuffle(unique)
    count = min(len(unique) - 1, max(1, round(options.validation_fraction * len(unique))))
    return set(unique[:count])


def _key_terms(answer: str) -> set[str]:
    """Names and numbers in an answer: a chunk holding none of them does not answer the question."""
    words = re.findall(r"[A-Za-z][\w'’.+-]*[\w+]|\d[\d,.]*\d|\d", answer)
    terms = {
        w.lower()
        for w in words
        if (w[0].isupper() or w[0].isdigit() or any(c.isupper() for c in w[1:]))
        and w not in _STOP
        and w not in _MONTH_WORDS
    }
    return {t for t in terms if len(t) >= 2}


def _unrelated(
    pair: QAPair, chunks: list[str], sections: list[str], gold: list[int], *, answer_terms: set[str]
) -> list[int]:
    """Chunks that cannot answer: other sections, none of the answer's facts, none of its names or numbers."""
    if not answer_terms:
        return []
    gold_sections = {sections[g] for g in gold}
    fact_lines = {f.line() for f in pair.facts}
    keep = []
    for i, chunk in enumerate(chunks):
        lowered = chunk.lower()
        if i in gold or sections[i] in gold_sections or fact_lines & set(chunk.splitlines()):
            continue
        if any(re.search(rf"(?<![\w]){re.escape(term)}(?![\w])", lowered) for term in answer_terms):
            continue
        keep.append(i)
    return keep


def _id(kind: str, question: str, prompt: str) -> str:
    digest = hashlib.sha256(f"{kind}\n{question}\n{prompt}".encode()).hexdigest()
    return f"{kind}-{digest[:12]}"


# --- files ----------------------------------------------------------------------------------------


def write_dataset(examples: list[Example], path: Path, *, meta: dict[str, Any] | None = None) -> DatasetInfo:
    """Write examples as JSONL (one readable record per line) with a `.meta.json` beside it; atomic."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    text = "".join(json.dumps(ex.record(), ensure_ascii=False) + "\n" for ex in examples)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)
    info = DatasetInfo(path, file_sha256(path), counts=count_records([ex.record() for ex in examples]))
    meta_path = meta_path_for(path)
    meta_tmp = meta_path.with_name(f".{meta_path.name}.tmp")
    meta_tmp.write_text(
        json.dumps(
            {**(meta or {}), "sha256": info.sha256, "counts": info.counts}, indent=2, ensure_ascii=False
        )
        + "\n",
        encoding="utf-8",
    )
    meta_tmp.replace(meta_path)
    return info


def read_dataset(path: Path) -> list[dict[str, Any]]:
    """The records of a dataset file, checked line by line (the file may have been edited by hand)."""
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise TwinError(f"no dataset at {path}: run `twin dataset` first") from None
    records = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except ValueError:
            raise TwinError(f"{path}:{number}: not a JSON object") from None
        problem = _record_problem(record)
        if problem:
            raise TwinError(f"{path}:{number}: {problem}")
        records.append(record)
    if not records:
        raise TwinError(f"the dataset {path} is empty")
    return records


def _record_problem(record: Any) -> str | None:
    if not isinstance(record, dict):
        return "not a JSON object"
    if record.get("kind") not in KINDS + READER_KINDS:
        return f"kind must be one of {', '.join(KINDS + READER_KINDS)}"
    if record.get("split", "train") not in SPLITS:
        return f"split must be one of {', '.join(SPLITS)}"
    messages = record.get("messages")
    if (
        not isinstance(messages, list)
        or len(messages) < 2
        or not all(isinstance(m, dict) and isinstance(m.get("content"), str) for m in messages)
        or messages[-1].get("role") != "assistant"
        or messages[0].get("role") not in {"user", "system"}
    ):
        return "messages must be a list of {role, content} turns ending with the assistant's answer"
    if not messages[-1]["content"].strip():
        return "the assistant's answer is empty"
    return None


def file_sha256(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def meta_path_for(path: Path) -> Path:
    return Path(path).with_suffix(".meta.json")


def count_records(records: list[dict[str, Any]]) -> dict[str, dict[str, int]]:
    counts: dict[str, dict[str, int]] = {}
    for name in ("split", "kind", "section", "origin"):
        counter = Counter(str(r.get(name, "train" if name == "split" else "?")) for r in records)
        counts[name] = dict(sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])))
    return counts


def default_dataset_path(settings: Settings) -> Path:
    return settings.home / "finetune" / DATASET_FILE


def prepare_dataset(
    settings: Settings,
    prompts: Prompts,
    *,
    path: Path | None = None,
    rebuild: bool = False,
    options: DatasetOptions | None = None,
    client: Any = None,
) -> DatasetInfo:
    """Build the dataset for the workspace's knowledge file, or keep the one already written.

    Like the knowledge file, a dataset edited by hand is the person's: it is kept as it is (unless
    `rebuild`), with a note when the knowledge file changed since. An unedited one is rebuilt when the
    knowledge file, the prompts or the options changed.
    """
    path = Path(path) if path else default_dataset_path(settings)
    knowledge = settings.knowledge_file
    if not knowledge.is_file():
        raise TwinError(
            f"no knowledge file at {knowledge}: run `twin ingest SOURCES` (or `twin quickstart`) first"
        )
    text = knowledge.read_text(encoding="utf-8")
    options = options or DatasetOptions()
    inputs = {
        "knowledge_sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
        "prompts_sha256": hashlib.sha256(
            json.dumps([prompts.rag_prompt, prompts.unknown_answer]).encode()
        ).hexdigest(),
        "options": asdict(options),
        "openai": bool(settings.openai_api_key or client is not None),
    }
    meta = _read_meta(path)
    if path.is_file() and meta and not rebuild:
        current = file_sha256(path)
        if current != meta.get("sha256"):
            info = DatasetInfo(
                path, current, count_records(read_dataset(path)), status="edited by hand, kept"
            )
            if meta.get("knowledge_sha256") != inputs["knowledge_sha256"]:
                info.notes.append(
                    "note: the knowledge file changed since; `twin dataset --rebuild` regenerates (and drops your edits)"
                )
            return info
        if all(meta.get(k) == v for k, v in inputs.items()):
            return DatasetInfo(
                path, current, meta.get("counts") or count_records(read_dataset(path)), status="unchanged"
            )
    pairs, report = question_pairs(text, settings=settings, client=client)
    examples = build_examples(text, prompts, pairs=pairs, options=options)
    info = write_dataset(
        examples, path, meta={**inputs, "pairs": report.line(), "pair_errors": report.errors}
    )
    info.notes.append(f"question/answer pairs: {report.line()}")
    info.notes += [f"  fell back to local templates: {e}" for e in report.errors]
    return info


def _read_meta(path: Path) -> dict[str, Any] | None:
    try:
        meta = json.loads(meta_path_for(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return meta if isinstance(meta, dict) else None


# --- tokens ---------------------------------------------------------------------------------------


def encode_example(
    tokenizer: Any, messages: list[dict[str, str]], max_length: int
) -> dict[str, list[int]] | None:
    """Token ids for one example with the model's chat template; labels are -100 on the prompt.

    The prompt and the answer are tokenized separately and concatenated, so the boundary is exact and the
    prompt's tokens are the very ones the model sees at inference. None when longer than `max_length`.
    """
    prompt_text = tokenizer.apply_chat_template(messages[:-1], tokenize=False, add_generation_prompt=True)
    full_text = tokenizer.apply_chat_template(messages, tokenize=False)
    if not full_text.startswith(prompt_text):
        raise TwinError(
            "the chat template does not extend the prompt with the answer; cannot mask the prompt"
        )
    prompt_ids = tokenizer(prompt_text, add_special_tokens=False)["input_ids"]
    answer_ids = tokenizer(full_text[len(prompt_text) :], add_special_tokens=False)["input_ids"]
    ids = list(prompt_ids) + list(answer_ids)
    if len(ids) > max_length or not answer_ids:
        return None
    return {
        "input_ids": ids,
        "attention_mask": [1] * len(ids),
        "labels": [-100] * len(prompt_ids) + list(answer_ids),
    }
