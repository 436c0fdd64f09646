"""Word, Markdown and plain-text loaders: headings carried as metadata, one Document per paragraph."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.loaders.text import load_text
from ingest.loaders.word import load_docx
from ingest.types import SourceReport
from tests.unit.fixtures_sources import write_statement_docx
from twin.errors import TwinError


def test_docx_paragraphs_carry_their_heading_and_section(tmp_path: Path) -> None:
    report = SourceReport("statement.docx")
    docs = load_docx(write_statement_docx(tmp_path / "statement.docx"), report=report)
    by_text = {doc.page_content: doc.metadata for doc in docs}
    harbour = by_text["I grew up in Hamburg and fell for statistics while counting ships in the harbour."]
    assert harbour["heading"] == "Why data science"
    assert harbour["source"] == "statement.docx" and harbour["source_type"] == "statement"
    assert by_text["Bayesian modelling with PyMC"]["section"] == "Skills"
    assert report.kind == "statement"
    # One Document per paragraph, not one per file.
    assert "Since then I have wanted to build tools that make uncertainty visible." in by_text


def test_docx_table_cells_are_read_and_a_date_cell_dates_its_row(tmp_path: Path) -> None:
    docs = load_docx(write_statement_docx(tmp_path / "statement.docx"))
    texts = [doc.page_content for doc in docs]
    assert "Mentor at the Hamburg Python user group (2019 – 2022)" in texts
    assert "German, English, Danish" in texts


def test_damaged_docx_is_a_one_line_error(tmp_path: Path) -> None:
    path = tmp_path / "statement.docx"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(TwinError, match=r"^statement\.docx: not a readable Word document"):
        load_docx(path)


MARKDOWN = """---
title: ignored front matter
---
# Jane Doe

