"""SQuAD v1.1 training questions in the twin's prompt shape, and the held-out articles as an eval set.

The excerpt (`../shared/data/squad-v1.1-train-excerpt.json`: the first 12 articles of the SQuAD v1.1
training set, CC BY-SA 4.0, Rajpurkar et al. 2016; the dev set is never used) gives reading practice on
text the synthetic people cannot: third-person prose and short answer spans. A paragraph's sentences
become bullets under `## <Article title>`, grouped into chunks of a few sentences like the app's own
chunks; a question shows the chunk holding its answer plus 1-2 distractor chunks of the same article
(other paragraphs, or other sentences of its own), or, for about a quarter, only distractors ("I don't
know."). The twin always speaks as someone, so the prompt's person is a synthetic person of the same
split; the answer is the SQuAD span copied exactly, as the bare span with a full stop. The graph keeps a
reply only from two words up (`graph.answer.clean_reply`), so a one-word span is said as "The answer is
<span>.", which the graph shows as the span alone ("Nine.").

`HELD_OUT_ARTICLES` never reach the training file: `held_out_eval` writes them as documents plus a QA
file in the format of `evals/qa.py`, for `twin eval --docs DIR --qa FILE`.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from finetune.dataset import Prompts
from finetune.reader.examples import DONT_KNOW, ReaderExample, fill_prompt
from finetune.reader.text import ascii_slug
from twin.errors import TwinError

DEFAULT_SQUAD_PATH = Path(__file__).resolve().parents[3] / "shared" / "data" / "squad-v1.1-train-excerpt.json"
HELD_OUT_ARTICLES = ("2008_Sichuan_earthquake", "New_York_City")
CHUNK_CHARS = 420  # as ingest.chunking.MAX_CHARS: a chunk the size the index makes
ATTRIBUTION = "SQuAD v1.1 training set excerpt (Rajpurkar et al., EMNLP 2016; Wikipedia text), CC BY-SA 4.0"

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"'(“‘])")
# A full stop that ends a word, not a sentence ("St. Mary's", "U.S. Army", "J. S. Bach").
_ABBREVIATIONS = {
    "St.",
    "Mr.",
    "Mrs.",
    "Ms.",
    "Dr.",
    "Jr.",
    "Sr.",
    "Prof.",
    "Gen.",
    "Gov.",
    "Lt.",
    "Col.",
    "Capt.",
}
_ABBREVIATIONS |= {
    "Sgt.",
    "Rev.",
    "Mt.",
    "No.",
    "vs.",
    "Inc.",
    "Co.",
    "Corp.",
    "Ltd.",
    "Ave.",
    "Jan.",
    "Feb.",
}
_ABBREVIATIONS |= {"Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "c.", "ca.", "approx."}
_INITIALS = re.compile(r"(?:[A-Z]\.)+")
_YEAR = re.compile(r"\d{4}")


@dataclass(frozen=True)
class SquadQuestion:
    id: str
    question: str
    answers: tuple[str, ...]
    sentences: tuple[int, int]  # the first and last sentence the first answer spans


@dataclass(frozen=True)
class Paragraph:
    article: str
    index: int
    sentences: tuple[str, ...]
    groups: tuple[tuple[int, int], ...]  # chunks: sentence ranges [start, end)
    questions: tuple[SquadQuestion, ...]

    @property
    def title(self) -> str:
        return article_title(self.article)

    def chunk(self, first: int, last: int) -> str:
        """The chunk of sentences [first, last) as a knowledge-file chunk: a heading, then bullets."""
        bullets = "\n".join(f"- {s}" for s in self.sentences[first:last])
        return f"## {self.title}\n{bullets}"

    def gold_chunk(self, question: SquadQuestion) -> str:
        """The chunk holding the answer: the groups its sentences fall in, merged when it spans two."""
        low, high = question.sentences
        first = min(s for s, e in self.groups if e > low)
        last = max(e for s, e in self.groups if s <= high)
        return self.chunk(first, last)

    def other_chunks(self, question: SquadQuestion) -> list[str]:
        low, high = question.sentences
        return [self.chunk(s, e) for s, e in self.groups if e <= low or s > high]


def article_title(article: str) -> str:
    return article.replace("_", " ")


def _words(text: str) -> str:
    return " ".join(text.split())


def _sentence_spans(context: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for match in _SENTENCE_END.finditer(context):
        words = context[start : match.start()].split()
        if words and (words[-1] in _ABBREVIATIONS or _INITIALS.fullmatch(words[-1])):
            continue
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(context)))
    return [(s, e) for s, e in spans if context[s:e].strip()]


def _groups(sentences: Sequence[str]) -> tuple[tuple[int, int], ...]:
    groups, start, size = [], 0, 0
    for i, sentence in enumerate(sentences):
        line = len(sentence) + 3
        if i > start and size + line > CHUNK_CHARS:
            groups.append((start, i))
            start, size = i, 0
        size += line
    groups.append((start, len(sentences)))
    return tuple(groups)


def _paragraph(article: str, index: int, raw: dict) -> Paragraph:
    context = raw["context"]
    spans = _sentence_spans(context)
    sentences = tuple(_words(context[s:e]) for s, e in spans)
    questions = []
    for qa in raw["qas"]:
        answers = tuple(dict.fromkeys(_words(a["text"]) for a in qa["answers"] if a["text"].strip()))
        if not answers:
            continue
        first = qa["answers"][0]
        begin, end = first["answer_start"], first["answer_start"] + len(first["text"]) - 1
        covering = [i for i, (s, e) in enumerate(spans) if s <= end and e > begin]
        if covering:
            questions.append(
                SquadQuestion(qa["id"], _words(qa["question"]), answers, (covering[0], covering[-1]))
            )
    return Paragraph(article, index, sentences, _groups(sentences), tuple(questions))


def load_squad(path: Path | str = DEFAULT_SQUAD_PATH) -> dict[str, list[Paragraph]]:
    """Article -> its paragraphs, sentences split and chunked, each question placed in its sentences."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise TwinError(
            f"no SQuAD excerpt at {path} (expected ../shared/data/ beside the repository)"
        ) from None
    except ValueError:
        raise TwinError(f"{path}: not a SQuAD JSON file") from None
    return {
        article["title"]: [_paragraph(article["title"], i, p) for i, p in enumerate(article["paragraphs"])]
        for article in data["data"]
    }


