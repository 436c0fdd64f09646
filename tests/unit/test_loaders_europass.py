"""Europass CVs (the EU's label-beside-value layout), as PDF and as a Word table: each job becomes one line with
its role, employer, town and dates, its activities bullets under it, the languages and skills lines of their
own; the home address is withheld whole and no bare label becomes a fact. Real files made in the test, through
the real loaders and the knowledge-file builder."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.loaders.europass import europass_blocks, is_europass
from ingest.loaders.structure import Block
from tests.unit.fixtures_sources import knowledge_by_section

PERSONAL = [
    ("Surname(s) / First name(s)", "RINALDI Chiara"),
    ("Address(es)", "Via delle Rose 12, 50122 Firenze (Italy)"),
    ("Telephone(s)", "Mobile: +39 333 555 0172"),
    ("E-mail", "chiara@rinaldi.example"),
    ("Nationality", "Italian"),
]
JOBS = [
    [
        ("Dates", "05/2019 – present"),
        ("Occupation or position held", "Head Gardener"),
        ("Main activities and responsibilities", "Look after the lemon house and a team of three gardeners."),
        ("Name and address of employer", "Giardino Orsetti, Via dei Servi 4, 50122 Firenze (Italy)"),
        ("Type of business or sector", "Historic garden open to the public"),
    ],
    [
        ("Dates", "09/2014 – 04/2019"),
        ("Occupation or position held", "Gardener, Kitchen Garden"),
        ("Main activities and responsibilities", "Grew heritage tomatoes for the restaurant."),
        ("Name and address of employer", "Villa Tornabuoni, 53100 Siena (Italy)"),
    ],
]
EDUCATION = [
    ("Dates", "2010 – 2013"),
    ("Title of qualification awarded", "Laurea in Garden Design. Final mark 108/110."),
    ("Name and type of organisation providing education and training", "Università di Pisa (Italy)"),
]
SKILLS = [
    ("Mother tongue(s)", "Italian"),
    ("Other language(s)", "English, German"),
    ("Organisational skills and competences", "Planning the garden's open days."),
    ("Driving licence", "B"),
    ("Additional information", ""),
]


def _rows() -> list[tuple[str, list[tuple[str, str]]]]:
    return [
        ("Personal information", PERSONAL),
        ("Work experience", [row for job in JOBS for row in job]),
        ("Education and training", EDUCATION),
        ("Personal skills and competences", SKILLS),
    ]


def write_europass_pdf(path: Path) -> Path:
    """Labels in a narrow left column, values beside them (reportlab tables), as the Europass template sets them."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

    body = getSampleStyleSheet()["BodyText"]
    story: list = [Paragraph("Europass Curriculum Vitae", getSampleStyleSheet()["Title"])]
    for section, rows in _rows():
        data = [[Paragraph(f"<b>{section}</b>", body), ""]]
        data += [[Paragraph(label, body), Paragraph(value, body)] for label, value in rows]
        story.append(Table(data, colWidths=[55 * mm, 115 * mm]))
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    return path


def write_europass_docx(path: Path) -> Path:
    """The Word template: one two-column table, a label cell beside a value cell."""
    import docx

    document = docx.Document()
    document.add_paragraph("Europass Curriculum Vitae")
    table = document.add_table(rows=0, cols=2)
    for section, items in _rows():
        for label, value in [(section, ""), *items]:
            cells = table.add_row().cells
            cells[0].text, cells[1].text = label, value
    document.save(str(path))
    return path


@pytest.fixture(params=["pdf", "docx"])
def knowledge(request: pytest.FixtureRequest, tmp_path: Path) -> tuple[str, dict[str, list[str]]]:
    writer = write_europass_pdf if request.param == "pdf" else write_europass_docx
    return knowledge_by_section(tmp_path, writer(tmp_path / f"europass_cv.{request.param}"), timeline=True)


def _all(by_section: dict[str, list[str]]) -> str:
    return "\n".join(text for texts in by_section.values() for text in texts)


def test_each_job_is_one_line_with_role_employer_town_and_dates(knowledge) -> None:
    _, facts = knowledge
    experience = "\n".join(facts.get("Experience", []))
    assert "Head Gardener at Giardino Orsetti, Firenze, Italy (May 2019 – present)" in experience
    # A role with a comma in it stays the role: the employer is the one the CV names as employer.
    assert "Gardener, Kitchen Garden at Villa Tornabuoni, Siena, Italy (Sep 2014 – Apr 2019)" in experience
    assert "Head Gardener — Giardino Orsetti: Look after the lemon house" in experience


def test_the_degree_languages_and_skills_are_lines_of_their_own(knowledge) -> None:
    _, facts = knowledge
    text = _all(facts)
    assert "Laurea in Garden Design, Università di Pisa (Italy) (2010 – 2013)" in text
    assert "Mother tongue: Italian" in text and "Other languages: English, German" in text
    assert "Organisational skills: Planning the garden's open days." in text
    assert "Driving licence: B" in text


def test_the_name_comes_first_name_first_and_no_label_is_a_fact(knowledge) -> None:
    title, facts = knowledge
    assert title == "Chiara Rinaldi"
    text = _all(facts)
    for label in ("Occupation or position held", "Name and address of employer", "Additional information"):
        assert label not in text
    assert "Europass" not in text and "Nationality: Italian" in text


def test_the_home_address_and_phone_are_withheld_whole(knowledge) -> None:
    _, facts = knowledge
    text = _all(facts)
    for private in ("Via delle Rose", "50122", "555 0172", "Via dei Servi"):
        assert private not in text
    assert "chiara@rinaldi.example" in text


def test_a_cv_without_europass_labels_is_left_as_it_is() -> None:
    blocks = [Block("Experience", "heading"), Block("Dates are hard, Acme, 2019 – 2020"), Block("Reading")]
    assert not is_europass(blocks)


def test_the_language_grid_becomes_one_line_per_language() -> None:
    labels = ["Self-assessment", "Understanding", "Speaking", "Writing", "Listening", "Reading"]
    labels += ["Spoken interaction", "Spoken production", "Writing"]
    cells = ["English", "C1", "C1", "B2", "B2", "C1", "French", "A2", "A2", "A1", "A1", "A1"]
    blocks = [
        Block("Occupation or position held\nBaker"),
        Block("Name and address of employer\nForno Sole, Roma"),
        Block("Type of business or sector\nBakery"),
        *(Block(text) for text in [*labels, *cells]),
    ]
    assert is_europass(blocks)
    lines = [block.text for block in europass_blocks(blocks)]
    assert "Baker at Forno Sole, Roma" in lines
    assert (
        "English: listening C1, reading C1, spoken interaction B2, spoken production B2, writing C1 (CEFR levels)"
        in lines
    )
    assert (
        "French: listening A2, reading A2, spoken interaction A1, spoken production A1, writing A1 (CEFR levels)"
        in lines
    )


def test_the_part_of_town_an_employer_address_names_is_kept_and_the_street_is_not() -> None:
    blocks = [
        Block("Occupation or position held\nBaker"),
        Block(
            "Name and address of employer\nForno Sole, Via Appia 3 (Testaccio quarter), 00153 Roma (Italy)"
        ),
        Block("Type of business or sector\nBakery"),
        Block("Main activities and responsibilities\nBread."),
    ]
    lines = [block.text for block in europass_blocks(blocks)]
    assert "Baker at Forno Sole, Testaccio quarter, Roma, Italy" in lines
    assert "Address: Via Appia 3 (Testaccio quarter), 00153 Roma (Italy)" in lines  # labelled: withheld whole
