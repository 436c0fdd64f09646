"""What a start reads instead of rebuilding: the CPU decoder's packed weights and the generator's tokenizer.

Building `models/decode.GemmaGreedyDecoder` for the embedded Gemma with its reader takes about 10 s on 2 cores:
peft applies the adapter (and imports bitsandbytes), every Linear is packed to int8 and the 262k-row output
layer to 4 bits for onnxruntime. None of it depends on the question, so the first start writes the result under
`cache_dir/decoders/<key>/` and later starts read it (`decoder.safetensors`, `output_layer.onnx`): the base
model loads bare and the decoder takes the adapter-folded weights from the cache.

The key is a digest of what the packs are made from: the checkpoint (its conversion stamp, or its files' sizes
and times), the adapter's weights (sha256), this cache's format, torch and onnxruntime. A folder appears whole
(written beside, then renamed); the least recently used are removed past `KEEP` folders.

The tokenizer: transformers builds Gemma's 262k-token tokenizer from its 33 MB tokenizer.json in about 2.7 s
(Python's json parser, then the Rust one); a pickle of the built tokenizer loads in about 1.3 s. It is kept
under `cache_dir/tokenizers/`, keyed by the checkpoint and the transformers and tokenizers versions, and
written by this process only, so unpickling it trusts nothing the checkpoint itself is not trusted with.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import pickle
import shutil
import tempfile
import time
from pathlib import Path
from typing import Any

from models.decode import DECODER_TENSORS

FORMAT = 1  # bump when what the decoder saves changes
KEEP = 3  # cached decoders kept (each is ~0.2 GB bare, ~0.6 GB with an adapter folded in)
READY = "twin_decoder.json"


def decoder_dir(cache_dir: Path, checkpoint: str, adapter_dir: Path | None) -> Path | None:
    """The cache folder for `checkpoint` (a local transformers folder) with `adapter_dir` folded in.

    None when the checkpoint is not a local folder (a hub id not yet downloaded): nothing to key it by.
    """
    folder = Path(checkpoint)
    if not folder.is_dir():
        return None
    import onnxruntime
    import torch

    key = {
        "format": FORMAT,
        "checkpoint": _checkpoint_identity(folder),
        "adapter": _file_sha256(adapter_dir / "adapter_model.safetensors") if adapter_dir else None,
        "adapter_config": _read(adapter_dir / "adapter_config.json") if adapter_dir else None,
        "torch": torch.__version__,
        "onnxruntime": onnxruntime.__version__,
    }
    digest = hashlib.sha256(json.dumps(key, sort_keys=True).encode()).hexdigest()[:20]
    return Path(cache_dir).expanduser() / "decoders" / digest


def is_ready(folder: Path | None) -> bool:
    """Whether `folder` holds a complete saved decoder."""
    return folder is not None and (folder / READY).is_file() and (folder / DECODER_TENSORS).is_file()


@contextlib.contextmanager
def filling(folder: Path):  # type: ignore[no-untyped-def]
    """Yield an empty staging folder beside `folder`; on success it is renamed onto `folder` (atomic).

    When the cache cannot be written (read-only, full), yields None: the decoder is built without saving.
    """
    try:
        folder.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=f".{folder.name}.tmp-", dir=folder.parent))
    except OSError:
        yield None
        return
    try:
        yield staging
        (staging / READY).write_text(json.dumps({"created": time.time()}) + "\n", encoding="utf-8")
        try:
            os.replace(staging, folder)
        except OSError:  # another process published the same key first: theirs is as good
            shutil.rmtree(staging, ignore_errors=True)
        _prune(folder.parent, keep=folder)
    except OSError:
        shutil.rmtree(staging, ignore_errors=True)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def touch(folder: Path) -> None:
    """Mark `folder` as just used (the pruning order)."""
    with contextlib.suppress(OSError):
        os.utime(folder / READY)


def _prune(parent: Path, *, keep: Path) -> None:
    folders = []
    for item in parent.iterdir():
        if item.name.startswith(".") and ".tmp-" in item.name:
            if time.time() - item.stat().st_mtime > 3600:  # a killed writer's leftovers
                shutil.rmtree(item, ignore_errors=True)
        elif (item / READY).is_file() and item != keep:
            folders.append(((item / READY).stat().st_mtime, item))
    for _, old in sorted(folders, reverse=True)[KEEP - 1 :]:
        shutil.rmtree(old, ignore_errors=True)


def load_tokenizer(cache_dir: Path, checkpoint: str) -> Any:
    """`AutoTokenizer.from_pretrained(checkpoint)`, from the pickle cache when it holds this checkpoint's."""
    import tokenizers
    import transformers
    from transformers import AutoTokenizer

    folder = Path(checkpoint)
    if not folder.is_dir():
        return AutoTokenizer.from_pretrained(checkpoint)
    key = {
        "checkpoint": _checkpoint_identity(folder),
        "path": str(folder.resolve()),
        "tokenizer_files": sorted(
            (item.name, item.stat().st_size, item.stat().st_mtime_ns)
            for item in folder.iterdir()
            if item.name.startswith(("tokenizer", "special_tokens", "chat_template"))
        ),
        "transformers": transformers.__version__,
        "tokenizers": tokenizers.__version__,
    }
    path = (
        Path(cache_dir).expanduser()
        / "tokenizers"
        / (hashlib.sha256(json.dumps(key, sort_keys=True).encode()).hexdigest()[:20] + ".pickle")
    )
    # Missing, damaged, or from another version: built again below.
    with contextlib.suppress(Exception), open(path, "rb") as file:
        return pickle.load(file)
    tokenizer = AutoTokenizer.from_pretrained(checkpoint)
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
        staging = path.with_name(f".{path.name}.tmp-{os.getpid()}")
        with open(staging, "wb") as file:
            pickle.dump(tokenizer, file, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(staging, path)
    return tokenizer


def _checkpoint_identity(folder: Path) -> object:
    stamp = folder / "twin_checkpoint.json"  # the embedded conversion's stamp names its source exactly
    if stamp.is_file():
        return _read(stamp)
    return sorted(
        (item.name, item.stat().st_size, item.stat().st_mtime_ns)
        for item in folder.iterdir()
        if item.is_file() and (item.suffix in (".safetensors", ".bin") or item.name == "config.json")
    )


def _read(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return None


def _file_sha256(path: Path) -> str | None:
    try:
        with open(path, "rb") as file:
            return hashlib.file_digest(file, "sha256").hexdigest()
    except OSError:
        return None
