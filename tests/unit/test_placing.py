"""Facts no heading or wording put in a section find one by meaning (ingest/placing.py), with the embedded
all-MiniLM-L6-v2; the facts something did place keep their section."""

from pathlib import Path

import pytest

from ingest.chunking import chunk_knowledge
from ingest.knowledge import build_knowledge_file, curate
from ingest.policy import DisclosurePolicy
from ingest.types import make_document


@pytest.fixture(scope="module")
def placer():
    from ingest.placing import embedding_placer
    from models.embeddings import load_embeddings
    from twin.settings import EMBEDDED_EMBEDDINGS

    return embedding_placer(load_embeddings(EMBEDDED_EMBEDDINGS))


def _statement(text: str, heading: str) -> object:
    return make_document(text, source="statement.md", source_type="statement", heading=heading)


def _chat(text: str, title: str) -> object:
    return make_document(
        text, source="conversations.json", source_type="chatgpt", heading=title, date="2025-05-01"
    )


def test_a_pet_a_sport_and_a_language_leave_about(placer):
    docs = [
        _statement(
            "I row with a club on the river most Sunday mornings, and my old spaniel Pip comes to watch.",
            "Sundays",
        ),
        _chat("My cat Miso keeps knocking my glasses off the desk.", "Cat behaviour question"),
        _chat("I've started learning Japanese, complete beginner, ten minutes a day.", "Kana practice"),
        _chat("I'm training for the Dublin half marathon in October.", "Running plan"),
    ]
    sections = {f.text.split(":")[0]: f.section for f in curate(docs, DisclosurePolicy(), placer)[0]}
    assert sections == {
        "Sundays": "Interests",
        "Cat behaviour question": "Interests",
        "Kana practice": "Languages",
        "Running plan": "Interests",
    }
    # Without a placer (the library's default) the same facts stay in About, as before.
    assert {f.section for f in curate(docs, DisclosurePolicy())[0]} == {"About"}


def test_what_is_not_clearly_elsewhere_stays_in_about_and_named_sections_stay(placer):
    docs = [
        make_document("Maya Lindqvist", source="Profile.csv", source_type="linkedin", section="About"),
        _statement("Hi, I'm Maya.", "Hello"),
        _chat("From March we need 12 kg of mackerel every Friday instead of 8.", "Supplier email"),
        # As much like work as like a hobby: no guess.
        _statement("I row with a club on the river most Sunday mornings.", "When I'm off duty"),
        # Named by its heading: never re-placed, whatever it reads like.
        _statement("I keep two dogs and a horse.", "Why I became a vet"),
        _statement("My dog Rex comes to every lecture.", "Current role"),
    ]
    facts = curate(docs, DisclosurePolicy(), placer)[0]
    assert [f.section for f in facts] == ["About", "About", "About", "About", "About", "Experience"]


def test_the_chunk_of_a_placed_fact_carries_its_sections_hint(tmp_path: Path, placer):
    docs = [
        _statement("I go climbing in the Peak District with my rescue greyhound.", "Saturdays"),
        make_document("Maya Lindqvist", source="Profile.csv", source_type="linkedin", section="About"),
    ]
    path = tmp_path / "knowledge.md"
    build_knowledge_file(docs, path, DisclosurePolicy(), placer=placer)
    text = path.read_text()
    assert "## Interests\n- Saturdays: I go climbing" in text
    (chunk,) = [c for c in chunk_knowledge(text) if "greyhound" in c.page_content]
    assert chunk.page_content.startswith("## Interests (my hobbies")
