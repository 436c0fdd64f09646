"""The Gradio chat UI, and the Hugging Face Spaces entry (`python app.py`).

Thin: every answer, trace and error comes from `graph.service.Twin`. The handlers below only turn the
twin's stream into chat messages. One browser tab is one conversation (a thread id made per page load);
the model is one instance, so visitors are queued one at a time rather than failed. The page is the person's
(name, headline, photo and example questions from `ingest.profile`); a visitor's thumbs go to the trace store;
the Owner tab (only with `TWIN_OWNER_TOKEN`) answers what the twin could not, through `graph.unanswered`.

`serve` puts the page, the OpenAI-compatible API (`graph.openai_api`, under /v1) and the twin as an MCP tool
(`ask_<person>`, Gradio's MCP server under /gradio_api/mcp/) on one server; the three share one model (one
answer at a time) and one visitor limit (`graph.limits`, questions per minute per client address).
"""

from __future__ import annotations

import base64
import hmac
import html
import logging
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from typing import Any

import gradio as gr

from graph.limits import VisitorLimit
from graph.openai_api import openai_router, person_slug, readable_sources
from graph.service import Answer, Twin
from graph.traces import TraceStore
from graph.unanswered import DISLIKED, answer_question, open_questions
from ingest.profile import Profile, facts_by_source, load_profile
from ingest.types import SECTIONS
from twin.errors import TwinError
from twin.settings import Settings, get_settings

log = logging.getLogger(__name__)

TRACE_COLUMNS = [
    "time",
    "question",
    "answer",
    "route",
    "confidence",
    "latency s",
    "tokens",
    "feedback",
    "run",
]
OWNER_COLUMNS = ["#", "last asked", "why", "question", "the twin said"]
AUTO_SECTION = "(guess from the question)"
FEEDBACK = {True: "up", False: "down"}  # gr.LikeData.liked -> the trace's feedback; "" (taken back) -> None
MAX_QUEUE = 32
MAX_ECHO = 1000  # a longer question is shown cut; the twin still gets all of it
MAX_PHOTO_BYTES = 5 * 1024 * 1024

History = list[dict[str, Any]]


class TwinSource:
    """The twin behind the page: the one given, or a real one built on the first question (fast page load).

    It also holds what every way in shares: `turn`, held while the twin answers (the model is one instance:
    the page's queue, the API and the MCP tool take turns), and `limit`, the visitor limit (`rate_limit`
    questions per minute per client; default the settings' TWIN_RATE_LIMIT; 0 is off).
    """

    def __init__(
        self,
        twin: Twin | None = None,
        *,
        settings: Settings | None = None,
        factory: Callable[[Settings], Twin] = Twin,
        rate_limit: int | None = None,
    ):
        self._twin = twin
        self._settings = settings
        self._factory = factory
        self._lock = threading.Lock()
        self.turn = threading.Lock()  # a plain Lock: a streamed answer may be resumed on another thread
        self.limit = VisitorLimit(self.settings.rate_limit if rate_limit is None else rate_limit)

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
    """Under the answer: how it was answered and how well the sources matched (the sources have their own block)."""
    return (
        f"<sub>route: {answer.route} · confidence: {answer.confidence:.2f} · {answer.latency_s:.1f} s</sub>"
    )


def answer_messages(answer: Answer) -> History:
    """The final answer as chat messages: the answer with its footer (carrying the run id, for the thumbs),
    then, when facts were used, a closed block titled with their readable sources that opens to the facts."""
    messages: History = [
        {
            "role": "assistant",
            "content": f"{answer.text}\n\n{footer(answer)}",
            "metadata": {"id": answer.run_id},
        }
    ]
    grouped = facts_by_source(answer.facts)
    if grouped:
        body = "\n\n".join(
            f"**{label}**\n" + "\n".join(f"- {fact}" for fact in facts) for label, facts in grouped.items()
        )
        title = "Sources: " + " · ".join(grouped)
        metadata = {"title": title, "status": "done", "id": f"{answer.run_id}/sources"}
        messages.append({"role": "assistant", "content": body, "metadata": metadata})
    return messages


