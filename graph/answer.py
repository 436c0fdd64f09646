"""What a visitor reads: a model's reply cleaned to its answer, bound generation settings, the shown message.

The graph's answer nodes, the streaming service (`graph.service`) and the evaluation (`evals.run`) all shape
answers here, so what a visitor sees is what the evaluation scored.
"""

from __future__ import annotations

import re
from typing import Any

from langchain_core.messages import AIMessage, AnyMessage

from graph.context import Context
from ingest.policy import DisclosurePolicy

NO_ANSWER = "I don't know."  # what an empty reply becomes
SOURCES_LINE = re.compile(r"\n*Sources: .*$", re.DOTALL)
_NOT_ANSWER = re.compile(r"^(?:question|facts?|context|answer)\s*:", re.IGNORECASE)


def message_text(message: AnyMessage) -> str:
    content = message.content
    if isinstance(content, list):
        content = " ".join(part.get("text", "") if isinstance(part, dict) else str(part) for part in content)
    return str(content)


def clean_reply(reply: str) -> str:
    """The answer in a model's reply: its first line of real text, without list markers or echoed labels.

    Small models pad an answer with bullets, echo the prompt's labels and repeat themselves; the first
    sentence-bearing line is the answer.
    """
    return _answer_line(reply)[0]


def answer_complete(reply: str) -> bool:
    """Whether `clean_reply(reply)` is final: no continuation of the reply can change it.

    Generation stops there (`answer_model`): the rest of the tokens would be thrown away.
    """
    return _answer_line(reply)[1]


def _answer_line(reply: str) -> tuple[str, bool]:
    lines = reply.splitlines()
    for number, line in enumerate(lines):
        text = re.sub(r"^\s*(?:[-*•]|\d+[.)]|\[[^\]]*\])\s*", "", line).strip()
        text = re.sub(r"^answer\s*:\s*", "", text, flags=re.IGNORECASE)
        if len(re.findall(r"\w+", text)) >= 2 and not _NOT_ANSWER.match(text):
            sentences = re.split(r"(?<=[.!?])\s+", text)
            line_ended = number < len(lines) - 1 or reply[-1:] in ("\n", "\r")
            # A fourth piece means the first three sentences have ended: later text cannot change them.
            return " ".join(sentences[:3]).strip(), line_ended or len(sentences) > 3
    return "", False


def answer_model(llm: Any, context: Context) -> Any:
    """The chat model bound to one answer's generation settings: length, repetition penalty, early stop.

    Call it once per answer: the processors it binds remember where that answer's prompt ends.
    """
    pipeline = getattr(getattr(llm, "llm", None), "pipeline", None)
    if pipeline is None:  # a non-HuggingFace chat model (tests' fakes, an API model)
        return llm
    from models.chat import answer_processors

    processors = answer_processors(
        pipeline.tokenizer, done=answer_complete, repetition_penalty=context.repetition_penalty
    )
    return llm.bind(
        pipeline_kwargs={"max_new_tokens": context.max_new_tokens, "logits_processor": processors}
    )


def count_tokens(llm: Any, text: str) -> int:
    """Tokens in `text` by the model's tokenizer (words for a model without one)."""
    tokenizer = getattr(getattr(getattr(llm, "llm", None), "pipeline", None), "tokenizer", None)
    return (
        len(tokenizer.encode(text, add_special_tokens=False)) if tokenizer is not None else len(text.split())
    )


def complete(llm: Any, messages: list[AnyMessage], context: Context) -> tuple[str, int]:
    """The model's cleaned answer and the number of tokens it generated."""
    reply = message_text(answer_model(llm, context).invoke(messages))
    return clean_reply(reply) or NO_ANSWER, count_tokens(llm, reply)


def shown_answer(
    answer: str, route: str, sources: list[str], tokens: int, policy: DisclosurePolicy
) -> dict[str, Any]:
    """The state update that ends a run: the answer through the disclosure policy, and the message shown."""
    text, _ = policy.redact(answer)
    shown = f"{text}\n\nSources: {', '.join(sources)}" if sources else text
    message = AIMessage(shown, response_metadata={"route": route, "sources": sources})
    return {"answer": text, "route": route, "sources": sources, "tokens": tokens, "messages": [message]}
