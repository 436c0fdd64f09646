"""Synthetic people: a seeded generator of distinct, varied lives to train the reader adapter on.

`make_people(n, seed)` deals professions and countries round-robin from seeded shuffles (so a few hundred
people cover every profession and country), then draws each life in order from one `random.Random`: the
same `(n, seed)` gives the same people, and a smaller `n` gives a prefix of a larger one. Nothing is
downloaded; every name, place and number comes from the word lists of this package.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, replace

from finetune.reader.countries import COUNTRIES, FOREIGN_LANGUAGES, Country
from finetune.reader.occupation import DEGREES, DOCTOR_DEGREES, Profession
from finetune.reader.pastimes import CATS, DOGS, HOBBIES, INSTRUMENTS, NAME_WORDS, PET_NAMES, SAINTS, TONGUES
from finetune.reader.text import NOW_YEAR, YearMonth, ascii_slug, fill
from finetune.reader.work_care import CARE
from finetune.reader.work_office import OFFICE
from finetune.reader.work_trades import TRADES

PROFESSIONS: tuple[Profession, ...] = CARE + TRADES + OFFICE

NATIVE_LEVELS = ("native", "native or bilingual proficiency", "mother tongue")
OTHER_LEVELS = ("fluent", "C1", "C2", "B2", "B1", "A2", "professional working proficiency", "conversational")
# Years of study by degree: a bachelor's 3-4, a master's 1-2, a PhD 3-5, a diploma 2-3, ...
_STUDY_YEARS = {"B": (3, 4), "M": (1, 2), "P": (3, 5), "D": (2, 3), "A": (3, 4), "C": (1, 1)}
_LONG_DEGREES = {"MBBS": (5, 6), "BVSc": (5, 5), "BDS": (5, 5)}


@dataclass(frozen=True)
class Job:
    role: str
    employer: str
    city: str
    country: str
    start: YearMonth
    end: YearMonth | None  # None: the current job
    duties: tuple[str, ...]  # marked templates, verbs as "lead/led"


@dataclass(frozen=True)
class Degree:
    abbr: str  # "MSc"
    field: str
    school: str
    city: str
    country: str
    start: int
    end: int
    thesis: str = ""
    supervisor: str = ""

    @property
    def name(self) -> str:
        return DEGREES[self.abbr][0]

    @property
    def spoken(self) -> str:
        """How a question names it: "your master's", "your PhD"."""
        return DEGREES[self.abbr][1]


@dataclass(frozen=True)
class Work:
    title: str
    venue: str
    year: int
    month: int
    talk: bool
    authors: tuple[str, ...]  # "Müller, Z." style, the person among them


@dataclass(frozen=True)
class Licence:
    name: str
    issuer: str
    issued: YearMonth


@dataclass(frozen=True)
class Person:
    given: str
    family: str
    title: str  # "Dr" or ""
    profession: Profession
    country: Country  # where they live now
    city: str
    home_country: Country
    hometown: str
    moved_year: int  # when they came to `city`
    jobs: tuple[Job, ...]  # the current job first
    degrees: tuple[Degree, ...]  # the first studied first
    skills: tuple[str, ...]
    languages: tuple[tuple[str, str], ...]  # (language, level), the native one first
    projects: tuple[str, ...]  # "Name: what I did", marked
    works: tuple[Work, ...]
    licences: tuple[Licence, ...]
    awards: tuple[tuple[str, int], ...]
    hobbies: tuple[str, ...]  # "chat topic @ what I do @ kind", marked
    goals: tuple[str, ...]
    opinions: tuple[str, ...]  # "topic @ what I think", marked
    email: str
    website: str
    phone: str  # "" for most: a withheld detail planted as bait
    address: str
    source_folder: str  # "", "me/", ...: how this person's sources are named in the knowledge file

    @property
    def name(self) -> str:
        """The name as the knowledge file's title writes it, and as the twin speaks."""
        return f"{self.title} {self.given} {self.family}".strip()

    @property
    def career_years(self) -> int:
        return NOW_YEAR - self.jobs[-1].start[0]

    @property
    def affiliations(self) -> list[str]:
        """The employers, schools and licences the person names: what a near miss swaps for someone else's."""
        return (
            [j.employer for j in self.jobs]
            + [d.school for d in self.degrees]
            + [x.name for x in self.licences]
        )


def make_people(n: int, seed: int) -> list[Person]:
    """`n` distinct people (no two share a name), reproducible from `seed`."""
    rng = random.Random(seed)
    professions = list(PROFESSIONS)
    countries = list(COUNTRIES)
    rng.shuffle(professions)
    rng.shuffle(countries)
    people: list[Person] = []
    taken: set[str] = set()
    for i in range(n):
        person = _person(rng, professions[i % len(professions)], countries[i % len(countries)], taken)
        taken.add(f"{person.given} {person.family}")
        people.append(person)
    return people


