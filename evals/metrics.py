"""Scoring answers: pure functions from an answer and its references to numbers, and their per-mode summary.

Answer matching follows SQuAD's normalisation (lowercase, no punctuation, no articles, single spaces),
with two changes for free-text answers: punctuation becomes a space instead of vanishing (so
"2021–present" still contains "2021") and accents are dropped (so "Eotvos" matches "Eötvös").
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from graph.answer import is_decline

_ARTICLES = re.compile(r"\b(?:a|an|the)\b")


def normalize_answer(text: str) -> str:
    """SQuAD-style normal form: lowercase, accents and punctuation gone, no articles, single spaces."""
    text = unicodedata.normalize("NFKD", text.lower())
    text = "".join(
        " " if unicodedata.category(c)[0] in "PS" else c for c in text if not unicodedata.combining(c)
    )
    return " ".join(_ARTICLES.sub(" ", text).split())


def contains_answer(answer: str, references: Iterable[str]) -> bool:
    """Whether any reference appears in the answer, as whole words, after normalisation."""
    padded = f" {normalize_answer(answer)} "
    return any(ref and f" {ref} " in padded for ref in map(normalize_answer, references))


def exact_match(answer: str, references: Iterable[str]) -> float:
    normal = normalize_answer(answer)
    return float(any(normal == normalize_answer(ref) for ref in references))


def _f1(answer_tokens: list[str], reference_tokens: list[str]) -> float:
    common = sum((Counter(answer_tokens) & Counter(reference_tokens)).values())
    if not common:
        return 0.0
    precision, recall = common / len(answer_tokens), common / len(reference_tokens)
    return 2 * precision * recall / (precision + recall)


def token_f1(answer: str, references: Iterable[str]) -> float:
    """SQuAD token F1, the best over the references."""
    tokens = normalize_answer(answer).split()
    return max((_f1(tokens, normalize_answer(ref).split()) for ref in references), default=0.0)


def leaked(answer: str, forbidden: Iterable[str]) -> list[str]:
    """The forbidden strings found in the answer, case-insensitively (whitespace runs count as one)."""
    text = " ".join(answer.casefold().split())
    return [f for f in forbidden if " ".join(f.casefold().split()) in text]


def _parts(path: str) -> list[str]:
    return [p for p in re.split(r"[\\/]+", path.strip().lower()) if p]


def source_matches(expected: str, found: str) -> bool:
    """Whether a chunk's source is the expected file: its path parts appear in order, side by side.

    "cv.pdf" matches "persona/cv.pdf"; "linkedin_export.zip" matches "persona/linkedin_export.zip/Profile.csv".
    """
    want, got = _parts(expected), _parts(found)
    return bool(want) and any(got[i : i + len(want)] == want for i in range(len(got) - len(want) + 1))


def first_hit_rank(expected: str, ranked_sources: Sequence[Sequence[str]]) -> int | None:
    """1-based rank of the first retrieved chunk whose sources include the expected file, or None."""
    for rank, sources in enumerate(ranked_sources, 1):
        if any(source_matches(expected, s) for s in sources):
            return rank
    return None


def hit_at_k(expected: str, ranked_sources: Sequence[Sequence[str]], k: int) -> bool:
    rank = first_hit_rank(expected, ranked_sources)
    return rank is not None and rank <= k


def reciprocal_rank(expected: str, ranked_sources: Sequence[Sequence[str]]) -> float:
    rank = first_hit_rank(expected, ranked_sources)
    return 1.0 / rank if rank else 0.0


def percentile(values: Sequence[float], q: float) -> float | None:
    """The q-th percentile (0-100) with linear interpolation, as numpy's default; None when empty."""
    if not values:
        return None
    ordered = sorted(values)
    position = (len(ordered) - 1) * q / 100
    low, high = math.floor(position), math.ceil(position)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


@dataclass
class QuestionScore:
    """One answer scored against its question's references."""

    id: str
    category: str
    answerable: bool
    correct: bool  # answerable: a reference appears; unanswerable: the twin declined
    f1: float
    em: float
    declined: bool
    leaks: list[str]
    route: str
    latency_s: float
    ttft_s: float | None
    tokens: int
    hit_rank: int | None = None  # retrieval, when the question names a source and the mode retrieves
    retrieval_scored: bool = False
    cited_source: bool | None = None  # the expected file among the answer's cited sources
    check: str = ""  # what the answer check did ("ok", "replaced (why)", "declined (why)", "re-read (why)")
    in_facts: bool | None = None  # answerable, and the facts the reader was given hold a reference


def score_answer(
    *,
    qid: str,
    answers: Sequence[str],
    forbidden: Sequence[str],
    source: str | None,
    category: str,
    prediction: dict[str, Any],
) -> QuestionScore:
    """Score one prediction (a predictions.jsonl row) against its question's references."""
    text = str(prediction.get("answer", ""))
    route = str(prediction.get("route", ""))
    declined = is_decline(text, route)
    answerable = bool(answers)
    retrieved = prediction.get("retrieved")
    score = QuestionScore(
        id=qid,
        category=category,
        answerable=answerable,
        correct=contains_answer(text, answers) if answerable else declined,
        f1=token_f1(text, answers) if answerable else float(declined),
        em=exact_match(text, answers) if answerable else float(declined),
        declined=declined,
        leaks=leaked(text, forbidden),
        route=route,
        latency_s=float(prediction.get("latency_s") or 0.0),
        ttft_s=prediction.get("ttft_s"),
        tokens=int(prediction.get("tokens") or 0),
        check=str(prediction.get("check") or ""),
    )
    facts = prediction.get("facts")
    if answerable and facts is not None:
        score.in_facts = contains_answer(" ".join(facts), answers)
    if source and retrieved is not None:
        score.retrieval_scored = True
        score.hit_rank = first_hit_rank(source, retrieved)
        score.cited_source = any(source_matches(source, s) for s in prediction.get("sources") or [])
    return score


