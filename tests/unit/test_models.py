"""The model loaders on a tiny Gemma: plain, 4-bit NF4 on CPU, cached, LoRA via the adapter registry, errors."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

import models
from models import adapters as registry
from models import gguf_cache
from models.generator import load_generator, resolve_generator
from twin.errors import TwinError
from twin.settings import Settings

pytestmark = pytest.mark.usefixtures("fresh_model_caches")  # every test loads models from scratch


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(
        home=tmp_path / "home",
        cache_dir=tmp_path / "cache",
        generator="embedded:gemma-3-270m",
        load_in_4bit=False,
    )


def _generate(model, tokenizer, text: str, new_tokens: int = 4) -> list[int]:
    import torch

    inputs = tokenizer(text, return_tensors="pt")
    with torch.no_grad():
        output = model.generate(
            **inputs, max_new_tokens=new_tokens, min_new_tokens=new_tokens, do_sample=False
        )
    return output[0, inputs["input_ids"].shape[1] :].tolist()


def _logits(model, tokenizer, text: str = "hello world, the capital"):
    import torch

    with torch.no_grad():
        return model(**tokenizer(text, return_tensors="pt")).logits


def test_import_models_stays_light():
    code = "import sys, models; models.load_generator; heavy = {'torch', 'transformers', 'peft', 'bitsandbytes'}; print(sorted(heavy & set(sys.modules)))"
    repo = Path(__file__).resolve().parents[2]
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=repo
    )
    assert result.stdout.strip() == "[]"


def test_tiny_gemma_loads_from_a_folder_and_generates(tiny_gemma_dir, settings):
    import torch

    model, tokenizer = load_generator(str(tiny_gemma_dir), adapter=None, settings=settings)
    assert type(model).__name__ == "Gemma3ForCausalLM"
    assert model.dtype == torch.float32 and not model.training
    assert len(_generate(model, tokenizer, "The capital of France is")) == 4
    conversation = [
        {"role": "system", "content": "Answer as Ada."},
        {"role": "user", "content": "Hi"},
        {"role": "assistant", "content": "Hello."},
        {"role": "user", "content": "Where do you work?"},
    ]
    assert tokenizer.apply_chat_template(conversation, tokenize=False, add_generation_prompt=True) == (
        "<bos><start_of_turn>user\nAnswer as Ada.\n\nHi<end_of_turn>\n"
        "<start_of_turn>model\nHello.<end_of_turn>\n"
        "<start_of_turn>user\nWhere do you work?<end_of_turn>\n"
        "<start_of_turn>model\n"
    )


def test_4bit_nf4_loads_on_cpu_and_generates(tiny_gemma_dir, settings):
    from bitsandbytes.nn import Linear4bit

    model, tokenizer = load_generator(str(tiny_gemma_dir), load_in_4bit=True, adapter=None, settings=settings)
    layer = model.model.layers[0]
    for linear in (layer.self_attn.q_proj, layer.self_attn.o_proj, layer.mlp.gate_proj, layer.mlp.down_proj):
        assert isinstance(linear, Linear4bit)
        assert linear.weight.quant_type == "nf4"
    assert len(_generate(model, tokenizer, "hello")) == 4


def test_the_loader_is_cached_per_key(tiny_gemma_dir, settings):
    first = load_generator(str(tiny_gemma_dir), adapter=None, settings=settings)
    assert load_generator(str(tiny_gemma_dir), adapter=None, settings=settings) is first
    assert (
        load_generator(str(tiny_gemma_dir), adapter=None, load_in_4bit=True, settings=settings) is not first
    )
    models.clear_cache()
    assert load_generator(str(tiny_gemma_dir), adapter=None, settings=settings) is not first


@pytest.mark.parametrize(
    ("model_id", "cause"),
    [
        ("google/gemma-2-2b-it", "you are offline (HF_HUB_OFFLINE=1)"),
        ("./no/such/model", "no such folder"),
        ("embedded:llama-9000", "the embedded generator is"),
    ],
)
def test_a_missing_model_is_one_clear_line(model_id, cause, settings):
    with pytest.raises(TwinError) as raised:
        load_generator(model_id, settings=settings)
    message = str(raised.value)
    assert repr(model_id) in message and cause in message and "\n" not in message
    assert raised.value.__suppress_context__ or raised.value.__cause__ is None


def test_a_folder_without_a_model_is_one_clear_line(tmp_path, settings):
    (tmp_path / "empty").mkdir()
    with pytest.raises(TwinError, match="cannot be loaded from") as raised:
        load_generator(str(tmp_path / "empty"), adapter=None, settings=settings)
    assert "\n" not in str(raised.value)


def test_a_hub_id_loads_from_a_populated_hf_cache_offline(tiny_gemma_dir, settings, tmp_path, monkeypatch):
    import shutil

    from huggingface_hub import constants

    repo = tmp_path / "hub" / "models--acme--tiny-gemma"
    shutil.copytree(tiny_gemma_dir, repo / "snapshots" / ("0" * 40))
    (repo / "refs").mkdir()
    (repo / "refs" / "main").write_text("0" * 40)
    monkeypatch.setattr(constants, "HF_HUB_CACHE", str(tmp_path / "hub"))

    assert resolve_generator("acme/tiny-gemma", settings) == "acme/tiny-gemma"
    model, tokenizer = load_generator("acme/tiny-gemma", adapter=None, settings=settings)
    assert type(model).__name__ == "Gemma3ForCausalLM"
    assert len(_generate(model, tokenizer, "hello")) == 4


# --- the embedded checkpoint cache (the real conversion runs in tests/integration) ---


def _stamped_checkpoint(cache_dir: Path) -> Path:
    target = gguf_cache.checkpoint_dir(cache_dir)
    target.mkdir(parents=True)
    (target / gguf_cache.STAMP_FILE).write_text(json.dumps(gguf_cache._expected_stamp()))
    return target


def test_a_cached_checkpoint_is_returned_in_milliseconds(settings, monkeypatch):
    target = _stamped_checkpoint(settings.cache_dir)
    monkeypatch.setattr(gguf_cache, "_convert", lambda *a, **k: pytest.fail("converted again"))
    started = time.perf_counter()
    assert resolve_generator(None, settings) == str(target)
    assert time.perf_counter() - started < 0.05


def test_a_failed_conversion_leaves_no_checkpoint(settings, monkeypatch):
    def fake_assemble(folder: Path) -> Path:
        folder.mkdir(parents=True)
        (folder / "model.gguf").write_bytes(b"half a file")
        return folder / "model.gguf"

    def crash(_path: Path):
        raise RuntimeError("killed mid-conversion")

    monkeypatch.setattr(gguf_cache, "assemble_gguf", fake_assemble)
    monkeypatch.setattr(gguf_cache, "_load_gguf_model", crash)
    with pytest.raises(RuntimeError, match="killed"):
        gguf_cache.ensure_embedded_checkpoint(settings.cache_dir, progress=False)
    checkpoints = settings.cache_dir / "checkpoints"
    assert not gguf_cache.checkpoint_dir(settings.cache_dir).exists()
    assert [p.name for p in checkpoints.iterdir() if not p.name.endswith(".lock")] == []


def test_the_conversion_pipeline_on_a_tiny_stand_in(tiny_gemma_dir, settings, monkeypatch, capsys):
    """Everything but the GGUF reading: copy, save, verify, stamp, atomic rename, then a normal load."""
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    def fake_assemble(folder: Path) -> Path:
        folder.mkdir(parents=True)
        (folder / "model.gguf").write_bytes(b"stand-in")
        return folder / "model.gguf"

    original = AutoModelForCausalLM.from_pretrained(tiny_gemma_dir).eval()
    monkeypatch.setattr(gguf_cache, "assemble_gguf", fake_assemble)
    monkeypatch.setattr(gguf_cache, "_load_gguf_model", lambda _path: original)
    monkeypatch.setattr(
        gguf_cache, "_load_gguf_tokenizer", lambda _path: AutoTokenizer.from_pretrained(tiny_gemma_dir)
    )

    target = gguf_cache.ensure_embedded_checkpoint(settings.cache_dir, progress=False)
    assert "Converting the embedded Gemma 3 270M (GGUF Q4_K_M)" in capsys.readouterr().out
    assert json.loads((target / gguf_cache.STAMP_FILE).read_text())["dtype"] == "float32"
    assert sorted(p.name for p in target.parent.iterdir()) == [".gemma-3-270m.lock", "gemma-3-270m"]
    assert not (target / "gguf").exists()

    model, tokenizer = load_generator(adapter=None, settings=settings)  # the embedded id, now cached
    inputs = tokenizer("hello world", return_tensors="pt")
    with torch.no_grad():
        torch.testing.assert_close(model(**inputs).logits, original(**inputs).logits, rtol=0, atol=0)
    end_of_turn = tokenizer.convert_tokens_to_ids("<end_of_turn>")
    assert end_of_turn in model.generation_config.eos_token_id


def test_an_outdated_checkpoint_is_converted_again(settings, monkeypatch):
    target = _stamped_checkpoint(settings.cache_dir)
    (target / gguf_cache.STAMP_FILE).write_text(json.dumps({"conversion_version": 0}))

    def fake_convert(staging: Path, *, stamp, progress):
        (staging / gguf_cache.STAMP_FILE).write_text(json.dumps(stamp))

    monkeypatch.setattr(gguf_cache, "_convert", fake_convert)
    assert gguf_cache.ensure_embedded_checkpoint(settings.cache_dir, progress=False) == target
    assert json.loads((target / gguf_cache.STAMP_FILE).read_text()) == gguf_cache._expected_stamp()
    assert sorted(p.name for p in target.parent.iterdir()) == [".gemma-3-270m.lock", "gemma-3-270m"]


# --- the adapter registry ---


def _staged_adapter(folder: Path, base_model: str, dataset_hash: str) -> Path:
    folder.mkdir(parents=True)
    (folder / registry.PEFT_CONFIG_FILE).write_text("{}")
    registry.write_adapter_metadata(
        folder, base_model=base_model, recipe={"r": 8}, dataset_hash=dataset_hash, metrics={"loss": 1.0}
    )
    return folder


def test_publishing_flips_current_and_keeps_the_previous_adapter(tmp_path):
    adapters_dir = tmp_path / "adapters"
    first = registry.publish_adapter(
        _staged_adapter(tmp_path / "s1", "embedded:gemma-3-270m", "aaaa"), adapters_dir
    )
    assert registry.current_adapter(adapters_dir, "embedded:gemma-3-270m") == first
    second = registry.publish_adapter(
        _staged_adapter(tmp_path / "s2", "embedded:gemma-3-270m", "bbbb"), adapters_dir, name="second"
    )
    assert (adapters_dir / "CURRENT").read_text().strip() == "second"
    assert registry.current_adapter(adapters_dir, "embedded:gemma-3-270m") == second
    assert first.is_dir() and not (tmp_path / "s1").exists()
    listed = registry.list_adapters(adapters_dir)
    assert [a["name"] for a in listed] == [first.name, "second"]
    assert [a["current"] for a in listed] == [False, True]
    assert listed[1]["dataset_hash"] == "bbbb" and listed[1]["recipe"] == {"r": 8}
    assert registry.current_adapter(adapters_dir, "google/gemma-2-2b-it") is None


def test_publishing_refuses_incomplete_or_clashing_adapters(tmp_path):
    adapters_dir = tmp_path / "adapters"
    (tmp_path / "half").mkdir()
    (tmp_path / "half" / registry.PEFT_CONFIG_FILE).write_text("{}")
    with pytest.raises(TwinError, match=r"twin_adapter\.json is missing"):
        registry.publish_adapter(tmp_path / "half", adapters_dir)
    registry.publish_adapter(_staged_adapter(tmp_path / "a", "m", "h"), adapters_dir, name="same")
    with pytest.raises(TwinError, match="already exists"):
        registry.publish_adapter(_staged_adapter(tmp_path / "b", "m", "h"), adapters_dir, name="same")
    with pytest.raises(TwinError, match="not valid"):
        registry.publish_adapter(tmp_path / "b", adapters_dir, name="../escape")
    assert registry.current_adapter(tmp_path / "nowhere", "m") is None


def _lora_adapter(tiny_gemma_dir: Path, staging: Path, base_model: str, seed: int = 1) -> Path:
    import torch
    from peft import LoraConfig, get_peft_model
    from transformers import AutoModelForCausalLM

    torch.manual_seed(seed)
    base = AutoModelForCausalLM.from_pretrained(tiny_gemma_dir)
    # init_lora_weights=False: random A and B, so even an untrained adapter moves the logits.
    config = LoraConfig(r=4, lora_alpha=8, target_modules=["q_proj", "v_proj"], init_lora_weights=False)
    get_peft_model(base, config).save_pretrained(staging)
    registry.write_adapter_metadata(staging, base_model=base_model, recipe={"r": 4}, dataset_hash="feed")
    return staging


def test_the_current_lora_adapter_is_applied_automatically(tiny_gemma_dir, settings, tmp_path):
    import torch
    from peft import PeftModel

    base_id = str(tiny_gemma_dir)
    model, tokenizer = load_generator(base_id, adapter=None, settings=settings)
    bare = _logits(model, tokenizer)
    assert load_generator(base_id, settings=settings)[0] is model  # "auto" with no adapter yet

    published = registry.publish_adapter(
        _lora_adapter(tiny_gemma_dir, tmp_path / "staging", base_id), settings.adapters_dir
    )
    adapted, _ = load_generator(base_id, settings=settings)
    assert isinstance(adapted, PeftModel)
    assert not torch.allclose(_logits(adapted, tokenizer), bare, atol=1e-4)
    assert load_generator(base_id, adapter=published, settings=settings)[0] is adapted

    quantized, _ = load_generator(base_id, load_in_4bit=True, settings=settings)
    assert isinstance(quantized, PeftModel)
    assert type(quantized.base_model.model.model.layers[0].self_attn.q_proj).__name__ == "Linear4bit"

    with pytest.raises(TwinError, match="not found"):
        load_generator(base_id, adapter=tmp_path / "missing", settings=settings)


def test_two_workspaces_each_answer_with_their_own_adapter(tiny_gemma_dir, tmp_path):
    """The graph's model comes from the run's workspace: `--home A` never answers with B's adapter."""
    from langchain_core.messages import HumanMessage

    from graph.deps import Deps

    base_id = str(tiny_gemma_dir)
    workspaces = {}
    for name, seed in (("a", 1), ("b", 2)):
        settings = Settings(
            home=tmp_path / name, cache_dir=tmp_path / "cache", generator=base_id, load_in_4bit=False
        )
        adapter = _lora_adapter(tiny_gemma_dir, tmp_path / f"staging-{name}", base_id, seed=seed)
        registry.publish_adapter(adapter, settings.adapters_dir)
        workspaces[name] = settings

    def answers(order: str) -> dict[str, str]:
        models.clear_cache()
        replies = {}
        for name in order:
            llm = Deps(settings=workspaces[name]).chat_model()  # what the graph's nodes answer with
            bound = llm.bind(pipeline_kwargs={"max_new_tokens": 8, "min_new_tokens": 8})
            replies[name] = str(bound.invoke([HumanMessage("Where do you work now?")]).content)
        return replies

    first = answers("ab")
    assert first["a"] != first["b"]  # different adapters, different answers
    assert answers("ba") == first  # whichever workspace loads first, each keeps its own adapter


