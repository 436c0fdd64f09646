"""What a visitor reads: a model's reply cleaned to its answer, bound generation settings, the shown message.

The graph's answer nodes, the streaming service (`graph.service`) and the evaluation (`evals.run`) all shape
answers here, so what a visitor sees is what the evaluation scored.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from langchain_core.messages import AIMessage, AnyMessage

from graph.context import Context
from graph.kinds import FIRST_JOB, KINDS
from ingest.clean import MONTH_NAMES
from ingest.policy import DisclosurePolicy

NO_ANSWER = "I don't know."  # what an empty reply becomes (and the reader's own decline)
SOURCES_LINE = re.compile(r"\n*Sources: .*$", re.DOTALL)
SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+")  # where one sentence ends and the next begins
_NOT_ANSWER = re.compile(r"^(?:question|facts?|context|answer)\s*:", re.IGNORECASE)


def message_text(message: AnyMessage) -> str:
    content = message.content
    if isinstance(content, list):
        content = " ".join(part.get("text", "") if isinstance(part, dict) else str(part) for part in content)
    return str(content)


def clean_reply(reply: str) -> str:
    """The answer in a model's reply: its first line of real text, without list markers or echoed labels.

    Small models pad an answer with bullets, echo the prompt's labels and repeat themselves; the first
    sentence-bearing line is the answer.
    """
    return _answer_line(reply)[0]


def answer_complete(reply: str) -> bool:
    """Whether `clean_reply(reply)` is final: no continuation of the reply can change it.

    Generation stops there (`answer_model`): the rest of the tokens would be thrown away.
    """
    return _answer_line(reply)[1]


# The reader learned SQuAD's one-word spans as "The answer is nine." (finetune/reader/squad.py); a person says
# "Nine.", so that is what is shown.
_ANSWER_IS = "the answer is"


def _answer_line(reply: str) -> tuple[str, bool]:
    lines = reply.splitlines()
    for number, line in enumerate(lines):
        text = re.sub(r"^\s*(?:[-*•]|\d+[.)]|\[[^\]]*\])\s*", "", line).strip()
        text = re.sub(r"^answer\s*:\s*", "", text, flags=re.IGNORECASE)
        if len(re.findall(r"\w+", text)) >= 2 and not _NOT_ANSWER.match(text):
            said = " ".join(text.split())
            if _ANSWER_IS.startswith(said.lower()):  # "The answer" may yet become "The answer is nine."
                if number < len(lines) - 1:
                    continue
                return "", False
            if said.lower().startswith(_ANSWER_IS + " "):
                text = said[len(_ANSWER_IS) + 1 :]
                text = text[:1].upper() + text[1:]
            sentences = SENTENCE_BREAK.split(text)
            line_ended = number < len(lines) - 1 or reply[-1:] in ("\n", "\r")
            # A fourth piece means the first three sentences have ended: later text cannot change them.
            return " ".join(sentences[:3]).strip(), line_ended or len(sentences) > 3
    return "", False


def answer_model(
    llm: Any,
    context: Context,
    *,
    from_facts: bool = False,
    opening: str = "",
    max_new_tokens: int | None = None,
) -> Any:
    """The chat model bound to one answer's generation settings: length, repetition penalty, early stop, and
    (`from_facts`, the facts route) the margin a decline must win by. `opening`: the words the reply was
    started with (`complete`), so the early stop judges the whole answer.

    Call it once per answer: the processors it binds remember where that answer's prompt ends.
    """
    pipeline = getattr(getattr(llm, "llm", None), "pipeline", None)
    if pipeline is None:  # a non-HuggingFace chat model (tests' fakes, an API model)
        return llm
    from models.chat import answer_processors

    margin = 0.0
    if from_facts:
        calibrated = getattr(pipeline.model, "decline_margin", 0.0)
        margin = context.decline_margin if context.decline_margin is not None else calibrated
    processors = answer_processors(
        pipeline.tokenizer,
        done=lambda text: answer_complete(opening + text),
        repetition_penalty=context.repetition_penalty,
        decline_margin=margin,
    )
    return llm.bind(
        pipeline_kwargs={
            "max_new_tokens": max_new_tokens or context.max_new_tokens,
            "logits_processor": processors,
        }
    )


def answer_opening_for(llm: Any, context: Context, question: str) -> str | None:
    """The words a facts answer to `question` starts with (graph.opening), where the run uses openings and the
    chat model can continue a started reply (`continues_replies`: the local models can, an API model cannot)."""
    if not context.answer_openings or not getattr(llm, "continues_replies", False):
        return None
    from graph.opening import answer_opening

    return answer_opening(question)


# How the reader's decline and refusal begin ("I don't know.", "I'd rather not share that."): four tokens say.
_REFUSAL_START = re.compile(r"^\s*I(?: don|'d rather)\b")
_PROBE_TOKENS = 4


def count_tokens(llm: Any, text: str) -> int:
    """Tokens in `text` by the model's tokenizer (words for a model without one)."""
    tokenizer = getattr(getattr(getattr(llm, "llm", None), "pipeline", None), "tokenizer", None)
    return (
        len(tokenizer.encode(text, add_special_tokens=False)) if tokenizer is not None else len(text.split())
    )


