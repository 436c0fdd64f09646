"""A reader round on a lent GPU machine, which has PyTorch, transformers and peft but no network and takes at
most 64 MiB per call: `twin reader pack` writes everything the round needs here, in parts that fit.

    twin reader pack --out pack      (here: data, tokens, the base weights as the GGUF holds them)
    -> pack/a, pack/b, ...           (one device call each; the last trains: finetune/reader/device_train.py)
    -> the adapter it returns        -> `twin reader receive` (here: metadata, ship, calibrate)

The base weights travel as the embedded GGUF stores them (4-6 bit blocks, 65 MiB for the layers), each tensor
matched here, by its exact values, to the converted checkpoint's name; the embedding travels as the rows of
the tokens the data uses, so the model there is the served one with a smaller vocabulary: the same logits
for those tokens, and the softmax taken over them alone. The data travels as token ids (re-numbered to that
vocabulary) with each example's prompt length, so the trainer there needs no tokenizer, no chat template and
none of this project's packages.
"""

from __future__ import annotations

import hashlib
import json
import math
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from twin.errors import TwinError

PACK_VERSION = 1
PART_BYTES = 48 * 2**20  # each part with the working tree (~10 MB) stays under the 64 MiB a call carries
MANIFEST = "manifest.json"
DATA_FILE = "data.npz"
EMBEDDING_FILE = "embedding.safetensors"
TRAINER = "finetune/reader/device_train.py"


@dataclass
class Pack:
    folder: Path
    parts: list[Path]
    examples: dict[str, int]
    tokens: int
    vocabulary: int

    def lines(self) -> list[str]:
        sizes = ", ".join(f"{p.name} {_size(p) / 2**20:.1f} MiB" for p in self.parts)
        return [
            f"pack: {self.folder} ({sizes})",
            f"  {self.examples.get('train', 0)} training and {self.examples.get('validation', 0)} validation "
            f"examples, {self.tokens:,} tokens, a vocabulary of {self.vocabulary:,} tokens",
        ]


def _size(folder: Path) -> int:
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file())


def _carry_gguf(folder: Path) -> None:
    """The `gguf` package (pure Python) as a zip the trainer imports from: the device machine lacks it."""
    import gguf

    package = Path(gguf.__file__).parent
    shutil.make_archive(str(folder / "gguf"), "zip", root_dir=package.parent, base_dir=package.name)


def gguf_tensors_by_name(gguf_path: Path, checkpoint: dict[str, Any]) -> dict[str, Any]:
    """Each GGUF tensor under the checkpoint's name for it, found by value: the checkpoint is its exact
    dequantisation (Gemma's norm weights stored plus one, as llama.cpp writes them). Raises when one has no
    match, so a pack never holds weights other than the served ones."""
    import gguf
    import numpy as np

    def digest(array: Any) -> str:
        return hashlib.sha1(np.ascontiguousarray(array, dtype=np.float32).tobytes()).hexdigest()

    names = {digest(value): name for name, value in checkpoint.items()}
    found: dict[str, Any] = {}
    for tensor in gguf.GGUFReader(str(gguf_path)).tensors:
        values = gguf.quants.dequantize(tensor.data, tensor.tensor_type)
        minus_one = "norm" in tensor.name
        name = names.get(digest(values - 1 if minus_one else values))
        if name is None:
            raise TwinError(
                f"{gguf_path}: tensor {tensor.name} matches no weight of the converted checkpoint"
            )
        found[name] = {"tensor": tensor, "minus_one": minus_one}
    missing = set(checkpoint) - set(found)
    if missing:
        raise TwinError(f"{gguf_path}: no tensor for {sorted(missing)[:3]}")
    return found


