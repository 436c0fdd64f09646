"""Run an evaluation: the docs into a workspace of its own, every QA question through each mode, then the report.

Modes:
  - `finetuned`: the fine-tuned model answers directly, without retrieval (the graph's direct-answer
    prompt, `Context.fallback_prompt`, with the same reply cleaning and disclosure policy);
  - `rag`: the full graph (rewrite, retrieval, grading, generation) as a newcomer gets it, with no adapter of
    the person's: the base model with the shipped reader adapter when there is one (`TWIN_READER=0`: bare);
  - `hybrid`: the full graph with the fine-tuned model: the product as it ships with an adapter.

The workspace lives in `out/workspace` and is rebuilt only when the docs' content changes, so the
person's live index is never touched. Predictions are appended to `out/predictions.jsonl` one answer
at a time; a run started again skips the (id, mode) pairs already answered under the same settings.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import time
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field, fields
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

from evals.metrics import score_answer, summarize
from evals.qa import QAItem, file_sha256, load_qa, select
from graph.context import Context
from twin.errors import TwinError
from twin.settings import Settings

MODES = ("finetuned", "rag", "hybrid")
NEEDS_ADAPTER = frozenset({"finetuned", "hybrid"})
WORKSPACE_MARKER = ".twin-eval-workspace"
DOCS_STAMP = "eval_docs.json"
PREDICTIONS = "predictions.jsonl"
DIRECT_ROUTE = "direct"

# A chat model for an adapter folder (None: the bare base model).
ModelLoader = Callable[[Path | None], Any]


@dataclass
class EvalResult:
    out_dir: Path
    report: dict[str, Any]
    summary: str
    skipped: dict[str, str] = field(default_factory=dict)

    @property
    def predictions(self) -> Path:
        return self.out_dir / PREDICTIONS


def parse_modes(text: str | Iterable[str]) -> list[str]:
    names = [m.strip() for m in (text.split(",") if isinstance(text, str) else text) if m.strip()]
    unknown = [m for m in names if m not in MODES]
    if unknown or not names:
        raise TwinError(
            f"unknown mode(s) {', '.join(map(repr, unknown)) or '(none given)'}: choose from {', '.join(MODES)}"
        )
    return list(dict.fromkeys(names))


# --- the docs and their workspace ---------------------------------------------------------------


def _hash_path(path: Path, digest: Any) -> int:
    files = [path] if path.is_file() else sorted(p for p in path.rglob("*") if p.is_file())
    for file in files:
        digest.update(str(file.relative_to(path) if file != path else file.name).encode() + b"\0")
        digest.update(hashlib.sha256(file.read_bytes()).digest())
    return len(files)


def ingest_code_digest() -> str:
    """A hash of the code that builds a knowledge file and index (the `ingest` package's sources): an eval
    workspace built by other code is built again, not re-used."""
    import ingest

    digest = hashlib.sha256()
    root = Path(ingest.__file__).parent
    for path in sorted(root.rglob("*.py")):
        digest.update(f"{path.relative_to(root)}\0".encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def docs_fingerprint(docs: list[str], settings: Settings) -> dict[str, Any]:
    """What the workspace is built from: each source's content hash (a URL: its address), the settings that
    shape the index and the ingest code. The same fingerprint means the same knowledge file and index."""
    sources: list[dict[str, Any]] = []
    code = ingest_code_digest()
    total = hashlib.sha256(json.dumps([settings.embeddings, settings.max_source_mb, code]).encode())
    for source in docs:
        if "://" in source:
            sources.append({"source": source, "sha256": None, "files": None})
            total.update(f"url:{source}\0".encode())
            continue
        path = Path(source).expanduser()
        if not path.exists():
            raise TwinError(f"{source}: no such file or folder")
        digest = hashlib.sha256()
        count = _hash_path(path, digest)
        sources.append({"source": source, "sha256": digest.hexdigest(), "files": count})
        total.update(digest.digest())
    return {
        "sha256": total.hexdigest(),
        "sources": sources,
        "embeddings": settings.embeddings,
        "ingest_code": code,
    }


def _check_qa_outside_docs(qa_file: Path, docs: list[str]) -> None:
    qa = qa_file.resolve()
    for source in docs:
        if "://" in source:
            continue
        root = Path(source).expanduser().resolve()
        if qa == root or root in qa.parents:
            raise TwinError(
                f"{qa_file}: the QA file is inside the docs ({source}); it would be indexed. Move it out"
            )


def prepare_workspace(
    docs: list[str], workspace: Path, settings: Settings, *, log: Callable[[str], None] = print
) -> tuple[Settings, dict[str, Any]]:
    """Settings whose home is the eval's own workspace, ingested from `docs` unless already up to date."""
    from ingest.pipeline import ingest, open_index

    live_home = settings.home.expanduser().resolve()
    workspace = workspace.expanduser()
    if workspace.resolve() == live_home:
        raise TwinError(f"{workspace}: that is the twin's live workspace; evaluation needs its own --out")
    fingerprint = docs_fingerprint(docs, settings)
    eval_settings = settings.with_home(workspace)
    stamp = workspace / DOCS_STAMP
    try:
        previous = json.loads(stamp.read_text(encoding="utf-8")).get("sha256")
    except (OSError, ValueError):
        previous = None
    if previous == fingerprint["sha256"] and open_index(eval_settings).exists():
        log(f"docs unchanged: re-using the index in {workspace}")
        return eval_settings, {**fingerprint, "workspace": str(workspace), "reused": True}
    if workspace.exists() and any(workspace.iterdir()):
        if not (workspace / WORKSPACE_MARKER).exists():
            raise TwinError(f"{workspace}: exists and is not an eval workspace; choose another --out")
        shutil.rmtree(workspace)  # ingest is cumulative: changed docs start from an empty workspace
    workspace.mkdir(parents=True, exist_ok=True)
    (workspace / WORKSPACE_MARKER).write_text("made by `twin eval`; rebuilt when the docs change\n")
    log(f"ingesting {len(docs)} source(s) into {workspace} ...")
    result = ingest(list(docs), eval_settings, progress=False)
    for line in result.lines():
        log(line)
    stamp.write_text(json.dumps(fingerprint, indent=2) + "\n", encoding="utf-8")
    return eval_settings, {**fingerprint, "workspace": str(workspace), "reused": False}


# --- the adapter --------------------------------------------------------------------------------


def resolve_adapter(adapter: str | Path | Literal["auto"] | None, settings: Settings) -> Path | None:
    """The adapter folder to evaluate: "auto" is the registry's current one for the generator (or None),
    a path or a registered name must exist; None evaluates without one."""
    from models.adapters import find_adapter

    # "auto" is the person's own adapter here: the shipped reader is what `rag` runs (see `reader_adapter`).
    return find_adapter(adapter, settings.adapters_dir, settings.generator, reader=False)


def reader_adapter(settings: Settings) -> Path | None:
    """What `rag` mode answers with: the shipped reader for the generator (None: the bare base model)."""
    from models.adapters import shipped_reader

    found = shipped_reader(settings.generator) if settings.use_reader else None
    return found.resolve() if found else None


def adapter_info(path: Path | None) -> dict[str, Any] | None:
    """Which adapter: its folder, metadata (recipe, dataset hash, base model) and content hashes."""
    from models.adapters import METADATA_FILE, read_adapter_metadata

    if path is None:
        return None
    weights = sorted(path.glob("adapter_model.*"))
    metadata_file = path / METADATA_FILE
    return {
        "path": str(path),
        "name": path.name,
        "metadata": read_adapter_metadata(path),
        "metadata_sha256": file_sha256(metadata_file) if metadata_file.is_file() else None,
        "weights_sha256": file_sha256(weights[0]) if weights else None,
    }


def _default_loader(settings: Settings) -> ModelLoader:
    def load(adapter: Path | None) -> Any:
        from models.chat import load_chat_model

        return load_chat_model(settings, adapter=adapter)

    return load


# --- predictions ---------------------------------------------------------------------------------


def context_record(context: Any) -> dict[str, Any]:
    """The run context as the report shows it: numbers as they are, prompts by their hash."""
    record: dict[str, Any] = {}
    for f in fields(context):
        value = getattr(context, f.name)
        if isinstance(value, str) and ("prompt" in f.name or len(value) > 80):
            value = "sha256:" + hashlib.sha256(value.encode()).hexdigest()[:12]
        record[f.name] = value
    return record


def read_predictions(path: Path) -> list[dict[str, Any]]:
    """The answers saved so far; a last line cut off by an interruption is dropped from the file."""
    if not path.exists():
        return []
    data = path.read_bytes()
    if data and not data.endswith(b"\n"):
        data = data[: data.rfind(b"\n") + 1]
        path.write_bytes(data)
    rows = []
    for number, line in enumerate(data.decode("utf-8").splitlines(), 1):
        if line.strip():
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError:
                raise TwinError(f"{path}:{number}: not valid JSON; delete the file or pass --fresh") from None
    return rows


def _direct_answer(twin: Any, question: str, context: Any) -> dict[str, Any]:
    """The fine-tuned path alone: the graph's direct-answer prompt to the model, no retrieval."""
    from langchain_core.messages import HumanMessage

    from graph.answer import answer_model, clean_reply

    deps = twin.deps
    llm = deps.chat_model()
    prompt = context.fallback_prompt.format(person=deps.who(context), question=question)
    pipeline = getattr(getattr(llm, "llm", None), "pipeline", None)
    bound = answer_model(llm, context)
    start, ttft, raw = time.perf_counter(), None, ""
    for chunk in bound.stream([HumanMessage(prompt)]):
        if ttft is None and chunk.content:
            ttft = time.perf_counter() - start
        raw += str(chunk.content)
    latency = time.perf_counter() - start
    tokenizer = getattr(pipeline, "tokenizer", None)
    tokens = len(tokenizer.encode(raw, add_special_tokens=False)) if tokenizer else len(raw.split())
    text, _ = deps.disclosure().redact(clean_reply(raw) or "I don't know.")
    return {
        "answer": text,
        "route": DIRECT_ROUTE,
        "confidence": None,
        "sources": [],
        "retrieved": None,
        "tokens": tokens,
        "latency_s": round(latency, 3),
        "ttft_s": round(ttft, 3) if ttft is not None else None,
    }


def _graph_answer(twin: Any, question: str, thread_id: str, context: Any) -> dict[str, Any]:
    """The full graph, as `twin ask` runs it, plus the ranked retrieval it answered from."""
    from graph.service import Answer

    answer = None
    for event in twin.stream(question, thread_id=thread_id, context=context):
        if isinstance(event, Answer):
            answer = event
    if answer is None:
        raise RuntimeError("the graph ended without an answer")
    state = twin.graph.get_state({"configurable": {"thread_id": thread_id}}).values
    retrieved = [
        [s.strip() for s in str(doc.metadata.get("sources", "")).split(";") if s.strip()]
        for doc in sorted(state.get("retrieved", []), key=lambda d: d.metadata.get("rank", 0))
    ]
    return {
        "answer": answer.text,
        "route": answer.route,
        "confidence": round(answer.confidence, 4),
        "sources": answer.sources,
        "retrieved": retrieved,
        "tokens": answer.tokens,
        "latency_s": round(answer.latency_s, 3),
        "ttft_s": round(answer.ttft_s, 3) if answer.ttft_s is not None else None,
        "check": answer.check,
        # The graded facts the reader answered from (none on the unknown route): wrong answers are told
        # apart into not retrieved and not read.
        "facts": [doc.page_content for doc in state.get("documents", [])] if answer.route == "rag" else [],
    }


# --- the run -------------------------------------------------------------------------------------


def run_eval(
    docs: list[str],
    qa_file: Path | str,
    out_dir: Path | str,
    *,
    settings: Settings,
    modes: Iterable[str] = MODES,
    adapter: str | Path | Literal["auto"] | None = "auto",
    limit: int | None = None,
    context: Context | None = None,
    load_model: ModelLoader | None = None,
    fresh: bool = False,
    progress: bool = True,
    log: Callable[[str], None] = print,
) -> EvalResult:
    """Evaluate the twin on `qa_file` over `docs` in each mode; write predictions, report and chart to `out_dir`.

    `settings` is the person's (their adapter registry and models); the index is built in
    `out_dir/workspace` instead of their home. `load_model(adapter_dir_or_None)` gives the chat model
    for a mode (default: the configured generator, through `models.chat.load_chat_model`).
    """
    from evals.report import summary_line, write_report

    context = context or Context()
    modes = parse_modes(list(modes))
    qa_file, out_dir = Path(qa_file), Path(out_dir)
    _check_qa_outside_docs(qa_file, docs)
    items = load_qa(qa_file)
    selected = select(items, limit)
    adapter_dir = resolve_adapter(adapter, settings)
    skipped = _skipped_modes(modes, adapter_dir, settings, log)
    runnable = [m for m in modes if m not in skipped]
    if not runnable:
        raise TwinError(f"nothing to evaluate: {next(iter(skipped.values()))}")

    eval_settings, docs_info = prepare_workspace(docs, out_dir / "workspace", settings, log=log)
    meta = {
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
        "qa": {
            "path": str(qa_file),
            "sha256": file_sha256(qa_file),
            "questions": len(items),
            "evaluated": len(selected),
            "limit": limit,
        },
        "docs": docs_info,
        "model": {
            "generator": settings.generator,
            "load_in_4bit": settings.load_in_4bit,
            "embeddings": settings.embeddings,
        },
        "adapter": adapter_info(adapter_dir),
        "reader": adapter_info(reader_adapter(settings)),
        "context": context_record(context),
    }
    configs = {m: run_config(m, meta, context) for m in runnable}
    predictions_path = out_dir / PREDICTIONS
    if fresh:
        predictions_path.unlink(missing_ok=True)
    todo = _questions_left(selected, configs, predictions_path, log)
    load = load_model or _default_loader(settings)
    adapters = {m: adapter_dir if m in NEEDS_ADAPTER else reader_adapter(settings) for m in runnable}
    _answer_all(todo, configs, eval_settings, context, load, adapters, predictions_path, progress)

    latest = _current(read_predictions(predictions_path), configs)
    report = build_report(
        selected, latest, runnable, skipped, context=context, meta={**meta, "configs": configs}
    )
    write_report(report, out_dir)
    return EvalResult(out_dir=out_dir, report=report, summary=summary_line(report), skipped=skipped)


def _skipped_modes(
    modes: list[str], adapter_dir: Path | None, settings: Settings, log: Callable[[str], None]
) -> dict[str, str]:
    """The modes that cannot run, with why: those that need an adapter, when there is none."""
    if adapter_dir is not None:
        return {}
    reason = (
        f"no fine-tuned adapter for {settings.generator} in {settings.adapters_dir} "
        "(train one with `twin finetune`, or pass --adapter PATH)"
    )
    skipped = {m: reason for m in modes if m in NEEDS_ADAPTER}
    for mode in skipped:
        log(f"{mode}: skipped: {reason}")
    return skipped


def run_config(mode: str, meta: dict[str, Any], context: Context) -> str:
    """The key of what makes a mode's answers: QA, docs, model, adapter (for the modes that use it), context.

    A saved answer is re-used only under the same key.
    """
    adapter = meta["adapter"] if mode in NEEDS_ADAPTER else meta.get("reader")
    key = {
        "mode": mode,
        "qa": meta["qa"]["sha256"],
        "docs": meta["docs"]["sha256"],
        "generator": meta["model"]["generator"],
        "load_in_4bit": meta["model"]["load_in_4bit"],
        "adapter": (adapter["weights_sha256"] or adapter["path"]) if adapter else None,
        "context": asdict(context),
    }
    return hashlib.sha256(json.dumps(key, sort_keys=True, default=str).encode()).hexdigest()[:16]


def _questions_left(
    selected: list[QAItem], configs: dict[str, str], predictions_path: Path, log: Callable[[str], None]
) -> dict[str, list[QAItem]]:
    """Per mode, the questions not yet answered under its current config (a resumed run skips the rest)."""
    rows = read_predictions(predictions_path)
    stale = sorted(
        {r["mode"] for r in rows if r.get("mode") in configs and r.get("config") != configs[r["mode"]]}
    )
    if stale:
        raise TwinError(
            f"{predictions_path}: holds {', '.join(map(str, stale))} answers from a different run (the docs, QA "
            "file, model, adapter or settings changed); pass --fresh to start over, or use another --out"
        )
    done = {(r["id"], r["mode"]) for r in rows if configs.get(r.get("mode", "")) == r.get("config")}
    todo = {m: [q for q in selected if (q.id, m) not in done] for m in configs}
    left = sum(len(t) for t in todo.values())
    if left < len(selected) * len(configs):
        log(f"resuming: {len(selected) * len(configs) - left} answer(s) already in {predictions_path}")
    return todo


def _answer_all(
    todo: dict[str, list[QAItem]],
    configs: dict[str, str],
    eval_settings: Settings,
    context: Context,
    load_model: ModelLoader,
    adapters: dict[str, Path | None],
    predictions_path: Path,
    progress: bool,
) -> None:
    """Answer each mode's questions, appending one prediction per answer (so a run can resume)."""
    from langgraph.checkpoint.memory import InMemorySaver
    from tqdm import tqdm

    from graph.service import Twin
    from tools.retriever import HybridRetriever, open_retriever

    total = sum(len(t) for t in todo.values())
    retriever: HybridRetriever | None = None
    with tqdm(total=total, desc="eval", unit="q", disable=not progress or not total, leave=False) as bar:
        for mode, items in todo.items():
            if not items:
                continue
            bar.set_description(f"eval {mode} (loading model)")
            llm = load_model(adapters[mode])
            retriever = retriever or open_retriever(eval_settings, k=context.top_k)
            twin = Twin(eval_settings, llm=llm, retriever=retriever, checkpointer=InMemorySaver())
            bar.set_description(f"eval {mode}")
            for item in items:
                if mode == "finetuned":
                    answer = _direct_answer(twin, item.question, context)
                else:
                    answer = _graph_answer(twin, item.question, f"eval-{mode}-{item.id}", context)
                row = {
                    "id": item.id,
                    "question": item.question,
                    "mode": mode,
                    **answer,
                    "category": item.category,
                    "config": configs[mode],
                    **({"extra": item.extra} if item.extra else {}),
                }
                with predictions_path.open("a", encoding="utf-8") as out:
                    out.write(json.dumps(row, ensure_ascii=False) + "\n")
                bar.update(1)


def _current(
    rows: list[dict[str, Any]], configs: dict[str, str]
) -> dict[str, dict[tuple[str, str], dict[str, Any]]]:
    """Per mode, the saved answers made under that mode's current settings, by (id, mode)."""
    current: dict[str, dict[tuple[str, str], dict[str, Any]]] = {}
    for row in rows:
        mode = row.get("mode", "")
        if mode in configs and row.get("config") == configs[mode]:
            current.setdefault(mode, {})[(row["id"], mode)] = row
    return current


def build_report(
    selected: list[QAItem],
    latest: dict[str, dict[tuple[str, str], dict[str, Any]]],
    modes: list[str],
    skipped: dict[str, str],
    *,
    context: Any,
    meta: dict[str, Any],
) -> dict[str, Any]:
    """The report: what produced it, each mode's metrics, and each question's outcome per mode."""
    k = int(context.top_k)
    report: dict[str, Any] = {**meta, "k": k, "modes": {}, "skipped": skipped, "questions": []}
    outcomes: dict[str, dict[str, Any]] = {q.id: {"id": q.id, "category": q.category} for q in selected}
    for mode in modes:
        scores = []
        for item in selected:
            row = latest.get(mode, {}).get((item.id, mode))
            if row is None:
                continue
            score = score_answer(
                qid=item.id,
                answers=item.answers,
                forbidden=item.forbidden,
                source=item.source,
                category=item.category,
                prediction=row,
            )
            scores.append(score)
            outcomes[item.id][mode] = {
                "correct": score.correct,
                "declined": score.declined,
                "route": score.route,
                "leaks": score.leaks,
                "hit_rank": score.hit_rank,
                "answer": row.get("answer", ""),
            }
        report["modes"][mode] = asdict(summarize(scores, k))
    report["questions"] = list(outcomes.values())
    return report
