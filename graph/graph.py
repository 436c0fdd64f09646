"""The module-level compiled graph: what `langgraph dev` (LangGraph Studio) serves and Python callers import.

Compiling loads nothing: the settings (TWIN_HOME, ...), the model and the index are read by the first run
that needs them. Served by the LangGraph API server (`langgraph dev`, which sets LANGGRAPH_API_URL), the twin
loads them at once in the background instead, with one line in the server's log, so the first run is answered
as fast as the next (TWIN_PRELOAD=0 leaves it to the first run). LangGraph Studio brings its own
persistence, so this graph has no checkpointer; `twin chat` and the Gradio app build theirs with one (see
`graph.service`).
"""

import os
import sys
import threading
import time

from graph.builder import build_graph
from twin.errors import TwinError

graph = build_graph()


def _preload() -> None:
    started = time.perf_counter()
    try:
        graph.deps.preload()
    except TwinError as error:
        print(f"twin: not loaded yet: {error}", file=sys.stderr, flush=True)
        return
    home = graph.deps.run_settings().home
    print(
        f"twin: {home} loaded (model, index, embeddings) in {time.perf_counter() - started:.1f} s",
        file=sys.stderr,
        flush=True,
    )


if os.environ.get("LANGGRAPH_API_URL") and os.environ.get("TWIN_PRELOAD", "1") != "0":
    threading.Thread(target=_preload, name="twin-preload", daemon=True).start()