def pack_reader_round(
    dataset_path: Path,
    out: Path,
    *,
    checkpoint: Path,
    gguf_path: Path,
    recipe: dict[str, Any],
    start_from: Path | None = None,
    max_length: int = 1024,
) -> Pack:
    """Write the pack for one device round: `out/a`, `out/b`, ..., each under `PART_BYTES`."""
    import numpy as np
    from safetensors.numpy import load_file, save_file
    from transformers import AutoTokenizer

    from finetune.dataset import encode_example, read_dataset
    from models.chat_template import GEMMA3_CHAT_TEMPLATE

    tokenizer = AutoTokenizer.from_pretrained(str(checkpoint))
    tokenizer.chat_template = tokenizer.chat_template or GEMMA3_CHAT_TEMPLATE
    records = read_dataset(dataset_path)
    ids: list[list[int]] = []
    prompt_lengths, splits = [], []
    for record in records:
        encoded = encode_example(tokenizer, record["messages"], max_length)
        if encoded is None:
            continue
        ids.append(encoded["input_ids"])
        prompt_lengths.append(encoded["labels"].count(-100))
        splits.append(1 if record.get("split") == "validation" else 0)
    if not ids:
        raise TwinError(f"{dataset_path}: no example fits in {max_length} tokens")
    special = [tokenizer.pad_token_id, tokenizer.bos_token_id, tokenizer.eos_token_id]
    used = sorted({t for row in ids for t in row} | {t for t in special if t is not None})
    if len(used) >= 2**16:
        raise TwinError(f"{dataset_path}: the data uses {len(used)} distinct tokens, more than a pack holds")
    index = {token: i for i, token in enumerate(used)}

    weights = load_file(str(checkpoint / "model.safetensors"))
    tensors = gguf_tensors_by_name(gguf_path, weights)
    embedding_name = next(n for n in weights if n.endswith("embed_tokens.weight"))

    staging = out.with_name(f".{out.name}-staging")
    shutil.rmtree(staging, ignore_errors=True)
    manifest: dict[str, Any] = {"version": PACK_VERSION, "tensors": {}, "files": {}}
    # The last part takes the embedding rows, the data, the starting adapter and gguf; then the layers fill
    # as many parts as the whole needs, each about as large as the others.
    extra = staging / "last"
    extra.mkdir(parents=True)
    embedding = tensors[embedding_name]["tensor"]
    save_file({embedding_name: np.ascontiguousarray(embedding.data[used])}, str(extra / EMBEDDING_FILE))
    manifest["tensors"][embedding_name] = {
        "type": embedding.tensor_type.name,
        "shape": [len(used), int(weights[embedding_name].shape[1])],
        "minus_one": False,
        "file": f"{extra.name}/{EMBEDDING_FILE}",
    }
    flat = np.array([index[t] for row in ids for t in row], dtype=np.uint16)
    np.savez_compressed(
        extra / DATA_FILE,
        tokens=flat,
        lengths=np.array([len(row) for row in ids], dtype=np.int32),
        prompt_lengths=np.array(prompt_lengths, dtype=np.int32),
        validation=np.array(splits, dtype=np.uint8),
        vocabulary=np.array(used, dtype=np.int64),
    )
    manifest["files"]["data"] = f"{extra.name}/{DATA_FILE}"
    if start_from is not None:
        adapter = extra / "start"
        adapter.mkdir()
        for name in ("adapter_config.json", "adapter_model.safetensors"):
            if not (start_from / name).is_file():
                raise TwinError(f"{start_from}: not an adapter folder (no {name})")
            shutil.copy2(start_from / name, adapter / name)
        manifest["files"]["start_from"] = f"{extra.name}/start"
    _carry_gguf(extra)
    layer_names = sorted(n for n in tensors if n != embedding_name)
    layer_bytes = sum(tensors[n]["tensor"].n_bytes for n in layer_names)
    # Parts of at most PART_BYTES less 2 MiB, the most one tensor can overshoot its part's share by.
    count = max(2, math.ceil((layer_bytes + _size(extra)) / (PART_BYTES - 2 * 2**20)))
    share = (layer_bytes + _size(extra)) / count
    groups: list[list[str]] = [[] for _ in range(count)]
    filled = 0
    for name in layer_names:  # in order, each part up to its share; the last part gets what remains
        size = tensors[name]["tensor"].n_bytes
        groups[min(int(filled // share), count - 1)].append(name)
        filled += size
    names_of = [chr(ord("a") + i) for i in range(count)]
    extra = extra.rename(staging / names_of[-1])
    manifest["files"] = {k: v.replace("last/", f"{names_of[-1]}/") for k, v in manifest["files"].items()}
    for spec in manifest["tensors"].values():
        spec["file"] = spec["file"].replace("last/", f"{names_of[-1]}/")
    parts = [staging / name for name in names_of]
    for part, names in zip(parts, groups, strict=True):
        part.mkdir(exist_ok=True)
        raw = {}
        for name in names:
            tensor = tensors[name]["tensor"]
            raw[name] = np.ascontiguousarray(tensor.data)
            manifest["tensors"][name] = {
                "type": tensor.tensor_type.name,
                "shape": list(weights[name].shape),
                "minus_one": tensors[name]["minus_one"],
                "file": f"{part.name}/layers.safetensors",
            }
        save_file(raw, str(part / "layers.safetensors"))
    config = json.loads((checkpoint / "config.json").read_text(encoding="utf-8"))
    config["vocab_size"] = len(used)
    for key in ("pad_token_id", "bos_token_id", "eos_token_id"):
        value = config.get(key)
        if isinstance(value, list):
            config[key] = [index[v] for v in value if v in index] or None
        elif value is not None:
            config[key] = index.get(value)
    manifest["config"] = config
    manifest["recipe"] = recipe
    manifest["dataset_sha256"] = hashlib.sha256(Path(dataset_path).read_bytes()).hexdigest()
    (extra / MANIFEST).write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")
    for part in parts:
        if _size(part) > PART_BYTES:
            shutil.rmtree(staging, ignore_errors=True)
            raise TwinError(
                f"{part}: {_size(part) / 2**20:.0f} MiB, over the {PART_BYTES // 2**20} MiB a device call "
                "carries; pack fewer examples (--people, --squad-questions)"
            )
    shutil.rmtree(out, ignore_errors=True)
    staging.rename(out)
    counts = {"train": splits.count(0), "validation": splits.count(1)}
    return Pack(out, [out / p.name for p in parts], counts, int(flat.size), len(used))


ROUND_FILE = "device-round.json"  # in the build's work folder: what `receive` records about the round


def pack_round(
    settings: Any,
    prompts: Any,
    *,
    work: Path,
    out: Path,
    people: int,
    squad_questions: int,
    data_seed: int,
    start_from: Path | None,
    echo: Any = print,
    **recipe_overrides: Any,
) -> Pack:
    """`twin reader pack`: the reader dataset (as `twin reader build` makes it), then the pack of it."""
    import tempfile
    from dataclasses import asdict

    from finetune.reader.build import build_reader_dataset
    from finetune.reader.ship import READER_RECIPE, adapter_origin
    from finetune.recipe import Recipe
    from models.adapters import read_adapter_metadata
    from models.gguf_cache import assemble_gguf, ensure_embedded_checkpoint
    from twin.settings import EMBEDDED_GENERATOR

    recipe = Recipe.from_yaml(READER_RECIPE, **recipe_overrides)
    if recipe.base_model != EMBEDDED_GENERATOR:
        raise TwinError(f"a device pack holds the embedded Gemma only, not {recipe.base_model!r}")
    work.mkdir(parents=True, exist_ok=True)
    dataset = build_reader_dataset(
        work / "reader-dataset.jsonl", prompts, people=people, seed=data_seed, squad_questions=squad_questions
    )
    for line in dataset.lines():
        echo(line)
    checkpoint = ensure_embedded_checkpoint(settings.cache_dir)
    with tempfile.TemporaryDirectory(dir=work) as scratch:
        pack = pack_reader_round(
            dataset.path,
            out,
            checkpoint=checkpoint,
            gguf_path=assemble_gguf(Path(scratch)),
            recipe=asdict(recipe),
            start_from=start_from,
            max_length=recipe.max_length,
        )
    round_info = {
        "pack": str(out),
        "dataset": str(dataset.path),
        "data": {"sha256": dataset.sha256, "counts": dataset.counts, "people": dataset.people},
        "started_from": adapter_origin(start_from) if start_from is not None else None,
        "rounds": (read_adapter_metadata(start_from) or {}).get("rounds", []) if start_from else [],
        "command": f"twin reader pack --people {people} --squad-questions {squad_questions} "
        f"--data-seed {data_seed}" + (f" --start-from {start_from}" if start_from else ""),
    }
    (work / ROUND_FILE).write_text(json.dumps(round_info, indent=1) + "\n", encoding="utf-8")
    return pack


def receive_round(adapter: Path, *, work: Path, out: Path) -> dict[str, Any]:
    """`twin reader receive`: ship an adapter a device round trained (its folder as the trainer wrote it)
    into `out` with the reader's metadata; the caller calibrates it next. Returns the metadata."""
    from datetime import UTC, datetime

    from finetune.reader.ship import base_checksum, ship_adapter
    from finetune.reader.squad import ATTRIBUTION, HELD_OUT_ARTICLES
    from twin.settings import EMBEDDED_GENERATOR

    info_path, log_path = work / ROUND_FILE, adapter / "log.json"
    for needed in (info_path, log_path):
        if not needed.is_file():
            raise TwinError(
                f"{needed}: not found (`twin reader pack --work {work}` writes the first, the device "
                "trainer the second)"
            )
    info = json.loads(info_path.read_text(encoding="utf-8"))
    log = json.loads(log_path.read_text(encoding="utf-8"))
    if log.get("dataset_sha256") != info["data"]["sha256"]:
        raise TwinError(f"{adapter}: trained on other data than the pack in {work} (dataset sha256 differs)")
    fresh = log.get("start") == "fresh"  # `device_train.py --fresh`: the pack's starting adapter was left out
    earlier = [] if fresh else info.get("rounds") or []
    recipe = dict(log.get("recipe") or {})
    if log.get("learning_rate") is not None:
        recipe["learning_rate"] = log["learning_rate"]  # `--learning-rate` overrides the pack's recipe
    metadata = {
        "kind": "reader",
        "base_model": EMBEDDED_GENERATOR,
        "base_model_sha256": base_checksum(EMBEDDED_GENERATOR),
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
        "recipe": recipe,
        "metrics": {
            key: log.get(key) for key in ("device", "steps_done", "seconds", "tokens_seen", "tokens_per_s")
        }
        | {"val_loss_before": log.get("val_loss_before"), "val_loss_after": log.get("val_loss_after")},
        "started_from": None if fresh else info.get("started_from"),
        "rounds": [
            *earlier,
            f"{info['command']}, trained on {log.get('device')} "
            f"(finetune/reader/device_train.py{' --fresh' if fresh else ''}, {log.get('steps_done')} steps, "
            f"learning rate {recipe.get('learning_rate')})",
        ],
        "data": {
            **info["data"],
            "squad_held_out": list(HELD_OUT_ARTICLES),
            "squad_attribution": ATTRIBUTION,
        },
    }
    ship_adapter(adapter, out, metadata)
    return metadata