def complete(
    llm: Any,
    messages: list[AnyMessage],
    context: Context,
    *,
    from_facts: bool = False,
    opening: str | None = None,
    quiet: bool = False,
) -> tuple[str, int]:
    """The model's cleaned answer and the number of tokens it generated.

    With an `opening` ("Fundy Millwork is in"), the reader first says whether it answers at all: its first
    words, unseen by a streaming visitor, are "I don't" or "I'd rather" when it declines or refuses, and then
    it answers as usual. Otherwise it goes on from the opening: a chat model that `continues_replies` replies
    with the whole answer, opening first (streamed first too). The decoder reuses the prompt's keys and values
    between the two calls (models/decode.py). `quiet`: nothing of it is streamed to a visitor (a second reading
    whose answer, if shown, is shown whole).
    """

    def model(**settings: Any) -> Any:
        bound = answer_model(llm, context, from_facts=from_facts, **settings)
        return bound.with_config(tags=["nostream"]) if quiet else bound

    if opening:
        probe = answer_model(llm, context, from_facts=from_facts, max_new_tokens=_PROBE_TOKENS)
        said = message_text(probe.with_config(tags=["nostream"]).invoke(messages))
        if not _REFUSAL_START.match(said):
            reply = message_text(model(opening=opening).invoke([*messages, AIMessage(opening)]))
            generated = max(count_tokens(llm, reply) - count_tokens(llm, opening), 0)
            return clean_reply(reply) or NO_ANSWER, generated
    reply = message_text(model().invoke(messages))
    return clean_reply(reply) or NO_ANSWER, count_tokens(llm, reply)


def shown_answer(
    answer: str, route: str, sources: list[str], tokens: int, policy: DisclosurePolicy
) -> dict[str, Any]:
    """The state update that ends a run: the answer through the disclosure policy, and the message shown."""
    text, _ = policy.redact(answer)
    shown = f"{text}\n\nSources: {', '.join(sources)}" if sources else text
    message = AIMessage(shown, response_metadata={"route": route, "sources": sources})
    return {"answer": text, "route": route, "sources": sources, "tokens": tokens, "messages": [message]}


# Numbers as words: zero to nineteen (a word's index is its value), then the tens from twenty.
NUMBER_WORDS = (  # noqa: SIM905
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
    "eighteen nineteen"
).split()
TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()  # noqa: SIM905
_NUMBER_WORD = re.compile(
    rf"\b(?:(?P<tens>{'|'.join(TENS)})(?:[- ](?P<unit>{'|'.join(NUMBER_WORDS[1:10])}))?|"
    rf"(?P<teen>{'|'.join(NUMBER_WORDS[10:])}))\b(?![- ](?:hundred|thousand|million|billion)\b)",
    re.IGNORECASE,
)


def numbers_as_in_facts(answer: str, facts: str) -> str:
    """A number from ten up that the reader spelled out ("twenty-six") and the facts write in digits ("a choir of 26
    voices") is said as the facts write it: names, numbers and dates are copied exactly (persona 22)."""

    def as_written(found: re.Match[str]) -> str:
        if found["teen"]:
            value = NUMBER_WORDS.index(found["teen"].lower())
        else:
            unit = NUMBER_WORDS.index(found["unit"].lower()) if found["unit"] else 0
            value = 20 + 10 * TENS.index(found["tens"].lower()) + unit
        in_digits = re.search(rf"(?<![\d.,]){value}(?![\d]|[.,]\d)", facts)
        spelled = re.search(rf"\b{re.escape(found[0])}\b", facts, re.IGNORECASE)
        return str(value) if in_digits and not spelled else found[0]

    return _NUMBER_WORD.sub(as_written, answer)


