"""The Gradio chat UI, and the Hugging Face Spaces entry (`python app.py`).

Thin: every answer, trace and error comes from `graph.service.Twin`. The handlers below only turn the
twin's stream into chat messages. One browser tab is one conversation (a thread id made per page load);
the model is one instance, so visitors are queued one at a time rather than failed.
"""

from __future__ import annotations

import logging
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from typing import Any

import gradio as gr

from graph.service import Answer, Twin
from graph.traces import TraceStore
from twin.errors import TwinError
from twin.settings import Settings, get_settings

log = logging.getLogger(__name__)

EXAMPLE_QUESTIONS = [
    "Where do you work now?",
    "What did you study?",
    "What do you do in your free time?",
    "How can I contact you?",
]
TRACE_COLUMNS = ["time", "question", "route", "confidence", "latency s", "tokens", "run"]
MAX_QUEUE = 32
MAX_ECHO = 1000  # a longer question is shown cut; the twin still gets all of it

History = list[dict[str, Any]]


class TwinSource:
    """The twin behind the page: the one given, or a real one built on the first question (fast page load)."""

    def __init__(
        self,
        twin: Twin | None = None,
        *,
        settings: Settings | None = None,
        factory: Callable[[Settings], Twin] = Twin,
    ):
        self._twin = twin
        self._settings = settings
        self._factory = factory
        self._lock = threading.Lock()

    @property
    def settings(self) -> Settings:
        if self._twin is not None:
            return self._twin.settings
        return self._settings or get_settings()

    def get(self) -> Twin:
        with self._lock:
            if self._twin is None:
                self._twin = self._factory(self.settings)
            return self._twin

    def traces(self) -> TraceStore:
        """The runs recorded so far, without building the twin (the tab opens even before any index)."""
        return self._twin.traces if self._twin is not None else TraceStore(self.settings.traces_db)


def new_thread_id() -> str:
    return uuid.uuid4().hex


def footer(answer: Answer) -> str:
    return f"<sub>{answer.footer()} · {answer.latency_s:.1f} s</sub>"


def show_question(message: str, history: History | None) -> tuple[str, History, str]:
    """Echo the question at once (the answer may wait in the queue); clear the box; pass the question on."""
    shown = message if len(message) <= MAX_ECHO else f"{message[:MAX_ECHO]}… ({len(message):,} characters)"
    echo = [{"role": "user", "content": shown}] if message.strip() else []
    return "", [*(history or []), *echo], message


def respond(source: TwinSource, question: str, history: History, thread_id: str) -> Iterator[History]:
    """Stream the twin's answer into a new chat message, then set it to the final answer and its footer."""
    text = ""
    try:
        twin = source.get()
        twin.check_ready()
        for event in twin.stream(question, thread_id=thread_id):
            if isinstance(event, Answer):
                # The final answer is authoritative (the stream already matches it), then the footer.
                text = f"{event.text}\n\n{footer(event)}"
            else:
                text += event
            yield [*history, {"role": "assistant", "content": text}]
    except TwinError as exc:
        yield [*history, {"role": "assistant", "content": f"⚠️ {exc}"}]
    except Exception as exc:  # the visitor sees one line; the log keeps the traceback
        log.exception("answering %r failed", question[:200])
        message = f"⚠️ The twin could not answer ({type(exc).__name__}: {str(exc)[:300]})."
        yield [*history, {"role": "assistant", "content": message}]


def trace_rows(source: TwinSource, limit: int = 50) -> list[list[Any]]:
    rows = []
    for run in source.traces().recent(limit):
        started = time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(run["started"] or 0))
        confidence = run["confidence"]
        rows.append(
            [
                started,
                (run["question"] or "")[:120],
                run["route"] or ("error" if run["error"] else ""),
                round(confidence, 3) if confidence is not None else None,
                round(run["latency_s"] or 0.0, 2),
                run["tokens"],
                run["id"],  # whole: run ids are time-ordered, so their first characters repeat
            ]
        )
    return rows