def test_the_shipped_reader_is_used_until_the_person_trains_their_own(
    tiny_gemma_dir, settings, tmp_path, monkeypatch
):
    """A new twin answers with the project's reader; the person's own adapter replaces it; TWIN_READER=0 is bare."""
    from dataclasses import replace

    from peft import PeftModel

    base_id = str(tiny_gemma_dir)
    reader = _lora_adapter(tiny_gemma_dir, tmp_path / "reader", base_id, seed=3)
    monkeypatch.setattr(registry, "READER_DIR", reader)
    model, tokenizer = load_generator(base_id, settings=settings)
    assert isinstance(model, PeftModel)
    with_reader = _logits(model, tokenizer)
    assert load_generator(base_id, adapter="reader", settings=settings)[0] is model

    bare, _ = load_generator(base_id, settings=replace(settings, use_reader=False))
    assert type(bare).__name__ == "Gemma3ForCausalLM"
    import torch

    assert not torch.allclose(_logits(bare, tokenizer), with_reader, atol=1e-4)

    registry.publish_adapter(
        _lora_adapter(tiny_gemma_dir, tmp_path / "own", base_id, seed=4), settings.adapters_dir
    )
    own, _ = load_generator(base_id, settings=settings)
    assert own is not model and not torch.allclose(_logits(own, tokenizer), with_reader, atol=1e-4)

    monkeypatch.setattr(registry, "READER_DIR", tmp_path / "no-reader")
    with pytest.raises(TwinError, match="twin reader build"):
        load_generator(base_id, adapter="reader", settings=settings)


