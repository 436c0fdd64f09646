"""The About, Experience and Education facts of a synthetic person, each in several source styles.

A job is written the way each source writes it: a CV line ("Senior Nurse — St Brigid's Hospital, Cork,
Ireland, March 2019 – present"), a LinkedIn position ("Senior Nurse at ... (Mar 2019 – present). I lead
..."), a CV bullet ("Senior Nurse — St Brigid's Hospital: Lead a team of 12 nurses ...") or a sentence of a
personal statement. Every question's answer copies names, numbers and dates from the very fact it is
attached to, so the answer is right whichever of the renderings a prompt shows.
"""

from __future__ import annotations

import random

from finetune.reader.countries import COUNTRIES
from finetune.reader.facts import Question, ReaderFact, followups, pick, question, reader_fact, sources
from finetune.reader.people import Degree, Person
from finetune.reader.text import article, capitalise, date_range, gold, plain, year_range

_CURRENT_EMPLOYER = (
    "Where do you work now?",
    "Who's your current employer?",
    "Who do you work for?",
    "Where are you working at the moment?",
    "Where do you currently work?",
)
_CURRENT_ROLE = (
    "What do you do for a living?",
    "What's your current job?",
    "What is your job title?",
    "What's your current role?",
    "What do you do?",
)
_VOCATIONAL = {"Dip", "Appr", "Cert"}


def about_facts(person: Person, rng: random.Random) -> list[ReaderFact]:
    folder, job = person.source_folder, person.jobs[0]
    focus = rng.choice(person.profession.focus)
    focus_question = question(
        "focus",
        (
            "What do you focus on in your work?",
            "What's your specialty?",
            "What kind of work do you specialise in?",
        ),
        f"I focus on {focus}.",
        focus,
    )
    headline = pick(
        rng,
        f"{job.role} at {job.employer} · {focus}",
        f"{job.role} | {focus} | {person.city}",
        f"{capitalise(focus)} · {job.role}",
    )
    facts = [
        reader_fact(
            "About",
            f"Headline: {headline}",
            sources(folder, "linkedin_export.zip/Profile.csv"),
            {"focus", "job:0"},
            [focus_question],
        )
    ]
    where = f"{person.city}, {person.country.name}"
    live_asks = ("Where do you live?", "Where are you based?", "Which city do you live in?")
    # A wrong premise is answered "No," with the fact: "Do you live in Lyon?" -> "No, I live in Leeds."
    elsewhere = rng.choice(
        [c for c in person.country.cities if c != person.city]
        + [c.name for c in COUNTRIES if c is not person.country]
    )
    not_there = question(
        "location",
        (f"Do you live in {elsewhere}?", f"Are you based in {elsewhere}?"),
        f"No, I live in {person.city}.",
        person.city,
    )
    there = question(
        "location",
        (f"Do you live in {person.city}?", f"Are you based in {person.city}?"),
        f"Yes, I live in {person.city}.",
        person.city,
    )
    if person.city != person.hometown and rng.random() < 0.5:
        joined = next((j for j in reversed(person.jobs) if j.city == person.city), job)
        facts.append(
            reader_fact(
                "About",
                f"I moved to {person.city} in {person.moved_year} to join {joined.employer}.",
                sources(folder, "statement.docx"),
                {"location", "move", f"job:{person.jobs.index(joined)}"},
                [
                    question("location", live_asks, f"I live in {person.city}.", person.city),
                    not_there,
                    there,
                    question(
                        "move",
                        (
                            f"When did you move to {person.city}?",
                            f"How long have you lived in {person.city}?",
                        ),
                        f"I moved to {person.city} in {person.moved_year}.",
                        str(person.moved_year),
                    ),
                ],
            )
        )
    else:
        if rng.random() < 0.5:
            text, tag = f"Location: {where}.", "linkedin_export.zip/Profile.csv"
        else:
            text, tag = f"I live in {where}.", "statement.docx"
        facts.append(
            reader_fact(
                "About",
                text,
                sources(folder, tag),
                {"location"},
                [
                    question("location", live_asks, f"I live in {where}.", person.city),
                    not_there,
                    there,
                ],
            )
        )
    home = f"{person.hometown}, {person.home_country.name}"
    from_asks = ("Where are you from?", "Where did you grow up?", "What's your hometown?")
    if person.hometown == person.city:
        text = f"I was born and raised in {person.city}."
    else:
        text = pick(rng, f"I grew up in {home}.", f"Originally from {home}.")
    facts.append(
        reader_fact(
            "About",
            text,
            sources(folder, "statement.docx"),
            {"hometown"},
            [question("hometown", from_asks, f"I grew up in {person.hometown}.", person.hometown)],
        )
    )
    if person.city != person.hometown:
        facts[-1].questions.append(
            followups(
                "hometown",
                ("Where do you live?", "Where are you based?"),
                ("And where did you grow up?", "And where are you from originally?"),
                f"I grew up in {person.hometown}.",
                person.hometown,
            )
        )
    years, noun = f"{person.career_years} years", person.profession.noun
    text = pick(
        rng,
        f"I've been {article(noun)} for {years}, mostly in {focus}.",
        f"{capitalise(noun)} with {years} of experience in {focus}.",
    )
    facts.append(
        reader_fact(
            "About",
            text,
            sources(folder, pick(rng, "statement.docx", "cv.pdf p1")),
            {"career", "focus"},
            [
                focus_question,
                question(
                    "career",
                    (
                        f"How long have you been {article(noun)}?",
                        "How many years of experience do you have?",
                        f"How long have you worked as {article(noun)}?",
                    ),
                    f"I've been {article(noun)} for {years}.",
                    years,
                ),
            ],
        )
    )
    return facts