def _names(rng: random.Random, country: Country, taken: set[str]) -> tuple[str, str]:
    for attempt in range(200):
        female = rng.random() < 0.5
        given = rng.choice(country.given_f if female else country.given_m)
        family = country.family_name(rng.randrange(len(country.family)), female)
        if attempt > 20:  # a crowded country: a double-barrelled name keeps everyone distinct
            family = f"{family}-{country.family_name(rng.randrange(len(country.family)), female)}"
        if f"{given} {family}" not in taken:
            return given, family
    raise ValueError(f"cannot find a free name in {country.name}")


def _study_years(abbr: str, rng: random.Random) -> int:
    if abbr in _LONG_DEGREES:
        return rng.randint(*_LONG_DEGREES[abbr])
    level = {"PhD": "P", "LLB": "B", "LLM": "M"}.get(abbr, abbr[0])
    return rng.randint(*_STUDY_YEARS[level])


def _values(rng: random.Random, country: Country, city: str) -> dict[str, str]:
    """What a template's name placeholders are filled with, for something in `city`."""
    words = rng.sample(NAME_WORDS, 2)
    families = rng.sample(range(len(country.family)), 2)
    return {
        "city": city,
        "country": country.name,
        "family": country.family_name(families[0], False),
        "family2": country.family_name(families[1], False),
        "word": words[0],
        "word2": words[1],
        "suffix": country.company_suffix,
        "saint": rng.choice(SAINTS),
        "cur": country.currency,
        "year2": str(NOW_YEAR + rng.randint(2, 6)),
        "given": rng.choice(country.given_f + country.given_m),
        "instrument": rng.choice(INSTRUMENTS),
        "tongue": rng.choice(TONGUES),
        "dog": rng.choice(DOGS),
        "cat": rng.choice(CATS),
        "pet": rng.choice(PET_NAMES),
    }


def _degrees(rng: random.Random, profession: Profession, home: Country, first_job: int) -> list[Degree]:
    studies = [profession.studies[0]]
    for extra, chance in zip(
        profession.studies[1:], (0.55, 0.7 if profession.publishes else 0.3), strict=False
    ):
        if rng.random() >= chance:
            break
        studies.append(extra)
    spans = [_study_years(study.split(":", 1)[0], rng) for study in studies]
    end = first_job - rng.randint(0, 1)
    degrees: list[Degree] = []
    for study, years in reversed(list(zip(studies, spans, strict=True))):
        abbr, rest = study.split(":", 1)
        field, _, college = rest.partition("@")
        abroad = rng.random() < 0.2 and abbr[0] in "MP"
        country = rng.choice(COUNTRIES) if abroad else home
        city = rng.choice(country.cities)
        school = (
            fill(college, rng, _values(rng, country, city)) if college else rng.choice(country.universities)
        )
        thesis = supervisor = ""
        if abbr in {"PhD", "MSc", "MA"} and profession.theses and (abbr == "PhD" or rng.random() < 0.3):
            thesis = fill(rng.choice(profession.theses), rng, _values(rng, country, city))
            if abbr == "PhD" or rng.random() < 0.5:
                female = rng.random() < 0.5
                names = country.given_f if female else country.given_m
                surname = country.family_name(rng.randrange(len(country.family)), female)
                supervisor = f"{rng.choice(('Prof', 'Professor', 'Dr'))} {rng.choice(names)} {surname}"
        degrees.append(Degree(abbr, field, school, city, country.name, end - years, end, thesis, supervisor))
        end = end - years - rng.randint(0, 1)
    return list(reversed(degrees))


