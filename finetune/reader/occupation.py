"""What a profession brings to a synthetic person: roles, employers, studies, skills and the rest.

A `Profession` is written compactly (`profession(...)` takes "|"-separated strings) in the word-list
modules `work_care`, `work_trades` and `work_office`. Templates follow `finetune.reader.text`: `{...}`
placeholders, one `<gold>` span. The shapes:

  - studies: "BSc:Nursing" (at a university) or "Appr:Carpentry@{city} Technical College";
  - duties: "lead/led a team of <{n} nurses>" (the verb in the present, then the past);
  - projects: "Name: what I did, in the past tense";
  - works: "title @ journal" or "title @ talk:event";
  - licences: "name @ issuer"; opinions: "topic @ what I think".
"""

from __future__ import annotations

from dataclasses import dataclass

# Degree abbreviation -> (full name, how people say it in a question: "your master's").
DEGREES: dict[str, tuple[str, str]] = {
    "BSc": ("Bachelor of Science", "bachelor's"),
    "BA": ("Bachelor of Arts", "bachelor's"),
    "LLB": ("Bachelor of Laws", "law degree"),
    "BEng": ("Bachelor of Engineering", "bachelor's"),
    "BEd": ("Bachelor of Education", "teaching degree"),
    "BPharm": ("Bachelor of Pharmacy", "pharmacy degree"),
    "BArch": ("Bachelor of Architecture", "bachelor's"),
    "MBBS": ("Bachelor of Medicine, Bachelor of Surgery", "medical degree"),
    "BVSc": ("Bachelor of Veterinary Science", "veterinary degree"),
    "BDS": ("Bachelor of Dental Surgery", "dental degree"),
    "BSW": ("Bachelor of Social Work", "bachelor's"),
    "BMid": ("Bachelor of Midwifery", "midwifery degree"),
    "MSc": ("Master of Science", "master's"),
    "MA": ("Master of Arts", "master's"),
    "LLM": ("Master of Laws", "master's"),
    "MEng": ("Master of Engineering", "master's"),
    "MArch": ("Master of Architecture", "master's"),
    "MBA": ("Master of Business Administration", "MBA"),
    "MPH": ("Master of Public Health", "master's"),
    "MLIS": ("Master of Library and Information Science", "master's"),
    "MSW": ("Master of Social Work", "master's"),
    "PhD": ("Doctor of Philosophy", "PhD"),
    "Dip": ("Diploma", "diploma"),
    "Appr": ("Apprenticeship", "apprenticeship"),
    "Cert": ("Certificate", "training"),
}
# Degrees that make their holder a "Dr".
DOCTOR_DEGREES = {"PhD", "MBBS", "BVSc", "BDS"}


@dataclass(frozen=True)
class Profession:
    noun: str  # "nurse": "How long have you been a nurse?"
    roles: tuple[str, ...]  # junior to senior
    employers: tuple[str, ...]
    studies: tuple[str, ...]  # lowest to highest
    skills: tuple[str, ...]
    licences: tuple[str, ...]
    duties: tuple[str, ...]
    projects: tuple[str, ...]
    works: tuple[str, ...]
    awards: tuple[str, ...]
    theses: tuple[str, ...]
    focus: tuple[str, ...]
    goals: tuple[str, ...]
    opinions: tuple[str, ...]
    publishes: bool = False  # researchers and writers always have publications; others sometimes


def profession(
    noun: str,
    *,
    roles: str,
    employers: str,
    studies: str,
    skills: str,
    licences: str,
    duties: str,
    projects: str,
    works: str,
    awards: str,
    focus: str,
    goals: str,
    opinions: str,
    theses: str = "",
    publishes: bool = False,
) -> Profession:
    def items(text: str) -> tuple[str, ...]:
        return tuple(s.strip() for s in text.split("|") if s.strip())

    return Profession(
        noun,
        items(roles),
        items(employers),
        items(studies),
        items(skills),
        items(licences),
        items(duties),
        items(projects),
        items(works),
        items(awards),
        items(theses),
        items(focus),
        items(goals),
        items(opinions),
        publishes,
    )
