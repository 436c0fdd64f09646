"""The adapter registry: LoRA adapters that fine-tuning publishes and the generator applies.

Layout under `adapters_dir` (the person's `home/adapters`):

    adapters_dir/
      CURRENT                  the active adapter's name, one line, replaced atomically
      20250101-120000-ab12cd/  peft's adapter files + twin_adapter.json
      20250102-090000-ef34ab/  an earlier adapter, kept so a bad run can be rolled back

`twin_adapter.json` holds {"base_model": the generator id as configured (e.g. "embedded:gemma-3-270m"),
"recipe": {...}, "dataset_hash": "...", "metrics": {...}, "created": ISO time}. The generator only
applies the current adapter when its base model matches the configured one.
"""

from __future__ import annotations

import errno
import json
import logging
import os
import re
import shutil
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from twin.errors import TwinError

METADATA_FILE = "twin_adapter.json"
CURRENT_FILE = "CURRENT"
PEFT_CONFIG_FILE = "adapter_config.json"
READER_DIR = Path(__file__).resolve().parent / "reader"  # the shipped reader adapter
READER_NAME = "reader"
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")

log = logging.getLogger(__name__)


def write_adapter_metadata(
    adapter_dir: Path,
    *,
    base_model: str,
    recipe: dict[str, Any],
    dataset_hash: str,
    metrics: dict[str, Any] | None = None,
) -> Path:
    """Write `twin_adapter.json` into a (staging) adapter folder; fine-tuning calls this before publishing."""
    metadata = {
        "base_model": base_model,
        "recipe": recipe,
        "dataset_hash": dataset_hash,
        "metrics": metrics or {},
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
    }
    path = Path(adapter_dir) / METADATA_FILE
    path.write_text(json.dumps(metadata, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return path


def read_adapter_metadata(adapter_dir: Path) -> dict[str, Any] | None:
    """The adapter's metadata, or None when the file is missing or unreadable."""
    try:
        metadata = json.loads((Path(adapter_dir) / METADATA_FILE).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as error:
        log.warning("ignoring adapter %s: unreadable %s (%s)", adapter_dir, METADATA_FILE, error)
        return None
    return metadata if isinstance(metadata, dict) else None


def same_base_model(recorded: str, configured: str) -> bool:
    """Whether an adapter trained on `recorded` fits the generator configured as `configured`."""
    if recorded == configured:
        return True
    # The same local folder may be written relative in one place and absolute in the other.
    recorded_path, configured_path = Path(recorded).expanduser(), Path(configured).expanduser()
    return (
        recorded_path.is_dir()
        and configured_path.is_dir()
        and recorded_path.resolve() == configured_path.resolve()
    )


def current_adapter(adapters_dir: Path, base_model: str) -> Path | None:
    """The active adapter's folder, if there is one, it is complete, and it was trained on `base_model`."""
    adapters_dir = Path(adapters_dir)
    try:
        name = (adapters_dir / CURRENT_FILE).read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return None
    except OSError as error:
        log.warning("ignoring %s: %s", adapters_dir / CURRENT_FILE, error)
        return None
    if not _NAME.match(name):
        log.warning("ignoring %s: %r is not an adapter name", adapters_dir / CURRENT_FILE, name)
        return None
    adapter_dir = adapters_dir / name
    if not (adapter_dir / PEFT_CONFIG_FILE).is_file():
        log.warning("the current adapter %s has no %s; running without it", adapter_dir, PEFT_CONFIG_FILE)
        return None
    metadata = read_adapter_metadata(adapter_dir)
    if metadata is None or not same_base_model(str(metadata.get("base_model", "")), base_model):
        return None
    return adapter_dir


def shipped_reader(base_model: str) -> Path | None:
    """The reader adapter shipped with the project (`models/reader/`, built by `twin reader build`), when
    there is one and it was trained on `base_model` (the embedded Gemma)."""
    if not (READER_DIR / PEFT_CONFIG_FILE).is_file():
        return None
    metadata = read_adapter_metadata(READER_DIR) or {}
    return READER_DIR if same_base_model(str(metadata.get("base_model", "")), base_model) else None


def find_adapter(
    adapter: str | Path | None, adapters_dir: Path, base_model: str, *, reader: bool = True
) -> Path | None:
    """The adapter folder to apply on `base_model`.

    "auto" is the registry's current one, else (with `reader`) the shipped reader for that base, else None;
    "reader" is the shipped reader; a path or a registered name must exist and fit the base model; None
    means no adapter.
    """
    if adapter is None:
        return None
    if adapter == "auto":
        found = current_adapter(adapters_dir, base_model) or (shipped_reader(base_model) if reader else None)
        return found.resolve() if found else None
    if adapter == READER_NAME:
        found = shipped_reader(base_model)
        if found is None:
            raise TwinError(f"no reader adapter for {base_model!r} in {READER_DIR}: run `twin reader build`")
        return found.resolve()
    candidates = [Path(adapter).expanduser(), Path(adapters_dir) / str(adapter)]
    path = next((p for p in candidates if (p / PEFT_CONFIG_FILE).is_file()), None)
    if path is None:
        raise TwinError(
            f"adapter {str(adapter)!r} not found: no {PEFT_CONFIG_FILE} there or in {adapters_dir}"
        )
    base = (read_adapter_metadata(path) or {}).get("base_model")
    if base and not same_base_model(str(base), base_model):
        raise TwinError(
            f"adapter {str(adapter)!r} was trained on {base!r}, not on the generator {base_model!r}"
        )
    return path.resolve()


def publish_adapter(staging_dir: Path, adapters_dir: Path, name: str | None = None) -> Path:
    """Move a fully written adapter folder into the registry and make it current; earlier ones stay.

    The folder must already hold peft's adapter files and `twin_adapter.json`. It is renamed into
    place (copied first when it lies on another file system), then CURRENT is replaced atomically,
    so a reader sees either the previous adapter or the new one, never a half-written one.
    """
    staging_dir, adapters_dir = Path(staging_dir), Path(adapters_dir)
    for required in (PEFT_CONFIG_FILE, METADATA_FILE):
        if not (staging_dir / required).is_file():
            raise TwinError(f"cannot publish adapter {staging_dir}: {required} is missing")
    if name is None:
        name = _default_name(staging_dir)
    elif not _NAME.match(name):
        raise TwinError(f"adapter name {name!r} is not valid: use letters, digits, '.', '_' or '-'")
    adapters_dir.mkdir(parents=True, exist_ok=True)
    target = adapters_dir / name
    if target.exists():
        raise TwinError(f"adapter {name!r} already exists in {adapters_dir}; choose another name")
    try:
        os.replace(staging_dir, target)
    except OSError as error:
        if error.errno != errno.EXDEV:
            raise
        # Another file system: copy beside the target, then rename.
        partial = Path(tempfile.mkdtemp(prefix=f".{name}.tmp-", dir=adapters_dir))
        shutil.copytree(staging_dir, partial, dirs_exist_ok=True)
        os.replace(partial, target)
        shutil.rmtree(staging_dir, ignore_errors=True)
    _write_atomically(adapters_dir / CURRENT_FILE, name + "\n")
    return target


def list_adapters(adapters_dir: Path) -> list[dict[str, Any]]:
    """Every registered adapter, oldest first: its metadata plus `name`, `path` and `current`."""
    adapters_dir = Path(adapters_dir)
    if not adapters_dir.is_dir():
        return []
    try:
        current = (adapters_dir / CURRENT_FILE).read_text(encoding="utf-8").strip()
    except OSError:
        current = None
    adapters = []
    for folder in adapters_dir.iterdir():
        if folder.name.startswith(".") or not folder.is_dir():
            continue
        metadata = read_adapter_metadata(folder)
        if metadata is None:
            continue
        adapters.append({**metadata, "name": folder.name, "path": folder, "current": folder.name == current})
    return sorted(adapters, key=lambda adapter: (str(adapter.get("created", "")), adapter["name"]))


def _default_name(staging_dir: Path) -> str:
    metadata = read_adapter_metadata(staging_dir) or {}
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S-%f")
    digest = re.sub(r"[^A-Za-z0-9]", "", str(metadata.get("dataset_hash", "")))[:8]
    return f"{stamp}-{digest}" if digest else stamp


def _write_atomically(path: Path, text: str) -> None:
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
