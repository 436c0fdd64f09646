"""The evaluation's outputs: report.json, report.md, a chart of the modes side by side, and the summary line."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

# (report key, label): the metrics the chart and the table compare across modes, rates in [0, 1].
RATES = [
    ("accuracy", "accuracy"),
    ("f1", "token F1"),
    ("em", "exact match"),
    ("correct_decline", "correct decline"),
    ("false_decline", "false decline"),
    ("leak_rate", "leak rate"),
    ("hit_at_k", "hit@k"),
    ("mrr", "MRR"),
]
CHART = "report.png"


def _fmt(value: Any, digits: int = 2) -> str:
    if value is None:
        return "-"
    if isinstance(value, (list, tuple)):  # an interval
        return "-".join(_fmt(v, digits) for v in value)
    if isinstance(value, float):
        return f"{value:.{digits}f}"
    return str(value)


def summary_line(report: dict[str, Any]) -> str:
    """One line a script can read: `EVAL rag acc=0.62 f1=0.48 ... | hybrid skipped`."""
    k = report.get("k", 4)
    parts = []
    for mode, m in report["modes"].items():
        parts.append(
            f"{mode} acc={_fmt(m['accuracy'])} f1={_fmt(m['f1'])} em={_fmt(m['em'])} "
            f"decline={_fmt(m['correct_decline'])} false_decline={_fmt(m['false_decline'])} "
            f"leaks={m['leaks']} checked={m.get('checked_replaced', 0) + m.get('checked_declined', 0)} "
            f"hit@{k}={_fmt(m['hit_at_k'])} mrr={_fmt(m['mrr'])} "
            f"p50={_fmt(m['latency_p50_s'], 1)}s n={m['n']}"
        )
    parts += [f"{mode} skipped" for mode in report.get("skipped", {})]
    return "EVAL " + " | ".join(parts)


def markdown(report: dict[str, Any]) -> str:
    modes = list(report["modes"])
    k = report.get("k", 4)
    qa, docs, model, adapter = report["qa"], report["docs"], report["model"], report.get("adapter")
    sources = [f"`{s['source']}`" for s in docs["sources"]]
    lines = [
        "# AI Twin evaluation",
        "",
        f"- created: {report['created']}",
        f"- QA: `{qa['path']}` (sha256 {qa['sha256'][:12]}), {qa['evaluated']} of {qa['questions']} questions"
        + (f" (--limit {qa['limit']}, spread over the file)" if qa.get("limit") else ""),
        f"- docs: {', '.join(sources)} (sha256 {docs['sha256'][:12]}), workspace `{docs['workspace']}`",
        f"- generator: `{model['generator']}`{' (4-bit)' if model['load_in_4bit'] else ''}, "
        f"embeddings `{model['embeddings']}`",
    ]
    if adapter:
        meta = adapter.get("metadata") or {}
        lines.append(
            f"- adapter: `{adapter['path']}` (weights sha256 {str(adapter.get('weights_sha256'))[:12]}, "
            f"dataset {str(meta.get('dataset_hash', '?'))[:12]}, created {meta.get('created', '?')})"
        )
        if meta.get("recipe"):
            lines.append(f"- recipe: `{json.dumps(meta['recipe'], sort_keys=True)}`")
    else:
        lines.append("- adapter: none")
    ctx = report["context"]
    lines.append(
        "- context: "
        + ", ".join(f"{key}={value}" for key, value in ctx.items() if not str(value).startswith("sha256:"))
    )
    for mode, reason in report.get("skipped", {}).items():
        lines.append(f"- {mode}: skipped: {reason}")

    lines += ["", "## Metrics", "", "| metric | " + " | ".join(modes) + " |", "|---|" + "---|" * len(modes)]
    rows: list[tuple[str, str, int]] = [
        ("questions", "n", 0),
        ("answerable / unanswerable", "", 0),
        ("accuracy (answer contains a reference)", "accuracy", 3),
        ("accuracy, 95% interval", "accuracy_ci95", 2),
        ("token F1", "f1", 3),
        ("exact match", "em", 3),
        ("correct decline (unanswerable)", "correct_decline", 3),
        ("correct decline, 95% interval", "correct_decline_ci95", 2),
        ("false decline (answerable)", "false_decline", 3),
        ("answer in the facts the reader was given", "answer_in_facts", 3),
        ("accuracy when it was", "accuracy_when_in_facts", 3),
        ("overall (right answers + right declines)", "overall", 3),
        ("answers leaking a forbidden string", "leaks", 0),
        ("answers the check replaced by a fact", "checked_replaced", 0),
        ("answers the check replaced by a decline", "checked_declined", 0),
        ("answers the reader re-read from the one line that answers", "checked_reread", 0),
        (f"retrieval hit@{k} (questions with a source)", "hit_at_k", 3),
        ("retrieval MRR", "mrr", 3),
        ("expected source cited", "cited_source", 3),
        ("latency p50 (s)", "latency_p50_s", 2),
        ("latency p95 (s)", "latency_p95_s", 2),
        ("time to first token p50 (s)", "ttft_p50_s", 2),
        ("tokens/s", "tokens_per_s", 1),
    ]
    for label, key, digits in rows:
        if not key:
            cells = [
                f"{report['modes'][m]['answerable']} / {report['modes'][m]['unanswerable']}" for m in modes
            ]
        else:
            cells = [_fmt(report["modes"][m][key], digits) for m in modes]
        lines.append(f"| {label} | " + " | ".join(cells) + " |")
    lines.append(
        "| routes | "
        + " | ".join(", ".join(f"{r} {n}" for r, n in report["modes"][m]["routes"].items()) for m in modes)
        + " |"
    )

    categories = sorted({c for m in modes for c in report["modes"][m]["by_category"]})
    if categories:
        lines += ["", "## Right per category (answer found, or declined when it should)", ""]
        lines += ["| category | " + " | ".join(modes) + " |", "|---|" + "---|" * len(modes)]
        for category in categories:
            cells = []
            for m in modes:
                c = report["modes"][m]["by_category"].get(category)
                cells.append(f"{c['correct']}/{c['n']}" if c else "-")
            lines.append(f"| {category} | " + " | ".join(cells) + " |")

    leaks = [
        (q["id"], m, q[m]["leaks"], q[m]["answer"])
        for q in report["questions"]
        for m in modes
        if q.get(m, {}).get("leaks")
    ]
    lines += ["", "## Leaks", ""]
    lines += [f"- {qid} ({m}): {', '.join(found)}: {answer!r}" for qid, m, found, answer in leaks] or ["none"]
    lines += ["", f"![metrics per mode]({CHART})", ""]
    return "\n".join(lines)


def chart(report: dict[str, Any], path: Path) -> Path:
    """Grouped bars: each rate metric, one bar per mode (no pyplot: nothing global, safe in threads)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    modes = list(report["modes"])
    fig = Figure(figsize=(10, 4.5), dpi=120)
    FigureCanvasAgg(fig)
    ax = fig.add_subplot()
    width = 0.8 / max(len(modes), 1)
    k = report.get("k", 4)
    labels = [label.replace("hit@k", f"hit@{k}") for _, label in RATES]
    for i, mode in enumerate(modes):
        values = [report["modes"][mode][key] for key, _ in RATES]
        xs = [j + (i - (len(modes) - 1) / 2) * width for j in range(len(RATES))]
        bars = ax.bar(xs, [v or 0.0 for v in values], width, label=f"{mode} (n={report['modes'][mode]['n']})")
        for bar, value in zip(bars, values, strict=True):
            ax.annotate(
                "n/a" if value is None else f"{value:.2f}",
                (bar.get_x() + bar.get_width() / 2, bar.get_height()),
                ha="center",
                va="bottom",
                fontsize=7,
            )
    ax.set_xticks(range(len(RATES)), labels, rotation=20, ha="right")
    ax.set_ylim(0, 1.1)
    ax.set_ylabel("rate")
    ax.set_title(f"AI Twin evaluation: {report['model']['generator']}, {report['qa']['evaluated']} questions")
    ax.legend(loc="upper right", fontsize=8)
    fig.tight_layout()
    fig.savefig(path)
    return path


def write_report(report: dict[str, Any], out_dir: Path) -> dict[str, Path]:
    """Write report.json, report.md and the chart into `out_dir`; their paths."""
    out_dir = Path(out_dir)
    paths = {"json": out_dir / "report.json", "markdown": out_dir / "report.md", "chart": out_dir / CHART}
    paths["json"].write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    paths["markdown"].write_text(markdown(report), encoding="utf-8")
    chart(report, paths["chart"])
    return paths
