"""The twin behind an OpenAI-compatible API: `GET /v1/models` and `POST /v1/chat/completions`, streamed or not.

So the tools people already run (Open WebUI, LibreChat, the `openai` client) can talk to the twin. The last
user message is the question and the messages before it are the conversation; how the twin answered travels
in an extra top-level field `twin` (route, confidence, readable sources, the facts used, thread and run ids),
in the completion and in the last chunk of a stream. With `metadata: {"thread_id": ...}` the twin's own
memory of that thread is the conversation instead (like `twin ask --thread`).

The routes are plain FastAPI routes: `app.serve` puts them on the same server as the page.
"""

from __future__ import annotations

import hashlib
import json
import logging
import time
import unicodedata
import uuid
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from typing import Any

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse, StreamingResponse
from langchain_core.messages import AIMessage, AnyMessage, HumanMessage

from graph.limits import VisitorLimit
from graph.service import Answer, Twin
from ingest.profile import facts_by_source, source_label
from twin.errors import TwinError

log = logging.getLogger(__name__)

MAX_HISTORY = 40  # earlier messages kept from a request; the graph trims further to what fits its prompt
CREATED = 1_767_225_600  # the model's "created" time in /v1/models: fixed, so the listing is stable


TITLES = {"dr", "prof", "professor", "mr", "mrs", "ms", "mx", "miss", "sir", "dame", "rev"}


def person_slug(name: str, separator: str = "_") -> str:
    """A person's name as an identifier: "Zoë O'Neil" -> "zoe_o_neil", "Dr Elspeth Varga" -> "elspeth_varga"
    (a leading title is left out: people call the tool by the name; "twin" when there is no name)."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii").lower()
    words = "".join(c if c.isalnum() else " " for c in ascii_name).split()
    while len(words) > 1 and words[0] in TITLES:
        words = words[1:]
    return separator.join(words) or "twin"


def readable_sources(answer: Answer) -> list[str]:
    """The answer's sources as the page names them ("CV p1", "LinkedIn - Positions"), each once: those of the
    facts it was given, else those of the chunks."""
    if answer.facts:
        return list(facts_by_source(answer.facts))
    return list(dict.fromkeys(source_label(tag) for tag in answer.sources))


def answer_details(answer: Answer) -> dict[str, Any]:
    """How the twin answered: the extra `twin` field of a completion and of a stream's last chunk."""
    return {
        "route": answer.route,
        "confidence": round(answer.confidence, 4),
        "sources": readable_sources(answer),
        "facts": facts_by_source(answer.facts),
        "thread_id": answer.thread_id,
        "run_id": answer.run_id,
        "latency_s": round(answer.latency_s, 3),
    }


def error_response(
    status: int, message: str, kind: str, headers: dict[str, str] | None = None
) -> JSONResponse:
    """An error as OpenAI clients read one (`openai` raises it with `message`)."""
    body = {"error": {"message": message, "type": kind, "param": None, "code": kind}}
    return JSONResponse(body, status_code=status, headers=headers)


class BadRequest(ValueError):
    """A request the API cannot answer as sent; its message says what to change."""


def _text(content: Any) -> str:
    """A message's text: a string, or the text parts of a list of content parts (images are skipped)."""
    if content is None:
        return ""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return "\n".join(
            str(part.get("text", "")) if isinstance(part, dict) else str(part)
            for part in content
            if not isinstance(part, dict) or part.get("type", "text") == "text"
        )
    raise BadRequest("a message's content must be a string or a list of content parts")


def conversation(messages: Any) -> tuple[str, list[AnyMessage]]:
    """The question (the last user message) and the conversation before it (user and assistant turns only:
    the twin has its own instructions, so system and tool messages are not passed on)."""
    if not isinstance(messages, list) or not messages:
        raise BadRequest("`messages` must be a non-empty list of {role, content} objects")
    turns: list[tuple[str, str]] = []
    for message in messages:
        if not isinstance(message, dict) or not isinstance(message.get("role"), str):
            raise BadRequest("each message must be an object with a `role` and a `content`")
        turns.append((message["role"], _text(message.get("content"))))
    last_user = max((i for i, (role, _) in enumerate(turns) if role == "user"), default=None)
    if last_user is None:
        raise BadRequest("`messages` has no user message: the last user message is the question")
    history: list[AnyMessage] = [
        HumanMessage(text) if role == "user" else AIMessage(text)
        for role, text in turns[:last_user]
        if role in ("user", "assistant") and text.strip()
    ]
    return turns[last_user][1], history[-MAX_HISTORY:]


def derived_thread_id(question: str, history: list[AnyMessage], user: str = "") -> str:
    """A stable thread id for a conversation sent whole: the same messages (and `user`) give the same id."""
    canonical = json.dumps(
        [user, [[m.type, m.content] for m in history], question], ensure_ascii=False, separators=(",", ":")
    )
    return "openai-" + hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:32]


def client_address(request: Request) -> str | None:
    """The visitor's address (behind a proxy, uvicorn puts the forwarded one here for FORWARDED_ALLOW_IPS)."""
    return request.client.host if request.client else None


