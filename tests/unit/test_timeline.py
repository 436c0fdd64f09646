"""What the dates imply: the current job, the job before each, studies now, the earliest degree (ingest/timeline.py)."""

from pathlib import Path

from ingest.clean import date_ranges
from ingest.knowledge import Fact, build_knowledge_file, parse
from ingest.policy import DisclosurePolicy
from ingest.timeline import is_derived, timeline_facts
from ingest.types import make_document

CV = "cv.pdf p1"
LINKEDIN = "linkedin_export.zip/Positions.csv"


def nurse() -> list[Fact]:
    """A nurse's Experience and Education as the CV and LinkedIn write them, out of order and repeated."""
    return [
        Fact(
            "Experience",
            "Senior Professional Nurse, PICU — Greyville Memorial Hospital, Durban (March 2014 – January 2020)",
            [CV],
        ),
        Fact(
            "Experience",
            "Clinical Nurse Educator, PICU — Umhlanga Children's Hospital, Durban (February 2020 – present)",
            [CV],
        ),
        Fact(
            "Experience",
            "Clinical Nurse Educator, PICU — Umhlanga Children's Hospital: Founded Little Lungs (2021 – 2023).",
            [CV],
        ),
        Fact(
            "Experience",
            "Professional Nurse at Qumbu District Hospital, Qumbu, Eastern Cape (Jan 2011 – Feb 2014). Children's ward.",
            [LINKEDIN],
        ),
        Fact(
            "Experience",
            "Clinical Nurse Educator at Umhlanga Children's Hospital, Durban (Feb 2020 – present). Founder of Little Lungs.",
            [LINKEDIN],
        ),
        Fact("Experience", "I moved to Durban in 2014 – 2015 to work in intensive care.", ["statement.md"]),
        Fact(
            "Education",
            "Master of Health Professions Education (part-time), Thukela University (2024 – present)",
            [CV],
        ),
        Fact("Education", "Bachelor of Nursing (BNurs), Thukela University (2007 – 2010)", [CV]),
        Fact(
            "Education",
            "Postgraduate Diploma, Child Nursing at Berea College of Health Sciences (2016 – 2017).",
            [CV],
        ),
    ]


def texts(facts: list[Fact]) -> list[str]:
    return [f.text for f in facts]


def test_the_current_job_and_the_one_before_each():
    derived = timeline_facts(nurse())
    assert texts(derived)[:3] == [
        "I work at Umhlanga Children's Hospital as Clinical Nurse Educator, PICU, since February 2020.",
        "Before Umhlanga Children's Hospital, I worked at Greyville Memorial Hospital as Senior Professional Nurse, "
        "PICU.",
        "Before Greyville Memorial Hospital, I worked at Qumbu District Hospital as Professional Nurse.",
    ]
    assert all(f.section == "Experience" for f in derived[:3])
    # The CV's and LinkedIn's lines of one job are one entry, and the fact cites both.
    assert derived[0].sources == [CV, LINKEDIN]
    # A bullet's own dates (Little Lungs, 2021 – 2023) and a sentence of prose are not jobs.
    assert not any("Little Lungs" in t or "moved" in t for t in texts(derived))


def test_studies_now_and_the_earliest_degree_two_degrees_at_one_school_stay_two():
    derived = [f for f in timeline_facts(nurse()) if f.section == "Education"]
    assert texts(derived) == [
        "I am studying for Master of Health Professions Education at Thukela University, since 2024.",
        "The earliest degree I list is Bachelor of Nursing at Thukela University (2007 – 2010).",
    ]


def test_one_degree_in_the_cv_and_on_linkedin_is_said_once_as_the_persons_degree():
    """Persona 16: one degree, written by the CV and by LinkedIn; "Where did you go to college?" needs a line that
    says it. A degree still being studied is said as that, not as the degree."""
    facts = [
        Fact(
            "Education", "B.S. in Forestry — Umpqua State University, Roseburg, OR (09/2005 – 06/2009)", [CV]
        ),
        Fact(
            "Education", "Bachelor of Science, Forestry at Umpqua State University (2005 – 2009).", [LINKEDIN]
        ),
    ]
    derived = [f for f in timeline_facts(facts) if f.section == "Education"]
    assert texts(derived) == [
        "My degree is Bachelor of Science, Forestry at Umpqua State University (2005 – June 2009)."
    ] and derived[0].sources == [CV, LINKEDIN]
    studying = [Fact("Education", "MSc Forestry — Umpqua State University, 2024 – present", [CV])]
    assert texts(timeline_facts(studying)) == [
        "I am studying for MSc Forestry at Umpqua State University, since 2024."
    ]