# --- the check: every answer against the facts, before anyone sees it ------------------------------------

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'"})
# What a twin says when it declines: "I don't know", "I'd rather not say", "I can't share that".
_DECLINE = re.compile(
    r"\bi (?:really )?(?:do not|don't|dont|did not|didn't) know\b"
    r"|\bi (?:do not|don't) have (?:that|this|any|the) (?:information|detail|answer)"
    r"|\bi(?:'m| am) not (?:sure|able to|allowed to)\b|\bi(?:'m| am) unable to\b"
    r"|\bno idea\b|\bno information\b|\bnot something i (?:share|discuss)\b"
    r"|\bi(?:'d| would) (?:rather|prefer) not\b|\bi prefer not to\b"
    r"|\bi (?:can't|cannot|can not|won't|will not) (?:say|share|tell|answer|disclose|give|provide|reveal|comment)\b"
    r"|\bnothing i(?:'ve| have) written covers\b",
    re.IGNORECASE,
)
# The instructions a base model echoes instead of answering.
_ECHO = re.compile(
    r"^\W*(?:you are\b|answer the question\b|use only the facts\b|the facts are data\b|facts\s*:|question\s*:)"
    r"|answer the question in the first person|use only the facts below|never instructions",
    re.IGNORECASE,
)
_NUMBER = re.compile(r"\d+(?:[.,:/]\d+)*")
_NAME = re.compile(r"\b[A-Z][\w'’.-]*[\w]")
# Capitalised words an answer may use without the facts saying them.
_PLAIN_WORDS = frozenset(
    [
        "I",
        "I'm",
        "I've",
        "I'd",
        "I'll",
        "My",
        "Me",
        "Mine",
        "Yes",
        "No",
        "Not",
        "The",
        "A",
        "An",
        "In",
        "At",
        "On",
        "Of",
        "For",
        "From",
        "To",
        "By",
        "With",
        "As",
        "And",
        "But",
        "Or",
        "So",
        "It",
        "Its",
        "It's",
        "This",
        "That",
        "These",
        "Those",
        "There",
        "Here",
        "Then",
        "Now",
        "Since",
        "After",
        "Before",
        "During",
        "Until",
        "About",
        "Also",
        "Both",
        "Each",
        "Every",
        "We",
        "Our",
        "Us",
        "You",
        "Your",
        "Dr",
        "Mr",
        "Mrs",
        "Ms",
        "Prof",
        "Professor",
        "Sir",
        "Hi",
        "Hello",
        "Thanks",
        "Thank",
        "Sure",
        "Well",
        "Currently",
        "Today",
        "Right",
        *MONTH_NAMES,
        "Jan",
        "Feb",
        "Mar",
        "Apr",
        "Jun",
        "Jul",
        "Aug",
        "Sep",
        "Sept",
        "Oct",
        "Nov",
        "Dec",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "Present",
        "Previously",
        "Before",
        "Afterwards",
        "Later",
        "Earlier",
        "What",
        "Where",
        "When",
        "Who",
        "Why",
        "How",
        "Which",
    ]
)
_ASKS_NAME = re.compile(r"\b(?:name|called|who are you|introduce yourself)\b", re.IGNORECASE)
_YES_NO = re.compile(
    r"^\W*(?:do|does|did|are|is|was|were|have|has|had|can|could|will|would|should)\b", re.IGNORECASE
)
# Words that name a kind of thing, not which one: "the Nobel Prize" rests on "Nobel", not on "Prize".
_KIND_WORDS = frozenset(
    [
        "prize",
        "award",
        "medal",
        "university",
        "uni",
        "college",
        "school",
        "academy",
        "institute",
        "hospital",
        "clinic",
        "company",
        "firm",
        "ltd",
        "inc",
        "group",
        "team",
        "club",
        "society",
        "association",
        "journal",
        "magazine",
        "conference",
        "marathon",
        "race",
        "project",
        "programme",
        "program",
        "foundation",
        "trust",
        "council",
        "department",
        "centre",
        "center",
    ]
)
_SPELLED_NUMBERS = (
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|"
    r"thousand|million|billion|dozens?|half|halves|quarters?|thirds?|fifths?|tenths?|per ?cent|once|twice|"
    r"a few|several|a couple|decades?|a year|a month)\b"
)
# What an answer must hold, by what the question asks for: (question, answer) patterns, first match wins.
_ANSWER_KINDS = [
    (
        re.compile(r"\be-?mail address\b|\bwhat(?:'s| is) your e-?mail\b", re.IGNORECASE),
        re.compile(r"@|\bat\b.*\bdot\b", re.IGNORECASE),
        "email address",
    ),
    (
        re.compile(
            r"\b(?:which|what) street\b|\b(?:home|postal|street) address\b|\bpost ?code\b|\bzip code\b",
            re.IGNORECASE,
        ),
        re.compile(
            r"\d|\b(?:street|st|road|rd|avenue|ave|lane|ln|drive|dr|close|crescent|terrace|way|place|court|"
            r"square|row|gardens|boulevard|blvd|wynd|mews)\b",
            re.IGNORECASE,
        ),
        "street",
    ),
    (
        re.compile(r"\b(?:phone|mobile|telephone|cell) number\b", re.IGNORECASE),
        re.compile(r"\d[\d\s().-]{5,}\d"),  # a phone number, not a line's price ("¥8,800")
        "number",
    ),
    (  # a count or an amount (a salary's too): a year alone ("since March 2021") is not one
        re.compile(
            r"\bhow many\b(?! years)|\bhow much\b(?! do you (?:like|enjoy|love|care|miss))|"
            r"\b(?:salary|salaries|wages?|earnings|income)\b",  # "What's your salary?" -> "I work at Waihao Vets."
            re.IGNORECASE,
        ),
        re.compile(r"(?<!\d)(?!(?:19|20)\d\d(?!\d))\d|\bfree\b|" + _SPELLED_NUMBERS, re.IGNORECASE),
        "quantity",
    ),
    (
        re.compile(
            r"\bhow (?:many|old|long)\b|\b(?:what|which) years?\b|\bwhat age\b|\bhow (?:big|large) (?:is|was|are)\b",
            re.IGNORECASE,
        ),
        re.compile(r"\d|" + _SPELLED_NUMBERS, re.IGNORECASE),
        "number",
    ),
]


