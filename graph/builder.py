"""The twin's state machine:

check_question -> rewrite_query -> retrieve -> grade_documents -+-> generate         (route: rag)
      |                ^                                        +-> rewrite_query    (bounded by max_rewrites)
      v                +----------------------------------------+-> unknown_answer   (about the person, unsupported)
    reject (route: invalid)                                     +-> fallback_answer  (general question: direct model)

The first pass through rewrite_query makes a follow-up standalone; later passes reformulate the query.
"""

from __future__ import annotations

from functools import partial
from typing import Any, Literal

from langchain_core.language_models import BaseChatModel
from langgraph.graph import END, START, StateGraph
from langgraph.runtime import Runtime
from langgraph.types import Checkpointer

from graph import nodes
from graph.context import Context
from graph.deps import Deps
from graph.grading import YesProbability
from graph.routing import route_after_grading, route_question
from graph.state import InputState, OutputState, State
from ingest.policy import DisclosurePolicy
from tools.retriever import HybridRetriever
from twin.settings import Settings

# Nodes that take the run's `Deps` (the others need only the state).
_WITH_DEPS = [
    nodes.rewrite_query,
    nodes.retrieve,
    nodes.grade_documents,
    nodes.generate,
    nodes.fallback_answer,
    nodes.unknown_answer,
]


def after_grading(
    state: State, runtime: Runtime[Context], *, deps: Deps
) -> Literal["generate", "rewrite_query", "unknown_answer", "fallback_answer"]:
    return route_after_grading(state, runtime.context, deps.who(runtime.context))


def build_graph(
    *,
    settings: Settings | None = None,
    llm: BaseChatModel | None = None,
    retriever: HybridRetriever | None = None,
    checkpointer: Checkpointer = None,
    yes_probability: YesProbability | None = None,
    policy: DisclosurePolicy | None = None,
    person: str | None = None,
) -> Any:
    """Compile the twin's graph for the workspace of `settings` (None: the process's, read on first run).

    Anything not given is built from the settings the first time a run needs it (see `graph.deps`).
    """
    deps = Deps(
        settings=settings,
        llm=llm,
        retriever=retriever,
        yes_probability=yes_probability,
        policy=policy,
        person=person,
    )
    builder = StateGraph(State, context_schema=Context, input_schema=InputState, output_schema=OutputState)
    builder.add_node("check_question", nodes.check_question)
    builder.add_node("reject", nodes.reject)
    for node in _WITH_DEPS:
        builder.add_node(node.__name__, partial(node, deps=deps))

    builder.add_edge(START, "check_question")
    builder.add_conditional_edges("check_question", route_question, ["rewrite_query", "reject"])
    builder.add_edge("rewrite_query", "retrieve")
    builder.add_edge("retrieve", "grade_documents")
    builder.add_conditional_edges(
        "grade_documents",
        partial(after_grading, deps=deps),
        ["generate", "rewrite_query", "unknown_answer", "fallback_answer"],
    )
    for end in ("generate", "fallback_answer", "unknown_answer", "reject"):
        builder.add_edge(end, END)
    compiled = builder.compile(checkpointer=checkpointer, name="ai-twin")
    compiled.deps = deps  # type: ignore[attr-defined]  # for callers that reach the loaded model (evals, benchmarks)
    return compiled
