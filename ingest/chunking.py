"""Heading-aware chunks of the knowledge file, each with a content-hash id.

A chunk never spans two sections and carries its section heading, so it reads on its own in a prompt;
neighbouring facts of a section are grouped up to `max_chars`, and what the dates imply (ingest/timeline.py) is
grouped apart from the lines it was read from. Equal text gives an equal id, which is
what makes re-indexing incremental.
"""

from __future__ import annotations

import hashlib

from langchain_core.documents import Document

from ingest.knowledge import Fact, parse
from ingest.timeline import is_derived

MAX_CHARS = 420

# What each section answers, in the words people ask with: short fact lists embed far from questions
# ("Where do you work?" vs "Staff ML Engineer at ..."), and this line closes that gap for dense search.
SECTION_HINTS = {
    "About": "who I am, where I live and am from, background",
    "Experience": "where I work and have worked: my jobs, roles, employers, dates",
    "Education": "where and what I studied: degrees, universities, thesis",
    "Projects": "what I have built: projects and their results",
    "Publications": "papers, articles and talks I have published",
    "Skills": "my skills, tools and programming languages",
    "Languages": "which languages I speak and how well",
    "Certifications": "my certificates and licences",
    "Awards": "awards, prizes and honours I received",
    "Goals": "my goals and plans for the future",
    "Interests": "my hobbies, interests and what I do in my free time",
    "Opinions": "what I think and believe: my opinions and views",
    "Contact": "how to contact me: email, website, links",
}


def chunk_id(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def chunk_knowledge(text: str, *, max_chars: int = MAX_CHARS) -> list[Document]:
    title, facts = parse(text)
    chunks: list[Document] = []
    group: list[Fact] = []

    def flush() -> None:
        if not group:
            return
        section = group[0].section
        body = "\n".join(f.line() for f in group)
        hint = SECTION_HINTS.get(section)
        content = f"## {section} ({hint})\n{body}" if hint else f"## {section}\n{body}"
        sources = sorted({s.split(" p")[0] for f in group for s in f.sources})
        metadata = {"section": section, "sources": "; ".join(sources), "person": title}
        chunks.append(Document(page_content=content, metadata=metadata, id=chunk_id(content)))
        group.clear()

    for fact in facts:
        size = sum(len(f.line()) + 1 for f in group) + len(fact.line())
        # What the dates imply (ingest/timeline.py) is chunked apart, so the other chunks stay as they were.
        apart = is_derived(fact.text) != is_derived(group[-1].text) if group else False
        if group and (fact.section != group[0].section or size > max_chars or apart):
            flush()
        group.append(fact)
    flush()
    # Two identical chunks (a fact repeated by hand) are one chunk in the index.
    unique = {c.id: c for c in chunks}
    return list(unique.values())
