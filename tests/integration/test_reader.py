"""The shipped reader on the real embedded default: what a new twin answers with, without any training."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from twin.settings import EMBEDDED_GENERATOR, Settings

pytestmark = [pytest.mark.integration, pytest.mark.usefixtures("fresh_model_caches")]

ROOT = Path(__file__).resolve().parents[2]
# Ten sample-persona questions over every kind of source: job, city, dates, numbers, education, languages, awards.
QUESTION_IDS = ["q01", "q03", "q04", "q08", "q11", "q20", "q22", "q28", "q30", "q42"]


def _reader_shipped() -> bool:
    from models.adapters import shipped_reader

    return shipped_reader(EMBEDDED_GENERATOR) is not None


needs_reader = pytest.mark.skipif(
    not _reader_shipped(), reason="no reader in models/reader (twin reader build)"
)


@pytest.fixture(scope="module")
def workspace(embedded_cache_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Settings:
    from ingest.pipeline import ingest

    settings = Settings(
        home=tmp_path_factory.mktemp("home"),
        cache_dir=embedded_cache_dir,
        generator=EMBEDDED_GENERATOR,
        load_in_4bit=False,
        openai_api_key=None,
    )
    ingest([str(ROOT / "examples" / "persona")], settings, progress=False)
    return settings


@needs_reader
def test_the_embedded_default_answers_with_the_shipped_reader(workspace):
    import torch
    from peft import PeftModel, get_peft_model_state_dict
    from safetensors.torch import load_file

    from models.adapters import READER_DIR
    from models.generator import load_generator

    model, _ = load_generator(settings=workspace)  # "auto": no adapter of the person's yet
    assert isinstance(model, PeftModel)
    shipped = load_file(str(READER_DIR / "adapter_model.safetensors"))
    loaded = get_peft_model_state_dict(model)
    assert shipped.keys() == loaded.keys()
    assert all(torch.equal(shipped[k].float(), loaded[k].float()) for k in shipped)


@needs_reader
@pytest.mark.timeout(900)
def test_the_reader_answers_the_sample_persona_better_than_the_bare_base(workspace):
    from dataclasses import replace

    from evals.metrics import contains_answer
    from graph.service import Twin

    items = {}
    for line in (ROOT / "examples" / "qa.jsonl").read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        if item["id"] in QUESTION_IDS:
            items[item["id"]] = item

    def right(settings: Settings) -> list[str]:
        import models

        models.clear_cache()
        twin = Twin(settings)
        return [
            q
            for q, item in items.items()
            if contains_answer(twin.ask(item["question"]).text, item["answers"])
        ]

    with_reader = right(workspace)
    bare = right(replace(workspace, use_reader=False))
    print(f"right with the reader: {with_reader}; bare base: {bare}")
    assert len(with_reader) >= len(bare) + 3