I build **forecasting** systems; see [my blog](https://jane.example/blog) and
[the docs](/docs).

<!-- staging password: hunter2 -->

## Experience

- Senior Data Scientist at Acme Analytics, Mar 2019 – Aug 2022
- Head of Data at Northwind,
  since Sep 2022

```python
print("code is not prose")
```

Education
---------

1. MSc Computer Science, TU Munich
"""


def test_markdown_headings_paragraphs_and_list_items(tmp_path: Path) -> None:
    path = tmp_path / "notes.md"
    path.write_text(MARKDOWN, encoding="utf-8")
    report = SourceReport("notes.md")
    docs = load_text(path, report=report)
    texts = [doc.page_content for doc in docs]
    by_text = {doc.page_content: doc.metadata for doc in docs}
    assert "I build forecasting systems; see my blog (https://jane.example/blog) and the docs." in texts
    assert by_text["Head of Data at Northwind, since Sep 2022"]["section"] == "Experience"
    assert by_text["Head of Data at Northwind, since Sep 2022"]["date"] == "2022-09 – present"
    assert by_text["MSc Computer Science, TU Munich"]["section"] == "Education"
    joined = "\n".join(texts)
    assert "hunter2" not in joined and "print(" not in joined and "front matter" not in joined
    assert report.kind == "cv"  # two CV sections, and a name that says nothing
    assert any("code block" in item for item in report.skipped)


def test_plain_text_headings_and_bullets(tmp_path: Path) -> None:
    path = tmp_path / "motivation.txt"
    path.write_text(
        "WHY I APPLY\nI want to study\nuncertainty in climate models.\n\n* First reason\n* Second reason\n",
        encoding="utf-8",
    )
    docs = load_text(path)
    assert [doc.page_content for doc in docs] == [
        "I want to study uncertainty in climate models.",
        "First reason",
        "Second reason",
    ]
    assert {doc.metadata["heading"] for doc in docs} == {"WHY I APPLY"}
    assert {doc.metadata["source_type"] for doc in docs} == {"statement"}  # by its name


def test_plain_text_lines_broken_by_hand_stay_apart_and_wrapped_lines_join(tmp_path: Path) -> None:
    """Persona 24's statement.txt: a title block of short lines (name, title, what it is for) above paragraphs
    hard-wrapped at 78 columns. A line that ends where the next word would have fitted was broken by hand."""
    path = tmp_path / "statement.txt"
    wrapped = (
        "In September 2019 I opened Durra Children's Dental Clinic in Jabal Al-Weibdeh,\n"
        "a clinic only for children. Two days a week I am still at Al-Khuzama\n"
        "Children's Hospital, where I treat children who cannot manage the dental\n"
        "chair, many of them autistic or with cerebral palsy, under general\n"
        "anaesthesia.\n"
    )
    path.write_text(
        "Sireen Khalaileh, DDS, DClinDent\nPaediatric dentist, Amman\n"
        "For the Sanabel Fellowship in Child Health Leadership, 2026-2027\n\n\nWHAT I DO NOW\n\n" + wrapped,
        encoding="utf-8",
    )
    assert [doc.page_content for doc in load_text(path)] == [
        "Sireen Khalaileh, DDS, DClinDent",
        "Paediatric dentist, Amman",
        "For the Sanabel Fellowship in Child Health Leadership, 2026-2027",
        " ".join(wrapped.split()),
    ]


def test_plain_text_in_a_legacy_encoding_is_read(tmp_path: Path) -> None:
    path = tmp_path / "about.txt"
    path.write_bytes("Ich wohne in München.".encode("cp1252"))
    assert load_text(path)[0].page_content == "Ich wohne in München."


def test_docx_section_titles_in_bold_type_are_headings(tmp_path: Path) -> None:
    """Persona 18's CV sets its section titles as bold paragraphs, not Heading styles; a bold job line under one
    is still a line of the section."""
    import docx

    document = docx.Document()
    for text, bold in [
        ("Work Experience", True),
        ("Medical Social Worker\tApr’14 – May’16", True),
        ("Counselling in the wards of a 600-bed district hospital.", False),
        ("Languages Known", True),
        ("Tamil : Read, Write, Speak (mother tongue)", False),
    ]:
        document.add_paragraph().add_run(text).bold = bold
    path = tmp_path / "cv.docx"
    document.save(str(path))
    by_text = {doc.page_content: doc.metadata for doc in load_docx(path, source_type="cv")}
    assert by_text["Tamil : Read, Write, Speak (mother tongue)"]["section"] == "Languages"
    assert by_text["Counselling in the wards of a 600-bed district hospital."]["section"] == "Experience"
    assert "Work Experience" not in by_text and "Languages Known" not in by_text


def test_docx_role_lines_are_joined_to_their_employer(tmp_path: Path) -> None:
    """Persona 18's CV sets each role and its dates on one bold line, the employer in italics below it, or the
    employer dated above a list of roles; the bullets name their job and the timeline reads one job per role."""
    import docx

    document = docx.Document()
    for text, style in [
        ("Work Experience", None),
        ("Senthamarai Cancer Institute, Perungudi, Chennai (June 2016 – Present)", None),
        ("Senior Medical Social Worker\tApr’19 – Present", None),
        ("Lead a team of five medical social workers.", "List Bullet"),
        ("Medical Social Worker\tApr’14 – May’16", None),
        ("Kumbakarai District Headquarters Hospital, Periyakulam, Theni District", None),
        ("Roles and Responsibilities:", None),
        ("Linked patients to government schemes.", "List Bullet"),
    ]:
        document.add_paragraph(style=style).add_run(text).bold = style is None and "Roles" not in text
    path = tmp_path / "cv.docx"
    document.save(str(path))
    texts = [doc.page_content for doc in load_docx(path, source_type="cv")]
    assert (
        "Senior Medical Social Worker — Senthamarai Cancer Institute, Perungudi, Chennai, Apr'19 – Present"
        in texts
    )
    assert (
        "Medical Social Worker — Kumbakarai District Headquarters Hospital, Periyakulam, Theni District, Apr'14 – May'16"
        in texts
    )
    by_text = {doc.page_content: doc.metadata for doc in load_docx(path, source_type="cv")}
    assert by_text["Linked patients to government schemes."]["context"].startswith(
        "Medical Social Worker — Kumbakarai"
    )
    assert by_text["Lead a team of five medical social workers."]["date"] == "2019-04 – present"


def test_a_docx_forms_labels_join_their_values_and_its_prompts_title_the_answers(tmp_path: Path) -> None:
    """Persona 21's statement is an application form: a bold label beside its value ("Working languages" |
    "Nahuatl, Spanish, English") is one line, not a Languages heading over everything after it; a prompt in bold
    on a row of its own ("B2. What do you do now?") titles the answer under it."""
    import docx

    document = docx.Document()
    rows = document.add_table(rows=3, cols=2)
    for row, (label, value) in zip(
        rows.rows,
        [
            ("Role", "Coordinator"),
            ("Working languages", "Nahuatl, Spanish, English"),
            ("E-mail", "n@x.example"),
        ],
        strict=True,
    ):
        row.cells[0].paragraphs[0].add_run(label).bold = True
        row.cells[1].paragraphs[0].add_run(value)
    prompts = document.add_table(rows=2, cols=1)
    prompts.rows[0].cells[0].paragraphs[0].add_run("B2. What do you do now?").bold = True
    prompts.rows[1].cells[0].paragraphs[0].add_run(
        "In March 2019 four colleagues and I founded a cooperative."
    )
    path = tmp_path / "statement.docx"
    document.save(str(path))
    by_text = {doc.page_content: doc.metadata for doc in load_docx(path, source_type="statement")}
    assert "Working languages: Nahuatl, Spanish, English" in by_text
    assert "Role: Coordinator" in by_text and "Working languages" not in by_text
    answer = by_text["In March 2019 four colleagues and I founded a cooperative."]
    assert answer.get("section") != "Languages" and answer["heading"] == "B2. What do you do now?"


def test_a_markdown_cvs_tables_read_as_job_and_degree_lines(tmp_path: Path) -> None:
    """Persona 22's functional CV lists its jobs and degrees as pipe tables: a row is a job or degree line the
    timeline reads (her first job had been missing from it), and the header row is no fact."""
    from ingest.knowledge import Fact
    from ingest.timeline import timeline_facts

    path = tmp_path / "cv.md"
    path.write_text(
        "# Triinu Vahtramäe\n\n## Employment history\n\n| Dates | Role | Employer | Town |\n| --- | --- | --- | --- |\n"
        "| 09/2018 – present | Artistic Director | Hõbelõng Chamber Choir | Tartu |\n"
        "| 08/2009 – 06/2012 | Music Teacher | Lõunaranna Basic School | Räpina |\n\n## Education\n\n"
        "| Years | Qualification | Institution |\n| --- | --- | --- |\n| 2006 – 2009 | BA in Music Education | Emajõe "
        "University, Tartu |\n\n## Languages\n\n| Language | Level |\n| --- | --- |\n| Seto | native |\n",
        encoding="utf-8",
    )
    docs = load_text(path)
    by_text = {doc.page_content: doc.metadata for doc in docs}
    assert (
        by_text["Music Teacher — Lõunaranna Basic School, Räpina, 08/2009 – 06/2012"]["section"]
        == "Experience"
    )
    assert by_text["BA in Music Education — Emajõe University, Tartu, 2006 – 2009"]["section"] == "Education"
    assert "Seto · native" in by_text  # columns it does not know: the cells joined
    assert not any(text.startswith(("Dates ·", "Years ·", "Language ·")) for text in by_text)
    facts = [
        Fact(doc.metadata["section"], doc.page_content, ["cv.md"])
        for doc in docs
        if "section" in doc.metadata
    ]
    assert (
        "The earliest job I list is Music Teacher at Lõunaranna Basic School (August 2009 – June 2012)."
        in [fact.text for fact in timeline_facts(facts)]
    )


def test_a_two_column_docx_cvs_sidebar_labels_and_role_lines(tmp_path: Path) -> None:
    """Persona 23's Word CV is a two-column table: in the sidebar a label sits over its value in one paragraph
    ("Address" / street / town), which the policy must read as an address; in the main column a role and its
    dates stand over "Employer · Town", and a role may carry an organisation's word ("Laboratory Biologist")."""
    import docx

    from ingest.policy import DisclosurePolicy

    document = docx.Document()
    table = document.add_table(rows=1, cols=2)
    sidebar, main = table.rows[0].cells
    sidebar.paragraphs[0].add_run("Contact")
    sidebar.add_paragraph("Address\nRevlingbakken 7\n7441 Bording")
    sidebar.add_paragraph("E-mail\nk@hedeguld.example")
    main.paragraphs[0].add_run("Experience")
    main.paragraphs[0].style = "Heading 1"
    for text, style in [
        ("Bee Disease Inspector\tApr 2014 – Feb 2019", None),
        ("Statens Bitilsyn · Viborg", None),
        ("Apiary inspections and follow-up visits", "List Bullet"),
        ("Laboratory Biologist\tApr 2005 – Mar 2009", None),
        ("Trekroner Honey Laboratory · Skanderborg", None),
        ("Pollen analysis of honey", "List Bullet"),
    ]:
        main.add_paragraph(text, style=style)
    path = tmp_path / "cv.docx"
    document.save(str(path))
    docs = load_docx(path, source_type="cv")
    by_text = {doc.page_content: doc.metadata for doc in docs}
    assert "Bee Disease Inspector — Statens Bitilsyn, Viborg, Apr 2014 – Feb 2019" in by_text
    assert "Laboratory Biologist — Trekroner Honey Laboratory, Skanderborg, Apr 2005 – Mar 2009" in by_text
    assert by_text["Pollen analysis of honey"]["context"].startswith("Laboratory Biologist — Trekroner")
    assert "E-mail: k@hedeguld.example" in by_text
    assert "Address: Revlingbakken 7, 7441 Bording" in by_text
    assert DisclosurePolicy().redact("Address: Revlingbakken 7, 7441 Bording") == ("", ["address"])