def trace_detail(source: TwinSource, run_id: str) -> dict[str, Any]:
    """One run, node by node (input, output, seconds), or a message saying why there is none."""
    run_id = (run_id or "").strip()
    if not run_id:
        return {"message": "pick a run in the table, or paste its id"}
    run = source.traces().get(run_id)
    return run if run is not None else {"message": f"no run with id {run_id!r}"}


def build_app(twin: Twin | None = None, *, settings: Settings | None = None) -> gr.Blocks:
    """The chat page (streaming answers, sources, route, confidence) and a Traces tab, with a queue.

    With no `twin`, a real one is built from `settings` (default: the environment's) on the first question.
    """
    source = TwinSource(twin, settings=settings)

    def answer(question: str, history: History, thread_id: str) -> Iterator[History]:
        yield from respond(source, question, history, thread_id)

    def traces() -> list[list[Any]]:
        return trace_rows(source)

    def show_trace(run_id: str) -> dict[str, Any]:
        return trace_detail(source, run_id)

    def pick_trace(evt: gr.SelectData) -> tuple[str, dict[str, Any]]:
        row = evt.row_value or []
        run_id = str(row[-1]) if row else ""
        return run_id, trace_detail(source, run_id)

    with gr.Blocks(title="AI Twin") as demo:
        thread = gr.State(new_thread_id)  # called on every page load: one conversation per tab
        question = gr.State("")
        gr.Markdown(
            "## AI Twin\nAnswers come from what I have written. Under each answer: the sources used, "
            "how it was answered (route) and how well the sources matched (confidence)."
        )
        with gr.Tab("Chat"):
            chatbot = gr.Chatbot(label="AI Twin", height=480, elem_id="chat", feedback_options=None)
            with gr.Row():
                box = gr.Textbox(
                    placeholder="Ask me about my work, studies, interests…",
                    show_label=False,
                    scale=8,
                    elem_id="question",
                )
                send = gr.Button("Send", variant="primary", scale=1, elem_id="send")
            with gr.Row():
                examples = [gr.Button(q, size="sm", elem_classes="example") for q in EXAMPLE_QUESTIONS]
                new = gr.Button("New conversation", size="sm", variant="secondary")
        with gr.Tab("Traces") as traces_tab:
            gr.Markdown("Recent runs, newest first. Pick one to see each node's input, output and time.")
            table = gr.Dataframe(
                headers=TRACE_COLUMNS,
                column_widths=["15%", "31%", "8%", "9%", "8%", "7%", "22%"],
                interactive=False,
                wrap=True,
                elem_id="traces",
                max_height=360,
            )
            with gr.Row():
                run_box = gr.Textbox(label="Run id", scale=4)
                show = gr.Button("Show run", scale=1)
                refresh = gr.Button("Refresh", scale=1)
            detail = gr.JSON(label="Run, node by node", open=True, elem_id="trace")

        for trigger, value in [(box.submit, None), (send.click, None)] + [
            (b.click, q) for b, q in zip(examples, EXAMPLE_QUESTIONS, strict=True)
        ]:
            inputs = [box, chatbot] if value is None else [gr.State(value), chatbot]
            trigger(show_question, inputs, [box, chatbot, question], queue=False).then(
                answer, [question, chatbot, thread], chatbot
            )
        new.click(lambda: ([], new_thread_id()), None, [chatbot, thread], queue=False)
        chatbot.clear(new_thread_id, None, thread, queue=False)  # the bin icon: forget, start afresh
        for event in (traces_tab.select, refresh.click):
            event(traces, None, table, concurrency_limit=None)
        show.click(show_trace, run_box, detail, concurrency_limit=None)
        run_box.submit(show_trace, run_box, detail, concurrency_limit=None)
        table.select(pick_trace, None, [run_box, detail], concurrency_limit=None)

    # One model instance: answer one visitor at a time and queue the rest (the queue shows their place).
    return demo.queue(default_concurrency_limit=1, max_size=MAX_QUEUE)


if __name__ == "__main__":
    # Hugging Face Spaces runs `python app.py`; GRADIO_SERVER_NAME/PORT from the environment apply.
    build_app().launch()