def test_an_adapter_for_another_base_is_not_applied(tiny_gemma_dir, settings, tmp_path):
    registry.publish_adapter(
        _lora_adapter(tiny_gemma_dir, tmp_path / "staging", "google/gemma-2-2b-it"), settings.adapters_dir
    )
    model, _ = load_generator(str(tiny_gemma_dir), settings=settings)
    assert type(model).__name__ == "Gemma3ForCausalLM"
    with pytest.raises(TwinError, match="was trained on"):
        load_generator(
            str(tiny_gemma_dir),
            adapter=registry.list_adapters(settings.adapters_dir)[0]["path"],
            settings=settings,
        )


# --- embeddings ---


def test_embedded_minilm_gives_normalized_384_dim_vectors_that_rank_sensibly():
    import numpy as np

    embeddings = models.load_embeddings("embedded:all-minilm-l6-v2")
    assert models.load_embeddings("embedded:all-minilm-l6-v2") is embeddings
    query, similar, unrelated = embeddings.embed_documents(
        [
            "She led the data platform team at a bank.",
            "She managed the bank's data engineering group.",
            "Bake the bread for forty minutes at 200 degrees.",
        ]
    )
    vectors = np.array([query, similar, unrelated])
    assert vectors.shape == (3, 384)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert vectors[0] @ vectors[1] > vectors[0] @ vectors[2] + 0.2
    assert len(embeddings.embed_query("data platform")) == 384


