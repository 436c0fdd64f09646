"""ChatGPT export: only what the person wrote, on the branch they kept."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ingest.loaders import load_sources
from ingest.loaders.chatgpt import load_chatgpt
from ingest.types import SourceReport
from tests.unit.fixtures_sources import chatgpt_export, write_chatgpt_json, write_zip
from twin.errors import TwinError


@pytest.fixture
def loaded(tmp_path: Path):
    report = SourceReport("conversations.json")
    path = write_chatgpt_json(tmp_path / "conversations.json")
    return load_chatgpt(path.read_bytes(), source="conversations.json", report=report), report


def test_only_user_messages_on_the_current_branch_are_taken(loaded) -> None:
    docs, _ = loaded
    assert [doc.page_content for doc in docs] == [
        "I am training for the Loch Ness Marathon in September.",
        "Long runs have to be on Sunday mornings.",
        "I've started learning Scottish Gaelic.",
    ]


def test_assistant_replies_abandoned_branches_and_hidden_messages_never_appear(loaded) -> None:
    docs, report = loaded
    text = "\n".join(doc.page_content for doc in docs)
    assert "Berlin" not in text  # the original message, edited away
    assert "Toronto" not in text and "Oxford" not in text and "Lenition softens" not in text
    assert "Custom instructions" not in text and "You are ChatGPT" not in text
    assert any("abandoned branches" in item for item in report.skipped)


def test_each_message_carries_title_date_and_source(loaded) -> None:
    docs, report = loaded
    first = docs[0].metadata
    assert first["source"] == "conversations.json" and first["source_type"] == "chatgpt"
    assert first["heading"] == "Marathon training plan"
    assert first["date"] == "2023-11-14"  # the message's create_time, as an ISO date
    assert report.kind == "chatgpt"


def test_the_export_zip_is_accepted(tmp_path: Path) -> None:
    path = write_zip(
        tmp_path / "chatgpt-export.zip", {"conversations.json": json.dumps(chatgpt_export()).encode()}
    )
    result = load_sources([path])
    assert result.reports[0].error is None and result.reports[0].kind == "chatgpt"
    assert len(result.documents) == 3
    assert result.documents[0].metadata["source"] == "chatgpt-export.zip/conversations.json"


def test_json_that_is_not_an_export_is_a_one_line_error(tmp_path: Path) -> None:
    with pytest.raises(TwinError, match=r"^settings\.json: not a ChatGPT export"):
        load_chatgpt(b'{"theme": "dark"}', source="settings.json")
    with pytest.raises(TwinError, match=r"^conversations\.json: not valid JSON"):
        load_chatgpt(b"[{", source="conversations.json")


def test_without_current_node_the_latest_leaf_is_followed() -> None:
    export = chatgpt_export()[:1]
    del export[0]["current_node"]
    export[0]["mapping"]["u3"]["message"]["create_time"] = 1_800_000_000
    docs = load_chatgpt(json.dumps(export).encode(), source="conversations.json")
    assert [doc.page_content for doc in docs] == [
        "I am training for the Loch Ness Marathon in September.",
        "Long runs have to be on Sunday mornings.",
    ]
