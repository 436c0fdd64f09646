"""The reader's examples show what the retriever shows: `HybridRanker` scores a synthetic person's chunks as
the index's hybrid retriever does (real MiniLM, real Chroma on disk), and retrieved examples carry the top ones.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from finetune.dataset import Prompts
from finetune.reader import make_people, synthetic_examples
from finetune.reader.examples import DONT_KNOW, ReaderOptions, mentions, read_person
from finetune.reader.retrieval import HybridRanker
from graph.prompts import RAG_PROMPT, UNKNOWN_ANSWER
from ingest.chunking import chunk_knowledge
from ingest.index import KnowledgeIndex
from ingest.knowledge import render, with_timeline
from tools.retriever import HybridRetriever

PROMPTS = Prompts(RAG_PROMPT, UNKNOWN_ANSWER)


@pytest.fixture(scope="module")
def ranker() -> HybridRanker:
    from models.embeddings import load_embeddings
    from twin.settings import EMBEDDED_EMBEDDINGS

    return HybridRanker(load_embeddings(EMBEDDED_EMBEDDINGS))


@pytest.fixture(scope="module")
def people():
    return make_people(12, 3)


def test_ranker_orders_a_persons_chunks_as_the_index_retriever_does(tmp_path: Path, ranker, people):
    person = people[0]
    reading = read_person(person, 3)
    documents = chunk_knowledge(render(person.name, with_timeline([f.fact for f in reading.facts])))
    index = KnowledgeIndex(tmp_path / "index", ranker.embeddings)
    index.update(documents)
    retriever = HybridRetriever(index=index, k=4, fetch_k=len(documents))
    for question in ("Where do you work now?", "What did you study?", "What do you do in your free time?"):
        hits = [
            re.sub(r"\n*Sources: .*$", "", d.page_content, flags=re.DOTALL)
            for d in retriever.search(question)
        ]
        scores = ranker.scores(question, reading.chunks)
        ranked = [c for _, c in sorted(zip(scores, reading.chunks, strict=True), key=lambda p: -p[0])]
        assert ranked[:4] == hits, question


def test_retrieved_examples_show_the_gold_chunk_among_its_top_neighbours(ranker, people):
    options = ReaderOptions(retrieved_share=1.0)
    examples = synthetic_examples(people, PROMPTS, 3, options=options, ranker=ranker)
    readings = {p.name: read_person(p, 3) for p in people}
    checked = full = 0
    for example in (e for e in examples if e.kind in ("rag", "unknown")):
        reading = readings[example.person]
        shown = re.split(r"\n(?=## )", example.facts)
        if example.kind == "unknown":
            assert example.answer == DONT_KNOW and not mentions(example.facts, example.gold)
            continue
        checked += 1
        if len(shown) < 4:  # cut to the prompt limit (or a person with few chunks): not the full top 4
            continue
        full += 1
        assert any(example.gold in c for c in shown)
        neighbours = [c for c in shown if example.gold not in c]  # the gold chunk is shown whatever its rank
        scores = dict(zip(reading.chunks, ranker.scores(example.question, reading.chunks), strict=True))
        # Every neighbour shown outranks every chunk left out (bait chunks are never drawn as neighbours).
        left_out = [i for i, c in enumerate(reading.chunks) if c not in shown and not reading.bait[i]]
        lowest = min((scores[c] for c in neighbours), default=float("inf"))
        assert all(lowest >= scores[reading.chunks[i]] - 1e-6 for i in left_out), example.question
    assert checked >= 40 and full >= 0.6 * checked, (checked, full)
    assert checked >= 40


def test_without_a_ranker_the_examples_are_as_before(people):
    """No ranker (the pure-Python data tests, a build without embeddings): 1-3 random neighbours."""
    examples = synthetic_examples(people, PROMPTS, 3, options=ReaderOptions(retrieved_share=1.0))
    sizes = {len(re.split(r"\n(?=## )", e.facts)) for e in examples if e.kind == "rag"}
    assert {2, 3} <= sizes  # the gold chunk and 1-3 random others
