"""The run context: what a single run may change (limits, thresholds, prompts), editable in LangGraph Studio."""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from typing import Literal

from graph import prompts


def _doc(text: str) -> dict[str, str]:
    return {"description": text}


@dataclass(kw_only=True)
class Context:
    """Per-run settings of the twin. Defaults are calibrated on the sample persona's QA (see README)."""

    person: str = field(
        default="", metadata=_doc("Who the twin speaks as; empty: the knowledge file's title.")
    )
    top_k: int = field(default=4, metadata=_doc("Chunks retrieved per query."))
    max_rewrites: int = field(default=1, metadata=_doc("Reformulations after a retrieval graded irrelevant."))
    grader: Literal["scores", "logprob", "both"] = field(
        default="scores",
        metadata=_doc(
            "How relevance is decided: retrieval scores, the model's yes/no log-probability, or both."
        ),
    )
    relevance_threshold: float = field(
        default=0.25, metadata=_doc("A chunk at or above this relevance score is kept as context.")
    )
    confidence_threshold: float = field(
        default=0.3, metadata=_doc("Below this best relevance, the answer does not come from retrieval.")
    )
    max_new_tokens: int = field(default=64, metadata=_doc("Longest answer, in tokens."))
    repetition_penalty: float = field(
        default=1.15,
        metadata=_doc(
            "Penalty on repeating the answer's own tokens (greedy decoding loops without it); the prompt's "
            "facts are free to repeat."
        ),
    )
    decline_margin: float | None = field(
        default=None,
        metadata=_doc(
            "Logits by which 'I don't know' must beat an answer from the facts (None: the reader's calibrated value)."
        ),
    )
    answer_openings: bool = field(
        default=True,
        metadata=_doc(
            "Start a facts answer with the question's own words in the first person ('Which town is the firm "
            "in?' -> 'The firm is in'), so the reader only reads the fact that ends it (graph/opening.py). "
            "Local models only."
        ),
    )
    history_turns: int = field(
        default=0,
        metadata=_doc(
            "Earlier question/answer pairs put in the prompt. 0 for the 270M default, which copies earlier "
            "answers; follow-ups are resolved by the rewrite node from the conversation memory either way."
        ),
    )
    rag_prompt: str = field(
        default=prompts.RAG_PROMPT, metadata=_doc("Prompt for answers from retrieved facts.")
    )
    fallback_prompt: str = field(
        default=prompts.FALLBACK_PROMPT, metadata=_doc("Prompt for direct answers to general questions.")
    )
    fallback_prefix: str = field(
        default=prompts.FALLBACK_PREFIX, metadata=_doc("Hedge before a direct answer.")
    )
    unknown_answer: str = field(
        default=prompts.UNKNOWN_ANSWER, metadata=_doc("What the twin says when nothing supports an answer.")
    )
    rewrite_prompt: str = field(
        default=prompts.REWRITE_PROMPT, metadata=_doc("Prompt for query reformulation.")
    )
    grade_prompt: str = field(
        default=prompts.GRADE_PROMPT, metadata=_doc("Prompt for log-probability grading.")
    )
    llm_rewrite: bool = field(
        default=False,
        metadata=_doc("Reformulate with the model (off: keyword expansion, better with the 270M default)."),
    )


def context_with(overrides: list[str], base: Context | None = None) -> Context:
    """A run context with `NAME=VALUE` overrides (as `twin eval --set` gives them), checked and typed.

    Raises ValueError with a one-line reason for an unknown name or a value of the wrong kind.
    """
    base = base or Context()
    # A setting whose default is None (decline_margin) takes a number, or "none" for the default.
    kinds = {
        f.name: type(getattr(base, f.name)) if getattr(base, f.name) is not None else float
        for f in fields(base)
    }
    changes: dict[str, object] = {}
    for item in overrides:
        name, sep, text = item.partition("=")
        name = name.strip()
        if not sep or name not in kinds:
            raise ValueError(f"unknown run-context setting {item!r}; settings: {', '.join(kinds)}")
        kind = kinds[name]
        try:
            if getattr(base, name) is None and text.strip().lower() == "none":
                changes[name] = None
            elif kind is bool:
                if text.lower() not in ("true", "false", "1", "0", "yes", "no"):
                    raise ValueError
                changes[name] = text.lower() in ("true", "1", "yes")
            else:
                changes[name] = kind(text)
        except ValueError:
            wanted = {int: "a whole number", float: "a number", bool: "true or false"}.get(kind, "text")
            raise ValueError(f"{name} takes {wanted}, got {text!r}") from None
    context = replace(base, **changes)  # type: ignore[arg-type]
    if context.grader not in ("scores", "logprob", "both"):
        raise ValueError(f"grader must be scores, logprob or both, got {context.grader!r}")
    return context
