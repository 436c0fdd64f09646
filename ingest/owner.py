"""The owner's answer to a question the twin could not answer, added to the knowledge file and the index.

The answer becomes one fact with the source `owner`, under the section it belongs to (About when unsure): the
answer as typed when it says what was asked ("My favourite film is Local Hero."), else the question followed by the
answer ("What is your favourite film? Local Hero."), so a visitor asking it again in other words finds it. The
knowledge file and the index change together, in one ingest transaction (ingest/workspace.py): an answer
cut short leaves both as they were. The disclosure policy applies to it as to every other fact.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from langchain_core.documents import Document

from ingest.index import IndexReport
from ingest.knowledge import Fact, classify, fact_key, parse
from ingest.pipeline import open_index
from ingest.policy import DisclosurePolicy
from ingest.profile import OWNER_SOURCE
from ingest.types import SECTIONS
from ingest.workspace import transaction
from twin.errors import TwinError
from twin.settings import Settings

MAX_ANSWER_CHARS = 2000
# Words of a question that say it is a question, not what it is about.
_QUESTION_WORDS = frozenset(
    "what which where when who whom whose why how do does did is are was were have has had can could would "  # noqa: SIM905
    "should will your you yours tell me about any some the a an of in on at to for with".split()
)


@dataclass
class OwnerAnswer:
    fact: Fact
    index: IndexReport | None = None
    withheld: list[str] = field(default_factory=list)  # kinds of detail the policy took out of the answer
    already_known: bool = False  # the same fact was in the knowledge file: nothing was added

    def line(self) -> str:
        added = "already in" if self.already_known else "added to"
        out = f"{added} the knowledge file under {self.fact.section}: {self.fact.line()}"
        if self.withheld:
            out += f" (withheld by policy: {', '.join(self.withheld)})"
        return out + (f"; {self.index.line()}" if self.index else "")


def owner_fact(question: str, answer: str, section: str | None = None) -> Fact:
    """The fact an owner's answer becomes: the question and the answer, in `section` or the one they suggest."""
    question, answer = " ".join(question.split()), " ".join(answer.split())
    if not answer:
        raise TwinError("the answer is empty: type what the twin should say")
    if len(answer) > MAX_ANSWER_CHARS:
        raise TwinError(f"the answer is {len(answer):,} characters; keep it under {MAX_ANSWER_CHARS:,}")
    if section and section not in SECTIONS:
        raise TwinError(f"{section!r}: not a section of the knowledge file ({', '.join(SECTIONS)})")
    if section is None:
        # The question says what kind of fact it is ("What do you do in your free time?"), like a heading.
        section = classify(Document(page_content=answer, metadata={"heading": question}))
    text = answer if stands_alone(answer, question) else f"{question} {answer}"
    return Fact(section, text.replace("[", "(").replace("]", ")"), [OWNER_SOURCE])


def stands_alone(answer: str, question: str) -> bool:
    """Whether the answer says what was asked without the question ("My favourite film is Local Hero." does,
    "Local Hero." does not): then it is the fact in the person's own words, which the twin may quote as is."""
    answer_words = set(fact_key(answer).split())
    asked = set(fact_key(question).split()) - _QUESTION_WORDS
    return all(len(w) < 3 or w in answer_words or w.rstrip("s") in answer_words for w in asked)


def add_owner_answer(
    settings: Settings, question: str, answer: str, *, section: str | None = None, progress: bool = False
) -> OwnerAnswer:
    """Append the owner's answer to the knowledge file as a fact and bring the index up to date, together."""
    fact = owner_fact(question, answer, section)
    policy_file = settings.home / "policy.yaml"
    policy = DisclosurePolicy.load(policy_file) if policy_file.exists() else DisclosurePolicy()
    why_not = policy.screen(fact.text)
    if why_not and "secret" in why_not:  # the owner's own words, but a pasted key must not go live
        raise TwinError(f"the answer was not added: it {why_not}")
    fact.text, withheld = policy.redact(fact.text)
    if not fact.text:
        raise TwinError(f"the answer was not added: the policy withholds all of it ({', '.join(withheld)})")
    if not settings.knowledge_file.exists():
        raise TwinError(
            f"{settings.knowledge_file}: no knowledge file yet; run `twin ingest SOURCE...` first"
        )
    with transaction(settings, []) as staged:
        text = staged.knowledge_file.read_text(encoding="utf-8")
        _, facts = parse(text)
        known = any(f.key == fact.key for f in facts)
        if not known:
            _write(staged.knowledge_file, append_fact(text, fact))
        report = staged.stage_index(open_index(settings), progress=progress).report
        staged.commit()
    return OwnerAnswer(fact, report, withheld, known)


def append_fact(text: str, fact: Fact) -> str:
    """`text` with `fact` at the end of its section (the section added at the end when missing)."""
    lines = text.rstrip("\n").split("\n")
    header = f"## {fact.section}"
    if header not in lines:
        return "\n".join([*lines, "", header, fact.line()]) + "\n"
    end = lines.index(header) + 1
    while end < len(lines) and not lines[end].startswith("#"):
        end += 1
    while end > 0 and not lines[end - 1].strip():  # before the blank lines that close the section
        end -= 1
    return "\n".join([*lines[:end], fact.line(), *lines[end:]]) + "\n"


def _write(path: Path, text: str) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)
