"""Question/answer pairs written by the OpenAI API, one bounded request per knowledge-file section.

Used only when `OPENAI_API_KEY` is set. Every reply is cached on disk under
`cache_dir/openai-dataset/<content hash>.json`, keyed by the model, this prompt and the section's facts, so
re-running on an unchanged file costs nothing. A section whose request or reply fails falls back to the
local templates (`finetune.questions`), so the dataset always covers the whole file.
"""

from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from finetune.questions import MAX_ANSWER_CHARS, QAPair, local_pairs
from ingest.knowledge import Fact

log = logging.getLogger(__name__)

# Bump when the prompt or the parsing changes, so cached replies from the old prompt are not reused.
PROMPT_VERSION = 1
MAX_TOKENS = 1500
TIMEOUT_S = 60.0
MAX_RETRIES = 2
PAIRS_PER_FACT = 2
MAX_PAIRS = 24

QA_PROMPT = """You write training data for a chatbot that answers as {person}, speaking in the first person.
Below are the facts in the "{section}" section of {person}'s knowledge file, numbered.
Write up to {n} questions that a recruiter, a colleague or a curious visitor would ask {person} about them,
each with the answer {person} would give: first person, one or two short sentences, using only these facts.
Never add a name, date, number or claim that is not in the facts.
Reply with JSON only: {{"pairs": [{{"question": "...", "answer": "...", "facts": [numbers of the facts used]}}]}}

Facts:
{facts}"""


@dataclass
class PairsReport:
    """Where each section's pairs came from: the API, the disk cache, or the local templates (and why)."""

    openai: list[str] = field(default_factory=list)
    cached: list[str] = field(default_factory=list)
    local: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def line(self) -> str:
        parts = [f"{len(self.openai)} section(s) from the OpenAI API"]
        if self.cached:
            parts.append(f"{len(self.cached)} from its cache")
        if self.local:
            parts.append(f"{len(self.local)} from local templates")
        return ", ".join(parts)


def openai_pairs(
    title: str,
    facts: list[Fact],
    *,
    person: str,
    model: str,
    cache_dir: Path,
    client: Any = None,
    api_key: str | None = None,
) -> tuple[list[QAPair], PairsReport]:
    """Pairs for every section: the API's (cached), or the local templates' where the API fails.

    `client` is an `openai.OpenAI`-like object (tests pass a fake); None builds one from `api_key`.
    """
    report = PairsReport()
    sections: dict[str, list[Fact]] = {}
    for fact in facts:
        sections.setdefault(fact.section, []).append(fact)
    cache = Path(cache_dir) / "openai-dataset"
    pairs: list[QAPair] = []
    for section, mine in sections.items():
        key = _cache_key(model, person, section, mine)
        path = cache / f"{key}.json"
        try:
            if path.is_file():
                reply = json.loads(path.read_text(encoding="utf-8"))
                found = _parse(reply, section, mine)
                report.cached.append(section)
            else:
                if client is None:
                    client = _client(api_key)
                reply = _ask(client, model, person, section, mine)
                found = _parse(reply, section, mine)
                _write(path, reply)
                report.openai.append(section)
        except Exception as error:  # any API or parsing failure: this section comes from the templates
            log.warning("OpenAI pairs for section %s failed (%s); using local templates", section, error)
            report.errors.append(
                f"{section}: {str(error).splitlines()[0][:120] if str(error) else type(error).__name__}"
            )
            report.local.append(section)
            found = local_pairs(title, facts, sections=[section])
        pairs += found
    # The name question comes from the title, which no section holds.
    pairs += [p for p in local_pairs(title, [], sections=["About"]) if p.question == "What's your name?"]
    return pairs, report


def _client(api_key: str | None) -> Any:
    from openai import OpenAI

    return OpenAI(api_key=api_key, timeout=TIMEOUT_S, max_retries=MAX_RETRIES)


def _cache_key(model: str, person: str, section: str, facts: list[Fact]) -> str:
    blob = json.dumps(
        {
            "v": PROMPT_VERSION,
            "model": model,
            "person": person,
            "section": section,
            "facts": [f.text for f in facts],
        },
        sort_keys=True,
    )
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:32]


def _ask(client: Any, model: str, person: str, section: str, facts: list[Fact]) -> dict[str, Any]:
    numbered = "\n".join(f"{i}. {fact.text}" for i, fact in enumerate(facts, 1))
    n = min(MAX_PAIRS, PAIRS_PER_FACT * len(facts))
    prompt = QA_PROMPT.format(person=person, section=section, n=n, facts=numbered)
    response = client.chat.completions.create(
        model=model,
        messages=[{"role": "user", "content": prompt}],
        max_tokens=MAX_TOKENS,
        temperature=0.2,
        response_format={"type": "json_object"},
    )
    content = response.choices[0].message.content or ""
    reply = json.loads(content)
    if not isinstance(reply, dict):
        raise ValueError("the reply is not a JSON object")
    return reply


def _parse(reply: dict[str, Any], section: str, facts: list[Fact]) -> list[QAPair]:
    items = reply.get("pairs")
    if not isinstance(items, list):
        raise ValueError("the reply has no 'pairs' list")
    pairs = []
    for item in items[:MAX_PAIRS]:
        if not isinstance(item, dict):
            continue
        question, answer = str(item.get("question", "")).strip(), str(item.get("answer", "")).strip()
        if not question or not answer or len(question) > 300 or len(answer) > 2 * MAX_ANSWER_CHARS:
            continue
        numbers = item.get("facts")
        used = [
            facts[n - 1]
            for n in (numbers if isinstance(numbers, list) else [])
            if isinstance(n, int) and 1 <= n <= len(facts)
        ]
        pairs.append(QAPair(question, answer, section, used or list(facts), origin="openai"))
    if not pairs:
        raise ValueError("the reply holds no usable question/answer pair")
    return pairs


def _write(path: Path, reply: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(json.dumps(reply, indent=1, ensure_ascii=False), encoding="utf-8")
    tmp.replace(path)
