"""A workspace's public copy: only what the twin serves, for a Hugging Face Space or any public host.

    twin publish DIR  ->  DIR/knowledge.md, DIR/policy.yaml, DIR/index/ (the live version), DIR/adapters/ (the current one),
                          DIR/photo.jpg (when the workspace has one)

Left behind: `sources/` (the documents as loaded, which still hold the phone numbers, addresses and secrets the
policy kept out of the knowledge file), conversation memory, traces, the unanswered questions, ingest state.
The copy is written beside DIR and renamed into place, so DIR is always a whole, servable workspace.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from pathlib import Path

from ingest.index import KnowledgeIndex
from ingest.profile import PHOTO_NAMES
from models.adapters import CURRENT_FILE as ADAPTER_POINTER
from models.adapters import current_adapter
from twin.errors import TwinError
from twin.settings import Settings

MARKER = ".twin-published"  # a folder holding this was written by `twin publish`, and may be replaced
LEFT_BEHIND = (
    "sources/",
    "memory.sqlite",
    "traces.sqlite",
    "unanswered.jsonl",
    "answered.jsonl",
    ".knowledge.json",
)


@dataclass
class Published:
    folder: Path
    files: list[str] = field(default_factory=list)  # relative paths copied
    adapter: str | None = None


def publish_workspace(settings: Settings, folder: Path | str) -> Published:
    """Copy what `settings.home` serves into `folder` (created or replaced whole)."""
    home = settings.home
    folder = Path(folder)
    if folder.resolve() == home.resolve() or home.resolve() in folder.resolve().parents:
        raise TwinError(f"{folder}: publish to a folder outside the workspace {home}")
    if folder.exists() and (
        not folder.is_dir() or (any(folder.iterdir()) and not (folder / MARKER).exists())
    ):
        raise TwinError(
            f"{folder}: exists and was not written by `twin publish`; choose a new or empty folder"
        )
    knowledge = settings.knowledge_file
    if not knowledge.is_file():
        raise TwinError(f"{knowledge}: no knowledge file to publish; run `twin ingest SOURCE...` first")
    version = KnowledgeIndex(settings.index_dir, None).live_dir
    if version is None:
        raise TwinError(f"{settings.index_dir}: no index to publish; run `twin ingest SOURCE...` first")

    staging = folder.with_name(f".{folder.name}.publishing")
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    published = Published(folder)
    try:
        _copy(knowledge, staging / knowledge.name, published, "knowledge.md")
        policy = home / "policy.yaml"
        if policy.is_file():
            _copy(policy, staging / "policy.yaml", published, "policy.yaml")
        photo = next((home / name for name in PHOTO_NAMES if (home / name).is_file()), None)
        if photo is not None:  # the page shows it at the top
            _copy(photo, staging / photo.name, published, photo.name)
        (staging / "index").mkdir()
        shutil.copytree(version, staging / "index" / version.name)
        (staging / "index" / "CURRENT").write_text(version.name + "\n", encoding="utf-8")
        published.files += [f"index/{version.name}/", "index/CURRENT"]
        adapter = current_adapter(settings.adapters_dir, settings.generator)
        if adapter is not None:
            (staging / "adapters").mkdir()
            shutil.copytree(adapter, staging / "adapters" / adapter.name)
            (staging / "adapters" / ADAPTER_POINTER).write_text(adapter.name + "\n", encoding="utf-8")
            published.files += [f"adapters/{adapter.name}/", f"adapters/{ADAPTER_POINTER}"]
            published.adapter = adapter.name
        (staging / MARKER).write_text(f"published from {home.resolve()}\n", encoding="utf-8")
    except OSError as error:
        shutil.rmtree(staging, ignore_errors=True)
        raise TwinError(f"{folder}: could not publish ({error.strerror or error})") from None
    old = folder.with_name(f".{folder.name}.old")
    shutil.rmtree(old, ignore_errors=True)
    if folder.exists():
        folder.rename(old)
    staging.rename(folder)
    shutil.rmtree(old, ignore_errors=True)
    return published


def _copy(source: Path, target: Path, published: Published, name: str) -> None:
    shutil.copy2(source, target)
    published.files.append(name)
