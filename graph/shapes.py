"""Questions one line of a known shape answers, where the reader, with that line in front of it, answers with
the question's own words ("Why is your cat called Hefe?" "Hefe."), with a neighbouring number ("how old is ur
cat?" "I've been working at Aurelia since 2026."), with the first of several lines, or with the dates where a
length was asked:

- why a name was chosen: the sentence that says what the name means or is after ("Hefe, German for yeast,
  because she ... doubled in size in a month");
- how old a pet is: "my cat hefe is 9 years old";
- how long a job lasted: its dates, counted ("almost three years");
- a job placed in the wrong town ("What was it like working at Biobäckerei Mühlgraben in Bayreuth?"): the town
  the job's own line names;
- the languages the person speaks: all of them, where the reader names the first;
- where they worked before an employer: the timeline's "Before X, ..." line for the X the question names;
- when they joined an employer or took a role: the timeline's "I joined X in ..." line, or the date after the
  role's words;
- which part of town the workplace is in: "Harmattan Room Studios, Osu, Accra";
- who taught them: the sentences from the mentor's name to "taught me" (or "worked under", "my first boss").

Offline, on the answers `twin eval` recorded for personas 1-19, these shapes turn 35 wrong answers right and
none right wrong; the shapes came from the wrong answers of personas 13-19, whose question files share
these kinds. The reader's answer stands where it already says what the line says; the graph pins the line's
chunk in front of the reader (`graph.nodes.pinned_line`).
"""

from __future__ import annotations

import re
from datetime import date

from graph.answer import (
    FIRST_PERSON,
    NUMBER_WORDS,
    SENTENCE_BREAK,
    TENS,
    WRITTEN,
    fact_text,
    folded,
    own_words,
    said_from,
    stems,
)
from graph.kinds import ANIMALS, FIRST_JOB, FOR_A_LIVING, INSTRUMENT, PET, SPORT, asks_current_work
from ingest.clean import ORGANISATION, date_ranges

_NUMBERS = [*NUMBER_WORDS, TENS[0]]  # zero to twenty
_AGE = rf"(?:\d{{1,2}}|{'|'.join(_NUMBERS[1:])})"
_TITLES = re.compile(r"^(?:[^:.!]{2,90}?:\s+)+")  # a line's own titles: "Viên Thuốc Nhỏ: Small Pills: "

# "Why is your cat called Hefe?", "Why did you call the site Small Pills?", "What does Koodave mean?"
_WHY_NAMED = re.compile(
    r"^\W*(?:why (?:is|was|'s) (?:your|the|this|that|her|his|its) (?:[\w-]+ ){0,3}?(?:called|named) "
    r"|why did you (?:call|name) |what does (?:the name )?)(?P<name>.+?)(?: mean)?\W*$",
    re.IGNORECASE,
)
# What says why a name was chosen: "named after the tool", "means a sheet of paper", "German for yeast".
_REASON = re.compile(
    r"\b(?i:named (?:after|for)|means|meaning|stands for|because|so the name|the name|"
    r"called \S+ after)\b|\b[A-Z][a-z]+ for\b"
)
_WHY_THE_NAME = re.compile(r"^why (?:the|this|that|my|our) name\b", re.IGNORECASE)
_PRONOUN = re.compile(r"^(?:She|He|It)(?:'s| is)\b")
_ABOUT_IT = re.compile(r"^(?:She|He|It|They|The|This|That)\b")

_HOW_OLD = re.compile(r"^\W*how old (?:is|'s) (?:your |ur |my )?(?P<what>[\w-]+)\W*$", re.IGNORECASE)

_HOW_LONG = re.compile(
    r"^\W*how long (?:did you (?:work|teach|spend|stay|serve|practi[sc]e|last)|were you|have you (?:been|worked))"
    r"(?: (?:there|working|teaching))? (?:at|in|with|for|on) (?P<where>.+?)\W*$",
    re.IGNORECASE,
)
_DURATION = re.compile(
    rf"\b(?:{_AGE}|a|an|half a|a couple of|several)(?: and a half)? (?:years?|months?|seasons?|decades?|weeks?)\b",
    re.IGNORECASE,
)

# "What was it like working at Biobäckerei Mühlgraben in Bayreuth?", "... translating school books at Editorial
# Tlacuilo in Tlaxcala?"
_WORKED_IN = re.compile(
    r"\b(?:work(?:ing|ed)?|being [\w ]{2,40}?|[a-z]{3,}ing [\w ]{2,40}?) (?:at|for) (?:the )?(?P<employer>[^?]+?) in "
    r"(?P<place>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)*)\W*$"
)
# Any question that puts a named place of work in a town: "What were the pupils like at Lõunaranna Basic School in
# Põlva?" (persona 22).
_AT_IN = re.compile(
    r"\bat (?:the )?(?P<employer>[A-Z][^?,]+?) in (?P<place>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)*)\W*$"
)
_NAME_WORD = re.compile(r"\b[^\W\d_][\w'’-]*")


def _workplace_in_town(question: str) -> re.Match[str] | None:
    """The employer and town a question puts together ("... at Editorial Tlacuilo in Tlaxcala?"), or None."""
    return _WORKED_IN.search(question) or _AT_IN.search(question)


def shape_line(question: str) -> re.Pattern[str] | None:
    """The pattern of the line a question of a known shape needs in front of the reader; None for any other."""
    if _WHY_THAT.search(question):
        return PET
    if asked := _WHY_NAMED.match(question):
        return re.compile(re.escape(_name(asked["name"])), re.IGNORECASE)
    if asked := _HOW_OLD.match(question):
        return _age_line(asked["what"])
    if asked := _PART_OF.match(question):
        return _district_line(
            asked["city"] or asked["city2"], asked["what"] or asked["what2"] or asked["what3"]
        )
    if _MENTOR_ASKED.search(question):
        return _MENTOR
    if _THESIS_ASKED.match(question):
        return re.compile(r"\b(?:thesis|dissertation)\b(?:\s*:| on | about )", re.IGNORECASE)
    if _certificates_asked(question):
        return re.compile(r"^- Certification: ", re.MULTILINE)
    if _UNI_ASIDE.search(question):
        return re.compile(rf"^- [^\n]*?{_ACTIVITIES.pattern}", re.MULTILINE)
    if _WHERE_IS_WORK.match(
        question
    ):  # a job held now, with its place: "Head Chef at Casa Albufera, Valencia, ..."
        return re.compile(
            r"^- [^\n,(]+ at [^\n,(]+,[^\n(]*\((?:[A-Z][a-z]{2,8}\.? )?\d{4} ?[–-] ?present\)", re.MULTILINE
        )
    if asked := _workplace_in_town(question):
        # The job line that says where the place is: "Music Teacher — Lõunaranna Basic School, Räpina, 08/2009 – ...".
        employer = re.escape(asked["employer"].strip())
        return re.compile(
            rf"^- [^\n]*?\b{employer}[^\n,]*, [^\n]*?\b(?:19|20)\d\d", re.IGNORECASE | re.MULTILINE
        )
    if asked := _JOINED.match(question):
        named = "|".join(sorted(re.escape(p) for p in _prefixes(asked["where"])))
        return (
            re.compile(rf"^- I joined [^\n]*?\b(?:{named})", re.IGNORECASE | re.MULTILINE) if named else None
        )
    return None