def test_markdown_front_matter_says_what_the_statement_is_for(tmp_path: Path) -> None:
    """Persona 23's statement names its programme only in its front matter: a key about the person is a fact,
    the keys that describe the file (title, author, date, lang) are not, and broken YAML is only skipped."""
    path = tmp_path / "statement.md"
    path.write_text(
        '---\ntitle: "Statement of purpose"\nauthor: K R\napplying_for: "Industrial PhD, Marselis University"\n'
        "date: 2026-01-12\nlang: en-GB\n---\n\n## Why bees\n\nI grew up in Vinderup.\n",
        encoding="utf-8",
    )
    texts = [doc.page_content for doc in load_text(path, source_type="statement")]
    assert "Applying for: Industrial PhD, Marselis University" in texts
    assert not any(text.startswith(("Title", "Author", "Lang", "Date")) for text in texts)
    path.write_text("---\napplying_for: [unclosed\n---\n\nI grew up in Vinderup.\n", encoding="utf-8")
    assert [doc.page_content for doc in load_text(path, source_type="statement")] == [
        "I grew up in Vinderup."
    ]
    path.write_text(f"---\nx: {'[' * 50_000}\n---\n\nI grew up in Vinderup.\n", encoding="utf-8")  # hostile
    assert [doc.page_content for doc in load_text(path, source_type="statement")] == [
        "I grew up in Vinderup."
    ]


