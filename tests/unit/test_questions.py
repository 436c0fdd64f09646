"""The local question builders, one test per module of `finetune.questions`: a fact of the section's kind in,
the questions a visitor asks and the first-person answers the twin is trained on out."""

from __future__ import annotations

from finetune.questions import MAX_ANSWER_CHARS, QAPair, local_pairs
from finetune.questions.education import education_pairs
from finetune.questions.experience import experience_pairs
from finetune.questions.lists import languages_pairs, skills_pairs
from finetune.questions.pairs import Builder, Pairs
from finetune.questions.prose import about_pairs, contact_pairs, goals_pairs, interests_pairs, opinions_pairs
from finetune.questions.sentence_rules import sentence_pairs
from finetune.questions.text import FIRST_PERSON
from finetune.questions.works import awards_pairs, certifications_pairs, projects_pairs, publications_pairs
from ingest.knowledge import Fact

NAME = "Ines Carvalho"


def _build(builder: Builder, section: str, *texts: str) -> tuple[dict[str, QAPair], list[Fact]]:
    facts = [Fact(section, text, ["cv.pdf p1"]) for text in texts]
    pairs = Pairs()
    builder(facts, pairs, NAME)
    return {p.question: p for p in pairs.items}, facts


def _answers(found: dict[str, QAPair]) -> dict[str, str]:
    return {q: p.answer for q, p in found.items()}


def test_experience_answers_with_the_company_title_and_dates_of_each_role():
    found, facts = _build(
        experience_pairs,
        "Experience",
        "Lead Data Engineer at Ardmore Freight, Aberdeen (Feb 2020 – present). I own the pricing pipeline.",
        "Built Quayline, a routing service for 12 depots.",
        "Data Analyst at Kelpie Insurance, Dundee (Jul 2016 – Jan 2020).",
    )
    said = _answers(found)
    assert said["Where do you work?"] == "I'm a Lead Data Engineer at Ardmore Freight, since February 2020."
    assert said["What do you do at Ardmore Freight?"].endswith("I own the pricing pipeline.")
    assert said["When did you join Ardmore Freight?"] == "I joined Ardmore Freight in February 2020."
    # A CV bullet under the current role answers what was built there, in the first person.
    assert (
        said["What have you built at Ardmore Freight?"]
        == "I built Quayline, a routing service for 12 depots."
    )
    assert found["What have you built at Ardmore Freight?"].facts == [facts[1]]
    assert said["When did you work at Kelpie Insurance?"] == (
        "I worked at Kelpie Insurance from July 2016 to January 2020."
    )
    assert said["Where have you worked?"] == (
        "I've worked at Ardmore Freight (Lead Data Engineer, since February 2020) and "
        "Kelpie Insurance (Data Analyst, July 2016 to January 2020)."
    )
    assert found["Where have you worked?"].facts == [facts[0], facts[2]]
    assert {p.section for p in found.values()} == {"Experience"}
    # The past role is never said to be the current job.
    assert "Kelpie" not in said["What's your current job?"]


def test_education_answers_with_the_degree_school_years_and_thesis():
    found, facts = _build(
        education_pairs,
        "Education",
        "PhD in Marine Biology at the University of St Andrews (2011 – 2015). "
        'Thesis: "Kelp forest recovery". Supervisor: Dr Moira Fraser.',
        "BSc in Biology — University of Porto, 2007 – 2010",
    )
    said = _answers(found)
    assert said["Where did you do your PhD?"] == (
        "I did my PhD in Marine Biology at the University of St Andrews (2011–2015)."
    )
    assert said["When did you do your BSc?"] == "I did my BSc from 2007 to 2010."
    assert said["What was your PhD thesis about?"] == "My thesis was “Kelp forest recovery”."
    assert said["Who supervised your PhD thesis?"] == "My supervisor was Dr Moira Fraser."
    assert said["What did you study?"] == (
        "I did a PhD in Marine Biology at the University of St Andrews (2011–2015) "
        "and a BSc in Biology at University of Porto (2007–2010)."
    )
    assert said["What is your highest degree?"] == (
        "My highest degree is a PhD in Marine Biology from the University of St Andrews."
    )
    assert found["What is your highest degree?"].facts == [facts[0]]


