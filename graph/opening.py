"""The first words of a first-person answer, from the question: "Which town is Fundy Millwork in?" -> "Fundy
Millwork is in".

The reader answers after them (the chat model continues a started reply, `models.chat`), so it has only to read
the fact that ends the sentence, not to choose how to begin: a 270M reader that picks its own opening often
answers a neighbouring question ("What was the award for?" -> "I received the award in 2024."). Only question
shapes whose answer is a phrase after the question's own words get an opening; any other question (yes/no,
opinions, "what's your X", anything with a comma) gets None and the reader's own words.
"""

from __future__ import annotations

import re

_PAST = {
    "be": "was",
    "become": "became",
    "begin": "began",
    "bring": "brought",
    "build": "built",
    "buy": "bought",
    "choose": "chose",
    "come": "came",
    "do": "did",
    "draw": "drew",
    "find": "found",
    "fly": "flew",
    "get": "got",
    "give": "gave",
    "go": "went",
    "grow": "grew",
    "have": "had",
    "hold": "held",
    "keep": "kept",
    "know": "knew",
    "lead": "led",
    "leave": "left",
    "lose": "lost",
    "make": "made",
    "meet": "met",
    "pay": "paid",
    "put": "put",
    "read": "read",
    "run": "ran",
    "say": "said",
    "see": "saw",
    "sell": "sold",
    "send": "sent",
    "set": "set",
    "sing": "sang",
    "speak": "spoke",
    "spend": "spent",
    "stand": "stood",
    "swim": "swam",
    "take": "took",
    "teach": "taught",
    "tell": "told",
    "think": "thought",
    "understand": "understood",
    "wear": "wore",
    "win": "won",
    "write": "wrote",
}
_PARTICIPLE = {
    **_PAST,
    "begin": "begun",
    "choose": "chosen",
    "do": "done",
    "give": "given",
    "go": "gone",
    "grow": "grown",
    "know": "known",
    "see": "seen",
    "speak": "spoken",
    "take": "taken",
    "run": "run",
    "write": "written",
}
_BASE = {past: verb for verb, past in _PAST.items()}
_DOUBLED = frozenset(["admit", "commit", "drop", "jog", "plan", "prefer", "refer", "ship", "shop", "stop"])
# A preposition left at the end of a question ("What was the award for?") ends the opening too.
_STRANDED = frozenset(
    ["about", "at", "by", "for", "from", "in", "into", "of", "on", "to", "towards", "toward", "under", "with"]
)
# A closing phrase that sets the scene ("... at university", "... before Skerryvore") opens the answer instead.
_SCENE = re.compile(
    r"^(?P<rest>.*?)\s*\b(?P<scene>(?:before|after|at|in|as|during|from|for|outside|on)\s+"
    r"(?:[A-Z0-9]|the\b|a\b|an\b|my\b|university\b|college\b|school\b|work\b|home\b|uni\b|\w+ing\b)\S*.*)$"
)
_NOW = re.compile(
    r"(?:\s+(?:now|currently|these days|at the moment|right now|nowadays|today|at present))+$", re.I
)
_NOT_A_FACT = re.compile(r"\b(?:think|believe|feel|opinion|views?|advice|tell me|describe)\b", re.I)
_WHEN = re.compile(r"^(?:when|(?:in )?(?:what|which) years?)$")
_SETTLED = re.compile(r"^(?:live|grow|grew|base|move|born|settle)", re.I)