def test_a_docx_cvs_page_header_is_read_and_a_tabbed_job_line_takes_its_town(tmp_path: Path) -> None:
    """Persona 25's Word CV sets her name, title and contact line only in the page header, and each job as
    "Role, Employer<tab>dates" over its town in italics: the header is read once, before the body (the phone in
    it withheld like any other), and the town joins its job line instead of standing as a fact of its own."""
    import docx

    from ingest.policy import DisclosurePolicy

    document = docx.Document()
    header = document.sections[0].header
    header.paragraphs[0].add_run("Dalisay Macaraeg").bold = True
    header.add_paragraph("Head of Wardrobe · Costume Supervisor · Manila, Philippines")
    header.add_paragraph("+63 917 555 0286 · dalisay@sukattahi.example · sukattahi.example")
    document.add_paragraph().add_run("EXPERIENCE").bold = True
    job = document.add_paragraph()
    job.add_run("Head of Wardrobe, Teatro Bagwis").bold = True
    job.add_run("\tJun 2018 – present")
    document.add_paragraph().add_run("Ermita, Manila").italic = True
    document.add_paragraph(
        "A team of nine: five sewers, two dressers, a dyer and a laundress", style="List Bullet"
    )
    document.add_section()  # a second section links to the first one's header: read once
    path = tmp_path / "cv.docx"
    document.save(str(path))
    docs = load_docx(path, source_type="cv")
    texts = [doc.page_content for doc in docs]
    assert texts.count("Head of Wardrobe · Costume Supervisor · Manila, Philippines") == 1
    assert "Head of Wardrobe, Teatro Bagwis, Ermita, Manila, Jun 2018 – present" in " ".join(texts)
    assert "Ermita, Manila" not in texts
    kept = " ".join(DisclosurePolicy().redact(text)[0] for text in texts)
    assert "dalisay@sukattahi.example" in kept and "555 0286" not in kept


def test_a_statement_written_as_a_letter_loses_its_head_and_signature_but_not_its_subject(
    tmp_path: Path,
) -> None:
    """Persona 25's fellowship letter: the sender's block, the date and the addressee's name and address are no
    facts about her (the trust's street had been withheld as her address); the subject line says what it is for."""
    path = tmp_path / "statement.txt"
    path.write_text(
        "Dalisay Macaraeg\nHead of Wardrobe, Teatro Bagwis\n\n12 January 2026\n\n"
        "Dr Lourdes Banaag-Quimpo\nChair, Fellowship Selection Committee\n412 Ilang-Ilang Road\nPasay City 1300\n\n"
        "Re: Application for the Habilin Fellowship in Theatre Crafts, 2026–2027\n\n"
        "Dear Dr Banaag-Quimpo,\n\nI am applying for the Habilin Fellowship to build Baul, a free lending wardrobe.\n\n"
        "Yours sincerely,\n\nDalisay Macaraeg\nHead of Wardrobe, Teatro Bagwis\n",
        encoding="utf-8",
    )
    assert [doc.page_content for doc in load_text(path)] == [
        "Re: Application for the Habilin Fellowship in Theatre Crafts, 2026–2027",
        "I am applying for the Habilin Fellowship to build Baul, a free lending wardrobe.",
    ]
