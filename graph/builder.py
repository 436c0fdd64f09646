"""The twin's state machine:

check_question -> retrieve -> grade_documents -+-> generate                      (route: rag)
      |              ^                         +-> rewrite_query -> retrieve      (bounded by max_rewrites)
      v              |                         +-> unknown_answer                (about the person, unsupported)
    reject     rewrite_query (follow-ups)      +-> fallback_answer               (general question: direct model)
"""

from __future__ import annotations

from typing import Any

from langchain_core.language_models import BaseChatModel
from langgraph.graph import END, START, StateGraph
from langgraph.runtime import Runtime

from graph.context import Context
from graph.grading import YesProbability
from graph.nodes import Deps, make_nodes
from graph.routing import route_after_grading, route_question
from graph.state import InputState, OutputState, State
from ingest.policy import DisclosurePolicy
from tools.retriever import HybridRetriever


def build_graph(
    *,
    llm: BaseChatModel | None = None,
    retriever: HybridRetriever | None = None,
    checkpointer: Any = None,
    yes_probability: YesProbability | None = None,
    policy: DisclosurePolicy | None = None,
    person: str | None = None,
    settings: Any = None,
) -> Any:
    """Compile the twin's graph. Anything not given is built from settings the first time a run needs it."""
    deps = Deps(
        llm=llm,
        retriever=retriever,
        yes_probability=yes_probability,
        policy=policy,
        person=person,
        settings=settings,
    )
    nodes = make_nodes(deps)
    builder = StateGraph(State, context_schema=Context, input_schema=InputState, output_schema=OutputState)
    for name, node in nodes.items():
        builder.add_node(name, node)

    def after_grading(state: State, runtime: Runtime[Context]) -> str:
        return route_after_grading(state, runtime.context, deps.who(runtime.context))

    builder.add_edge(START, "check_question")
    builder.add_conditional_edges(
        "check_question", route_question, {"retrieve": "rewrite_query", "reject": "reject"}
    )
    builder.add_edge("rewrite_query", "retrieve")
    builder.add_edge("retrieve", "grade_documents")
    builder.add_conditional_edges(
        "grade_documents",
        after_grading,
        ["generate", "rewrite_query", "unknown_answer", "fallback_answer"],
    )
    for end in ("generate", "fallback_answer", "unknown_answer", "reject"):
        builder.add_edge(end, END)
    compiled = builder.compile(checkpointer=checkpointer, name="ai-twin")
    compiled.deps = deps  # type: ignore[attr-defined]  # for callers that want to reach the loaded model (evals, benchmarks)
    return compiled