def _duty_forms(duty: str) -> tuple[str, str]:
    """The duty in the present and in the past: "lead/led a team" -> ("lead a team", "led a team")."""
    verbs, rest = duty.split(" ", 1)
    present, past = verbs.split("/")
    return f"{present} {rest}", f"{past} {rest}"


def experience_facts(person: Person, rng: random.Random) -> list[ReaderFact]:
    facts: list[ReaderFact] = []
    for j, job in enumerate(person.jobs):
        styles = rng.sample(("cv", "linkedin"), rng.choice((1, 1, 2)))
        for style in styles:
            facts.append(_dated_job(person, j, style, rng))
        if "linkedin" not in styles or len(job.duties) > 1 or rng.random() < 0.3:
            facts.append(_duty_bullet(person, j, job.duties[-1]))
        if rng.random() < 0.3:
            facts.append(_job_sentence(person, j))
    return facts


def _job_questions(person: Person, j: int, start: str, end: str | None) -> list[Question]:
    job, topic = person.jobs[j], f"job:{j}"
    e, r = job.employer, job.role
    if j == 0:
        earlier = (
            [
                question(
                    topic,
                    (
                        f"Do you still work at {person.jobs[1].employer}?",
                        f"Are you at {person.jobs[1].employer}?",
                    ),
                    f"No, I work at {e} now.",
                    e,
                )
            ]
            if len(person.jobs) > 1 and person.jobs[1].employer != e
            else []
        )
        return [
            *earlier,
            question(topic, (f"Do you work at {e}?", f"Are you still at {e}?"), f"Yes, I work at {e}.", e),
            question(topic, _CURRENT_EMPLOYER, f"I work at {e}.", e),
            question(topic, _CURRENT_ROLE, f"I'm {article(r)} at {e}.", r),
            question(
                topic,
                (
                    f"When did you start at {e}?",
                    f"How long have you worked at {e}?",
                    f"Since when have you been at {e}?",
                ),
                f"I've been at {e} since {start}.",
                start,
            ),
            followups(
                topic,
                ("Where do you work now?", "Who's your current employer?"),
                ("And since when?", "How long have you been there?", "When did you start there?"),
                f"I've been at {e} since {start}.",
                start,
            ),
        ]
    newer = person.jobs[j - 1].employer
    out = [
        question(
            topic,
            (f"Where did you work before {newer}?", f"Who did you work for before {newer}?"),
            f"Before {newer}, I was {article(r)} at {e}.",
            e,
        ),
        question(
            topic,
            (f"What was your role at {e}?", f"What was your job title at {e}?", f"What did you do at {e}?"),
            f"I was {article(r)} at {e}.",
            r,
        ),
    ]
    if end:
        out.append(
            question(
                topic,
                (f"When did you work at {e}?", f"How long were you at {e}?", f"When were you at {e}?"),
                f"I worked at {e} from {start} to {end}.",
                start,
            )
        )
    if j == 1:
        out.append(
            followups(
                topic,
                ("Where do you work now?", "What's your current job?", "Who's your current employer?"),
                ("And before that?", "What about before that?", "And where did you work before that?"),
                f"Before that, I was {article(r)} at {e}.",
                e,
            )
        )
        out.append(question(topic, ("What was your previous job?",), f"I was {article(r)} at {e}.", r))
    return out


