"""The CPU decoder's packs are cached beside the checkpoint: a later start reads them instead of packing, with
the same answers, no peft, and a damaged cache rebuilt rather than failing."""

from __future__ import annotations

from pathlib import Path

import pytest
import torch

import models.generator
from models import adapters as registry
from models.chat import load_chat_model
from models.decoder_cache import is_ready
from twin.settings import Settings

pytestmark = pytest.mark.usefixtures("fresh_model_caches")


def _adapter(tiny_gemma_dir: Path, staging: Path, seed: int) -> Path:
    from peft import LoraConfig, get_peft_model
    from transformers import AutoModelForCausalLM

    torch.manual_seed(seed)
    base = AutoModelForCausalLM.from_pretrained(tiny_gemma_dir)
    config = LoraConfig(
        r=4, lora_alpha=8, target_modules=["q_proj", "v_proj", "down_proj"], init_lora_weights=False
    )
    get_peft_model(base, config).save_pretrained(staging)
    registry.write_adapter_metadata(
        staging, base_model=str(tiny_gemma_dir), recipe={"r": 4}, dataset_hash="feed", metrics={}
    )
    return staging


def _answer(settings: Settings) -> tuple[list[int], object]:
    chat = load_chat_model(settings)
    served, tokenizer = chat.llm.pipeline.model, chat.llm.pipeline.tokenizer
    inputs = tokenizer("where do you work and what did you build", return_tensors="pt")
    with torch.inference_mode():
        output = served.generate(**inputs, max_new_tokens=8, min_new_tokens=8, do_sample=False)
    return output[0, inputs.input_ids.shape[1] :].tolist(), served


def _forget_loaded_models() -> None:
    import models.chat
    import models.generator

    models.chat.clear_cache()
    models.generator.clear_cache()


@pytest.fixture
def settings(tiny_gemma_dir: Path, tmp_path: Path) -> Settings:
    settings = Settings(
        home=tmp_path / "home",
        cache_dir=tmp_path / "cache",
        generator=str(tiny_gemma_dir),
        load_in_4bit=False,
    )
    registry.publish_adapter(_adapter(tiny_gemma_dir, tmp_path / "a", seed=1), settings.adapters_dir)
    return settings


def test_a_second_start_reads_the_packs_and_answers_the_same_without_peft(settings: Settings, monkeypatch):
    first, built = _answer(settings)
    folders = list((settings.cache_dir / "decoders").iterdir())
    assert len(folders) == 1 and is_ready(folders[0])
    assert built.greedy_decoder.layers[0].own.keys() == {"q", "v", "down"}  # only what the adapter changed

    _forget_loaded_models()
    import peft

    def no_peft(*args, **kwargs):
        raise AssertionError("the cached decoder needs no peft")

    monkeypatch.setattr(peft.PeftModel, "from_pretrained", no_peft)
    second, cached = _answer(settings)
    assert second == first  # the adapter came folded in from the cache
    for mine, theirs in zip(cached.greedy_decoder.layers, built.greedy_decoder.layers, strict=True):
        assert torch.equal(mine.q, theirs.q) and torch.equal(mine.qkv8[0], theirs.qkv8[0])

    # What the decoder does not serve (sampling, batches) goes to the adapted model, loaded when first needed.
    monkeypatch.undo()
    tokenizer = load_chat_model(settings).llm.pipeline.tokenizer
    batch = tokenizer(["where do you work", "what did you build"], return_tensors="pt", padding=True)
    assert len(models.generator._loaded) == 1  # the bare base only
    with torch.inference_mode():
        out = cached.generate(**batch, max_new_tokens=3, do_sample=False)
    assert out.shape[0] == 2
    assert len(models.generator._loaded) == 2  # ... and the adapted model, loaded for that request
    assert isinstance(models.generator.load_generator(settings=settings)[0], peft.PeftModel)


def test_a_new_adapter_gets_its_own_packs_and_a_damaged_cache_is_rebuilt(
    settings: Settings, tiny_gemma_dir: Path, tmp_path: Path
):
    first, _ = _answer(settings)
    (folder,) = (settings.cache_dir / "decoders").iterdir()
    (folder / "decoder.safetensors").write_bytes(b"not a safetensors file")
    _forget_loaded_models()
    again, _ = _answer(settings)
    assert again == first
    assert is_ready(folder) and (folder / "decoder.safetensors").stat().st_size > 1000

    registry.publish_adapter(_adapter(tiny_gemma_dir, tmp_path / "b", seed=2), settings.adapters_dir)
    _forget_loaded_models()
    other, _ = _answer(settings)
    assert other != first
    assert len(list((settings.cache_dir / "decoders").iterdir())) == 2


def test_the_tokenizer_is_read_back_from_its_cache_and_a_damaged_one_is_rebuilt(
    tiny_gemma_dir: Path, tmp_path: Path
):
    from transformers import AutoTokenizer

    from models.decoder_cache import load_tokenizer

    text = "Where do you work? <end_of_turn> Ünïcödé 🎻"
    messages = [{"role": "user", "content": "hi"}]
    reference = AutoTokenizer.from_pretrained(tiny_gemma_dir)
    first = load_tokenizer(tmp_path, str(tiny_gemma_dir))
    (cached,) = (tmp_path / "tokenizers").iterdir()
    written = cached.stat().st_mtime_ns
    second = load_tokenizer(tmp_path, str(tiny_gemma_dir))
    assert cached.stat().st_mtime_ns == written  # read back, not built and written again
    for tokenizer in (first, second):
        assert tokenizer(text).input_ids == reference(text).input_ids
        assert tokenizer.apply_chat_template(messages, tokenize=False) == reference.apply_chat_template(
            messages, tokenize=False
        )
    cached.write_bytes(b"\x80\x05 not a pickle")
    third = load_tokenizer(tmp_path, str(tiny_gemma_dir))
    assert third(text).input_ids == reference(text).input_ids
    assert cached.stat().st_size > 1000  # written again whole