def _mean(values: Sequence[float]) -> float | None:
    return sum(values) / len(values) if values else None


def _rate(flags: Sequence[bool]) -> float | None:
    return _mean([float(f) for f in flags])


def wilson_interval(successes: int, n: int, z: float = 1.96) -> tuple[float, float] | None:
    """The 95% Wilson score interval of a rate: what a sample of `n` questions can tell apart.

    Sixty answerable questions leave about +/-0.12 around an accuracy of 0.5, so two readers whose figures
    differ by less than that have not been shown to differ.
    """
    if n <= 0:
        return None
    p = successes / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * ((p * (1 - p) / n + z * z / (4 * n * n)) ** 0.5) / (1 + z * z / n)
    return (round(max(0.0, centre - half), 4), round(min(1.0, centre + half), 4))


def _interval(successes: int, n: int) -> list[float] | None:
    interval = wilson_interval(successes, n)
    return list(interval) if interval else None


@dataclass
class ModeMetrics:
    """One mode's numbers. Rates are None where no question measures them (e.g. no unanswerable ones)."""

    n: int
    answerable: int
    unanswerable: int
    accuracy: float | None  # answerable questions whose answer contains a reference
    f1: float | None
    em: float | None
    correct_decline: float | None  # unanswerable questions declined
    false_decline: float | None  # answerable questions declined
    overall: float | None  # right answers plus right declines, over every question
    leaks: int  # answers holding a forbidden string
    leak_rate: float | None
    hit_at_k: float | None
    mrr: float | None
    cited_source: float | None
    retrieval_n: int
    routes: dict[str, int]
    latency_p50_s: float | None
    latency_p95_s: float | None
    ttft_p50_s: float | None
    tokens_per_s: float | None  # generated tokens over the time spent on answers that generated any
    by_category: dict[str, dict[str, float | int]] = field(default_factory=dict)
    checked_replaced: int = 0  # answers the check replaced by the best-supported fact
    checked_declined: int = 0  # answers the check replaced by a decline
    checked_reread: int = 0  # answers the reader gave again from the one line that answers (graph/shapes.py)
    accuracy_ci95: list[float] | None = None  # Wilson interval of `accuracy` (a list: it goes to JSON)
    correct_decline_ci95: list[float] | None = None
    # Where a wrong answer comes from: the reader was not given the answer (retrieval and grading), or
    # it was and did not read it. Over the answerable questions whose facts were recorded.
    answer_in_facts: float | None = None
    accuracy_when_in_facts: float | None = None


def summarize(scores: Sequence[QuestionScore], k: int) -> ModeMetrics:
    """A mode's metrics from its scored answers; `k` is the retrieval depth hit@k counts."""
    answerable = [s for s in scores if s.answerable]
    unanswerable = [s for s in scores if not s.answerable]
    retrieval = [s for s in scores if s.retrieval_scored]
    generating = [s for s in scores if s.tokens > 0 and s.latency_s > 0]
    latencies = [s.latency_s for s in scores]
    ttfts = [float(s.ttft_s) for s in scores if s.ttft_s is not None]
    categories: dict[str, list[QuestionScore]] = {}
    for s in scores:
        categories.setdefault(s.category or "-", []).append(s)
    generated_time = sum(s.latency_s for s in generating)
    return ModeMetrics(
        n=len(scores),
        answerable=len(answerable),
        unanswerable=len(unanswerable),
        accuracy=_rate([s.correct for s in answerable]),
        f1=_mean([s.f1 for s in answerable]),
        em=_mean([s.em for s in answerable]),
        correct_decline=_rate([s.declined for s in unanswerable]),
        false_decline=_rate([s.declined for s in answerable]),
        overall=_rate([s.correct for s in scores]),
        leaks=sum(1 for s in scores if s.leaks),
        leak_rate=_rate([bool(s.leaks) for s in scores]),
        hit_at_k=_rate([s.hit_rank is not None and s.hit_rank <= k for s in retrieval]),
        mrr=_mean([1.0 / s.hit_rank if s.hit_rank else 0.0 for s in retrieval]),
        cited_source=_rate([bool(s.cited_source) for s in retrieval]),
        retrieval_n=len(retrieval),
        routes=dict(sorted(Counter(s.route for s in scores).items())),
        latency_p50_s=percentile(latencies, 50),
        latency_p95_s=percentile(latencies, 95),
        ttft_p50_s=percentile(ttfts, 50),
        tokens_per_s=sum(s.tokens for s in generating) / generated_time if generated_time else None,
        by_category={
            name: {"n": len(group), "correct": sum(1 for s in group if s.correct)}
            for name, group in sorted(categories.items())
        },
        checked_replaced=sum(1 for s in scores if s.check.startswith("replaced")),
        checked_declined=sum(1 for s in scores if s.check.startswith("declined")),
        checked_reread=sum(1 for s in scores if s.check.startswith("re-read")),
        accuracy_ci95=_interval(sum(1 for s in answerable if s.correct), len(answerable)),
        correct_decline_ci95=_interval(sum(1 for s in unanswerable if s.declined), len(unanswerable)),
        answer_in_facts=_rate([bool(s.in_facts) for s in answerable if s.in_facts is not None]),
        accuracy_when_in_facts=_rate([s.correct for s in answerable if s.in_facts]),
    )
