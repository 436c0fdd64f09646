"""The twin's LangGraph state machine: `build_graph(...)`, its run `Context`, and `graph.graph.graph` for Studio."""

from graph.builder import build_graph
from graph.context import Context

__all__ = ["Context", "build_graph"]