def shaped_answer(facts: list[str], question: str, answer: str) -> str | None:
    """What the person says to a question of a known shape, from the line that answers it, where the reader's
    answer does not say it; None where the question has no such shape, no fact line answers it, or the reader's
    answer already does."""
    lines = [fact_text(fact) for fact in facts]
    for shaped in (
        _named_that,
        _named_for,
        _pet_age,
        _how_long,
        _wrong_town,
        _languages,
        _worked_before,
        _since_when,
        _part_of_town,
        _where_is_work,
        _kind_member,
        _mentor,
        _first_job,
        _claimed_since,
        _uni_aside,
        _thesis,
        _training_for,
        _origin,
        _how_many,
        _work_now,
        _certificates,
        _awards,
        _opinion,
        _plans,
    ):
        said = shaped(lines, question, answer)
        if said is not None:
            return said
    return None


def rereads(question: str) -> bool:
    """Whether the reader is given the line alone to answer from: where the line says a value (an age, a date, a
    town, an employer, the languages), not a reason, a story, an opinion or a plan, which the reader retells in its
    own words ("Why is your tortoise called Warqa?" "I eat two pages of his draft register."; "What do you think
    about phones in history lessons?" "I think phones in history lessons are not the enemy.")."""
    return not (
        _WHY_NAMED.match(question)
        or _WHY_THAT.search(question)
        or _MENTOR_ASKED.search(question)
        or _CLAIMED_SINCE.match(question)
        or _ORIGIN_ASKED.search(question)
        or _OPINION_ASKED.match(question)
        or _PLANS_ASKED.search(question)
    )


def says_it(lines: list[str], question: str, answer: str) -> bool:
    """Whether an answer the reader gave from the one line that answers says what that line says: every language
    listed, or whatever the shape asks (the age, the year, the town)."""
    if _LANGUAGES_ASKED.search(question):
        listed = _languages_listed([fact_text(line) for line in lines])
        return all(folded(name) in folded(answer) for name in listed)
    return shaped_answer(lines, question, answer) is None


def _name(asked: str) -> str:
    """The name in "Why did you call your website Krume und Kruste?": past the lowercase words before it."""
    words = asked.strip(" \"'“”‘’").split()
    while len(words) > 1 and words[0][:1].islower():
        words.pop(0)
    return " ".join(words).strip(" \"'“”‘’")


# "Why did you call him that?", asked after the twin has named the animal (personas 23 and 24): the line that names
# the person's animal says why in the same sentence ("Tjalfe, a Danish-Swedish farmdog, named after ...").
_WHY_THAT = re.compile(
    r"\bwhy did (?:you|u) (?:call|name) (?:him|her|it|them) that\b|\bwhy (?:is|was) (?:he|she|it) called that\b|"
    r"\bwhere does (?:his|her|its) name come from\b|"
    rf"\b(?:where does|where did) (?:your|ur) (?:{ANIMALS})(?:'s|’s) name come from\b",
    re.IGNORECASE,
)


def _named_that(lines: list[str], question: str, answer: str) -> str | None:
    """Why the person's animal has its name, from the sentence that names the animal and says why, where the
    answer does not say it."""
    if not _WHY_THAT.search(question):
        return None
    for line in lines:
        for sentence in SENTENCE_BREAK.split(own_words(line)):
            if PET.search(sentence) and (reason := _REASON.search(sentence)):
                why = stems(sentence[reason.end() :]) - stems(sentence[: reason.start()]) - stems(question)
                if why & stems(answer):
                    return None
                said = sentence.strip()
                return said[:1].upper() + said[1:]
    return None


def _named_for(lines: list[str], question: str, answer: str) -> str | None:
    if not (asked := _WHY_NAMED.match(question)):
        return None
    name = _name(asked["name"])
    found = sorted(filter(None, (_reason(line, name) for line in lines)), key=lambda found: found[0])
    if not found:
        return None
    said = found[0][1]
    # The reason is in its first sentence ("Dos orillas means "two banks", ..."): an answer that shares only a later
    # one's word ("interpreting" for "An interpreter stands in the water ...") does not say it.
    if stems(answer) & (stems(SENTENCE_BREAK.split(said)[0]) - stems(question)):
        return None
    return said


def _reason(line: str, name: str) -> tuple[int, str] | None:
    """The sentence of a line that says why `name` was chosen, and how surely: the first two under a "Why the
    name" title (0), one that holds the name and a reason (1), or one that says a reason within two sentences
    after the name, starting "She's" or "The site" (2)."""
    titles = _TITLES.match(line)
    title, rest = (titles[0], line[titles.end() :]) if titles else ("", line)
    sentences = SENTENCE_BREAK.split(rest)
    key = folded(name)
    if _WHY_THE_NAME.match(title) or re.match(rf"^why\W+{re.escape(key)}\b", folded(title)):
        said = " ".join(sentences[:2])
        return 0, said[:1].upper() + said[1:]
    since = 0 if key in folded(title) else None  # sentences since the name was last said
    for sentence in sentences:
        holds = key in folded(sentence)
        if _REASON.search(sentence):
            if holds:
                return 1, sentence
            if since is not None and since < 2 and _ABOUT_IT.match(sentence):
                if pronoun := _PRONOUN.match(sentence):  # "She's named after the tool"
                    return 2, f"{name} is{sentence[pronoun.end() :]}"
                return 2, sentence
        since = 0 if holds else None if since is None else since + 1
    return None


def _age_line(what: str) -> re.Pattern[str]:
    """ "my cat hefe is 9 years old", "tussock my huntaway is 12": a pet named or asked by kind ("your dog" is
    the heeler or the huntaway), then its age."""
    pet = rf"(?:{ANIMALS})" if re.fullmatch(ANIMALS, what, re.IGNORECASE) else re.escape(what)
    return re.compile(
        rf"\b(?:my|our) (?:[\w-]+ ){{0,2}}?(?P<pet>{pet})(?: (?P<name>[\w-]+))?,? is (?P<age>{_AGE})(?: years?(?: old)?)?\b",
        re.IGNORECASE,
    )


def _pet_age(lines: list[str], question: str, answer: str) -> str | None:
    if not (asked := _HOW_OLD.match(question)):
        return None
    pattern = _age_line(asked["what"])
    found = next(filter(None, (pattern.search(line) for line in lines)), None)
    if found is None or re.search(rf"\b(?:{'|'.join(_spellings(found['age']))})\b", answer, re.IGNORECASE):
        return None
    said = found[0]
    name = (
        "name" if found["name"] else "pet" if not re.fullmatch(ANIMALS, found["pet"], re.IGNORECASE) else None
    )
    if name and (written := re.search(rf"\b{re.escape(found[name].capitalize())}\b", " ".join(lines))):
        # "my cat hefe" as the chat typed it, "Hefe" as the statement writes her name
        said = (
            said[: found.start(name) - found.start()] + written[0] + said[found.end(name) - found.start() :]
        )
    return f"{said[0].upper()}{said[1:]}."


def _spellings(number: str) -> list[str]:
    """ "7" -> ["7", "seven"]; "nine" -> ["nine", "9"]."""
    if number.isdigit():
        return [number, *([_NUMBERS[int(number)]] if int(number) < len(_NUMBERS) else [])]
    return [number, str(_NUMBERS.index(number.lower()))]


def _how_long(lines: list[str], question: str, answer: str) -> str | None:
    if not (asked := _HOW_LONG.match(question)) or _DURATION.search(answer):
        return None
    if not (jobs := _dated_jobs(lines, asked["where"])):
        return None
    start = min(start for start, _ in jobs)
    end = None if any(end is None for _, end in jobs) else max(end for _, end in jobs if end)
    months = _months(start, end)
    if months is None:
        return None
    until = f"to {_spoken(end)}" if end else "until now"
    roles = [where for _, where in sorted(jobs.items(), key=lambda job: job[0][0])]
    if end:
        said = f"I was {', then '.join(roles)}"
    elif len(roles) == 1:
        said = f"I'm {roles[0]}"  # still held
    else:
        said = f"I was {', then '.join(roles[:-1])}, and now I'm {roles[-1]}"
    return f"{_length(months)}, from {_spoken(start)} {until}: {said}."


