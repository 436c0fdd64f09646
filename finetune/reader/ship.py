"""`twin reader build`: the reader dataset, one LoRA run on it, and the adapter shipped into `models/reader/`.

    build_reader_dataset -> work/reader-dataset.jsonl -> finetune(reader-gemma) -> models/reader/

Training is the person's `finetune` with the `reader-gemma` recipe, so it shows the same progress bar, writes
the same loss plot, resumes from its last checkpoint (`resume=True`) and runs the same code on CUDA. The
shipped folder is swapped in whole: a failed or interrupted build leaves the reader that was there before.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from finetune.dataset import Prompts
from finetune.reader.build import build_reader_dataset
from finetune.reader.squad import ATTRIBUTION, HELD_OUT_ARTICLES
from finetune.recipe import Recipe
from finetune.train import LOSS_PLOT, finetune
from twin.errors import TwinError
from twin.settings import Settings

READER_RECIPE = "reader-gemma"
RUN_NAME = "reader"
SHIPPED_FILES = ("adapter_config.json", "adapter_model.safetensors", LOSS_PLOT)


@dataclass
class ReaderBuild:
    adapter_dir: Path
    dataset_lines: list[str]
    training_lines: list[str]


def build_reader(
    settings: Settings,
    prompts: Prompts,
    *,
    work: Path,
    out: Path,
    people: int = 300,
    squad_questions: int = 1500,
    data_seed: int = 13,
    start_from: Path | None = None,
    resume: bool = False,
    progress: bool = True,
    echo: Callable[[str], None] = print,
    **recipe_overrides: Any,
) -> ReaderBuild:
    """Build the reader's data, train the reader adapter on it, and ship it into `out` (atomically).

    `start_from` (a reader folder, such as the shipped one) trains that adapter further on the new data
    instead of fresh LoRA weights; the metadata records which one, by its weights' checksum.
    """
    work.mkdir(parents=True, exist_ok=True)
    dataset = build_reader_dataset(
        work / "reader-dataset.jsonl", prompts, people=people, seed=data_seed, squad_questions=squad_questions
    )
    for line in dataset.lines():
        echo(line)
    recipe = Recipe.from_yaml(READER_RECIPE, **recipe_overrides)
    if recipe.base_model != settings.generator:
        echo(f"note: the reader is trained on {recipe.base_model!r}, the twin runs {settings.generator!r}")
    # Read before `out` may replace it.
    origin = adapter_origin(start_from) if start_from is not None else None
    result = finetune(
        recipe,
        dataset.path,
        settings=replace(settings, home=work),
        start_from=start_from,
        run_name=RUN_NAME,
        resume=resume,
        publish=False,
        progress=progress,
        echo=echo,
    )
    metadata = {
        **json.loads((result.adapter_dir / "twin_adapter.json").read_text(encoding="utf-8")),
        "kind": "reader",
        "base_model_sha256": base_checksum(recipe.base_model),
        "started_from": origin,
        "data": {
            "sha256": dataset.sha256,
            "counts": dataset.counts,
            "people": dataset.people,
            "squad_held_out": list(HELD_OUT_ARTICLES),
            "squad_attribution": ATTRIBUTION,
        },
    }
    ship_adapter(result.adapter_dir, out, metadata)
    return ReaderBuild(out, dataset.lines(), result.lines())


def ship_adapter(adapter_dir: Path, out: Path, metadata: dict[str, Any]) -> None:
    """Copy a trained adapter into `out` with its metadata, weights in bfloat16 (half the bytes in git).

    Written next to `out` and renamed into place, so `out` is always a whole adapter.
    """
    from safetensors.torch import load_file, save_file

    from models.adapters import METADATA_FILE

    staging = out.with_name(f".{out.name}-staging")
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    for name in SHIPPED_FILES:
        source = adapter_dir / name
        if not source.is_file():
            raise TwinError(f"{adapter_dir}: the trained adapter has no {name}")
        if name.endswith(".safetensors"):
            import torch

            weights = {k: v.to(torch.bfloat16).contiguous() for k, v in load_file(str(source)).items()}
            save_file(weights, str(staging / name), metadata={"format": "pt"})
        else:
            shutil.copy2(source, staging / name)
    (staging / METADATA_FILE).write_text(
        json.dumps(metadata, indent=2, sort_keys=True) + "\n", encoding="utf-8"
    )
    old = out.with_name(f".{out.name}-old")
    shutil.rmtree(old, ignore_errors=True)
    if out.exists():
        out.rename(old)
    staging.rename(out)
    shutil.rmtree(old, ignore_errors=True)


def adapter_origin(adapter: Path) -> dict[str, Any]:
    """What a continued build started from: the adapter's weights checksum and the data it was trained on."""
    import hashlib

    weights = adapter / "adapter_model.safetensors"
    if not weights.is_file():
        raise TwinError(f"{adapter}: not an adapter folder (no adapter_model.safetensors)")
    from models.adapters import METADATA_FILE

    meta_path = adapter / METADATA_FILE
    meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.is_file() else {}
    return {
        "weights_sha256": hashlib.sha256(weights.read_bytes()).hexdigest(),
        "data_sha256": (meta.get("data") or {}).get("sha256"),
        "data_counts": (meta.get("data") or {}).get("counts"),
        "started_from": meta.get("started_from"),
        "metrics": {k: (meta.get("metrics") or {}).get(k) for k in ("seconds", "steps", "tokens_seen")},
    }


def base_checksum(base_model: str) -> str | None:
    from models.gguf_cache import embedded_source_sha256
    from twin.settings import EMBEDDED_GENERATOR

    return embedded_source_sha256() if base_model == EMBEDDED_GENERATOR else None