_DID = re.compile(
    r"^(?P<wh>when|where|what|who|which|why|(?:in )?(?:what|which) \w+(?: of \w+)?)\s+(?P<aux>did|do)\s+you\s+"
    r"(?P<verb>\w+)\b\s*(?P<rest>.*)$",
    re.I,
)
_ARE_YOU = re.compile(
    r"^(?P<wh>where|what|who|which|why|(?:what|which) \w+)\s+(?P<aux>are|were)\s+you\s+(?P<rest>.+)$", re.I
)
_IS = re.compile(
    r"^(?P<wh>where|what|who|which|(?:what|which) \w+)\s+(?P<aux>is|was|are|were)\s+(?P<rest>.+)$", re.I
)
_IS_REST = re.compile(
    r"^(?P<thing>.+?)(?P<done>\s+(?:\w+ed|given|held|made|written|built|called|named))?"
    r"(?P<prep>\s+(?:about|for|in|on|at|from|with|of|like|by))?$"
)
_AUXILIARIES = frozenset(["is", "was", "are", "were", "do", "did", "does", "has", "have"])
_WHO_DID = re.compile(r"^who\s+(?P<verb>\w+?)(?P<ending>es|s|ed|d)?\s+(?P<thing>your .+)$", re.I)
_HOW_MANY = re.compile(
    r"^how (?:many|much|long|often)(?: \w+)*? (?P<aux>does|did|do) (?P<thing>you|(?:your|the)(?: \w+){1,2}) "
    r"(?P<verb>\w+)(?P<rest> .*)?$",
    re.I,
)
# "What's your line of work": the reader, left to itself, names the employer ("I work at ..."), not the work.
_OCCUPATION = re.compile(
    r"^(?:what|which) is your (?:line of work|line of business|trade|profession|occupation|field of work)$",
    re.I,
)
_HOW_BIG = re.compile(
    r"^how (?:long|old|big|far|tall|heavy) (?P<aux>is|was|are|were) (?P<thing>(?:your|the) .+)$", re.I
)


def answer_opening(question: str) -> str | None:
    """How the person's answer to `question` starts, in the first person, or None when the question's shape
    does not say (the reader then starts the answer itself)."""
    q = " ".join(question.split()).rstrip("?").strip()
    q = re.sub(r"^(what|where|who|which)'s\b", r"\1 is", q, flags=re.I)
    q = _NOW.sub("", q)
    if "," in q or _NOT_A_FACT.search(q) or len(re.findall(r"\byou\b", q, re.I)) > 1:
        return None
    for shape in (_occupation, _did_you, _are_you, _who_did, _how_many, _is):
        opening = shape(q)
        if opening is not None:
            return opening if len(opening.split()) >= 2 else None
    return None


def _occupation(q: str) -> str | None:
    """ "What's your line of work" -> "I work as"."""
    return "I work as" if _OCCUPATION.match(q) else None


def _did_you(q: str) -> str | None:
    """ "When did you finish cookery school" -> "I finished cookery school in"."""
    m = _DID.match(q)
    if not m or m["verb"].lower() in ("you", "your", "think", "like", "enjoy", "mean"):
        return None
    wh, verb = m["wh"].lower(), m["verb"].lower()
    if verb == "do" and not re.match(r"(?:my|your|the)\b", m["rest"], re.I):
        return None  # "What do you do for a living": no words of the answer's own
    said = _past(verb) if m["aux"].lower() == "did" else verb
    rest = _mine(m["rest"])
    return _sentence(wh, f"I {said}", rest, settled=bool(_SETTLED.match(verb)))


def _are_you(q: str) -> str | None:
    """ "Which marathon are you training for" -> "I'm training for"."""
    m = _ARE_YOU.match(q)
    if not m:
        return None
    wh = m["wh"].lower()
    if wh == "when" or re.search(r"\byears?\b", wh):
        return None
    return _sentence(wh, "I'm" if m["aux"].lower() == "are" else "I was", _mine(m["rest"]), settled=True)


def _sentence(wh: str, said: str, rest: str, *, settled: bool) -> str | None:
    """Subject and verb, then what the question said after them, the scene first: "At Es Molí, I worked in"."""
    scene = ""
    if not _WHEN.match(wh):
        m = _SCENE.match(rest)
        if m:
            rest, scene = m["rest"], m["scene"]
    last = rest.split()[-1].lower() if rest.split() else ""
    if wh.startswith(("what ", "which ")) and not _WHEN.match(wh) and rest and last not in _STRANDED:
        return None  # "Which class are you taking to the archive": the thing asked sits inside the sentence
    tail = ""
    if _WHEN.match(wh) or wh.startswith("in "):
        tail = " in"
    elif wh == "where" and last not in _STRANDED:
        tail = " in" if settled else " at"
    elif wh == "why":
        tail = " because"
    body = " ".join(part for part in (said, rest) if part) + tail
    return f"{scene[:1].upper()}{scene[1:]}, {body}" if scene else body