def _dated_jobs(lines: list[str], where: str) -> dict[tuple[str, str | None], str]:
    """The dated job lines that hold the place or employer `where` names: (start, end) -> the line up to its
    dates ("Journeyman Baker (night shift) at Backstube Ziegelhütte")."""
    # Each word by its first six letters: "Kuusikonmäki" finds "Kuusikonmäen lukio".
    wanted = [re.compile(rf"\b{re.escape(_short(word[:6]))}") for word in _place_words(where)]
    jobs: dict[tuple[str, str | None], str] = {}
    for line in lines:
        key = folded(line)
        if not wanted or not all(word.search(key) for word in wanted) or re.match(r"(?:I|My)\b", line):
            continue
        header = [r for r in date_ranges(line) if r.start_index < 200]
        if header and _months(header[0].start, header[0].end) is not None:
            said = _TITLES.sub("", line[: header[0].start_index]).replace(" — ", " at ").rstrip(" (,")
            jobs.setdefault((header[0].start, header[0].end), said)
    return jobs


def _place_words(where: str) -> list[str]:
    """The words a job's line must hold: the names ("Lone Pine Butte"), else the content words ("the district
    hospital")."""
    names = [w for w in _NAME_WORD.findall(where) if w[:1].isupper()]
    words = names or [
        w for w in _NAME_WORD.findall(where) if len(w) > 3 and w.lower() not in {"your", "there"}
    ]
    return [folded(w) for w in words]


def _months(start: str, end: str | None) -> int | None:
    def month(point: str) -> int:
        year, _, number = point.partition("-")
        return int(year) * 12 + (int(number) - 1 if number else 0)

    today = date.today()
    last = month(end) if end else today.year * 12 + today.month - 1
    return last - month(start) if last >= month(start) else None


def _spoken(point: str | None) -> str:
    from ingest.timeline import spoken

    return spoken(point) if point else "now"


def _length(months: int) -> str:
    """26 months -> "About two years"; 33 -> "Almost three years"; 41 -> "Three and a half years"."""
    years, rest = divmod(months, 12)
    if years == 0:
        return f"{_word(max(months, 1)).capitalize()} month{'s' if months != 1 else ''}"
    if rest <= 2:
        return f"About {_word(years)} year{'s' if years > 1 else ''}"
    if rest >= 9:
        return f"Almost {_word(years + 1)} years"
    return f"{_word(years).capitalize()} and a half years"


def _word(number: int) -> str:
    return _NUMBERS[number] if number < len(_NUMBERS) else str(number)


def _wrong_town(lines: list[str], question: str, answer: str) -> str | None:
    if not (asked := _workplace_in_town(question)):
        return None
    employer, place = asked["employer"], asked["place"]
    words = [w for w in _NAME_WORD.findall(employer) if w[:1].isupper()]
    holding = [line for line in lines if words and all(folded(w) in folded(line) for w in words)]
    if not holding or any(folded(place) in folded(line) for line in holding):
        return None
    towns: list[str] = []
    for line in holding:
        if not date_ranges(line):
            continue
        ends = [m.end() for w in words if (m := re.search(re.escape(w), line, re.IGNORECASE))]
        town = (
            re.match(r"[^,()—–]*?(?:,|\s[—–])\s*([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)*)", line[max(ends) :])
            if ends
            else None
        )
        if town and town[1] not in towns:
            towns.append(town[1])
    if not towns or any(folded(town) in folded(answer) for town in towns):
        return None
    where = towns[0] + (f" ({', '.join(towns[1:])})" if len(towns) > 1 else "")
    return f"I worked at {employer} in {where}, not in {place}."


_LANGUAGES_ASKED = re.compile(
    r"\b(?:what|which|how many) (?:other )?languages (?:do|can) you speak\b|\bwhat languages\b|"
    r"\bdo you speak any (?:other |foreign )?languages\b",
    re.IGNORECASE,
)
# "Speaks Swedish (Professional working proficiency).", "Telugu : Speak", "German (professional working, B2)"
_LANGUAGE = re.compile(
    r"^Speaks ([A-Z][\w ]+?) \(([^)]*)\)\.?$|^([A-Z][a-z]+) : (?:Read|Write|Speak)\b.*?(?:\(([^)]*)\))?$|"
    r"\b([A-Z][a-z]+(?: [A-Z][a-z]+)?) \(((?:native|mother tongue|fluent|basic|elementary|intermediate|"
    r"conversational|[^)]*proficien)[^)]*)\)|"
    # A saved LinkedIn page's "Korean · Elementary proficiency".
    r"^([A-Z][a-z]+(?: [A-Z][a-z]+)?) · ((?:native|fluent|basic|elementary|limited|[^·]*proficien)[^·]*?)\.?$"
)


_FLUENCY = (
    "native",
    "mother",
    "fluent",
    "full",
    "professional",
    "limited",
    "intermediate",
    "basic",
    "elementary",
)


def _languages_listed(lines: list[str]) -> dict[str, str]:
    """Each language the lines list, with its level ("elementary")."""
    spoken: dict[str, str] = {}
    for line in lines:
        for found in _LANGUAGE.finditer(line):
            name = found[1] or found[3] or found[5] or found[7]
            level = found[2] or found[4] or found[6] or found[8] or ""
            spoken.setdefault(name, level.lower().removesuffix(" proficiency"))
    return spoken


def _languages(lines: list[str], question: str, answer: str) -> str | None:
    """Every language the facts list, with its level: the reader names the first and stops."""
    if not _LANGUAGES_ASKED.search(question):
        return None
    spoken = _languages_listed(lines)
    if len(spoken) < 2 or sum(folded(name) in folded(answer) for name in spoken) > 1:
        return None
    order = sorted(
        spoken.items(), key=lambda item: next((i for i, w in enumerate(_FLUENCY) if w in item[1]), 2)
    )
    named = [f"{name} ({level})" if level else name for name, level in order]
    return f"I speak {', '.join(named[:-1])} and {named[-1]}."


# "Where did you work before the cooperative?", "What was your job before the County?"
_BEFORE = re.compile(
    r"\b(?:work|job|do|were you|teach)\b.*?\bbefore (?:you (?:came to|joined|started at|moved to) )?(?:the )?"
    r"(?P<then>[^?]+?)\W*$",
    re.IGNORECASE,
)
_BEFORE_LINE = re.compile(r"^Before (?P<then>(?!becoming ).+?), I worked at (?P<there>.+?) as .+\.$")


def _worked_before(lines: list[str], question: str, answer: str) -> str | None:
    """The timeline's "Before X, I worked at Y as Z." whose X the question names: the reader, with two or three
    such lines in front of it, says the wrong one."""
    if not (asked := _BEFORE.search(question)):
        return None
    wanted = _prefixes(asked["then"])
    scored = []
    for line in lines:
        if found := _BEFORE_LINE.match(line):
            scored.append((len(wanted & _prefixes(found["then"])), line, found["there"]))
    scored.sort(key=lambda item: -item[0])
    if not scored or scored[0][0] == 0 or (len(scored) > 1 and scored[1][0] == scored[0][0]):
        return None
    _, line, there = scored[0]
    return None if folded(there) in folded(answer) else line


def _short(prefix: str) -> str:
    """A short word's plural dropped, so that "maths" finds "Mathematics"."""
    return prefix.removesuffix("s") if len(prefix) < 6 else prefix


def _prefixes(text: str) -> set[str]:
    """Words as their first six letters, so "studio" finds "Studios" and "Kuusikonmäki" finds "Kuusikonmäen"."""
    return {folded(word)[:6] for word in _NAME_WORD.findall(text) if len(word) > 2} - {"the", "you", "your"}


