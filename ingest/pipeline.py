"""Sources -> knowledge file -> index: the ingest job that `twin ingest`, the quick start and evals run.

Ingest is cumulative: what each source gave is kept in the workspace (`sources/`), so `twin ingest
new.pdf` adds to what was ingested before instead of replacing it, and a source that fails this time
keeps what it gave last time. One ingest is one transaction (ingest/workspace.py): the new sources, the
knowledge file and the index version are staged, then committed together; an ingest cut short at any
point leaves the workspace as it was, or (cut short while committing) is completed by the next command.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

from langchain_core.documents import Document

from ingest.clean import readable
from ingest.faults import kill_point
from ingest.index import IndexReport, KnowledgeIndex
from ingest.knowledge import UNTITLED, KnowledgeReport, build_knowledge_file, parse, set_person_name
from ingest.policy import DisclosurePolicy
from ingest.types import SourceReport
from ingest.workspace import transaction
from twin.errors import TwinError
from twin.settings import Settings


@dataclass
class IngestResult:
    sources: list[SourceReport] = field(default_factory=list)
    knowledge: KnowledgeReport | None = None
    index: IndexReport | None = None
    person: str = ""  # the knowledge file's title: who the twin speaks as (empty: no source named them)

    def lines(self) -> list[str]:
        out = [r.line() for r in self.sources]
        out += self.knowledge.lines() if self.knowledge else []
        out += [self.index.line()] if self.index else []
        if self.knowledge and not self.person:
            out.append(
                "no name found in the sources: the twin needs one to speak as you; "
                'run `twin ingest --name "Your Name"` (or put it on the first line of knowledge.md as "# Your Name")'
            )
        return out


def _source_key(source: str) -> str:
    spec = source if "://" in source else str(Path(source).expanduser().resolve())
    # surrogateescape: a path that is not valid UTF-8 keys by its own bytes (valid UTF-8 keys as before)
    return hashlib.sha256(spec.encode("utf-8", "surrogateescape")).hexdigest()[:16]


def _store_documents(store: Path, source: str, documents: list[Document]) -> None:
    store.mkdir(parents=True, exist_ok=True)
    target = store / f"{_source_key(source)}.jsonl"
    tmp = target.with_suffix(".tmp")
    with tmp.open("w", encoding="utf-8") as out:
        out.write(json.dumps({"source": readable(source)}) + "\n")
        for doc in documents:
            out.write(json.dumps({"text": doc.page_content, "metadata": doc.metadata}) + "\n")
    tmp.replace(target)


def stored_documents(settings: Settings, staged: Path | None = None) -> list[Document]:
    """Every document from every source ingested so far, in the order the sources were first added.

    `staged`: the sources an ingest has loaded and not yet committed, each in place of its earlier copy.
    Text that cannot be written as UTF-8 (a file name that was not valid UTF-8, stored by an earlier
    version) is made readable here, so it can never stop the knowledge file from being written.
    """
    stores = [settings.home / "sources", *([staged] if staged else [])]
    files = {path.name: path for store in stores for path in store.glob("*.jsonl")}
    docs: list[Document] = []
    for path in sorted(files.values(), key=lambda p: p.stat().st_mtime):
        rows = path.read_text(encoding="utf-8").splitlines()[1:]
        docs += [
            Document(
                page_content=readable(r["text"]),
                metadata={k: readable(v) if isinstance(v, str) else v for k, v in r["metadata"].items()},
            )
            for r in map(json.loads, rows)
        ]
    return docs


def open_index(settings: Settings) -> KnowledgeIndex:
    from models.embeddings import load_embeddings

    return KnowledgeIndex(
        settings.index_dir, load_embeddings(settings.embeddings), chroma_url=settings.chroma_url
    )


def index_knowledge_file(
    settings: Settings, *, progress: bool = True, name: str | None = None
) -> IndexReport:
    """Chunk the knowledge file as it is now (hand edits included) and bring the index up to date.

    `name`: first make it the knowledge file's title. Both land together, or (cut short) neither.
    """
    if not settings.knowledge_file.exists():
        raise TwinError(
            f"{settings.knowledge_file}: no knowledge file yet; run `twin ingest SOURCE...` first"
        )
    with transaction(settings, []) as staged:
        if name:
            set_person_name(staged.knowledge_file, name)
        report = staged.stage_index(open_index(settings), progress=progress).report
        staged.commit()
    return report


def ingest(
    sources: list[str],
    settings: Settings,
    *,
    rebuild_knowledge: bool = False,
    progress: bool = True,
    name: str | None = None,
) -> IngestResult:
    from ingest.loaders import load_sources

    result = IngestResult()
    with transaction(settings, sources) as staged:
        loaded_any = False
        for source in sources:
            kill_point("loading sources")
            loaded = load_sources([source], max_mb=settings.max_source_mb, progress=False)
            result.sources += loaded.reports
            if loaded.documents:
                _store_documents(staged.sources_dir, source, loaded.documents)
                kill_point("sources staged")
                loaded_any = True
            if progress:
                for report in loaded.reports:
                    print(report.line(), flush=True)
        documents = stored_documents(settings, staged.sources_dir)
        if not documents:
            raise TwinError("nothing ingested: none of the sources gave any text (see the lines above)")
        # Every source failed: the knowledge file stays as it is (the index is still brought in step with it).
        if loaded_any or not staged.knowledge_file.exists() or rebuild_knowledge:
            result.knowledge = _write_knowledge(documents, staged.knowledge_file, settings, rebuild_knowledge)
        if name:
            set_person_name(staged.knowledge_file, name)
        result.person = _person(staged.knowledge_file)
        result.index = staged.stage_index(open_index(settings), progress=progress).report
        kill_point("index built")
        staged.commit()
    return result


def _write_knowledge(
    documents: list[Document], path: Path, settings: Settings, rebuild: bool
) -> KnowledgeReport:
    policy = DisclosurePolicy.load(settings.home / "policy.yaml")
    summariser = None
    if settings.openai_api_key:
        from ingest.summarise import openai_summariser

        summariser = openai_summariser(
            settings.openai_api_key, settings.openai_model, settings.cache_dir / "openai"
        )
    return build_knowledge_file(documents, path, policy, summariser=summariser, rebuild=rebuild)


def knowledge_person(settings: Settings) -> str:
    """Who the workspace's twin speaks as: the knowledge file's title ("" when no source named them)."""
    return _person(settings.knowledge_file)


def _person(knowledge_file: Path) -> str:
    try:
        title, _ = parse(knowledge_file.read_text(encoding="utf-8"))
    except OSError:
        return ""
    return "" if title in ("", UNTITLED) else title
