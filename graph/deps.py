"""What the nodes need that is heavy or lives on disk: the chat model, the retriever, the grader, the policy.

Injected by the caller (tests pass a fake chat model and a small index), or built from the run's `Settings`
on first use, so importing or compiling the graph loads nothing. The nodes receive one `Deps` each, bound
by the builder; none of them builds its own.
"""

from __future__ import annotations

import contextlib
import json
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from langchain_core.language_models import BaseChatModel
from langchain_core.tools import BaseTool

from graph.context import Context
from graph.grading import YesProbability, yes_probability_from_model
from ingest.policy import DisclosurePolicy
from tools.retriever import HybridRetriever, make_retriever_tool, open_retriever
from twin.errors import TwinError
from twin.settings import Settings, get_settings

UNNAMED = "the person"  # who the twin speaks as when the knowledge file has no name


@dataclass
class Deps:
    """The twin's heavy dependencies, each made once, on first use, from `settings`.

    `settings` None stands for the process's settings (TWIN_HOME, ...), read when a run first needs
    them: that is the Studio graph (`graph.graph`), which has no caller to pass them.
    """

    settings: Settings | None = None
    llm: BaseChatModel | None = None
    retriever: HybridRetriever | None = None
    yes_probability: YesProbability | None = None
    policy: DisclosurePolicy | None = None
    person: str | None = None
    unanswered_log: Path | None = None
    _tool: BaseTool | None = field(default=None, repr=False)

    def run_settings(self) -> Settings:
        if self.settings is None:
            self.settings = get_settings()
        return self.settings

    def chat_model(self) -> BaseChatModel:
        if self.llm is None:
            from models.chat import load_chat_model

            self.llm = load_chat_model(self.run_settings())
        return self.llm

    def search(self, k: int) -> HybridRetriever:
        if self.retriever is None:
            self.retriever = open_retriever(self.run_settings())
        self.retriever.k = k
        return self.retriever

    def retriever_tool(self, k: int) -> BaseTool:
        """The retriever tool over the index, made on first use (not at compile time: that loads MiniLM)."""
        retriever = self.search(k)
        if self._tool is None:
            self._tool = make_retriever_tool(retriever)
        return self._tool

    def check_index(self) -> None:
        """Fail early, with one clear line, when there is no index to answer from."""
        from ingest.index import KnowledgeIndex

        settings = self.run_settings()
        index = KnowledgeIndex(settings.index_dir, None, chroma_url=settings.chroma_url)  # no model loaded
        if self.retriever is None and not index.exists():
            raise TwinError(
                f"no index in {settings.home}: run `twin ingest SOURCE...` (or `twin quickstart`)"
            )

    def preload(self) -> None:
        """Load now what the first question would: the index, embeddings and keyword index (one search), the
        chat model and the grader, so the first visitor is answered as fast as the tenth. Without an index,
        one clear line (`check_index`) and nothing loaded."""
        self.check_index()
        self.search(4).search("warm up")
        self.chat_model()
        with contextlib.suppress(ValueError):  # a chat model without local log-probabilities: no grader
            self.grader()

    def grader(self) -> YesProbability:
        if self.yes_probability is None:
            pipeline = getattr(getattr(self.chat_model(), "llm", None), "pipeline", None)
            if pipeline is None:
                raise ValueError("log-probability grading needs a local HuggingFace model")
            self.yes_probability = yes_probability_from_model(pipeline.model, pipeline.tokenizer)
        return self.yes_probability

    def disclosure(self) -> DisclosurePolicy:
        if self.policy is None:
            path = self.run_settings().home / "policy.yaml"
            self.policy = DisclosurePolicy.load(path) if path.exists() else DisclosurePolicy()
        return self.policy

    def who(self, context: Context) -> str:
        """Who the twin speaks as: the run context's person, else the knowledge file's title."""
        if context.person:
            return context.person
        if self.person is None:
            knowledge = self.run_settings().knowledge_file
            title = ""
            if knowledge.exists():
                first = knowledge.read_text(encoding="utf-8").split("\n", 1)[0]
                title = first.lstrip("# ").strip() if first.startswith("# ") else ""
            self.person = title if title and title != "Knowledge file" else UNNAMED
        return self.person

    def log_unanswered(self, question: str, confidence: float) -> None:
        path = self.unanswered_log or self.run_settings().unanswered_log
        entry = {"time": time.strftime("%Y-%m-%dT%H:%M:%S"), "question": question, "confidence": confidence}
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            with path.open("a", encoding="utf-8") as out:
                out.write(json.dumps(entry) + "\n")
        except OSError as error:  # the visitor still gets the answer; the owner is told what was not logged
            reason = error.strerror or type(error).__name__
            print(f"warning: {path}: the unanswered question was not logged ({reason})", file=sys.stderr)