# "When did you join Cẩm Liên?", "What year did you start at the city archives?"
_JOINED = re.compile(
    r"^\W*(?:when|what year|which year) did you (?:first )?(?:join|start(?: working| teaching)? at|come to) "
    r"(?:the )?(?P<where>[^?]+?)\W*$",
    re.IGNORECASE,
)
# "When did you become a partner?", "Since when have you been head of department?"
_BECAME = re.compile(
    r"^\W*(?:(?:when|what year|which year) (?:did you become|were you (?:made|appointed|promoted to))|"
    r"since when have you been) (?P<role>[^?]+?)\W*$",
    re.IGNORECASE,
)


def _since_when(lines: list[str], question: str, answer: str) -> str | None:
    """When the person joined an employer (the timeline's "I joined X in ..." line, else "I work at X as Y,
    since ...") or took a role (the date nearest after the role's words)."""
    from ingest.timeline import WORK_NOW

    if asked := _JOINED.match(question):
        wanted = _prefixes(asked["where"])
        for shape in (
            r"^I joined (?P<where>.+?) in (?P<when>.+?), as ",
            rf"^{WORK_NOW.replace('.+', '(?P<where>.+?)', 1)}(?P<when>.+?)\.$",
        ):
            for line in lines:
                if (found := re.match(shape, line)) and wanted & _prefixes(found["where"]):
                    year = re.search(r"\b(?:19|20)\d\d\b", found["when"])
                    return None if year and year[0] in answer else line
        return None
    if not (asked := _BECAME.match(question)):
        return None
    role = asked["role"]
    words = _prefixes(role) - {"a", "an"}
    # Every word of the role, or all but one of three or more ("a certified court interpreter" against "Expert court
    # interpreter and translator since 2014").
    needed = len(words) - 1 if len(words) >= 3 else len(words)
    best: tuple[int, int, str] | None = None
    for line in lines:
        for sentence in SENTENCE_BREAK.split(line):
            key = folded(sentence)
            places = [m.end() for w in words if (m := re.search(rf"\b{re.escape(_short(w))}", key))]
            if not words or len(places) < needed:
                continue
            after = [r for r in date_ranges(sentence) if 0 <= r.start_index - max(places) < 120]
            rank = (-len(places), after[0].start_index - max(places)) if after else None
            if rank and (best is None or rank < best[:2]):
                best = (*rank, after[0].start)
    if best is None or best[2][:4] in answer:
        return None
    return f"I've been {role} since {_spoken(best[2])}."


# "Which part of Accra is the studio in?", "Whereabouts in Bologna is the studio?"
_PART_OF = re.compile(
    r"^\W*(?:(?i:(?:which|what) (?:part|area|district|neighbou?rhood|suburb|quarter) of) (?P<city>[A-Z][\w'’-]*(?: [A-Z]"
    r"[\w'’-]*)*) (?:is|are) (?P<what>[^?]+?)(?: in)?|(?i:whereabouts in) (?P<city2>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*) "
    r"(?:is|are) (?P<what2>[^?]+?)|(?i:(?:whereabouts in|(?:which|what) part of) (?:the|this|your) (?:city|town)) "
    r"(?:is|are) (?P<what3>[^?]+?))\W*$"
)
# A part of a town the question does not name ("Whereabouts in the city is your hospital?"): only one that says
# it is one ("Hai Chau district"), before the town.
_A_PART = r"\s(?:district|quarter|ward|borough|neighbou?rhood)),\s*(?P<town>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)"


def _district_line(city: str, what: str = "") -> re.Pattern[str]:
    """ "Harmattan Room Studios, Osu, Accra", "Backstube Ziegelhütte, Bamberg-Gaustadt": a part of the town, not
    an employer ("Senthamarai Cancer Institute, Chennai") or what the question asks about ("the Backstube")."""
    named = "|".join(sorted(_prefixes(what))) or "(?!)"
    employer = ORGANISATION.pattern.removesuffix(r"\.?")
    not_it = rf"(?![^,\n]*?(?i:{employer}|\b(?:{named})\w*)[^,\n]*,)"
    part = rf"(?:[,·|(]\s*){not_it}(?P<part>[A-Z][\w'’.-]*(?: [A-Za-z][\w'’.-]*){{0,3}}"
    if not city:
        return re.compile(rf"{part}?{_A_PART}")
    town = re.escape(city)
    return re.compile(rf"{part}),\s*{town}\b|\b{town}-(?P<part2>[A-Z][\w'’-]+)")


def _part_of_town(lines: list[str], question: str, answer: str) -> str | None:
    """The part of town a line puts the workplace in, a line that names it (the studio, Kuusikonmäki) first."""
    if not (asked := _PART_OF.match(question)):
        return None
    city, what = asked["city"] or asked["city2"], asked["what"] or asked["what2"] or asked["what3"]
    if re.match(r"(?:you|u)\b", what, re.IGNORECASE):
        return None  # "Whereabouts in Denmark are you based?" asks where the person is, not a workplace's part of town
    pattern, wanted = _district_line(city, what), _prefixes(what)
    found = sorted(
        (not wanted & _prefixes(line), i, m) for i, line in enumerate(lines) for m in pattern.finditer(line)
    )
    if not found:
        return None
    part = found[0][2]["part"] or found[0][2]["part2"]
    if folded(part) in folded(answer):
        return None
    city = city or found[0][2]["town"]
    subject = re.sub(r"^your\b", "my", what.strip(), flags=re.IGNORECASE)
    return f"{subject[:1].upper()}{subject[1:]} is in {part}, {city}."


# "Where's your workshop?", "Where is your studio?": the place of the job held now.
_WORKPLACE = (
    r"(?P<what>workshop|studio|shop|clinic|practice|bakery|office|firm|company|business|restaurant|lab|laboratory|"
    r"gallery|salon|surgery|hospital|school)"
)
_WHERE_IS_WORK = re.compile(
    rf"^\W*(?:where(?:'s| is) (?:your|the) {_WORKPLACE}(?: based| located)?|"
    rf"(?P<town>which|what) (?:city|town) is (?:your|the) {_WORKPLACE.replace('what>', 'what2>')} (?:in|based in))\W*$",
    re.IGNORECASE,
)


def _where_is_work(lines: list[str], question: str, answer: str) -> str | None:
    """The town, and the part of it, a job held now is set in ("Founder and Director at Tsumugi Sports Physio,
    Fukushima-ku, Osaka, Japan (Oct 2020 – present)"), where the answer names neither: the reader said only the
    city, or declined."""
    if not (asked := _WHERE_IS_WORK.match(question)):
        return None
    for line in lines:
        if not (held := _HELD.match(line)):
            continue
        rest = line[held.end("where") :].split("(")[0]
        parts = [part.strip() for part in rest.split(",") if part.strip()][:2]
        if not parts or not all(re.match(r"[A-Z]", part) for part in parts):
            continue
        # Where: the part of town too ("Fukushima-ku, Osaka"); which town: the town, of a part or of a region.
        if any(folded(part) in folded(answer) for part in (parts if asked["town"] else parts[:1])):
            return None
        return f"My {(asked['what'] or asked['what2']).lower()} is in {', '.join(parts)}."
    return None


# "Do you do any sport yourself?", "got any pets?", "Do you play an instrument?": a member of the kind, which the
# answer must name.
_MEMBER_ASKED = [
    (
        re.compile(
            r"\bsports?\b(?! (?:medicine|physio\w*|therap\w*|science|injur\w*|club|clinic))|\bkeep fit\b",
            re.IGNORECASE,
        ),
        SPORT,
    ),
    (re.compile(r"\bpets?\b(?! (?:vet|vets|food|shop|insurance|owners?|clinic)\b)", re.IGNORECASE), PET),
    (re.compile(r"\b(?:play|learn\w*) (?:an?|any) (?:musical )?instruments?\b", re.IGNORECASE), INSTRUMENT),
]