def test_a_bachelor_and_a_master_at_one_school_that_touch_in_one_year_stay_two():
    facts = [
        Fact("Education", "MSc, Soil Science at Almaty Agrarian University (2012 – 2014).", [LINKEDIN]),
        Fact("Education", "BSc, Agronomy at Almaty Agrarian University (2008 – 2012).", [LINKEDIN]),
    ]
    assert texts(timeline_facts(facts)) == [
        "The earliest degree I list is BSc, Agronomy at Almaty Agrarian University (2008 – 2012)."
    ]


def test_a_dash_inside_an_employers_name_and_role_at_employer_lines():
    """Persona 17: the CV's "Role, Employer – Site" and LinkedIn's "Role at Employer – Site, Town" are one job; of
    its two titles, begun the same month, the twin says the English one."""
    facts = [
        Fact(
            "Experience",
            "Responsable du service des fonds anciens, Archives municipales de Fès – Dar Lazraq, "
            "janv. 2019 – aujourd'hui",
            [CV],
        ),
        Fact(
            "Experience",
            "Head of Historic Collections at Archives municipales de Fès – Dar Lazraq, Fes, Morocco "
            "(Jan 2019 – present).",
            [LINKEDIN],
        ),
    ]
    assert texts(timeline_facts(facts)) == [
        "I work at Archives municipales de Fès – Dar Lazraq as Head of Historic Collections, since January 2019."
    ]


def test_one_employer_two_roles_is_one_stay_from_its_first_start_to_its_last_end():
    facts = [
        Fact(
            "Experience",
            "Owner and furniture maker — Harrow Point Woodworks, Halifax, NS, 05/2018 – present",
            [CV],
        ),
        Fact(
            "Experience",
            "Cabinetmaker, then Shop Foreman (2015–2018) — Fundy Millwork Ltd., Dartmouth, NS, 03/2012 – 04/2018",
            [CV],
        ),
        Fact(
            "Experience",
            "Shop Foreman at Fundy Millwork Ltd., Dartmouth, Nova Scotia (Jan 2015 – Apr 2018).",
            [LINKEDIN],
        ),
        Fact(
            "Experience",
            "Cabinetmaker at Fundy Millwork Ltd., Dartmouth, Nova Scotia (Mar 2012 – Dec 2014).",
            [LINKEDIN],
        ),
    ]
    derived = texts(timeline_facts(facts))
    assert derived == [
        "I work at Harrow Point Woodworks as Owner and furniture maker, since May 2018.",
        "Before Harrow Point Woodworks, I worked at Fundy Millwork Ltd as Cabinetmaker, then Shop Foreman.",
        # "What was your first job?": the earliest the sources list.
        "The earliest job I list is Cabinetmaker, then Shop Foreman at Fundy Millwork Ltd (March 2012 – April 2018).",
    ]


def test_a_promotion_at_the_same_employer_says_which_role_came_first():
    facts = [
        Fact("Experience", "Partner at Kereru Vets, Oamaru, New Zealand (Apr 2020 – present).", [LINKEDIN]),
        Fact(
            "Experience",
            "Veterinarian at Kereru Vets, Oamaru, New Zealand (Feb 2016 – Mar 2020).",
            [LINKEDIN],
        ),
    ]
    derived = texts(timeline_facts(facts))
    assert derived == [
        "I work at Kereru Vets as Partner, since April 2020.",
        # "When did you join Kereru Vets?" is the first role's start, not the partnership's.
        "I joined Kereru Vets in February 2016, as Veterinarian.",
        "Before becoming Partner at Kereru Vets, I worked there as Veterinarian.",
        "The earliest job I list is Veterinarian at Kereru Vets (February 2016 – March 2020).",
    ]
    assert all(is_derived(text) for text in derived)