def test_lists_name_every_skill_and_language_with_its_level():
    skills, facts = _build(
        skills_pairs, "Skills", "Programming: Python, Go, TypeScript", "Databases: PostgreSQL, DuckDB"
    )
    said = _answers(skills)
    assert (
        said["Which programming languages do you use?"] == "For programming, I use Python, Go and TypeScript."
    )
    assert said["What do you use for databases?"] == "For databases, I use PostgreSQL and DuckDB."
    assert said["What are your main skills?"] == "My main skills are Python, Go and TypeScript."
    assert said["Do you know DuckDB?"] == "Yes, I work with DuckDB."
    assert skills["Do you know DuckDB?"].facts == [facts[1]]
    assert "Do you know Rust?" not in said

    languages, _ = _build(
        languages_pairs, "Languages", "Portuguese (Native), English (Professional working), French"
    )
    said = _answers(languages)
    assert said["What languages do you speak?"] == (
        "I speak Portuguese (native), English (professional working) and French."
    )
    assert said["Do you speak English?"] == "Yes, I speak English (professional working)."
    assert said["Do you speak French?"] == "Yes, I speak French."
    assert "Do you speak Spanish?" not in said


def test_works_copy_project_paper_award_and_certification_names_and_dates():
    said = _answers(
        _build(
            projects_pairs,
            "Projects",
            "Project: Quayline (Mar 2019 – present). Routing for coastal depots.",
        )[0]
    )
    assert (
        said["What is Quayline?"] == "I've worked on Quayline since March 2019: routing for coastal depots."
    )
    assert said["What projects have you worked on?"] == "My projects include Quayline."

    said = _answers(
        _build(
            publications_pairs,
            "Publications",
            'Carvalho I and Fraser M. "Kelp forest recovery after storms." Marine Ecology Letters, 2016.',
            "Nov 2022, PyData Glasgow: Routing with graphs.",
        )[0]
    )
    # The co-author is named; the person, whose surname is in the title, is not listed as their own co-author.
    assert said["Where did you publish “Kelp forest recovery after storms”?"] == (
        "“Kelp forest recovery after storms” appeared in Marine Ecology Letters in 2016, with Fraser M."
    )
    assert said["What did you talk about at PyData Glasgow?"] == (
        "At PyData Glasgow (November 2022) I gave a talk called “Routing with graphs”."
    )

    said = _answers(
        _build(
            awards_pairs,
            "Awards",
            "Award: Saltire Early Career Award (Jun 2018). For work on kelp forest monitoring.",
        )[0]
    )
    assert said["What did you win the Saltire Early Career Award for?"] == (
        "I received the Saltire Early Career Award in June 2018, for work on kelp forest monitoring."
    )
    assert said["Have you won any awards?"] == "Yes: the Saltire Early Career Award (June 2018)."

    said = _answers(
        _build(
            certifications_pairs,
            "Certifications",
            "Certification: Professional Data Engineer, issued by Google Cloud (Sep 2021).",
        )[0]
    )
    assert said["When did you get the Professional Data Engineer certification?"] == (
        "I earned Professional Data Engineer, issued by Google Cloud, in September 2021."
    )