_AN_ANIMAL = re.compile(rf"\b(?:{ANIMALS})\b", re.IGNORECASE)


def _kind_member(lines: list[str], question: str, answer: str) -> str | None:
    """The line that names the person's sport, pet or instrument, where the reader's yes names none ("Yes, I
    teach sports physical therapy to third-year students.", "Yes, I play violin practice plan."): said from the
    sentence that holds it."""
    if not re.match(r"\W*(?:do|did|have|got|any|are) ", question, re.IGNORECASE):
        return None
    member = next((line for asks, line in _MEMBER_ASKED if asks.search(question)), None)
    if member is None or not re.match(r"\W*yes\b", answer, re.IGNORECASE):
        return None  # a decline is the answer check's to answer (graph/answer.py), a no stands
    # "a cat named Mango" names a pet, if not as "my cat"
    if (_AN_ANIMAL if member is PET else member).search(answer):
        return None
    # The person's own: "I keep wicket for the Strikers", not "we taught it to volleyball teams".
    for line in lines:
        for sentence in SENTENCE_BREAK.split(_TITLES.sub("", line)):
            if member.search(sentence) and re.search(r"\b(?:I|my)\b", sentence):
                return said_from(line, member)
    return None


# "Who taught you the most when you joined Senthamarai?"
_MENTOR_ASKED = re.compile(r"\bwho (?:taught|trained|mentored|showed|coached) (?:you|u)\b", re.IGNORECASE)
# "My first superintendent ... was Earl Vasquez.", "I was lucky to work under Mrs. Jeyanthi Paulraj", "an old
# master, Ferdinand Prohaska, taught me to shape Kaisersemmeln by hand".
_MENTOR = re.compile(
    r"\b(?:taught me|trained me|showed me|mentor(?:ed)?|work(?:ed)? under|learn(?:ed|t) (?:\w+ ){0,4}from|"
    r"my first (?:superintendent|boss|head chef|chef|manager|supervisor|master|teacher|foreman|head)\b)",
    re.IGNORECASE,
)
_NAMED = re.compile(r"\b[A-Z][\w'’-]+ [A-Z][\w'’-]+")  # "Earl Vasquez", "Jeyanthi Paulraj"


def _mentor(lines: list[str], question: str, answer: str) -> str | None:
    """The sentence that names who taught the person, where the answer names nobody: the one that says so and
    names them, from the one up to two before it that does ("... the head archivist was Abdeslam Regragui. He had
    been there since 1979. He taught me to read the hisba registers ...")."""
    if not _MENTOR_ASKED.search(question):
        return None
    wanted = _prefixes(question)
    found = []
    for i, line in enumerate(lines):
        sentences = SENTENCE_BREAK.split(_TITLES.sub("", line))
        for j, sentence in enumerate(sentences):
            if not _MENTOR.search(sentence):
                continue
            window = [j] if _NAMED.search(sentence) else range(max(0, j - 2), j)
            named = next((k for k in window if _NAMED.search(sentences[k])), None)
            if named is not None:
                found.append((-len(wanted & _prefixes(line)), i, " ".join(sentences[named : j + 1])))
    if not found:
        return None
    said = min(found)[2]
    # The answer already names them ("Mrs. Paulraj"): it stands.
    names = {word for name in _NAMED.findall(said) for word in _prefixes(name)} - _prefixes(question)
    return None if names & _prefixes(answer) else said


def _first_job(lines: list[str], question: str, answer: str) -> str | None:
    """The timeline's "The earliest job I list is Z at Y (dates)." where the answer does not name Y: with the job
    before the last one and the earliest side by side, the reader said the later one on personas 16-18."""
    if not FIRST_JOB.search(question):
        return None
    from ingest.timeline import EARLIEST_JOB

    for line in lines:
        if found := re.match(rf"{EARLIEST_JOB}.+? at (?P<there>.+?) \(", line):
            there = found["there"]
            return None if _prefixes(there) & _prefixes(answer) - _prefixes(question) else line
    return None


# "You joined Kuusikonmäki in 2019, didn't you?", "You've been at Bottega Verderame since 2021, haven't you?",
# "You've had your own bakery since 2014, haven't you?": a year the question puts in the person's mouth.
_CLAIMED_SINCE = re.compile(
    r"^\W*(?:so )?you(?:'ve| have)? (?P<claim>.+?) (?:since|in) (?P<year>(?:19|20)\d\d)\b.*?"
    r"(?:,\s*(?:haven't|didn't|hasn't|weren't|aren't) you|,\s*right)\W*$",
    re.IGNORECASE,
)
# The date a line says the person joined or began, after "joined X in" or "since".
_MONTH_YEAR = r"(?:[A-Z][a-z]+ )?(?:19|20)\d\d"
_OPENED = r"(?:opened|founded|started|set up|launched|established)"
_BEGAN = re.compile(
    rf"^I joined .+? in (?P<joined>[^,]+?), as |\b[Ss]ince (?P<since>{_MONTH_YEAR})\b|"
    # "In September 2019 I opened Durra Children's Dental Clinic", "I founded the studio in 2020" (persona 24)
    rf"^In (?P<opened>{_MONTH_YEAR}),? I {_OPENED}\b|^I {_OPENED} [^.]{{3,80}}? in (?P<opened2>{_MONTH_YEAR})\b"
)


# A job held since a date: "Founder and Director at Tsumugi Sports Physio, Fukushima-ku, Osaka (Oct 2020 – present)".
_HELD = re.compile(
    r"^(?P<role>[^,:(]{3,60}?) at (?P<where>[^,(]{3,80}?)[,(][^()]*?\(?(?P<start>(?:[A-Z][a-z]{2,8}\.? )?(?:19|20)\d\d)"
    r" ?[–-] ?(?:present|now|today)\)",
    re.IGNORECASE,
)


def _claimed_since(lines: list[str], question: str, answer: str) -> str | None:
    """Where a question says the person began something in a year the facts do not: the line that says when they
    joined the place ("been at X", "joined X") or began what the question names ("the senior medical social
    worker", "your own bakery"), said after a "No,". The reader agrees, or declines, either way (personas 13, 14,
    18, 19)."""
    if not (asked := _CLAIMED_SINCE.match(question)):
        return None
    claim, year = asked["claim"], asked["year"]
    at_a_place = re.match(r"(?:been at|joined|worked at|started at|been with) ", claim, re.IGNORECASE)
    wanted = _prefixes(claim) - {"been", "joined", "worked", "starte", "had", "have"}
    best: tuple[int, int, str, str] | None = None
    for i, titled in enumerate(lines):
        line = own_words(titled)
        if line != titled:
            # A paragraph under a section title: its first sentence, not a story that mentions the place later
            # ("How I got here: I got here the slow way. ... since 2020", persona 16).
            line = SENTENCE_BREAK.split(line)[0]
        began = [m for m in _BEGAN.finditer(line) if m["joined"] or m["since"] or m["opened"] or m["opened2"]]
        held = _HELD.match(line)
        if not (began and re.match(r"(?:I|Since|My|In)\b", line)) and not held:
            continue
        joined = bool(began and began[0]["joined"])
        score = len(wanted & _prefixes(line)) + (2 if joined and at_a_place else 0)
        if score and (best is None or score > best[0]):
            # "Founder and Director at Tsumugi Sports Physio, Fukushima-ku, ... (Oct 2020 – present)."
            if held:
                said = f"I've been {held['role']} at {held['where']} since {held['start']}."
                best = (score, -i, held["start"], said)
                continue
            # In a line with two, the later "since": "Since June 2016 I have worked in ..., and since April 2019 I
            # have been its senior medical social worker."
            when = began[0]["joined"] or began[-1]["since"] or began[0]["opened"] or began[0]["opened2"]
            best = (score, -i, when, " ".join(SENTENCE_BREAK.split(line)[:2]))
    if best is None or year in best[2]:
        return None
    if best[2][-4:] in answer and not re.match(r"\W*yes\b", answer, re.IGNORECASE):
        return None
    said = best[3]
    return f"No: {said[:1].lower() if said.startswith(('Since', 'In ')) else said[:1]}{said[1:]}"