@dataclass(frozen=True)
class Check:
    """What the check found: `ok`, or why the answer must not be shown ("echo", "name only", "unsupported: ...",
    "not asked: ..." (a secret among them), "no such: ...")."""

    ok: bool
    reason: str = ""

    @property
    def replaceable(self) -> bool:
        """Whether a fact may stand in for the answer. Not when the answer is off the question's kind (a
        "how many" answered without a number) or the question rests on something the facts never mention:
        then no fact answers it, and the twin declines."""
        return not self.ok and not self.reason.startswith(("not asked", "no such"))


def is_decline(answer: str, route: str | None = None) -> bool:
    """Whether the twin declined: the graph's "unknown" route, or an "I don't know"-style reply."""
    if route == "unknown":
        return True
    return bool(_DECLINE.search(answer.translate(_APOSTROPHES)))


def folded(text: str) -> str:
    """Lowercase without accents or apostrophe variants, so "Zürich" is found in "Zurich" and back."""
    text = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES).casefold())
    return "".join(c for c in text if not unicodedata.combining(c))


def _starts_sentence(text: str, start: int) -> bool:
    """Whether the word at `start` opens a sentence (its capital then says nothing about being a name)."""
    before = text[:start].rstrip()
    return not re.search(r"\w", before) or before[-1] in ".!?:"


def unsupported_details(answer: str, facts: str) -> list[str]:
    """The names and numbers the answer states that the facts do not ("1,300" and "1300" are one number)."""
    haystack = folded(facts)
    numbers = {n.replace(",", "") for n in _NUMBER.findall(facts)}
    missing = [n for n in _NUMBER.findall(answer) if n.replace(",", "") not in numbers]

    def found(word: str) -> bool:
        return bool(re.search(rf"(?<!\w){re.escape(folded(word))}(?!\w)", haystack))

    for match in _NAME.finditer(answer):
        word = re.sub(r"['’]s$", "", match[0].rstrip("."))  # "Skerryvore's" is "Skerryvore"
        if _starts_sentence(answer, match.start()) and not re.match(r"\s+[A-Z]", answer[match.end() :]):
            continue  # "Call me ...", "Mostly ...": a capital that only starts the sentence is not a name
        if word in _PLAIN_WORDS or found(word):
            continue
        parts = [part for part in word.split("-") if part[:1].isupper()]  # "Edinburgh-based"
        if "-" not in word or not all(found(part) for part in parts):
            missing.append(word)
    return list(dict.fromkeys(missing))


_ASKS_FIRST_DEGREE = re.compile(
    r"\bundergrad(?:uate)?\b|\bbachelor(?:'s|s)?\b|\bfirst degree\b", re.IGNORECASE
)
_FIRST_DEGREE = re.compile(
    r"\b[Uu]ndergrad\w*|\b[Bb]achelor\w*|\bB\.?\s?(?:A|Sc|S|Eng|Ed|Com|Tech|Nurs|Pharm|VSc)\b|\b[Ll]icen[cs]\w*|\b[Ll]aurea\b(?! magistrale)"
)
_HIGHER_DEGREE = re.compile(
    r"\b(?:[Mm]aster\w*|M\.?\s?(?:Sc|A|Phil|Ed|Eng|BA)\b|Ph\.?\s?D|[Dd]octora\w*|MBA)"
)
_ASKS_SECRET = re.compile(
    r"\b(?:password|passwd|passphrase|passcode|pin (?:code|number)|api[ _-]?key|secret key|access token|"
    r"private key|login details|credentials)\b",
    re.IGNORECASE,
)


# "How much do you earn?", "What's your salary?", "How much does the hospital pay you?": what the person earns, which
# few people write down. A number in the facts (a grant, a price) is no answer to it (personas 18 and 19).
_ASKS_OWN_PAY = re.compile(
    r"\b(?:your (?:salary|pay|income|wages?|earnings)|how much (?:do|did) (?:you|u) (?:earn|make)|"
    r"(?:pays?|paid) (?:you|u)\b|what do (?:you|u) earn)",
    re.IGNORECASE,
)
# With an amount after it: "at almost three times what I earn, and I said no" says no pay (persona 21).
_SAYS_OWN_PAY = re.compile(
    r"\b(?:my (?:salary|pay|income|wages?)|I (?:earn|make|am paid|get paid|was paid))\b[^.\n]{0,40}?[$€£¥₹\d]",
    re.IGNORECASE,
)


# "Do you have children?": the reader says yes, and a number, whatever the facts (personas 3 and 12).
_ASKS_CHILDREN = re.compile(r"\b(?:have|got) (?:any )?(?:children|kids)\b", re.IGNORECASE)
_SAYS_CHILDREN = re.compile(
    r"\b(?:my|our) (?:\w+ )?(?:sons?|daughters?|children|kids|child|baby)\b|\bI have (?:\w+ )?(?:sons?|daughters?|"
    r"children|kids)\b|\b(?:mother|father) of\b",
    re.IGNORECASE,
)