def test_a_missing_embedding_model_is_one_clear_line():
    with pytest.raises(TwinError) as raised:
        models.load_embeddings("sentence-transformers/not-a-real-model")
    message = str(raised.value)
    assert (
        "'sentence-transformers/not-a-real-model'" in message and "offline" in message and "\n" not in message
    )


def test_a_question_is_embedded_as_sentence_transformers_would_without_importing_it():
    import subprocess

    import numpy as np

    from models.embeddings import MeanPooledEmbeddings, _sentence_transformers, resolve_embeddings

    embeddings = models.load_embeddings("embedded:all-minilm-l6-v2")
    assert isinstance(embeddings, MeanPooledEmbeddings)
    reference = _sentence_transformers(resolve_embeddings("embedded:all-minilm-l6-v2"), "embedded")
    questions = [
        "Where do you work now?",
        "  padded with spaces and a tab\t",
        "Ünïcödé, emoji 🎻 and 中文 in one question",
        "",
        "a question far past the model's 256-token limit " * 60,
    ]
    for question in questions:
        mine, theirs = np.array(embeddings.embed_query(question)), np.array(reference.embed_query(question))
        assert np.abs(mine - theirs).max() < 1e-5, question[:40]
    # Documents still go through sentence-transformers, and the query and document vectors agree.
    assert (
        np.abs(
            np.array(embeddings.embed_documents(questions[:1])[0]) - embeddings.embed_query(questions[0])
        ).max()
        < 1e-5
    )
    code = (
        "import sys; from models.embeddings import load_embeddings; "
        "load_embeddings('embedded:all-minilm-l6-v2').embed_query('hello'); "
        "print('sentence_transformers' in sys.modules, 'sklearn' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=300, check=True
    )
    assert out.stdout.split() == ["False", "False"]