# "what did u get up to at uni outside lectures?", "did u do anything at uni apart from studying?"
_UNI_ASIDE = re.compile(
    r"\b(?:at|during|in) (?:uni|university|college)\b.*?\b(?:apart from|outside|besides|other than|except)\b|"
    r"\b(?:apart from|outside|besides|other than) (?:studying|your studies|lectures|classes)\b",
    re.IGNORECASE,
)
# A degree's activities, as LinkedIn's education export writes them.
_PAST_VERBS = frozenset(["Ran", "Sang", "Led", "Wrote", "Won", "Built", "Began", "Made", "Took"])
_ACTIVITIES = re.compile(r"\bActivities(?: and societies)?:\s*(?P<what>[^\[]+?)\s*(?:\[|$)")


def _uni_aside(lines: list[str], question: str, answer: str) -> str | None:
    """What the person did at university besides studying: a degree line's "Activities: ..." (the one whose school
    the question names, "college", else the first), where the answer does not say it."""
    if not _UNI_ASIDE.search(question):
        return None
    found = [
        (-len(_prefixes(question) & _prefixes(line)), i, m["what"])
        for i, line in enumerate(lines)
        if (m := _ACTIVITIES.search(line))
    ]
    if not found:
        return None
    what = min(found)[2].rstrip(". ")
    if _prefixes(what) & _prefixes(answer) - _prefixes(question) - {"studen"}:
        return None
    first = what.split()[0]
    if first.endswith("ed") or first in _PAST_VERBS:
        return f"Outside my studies, I {what[:1].lower()}{what[1:]}."
    return f"Outside my studies: {what}."


_TRAINING_ASKED = re.compile(r"\btraining for (?:anything|something|an event|a race)\b", re.IGNORECASE)
_ENTERED = re.compile(
    r"\bI(?:'ve| have)? (?:entered|signed up for|registered for) (?:the )?"
    r"(?P<what>[A-Z][\w'’-]*(?: (?:(?:dei|di|de|del|la|le|du|des|da|do|van|von|of|the) )?[A-Z][\w'’-]*)*)"
)


def _training_for(lines: list[str], question: str, answer: str) -> str | None:
    """ "Are you training for anything?": the sentence that says which event the person entered ("I've entered the
    Granfondo dei Calanchi in May"), where the answer names only the kind ("a granfondo")."""
    if not _TRAINING_ASKED.search(question):
        return None
    for line in lines:
        if found := _ENTERED.search(line):
            if _prefixes(found["what"]) <= _prefixes(answer):
                return None
            sentence = next(s for s in SENTENCE_BREAK.split(line[found.start() :]) if s)
            return f"Yes: {WRITTEN.sub('', sentence).strip()}"
    return None


# "Who got you into cooking?", "What got you into firefighting in the first place?", "Why did you become a
# restorer?", "How did you first get interested in archives?"
_ORIGIN_ASKED = re.compile(
    r"\b(?:who|what) (?:first )?(?:got|get) (?:you|u) (?:into|interested|started)\b|\bwhy did you (?:become|choose|go into)\b|"
    r"\bhow did you (?:first )?(?:get|become|end up) (?:into|interested)\b|\bwhat (?:made|inspired) you\b",
    re.IGNORECASE,
)
# Who such a story is about: family, or a teacher.
_WHO = re.compile(
    r"\b(?:grand(?:father|mother|pa|ma)|father|mother|dad|mum|mom|uncle|aunt|brother|sister|cousin|teacher|"
    r"[Oo]ma|[Oo]pa|called [A-Z])",
)


def _origin(lines: list[str], question: str, answer: str) -> str | None:
    """How the person came to their work, where the reader gave one sentence of the story that tells it ("I grew
    up in Savonlinna."): that sentence and the two after it, from the one before it that names who (a father, a
    grandmother, "a restorer called Teresa Morsiani") where the question asks who. The reader stops at the
    story's first sentence (personas 4, 13, 14, 16 and 17)."""
    if (
        not _ORIGIN_ASKED.search(question)
        or len(SENTENCE_BREAK.split(answer.strip())) > 1
        or _WHO.search(answer)  # the answer says who
    ):
        return None
    told = stems(answer) - stems(question)
    if len(told) < 2:
        return None
    for line in lines:
        sentences = SENTENCE_BREAK.split(_TITLES.sub("", line))
        at = next(
            (i for i, sentence in enumerate(sentences) if len(told & stems(sentence)) >= 0.75 * len(told)),
            None,
        )
        if at is not None and question.lower().lstrip(" ¿").startswith("who"):
            at = next((i for i, sentence in enumerate(sentences[: at + 1]) if _WHO.search(sentence)), at)
        if at is None or at == len(sentences) - 1:
            continue
        said = WRITTEN.sub("", " ".join(sentences[at : at + 3])).strip()
        return said if said[:1].isupper() and re.search(r"\b(?:I|[Mm]y)\b", said) else None
    return None


# "How many teachers are in your department?", "how many hectares do your Rotkorn farmers grow now?"
# "What was your master's thesis about?", "What was the subject of your doctoral dissertation?": the topic a CV line
# gives after "Thesis:" or "thesis on" (the reader said another degree's, or a word of its own, on personas 1 and 22-24).
_THESIS_ASKED = re.compile(
    r"^\W*(?:and |so )?(?:what|which)\b[^?]*\b(?:thesis|dissertation)\b", re.IGNORECASE
)
_THESIS = re.compile(
    r"\b(?:thesis|dissertation)(?:\s*:\s*| (?:was |is )?(?:on|about|titled|entitled) )(?P<topic>.+?)(?:\.(?:\s|$)|$)",
    re.IGNORECASE,
)
_MASTERS = re.compile(
    r"\bmaster\w*|\bm\.?sc\b|\bm\.?a\b|\bmphil\b|\bmres\b|\bm\.?ed\b|\bmagist\w*", re.IGNORECASE
)
_DOCTORAL = re.compile(r"\bdoctor\w*|\bph\.?d\b|\bdphil\b|\bdclin\w*|\bed\.?d\b|\bdoktor\w*", re.IGNORECASE)


def _thesis(lines: list[str], question: str, answer: str) -> str | None:
    """The topic of the thesis the question asks about, where the answer does not say it: the one line of that
    degree (master's, doctoral) that gives its thesis, or the one line that gives a thesis at all."""
    if not _THESIS_ASKED.match(question):
        return None
    found = [(line[: m.start()], m["topic"].strip()) for line in lines if (m := _THESIS.search(line))]
    kind = next((k for k in (_MASTERS, _DOCTORAL) if k.search(question)), None)
    if kind is not None:
        found = [(degree, topic) for degree, topic in found if kind.search(degree)]
    topics = list(dict.fromkeys(topic for _, topic in found))
    if len(topics) != 1:
        return None
    topic = topics[0]
    words = {w for w in stems(topic) if len(w) > 3}
    if words and len(words & stems(answer)) * 2 >= len(words):
        return None
    which = "master's " if kind is _MASTERS else "doctoral " if kind is _DOCTORAL else ""
    topic = re.sub(r"^(The|A|An) ", lambda m: m[1].lower() + " ", topic)
    return f"My {which}thesis was on {topic}."