def unsaid_pay(question: str, facts: str) -> bool:
    """Whether a question asks what the person earns and no fact says it."""
    return bool(_ASKS_OWN_PAY.search(question)) and not _SAYS_OWN_PAY.search(facts)


def check_answer(answer: str, *, facts: str | None, person: str, question: str) -> Check:
    """Whether an answer may be shown: not the prompt's instructions, not only the person's name, and every
    name and number it states is in the facts (or in the person's name, or the question). A decline always
    may. `facts` None (a direct answer, nothing retrieved) checks the first two only."""
    text = answer.strip()
    if not text:
        return Check(False, "empty")
    if _ECHO.search(text):
        return Check(False, "echo")
    if is_decline(text):
        return Check(True)
    if _ASKS_SECRET.search(question):
        # Secrets never reach the facts (ingest/policy.py drops them), so any answer is made up or worse:
        # "The admin password for my website is maren@..." (persona 16).
        return Check(False, "not asked: a secret")
    if facts is not None and unsaid_pay(question, facts):
        return Check(False, "not asked: what they earn")
    if facts is not None and _ASKS_CHILDREN.search(question) and not _SAYS_CHILDREN.search(facts):
        return Check(False, "no such: children")
    if _ASKS_FIRST_DEGREE.search(question) and _HIGHER_DEGREE.search(text) and not _FIRST_DEGREE.search(text):
        # "What was your undergraduate degree?" -> "I did my MSc in Scientific Computing ..." (the sample persona,
        # with a person adapter): a master's or a doctorate is not the degree asked for.
        return Check(False, "not asked: a higher degree")
    words = [
        w for w in re.findall(r"[\w'’-]+", folded(text)) if w not in {"i'm", "i", "am", "my", "name", "is"}
    ]
    name = {w for w in re.findall(r"[\w'’-]+", folded(person))}
    if words and set(words) <= name | {"dr", "mr", "ms", "mrs", "prof"} and not _ASKS_NAME.search(question):
        return Check(False, "name only")
    if facts is None:
        return Check(True)
    wanted = asked_kind(question)
    if wanted and not wanted[0].search(text):
        return Check(False, f"not asked: no {wanted[1]}")
    yes_no = bool(_YES_NO.match(question))
    affirms = yes_no and re.match(r"\W*yes\b", text, re.IGNORECASE) is not None
    premise = missing_premise(question, facts, person, whole=affirms)
    if premise and (not yes_no or affirms):
        return Check(False, f"no such: {premise}")
    missing = unsupported_details(text, f"{facts}\n{person}\n{question}")
    return Check(False, "unsupported: " + ", ".join(missing[:5])) if missing else Check(True)


def asked_kind(question: str) -> tuple[re.Pattern[str], str] | None:
    """What the question's answer must hold (an answer pattern and its name), when the question says."""
    for asks, holds, name in _ANSWER_KINDS:
        if asks.search(question):
            return holds, name
    return None


def missing_premise(question: str, facts: str, person: str, *, whole: bool = False) -> str | None:
    """A name the question rests on that the facts never mention ("the Nobel Prize" when no fact says Nobel):
    the facts cannot answer it. Runs of capitalised words count as one name, found when any word of it that
    is not a kind of thing ("Prize", "University") is in the facts or the person's name, even inside a word.
    Terms in capitals ("ICU") are left out: the facts may spell them out.

    `whole`: a name of several telling words is found only as the phrase itself, for an answer that says yes
    to it: "Yes, I work in Cape Town." is not held up by "Eastern Cape"."""
    haystack = folded(f"{facts}\n{person}")
    words = list(re.finditer(r"[\w'’.-]*\w", question))
    runs: list[list[str]] = []
    for number, match in enumerate(words):
        word = re.sub(r"['’]s$", "", match[0])
        term = sum(c.isupper() for c in word) > 1  # "ICU", "MLOps": a term the facts may spell out
        capital = (
            word[:1].isupper()
            and not _starts_sentence(question, match.start())
            and not term
            and word not in _PLAIN_WORDS
        )
        if capital and runs and words[number - 1].end() + 1 >= match.start() and runs[-1]:
            runs[-1].append(word)
        elif capital:
            runs.append([word])
        else:
            runs.append([])
    for run in filter(None, runs):
        telling = [w for w in run if folded(w) not in _KIND_WORDS]
        if whole and len(telling) > 1:
            found = any(_phrase(name, haystack) for name in (run, telling))
        else:
            found = any(folded(w) in haystack for w in telling)  # "Xhosa" is in "isiXhosa"
        if telling and not found:
            return " ".join(run)
    return None


def _phrase(words: list[str], haystack: str) -> bool:
    """Whether the words stand together in the (folded) haystack, a possessive or punctuation between them."""
    pattern = r"(?:'s)?\W+".join(re.escape(folded(w)) for w in words)
    return re.search(rf"(?<!\w){pattern}(?!\w)", haystack) is not None


def fact_text(fact: str) -> str:
    """A knowledge-file line without its bullet and its sources in [brackets]."""
    return re.sub(r"\s*\[[^\]]*\]\s*$", "", fact.lstrip("- ").strip())


