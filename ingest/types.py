"""What loaders hand to curation: clean text with metadata, and a per-source report."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from langchain_core.documents import Document

# The kinds of source the twin understands; stored as `metadata["source_type"]`.
SOURCE_TYPES = ("cv", "statement", "linkedin", "website", "chatgpt", "text")

# Sections of the knowledge file, in the order they are written.
SECTIONS = (
    "About",
    "Experience",
    "Education",
    "Projects",
    "Publications",
    "Skills",
    "Languages",
    "Certifications",
    "Awards",
    "Goals",
    "Interests",
    "Opinions",
    "Contact",
)


def make_document(
    text: str,
    *,
    source: str,
    source_type: str,
    section: str | None = None,
    heading: str | None = None,
    page: int | None = None,
    date: str | None = None,
    **extra: str | int | float | None,
) -> Document:
    """A loader's unit of output.

    `source` is the file name (or URL) the text came from, `section` the knowledge-file section when the
    loader knows it (LinkedIn's Positions.csv is Experience), `heading` the heading it sat under in the
    document, `page` its 1-based page, `date` a free-form date or range ("2019-03 - 2022-08").
    """
    metadata: dict[str, str | int | float] = {"source": source, "source_type": source_type}
    for key, value in {"section": section, "heading": heading, "page": page, "date": date, **extra}.items():
        if value not in (None, ""):
            metadata[key] = value  # type: ignore[assignment]
    return Document(page_content=text, metadata=metadata)


# Line breaks and other control characters (a file named "cv\nerror: x.pdf"): a report stays one line.
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")


@dataclass
class SourceReport:
    """What one source gave: how many pieces were taken, and what was skipped and why."""

    source: str
    kind: str = "?"
    taken: int = 0
    skipped: list[str] = field(default_factory=list)
    error: str | None = None

    def line(self) -> str:
        if self.error:
            return _one_line(f"error: {self.error}")
        text = f"{self.source} ({self.kind}): {self.taken} taken"
        if self.skipped:
            text += f"; skipped {len(self.skipped)}: " + "; ".join(self.skipped[:5])
            if len(self.skipped) > 5:
                text += f"; ... {len(self.skipped) - 5} more"
        return _one_line(text)


def _one_line(text: str) -> str:
    return _CONTROL.sub(lambda match: match.group().encode("unicode_escape").decode("ascii"), text)


@dataclass
class LoadResult:
    documents: list[Document]
    reports: list[SourceReport]