def openai_router(
    twin: Callable[[], Twin],
    *,
    model: str,
    turn: AbstractContextManager[Any],
    limit: VisitorLimit,
) -> APIRouter:
    """The `/v1` routes over the twin `twin()` returns (built on first use).

    `turn` is held while the twin answers (the model is one instance, shared with the page); `limit` is the
    visitor limit shared with the page, answered here with HTTP 429 and a Retry-After header.
    """
    router = APIRouter(prefix="/v1")
    card = {"id": model, "object": "model", "created": CREATED, "owned_by": "ai-twin"}

    @router.get("/models")
    def list_models() -> dict[str, Any]:
        return {"object": "list", "data": [card]}

    @router.get("/models/{model_id}", response_model=None)
    def get_model(model_id: str) -> dict[str, Any] | JSONResponse:
        if model_id != model:
            return error_response(404, f"no model {model_id!r}: this twin is {model!r}", "model_not_found")
        return card

    @router.post("/chat/completions", response_model=None)
    async def chat_completions(request: Request) -> JSONResponse | StreamingResponse:
        wait = limit.wait_s(client_address(request))
        if wait:
            return error_response(429, limit.message(wait), "rate_limit_exceeded", {"Retry-After": str(wait)})
        try:
            body = await request.json()
            if not isinstance(body, dict):
                raise BadRequest("the request body must be a JSON object")
            question, history = conversation(body.get("messages"))
            metadata: dict[str, Any] = _object(body.get("metadata"))
            user = str(body.get("user") or "")
        except (BadRequest, ValueError) as error:
            message = str(error) if isinstance(error, BadRequest) else f"the body is not valid JSON ({error})"
            return error_response(400, message, "invalid_request_error")
        thread = str(metadata.get("thread_id") or "")
        if thread:  # the twin's memory of this thread is the conversation
            sent: list[AnyMessage] | None = None
        else:
            thread, sent = derived_thread_id(question, history, user), history
        try:
            current = await run_in_threadpool(_ready, twin)
        except TwinError as error:
            return error_response(503, str(error), "service_unavailable")
        completion = Completion(model)

        def events() -> Iterator[str | Answer]:
            with turn:
                yield from current.stream(question, thread_id=thread, history=sent)

        if body.get("stream"):
            options: dict[str, Any] = _object(body.get("stream_options"))
            chunks = completion.chunks(events(), usage=bool(options.get("include_usage")))
            return StreamingResponse(
                chunks, media_type="text/event-stream", headers={"Cache-Control": "no-cache"}
            )
        try:
            answer = await run_in_threadpool(_last_answer, events())
        except Exception as error:  # the client reads one line; the log keeps the traceback
            if not isinstance(error, TwinError):
                log.exception("a completion failed")
            return JSONResponse(
                {"error": failure(error)}, status_code=503 if isinstance(error, TwinError) else 500
            )
        return JSONResponse(completion.whole(answer))

    return router


def _object(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _ready(twin: Callable[[], Twin]) -> Twin:
    current = twin()
    current.check_ready()
    return current


def _last_answer(events: Iterator[str | Answer]) -> Answer:
    answer = None
    for event in events:  # to the end, so the twin's turn is over when this returns
        if isinstance(event, Answer):
            answer = event
    if answer is None:
        raise RuntimeError("the twin's stream ended without an answer")
    return answer


class Completion:
    """One chat completion in OpenAI's shapes: whole, or as server-sent chunks."""

    def __init__(self, model: str):
        self.id = f"chatcmpl-{uuid.uuid4().hex}"
        self.model = model
        self.created = int(time.time())

    def _head(self, kind: str) -> dict[str, Any]:
        return {"id": self.id, "object": kind, "created": self.created, "model": self.model}

    @staticmethod
    def _usage(answer: Answer) -> dict[str, int]:
        return {"prompt_tokens": 0, "completion_tokens": answer.tokens, "total_tokens": answer.tokens}

    def whole(self, answer: Answer) -> dict[str, Any]:
        return {
            **self._head("chat.completion"),
            "choices": [
                {
                    "index": 0,
                    "message": {"role": "assistant", "content": answer.text},
                    "finish_reason": "stop",
                }
            ],
            "usage": self._usage(answer),
            "twin": answer_details(answer),
        }

    def _chunk(self, delta: dict[str, Any], finish: str | None = None, **extra: Any) -> str:
        choice = {"index": 0, "delta": delta, "finish_reason": finish}
        data = {**self._head("chat.completion.chunk"), "choices": [choice], **extra}
        return f"data: {json.dumps(data, ensure_ascii=False)}\n\n"

    def chunks(self, events: Iterator[str | Answer], *, usage: bool = False) -> Iterator[str]:
        """The answer's text as it is generated, then a last chunk with `finish_reason` and the `twin` field
        (and, when asked, a usage chunk), then `[DONE]`. A failure mid-stream is an `error` event."""
        yield self._chunk({"role": "assistant", "content": ""})
        streamed, answer = "", None
        try:
            for event in events:  # to the end, so the twin's turn is over before the last chunk goes
                if isinstance(event, Answer):
                    answer = event
                else:
                    streamed += event
                    yield self._chunk({"content": event})
            if answer is None:
                raise RuntimeError("the twin's stream ended without an answer")
        except Exception as error:  # the headers are sent: the client reads the failure as an error event
            log.exception("a streamed completion failed")
            yield f"data: {json.dumps({'error': failure(error)}, ensure_ascii=False)}\n\n"
        else:
            if answer.text != streamed:  # the answer check replaced the text: the final answer is what counts
                yield self._chunk({"content": ("\n\n" if streamed else "") + answer.text})
            yield self._chunk({}, "stop", twin=answer_details(answer))
            if usage:
                data = {**self._head("chat.completion.chunk"), "choices": [], "usage": self._usage(answer)}
                yield f"data: {json.dumps(data)}\n\n"
        yield "data: [DONE]\n\n"


def failure(error: Exception) -> dict[str, Any]:
    """An error's OpenAI-style body: a user's problem (TwinError) as is, anything else named in one line."""
    if isinstance(error, TwinError):
        return {
            "message": str(error),
            "type": "service_unavailable",
            "param": None,
            "code": "service_unavailable",
        }
    message = f"the twin could not answer ({type(error).__name__}: {str(error)[:300]})"
    return {"message": message, "type": "server_error", "param": None, "code": "server_error"}