def _dated_job(person: Person, j: int, style: str, rng: random.Random) -> ReaderFact:
    job, folder = person.jobs[j], person.source_folder
    dates = date_range(job.start, job.end, rng)
    place = f"{job.city}, {job.country}"
    questions = _job_questions(person, j, dates.start, dates.end)
    topics = {f"job:{j}", "career"}
    if style == "cv":
        text = f"{job.role} — {job.employer}, {place}, {dates.text}"
        return reader_fact("Experience", text, sources(folder, "cv.pdf p1"), topics, questions)
    present, past = _duty_forms(job.duties[0])
    said = present if job.end is None else past
    text = f"{job.role} at {job.employer}, {place} ({dates.text}). I {plain(said)}."
    questions.append(_duty_question(person, j, said))
    tag = "linkedin_export.zip/Positions.csv"
    return reader_fact("Experience", text, sources(folder, tag), topics | {f"duty:{j}"}, questions)


def _duty_question(person: Person, j: int, said: str) -> Question:
    job = person.jobs[j]
    e = job.employer
    asks: tuple[str, ...]
    if j == 0:
        asks = (
            f"What do you do at {e}?",
            f"What are your responsibilities at {e}?",
            "What does your job involve?",
        )
    else:
        asks = (f"What were your responsibilities at {e}?", f"What did your job at {e} involve?")
    return question(f"duty:{j}", asks, f"At {e}, I {plain(said)}.", gold(said))


def _duty_bullet(person: Person, j: int, duty: str) -> ReaderFact:
    job = person.jobs[j]
    present, past = _duty_forms(duty)
    said = present if job.end is None else past
    text = f"{job.role} — {job.employer}: {capitalise(plain(said))}."
    questions = [_duty_question(person, j, said)]
    if j == 0:
        questions.append(
            followups(
                "duty:0",
                ("Where do you work now?", "Who's your current employer?"),
                ("What do you do there?", "And what does that involve?"),
                f"At {job.employer}, I {plain(said)}.",
                gold(said),
            )
        )
    topics = {f"job:{j}", f"duty:{j}", "career"}
    return reader_fact("Experience", text, sources(person.source_folder, "cv.pdf p1"), topics, questions)


def _job_sentence(person: Person, j: int) -> ReaderFact:
    job = person.jobs[j]
    start, topic = str(job.start[0]), f"job:{j}"
    if job.end is None:
        text = f"I joined {job.employer} in {start} as {article(job.role)}."
        questions = [
            question(
                topic, (f"When did you join {job.employer}?",), f"I joined {job.employer} in {start}.", start
            ),
            question(topic, _CURRENT_ROLE[1:4], f"I'm {article(job.role)} at {job.employer}.", job.role),
        ]
    else:
        end = str(job.end[0])
        text = f"From {start} to {end} I worked at {job.employer} in {job.city} as {article(job.role)}."
        questions = [
            question(
                topic,
                (f"Where was {job.employer}?", f"In which city did you work for {job.employer}?"),
                f"I worked for {job.employer} in {job.city}.",
                job.city,
            ),
            question(
                topic,
                (f"When did you work at {job.employer}?",),
                f"I worked there from {start} to {end}.",
                start,
            ),
        ]
    tag = sources(person.source_folder, "statement.docx")
    return reader_fact("Experience", text, tag, {topic, "career"}, questions)


def education_facts(person: Person, rng: random.Random) -> list[ReaderFact]:
    facts: list[ReaderFact] = []
    spoken = [d.spoken for d in person.degrees]
    for k, degree in enumerate(person.degrees):
        unique = spoken.count(degree.spoken) == 1
        for style in rng.sample(("cv", "linkedin", "prose"), rng.choice((1, 1, 2))):
            facts.append(_degree_fact(person, k, degree, style, unique, rng))
        if degree.thesis and degree.supervisor and rng.random() < 0.6:
            facts.append(_thesis_fact(person, k, degree))
    return facts


