"""Graph state: the narrow input a caller gives, and what the nodes add on the way to an answer."""

from __future__ import annotations

from typing import Annotated, Literal, NotRequired, TypedDict

from langchain_core.documents import Document
from langchain_core.messages import AnyMessage
from langgraph.graph.message import add_messages

Route = Literal["rag", "fallback", "unknown", "invalid"]  # invalid: bad input, answered by `reject`


class InputState(TypedDict):
    """What a caller gives: the conversation so far (the last human message is the question)."""

    messages: Annotated[list[AnyMessage], add_messages]


class OutputState(TypedDict):
    messages: Annotated[list[AnyMessage], add_messages]
    answer: str
    route: Route
    confidence: float
    sources: list[str]
    tokens: int
    check: str  # what the answer check did: "ok", "replaced (why)" or "declined (why)"


class State(InputState):
    question: NotRequired[str]  # the latest question as asked
    standalone: NotRequired[str]  # the question with a follow-up resolved against the conversation
    query: NotRequired[str]  # what is searched: the question made standalone, or reformulated
    rewrites: NotRequired[int]  # reformulations so far, bounded by Context.max_rewrites
    retrieved: NotRequired[list[Document]]  # the last retrieval, with scores in metadata
    documents: NotRequired[list[Document]]  # retrieved chunks graded relevant
    confidence: NotRequired[float]
    route: NotRequired[Route]
    answer: NotRequired[str]
    sources: NotRequired[list[str]]
    tokens: NotRequired[int]  # tokens generated for the answer
    check: NotRequired[str]  # what the answer check did: "ok", "replaced (why)" or "declined (why)"
