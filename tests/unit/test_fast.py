"""The int8 decode path: same greedy answers as float32 on a real (tiny) Gemma, float32 kept for prompts."""

import torch
from transformers import AutoModelForCausalLM, AutoTokenizer

from models.fast import speed_up_for_cpu


def test_int8_decode_matches_float32_greedy(tiny_gemma_dir):
    tokenizer = AutoTokenizer.from_pretrained(tiny_gemma_dir)
    reference = AutoModelForCausalLM.from_pretrained(tiny_gemma_dir, dtype=torch.float32).eval()
    fast = speed_up_for_cpu(AutoModelForCausalLM.from_pretrained(tiny_gemma_dir, dtype=torch.float32).eval())
    assert type(fast.get_output_embeddings()).__name__ == "Int8DecodeLinear"
    again = speed_up_for_cpu(fast)  # applying it twice changes nothing
    assert type(again.get_output_embeddings().linear).__name__ == "Linear"
    ids = tokenizer("where do you work and what did you build there", return_tensors="pt")
    with torch.inference_mode():
        # A long input takes the float32 path in every layer but the output layer: logits stay close.
        full_ref = reference(**ids).logits[0, -1]
        full_fast = fast(**ids).logits[0, -1]
        assert torch.allclose(full_ref, full_fast, atol=0.05, rtol=0.05)
        out_ref = reference.generate(**ids, max_new_tokens=12, do_sample=False)
        out_fast = fast.generate(**ids, max_new_tokens=12, do_sample=False)
    agree = (out_ref[0] == out_fast[0]).float().mean().item()
    assert agree >= 0.9, (tokenizer.decode(out_ref[0]), tokenizer.decode(out_fast[0]))


def test_4bit_models_are_left_alone(tiny_gemma_dir):
    from transformers import BitsAndBytesConfig

    config = BitsAndBytesConfig(
        load_in_4bit=True, bnb_4bit_quant_type="nf4", bnb_4bit_compute_dtype=torch.float32
    )
    model = AutoModelForCausalLM.from_pretrained(
        tiny_gemma_dir, quantization_config=config, device_map={"": "cpu"}
    )
    assert speed_up_for_cpu(model) is model
    assert type(model.get_output_embeddings()).__name__ != "Int8DecodeLinear"