# A section's title in front of the person's own words: "The choir now: Since September 2018 I have ...".
_TITLED = re.compile(
    r"^[^:.!?\n]{2,60}: (?=(?:I|I'm|I've|My|Since|We|Our)\b|In [A-Z]?[a-z]*\s?(?:19|20)\d\d,? I\b)"
)


def own_words(line: str) -> str:
    """A fact line without the title of the section it was written under, where what follows is the person's own
    first-person sentence."""
    return _TITLED.sub("", line, count=1) if len(line.split(": ", 1)[0].split()) <= 8 else line


def best_supported_fact(facts: list[str], question: str) -> str | None:
    """The first-person fact that shares the most content words with the question (None: no fact does).

    What the twin says instead of an answer the check refused: the fact itself, in the person's own words.
    """
    from graph.grading import content_words

    wanted = content_words(question)
    kind = asked_kind(question)
    best, best_overlap = None, 0
    for fact in facts:
        line = fact_text(fact)
        overlap = len(wanted & content_words(line))
        if kind and not kind[0].search(line):
            continue
        said = own_words(line)
        if overlap > best_overlap and re.match(r"^(?:I|I'm|I've|My)\b", said):
            best, best_overlap = " ".join(SENTENCE_BREAK.split(said)[:2]), overlap
    return best


# A question that puts words in the person's mouth ("So you're a pet vet in Christchurch?", "..., haven't you?")
# wants a yes or a no, not a quoted fact.
_ASSERTS = re.compile(
    r"^\W*(?:so\s+)?you(?:'re|'ve| are| have| were)\b|,\s*(?:right|isn't it|aren't you|haven't you|didn't you|don't you|wasn't it)\W*$",
    re.IGNORECASE,
)
# Words that do not say what a question is about, however long.
_LINKING_WORDS = frozenset(
    ["without", "within", "about", "into", "over", "after", "before", "during", "through"]
)
# The verb a CV bullet starts with, past or present: "Led the switch ...", "Run a team of four ...".
_BULLET_VERB = re.compile(
    r"^(?:[A-Z][a-z]+ed|Led|Ran|Built|Began|Wrote|Taught|Won|Made|Gave|Took|Kept|Grew|Drove|Set|Brought|Sold|"
    r"Spent|Met|Held|Found|Bought|Chose|Drew|Flew|Rode|Spoke|Stood|Told|Thought|Sent|Paid|Lent|Cut|Put|Shot|"
    r"Lead|Run|Manage|Teach|Train|Coordinate|Supervise|Oversee|Advise|Chair)\b"
)


_TITLE = re.compile(r"^[^:]{2,90}:\s+")  # a line's own title: "Registration and membership: ..."
FIRST_PERSON = re.compile(r"\b(?:I|[Mm]y|[Ww]e|[Oo]ur)\b")  # a line already in the person's voice
WRITTEN = re.compile(r"\s*\(written \d{4}-\d{2}-\d{2}\)")  # the date a chat message was written
_COUNT = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)"
# Questions whose answer names a member of what they ask about, which the reader does not link to it: the line
# that holds the member answers ("got any pets?" against "my dog biacca is nine and ..."; personas 5, 11, 12,
# 14, 15 and 16 declined it with the line in front of them). The pattern for the line may take the question's
# own words ("Are you a barrister?" against "I'm a solicitor in Galway, not a barrister.").
_KIND_ANSWERS: list[tuple[re.Pattern[str], Callable[[re.Match[str]], re.Pattern[str]]]] = [
    *((kind.asks, lambda _, line=kind.line: line) for kind in KINDS if kind.said),
    (FIRST_JOB, lambda _: _earliest_job()),
    (
        re.compile(
            r"\b(?:professional (?:association|body|bodies|organi[sz]ation)|member of any)", re.IGNORECASE
        ),
        lambda _: re.compile(r"\bmember(?:ship)?s?\b", re.IGNORECASE),
    ),
    (
        re.compile(
            r"\bhow (?:big|large) is your team\b|\bhow many (?:people )?(?:are )?(?:in|on) your team\b|"
            r"\bhow many of (?:you|u)\b|\bhow many (?:people|staff|employees) (?:do you )?(?:work|employ|have)\b",
            re.IGNORECASE,
        ),
        lambda _: re.compile(
            rf"\b(?:team|shop|crew|staff|studio|practice|firm|department) of {_COUNT}\b|"
            rf"\b{_COUNT} (?:people|staff|employees)\b",
            re.IGNORECASE,
        ),
    ),
    (  # "Are you a civil engineer?" against "I'm a planner, not an engineer"
        re.compile(r"^\W*(?:are|were) you (?:a|an) (?:([\w-]+) )?([\w-]+)\W*$", re.IGNORECASE),
        lambda asked: re.compile(
            rf"\bnot (?:a|an) (?:{re.escape(asked[1] or '')} )?{re.escape(asked[2])}\b", re.IGNORECASE
        ),
    ),
]