def _jobs(
    rng: random.Random, profession: Profession, person: tuple[Country, str, Country], career: int
) -> list[Job]:
    country, city, home = person
    count = min(rng.randint(2, 4), max(2, career // 2))
    first = NOW_YEAR - career
    cuts = sorted(rng.sample(range(first + 1, NOW_YEAR), count - 1)) if career > count else []
    starts = [first, *cuts]
    count = len(starts)
    jobs: list[Job] = []
    employers: set[str] = set()
    moved = rng.randint(1, count) if country is not home else count
    for j, year in enumerate(starts):  # oldest first
        current = j == count - 1
        here = j >= count - moved
        job_country = country if here else home
        job_city = city if current else rng.choice(job_country.cities)
        for _attempt in range(100):  # every profession has a pattern with a drawn name: this ends
            values = _values(rng, job_country, job_city)
            employer = fill(rng.choice(profession.employers), rng, values)
            if employer not in employers:
                break
        else:
            raise ValueError(f"no distinct employer name for a {profession.noun} in {job_city}")
        employers.add(employer)
        level = min(len(profession.roles) - 1, j + rng.randint(0, 1) + (1 if career > 12 else 0))
        duties = rng.sample(profession.duties, 2 if current and rng.random() < 0.4 else 1)
        start = (year, rng.randint(1, 12))
        jobs.append(
            Job(
                profession.roles[level],
                employer,
                job_city,
                job_country.name,
                start,
                None,
                tuple(fill(d, rng, values) for d in duties),
            )
        )
    for j in range(len(jobs) - 1):  # a job ends the month before the next one starts
        year, month = jobs[j + 1].start
        jobs[j] = replace(jobs[j], end=(year, month - 1) if month > 1 else (year - 1, 12))
    return list(reversed(jobs))


def _languages(rng: random.Random, home: Country, country: Country) -> list[tuple[str, str]]:
    native = home.languages[0] if rng.random() < 0.8 else rng.choice(home.languages)
    spoken = [(native, rng.choice(NATIVE_LEVELS))]
    wanted = [country.languages[0], "English", rng.choice(FOREIGN_LANGUAGES), rng.choice(home.languages)]
    for language in wanted:
        if len(spoken) >= 4 or (len(spoken) >= 2 and rng.random() < 0.4):
            break
        if language not in {s[0] for s in spoken}:
            spoken.append((language, rng.choice(OTHER_LEVELS)))
    if len(spoken) == 1:
        spoken.append(("English" if native != "English" else "French", rng.choice(OTHER_LEVELS)))
    return spoken


def _works(
    rng: random.Random, profession: Profession, country: Country, city: str, own: str, first: int
) -> list[Work]:
    if not profession.publishes and rng.random() > 0.35:
        return []
    count = rng.randint(2, 3) if profession.publishes else rng.randint(1, 2)
    works = []
    for template in rng.sample(profession.works, min(count, len(profession.works))):
        title, venue = (fill(part.strip(), rng, _values(rng, country, city)) for part in template.split("@"))
        talk = venue.startswith("talk:")
        coauthors = [
            f"{country.family_name(rng.randrange(len(country.family)), False)}, "
            f"{rng.choice(country.given_f + country.given_m)[0]}."
            for _ in range(0 if talk else rng.randint(1, 3))
        ]
        authors = coauthors[:]
        authors.insert(rng.randint(0, len(coauthors)), own)
        year = rng.randint(min(first + 1, NOW_YEAR), NOW_YEAR)
        works.append(Work(title, venue.removeprefix("talk:"), year, rng.randint(1, 12), talk, tuple(authors)))
    return sorted(works, key=lambda w: (-w.year, w.title))


def _person(rng: random.Random, profession: Profession, country: Country, taken: set[str]) -> Person:
    home = country if rng.random() < 0.75 else rng.choice(COUNTRIES)
    given, family = _names(rng, home, taken)
    hometown = rng.choice(home.cities)
    city = hometown if rng.random() < 0.35 and home is country else rng.choice(country.cities)
    career = rng.randint(4, 28)
    jobs = _jobs(rng, profession, (country, city, home), career)
    degrees = _degrees(rng, profession, home, jobs[-1].start[0])
    title = "Dr" if any(d.abbr in DOCTOR_DEGREES for d in degrees) else ""
    here = [j for j in jobs if j.city == city]
    moved_year = here[-1].start[0] if here else jobs[0].start[0]
    values = _values(rng, country, city)
    first = jobs[-1].start[0]
    own = f"{family}, {given[0]}."
    licences = []
    for template in rng.sample(profession.licences, rng.randint(1, len(profession.licences))):
        name, issuer = (fill(part.strip(), rng, values) for part in template.split("@"))
        licences.append(Licence(name, issuer, (rng.randint(first, NOW_YEAR), rng.randint(1, 12))))
    awards = [
        (fill(a, rng, values), rng.randint(first, NOW_YEAR))
        for a in rng.sample(profession.awards, rng.choice((0, 1, 1, 2)))
    ]
    slug_given, slug_family = ascii_slug(given), ascii_slug(family)
    domain = rng.choice(("mail.example", "post.example", f"{slug_family}.example", "inbox.example"))
    website = rng.choice((f"https://{slug_given}{slug_family}.example", f"https://www.{slug_family}.example"))
    phone = ""
    if rng.random() < 0.3:
        phone = f"+{home.phone_code} {rng.randint(20, 99)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}"
    address = ""
    if rng.random() < 0.3:
        address = f"{fill(rng.choice(country.streets), rng, {})}, {city}"
    return Person(
        given=given,
        family=family,
        title=title,
        profession=profession,
        country=country,
        city=city,
        home_country=home,
        hometown=hometown,
        moved_year=moved_year,
        jobs=tuple(jobs),
        degrees=tuple(degrees),
        skills=tuple(rng.sample(profession.skills, rng.randint(4, min(6, len(profession.skills))))),
        languages=tuple(_languages(rng, home, country)),
        projects=tuple(fill(p, rng, values) for p in rng.sample(profession.projects, rng.randint(1, 2))),
        works=tuple(_works(rng, profession, home, city, own, first)),
        licences=tuple(licences),
        awards=tuple(awards),
        hobbies=tuple(fill(h, rng, values) for h in rng.sample(HOBBIES, rng.randint(1, 3))),
        goals=tuple(fill(g, rng, values) for g in rng.sample(profession.goals, rng.randint(1, 2))),
        opinions=tuple(fill(o, rng, values) for o in rng.sample(profession.opinions, rng.randint(1, 2))),
        email=f"{slug_given}.{slug_family}@{domain}",
        website=website,
        phone=phone,
        address=address,
        source_folder=rng.choice(("", "", "me/", f"{slug_given}/", "documents/", "sources/")),
    )
