"""QLoRA on CUDA: the same few steps as the CPU unit test, on the GPU, with the adapter reloaded there."""

from __future__ import annotations

import pytest

torch = pytest.importorskip("torch")

pytestmark = [
    pytest.mark.gpu,
    pytest.mark.skipif(not torch.cuda.is_available(), reason="needs CUDA"),
]


def test_qlora_steps_on_cuda_publish_an_adapter_that_reloads(tiny_gemma_dir, tmp_path):
    import models
    from finetune.dataset import DatasetOptions, Prompts, build_examples, write_dataset
    from finetune.recipe import Recipe
    from finetune.train import finetune
    from graph.prompts import RAG_PROMPT, UNKNOWN_ANSWER
    from models.generator import load_generator
    from tests.fakes import CV_KNOWLEDGE
    from twin.settings import Settings

    examples = build_examples(
        CV_KNOWLEDGE,
        Prompts(RAG_PROMPT, UNKNOWN_ANSWER),
        options=DatasetOptions(max_chunks=2, max_distractors=1),
    )
    dataset = write_dataset(examples, tmp_path / "dataset.jsonl").path
    settings = Settings(home=tmp_path / "home", cache_dir=tmp_path / "cache", generator=str(tiny_gemma_dir))
    recipe = Recipe(
        name="tiny-cuda",
        base_model=str(tiny_gemma_dir),
        load_in_4bit=True,
        lora_r=8,
        lora_alpha=16,
        lora_dropout=0.0,
        learning_rate=1e-2,
        lr_scheduler="constant",
        warmup_ratio=0.0,
        batch_size=8,
        grad_accum=1,
        max_length=1024,
        max_steps=8,
        logging_steps=1,
    )
    result = finetune(recipe, dataset, settings=settings, progress=False)
    metrics = result.metrics
    assert metrics["device"] == "cuda" and metrics["memory_kind"] == "cuda_max_allocated"
    assert metrics["base_quantization"] == "nf4+double"
    assert metrics["val_loss_after"] < metrics["val_loss_before"]
    assert result.published

    models.clear_cache()
    tuned, tokenizer = load_generator(
        str(tiny_gemma_dir), adapter="auto", load_in_4bit=True, settings=settings
    )
    base, _ = load_generator(str(tiny_gemma_dir), adapter=None, load_in_4bit=True, settings=settings)
    inputs = tokenizer("Where do you work?", return_tensors="pt").to("cuda")
    with torch.no_grad():
        tuned_logits, base_logits = tuned(**inputs).logits, base(**inputs).logits
    assert tuned_logits.device.type == "cuda"
    assert not torch.allclose(tuned_logits.float(), base_logits.float(), atol=1e-3)
    models.clear_cache()