def _earliest_job() -> re.Pattern[str]:
    """The line of the earliest job listed, as ingest/timeline.py writes it (imported here, when asked: importing
    it at graph import loads every loader)."""
    from ingest.timeline import EARLIEST_JOB

    return re.compile(rf"^{EARLIEST_JOB}")


def _kind_answer(facts: list[str], question: str) -> str | None:
    """The line a kind question (`_KIND_ANSWERS`) is answered by, said from the sentence that holds the member."""
    for asks, holds in _KIND_ANSWERS:
        if not (asked := asks.search(question)):
            continue
        member = holds(asked)
        lines = [fact_text(f) for f in facts if member.search(fact_text(f))]
        if not lines:
            continue
        # Past a line's title where it holds the member there too: "Registration and membership: Registered
        # midwife ..." is not the membership.
        untitled = [_TITLE.sub("", line) for line in lines]
        line = next(
            (line for line, rest in zip(lines, untitled, strict=True) if member.search(rest)), lines[0]
        )
        return said_from(line, member)
    return None


def said_from(line: str, member: re.Pattern[str]) -> str:
    """A fact line as the person says it, from the sentence `member` finds: a CV bullet under its job ("As Head
    Agronomist at Zhetysu Grain Cooperative, I run a team of four ..."), a line in the first person as written,
    any other after "What I've written about that:"; the date a chat message was written left out."""
    if role := re.match(r"^[^:—]{2,90} — [^:]{2,90}:\s", line):  # a CV bullet under its job
        found = member.search(line, role.end()) or member.search(line)
        return _said_by_the_person(line, stems(found[0]) if found else set(), member)
    rest, titles = line, 0
    # Past the line's titles to where the member is ("Side A, track 1: The speaker stack: I grew up ..."), but not
    # past a name ("Memberships: Associazione Restauratori Dipinti Emilia-Romagna: member since 2010").
    while (title := _TITLE.match(rest)) and member.search(rest, title.end()):
        if titles and sum(word[:1].isupper() for word in title[0].split()) > 1:
            break
        rest, titles = rest[title.end() :], titles + 1
    sentences = SENTENCE_BREAK.split(rest)
    first = next((i for i, sentence in enumerate(sentences) if member.search(sentence)), 0)
    said = WRITTEN.sub("", " ".join(sentences[first : first + 2])).strip()
    said = said[:1].upper() + said[1:]
    return said if FIRST_PERSON.search(said) else f"What I've written about that: {said}"


# An offer the person turned down ("... offered me head of audio and I said no"), and a question that takes it as
# accepted ("Did you take the job in Johannesburg?", "When you moved to Singapore for Halvorsen Pharma, who took
# over your department?"): the reader went along with the question on personas 7-16, nine times of nine.
_TURNED_DOWN = re.compile(
    r"\bI (?:said no|turned (?:(?:it|them|the \w+) )?down|declined|didn't take|did not take|won't take|"
    r"am not taking|'m not taking|am staying|'m staying|stay (?:with|here|in|at))\b",
    re.IGNORECASE,
)
_TAKES_IT = re.compile(
    r"\b(?:job|offer|post|position|role|move|moving|moved|took|take|taking|accept\w*|start)\b", re.IGNORECASE
)


def turned_down(facts: list[str], question: str, answer: str) -> str | None:
    """The fact that the person turned down what a question takes as accepted, when the answer went along with
    it: a line that says so and names what the question names (the place or the employer); None otherwise."""
    if not _TAKES_IT.search(question) or _TURNED_DOWN.search(answer) or is_decline(answer):
        return None
    names = [folded(w) for w in re.findall(r"(?<!^)\b[A-Z][\w'’-]+", question.strip())]
    for fact in facts:
        line = fact_text(fact)
        if _TURNED_DOWN.search(line) and any(name in folded(line) for name in names):
            return said_from(line, _TURNED_DOWN)
    return None


_PRIVATE_ASKED = re.compile(
    r"\b(?:phone|mobile|telephone|cell) number\b|\b(?:home|postal|street) address\b|\bwhere (?:do )?(?:you|u) live\b",
    re.IGNORECASE,
)


