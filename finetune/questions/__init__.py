"""Question/answer pairs from the knowledge file, without a model: templates per section plus sentence rules.

The questions are the ones a recruiter, a colleague or a curious visitor asks ("Where do you work?",
"What did you study?"); the answers are the file's own facts, rewritten into the first person and kept to
one or two sentences. Nothing is invented: every name, date and number in an answer comes from the fact it
cites (months are spelled out, "Mar 2021" -> "March 2021"). Deterministic: the same file gives the same
pairs in the same order.

The package owns `local_pairs`, which groups the facts by section and hands each group to its section's
builder and then to the sentence rules. The builders live one module per group of sections:
`experience`, `education`, `lists` (Skills, Languages), `works` (Projects, Publications, Awards,
Certifications), `prose` (About, Contact, Goals, Interests, Opinions) and `sentence_rules` (sentence-level
questions, any section); `text` holds the shared text helpers and `pairs` the collector.
"""

from __future__ import annotations

from collections.abc import Iterable

from finetune.questions.education import education_pairs
from finetune.questions.experience import experience_pairs
from finetune.questions.lists import languages_pairs, skills_pairs
from finetune.questions.pairs import Builder, Pairs, QAPair
from finetune.questions.prose import about_pairs, contact_pairs, goals_pairs, interests_pairs, opinions_pairs
from finetune.questions.sentence_rules import sentence_pairs
from finetune.questions.text import MAX_ANSWER_CHARS, MONTHS, concise, first_person, month_year, sentences
from finetune.questions.works import awards_pairs, certifications_pairs, projects_pairs, publications_pairs
from ingest.knowledge import Fact

__all__ = [
    "MAX_ANSWER_CHARS",
    "MONTHS",
    "QAPair",
    "concise",
    "first_person",
    "local_pairs",
    "month_year",
    "sentences",
]

_SECTION_BUILDERS: dict[str, Builder] = {
    "About": about_pairs,
    "Experience": experience_pairs,
    "Education": education_pairs,
    "Skills": skills_pairs,
    "Languages": languages_pairs,
    "Projects": projects_pairs,
    "Publications": publications_pairs,
    "Awards": awards_pairs,
    "Certifications": certifications_pairs,
    "Contact": contact_pairs,
    "Goals": goals_pairs,
    "Interests": interests_pairs,
    "Opinions": opinions_pairs,
}


def local_pairs(title: str, facts: list[Fact], sections: Iterable[str] | None = None) -> list[QAPair]:
    """Every question the templates and sentence rules find in the facts, for `sections` (default all)."""
    wanted = set(sections) if sections is not None else None
    pairs = Pairs()
    by_section: dict[str, list[Fact]] = {}
    for fact in facts:
        by_section.setdefault(fact.section, []).append(fact)
    for section, mine in by_section.items():
        if wanted is not None and section not in wanted:
            continue
        builder = _SECTION_BUILDERS.get(section)
        if builder is not None:
            builder(mine, pairs, title)
        sentence_pairs(section, mine, pairs, title)
    if (wanted is None or "About" in wanted) and title and title != "Knowledge file":
        pairs.add("What's your name?", f"I'm {title}.", "About", [])
    return pairs.items
