"""Adapter export: merge a LoRA adapter into a full checkpoint, and push a folder to the Hugging Face Hub.

`export_merged` loads the base model in full precision (never 4-bit: merging into quantised weights would
round the adapter away), applies the adapter, merges it (`merge_and_unload`) and saves the result with its
tokenizer, so any transformers (or GGUF converter) user can load the twin's model without peft.

`push_to_hub` uploads an exported folder (merged or the adapter itself) to a hub repository. It needs the
network and a write token (`HF_TOKEN` or `hf auth login`); offline it fails with one clear line. It cannot
be tested offline.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path
from typing import Any

from twin.errors import TwinError
from twin.settings import Settings

EXPORT_FILE = "twin_export.json"


def adapter_to_export(settings: Settings, adapter: str | Path | None = None) -> Path:
    """The adapter folder to export: the one named (a path or a registered name), else the current one."""
    from models.adapters import CURRENT_FILE, PEFT_CONFIG_FILE

    if adapter is None:
        try:
            name = (settings.adapters_dir / CURRENT_FILE).read_text(encoding="utf-8").strip()
        except OSError:
            raise TwinError(
                f"no current adapter in {settings.adapters_dir}: run `twin finetune` first"
            ) from None
        adapter = settings.adapters_dir / name
    for candidate in (Path(adapter).expanduser(), settings.adapters_dir / str(adapter)):
        if (candidate / PEFT_CONFIG_FILE).is_file():
            return candidate
    raise TwinError(
        f"adapter {str(adapter)!r} not found: no {PEFT_CONFIG_FILE} there or in {settings.adapters_dir}"
    )


def export_merged(
    settings: Settings, out_dir: Path, *, adapter: str | Path | None = None, dtype: str = "float32"
) -> Path:
    """Write base model + adapter, merged, with the tokenizer, to `out_dir` (which must not hold files yet)."""
    import torch
    from peft import PeftModel
    from transformers import AutoModelForCausalLM, AutoTokenizer

    from models.adapters import read_adapter_metadata
    from models.generator import resolve_generator

    adapter_dir = adapter_to_export(settings, adapter)
    metadata = read_adapter_metadata(adapter_dir) or {}
    base = metadata.get("base_model")
    if not base:
        raise TwinError(f"adapter {adapter_dir} has no base_model in its twin_adapter.json; cannot merge it")
    out_dir = Path(out_dir).expanduser()
    if out_dir.exists() and any(out_dir.iterdir()):
        raise TwinError(f"{out_dir} is not empty; choose a new folder for the merged model")
    torch_dtype = getattr(torch, dtype, None)
    if not isinstance(torch_dtype, torch.dtype):
        raise TwinError(f"unknown dtype {dtype!r}: use float32, bfloat16 or float16")
    resolved = resolve_generator(str(base), settings)
    model: Any = AutoModelForCausalLM.from_pretrained(resolved, dtype=torch_dtype, device_map={"": "cpu"})
    tokenizer = AutoTokenizer.from_pretrained(resolved)
    merged = PeftModel.from_pretrained(model, str(adapter_dir)).merge_and_unload()
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    # Written beside the target and renamed into place, so a failed export leaves no half checkpoint.
    staging = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.tmp-", dir=out_dir.parent))
    try:
        merged.save_pretrained(str(staging))
        tokenizer.save_pretrained(str(staging))
        info = {"base_model": base, "adapter": adapter_dir.name, "dtype": dtype, "adapter_metadata": metadata}
        (staging / EXPORT_FILE).write_text(json.dumps(info, indent=2, default=str) + "\n", encoding="utf-8")
        if out_dir.exists():
            out_dir.rmdir()
        staging.replace(out_dir)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return out_dir


def push_to_hub(folder: Path, repo_id: str, *, private: bool = True, token: str | None = None) -> str:
    """Upload `folder` (a merged model or an adapter) to the hub repository `repo_id`; returns its URL.

    Creates the repository when missing (private by default). Needs network access and a token with
    write access: `token`, else `HF_TOKEN`, else the one saved by `hf auth login`.
    """
    from models.hub import first_line, hub_offline

    folder = Path(folder).expanduser()
    if not folder.is_dir():
        raise TwinError(f"cannot push {folder}: no such folder")
    if hub_offline():
        raise TwinError(
            f"cannot push to {repo_id}: you are offline (HF_HUB_OFFLINE=1); push from a machine with internet"
        )
    from huggingface_hub import HfApi

    api = HfApi(token=token)
    try:
        api.create_repo(repo_id, private=private, exist_ok=True)
        commit = api.upload_folder(folder_path=str(folder), repo_id=repo_id, commit_message="AI Twin export")
    except Exception as error:  # network, auth and hub errors all end here with one line
        raise TwinError(f"cannot push to {repo_id}: {first_line(error)}") from None
    return str(getattr(commit, "commit_url", None) or f"https://huggingface.co/{repo_id}")