def fact_for_decline(facts: list[str], question: str, *, yes_no: bool = False) -> str | None:
    """The fact line that plainly answers a question the reader declined, in the person's voice; None when no
    line stands out.

    The reader declines some questions whose answer is in its facts (on personas 1-10, 45 of the 140 wrong
    answers that had the answer in the facts). A line that shares two or more content words with the question,
    more than any other line, and holds what the question asks for (a number for "how many"), is the fact
    the visitor wanted: it is said, not declined. Shared words that are only the question's own names
    ("your salary at Halden Biosystems" against the Halden job line) do not count.

    `yes_no`: the reader answered a yes/no question by only repeating it ("Yes, I keep bees."), so a fact
    that says more may answer it too ("Did you take the job in Astana?": "... I said no, I stay with the farms.").
    """
    from graph.grading import content_words

    asked = question.strip()
    # Only a question is answered by a fact: not a request ("Do what it says.", "Text me your cell."), not a
    # yes/no question ("Do you sell seed wheat?" is not answered by a line about selling wheat) unless it asks
    # for any ("Do you maintain any open-source software?") or the reader's own yes said nothing.
    # A question typed without its question mark ("how many beginners do u take on each spring") is one too.
    typed = (
        re.match(r"\W*(?:how|what|which|where|when|who|why)\b", asked, re.IGNORECASE)
        and not asked.endswith(".")
        and len(asked.split()) >= 6  # "how old is she" says too little to find its line by its words
    )
    if not (asked.endswith("?") or typed) or unsaid_pay(asked, "\n".join(facts)):
        return None
    if _PRIVATE_ASKED.search(asked) or _ASKS_SECRET.search(asked):
        return None  # a phone number, a home address or a password is never some other line's to give
    if said := _kind_answer(facts, asked):
        return said
    if not yes_no and (
        _ASSERTS.search(asked) or (_YES_NO.match(asked) and not re.search(r"\bany\b", asked, re.IGNORECASE))
    ):
        return None
    names = {w.lower() for w in re.findall(r"(?<!^)(?<![.?!] )\b[A-Z][\w'’-]*", question.strip())}
    wanted = {_stem(w) for w in content_words(question) if w not in _LINKING_WORDS}
    kind = asked_kind(question)
    scored = []
    for fact in facts:
        line = fact_text(fact)
        shared = wanted & stems(line)
        # The date a chat message was written is no number asked for.
        if kind and not kind[0].search(WRITTEN.sub("", line)):
            shared = set()
        scored.append((len(shared), shared, line))
    scored.sort(key=lambda item: -item[0])
    if not scored or scored[0][0] < 2 or (len(scored) > 1 and scored[1][0] == scored[0][0]):
        return None
    _, shared, line = scored[0]
    if shared <= {_stem(name) for name in names}:
        return None
    return _said_by_the_person(line, wanted, kind[0] if kind else None)


def answers_who_with_itself(answer: str, question: str) -> bool:
    """ "Who supervised it?" "I supervised it.": a question about someone else, answered with the person doing it
    (persona 23); the reader has not found who, which is as good as a decline."""
    asked = re.search(
        r"(?:^|[.?!]\s+)\W*who (?P<verb>[a-z]+ed|taught|led|ran|gave|got|told)\b", question, re.IGNORECASE
    )
    return asked is not None and re.match(rf"\W*I {asked['verb']}\b", answer, re.IGNORECASE) is not None


def says_nothing_new(answer: str, question: str) -> bool:
    """A yes or a no that only repeats the question ("Do you keep bees?" "Yes, I keep bees."): the reader agrees
    with whatever it is asked, so such an answer is no evidence either way."""
    if not re.match(r"\W*(?:yes|no)\b", answer, re.IGNORECASE):
        return False
    if not (_YES_NO.match(question) or _ASSERTS.search(question)):
        return False
    return not stems(answer) - stems(question) - {"yes", "ye", "no"}


# The past of verbs a question asks in the present ("Did you grow up in Waimate?" "Yes, I grew up in Waimate.").
_PAST = {
    "grew": "grow",
    "taught": "teach",
    "went": "go",
    "studied": "study",
    "flew": "fly",
    "wrote": "write",
    "ran": "run",
    "won": "win",
    "began": "begin",
    "spoke": "speak",
    "learnt": "learn",
    "lived": "live",
    "worked": "work",
}


def _stem(word: str) -> str:
    """Crude, on purpose: "supervised" and "supervisor", "commissions" and "commissioned", "grew" and "grow" are
    one word here."""
    word = _PAST.get(word, word)
    return word[:6] if len(word) >= 7 else word.removesuffix("s")


def stems(text: str) -> set[str]:
    from graph.grading import content_words

    return {_stem(word) for word in content_words(text)}


def _said_by_the_person(line: str, wanted: set[str], holds: re.Pattern[str] | None) -> str:
    """A fact line as the person would say it, up to three of its sentences around the one that best matches
    the question; a CV bullet ("Head Agronomist — Zhetysu Grain Cooperative: Moved 9,000 hectares to
    no-till") as "As Head Agronomist at Zhetysu Grain Cooperative, I moved 9,000 hectares to no-till"."""
    prefix, rest = "", line
    if match := re.match(r"^([^:]{2,90}):\s+(.+)$", line):
        prefix, rest = match.group(1), match.group(2)
    sentences = SENTENCE_BREAK.split(rest)
    best = max(
        range(len(sentences)),
        key=lambda i: (len(wanted & stems(sentences[i])) + bool(holds and holds.search(sentences[i])), -i),
    )
    first = max(0, min(best - 1, len(sentences) - 3))
    said = WRITTEN.sub("", " ".join(sentences[first : first + 3])).strip()
    role = re.match(r"^(.+?) — (.+)$", prefix)
    if role and first == 0 and _BULLET_VERB.match(said):
        return f"As {role.group(1)} at {role.group(2)}, I {said[0].lower()}{said[1:]}"
    if FIRST_PERSON.search(said):  # already the person's voice
        return said
    return f"What I've written about that: {prefix + ': ' if prefix and first == 0 else ''}{said}"
