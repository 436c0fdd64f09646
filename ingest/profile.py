"""Who the page belongs to, from the knowledge file: name, headline, photo, example questions, readable sources.

The page shows the person, not "AI Twin": the knowledge file's title, a short headline (a `Headline:` fact, else
the first Experience or About fact), a photo the person put in the workspace, questions their own facts can
answer, and each source tag (`persona/linkedin_export.zip/Education.csv`) as a name a visitor reads
("LinkedIn - Education").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ingest.knowledge import UNTITLED, Fact, parse
from twin.settings import Settings

PHOTO_NAMES = ("photo.jpg", "photo.jpeg", "photo.png", "photo.webp")
HEADLINE_CHARS = 90
MAX_EXAMPLES = 5
OWNER_SOURCE = "owner"  # the source tag of a fact the person typed as an answer (ingest/owner.py)

# One question per section that has facts, in the order they are offered.
SECTION_QUESTIONS = {
    "Experience": "Where do you work now?",
    "Education": "What did you study?",
    "Projects": "What projects have you worked on?",  # "What is <the first project> about?" when it has a name
    "Interests": "What do you do in your free time?",
    "Skills": "What are your main skills?",
    "Publications": "What have you published or talked about?",
    "Languages": "Which languages do you speak?",
    "Goals": "What are your plans for the future?",
    "Awards": "What awards have you received?",
    "Certifications": "Which certifications do you hold?",
    "Opinions": "What do you believe about your field?",
    "Contact": "How can I contact you?",
    "About": "Tell me about yourself.",
}
FALLBACK_QUESTIONS = ["Where do you work now?", "What did you study?", "How can I contact you?"]

_PAGE = re.compile(r"^(?P<path>.*?)(?:\s+p(?P<page>\d+))?$")
_HEADLINE = re.compile(r"^headline\s*:\s*", re.IGNORECASE)
_PROJECT_NAME = re.compile(
    r"^(?:project\s*:\s*)?(?P<name>[^():—–,.;]+?)\s*(?:[(:—–,.;]|\s-\s|$)", re.IGNORECASE
)
_LINKEDIN_TABLE = re.compile(r"(?<=[a-z])(?=[A-Z])")


@dataclass
class Profile:
    name: str  # empty when no source named the person
    headline: str = ""
    photo: Path | None = None
    examples: list[str] = field(default_factory=lambda: list(FALLBACK_QUESTIONS))

    @property
    def title(self) -> str:
        """The browser tab's title."""
        return f"{self.name} · AI Twin" if self.name else "AI Twin"


def load_profile(settings: Settings) -> Profile:
    """The page's person from the workspace's knowledge file (and photo); a bare profile when there is none."""
    photo = next((settings.home / n for n in PHOTO_NAMES if (settings.home / n).is_file()), None)
    try:
        text = settings.knowledge_file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return Profile(name="", photo=photo)
    title, facts = parse(text)
    name = "" if title in ("", UNTITLED) else title
    return Profile(name=name, headline=headline(facts, name), photo=photo, examples=example_questions(facts))


def headline(facts: list[Fact], name: str = "") -> str:
    """A `Headline:` fact, else the first Experience fact, else the first About fact that is not just the name."""

    def usable(fact: Fact) -> bool:
        text = fact.text.strip()
        return bool(text) and text != name and not text.lower().startswith("name:")

    chosen = next((f.text for f in facts if _HEADLINE.match(f.text)), None)
    for section in ("Experience", "About"):
        chosen = chosen or next((f.text for f in facts if f.section == section and usable(f)), None)
    return shorten(_HEADLINE.sub("", chosen or "").strip())


def shorten(text: str, limit: int = HEADLINE_CHARS) -> str:
    """The first sentence, cut at a word under `limit` characters."""
    text = re.split(r"(?<=[.!?])\s+", " ".join(text.split()), maxsplit=1)[0]
    if len(text) <= limit:
        return text
    return text[: text.rfind(" ", 0, limit)].rstrip(" ,;:—–-") + "…"


def example_questions(facts: list[Fact], limit: int = MAX_EXAMPLES) -> list[str]:
    """One question per section that has facts, so each example has something to be answered from."""
    sections = {f.section for f in facts}
    questions = []
    for section, question in SECTION_QUESTIONS.items():
        if section not in sections:
            continue
        if section == "Projects":
            project = project_name(next(f.text for f in facts if f.section == "Projects"))
            question = f"What is {project} about?" if project else question
        questions.append(question)
    return questions[:limit] or list(FALLBACK_QUESTIONS)


def project_name(fact: str) -> str:
    """The name a project fact starts with ("Project: Tidecast (2021 – present). ..." -> "Tidecast"), or ""."""
    match = _PROJECT_NAME.match(fact.strip())
    name = match["name"].strip() if match else ""
    words = name.split()
    # A name is short and capitalised; a sentence ("I built a forecasting service") is not a name.
    if not words or len(words) > 4 or not name[0].isupper() or words[0] in ("I", "I'm", "My", "We", "Our"):
        return ""
    return name


def source_label(tag: str) -> str:
    """A source tag as a visitor reads it: "cv.pdf p1" -> "CV p1", "x/linkedin_export.zip/Education.csv" ->
    "LinkedIn - Education", "website/projects.html" -> "Website - Projects", "statement.docx" -> "Statement",
    "chatgpt/conversations.json" -> "ChatGPT", "owner" -> "Owner's answer"."""
    match = _PAGE.match(tag.strip())
    path, page = (match["path"], match["page"]) if match else (tag.strip(), None)
    label = _label(path)
    return f"{label} p{page}" if page else label


def _label(path: str) -> str:
    if path == OWNER_SOURCE:
        return "Owner's answer"
    if "://" in path:
        page = path.split("://", 1)[1].split("?")[0].strip("/").split("/")[1:]
        return _website(page[-1] if page else "")
    parts = [p for p in path.split("/") if p]
    if not parts:
        return path
    lower = [p.lower() for p in parts]
    name = parts[-1]
    stem, _, suffix = name.rpartition(".") if "." in name else (name, "", "")
    if any("linkedin" in p for p in lower):
        table = stem if suffix.lower() == "csv" else ""
        return f"LinkedIn - {_LINKEDIN_TABLE.sub(' ', table)}" if table else "LinkedIn"
    if lower[-1] == "conversations.json" or any("chatgpt" in p for p in lower):
        return "ChatGPT"
    if suffix.lower() in ("html", "htm") or lower[0] in ("website", "site"):
        return _website(name)
    if re.search(r"(?:^|[\W_])(?:cv|resume|résumé)(?:$|[\W_])", stem.lower()):
        return "CV"
    words = re.sub(r"[_-]+", " ", stem).strip()
    return words[:1].upper() + words[1:] if words else name


def _website(page: str) -> str:
    stem = page.rsplit(".", 1)[0] if page.lower().endswith((".html", ".htm")) else page
    if not stem or stem.lower() in ("index", "home", "default", "website", "site"):
        return "Website"
    return f"Website - {re.sub(r'[_-]+', ' ', stem).strip().title()}"


def facts_by_source(facts: Iterable[Fact]) -> dict[str, list[str]]:
    """Readable source name -> the facts it gave, in order of first appearance; a fact from two sources is
    listed under both, a fact with none under "Knowledge file"."""
    grouped: dict[str, list[str]] = {}
    for fact in facts:
        for label in dict.fromkeys(source_label(s) for s in fact.sources) or ["Knowledge file"]:
            if fact.text not in grouped.setdefault(label, []):
                grouped[label].append(fact.text)
    return grouped
