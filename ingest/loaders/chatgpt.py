"""ChatGPT export loader: what the person wrote in the current branch of each conversation.

Only user messages are evidence about the person; assistant replies are never taken (they may
have guessed wrong things about them). Each conversation is walked from `current_node` up its parent
chain, so branches abandoned by editing or regenerating a message are left out.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from langchain_core.documents import Document

from ingest.clean import normalize_text
from ingest.types import SourceReport, make_document
from twin.errors import TwinError


def is_chatgpt_export(data: Any) -> bool:
    return (
        isinstance(data, list)
        and bool(data)
        and all(isinstance(item, dict) for item in data)
        and any(isinstance(item.get("mapping"), dict) for item in data)
    )


def _iso_date(timestamp: Any) -> str | None:
    """The date of a Unix timestamp; None when there is none. Raises ValueError for one that is not a time
    (a string, a year past 9999, NaN)."""
    if timestamp is None:
        return None
    if isinstance(timestamp, bool) or not isinstance(timestamp, int | float):
        raise ValueError(f"not a timestamp: {timestamp!r}")
    if timestamp <= 0:
        return None
    try:
        return datetime.fromtimestamp(timestamp, tz=UTC).date().isoformat()
    except (OverflowError, OSError) as exc:
        raise ValueError(f"not a timestamp: {timestamp!r}") from exc


def _sort_time(message: Any) -> float:
    """A message's timestamp to find the latest one by; 0 where it has none that is a number."""
    value = message.get("create_time") if isinstance(message, dict) else None
    return float(value) if isinstance(value, int | float) and value == value else 0.0  # NaN != NaN


def _current_branch(conversation: dict[str, Any]) -> list[dict[str, Any]]:
    """The nodes from the root to `current_node`, in the order they were written."""
    mapping: dict[str, Any] = conversation.get("mapping") or {}
    node_id = conversation.get("current_node")
    if node_id not in mapping:
        # No current node recorded: follow the latest leaf.
        leaves = [node for node in mapping.values() if isinstance(node, dict) and not node.get("children")]
        latest = max(leaves, key=lambda node: _sort_time(node.get("message")), default=None)
        node_id = latest.get("id") if latest else None
    branch: list[dict[str, Any]] = []
    seen: set[str] = set()
    while isinstance(node_id, str) and isinstance(mapping.get(node_id), dict) and node_id not in seen:
        seen.add(node_id)
        node = mapping[node_id]
        branch.append(node)
        node_id = node.get("parent")
    return branch[::-1]


def _user_text(message: dict[str, Any]) -> str | None:
    """The text a person typed in a message, or None when it is not one."""
    if _field(message, "author").get("role") != "user":
        return None
    metadata = _field(message, "metadata")
    if metadata.get("is_visually_hidden_from_conversation") or metadata.get("is_user_system_message"):
        return None
    content = _field(message, "content")
    # "multimodal_text" is a message with an image attached: its string parts are still typed text.
    if content.get("content_type") not in ("text", "multimodal_text"):
        return None
    parts = content.get("parts")
    parts = [part for part in parts if isinstance(part, str)] if isinstance(parts, list) else []
    return normalize_text("\n".join(parts), keep_newlines=True) or None


def _field(message: dict[str, Any], key: str) -> dict[str, Any]:
    value = message.get(key)
    return value if isinstance(value, dict) else {}


def load_chatgpt(data: bytes, *, source: str, report: SourceReport | None = None) -> list[Document]:
    """One Document per user message on the current branch of each conversation.

    `heading` is the conversation title and `date` the ISO date the message was written. A message whose
    timestamp is not a time is skipped, and the report says how many were.
    """
    name = source
    try:  # json reads bytes in UTF-8, UTF-16 or UTF-32, by the byte-order mark or the first bytes
        conversations = json.loads(data)
    except RecursionError as exc:
        raise TwinError(f"{name}: not a ChatGPT export (JSON nested too deeply)") from exc
    except ValueError as exc:  # not JSON, not UTF-8/16/32, or a number past Python's 4,300-digit limit
        raise TwinError(f"{name}: not valid JSON ({str(exc).split(':')[0][:80]})") from exc
    if not is_chatgpt_export(conversations):
        raise TwinError(f"{name}: not a ChatGPT export (expected a list of conversations with a 'mapping')")

    documents: list[Document] = []
    seen: set[str] = set()
    other_messages = off_branch = bad_times = 0
    for conversation in conversations:
        mapping = conversation.get("mapping")
        if not isinstance(mapping, dict):
            continue
        branch = _current_branch(conversation)
        on_branch = {id(node) for node in branch}
        for node in mapping.values():
            message = node.get("message") if isinstance(node, dict) else None
            if isinstance(message, dict) and id(node) not in on_branch and _user_text(message):
                off_branch += 1
        title = normalize_text(str(conversation.get("title") or "")) or None
        try:
            started = _iso_date(conversation.get("create_time"))
        except ValueError:
            started = None
        for node in branch:
            message = node.get("message")
            if not isinstance(message, dict) or not message:
                continue
            text = _user_text(message)
            if text is None:
                other_messages += 1
                continue
            if text in seen:
                continue
            try:
                date = _iso_date(message.get("create_time")) or started
            except ValueError:
                bad_times += 1
                continue
            seen.add(text)
            documents.append(
                make_document(
                    text,
                    source=source,
                    source_type="chatgpt",
                    heading=title,
                    date=date,
                    conversation_id=conversation.get("conversation_id") or conversation.get("id"),
                )
            )
    if report is not None:
        report.kind = "chatgpt"
        if other_messages:
            report.skipped.append(
                f"{other_messages} assistant, tool or system messages (not the person's words)"
            )
        if off_branch:
            report.skipped.append(f"{off_branch} user messages on abandoned branches (edited or regenerated)")
        if bad_times:
            report.skipped.append(f"{bad_times} user messages whose timestamp is not a time")
    return documents