def test_prose_sections_answer_in_the_first_person():
    found, facts = _build(
        about_pairs,
        "About",
        "Location: Aberdeen, Scotland.",
        "Data engineer turned team lead. I build pricing systems for freight. I care about tests.",
    )
    said = _answers(found)
    assert said["Where are you based?"] == "I'm based in Aberdeen, Scotland."
    # The summary's opening noun phrase becomes "I'm a ...", and the answer stops after two sentences.
    assert said["Tell me about yourself."] == (
        "I'm a data engineer turned team lead. I build pricing systems for freight."
    )
    assert found["Tell me about yourself."].facts == [facts[1]]

    found, facts = _build(
        contact_pairs,
        "Contact",
        "Email: ines.c@ardmore.example, ines@carvalho.example (primary)",
        "Website: https://carvalho.example/",
        "GitHub: github.com/inescarvalho",
    )
    said = _answers(found)
    assert said["What's your email address?"] == "You can email me at ines@carvalho.example."
    assert said["Where can I find your code?"] == "My code is on GitHub: github.com/inescarvalho."
    assert (
        said["How can I contact you?"]
        == "Email me at ines@carvalho.example; my website is https://carvalho.example."
    )
    assert found["How can I contact you?"].facts == [facts[0], facts[1]]

    goal = "I want to run a small data team that ships pricing tools to hauliers."
    # A heading, even one in the first person, answers nothing; the first statement answers both questions.
    said = _answers(_build(goals_pairs, "Goals", "My plans for the next few years", goal)[0])
    assert said == {"What are your goals?": goal, "What are your plans for the next few years?": goal}

    hobby = "I play the accordion in a ceilidh band on Friday nights."
    said = _answers(_build(interests_pairs, "Interests", hobby)[0])
    assert said["What do you do in your free time?"] == hobby

    said = _answers(
        _build(opinions_pairs, "Opinions", "Dashboards nobody reads are a waste of engineering time.")[0]
    )
    assert said["What's a strong opinion you hold about your field?"] == (
        "In my view, dashboards nobody reads are a waste of engineering time."
    )


def test_sentence_rules_ask_about_first_person_sentences_and_the_names_in_them():
    facts = [
        Fact("Interests", "I grew up in Porto and moved to Aberdeen in 2014."),
        Fact("Interests", "That is what we used at Kelpie Insurance."),  # leans on the sentence before
        Fact("Interests", "Ines Carvalho sails on weekends."),  # third person: not said as the person
    ]
    pairs = Pairs()
    sentence_pairs("Interests", facts, pairs, NAME)
    said = {p.question: p.answer for p in pairs.items}
    assert said == {
        "Where did you grow up?": "I grew up in Porto and moved to Aberdeen in 2014.",
        "What can you tell me about Porto?": "I grew up in Porto and moved to Aberdeen in 2014.",
    }
    assert all(p.facts == [facts[0]] for p in pairs.items)

    pairs = Pairs()
    sentence_pairs(
        "Opinions", [Fact("Opinions", "I think MAPE is the wrong metric for freight demand.")], pairs, NAME
    )
    said = {p.question: p.answer for p in pairs.items}
    assert said["What can you tell me about MAPE?"] == "I think MAPE is the wrong metric for freight demand."
    assert (
        said["What's something you disagree with in your field?"] == said["What can you tell me about MAPE?"]
    )


def test_local_pairs_dispatches_by_section_and_keeps_the_first_answer():
    facts = [
        Fact("About", "Location: Aberdeen, Scotland."),
        Fact("Interests", "I live in Aberdeen with my spaniel, Bran."),
        Fact("Skills", "Programming: Python, Go"),
    ]
    every = local_pairs(NAME, facts)
    said = {p.question: p.answer for p in every}
    # "Where do you live?" is asked by About and by a sentence rule: the first (About) answer stays.
    assert said["Where do you live?"] == "I live in Aberdeen, Scotland."
    assert [p.question for p in every].count("Where do you live?") == 1
    assert said["Do you have any pets?"] == "I live in Aberdeen with my spaniel, Bran."
    assert said["What's your name?"] == f"I'm {NAME}."
    for pair in every:
        assert FIRST_PERSON.search(pair.answer) and len(pair.answer) <= MAX_ANSWER_CHARS, pair

    skills_only = local_pairs(NAME, facts, sections=["Skills"])
    assert {p.section for p in skills_only} == {"Skills"}
    assert "What's your name?" not in {p.question for p in skills_only}