def _degree_fact(
    person: Person, k: int, degree: Degree, style: str, unique: bool, rng: random.Random
) -> ReaderFact:
    years = year_range(degree.start, degree.end, rng)
    label = degree.name if degree.abbr in _VOCATIONAL else f"{degree.name} ({degree.abbr})"
    folder, topic, end = person.source_folder, f"edu:{k}", str(degree.end)
    thesis = ""
    if style == "cv":
        text = pick(
            rng,
            f"{label} in {degree.field}, {degree.school}, {years.text}",
            f"{degree.name}, {degree.field} — {degree.school} ({end})",
        )
        tags = sources(folder, "cv.pdf p2")
    elif style == "linkedin":
        name = degree.name if degree.abbr in _VOCATIONAL else f"{degree.name} - {degree.abbr}"
        text = f"{name}, {degree.field} at {degree.school} ({years.text})."
        if degree.thesis:
            thesis = degree.thesis
            text += f" Thesis: {thesis}."
        tags = sources(folder, "linkedin_export.zip/Education.csv")
        if rng.random() < 0.4:
            tags = sources(folder, "cv.pdf p2", "linkedin_export.zip/Education.csv")
    else:
        finished = "finishing" if degree.abbr in _VOCATIONAL else "graduating"
        text = f"I did my {degree.spoken} in {degree.field} at {degree.school}, {finished} in {end}."
        tags = sources(folder, "statement.docx")
    s = degree.spoken
    questions = []
    if unique:
        questions += [
            question(
                topic,
                (f"Where did you do your {s}?", f"Where did you study for your {s}?"),
                f"I did my {s} at {degree.school}.",
                degree.school,
            ),
            question(
                topic,
                (f"What did you study for your {s}?", f"What was your {s} in?"),
                f"My {s} was in {degree.field}.",
                degree.field,
            ),
            question(
                topic,
                (f"When did you finish your {s}?", f"What year did you complete your {s}?"),
                f"I finished my {s} in {end}.",
                end,
            ),
            followups(
                topic,
                (f"Where did you do your {s}?",),
                ("And what did you study there?", "And the subject?"),
                f"I studied {degree.field} there.",
                degree.field,
            ),
        ]
        earlier = person.degrees[k - 1].spoken if k else ""
        if earlier and [d.spoken for d in person.degrees].count(earlier) == 1:
            questions.append(
                followups(
                    topic,
                    (f"Where did you do your {earlier}?",),
                    ("And after that?", "What did you study after that?"),
                    f"After that, I did my {s} in {degree.field} at {degree.school}.",
                    degree.school,
                )
            )
    if len(person.degrees) == 1:
        where = "Where did you train?" if degree.abbr in _VOCATIONAL else "Which university did you go to?"
        questions.append(
            question(topic, ("Where did you study?", where), f"I studied at {degree.school}.", degree.school)
        )
    if thesis:
        questions.append(_thesis_question(k, degree))
    return reader_fact("Education", text, tags, {topic} | ({f"thesis:{k}"} if thesis else set()), questions)


def _thesis_question(k: int, degree: Degree) -> Question:
    return question(
        f"thesis:{k}",
        ("What was your thesis about?", f"What was your {degree.spoken} thesis on?"),
        f'My {degree.spoken} thesis was "{degree.thesis}".',
        degree.thesis,
    )


def _thesis_fact(person: Person, k: int, degree: Degree) -> ReaderFact:
    s = degree.spoken
    text = f'My {s} thesis at {degree.school}, "{degree.thesis}", was supervised by {degree.supervisor}.'
    questions = [
        _thesis_question(k, degree),
        question(
            f"supervisor:{k}",
            (f"Who supervised your {s}?", "Who was your thesis supervisor?"),
            f"My supervisor was {degree.supervisor}.",
            degree.supervisor,
        ),
    ]
    tags = sources(person.source_folder, "statement.docx")
    return reader_fact("Education", text, tags, {f"edu:{k}", f"thesis:{k}", f"supervisor:{k}"}, questions)


def career_facts(person: Person, rng: random.Random) -> list[ReaderFact]:
    return about_facts(person, rng) + experience_facts(person, rng) + education_facts(person, rng)
