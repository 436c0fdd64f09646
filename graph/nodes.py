"""The graph's nodes: check, rewrite, retrieve, grade, and the three ways to answer (rag, fallback, unknown).

Heavy dependencies (the generator, the retriever) come from `Deps`, which builds the real ones on first
use unless a caller injected its own, so importing or compiling the graph loads nothing.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from langchain_core.documents import Document
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, AnyMessage, HumanMessage
from langgraph.runtime import Runtime

from graph.context import Context
from graph.grading import YesProbability, score_relevance, yes_probability_from_model
from graph.state import State
from ingest.policy import DisclosurePolicy
from tools.retriever import HybridRetriever, make_retriever_tool

MAX_QUESTION_CHARS = 2000
SOURCES_LINE = re.compile(r"\n*Sources: .*$", re.DOTALL)
_FOLLOW_UP = re.compile(
    r"^(?:and|but|so|also|what about|how about|then)\b|\b(?:that|this|there|it|they|those|then|before|after|"
    r"previously|earlier|next|else)\b",
    re.IGNORECASE,
)
# Reformulation without a model: the kind of fact asked for, in the words the knowledge file uses.
_EXPANSIONS = [
    (r"\b(?:work|job|employ|company|role|position|career)", "experience position company role"),
    (r"\b(?:stud|degree|universit|school|phd|doctor|master|thesis|graduat)", "education degree university"),
    (r"\b(?:live|based|city|from|located|home ?town)", "based location city"),
    (r"\b(?:speak|language)", "languages spoken fluent native"),
    (r"\b(?:hobb|fun|free time|weekend|spare|enjoy)", "interests hobbies enjoy"),
    (r"\b(?:think|opinion|view|feel about|believe)", "opinions think believe"),
    (r"\b(?:goal|plan|future|next|ambition|aim)", "goals plan future"),
    (r"\b(?:publish|paper|article|journal|conference|talk)", "publications paper talk"),
    (r"\b(?:award|prize|honou?r|recogni)", "awards honors prize"),
    (r"\b(?:contact|email|e-mail|reach|website|github)", "contact email website"),
    (r"\b(?:skill|tool|stack|program|technolog|language)", "skills tools programming"),
    (r"\b(?:certif|licen)", "certifications"),
    (r"\b(?:project|built|build|open.source)", "projects built"),
]


@dataclass
class Deps:
    """What the nodes need: injected by the caller, or built from settings on first use."""

    llm: BaseChatModel | None = None
    retriever: HybridRetriever | None = None
    yes_probability: YesProbability | None = None
    policy: DisclosurePolicy | None = None
    person: str | None = None
    unanswered_log: Path | None = None
    settings: Any = None
    _cache: dict[str, Any] = field(default_factory=dict)

    def _settings(self) -> Any:
        if self.settings is None:
            from twin.settings import get_settings

            self.settings = get_settings()
        return self.settings

    def chat_model(self) -> BaseChatModel:
        if self.llm is None:
            from models.chat import load_chat_model

            s = self._settings()
            self.llm = load_chat_model(s.generator, load_in_4bit=s.load_in_4bit)
        return self.llm

    def search(self, k: int) -> HybridRetriever:
        if self.retriever is None:
            from ingest.pipeline import open_index

            self.retriever = HybridRetriever(index=open_index(self._settings()))
        self.retriever.k = k
        return self.retriever

    def retriever_tool(self, k: int) -> Any:
        """The retriever tool over the index, made on first use (not at compile time: that loads MiniLM)."""
        retriever = self.search(k)
        if "tool" not in self._cache:
            self._cache["tool"] = make_retriever_tool(retriever)
        return self._cache["tool"]

    def grader(self) -> YesProbability:
        if self.yes_probability is None:
            pipeline = getattr(getattr(self.chat_model(), "llm", None), "pipeline", None)
            if pipeline is None:
                raise ValueError("log-probability grading needs a local HuggingFace model")
            self.yes_probability = yes_probability_from_model(pipeline.model, pipeline.tokenizer)
        return self.yes_probability

    def disclosure(self) -> DisclosurePolicy:
        if self.policy is None:
            path = self._settings().home / "policy.yaml"
            self.policy = DisclosurePolicy.load(path) if path.exists() else DisclosurePolicy()
        return self.policy

    def who(self, context: Context) -> str:
        if context.person:
            return context.person
        if self.person is None:
            knowledge = self._settings().knowledge_file
            title = ""
            if knowledge.exists():
                first = knowledge.read_text(encoding="utf-8").split("\n", 1)[0]
                title = first.lstrip("# ").strip() if first.startswith("# ") else ""
            self.person = title if title and title != "Knowledge file" else "the person"
        return self.person

    def log_unanswered(self, question: str, confidence: float) -> None:
        path = self.unanswered_log or self._settings().unanswered_log
        path.parent.mkdir(parents=True, exist_ok=True)
        entry = {"time": time.strftime("%Y-%m-%dT%H:%M:%S"), "question": question, "confidence": confidence}
        with path.open("a", encoding="utf-8") as out:
            out.write(json.dumps(entry) + "\n")


def _text(message: AnyMessage) -> str:
    content = message.content
    if isinstance(content, list):
        content = " ".join(part.get("text", "") if isinstance(part, dict) else str(part) for part in content)
    return str(content)


def _previous_questions(messages: list[AnyMessage]) -> list[str]:
    return [_text(m) for m in messages[:-1] if isinstance(m, HumanMessage)]


def _history(messages: list[AnyMessage], turns: int) -> list[AnyMessage]:
    """The last `turns` question/answer pairs before the current question, trimmed to fit the context."""
    earlier = [m for m in messages[:-1] if isinstance(m, HumanMessage | AIMessage)]
    pairs: list[AnyMessage] = []
    for m in earlier[-2 * turns :] if turns else []:
        text = SOURCES_LINE.sub("", _text(m))[:400]
        pairs.append(HumanMessage(text) if isinstance(m, HumanMessage) else AIMessage(text))
    while pairs and not isinstance(pairs[0], HumanMessage):  # Gemma's template alternates, user first
        pairs.pop(0)
    return pairs


def make_nodes(deps: Deps) -> dict[str, Callable[..., dict[str, Any]]]:
    def check_question(state: State) -> dict[str, Any]:
        question = _text(state["messages"][-1]).strip() if state["messages"] else ""
        base = {
            "question": question,
            "query": "",
            "rewrites": 0,
            "documents": [],
            "retrieved": [],
            "confidence": 0.0,
        }
        if not question:
            return {**base, "route": "invalid", "answer": "Please ask me a question."}
        if len(question) > MAX_QUESTION_CHARS:
            message = (
                f"Your question is {len(question):,} characters long; please keep it under "
                f"{MAX_QUESTION_CHARS:,} characters."
            )
            return {**base, "route": "invalid", "answer": message}
        return {**base, "route": "rag", "query": ""}

    def reject(state: State) -> dict[str, Any]:
        return {"messages": [AIMessage(state["answer"])], "sources": [], "tokens": 0}

    def rewrite_query(state: State, runtime: Runtime[Context]) -> dict[str, Any]:
        """First pass: make a follow-up standalone. Later passes: reformulate after an irrelevant retrieval."""
        question = state["question"]
        rewrites = state.get("rewrites", 0)
        if not state.get("query"):
            # Entry: resolve a follow-up ("and before that?") against the previous question.
            previous = _previous_questions(state["messages"])
            if previous and _FOLLOW_UP.search(question) and len(question.split()) <= 8:
                standalone = f"{previous[-1]} {question}"
                return {"query": standalone, "standalone": standalone}
            return {"query": question, "standalone": question}
        if runtime.context.llm_rewrite:
            prompt = runtime.context.rewrite_prompt.format(question=state.get("query", question))
            reply = _text(deps.chat_model().invoke([HumanMessage(prompt)])).strip().split("\n")[0]
            query = reply or question
        else:
            extra = [words for pattern, words in _EXPANSIONS if re.search(pattern, question, re.IGNORECASE)]
            query = f"{state.get('query', question)} {' '.join(extra)}".strip()
        return {"query": query, "rewrites": rewrites + 1}

    def retrieve(state: State, runtime: Runtime[Context]) -> dict[str, Any]:
        tool = deps.retriever_tool(runtime.context.top_k)
        message = tool.invoke(
            {"type": "tool_call", "id": "retrieve", "name": tool.name, "args": {"query": state["query"]}}
        )
        return {"retrieved": list(message.artifact or [])}

    def grade_documents(state: State, runtime: Runtime[Context]) -> dict[str, Any]:
        context = runtime.context
        docs = state.get("retrieved", [])
        question = state["question"]
        scores = [score_relevance(f"{question} {state.get('query', '')}", d) for d in docs]
        if context.grader in ("logprob", "both") and docs:
            prompts = [context.grade_prompt.format(document=d.page_content, question=question) for d in docs]
            p_yes = deps.grader()(prompts)
            scores = (
                p_yes
                if context.grader == "logprob"
                else [(a + b) / 2 for a, b in zip(scores, p_yes, strict=True)]
            )
        graded = [
            Document(page_content=d.page_content, metadata={**d.metadata, "relevance": round(s, 4)}, id=d.id)
            for d, s in zip(docs, scores, strict=True)
        ]
        relevant = [d for d in graded if d.metadata["relevance"] >= context.relevance_threshold]
        return {"documents": relevant, "retrieved": graded, "confidence": max(scores, default=0.0)}

    def generate(state: State, runtime: Runtime[Context]) -> dict[str, Any]:
        context = runtime.context
        docs = state["documents"]
        facts = "\n".join(SOURCES_LINE.sub("", d.page_content) for d in docs)
        # A resolved follow-up ("and before that?") is asked in its standalone form.
        question = state.get("standalone") or state["question"]
        prompt = context.rag_prompt.format(person=deps.who(context), context=facts, question=question)
        answer, tokens = _complete(
            deps, [*_history(state["messages"], context.history_turns), HumanMessage(prompt)], context
        )
        sources = sorted(
            {s.strip() for d in docs for s in str(d.metadata.get("sources", "")).split(";") if s.strip()}
        )
        return _answer(answer, "rag", sources, tokens)

    def fallback_answer(state: State, runtime: Runtime[Context]) -> dict[str, Any]:
        context = runtime.context
        prompt = context.fallback_prompt.format(person=deps.who(context), question=state["question"])
        answer, tokens = _complete(deps, [HumanMessage(prompt)], context)
        return _answer(context.fallback_prefix + answer, "fallback", [], tokens)

    def unknown_answer(state: State, runtime: Runtime[Context]) -> dict[str, Any]:
        deps.log_unanswered(state["question"], state.get("confidence", 0.0))
        return _answer(runtime.context.unknown_answer, "unknown", [], 0)

    def _answer(answer: str, route: str, sources: list[str], tokens: int) -> dict[str, Any]:
        text, _ = deps.disclosure().redact(answer)
        shown = f"{text}\n\nSources: {', '.join(sources)}" if sources else text
        message = AIMessage(shown, response_metadata={"route": route, "sources": sources})
        return {"answer": text, "route": route, "sources": sources, "tokens": tokens, "messages": [message]}

    return {
        "check_question": check_question,
        "reject": reject,
        "rewrite_query": rewrite_query,
        "retrieve": retrieve,
        "grade_documents": grade_documents,
        "generate": generate,
        "fallback_answer": fallback_answer,
        "unknown_answer": unknown_answer,
    }


_NOT_ANSWER = re.compile(r"^(?:question|facts?|context|answer)\s*:", re.IGNORECASE)


def clean_reply(reply: str) -> str:
    """The answer in a model's reply: its first line of real text, without list markers or echoed labels.

    Small models pad an answer with bullets, echo the prompt's labels and repeat themselves; the first
    sentence-bearing line is the answer.
    """
    return _answer_line(reply)[0]


def answer_complete(reply: str) -> bool:
    """Whether `clean_reply(reply)` is final: no continuation of the reply can change it.

    Generation stops there (`answer_model`): the rest of the tokens would be thrown away.
    """
    return _answer_line(reply)[1]


def _answer_line(reply: str) -> tuple[str, bool]:
    lines = reply.splitlines()
    for number, line in enumerate(lines):
        text = re.sub(r"^\s*(?:[-*•]|\d+[.)]|\[[^\]]*\])\s*", "", line).strip()
        text = re.sub(r"^answer\s*:\s*", "", text, flags=re.IGNORECASE)
        if len(re.findall(r"\w+", text)) >= 2 and not _NOT_ANSWER.match(text):
            sentences = re.split(r"(?<=[.!?])\s+", text)
            line_ended = number < len(lines) - 1 or reply[-1:] in ("\n", "\r")
            # A fourth piece means the first three sentences have ended: later text cannot change them.
            return " ".join(sentences[:3]).strip(), line_ended or len(sentences) > 3
    return "", False


def answer_model(llm: Any, context: Context) -> Any:
    """The chat model bound to one answer's generation settings: length, repetition penalty, early stop.

    Call it once per answer: the processors it binds remember where that answer's prompt ends.
    """
    pipeline = getattr(getattr(llm, "llm", None), "pipeline", None)
    if pipeline is None:  # a non-HuggingFace chat model (tests' fakes, an API model)
        return llm
    from models.chat import answer_processors

    processors = answer_processors(
        pipeline.tokenizer, done=answer_complete, repetition_penalty=context.repetition_penalty
    )
    return llm.bind(
        pipeline_kwargs={"max_new_tokens": context.max_new_tokens, "logits_processor": processors}
    )


def _complete(deps: Deps, messages: list[AnyMessage], context: Context) -> tuple[str, int]:
    """The model's cleaned answer and the number of tokens it generated."""
    llm = deps.chat_model()
    bound = answer_model(llm, context)
    reply = _text(bound.invoke(messages))
    tokenizer = getattr(getattr(getattr(llm, "llm", None), "pipeline", None), "tokenizer", None)
    tokens = (
        len(tokenizer.encode(reply, add_special_tokens=False))
        if tokenizer is not None
        else len(reply.split())
    )
    return clean_reply(reply) or "I don't know.", tokens