def person_header(profile: Profile) -> str:
    """The top of the page: the person's photo, name and headline (what a visitor sees first)."""
    name = html.escape(profile.name or "AI Twin")
    photo = ""
    if profile.photo is not None:
        try:
            data = profile.photo.read_bytes()
        except OSError as error:
            log.warning("%s: the photo cannot be read (%s)", profile.photo, error.strerror or error)
            data = b""
        if 0 < len(data) <= MAX_PHOTO_BYTES:
            kind = {"jpg": "jpeg"}.get(
                profile.photo.suffix.lower().lstrip("."), profile.photo.suffix.lower()[1:]
            )
            source = f"data:image/{kind};base64,{base64.b64encode(data).decode('ascii')}"
            photo = (
                f'<img src="{source}" alt="{name}" style="width:88px;height:88px;border-radius:50%;'
                'object-fit:cover;flex:none">'
            )
    headline = (
        f'<p style="margin:0.2em 0;font-size:1.1em">{html.escape(profile.headline)}</p>'
        if profile.headline
        else ""
    )
    note = (
        '<p style="margin:0.2em 0;opacity:0.7;font-size:0.9em">An AI twin: answers come from what I have written. '
        "Under each answer: the sources used (open them for the facts), how it was answered (route) and how "
        "well the sources matched (confidence).</p>"
    )
    return (
        f'<div id="person" style="display:flex;gap:1em;align-items:center">{photo}'
        f'<div><h1 style="margin:0">{name}</h1>{headline}{note}</div></div>'
    )


def show_question(message: str, history: History | None) -> tuple[str, History, str]:
    """Echo the question at once (the answer may wait in the queue); clear the box; pass the question on."""
    shown = message if len(message) <= MAX_ECHO else f"{message[:MAX_ECHO]}… ({len(message):,} characters)"
    echo = [{"role": "user", "content": shown}] if message.strip() else []
    return "", [*(history or []), *echo], message


def respond(
    source: TwinSource, question: str, history: History, thread_id: str, client: str | None = None
) -> Iterator[History]:
    """Stream the twin's answer into a new chat message, then set it to the final answer and its footer, followed
    by the block of its sources (`answer_messages`). A visitor (`client`: their address) over the visitor limit
    reads one line instead."""
    wait = source.limit.wait_s(client)
    if wait:
        yield [*history, {"role": "assistant", "content": f"⚠️ {source.limit.message(wait)}"}]
        return
    text = ""
    try:
        twin = source.get()
        twin.check_ready()
        with source.turn:
            for event in twin.stream(question, thread_id=thread_id):
                if isinstance(event, Answer):
                    # The final answer is authoritative (the stream already matches it), then footer and sources.
                    yield [*history, *answer_messages(event)]
                    return
                text += event
                yield [*history, {"role": "assistant", "content": text}]
    except TwinError as exc:
        yield [*history, {"role": "assistant", "content": f"⚠️ {exc}"}]
    except Exception as exc:  # the visitor sees one line; the log keeps the traceback
        log.exception("answering %r failed", question[:200])
        message = f"⚠️ The twin could not answer ({type(exc).__name__}: {str(exc)[:300]})."
        yield [*history, {"role": "assistant", "content": message}]


def client_address(request: gr.Request | None) -> str | None:
    """The visitor's address (behind a proxy, uvicorn puts the forwarded one here for FORWARDED_ALLOW_IPS)."""
    client = getattr(request, "client", None) if request is not None else None
    return getattr(client, "host", None)


def tool_answer(source: TwinSource, question: str, thread_id: str = "", client: str | None = None) -> str:
    """What the MCP tool returns: the answer, then its sources by name, then how it was answered and the
    thread (pass it back as `thread_id` to continue the conversation). Over the limit, or with no index: an
    error with one line."""
    wait = source.limit.wait_s(client)
    if wait:
        raise gr.Error(source.limit.message(wait), print_exception=False)
    try:
        twin = source.get()
        twin.check_ready()
        with source.turn:
            answer = twin.ask(question, thread_id=thread_id.strip() or None)
    except TwinError as error:
        raise gr.Error(str(error), print_exception=False) from error
    sources = " · ".join(readable_sources(answer)) or "none"
    return (
        f"{answer.text}\n\nSources: {sources}\n"
        f"route: {answer.route} · confidence: {answer.confidence:.2f} · thread_id: {answer.thread_id}"
    )


def ask_tool(source: TwinSource, name: str) -> Callable[..., str]:
    """The MCP tool `ask_<person>`: Gradio names a tool after its function and describes it from its docstring."""
    who = name or "the person"

    def ask(question: str, thread_id: str = "", request: gr.Request | None = None) -> str:
        return tool_answer(source, question, thread_id, client_address(request))

    ask.__name__ = ask.__qualname__ = f"ask_{person_slug(name)}"
    ask.__doc__ = f"""Ask {who}'s AI twin a question about {who} (work, studies, projects, interests, contact).

    The twin answers in the first person, from {who}'s own documents, and says so when they do not tell.

    Args:
        question: the question, as you would ask {who}
        thread_id: optional; the thread_id of an earlier answer, to ask a follow-up in that conversation

    Returns:
        the answer, then the sources it came from, the route (rag: from the documents), the confidence and the thread_id
    """
    return ask


