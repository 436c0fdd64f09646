"""A reader round for a GPU machine, run here on the CPU: `twin reader pack` -> the device trainer ->
`twin reader receive`, on the real embedded Gemma."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from twin.settings import EMBEDDED_GENERATOR, Settings

pytestmark = [pytest.mark.integration, pytest.mark.usefixtures("fresh_model_caches")]

ROOT = Path(__file__).resolve().parents[2]


def _trainer():
    """finetune/reader/device_train.py as the device runs it: a file, not a module of the project."""
    spec = importlib.util.spec_from_file_location(
        "device_train", ROOT / "finetune" / "reader" / "device_train.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def packed(embedded_cache_dir: Path, tmp_path_factory: pytest.TempPathFactory):
    from cli.train import graph_prompts
    from finetune.reader.device import pack_round

    settings = Settings(
        home=tmp_path_factory.mktemp("home"),
        cache_dir=embedded_cache_dir,
        generator=EMBEDDED_GENERATOR,
        load_in_4bit=False,
        openai_api_key=None,
    )
    work = tmp_path_factory.mktemp("work")
    out = work / "pack"
    pack = pack_round(
        settings,
        graph_prompts(),
        work=work,
        out=out,
        people=4,
        squad_questions=0,
        data_seed=5,
        start_from=ROOT / "models" / "reader",
        echo=lambda line: None,
    )
    return settings, work, pack


def test_the_pack_fits_a_device_call_and_rebuilds_the_served_base_exactly(packed):
    import numpy as np
    import torch
    from transformers import AutoModelForCausalLM

    from finetune.reader.device import PART_BYTES
    from models.gguf_cache import checkpoint_dir

    settings, _, pack = packed
    for part in pack.parts:
        size = sum(f.stat().st_size for f in part.rglob("*") if f.is_file())
        assert 0 < size <= PART_BYTES, part
    assert pack.examples["train"] > 0 and pack.examples["validation"] > 0

    model, manifest = _trainer().load_model(pack.folder, "cpu")
    data = np.load(pack.folder / manifest["files"]["data"])
    vocabulary = torch.from_numpy(data["vocabulary"])
    length = int(data["lengths"][0])
    small_ids = torch.from_numpy(data["tokens"][:length].astype(np.int64))[None]
    full = AutoModelForCausalLM.from_pretrained(str(checkpoint_dir(settings.cache_dir)), dtype=torch.float32)
    with torch.no_grad():
        small_logits = model(small_ids).logits[0]
        full_logits = full(vocabulary[small_ids]).logits[0][:, vocabulary]
    # The same weights: the served model's logits over the data's tokens, position by position.
    assert torch.allclose(small_logits, full_logits, atol=2e-3), (small_logits - full_logits).abs().max()


def test_a_round_trained_there_ships_as_the_reader(packed, tmp_path):
    import torch
    from peft import PeftModel
    from safetensors.torch import load_file

    from finetune.reader.device import receive_round
    from models.adapters import read_adapter_metadata
    from models.gguf_cache import checkpoint_dir

    settings, work, pack = packed
    adapter = tmp_path / "adapter"
    assert (
        _trainer().main(
            [str(pack.folder), "--out", str(adapter), "--steps", "1", "--batch-tokens", "1024", "--cpu-bf16"]
        )
        == 0
    )
    log = json.loads((adapter / "log.json").read_text())
    assert log["steps_done"] == 1 and log["device"] == "cpu" and log["val_loss_after"] is not None
    assert log["precision"] == "bfloat16"  # the GPU's precision, on the CPU (--cpu-bf16)
    start = load_file(str(ROOT / "models" / "reader" / "adapter_model.safetensors"))
    trained = load_file(str(adapter / "adapter_model.safetensors"))
    assert start.keys() == trained.keys()  # the same LoRA layout as the shipped reader, trained further
    assert any(not torch.equal(start[k].float(), trained[k].float()) for k in start)

    out = tmp_path / "reader"
    metadata = receive_round(adapter, work=work, out=out)
    assert read_adapter_metadata(out)["base_model"] == EMBEDDED_GENERATOR == metadata["base_model"]
    assert metadata["data"]["sha256"] == log["dataset_sha256"]
    assert metadata["started_from"]["weights_sha256"]
    assert len(metadata["rounds"]) == len(read_adapter_metadata(ROOT / "models" / "reader")["rounds"]) + 1
    from transformers import AutoModelForCausalLM

    full = AutoModelForCausalLM.from_pretrained(str(checkpoint_dir(settings.cache_dir)), dtype=torch.float32)
    # It loads on the full vocabulary (LoRA never touches the embedding) with the trained weights.
    served = PeftModel.from_pretrained(full, str(out))
    lora = {k: v for k, v in served.state_dict().items() if "lora_A" in k}
    assert lora and all(v.abs().sum() > 0 for v in lora.values())

    # A round trained from fresh LoRA weights (`--fresh`) at its own learning rate claims no lineage.
    log.update(start="fresh", learning_rate=1e-4)
    (adapter / "log.json").write_text(json.dumps(log))
    fresh = receive_round(adapter, work=work, out=tmp_path / "fresh")
    assert fresh["started_from"] is None and len(fresh["rounds"]) == 1
    assert fresh["recipe"]["learning_rate"] == 1e-4 and "--fresh" in fresh["rounds"][0]


def test_receive_names_what_is_missing(tmp_path):
    from finetune.reader.device import receive_round
    from twin.errors import TwinError

    with pytest.raises(TwinError, match=r"device-round\.json: not found"):
        receive_round(tmp_path / "adapter", work=tmp_path, out=tmp_path / "reader")
