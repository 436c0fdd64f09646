"""How relevance is decided, without asking a 270M model for free-text yes/no.

Each retrieved chunk gets a relevance in [0, 1] from one or both of:
- `scores`: the retriever's dense cosine similarity, lifted by how many of the question's content words
  the chunk contains (a name or a rare term matched exactly is strong evidence MiniLM can under-rate);
- `logprob`: the generator's probability of " yes" over " yes" + " no" after a grading prompt, read from
  the next-token logits (no sampling, no parsing).
Confidence is the best chunk's relevance. Thresholds live in the run context and are calibrated on the
sample persona's QA by `bench/calibrate.py`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from langchain_core.documents import Document

from tools.retriever import tokenize

# Words that say what kind of thing is asked, not which: they match every chunk's section headings.
_GENERIC = frozenset(
    [
        "tell",
        "about",
        "know",
        "like",
        "work",
        "job",
        "study",
        "studied",
        "now",
        "currently",
        "current",
        "much",
        "many",
        "long",
        "ever",
        "also",
        "any",
        "some",
        "there",
        "here",
        "can",
        "could",
        "would",
        "should",
    ]
)

YesProbability = Callable[[Sequence[str]], list[float]]


def content_words(text: str) -> set[str]:
    return {t for t in tokenize(text) if t not in _GENERIC and len(t) > 2}


def score_relevance(question: str, document: Document) -> float:
    dense = float(document.metadata.get("dense_score", 0.0))
    words = content_words(question)
    overlap = len(words & set(tokenize(document.page_content))) / len(words) if words else 0.0
    return round(min(1.0, dense + 0.3 * overlap), 4)


def yes_probability_from_model(model, tokenizer) -> YesProbability:  # type: ignore[no-untyped-def]
    """P(yes) for each grading prompt, from one batched forward pass of a causal LM."""

    def yes_probability(prompts: Sequence[str]) -> list[float]:
        import torch

        yes = tokenizer.encode(" yes", add_special_tokens=False)[-1]
        no = tokenizer.encode(" no", add_special_tokens=False)[-1]
        out = []
        with torch.inference_mode():
            for prompt in prompts:  # one at a time: no padding side-effects, and memory stays flat
                ids = tokenizer(prompt, return_tensors="pt").to(model.device)
                logits = model(**ids).logits[0, -1]
                pair = torch.stack([logits[yes], logits[no]]).float().softmax(-1)
                out.append(float(pair[0]))
        return out

    return yes_probability
