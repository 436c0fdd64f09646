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
    if not isinstance(timestamp, int | float) or timestamp <= 0:
        return None
    return datetime.fromtimestamp(timestamp, tz=UTC).date().isoformat()


def _current_branch(conversation: dict[str, Any]) -> list[dict[str, Any]]:
    """The nodes from the root to `current_node`, in the order they were written."""
    mapping: dict[str, Any] = conversation.get("mapping") or {}
    node_id = conversation.get("current_node")
    if node_id not in mapping:
        # No current node recorded: follow the latest leaf.
        leaves = [node for node in mapping.values() if isinstance(node, dict) and not node.get("children")]
        latest = max(
            leaves, key=lambda node: (node.get("message") or {}).get("create_time") or 0, default=None
        )
        node_id = latest.get("id") if latest else None
    branch: list[dict[str, Any]] = []
    seen: set[str] = set()
    while isinstance(node_id, str) and node_id in mapping and node_id not in seen:
        seen.add(node_id)
        node = mapping[node_id]
        branch.append(node)
        node_id = node.get("parent")
    return branch[::-1]


def _user_text(message: dict[str, Any]) -> str | None:
    """The text a person typed in a message, or None when it is not one."""
    if (message.get("author") or {}).get("role") != "user":
        return None
    metadata = message.get("metadata") or {}
    if metadata.get("is_visually_hidden_from_conversation") or metadata.get("is_user_system_message"):
        return None
    content = message.get("content") or {}
    # "multimodal_text" is a message with an image attached: its string parts are still typed text.
    if content.get("content_type") not in ("text", "multimodal_text"):
        return None
    parts = [part for part in content.get("parts") or [] if isinstance(part, str)]
    return normalize_text("\n".join(parts), keep_newlines=True) or None


def load_chatgpt(data: bytes, *, source: str, report: SourceReport | None = None) -> list[Document]:
    """One Document per user message on the current branch of each conversation.

    `heading` is the conversation title and `date` the ISO date the message was written.
    """
    name = source
    try:
        conversations = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise TwinError(f"{name}: not valid JSON ({exc.__class__.__name__})") from exc
    if not is_chatgpt_export(conversations):
        raise TwinError(f"{name}: not a ChatGPT export (expected a list of conversations with a 'mapping')")

    documents: list[Document] = []
    seen: set[str] = set()
    other_messages = off_branch = 0
    for conversation in conversations:
        mapping = conversation.get("mapping")
        if not isinstance(mapping, dict):
            continue
        branch = _current_branch(conversation)
        on_branch = {id(node) for node in branch}
        for node in mapping.values():
            message = node.get("message") if isinstance(node, dict) else None
            if message and id(node) not in on_branch and _user_text(message):
                off_branch += 1
        title = normalize_text(str(conversation.get("title") or "")) or None
        for node in branch:
            message = node.get("message")
            if not message:
                continue
            text = _user_text(message)
            if text is None:
                other_messages += 1
                continue
            if text in seen:
                continue
            seen.add(text)
            date = _iso_date(message.get("create_time")) or _iso_date(conversation.get("create_time"))
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
    return documents