def record_feedback(source: TwinSource, history: History, index: Any, liked: bool | str) -> str | None:
    """A visitor's thumbs on an answer, stored with its trace; returns the run id (None: not an answer)."""
    position = index[0] if isinstance(index, list | tuple) else index
    if not isinstance(position, int) or not 0 <= position < len(history):
        return None
    for message in history[position:]:  # the thumbs sit on the answer's group: the answer, then its sources
        if message.get("role") != "assistant":
            break
        run_id = str((message.get("metadata") or {}).get("id") or "").split("/")[0]
        if run_id:
            try:
                source.traces().set_feedback(run_id, FEEDBACK.get(liked) if isinstance(liked, bool) else None)
            except TwinError as error:  # the visitor's click must never show an error
                log.warning("feedback not recorded: %s", error)
            return run_id
    return None


def trace_rows(source: TwinSource, limit: int = 50) -> list[list[Any]]:
    rows = []
    for run in source.traces().recent(limit):
        started = time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(run["started"] or 0))
        confidence = run["confidence"]
        rows.append(
            [
                started,
                (run["question"] or "")[:120],
                (run["answer"] or "")[:200],
                run["route"] or ("error" if run["error"] else ""),
                round(confidence, 3) if confidence is not None else None,
                round(run["latency_s"] or 0.0, 2),
                run["tokens"],
                {"up": "👍", "down": "👎"}.get(run.get("feedback") or "", ""),
                run["id"],  # whole and last: run ids are time-ordered, so their first characters repeat
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


def owner_allowed(settings: Settings, token: str | None) -> bool:
    """Whether `token` is the owner's (compared in constant time); never true when no owner token is set."""
    expected = settings.owner_token or ""
    return bool(expected) and hmac.compare_digest((token or "").encode(), expected.encode())


def owner_rows(source: TwinSource, token: str | None) -> list[list[Any]]:
    """The open questions for the owner's table; nothing at all for a wrong token."""
    if not owner_allowed(source.settings, token):
        return []
    return [
        [
            item.number,
            item.when,
            ", ".join(item.why),
            item.question,
            item.answer[:200] if DISLIKED in item.why else "",
        ]
        for item in open_questions(source.settings, source.traces())
    ]


def owner_answer(
    source: TwinSource, token: str | None, question: str, answer: str, section: str | None
) -> str:
    """The owner's answer into the knowledge file and the index; the line that says what happened."""
    if not owner_allowed(source.settings, token):
        return "⚠️ wrong owner token"
    if not (question or "").strip():
        return "⚠️ pick a question in the table (or type one)"
    try:
        result = answer_question(
            source.settings,
            question.strip(),
            answer or "",
            section=None if section in (None, "", AUTO_SECTION) else section,
        )
    except TwinError as error:
        return f"⚠️ {error}"
    return f"✅ {result.line()}. The next visitor who asks gets it."


def build_app(
    twin: Twin | None = None,
    *,
    settings: Settings | None = None,
    rate_limit: int | None = None,
    source: TwinSource | None = None,
) -> gr.Blocks:
    """The person's chat page (streaming answers, sources, route, confidence, thumbs), a Traces tab and, when an
    owner token is set, an Owner tab; with a queue. Its one public API endpoint is `ask_<person>`, the MCP tool
    when launched with `mcp_server=True` (`serve` does); the page's own events are left out of the API docs.

    With no `twin`, a real one is built from `settings` (default: the environment's) on the first question.
    `rate_limit`: the visitor limit (default TWIN_RATE_LIMIT). `source`, when given, replaces all three.
    """
    source = source or TwinSource(twin, settings=settings, rate_limit=rate_limit)
    profile = load_profile(source.settings)

    def answer(
        question: str, history: History, thread_id: str, request: gr.Request | None = None
    ) -> Iterator[History]:
        yield from respond(source, question, history, thread_id, client_address(request))

    def feedback(history: History, data: gr.LikeData) -> None:
        record_feedback(source, history, data.index, data.liked)

    def traces() -> list[list[Any]]:
        return trace_rows(source)

    def show_trace(run_id: str) -> dict[str, Any]:
        return trace_detail(source, run_id)

    def pick_trace(evt: gr.SelectData) -> tuple[str, dict[str, Any]]:
        row = evt.row_value or []
        run_id = str(row[-1]) if row else ""
        return run_id, trace_detail(source, run_id)

    page: dict[str, Any] = {"api_visibility": "undocumented"}  # callable as before; not an MCP tool
    with gr.Blocks(title=profile.title) as demo:
        tool = ask_tool(source, profile.name)
        # Not queued: Gradio's MCP server then calls it with the client's own request (its address, for the
        # limit); `source.turn` makes it wait for the page's answer in progress.
        gr.api(tool, api_name=tool.__name__, queue=False)
        thread = gr.State()  # a new id on every page load (below): one conversation per tab
        question = gr.State("")
        gr.HTML(person_header(profile), elem_id="header")
        with gr.Tab("Chat"):
            chatbot = gr.Chatbot(
                label=profile.name or "AI Twin",
                height=480,
                elem_id="chat",
                feedback_options=("Like", "Dislike"),
            )
            with gr.Row():
                box = gr.Textbox(
                    placeholder="Ask me about my work, studies, interests…",
                    show_label=False,
                    scale=8,
                    elem_id="question",
                )
                send = gr.Button("Send", variant="primary", scale=1, elem_id="send")
            with gr.Row():
                examples = [gr.Button(q, size="sm", elem_classes="example") for q in profile.examples]
                new = gr.Button("New conversation", size="sm", variant="secondary")
        with gr.Tab("Traces") as traces_tab:
            gr.Markdown("Recent runs, newest first. Pick one to see each node's input, output and time.")
            table = gr.Dataframe(
                headers=TRACE_COLUMNS,
                column_widths=["11%", "19%", "22%", "6%", "7%", "6%", "5%", "6%", "18%"],
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
        if source.settings.owner_token:
            _owner_tab(source)

        for trigger, value in [(box.submit, None), (send.click, None)] + [
            (b.click, q) for b, q in zip(examples, profile.examples, strict=True)
        ]:
            inputs = [box, chatbot] if value is None else [gr.State(value), chatbot]
            trigger(show_question, inputs, [box, chatbot, question], queue=False, **page).then(
                answer, [question, chatbot, thread], chatbot, **page
            )
        chatbot.like(feedback, chatbot, None, queue=False, **page)
        new.click(lambda: ([], new_thread_id()), None, [chatbot, thread], queue=False, **page)
        chatbot.clear(new_thread_id, None, thread, queue=False, **page)  # the bin icon: forget, start afresh
        # Not `gr.State(new_thread_id)`: the load event Gradio attaches for that would be public, an MCP tool.
        demo.load(new_thread_id, None, thread, queue=False, **page)
        for event in (traces_tab.select, refresh.click):
            event(traces, None, table, concurrency_limit=None, **page)
        show.click(show_trace, run_box, detail, concurrency_limit=None, **page)
        run_box.submit(show_trace, run_box, detail, concurrency_limit=None, **page)
        table.select(pick_trace, None, [run_box, detail], concurrency_limit=None, **page)

    # One model instance: answer one visitor at a time and queue the rest (the queue shows their place).
    return demo.queue(default_concurrency_limit=1, max_size=MAX_QUEUE)


def _owner_tab(source: TwinSource) -> None:
    """The owner's tab: the token first; only then the questions the twin could not answer, and a box to answer.

    Every handler checks the token itself, so nothing is shown or changed for a wrong one, whatever calls it.
    """

    def unlock(token: str) -> tuple[Any, list[list[Any]], str]:
        if not owner_allowed(source.settings, token):
            return gr.Column(visible=False), [], "⚠️ wrong owner token"
        rows = owner_rows(source, token)
        return gr.Column(visible=True), rows, f"{len(rows)} unanswered" if rows else "no unanswered questions"

    def pick_question(token: str, evt: gr.SelectData) -> str:
        row = evt.row_value or []
        return str(row[3]) if owner_allowed(source.settings, token) and len(row) > 3 else ""

    def submit(token: str, question: str, text: str, section: str) -> tuple[str, list[list[Any]], str, str]:
        message = owner_answer(source, token, question, text, section)
        done = message.startswith("✅")
        return message, owner_rows(source, token), "" if done else question, "" if done else text

    with gr.Tab("Owner"):
        gr.Markdown("For the person this twin speaks for: the questions it could not answer, to answer them.")
        with gr.Row():
            token = gr.Textbox(label="Owner token", type="password", scale=4, elem_id="owner-token")
            unlock_button = gr.Button("Open", scale=1, elem_id="owner-open")
        status = gr.Markdown(elem_id="owner-status")
        with gr.Column(visible=False) as panel:
            gr.Markdown(
                "Declined questions and answers visitors gave a thumbs down. Pick one, type the answer: it is "
                "added to the knowledge file (source: owner) and the index at once."
            )
            table = gr.Dataframe(
                headers=OWNER_COLUMNS,
                column_widths=["5%", "14%", "14%", "37%", "30%"],
                interactive=False,
                wrap=True,
                elem_id="owner-questions",
                max_height=360,
            )
            asked = gr.Textbox(label="Question", elem_id="owner-question")
            reply = gr.Textbox(label="Your answer", lines=3, elem_id="owner-answer")
            with gr.Row():
                section = gr.Dropdown([AUTO_SECTION, *SECTIONS], value=AUTO_SECTION, label="Section", scale=2)
                add = gr.Button("Add to the knowledge file", variant="primary", scale=1, elem_id="owner-add")
            result = gr.Markdown(elem_id="owner-result")
    private: dict[str, Any] = {"api_visibility": "private", "concurrency_limit": None}
    for event in (unlock_button.click, token.submit):
        event(unlock, token, [panel, table, status], **private)
    table.select(pick_question, token, asked, **private)
    # The index update embeds the new fact: one at a time, with the answers (the embeddings are one instance).
    add.click(submit, [token, asked, reply, section], [result, table, asked, reply], api_visibility="private")


def serve(
    twin: Twin | None = None,
    *,
    settings: Settings | None = None,
    rate_limit: int | None = None,
    host: str | None = None,
    port: int | None = None,
    share: bool = False,
    block: bool = True,
    preload: bool = True,
    **launch: Any,
) -> gr.Blocks:
    """Serve the page, the OpenAI-compatible API (/v1/models, /v1/chat/completions) and the MCP server
    (/gradio_api/mcp/, the tool `ask_<person>`) on one server; returns the launched app (`block=False`: at once,
    the server running in a thread; `demo.close()` stops it). `host`/`port` None: GRADIO_SERVER_NAME/PORT apply.

    `preload`: the model, index and embeddings load before the server opens (one line says so), so the first
    visitor is answered as fast as the tenth. Without an index the line says what to run; the page says it too.
    """
    source = TwinSource(twin, settings=settings, rate_limit=rate_limit)
    if preload:
        preload_twin(source)
    demo = build_app(source=source)
    model = person_slug(load_profile(source.settings).name, "-")
    api = openai_router(source.get, model=model, turn=source.turn, limit=source.limit)
    launch.setdefault("quiet", True)  # our own lines below; Gradio's would point at `share=True in launch()`
    demo.launch(
        server_name=host,
        server_port=port,
        share=share,
        mcp_server=True,
        # Gradio builds its FastAPI app from these keyword arguments: the API's routes come first, beside its own.
        app_kwargs={"routes": list(api.routes)},
        prevent_thread_lock=True,
        **launch,
    )
    if launch["quiet"]:
        for line in served_lines(str(demo.local_url), getattr(demo, "share_url", None)):
            print(line, flush=True)
    if block:
        demo.block_thread()
    return demo


def preload_twin(source: TwinSource) -> None:
    """Load the twin behind `source` now, saying so in one line (`twin serve`, `python app.py`)."""
    started = time.perf_counter()
    print(f"loading the twin of {source.settings.home} (model, index, embeddings) ...", end=" ", flush=True)
    try:
        source.get().preload()
    except TwinError as error:
        print(f"not yet: {error}", flush=True)
        return
    print(f"ready in {time.perf_counter() - started:.1f} s", flush=True)


def served_lines(local_url: str, share_url: str | None) -> list[str]:
    """What `twin serve` says once it is up: where the page, the API and the MCP server are."""
    base = local_url.rstrip("/")
    lines = [
        f"AI Twin on {base} (page) · {base}/v1 (OpenAI API) · {base}/gradio_api/mcp/ (MCP); Ctrl-C to stop",
    ]
    lines.append(f"public link: {share_url}" if share_url else "a public link: `twin serve --share`")
    return lines


if __name__ == "__main__":
    # Hugging Face Spaces runs `python app.py`; GRADIO_SERVER_NAME/PORT and TWIN_RATE_LIMIT apply.
    serve()