_HOW_MANY = re.compile(
    r"\bhow many (?P<what>[^\W\d_][\w'’-]*)|\bhow (?:big|large) (?:is|was) (?:the |your |that )?(?P<size>[^\W\d_][\w'’-]*)\W*$",
    re.IGNORECASE,
)
# Words after a number that are not what it counts: "sixteen so far", "121 of them".
# Units count what their question asks for ("46 km" for "how many kilometres").
_NOT_A_NOUN = frozenset(
    [
        *(
            "so",
            "of",
            "in",
            "at",
            "on",
            "a",
            "an",
            "the",
            "per",
            "and",
            "or",
            "to",
            "for",
            "with",
            "by",
            "from",
        ),
        *("over", "now", "this", "that", "last", "each", "every", "since", "times"),
        *("km", "m", "cm", "mm", "kg", "g", "t", "ha", "mi", "hr", "hrs", "h", "l", "ml"),
    ]
)
_COUNTED = rf"(?:(?!(?:19|20)\d\d\b)\d[\d,.]*|{'|'.join([*_NUMBERS[2:], *TENS[1:]])}|hundred)"


_FUTURE = re.compile(r"\b(?:will|going to|plan\w*|want|hope|next|by 20[2-4]\d|would)\b", re.IGNORECASE)
_PLANNED = re.compile(
    r"\bI (?:want|would like|'d like|hope|plan)\b|\bwe (?:want|hope|plan)\b|\b(?:by|before) 20[2-4]\d\b|"
    r"\bif it works\b|\bwill\b",
    re.IGNORECASE,
)


def _how_many(lines: list[str], question: str, answer: str) -> str | None:
    """The one number the facts put in front of what a "how many" question counts ("eleven teachers", "146
    patients", "a 12-bed unit"), where the answer does not say it: the sentence that holds it."""
    if not (asked := _HOW_MANY.search(question)) or (asked["what"] or asked["size"]).lower() in {
        "of",
        "people",
        "times",
        "more",
    }:
        return None
    what = re.escape(_short(folded(asked["what"] or asked["size"])[:6]))
    what = "(?:kid|child)" if what == "kid" else what  # "how many kids" counts children
    counted = re.compile(rf"\b(?P<n>{_COUNTED})(?:[ -][a-z][\w'’-]*){{0,2}}?[ -]{what}", re.IGNORECASE)
    wanted = stems(question)
    future = bool(_FUTURE.search(question))
    found: dict[str, tuple[int, str]] = {}  # number -> how much of the question its sentence shares, sentence
    plans: set[str] = set()
    for line in lines:
        for sentence in SENTENCE_BREAK.split(line):
            # A number in a plan ("a trial with 40 schools", "100 schools by 2030") does not count what is now.
            planned = not future and bool(_PLANNED.search(sentence))
            for m in counted.finditer(folded(sentence)):
                shared = len(wanted & stems(sentence)) - 2 * planned
                if shared > found.get(m["n"], (-99, ""))[0]:
                    found[m["n"]] = (shared, sentence)
                if planned:
                    plans.add(m["n"])
    ranked = sorted(found.items(), key=lambda item: -item[1][0])
    if not ranked or (len(ranked) > 1 and ranked[1][1][0] == ranked[0][1][0]):
        return None
    number, (_, sentence) = ranked[0]
    if re.search(rf"\b{re.escape(number)}\b", folded(answer)):
        return None
    # An answer with another number stands, unless that number is in the same sentence (the reader took the
    # wrong one of two: "I audited 146 patients ... and 121 of them ...").
    # A number put in front of something else ("38 member farms" for "how many plots") does not count either.
    # Yet a count of the very thing asked that no line says ("I have eight hives" from "I take on eight new
    # beekeepers and visit their hives", persona 23) is the reader's own: it does not stand.
    counts = re.compile(what)
    said_numbers = [
        said[1]
        for said in re.finditer(rf"\b({_COUNTED})\b(?:[ -]([a-z][\w'’-]*))?", folded(answer), re.IGNORECASE)
        if not said[2]
        or said[2] in _NOT_A_NOUN
        or (counts.match(said[2]) and (said[1] in found or said[1] in plans))
    ]
    if any(not re.search(rf"\b{re.escape(n)}\b", folded(sentence)) and n not in plans for n in said_numbers):
        return None
    line = next(line for line in lines if sentence in line)
    return said_from(line, re.compile(rf"\b{re.escape(number)}\b", re.IGNORECASE))


# A headline's part that names a profession ("Paintings conservator-restorer", "Hospital pharmacist", "Archivist").
_PROFESSION = re.compile(
    r"^[^,|]{3,40}?(?:ist|er|or|ian|eur|nurse|chef|cook|guide|smith|wright|midwife|surgeon|physician)\W*$",
    re.IGNORECASE,
)


def _work_now(lines: list[str], question: str, answer: str) -> str | None:
    """What the person does, or where, now: the timeline's "I work at X as Y, since ...", where the answer names
    another employer, or none where the question asks where; for "What do you do for a living?", the profession
    the headline names beside it, where the answer does not name it ("Studio Director and Partner" for a paintings
    conservator-restorer)."""
    if not asks_current_work(question):
        return None
    from ingest.timeline import WORK_NOW

    now = next((line for line in lines if re.match(WORK_NOW, line)), None)
    if now is None or not (job := re.match(r"I work at (?P<where>.+?) as (?P<role>.+?), since ", now)):
        return None
    employer = _prefixes(job["where"])
    named = re.search(r"\b(?:at|for) ((?:[A-Z][\w'’&.-]*\s?)+)", answer)
    elsewhere = bool(named and not _prefixes(named[1]) & employer)
    if not FOR_A_LIVING.search(question):
        if not re.match(r"\W*(?:where|which|who|what(?:'s| is) your)\b", question, re.IGNORECASE):
            return None  # "Isn't counselling the most important part of your job?"
        first = _prefixes(
            re.sub(r"^(?:the|la|le|el|il|der|die|das)\s+", "", job["where"], flags=re.I).split()[0]
        )
        return now if elsewhere or not first & _prefixes(answer) else None
    headline = next((line for line in lines if line.startswith("Headline: ")), "")
    # Each part up to its employer: "Clinical Nurse Educator, Paediatric ICU", "History teacher at Liceum ...".
    # "Physical Therapist (PT)": the profession without its abbreviation.
    parts = [
        re.sub(r"\s*\([^)]*\)", "", re.split(r",| at ", part)[0]).strip()
        for part in headline.removeprefix("Headline: ").split("|")
    ]
    profession = next((part for part in parts if _PROFESSION.match(part)), None)
    noun = folded(re.sub(r"\W+$", "", profession.split()[-1])) if profession else ""
    if profession and not re.search(rf"\b{re.escape(noun)}", folded(answer)):
        words = profession.split()
        if not any(word[:1].isupper() for word in words[1:]) and not words[0][1:2].isupper():
            profession = profession[:1].lower() + profession[1:]
        article = "an" if profession[:1].lower() in "aeiou" else "a"
        return f"I'm {article} {profession}: {job['role']} at {job['where']}."
    return now if elsewhere else None


