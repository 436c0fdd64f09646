"""Shared test doubles: small knowledge files, an index over one, and a scripted chat model."""

from __future__ import annotations

from pathlib import Path

from langchain_core.language_models.fake_chat_models import GenericFakeChatModel

KNOWLEDGE = """# Elspeth Varga
## Experience
- Staff Machine Learning Engineer at Skerryvore Analytics, Edinburgh (Mar 2021 – present). [cv.pdf p1]
- Senior Data Scientist at Halden Biosystems, Cambridge (Sep 2017 – Feb 2021). [linkedin_export.zip/Positions.csv]
## Interests
- I play the cello in a community orchestra in Leith. [website/index.html]
## Contact
- hello@elspethvarga.example [cv.pdf p1]
"""


# A fuller knowledge file for the fine-tuning data: every section the local Q/A builder knows.
CV_KNOWLEDGE = """# Maya Lindqvist

## About
- Location: Edinburgh, Scotland. [linkedin]
- I grew up in Malmö and moved to Scotland in 2012. [statement.docx]

## Experience
- Senior ML Engineer at Northwind Labs, Edinburgh (Mar 2021 – present). [cv.pdf p1]
- Built Harbourcast, a demand forecasting service used by 40 ports. [cv.pdf p1]
- Data Scientist at Bluefin Analytics, Glasgow (Sep 2017 – Feb 2021). [cv.pdf p1]

## Education
- MSc in Statistics — University of Glasgow, 2015 – 2017 [cv.pdf p2]

## Skills
- Programming: Python, SQL, Rust [cv.pdf p2]

## Languages
- Swedish (native), English (fluent) [cv.pdf p2]

## Interests
- Most weekends I sail on the Firth of Forth with my sister. [website]

## Contact
- Email: maya@lindqvist.example [linkedin]
"""


class RecordingModel(GenericFakeChatModel):
    """A fake chat model that replies from a script and remembers the prompts it was given."""

    prompts: list  # a pydantic field, set per instance

    def _generate(self, messages, stop=None, run_manager=None, **kwargs):
        self.prompts.append(messages)
        return super()._generate(messages, stop=stop, run_manager=run_manager, **kwargs)


def build_retriever(path: Path, knowledge: str = KNOWLEDGE):
    """A hybrid retriever over `knowledge`, indexed with the real MiniLM into a real Chroma under `path`."""
    from ingest.chunking import chunk_knowledge
    from ingest.index import KnowledgeIndex
    from models.embeddings import load_embeddings
    from tools.retriever import HybridRetriever
    from twin.settings import EMBEDDED_EMBEDDINGS

    index = KnowledgeIndex(path, load_embeddings(EMBEDDED_EMBEDDINGS))
    index.update(chunk_knowledge(knowledge))
    return HybridRetriever(index=index)
