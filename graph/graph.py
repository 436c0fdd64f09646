"""The module-level compiled graph: what `langgraph dev` (LangGraph Studio) serves and Python callers import.

Compiling loads nothing: the settings (TWIN_HOME, ...), the model and the index are read by the first run
that needs them. LangGraph Studio brings its own persistence, so this graph has no checkpointer; `twin chat`
and the Gradio app build theirs with one (see `graph.service`).
"""

from graph.builder import build_graph

graph = build_graph()
