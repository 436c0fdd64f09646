"""Where a model id points (local folder or Hugging Face hub id) and the one-line message when it is missing."""

from __future__ import annotations

import os
import re
from pathlib import Path

from twin.errors import TwinError

# owner/name as the hub spells it; anything else that is not an existing folder is a missing path.
_HUB_ID = re.compile(r"^[A-Za-z0-9][\w.-]*(/[A-Za-z0-9][\w.-]*)?$")


def local_or_hub(model_id: str, what: str) -> str:
    """An existing folder's absolute path, or `model_id` itself when it reads as a hub id."""
    path = Path(model_id).expanduser()
    if path.is_dir():
        return str(path.resolve())
    if path.exists():
        raise TwinError(f"{what} {model_id!r} is a file; expected a folder with a transformers checkpoint")
    if not _HUB_ID.match(model_id):
        raise TwinError(f"{what} {model_id!r} not found: no such folder")
    return model_id


def hub_offline() -> bool:
    """Whether the Hugging Face hub is switched off (HF_HUB_OFFLINE / TRANSFORMERS_OFFLINE)."""
    from huggingface_hub import constants

    flags = (os.environ.get("HF_HUB_OFFLINE"), os.environ.get("TRANSFORMERS_OFFLINE"))
    return bool(constants.HF_HUB_OFFLINE) or any(
        flag is not None and flag.upper() in {"1", "ON", "YES", "TRUE"} for flag in flags
    )


def not_found_message(what: str, configured: str, resolved: str, error: BaseException, env_var: str) -> str:
    """One line naming the model and the likely cause of `error` (raised while loading `resolved`)."""
    reason = first_line(error)
    if Path(resolved).is_dir():
        return f"{what} {configured!r} cannot be loaded from {resolved}: {reason}"
    if hub_offline():
        return (
            f"{what} {configured!r} not found: not a local folder and not in the Hugging Face cache; "
            "you are offline (HF_HUB_OFFLINE=1), so download it on a machine with internet "
            f"or set {env_var} to a local path"
        )
    return (
        f"{what} {configured!r} not found: not a local folder and the Hugging Face hub did not provide it "
        f"({reason}); check the id, your network, and your access token for gated models (hf auth login)"
    )


def first_line(error: BaseException) -> str:
    text = next((line.strip() for line in str(error).splitlines() if line.strip()), type(error).__name__)
    return text if len(text) <= 200 else text[:197] + "..."