def _is(q: str) -> str | None:
    """ "What was the Dunedin Prize given for" -> "The Dunedin Prize was given for"; "Where is your workshop" ->
    "My workshop is in". A bare "What is your job title" is left to the reader."""
    m = _IS.match(q)
    if not m or re.search(r"\b(?:you|me)\b", m["rest"], re.I):
        return None
    wh, aux = m["wh"].lower(), m["aux"].lower()
    parts = _IS_REST.match(m["rest"])
    if parts is None:
        return None
    thing, done, prep = parts["thing"], parts["done"] or "", parts["prep"] or ""
    if re.match(r"^(?:in|on|at|there)\b", thing, re.I) or re.search(r"\w+ing\s+(?:in|on|at)\b", thing):
        return None
    if wh == "where" and not prep:
        prep = " in"
    if not (done or prep) and re.match(r"(?:your|my)\b", thing, re.I):
        return None  # "What's your job title": the reader says it its own way
    return f"{_capital(_mine(thing))} {aux}{done}{prep}"


def _who_did(q: str) -> str | None:
    """ "Who supervises your PhD" -> "My PhD is supervised by"."""
    m = _WHO_DID.match(q)
    if not m or (m["verb"] + (m["ending"] or "")).lower() in _AUXILIARIES:  # "Who was your X": no verb
        return None
    verb = (m["verb"] + ("e" if m["ending"] == "d" else "")).lower()
    past = m["ending"] in ("ed", "d") or verb in _BASE
    return f"{_capital(_mine(m['thing']))} {'was' if past else 'is'} {_participle(_BASE.get(verb, verb))} by"


def _how_many(q: str) -> str | None:
    """ "How many seats does the restaurant have" -> "The restaurant has"; "How many farms do you advise" -> "I
    advise" (what follows the verb is where the number goes, so it is left out); "How old is your dog" -> "My dog
    is"."""
    m = _HOW_MANY.match(q)
    if m:
        verb, aux = m["verb"].lower(), m["aux"].lower()
        if m["thing"].lower() == "you":
            return None if verb == "do" else f"I {_past(verb) if aux == 'did' else verb}"  # "I do": no words
        if aux == "do" or m["rest"]:
            return None
        return f"{_capital(_mine(m['thing']))} {_past(verb) if aux == 'did' else _third_person(verb)}"
    m = _HOW_BIG.match(q)
    if m and not re.search(r"\b(?:you|me)\b", m["thing"], re.I):
        return f"{_capital(_mine(m['thing']))} {m['aux'].lower()}"
    return None


def _past(verb: str) -> str:
    if verb in _PAST:
        return _PAST[verb]
    if verb.endswith("e"):
        return verb + "d"
    if re.search(r"[^aeiou]y$", verb):
        return verb[:-1] + "ied"
    return verb + verb[-1] + "ed" if verb in _DOUBLED else verb + "ed"


def _participle(verb: str) -> str:
    verb = verb.lower()
    return _PARTICIPLE.get(verb) or _past(verb)


def _third_person(verb: str) -> str:
    if verb == "have":
        return "has"
    if re.search(r"(?:s|sh|ch|x|z|o)$", verb):
        return verb + "es"
    return verb[:-1] + "ies" if re.search(r"[^aeiou]y$", verb) else verb + "s"


def _mine(text: str) -> str:
    """The question's words about "you" as the person says them."""
    for yours, mine in (
        ("yourself", "myself"),
        ("yours", "mine"),
        ("your", "my"),
        ("Your", "My"),
        ("you", "me"),
    ):
        text = re.sub(rf"\b{yours}\b", mine, text)
    return text


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]
