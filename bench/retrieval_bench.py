"""Data-side figures on the sample persona: ingest time, embedding throughput, retrieval latency, hit@k,
and the calibration of the graph's relevance thresholds.

    .venv/bin/python bench/retrieval_bench.py [--qa examples/qa.jsonl] [--out bench/results]

hit@k counts a question as a hit when a chunk among the top k carries the question's gold `source` file.
Calibration: for every QA question, the best graded relevance of its retrieval (the graph's confidence);
the threshold that best separates answerable from must-decline questions is reported.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def best_threshold(confidences: list[tuple[float, bool]]) -> tuple[float, float]:
    """The confidence threshold that best separates answerable (True) from must-decline questions."""
    best_t, best_acc = 0.0, 0.0
    for t in sorted({round(c, 3) for c, _ in confidences}):
        acc = sum((c >= t) == answerable for c, answerable in confidences) / len(confidences)
        if acc > best_acc:
            best_t, best_acc = t, acc
    return best_t, best_acc


def auc(confidences: list[tuple[float, bool]]) -> float:
    """Probability that an answerable question gets a higher confidence than a must-decline one."""
    pos = [c for c, a in confidences if a]
    neg = [c for c, a in confidences if not a]
    if not pos or not neg:
        return float("nan")
    wins = sum((p > n) + 0.5 * (p == n) for p in pos for n in neg)
    return round(wins / (len(pos) * len(neg)), 3)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--qa", default=str(ROOT / "examples" / "qa.jsonl"))
    parser.add_argument("--persona", default=str(ROOT / "examples" / "persona"))
    parser.add_argument("--out", default=str(ROOT / "bench" / "results"))
    parser.add_argument("--logprob", action="store_true", help="also score the generator's yes/no grader")
    args = parser.parse_args()

    from graph.grading import score_relevance
    from ingest.pipeline import ingest, open_index
    from models.embeddings import load_embeddings
    from tools.retriever import HybridRetriever
    from twin.settings import get_settings

    settings = replace(get_settings(), home=Path(tempfile.mkdtemp(prefix="twin-bench-")), openai_api_key=None)
    load_embeddings(settings.embeddings)  # loading the model is not ingest time
    start = time.perf_counter()
    result = ingest([args.persona], settings, progress=False)
    ingest_s = time.perf_counter() - start
    assert result.index is not None
    chunks = open_index(settings).chunks()
    embedder = load_embeddings(settings.embeddings)
    texts = [c.page_content for c in chunks]
    start = time.perf_counter()
    embedder.embed_documents(texts)
    embed_s = time.perf_counter() - start

    qa = [json.loads(line) for line in Path(args.qa).read_text().splitlines() if line.strip()]
    index = open_index(settings)
    table: dict[str, dict[str, float]] = {}
    latencies: list[float] = []
    for mode in ("dense", "bm25", "hybrid"):
        retriever = HybridRetriever(index=index, k=5, mode=mode)  # type: ignore[arg-type]
        hits = {1: 0, 3: 0, 5: 0}
        gold = [q for q in qa if q.get("answers") and q.get("source")]
        for q in gold:
            t0 = time.perf_counter()
            docs = retriever.search(q["question"])
            if mode == "hybrid":
                latencies.append(time.perf_counter() - t0)
            sources = [d.metadata.get("sources", "") for d in docs]
            for k in hits:
                if any(q["source"].split("/")[0] in s for s in sources[:k]):
                    hits[k] += 1
        table[mode] = {f"hit@{k}": round(v / len(gold), 3) for k, v in hits.items()}

    hybrid = HybridRetriever(index=index, k=4)
    grader = None
    if args.logprob:
        from graph.context import Context
        from graph.grading import yes_probability_from_model
        from models.generator import load_generator

        model, tokenizer = load_generator(settings=settings, adapter=None)
        grader = yes_probability_from_model(model, tokenizer)
        grade_prompt = Context().grade_prompt
    confidences, logprob_confidences = [], []
    for q in qa:
        docs = hybrid.search(q["question"])
        best = max((score_relevance(q["question"], d) for d in docs), default=0.0)
        confidences.append((best, bool(q.get("answers"))))
        if grader is not None:
            p_yes = grader(
                [grade_prompt.format(document=d.page_content, question=q["question"]) for d in docs]
            )
            logprob_confidences.append((max(p_yes, default=0.0), bool(q.get("answers"))))
    best_t, best_acc = best_threshold(confidences)
    answerable = [c for c, a in confidences if a]
    decline = [c for c, a in confidences if not a]

    report = {
        "chunks": len(chunks),
        "ingest_s": round(ingest_s, 2),
        "embed_chunks_per_s": round(len(chunks) / embed_s, 1),
        "retrieval_p50_ms": round(1000 * statistics.median(latencies), 1),
        "retrieval_p95_ms": round(1000 * percentile(latencies, 0.95), 1),
        "hit_at_k": table,
        "questions_with_gold_source": sum(1 for q in qa if q.get("answers") and q.get("source")),
        "confidence_answerable_median": round(statistics.median(answerable), 3),
        "confidence_decline_median": round(statistics.median(decline), 3) if decline else None,
        "best_confidence_threshold": best_t,
        "threshold_accuracy": round(best_acc, 3),
        "auc_scores": auc(confidences),
    }
    if logprob_confidences:
        t, acc = best_threshold(logprob_confidences)
        report["logprob_grader"] = {
            "auc": auc(logprob_confidences),
            "best_threshold": t,
            "accuracy": round(acc, 3),
        }
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    (out / "retrieval.json").write_text(json.dumps(report, indent=2))
    print(json.dumps(report, indent=2))
    print("\n| retrieval | hit@1 | hit@3 | hit@5 |\n|---|---|---|---|")
    for mode, row in table.items():
        print(f"| {mode} | {row['hit@1']:.2f} | {row['hit@3']:.2f} | {row['hit@5']:.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
