"""The lean Gemma 3 decoder: the same logits and greedy answers as transformers, through the real pipeline."""

import pytest
import torch
from transformers import AutoModelForCausalLM, AutoTokenizer, StoppingCriteria, StoppingCriteriaList

from models.decode import GemmaGreedyDecoder, serve_greedy, supports
from models.output_layer import OutputLayer, int4_ranker, int8_ranker, onnx_ranker


@pytest.fixture(scope="module")
def tiny(tiny_gemma_dir):
    tokenizer = AutoTokenizer.from_pretrained(tiny_gemma_dir)
    model = AutoModelForCausalLM.from_pretrained(tiny_gemma_dir, dtype=torch.float32).eval()
    return model, tokenizer


def _ids(tokenizer, words: int) -> torch.Tensor:
    text = " ".join(["where do you work and what did you build there with the team"] * (words // 13 + 1))
    return tokenizer(text, return_tensors="pt").input_ids[:, :words]


@pytest.mark.parametrize("length", [20, 150])  # 150 > the tiny model's 64-position sliding window
def test_prompt_and_step_logits_match_transformers(tiny, length):
    model, tokenizer = tiny
    decoder = GemmaGreedyDecoder(model)
    ids = _ids(tokenizer, length + 6)
    with torch.inference_mode():
        reference = model(input_ids=ids).logits[0]
        cache = decoder.new_cache(ids.shape[1])
        prompt = decoder.forward(ids[0, :length], 0, cache)  # float32 weights for the prompt
        best = reference[length - 1].topk(8).indices  # the leading candidates get exact float32 logits
        assert torch.allclose(prompt[best], reference[length - 1, best], atol=1e-4, rtol=1e-4)
        assert torch.allclose(prompt, reference[length - 1], atol=0.1)  # the rest: the 4-bit ranking pass
        for position in range(length, ids.shape[1]):  # int8 single-token steps
            step = decoder.forward(ids[0, position : position + 1], position, cache)
            # Random weights give near-flat logits, so int8 rounding may swap neighbours but not move far.
            assert int(reference[position].argmax()) in step.topk(3).indices.tolist()
            assert (step - reference[position]).abs().max() < 0.1


@pytest.mark.parametrize("ranker", [onnx_ranker, int4_ranker, int8_ranker])
def test_every_output_layer_ranking_gives_the_float32_choice(ranker):
    torch.manual_seed(0)
    weight = torch.randn(20_000, 128) * 0.05  # Gemma-like: many more rows than inputs
    hidden = torch.randn(3, 128)
    rank = ranker(weight)
    assert rank is not None, "onnxruntime and torch's int4 and int8 kernels are all installed here"
    layer = OutputLayer(weight)
    layer._rank = rank
    logits = layer(hidden)
    exact = hidden @ weight.T
    assert logits.shape == exact.shape
    assert torch.equal(logits.argmax(-1), exact.argmax(-1))
    best = exact.topk(8, dim=-1).indices  # the leading candidates get float32 logits
    assert torch.allclose(logits.gather(1, best), exact.gather(1, best), atol=1e-5)
    # The rest come from the 4-bit (or 8-bit) pass: off by a fraction of the logits' spread, never far.
    assert (logits - exact).abs().max() < 0.5 * exact.std()


def test_pipeline_greedy_answers_match_transformers(tiny):
    from transformers import pipeline

    model, tokenizer = tiny
    served = serve_greedy(model)
    assert served.greedy_decoder is not None and model.generate != served.generate
    ids = tokenizer("what did you build there", return_tensors="pt")
    options = {"max_new_tokens": 16, "do_sample": False, "repetition_penalty": 1.15}
    with torch.inference_mode():
        expected = model.generate(**ids, **options)
        got = served.generate(**ids, **options)
    assert got.shape == expected.shape
    # Near-flat random logits let int8 rounding change a later choice, never the first ones.
    start = ids.input_ids.shape[1]
    assert torch.equal(got[0, : start + 6], expected[0, : start + 6]), (expected, got)

    generator = pipeline(
        "text-generation", model=served, tokenizer=tokenizer, return_full_text=False, **options
    )
    text = generator("what did you build there")[0]["generated_text"]
    assert text == tokenizer.decode(got[0, ids.input_ids.shape[1] :], skip_special_tokens=True)


def test_stop_tokens_min_tokens_streamer_and_stopping_criteria(tiny):
    from transformers import TextIteratorStreamer

    model, tokenizer = tiny
    served = serve_greedy(model)
    ids = tokenizer("hello", return_tensors="pt")
    with torch.inference_mode():
        free = served.generate(**ids, max_new_tokens=8, do_sample=False)
        first = int(free[0, ids.input_ids.shape[1]])
        # The first greedy token declared a stop token ends the answer right there...
        stopped = served.generate(**ids, max_new_tokens=8, do_sample=False, eos_token_id=[first])
        assert stopped.shape[1] == ids.input_ids.shape[1] + 1
        # ...unless min_new_tokens forbids it.
        longer = served.generate(
            **ids, max_new_tokens=8, min_new_tokens=8, do_sample=False, eos_token_id=[first]
        )
        assert longer.shape[1] == ids.input_ids.shape[1] + 8

        class AfterThree(StoppingCriteria):
            def __call__(self, input_ids, scores, **kwargs):
                return input_ids.shape[1] >= ids.input_ids.shape[1] + 3

        three = served.generate(
            **ids, max_new_tokens=8, do_sample=False, stopping_criteria=StoppingCriteriaList([AfterThree()])
        )
        assert three.shape[1] == ids.input_ids.shape[1] + 3

        streamer = TextIteratorStreamer(tokenizer, skip_prompt=True, skip_special_tokens=True)
        full = served.generate(**ids, max_new_tokens=8, do_sample=False, streamer=streamer)
    streamed = "".join(streamer)
    assert streamed == tokenizer.decode(full[0, ids.input_ids.shape[1] :], skip_special_tokens=True)


def test_other_requests_go_to_transformers(tiny):
    model, tokenizer = tiny
    served = serve_greedy(model)
    ids = tokenizer("hello there", return_tensors="pt")
    torch.manual_seed(0)
    with torch.inference_mode():
        sampled = served.generate(**ids, max_new_tokens=5, do_sample=True, top_k=20)
        batch = tokenizer(["hello there", "what"], return_tensors="pt", padding=True)
        both = served.generate(**batch, max_new_tokens=5, do_sample=False)
    assert sampled.shape == (1, ids.input_ids.shape[1] + 5)
    assert both.shape[0] == 2


def test_lora_adapter_is_folded_in_without_changing_the_model(tiny):
    from peft import LoraConfig, get_peft_model

    model, tokenizer = tiny
    config = LoraConfig(r=4, lora_alpha=8, target_modules=["q_proj", "v_proj", "gate_proj", "down_proj"])
    adapted = get_peft_model(
        AutoModelForCausalLM.from_pretrained(model.name_or_path, dtype=torch.float32), config
    )
    for name, parameter in adapted.named_parameters():
        if "lora_B" in name:  # a non-zero adapter, so it changes the logits
            torch.nn.init.normal_(parameter, std=0.5)
    adapted.eval()
    before = {name: p.clone() for name, p in adapted.named_parameters()}
    served = serve_greedy(adapted)
    ids = _ids(tokenizer, 24)
    with torch.inference_mode():
        reference = adapted(input_ids=ids).logits[0, -1]
        plain = model(input_ids=ids).logits[0, -1]
        mine = served.greedy_decoder.forward(ids[0], 0, served.greedy_decoder.new_cache(24))
    assert not torch.allclose(reference, plain, atol=1e-2)
    best = reference.topk(8).indices
    assert torch.allclose(mine[best], reference[best], atol=1e-4, rtol=1e-4)
    assert all(torch.equal(p, before[name]) for name, p in adapted.named_parameters())


def test_only_float32_cpu_gemma3_is_supported(tiny, tiny_gemma_dir):
    from transformers import BitsAndBytesConfig

    model, _ = tiny
    assert supports(model)
    four_bit = AutoModelForCausalLM.from_pretrained(
        tiny_gemma_dir,
        quantization_config=BitsAndBytesConfig(load_in_4bit=True, bnb_4bit_compute_dtype=torch.float32),
        device_map={"": "cpu"},
    )
    assert not supports(four_bit)
    assert not supports(AutoModelForCausalLM.from_pretrained(tiny_gemma_dir, dtype=torch.bfloat16))


def test_a_shared_prompt_beginning_is_reused_exactly(tiny):
    model, tokenizer = tiny
    served = serve_greedy(model)
    decoder = served.greedy_decoder
    shared = "you are the person who wrote these documents and you answer questions about your work "
    first = tokenizer(shared + "where do you work", return_tensors="pt")
    second = tokenizer(shared + "what did you build there", return_tensors="pt")
    with torch.inference_mode():
        served.generate(**first, max_new_tokens=6, do_sample=False)
        again = served.generate(**second, max_new_tokens=6, do_sample=False)
        reused = decoder.reused_tokens
        fresh = serve_greedy(model).generate(**second, max_new_tokens=6, do_sample=False)
    common = len(tokenizer(shared).input_ids) - 1
    assert reused >= common - 1 and reused < second.input_ids.shape[1]
    assert torch.equal(again, fresh)


def test_prompt_lookup_drafts_keep_the_greedy_tokens(tiny):
    model, tokenizer = tiny
    decoder = GemmaGreedyDecoder(model)
    ids = _ids(tokenizer, 60)  # a prompt that repeats itself, so its last tokens recur and drafts are made
    options = {"max_new_tokens": 48, "min_new_tokens": 48, "repetition_penalty": 1.05}
    decoder.draft_tokens = 0
    plain = decoder.generate(ids, **options)
    assert decoder.drafted == 0
    decoder.forget_prompts()
    decoder.draft_tokens = 3
    drafted = decoder.generate(ids, **options)
    assert decoder.drafted > 0 and decoder.accepted > 0, (decoder.drafted, decoder.accepted)
    assert torch.equal(drafted, plain)