# "Any certificates besides your degree?", "Which wine qualification do you hold?", "Do you hold a trade ticket?"
_CERTIFICATES_ASKED = re.compile(
    r"^\W*(?:any|which|what|do (?:you|u) (?:have|hold)|have (?:you|u) got)\b.*\b(?:certificat\w*|qualification\w*|"
    r"tickets?|licen[cs]es?)\b",
    re.IGNORECASE,
)
# A ticket to get in, not a trade's: "What are you planning to charge for a Christmas concert ticket?" (persona 22).
_ADMISSION = re.compile(
    r"\b(?:charge|price|cost|how much|concerts?|shows?|gigs?|trains?|flights?|buses|bus|theatre|match|seats?)\b",
    re.IGNORECASE,
)
_STUDIES = re.compile(r"\b(?:college|university|uni|degree|school|studies)\b", re.IGNORECASE)
_BESIDES = re.compile(r"\b(?:besides|apart from|other than|except|outside)\b", re.IGNORECASE)
# LinkedIn's certifications export, as ingest writes it.
_CERTIFICATION = re.compile(r"^Certification: (?P<name>.+?), issued by (?P<by>.+?) \((?P<when>[^)]+)\)")


def _certificates_asked(question: str) -> bool:
    """A question about certificates, not the degree ("What qualification did you get from college?")."""
    asked = _CERTIFICATES_ASKED.search(question)
    if not asked or (
        re.search(r"\btickets?\W*$", asked.group(0), re.IGNORECASE) and _ADMISSION.search(question)
    ):
        return False
    return not _STUDIES.search(question) or bool(_BESIDES.search(question))


def _certificates(lines: list[str], question: str, answer: str) -> str | None:
    """Every certificate the person lists, where the answer names none of them (the reader named a membership or
    the degree, personas 10, 13 and 14)."""
    if not _certificates_asked(question):
        return None
    held = [found for line in lines if (found := _CERTIFICATION.match(line))]
    if not held or any(_prefixes(" ".join(h["name"].split()[:3])) <= _prefixes(answer) for h in held):
        return None
    said = [f"{h['name']}, from {h['by']} ({h['when']})" for h in held]
    return f"I hold {', and '.join(said)}." if len(said) < 3 else f"I hold {'; '.join(said)}."


# "Have you won any awards?", "Have you ever won an award for your work?", "What award did you win in 2023?"
_AWARDS_ASKED = re.compile(
    r"\b(?:won|win|received|receive|get|got|had|been given)\b(?: (?:any|an|a))? (?:awards?|prizes?|honou?rs?)\b|"
    r"^\W*(?:what|which) (?:awards?|prizes?)\b|\bany (?:awards|prizes)\b",
    re.IGNORECASE,
)
_AWARD_WORDS = frozenset(
    ["award", "prize", "premio", "prix", "preis", "the", "of", "for", "year", "medal", "and"]
)


def _awards(lines: list[str], question: str, answer: str) -> str | None:
    """The awards LinkedIn lists ("Award: Premio Pennello d'Argento, Fondazione Lamberti Zucchi (Nov 2024). For
    ..."), those of the year asked where it names one, where the answer names none of them: the reader names a
    section's title ("Tunnustukset / Recognition") or an award the facts do not hold."""
    if not _AWARDS_ASKED.search(question):
        return None
    year = re.search(r"\b(?:19|20)\d\d\b", question)
    listed = [line for line in lines if line.startswith("Award: ")]
    if year:
        listed = [line for line in listed if year[0] in line]
    if not listed:
        return None
    names = [re.split(r",|\(|\. ", line.removeprefix("Award: "))[0] for line in listed]
    for name in names:
        telling = {w for w in _prefixes(name) if folded(w) not in _AWARD_WORDS}
        if telling and telling & _prefixes(answer):
            return None
    said = [SENTENCE_BREAK.split(line.removeprefix("Award: "))[0].rstrip(".") for line in listed]
    return f"I received {'; and '.join(said)}."


# "What do you think about stirring rice?", "How do you feel about students' wrong answers?", "Should farmers burn
# their stubble?", "Isn't scanning a document basically the same as preserving it?"
_OPINION_ASKED = re.compile(
    r"^\W*(?:what do (?:you|u) (?:think|believe|reckon)(?: about| of| is)?|how do (?:you|u) feel about|"
    r"what(?:'s| is) your (?:view|opinion|take) on|should|isn't|wouldn't|do (?:you|u) (?:think|believe))\b",
    re.IGNORECASE,
)
_OPINION_WORDS = frozenset(
    ["think", "believe", "reckon", "feel", "view", "opinion", "take", "should", "isn't"]
)


def _opinion(lines: list[str], question: str, answer: str) -> str | None:
    """What the person thinks about what the question names, where the answer is about something else ("What do
    you think about stirring rice?" "I think it's important to clean as you go."): the sentence that shares the
    most of the question's words, and the one after it."""
    if not (asked := _OPINION_ASKED.match(question)):
        return None
    topic = stems(question[asked.end() :]) - _OPINION_WORDS
    if not topic or topic & stems(answer):
        return None
    scored = []
    for line in lines:
        if re.match(r"(?:Headline|Certification|Before |I work at |I joined )", line):
            continue
        sentences = SENTENCE_BREAK.split(_TITLES.sub("", line))
        for i, sentence in enumerate(sentences):
            scored.append((len(topic & stems(sentence)), sentences, i))
    scored.sort(key=lambda item: -item[0])
    if not scored or scored[0][0] == 0 or (len(scored) > 1 and scored[1][0] == scored[0][0]):
        return None
    _, sentences, i = scored[0]
    said = WRITTEN.sub("", " ".join(sentences[i : i + 2])).strip()
    return (
        said if said[:1].isupper() and len(said.split()) > 5 else None
    )  # not a title ("Why I never burn stubble")


# "What are your plans for the next few years?", "Where do you see yourself in five years?", "What do you want to have
# achieved by 2030?"
_PLANS_ASKED = re.compile(
    r"\b(?:your plans?|see yourself|next (?:few|five|ten) years|in (?:five|ten) years|(?:achieved?|set up|done) by "
    r"20\d\d|your (?:big )?goals?)\b",
    re.IGNORECASE,
)
# What a line that says a plan has: a year to come, "within five years", "What comes next", "I want".
_PLAN_MARKS = [
    (re.compile(r"\b(?:by|before|until) 20[2-4]\d\b", re.IGNORECASE), 2),
    (re.compile(r"\b(?:(?:five|few|ten|next \w+) years|years from now)\b", re.IGNORECASE), 2),
    (re.compile(r"\b(?:what comes next|what's next|next:)", re.IGNORECASE), 2),
    (re.compile(r"\bI (?:want|would like|'d like|hope|plan)\b|\bgoal\b|\bplans?\b", re.IGNORECASE), 1),
]


def _plans(lines: list[str], question: str, answer: str) -> str | None:
    """The person's plans, from the line that says them most plainly (a year to come, "within five years", "What
    comes next: Two plans. The first: ..."), where the answer shares little with it: the reader, given "two plans"
    told over several sentences, answered with a word from one of them (personas 11-14, 16-18)."""
    if not _PLANS_ASKED.search(question):
        return None
    asked = stems(question)
    scored = []
    for i, line in enumerate(lines):
        marks = sum(weight for mark, weight in _PLAN_MARKS if mark.search(line))
        if marks >= 3:
            scored.append((marks + 2 * len(asked & stems(line) - _PLAN_WORDS), -i, line))
    if not scored:
        return None
    if any(len(stems(answer) - asked & stems(line)) >= 3 for _, _, line in scored):
        return None  # the answer tells one of the plans
    _, _, line = max(scored)
    sentences = SENTENCE_BREAK.split(_TITLES.sub("", line))
    said = WRITTEN.sub("", " ".join(sentences[:3])).strip()
    return said if said[:1].isupper() and FIRST_PERSON.search(said) else None


_PLAN_WORDS = frozenset(["plan", "year", "next", "want", "five", "few", "goal", "achiev", "see"])