def squad_answer(span: str) -> str:
    """The span as the answer: copied exactly, with a full stop; one word is said as a short sentence."""
    span = span.rstrip(",;:")
    if len(re.findall(r"\w+", span)) < 2:
        return f"In {span}." if _YEAR.fullmatch(span) else f"The answer is {span}."
    return span if span[-1] in ".!?" else f"{span}."


def _contains(chunk: str, answers: Sequence[str]) -> bool:
    lowered = chunk.lower()
    return any(a.lower() in lowered for a in answers)


def validation_paragraphs(
    articles: dict[str, list[Paragraph]], questions: int, seed: int
) -> set[tuple[str, int]]:
    """Whole paragraphs of the training articles, about `questions` questions in all, kept for validation."""
    pool = [(a, p.index) for a, ps in sorted(articles.items()) if a not in HELD_OUT_ARTICLES for p in ps]
    random.Random(f"{seed}:squad-validation").shuffle(pool)
    chosen: set[tuple[str, int]] = set()
    count = 0
    for article, index in pool:
        if count >= questions:
            break
        chosen.add((article, index))
        count += len(articles[article][index].questions)
    return chosen


def squad_examples(
    articles: dict[str, list[Paragraph]],
    prompts: Prompts,
    *,
    people: Sequence[str],
    split: str,
    paragraphs: set[tuple[str, int]],
    questions: int,
    seed: int,
    unknown_fraction: float = 0.2,
    max_prompt_chars: int = 2800,
) -> list[ReaderExample]:
    """Up to `questions` examples from `paragraphs` (never a held-out article), spoken by `people`."""
    rng = random.Random(f"{seed}:squad:{split}")
    chosen = sorted(p for p in paragraphs if p[0] not in HELD_OUT_ARTICLES)
    pool = [(articles[a][i], q) for a, i in chosen for q in articles[a][i].questions]
    rng.shuffle(pool)
    examples: list[ReaderExample] = []
    for paragraph, question in pool:
        if len(examples) >= questions:
            break
        neighbours = [
            p
            for p in articles[paragraph.article]
            if (p.article, p.index) in paragraphs and p is not paragraph
        ]
        made = _squad_example(paragraph, question, neighbours, prompts, rng, people, split, unknown_fraction)
        if made is not None and len(made.prompt) <= max_prompt_chars:
            examples.append(made)
    return examples


