"""The twin's LangGraph state machine: `build_graph(...)`, its run `Context`, and `graph.graph.graph` for Studio.

Names are re-exported lazily, so a light submodule (`graph.limits`) imports without langgraph.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from graph.builder import build_graph
    from graph.context import Context

_EXPORTS = {"build_graph": "graph.builder", "Context": "graph.context"}

__all__ = ["Context", "build_graph"]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'graph' has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)