def test_a_team_named_before_the_employer_is_not_the_employer():
    facts = [
        Fact("Experience", "Founder, Corrib Employment Law, Galway (January 2017 – present)", [CV]),
        Fact(
            "Experience",
            "Associate, Employment Group, Harcourt Lyle LLP, Dublin (September 2009 – December 2016)",
            [CV],
        ),
    ]
    assert texts(timeline_facts(facts))[-2:] == [
        "Before Corrib Employment Law, I worked at Harcourt Lyle LLP as Associate.",
        "The earliest job I list is Associate at Harcourt Lyle LLP (September 2009 – December 2016).",
    ]


def test_an_employer_and_its_town_without_a_role_is_not_a_job():
    """Persona 18's CV: the employer on a dated line of its own, the roles on the lines below. "I work at Perungudi
    as Senthamarai Cancer Institute" was the line that made."""
    facts = [
        Fact("Experience", "Senthamarai Cancer Institute, Perungudi, Chennai (June 2016 – Present)", [CV]),
        Fact(
            "Experience",
            "Medical Social Worker at Kumbakarai District Hospital, Theni (Apr 2014 – May 2016)",
            [CV],
        ),
    ]
    assert not any("Perungudi" in line for line in texts(timeline_facts(facts)))


def test_nothing_is_made_up_without_dated_headers():
    facts = [
        Fact("Experience", "I teach nurses at a children's hospital.", ["statement.md"]),
        Fact("Experience", "Senior Engineer — Northwind Labs", [CV]),  # no dates
        Fact("Education", "PhD in Biology, University of Uppsala, 2018", [CV]),  # a year, not a range
    ]
    assert timeline_facts(facts) == []


def test_date_ranges_in_order_with_open_ends():
    found = date_ranges("Cabinetmaker (2015–2018) — Fundy, 03/2012 – 04/2018; since Mar 2019")
    assert [(r.start, r.end) for r in found] == [("2015", "2018"), ("2012-03", "2018-04"), ("2019-03", None)]
    assert [r.text for r in date_ranges("Nurse (Feb 2020 – present)")] == ["Feb 2020 – present"]
    # A dash with nothing after it, at the end or before a bracket, leaves the range open; a page range does not.
    assert [(r.start, r.end) for r in date_ranges("Head of Maths, Kuusikonmäen lukio, Tampere, 8/2021–")] == [
        ("2021-08", None)
    ]
    assert [(r.start, r.end) for r in date_ranges("Chair (2019–), Board")] == [("2019", None)]
    assert date_ranges("see pages 12–") == []


def test_the_knowledge_file_opens_its_sections_with_what_the_dates_say(tmp_path: Path):
    docs = [
        make_document(
            "Clinical Nurse Educator — Umhlanga Children's Hospital, Durban (February 2020 – present)",
            source="cv.pdf",
            source_type="cv",
            heading="Experience",
            page=1,
        ),
        make_document(
            "Professional Nurse — Qumbu District Hospital, Eastern Cape (January 2011 – February 2014)",
            source="cv.pdf",
            source_type="cv",
            heading="Experience",
            page=1,
        ),
    ]
    path = tmp_path / "knowledge.md"
    build_knowledge_file(docs, path, DisclosurePolicy())
    _, facts = parse(path.read_text())
    experience = [f for f in facts if f.section == "Experience"]
    # What the dates say first (chunked together), then the CV's own lines.
    assert (
        experience[0].text
        == "I work at Umhlanga Children's Hospital as Clinical Nurse Educator, since February 2020."
    )
    assert experience[0].sources == ["cv.pdf p1"]
    assert experience[1].text.startswith(
        "Before Umhlanga Children's Hospital, I worked at Qumbu District Hospital"
    )
    assert experience[2].text == (
        "The earliest job I list is Professional Nurse at Qumbu District Hospital (January 2011 – February 2014)."
    )
    assert [f.text for f in experience[3:]] == [d.page_content for d in docs]
    # Re-running unchanged writes the same file: the derived facts are not added twice.
    before = path.read_text()
    build_knowledge_file(docs, path, DisclosurePolicy())
    assert path.read_text() == before