def _squad_example(
    paragraph: Paragraph,
    question: SquadQuestion,
    neighbours: list[Paragraph],
    prompts: Prompts,
    rng: random.Random,
    people: Sequence[str],
    split: str,
    unknown_fraction: float,
) -> ReaderExample | None:
    gold = paragraph.gold_chunk(question)
    if question.answers[0] not in gold:
        return None  # the span does not survive sentence splitting intact: skip rather than mislabel
    own = [c for c in paragraph.other_chunks(question) if not _contains(c, question.answers)]
    elsewhere = []
    for neighbour in rng.sample(neighbours, min(4, len(neighbours))):
        chunk = neighbour.chunk(*rng.choice(neighbour.groups))
        if not _contains(chunk, question.answers):
            elsewhere.append(chunk)
    unknown = rng.random() < unknown_fraction
    count = rng.randint(1, 3) if unknown else rng.randint(1, 2)
    candidates = ([rng.choice(own)] if own and rng.random() < 0.5 else []) + elsewhere
    shown = candidates[:count]
    if not unknown:
        shown.append(gold)
    if not shown:
        return None
    rng.shuffle(shown)
    person = rng.choice(people)
    prompt = fill_prompt(prompts, person, shown, question.question)
    answer = DONT_KNOW if unknown else squad_answer(question.answers[0])
    title = paragraph.title
    return ReaderExample(
        kind="unknown" if unknown else "squad",
        split=split,
        section=title,
        origin="squad",
        person=person,
        question=question.question,
        prompt=prompt,
        answer=answer,
        source="" if unknown else f"SQuAD v1.1 train: {title} ({question.id})",
        gold=question.answers[0],
    )


def held_out_eval(
    out_dir: Path | str, *, squad_path: Path | str = DEFAULT_SQUAD_PATH, max_questions: int | None = None
) -> list[tuple[Path, Path]]:
    """Each held-out article as `<slug>/docs/<slug>.md` and `<slug>/qa.jsonl`; returns (docs folder, QA file).

    The document reads like a knowledge file (`# Title`, a `## Title` section per paragraph, one sentence a
    bullet); the QA file is in `evals/qa.py`'s format:
    `twin eval --docs <slug>/docs --qa <slug>/qa.jsonl`.
    """
    articles = load_squad(squad_path)
    out_dir = Path(out_dir)
    written = []
    for article in HELD_OUT_ARTICLES:
        title, slug = article_title(article), ascii_slug(article_title(article), "-")
        docs, qa_path = out_dir / slug / "docs", out_dir / slug / "qa.jsonl"
        docs.mkdir(parents=True, exist_ok=True)
        lines = [f"# {title}", ""]
        for paragraph in articles[article]:
            lines += [f"## {title}", *(f"- {s}" for s in paragraph.sentences), ""]
        (docs / f"{slug}.md").write_text("\n".join(lines), encoding="utf-8")
        items = [q for p in articles[article] for q in p.questions][:max_questions]
        records = [
            {
                "id": q.id,
                "question": q.question,
                "answers": list(q.answers),
                "category": "fact",
                "source": f"{slug}.md",
            }
            for q in items
        ]
        qa_path.write_text(
            "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8"
        )
        written.append((docs, qa_path))
    return written