def test_what_the_dates_imply_is_chunked_apart_from_the_lines_it_was_read_from(tmp_path: Path):
    from ingest.chunking import chunk_knowledge

    facts = nurse()
    with_timeline = chunk_knowledge(render_facts(facts, timeline=True))
    without = chunk_knowledge(render_facts(facts, timeline=False))
    # Every chunk of the file without the derived facts is still there, unchanged: they only add chunks.
    assert {c.id for c in without} <= {c.id for c in with_timeline}
    added = [c.page_content for c in with_timeline if c.id not in {w.id for w in without}]
    assert added and all(
        "I work at" in text or "Before " in text or "studying for" in text or "earliest" in text
        for text in added
    )


def render_facts(facts: list[Fact], *, timeline: bool) -> str:
    from ingest.knowledge import render, with_timeline

    return render("Thandeka Mokoena", with_timeline(facts) if timeline else facts)


def teacher() -> list[Fact]:
    """A CV with the dates first and school names spelled without their Polish letters, and LinkedIn lines
    whose description holds a range of its own (a thesis title's years)."""
    return [
        Fact("Experience", "2014 – present History teacher, Liceum Ogolnoksztalcace nr 41, Krakow", [CV]),
        Fact("Experience", "2009 – 2014 Teacher of history and civics, Gimnazjum nr 5, Tarnow", [CV]),
        Fact(
            "Experience",
            "History Teacher at Liceum Ogólnokształcące nr 41, Kraków, Poland (Sep 2014 – present). Humanities.",
            [LINKEDIN],
        ),
        Fact("Education", "2003 – 2008 MA in History, Jagiellonian University, Krakow", [CV]),
        Fact(
            "Education",
            "PhD, History at Jagiellonian University (2022 – present). Everyday life in Podgórze, 1945–1956.",
            ["linkedin_export.zip/Education.csv"],
        ),
    ]


def test_dates_first_numbered_schools_and_a_range_in_the_description():
    assert texts(timeline_facts(teacher())) == [
        # The CV's and LinkedIn's spellings of one school are one job ("ł" and "l" fold together).
        "I work at Liceum Ogolnoksztalcace nr 41 as History teacher, since 2014.",
        "Before Liceum Ogolnoksztalcace nr 41, I worked at Gimnazjum nr 5 as Teacher of history and civics.",
        "The earliest job I list is Teacher of history and civics at Gimnazjum nr 5 (2009 – 2014).",
        "I am studying for PhD, History at Jagiellonian University, since 2022.",
        "The earliest degree I list is MA in History at Jagiellonian University (2003 – 2008).",
    ]


def test_a_cv_bullet_under_a_dates_first_entry_names_its_job_not_its_year():
    from ingest.knowledge import curate

    entry = "2014 – present   History teacher, Liceum Ogolnoksztalcace nr 41, Krakow"
    bullet = make_document(
        "Head of the humanities department since 2021.",
        source="cv.pdf",
        source_type="cv",
        section="Experience",
        context=entry,
    )
    (fact,) = curate([bullet], DisclosurePolicy())[0]
    assert fact.text == (
        "History teacher — Liceum Ogolnoksztalcace nr 41: Head of the humanities department since 2021."
    )


def test_a_bilingual_cvs_spanish_dates_and_titles():
    """Persona 21: "febrero de 2013 – febrero de 2019" dates a job; of a Spanish and an English title begun the
    same month the English one is said; a part-time job held now comes after the main one."""
    facts = [
        Fact(
            "Experience",
            "Coordinadora y socia fundadora — Mecatl Intérpretes, Puebla marzo de 2019 – a la fecha",
            [CV],
        ),
        Fact(
            "Experience",
            "Coordinator and co-founder — Mecatl Intérpretes, Puebla, March 2019 – present",
            [CV],
        ),
        Fact(
            "Experience", "Part-time lecturer at Universidad de Huexotitla (Jan 2021 – present)", [LINKEDIN]
        ),
        Fact(
            "Experience",
            "Intérprete judicial — Instituto Poblano, Puebla febrero de 2013 – febrero de 2019",
            [CV],
        ),
    ]
    assert texts(timeline_facts(facts))[:3] == [
        "I work at Mecatl Intérpretes as Coordinator and co-founder, since March 2019.",
        "I work at Universidad de Huexotitla as Part-time lecturer, since January 2021.",
        "Before Mecatl Intérpretes, I worked at Instituto Poblano as Intérprete judicial.",
    ]
