"""Facts from documents written by others: a statement's title, CV job lines with their dates and bullets,
chat messages in lower case and their sections, and an identifier kept whole; each through the real loader
and the knowledge-file builder, on a file made in the test."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from ingest.chunking import chunk_knowledge
from tests.unit.fixtures_sources import _node
from tests.unit.fixtures_sources import knowledge_by_section as _knowledge

PURPOSE = "Statement of Purpose, PhD in Marine Ecology, University of Tromsø"
PARAGRAPHS = [
    "I grew up on the coast of Nordland, where my father fished for cod. Watching the stocks change shaped "
    "my interest in how ecosystems respond to warming.",
    "During my master's at NTNU I modelled zooplankton migration in the Trondheimsfjord.",
]


def _all(by_section: dict[str, list[str]]) -> list[str]:
    return [text for texts in by_section.values() for text in texts]


# --- a statement's title -------------------------------------------------------------------------------


def _statement_md(path: Path, title: str) -> Path:
    path.write_text(f"# {title}\n\n" + "\n\n".join(PARAGRAPHS) + "\n", encoding="utf-8")
    return path


def _statement_docx(path: Path, title: str) -> Path:
    import docx

    document = docx.Document()
    document.add_heading(title, level=0)  # the Title style
    for paragraph in PARAGRAPHS:
        document.add_paragraph(paragraph)
    document.save(str(path))
    return path


def _statement_pdf(path: Path, title: str) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    big = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=16, leading=20, spaceAfter=12)
    body = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=12, spaceAfter=10)
    story = [Paragraph(title, big), *(Paragraph(text, body) for text in PARAGRAPHS)]
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    return path


@pytest.mark.parametrize(
    ("name", "write"),
    [("statement.md", _statement_md), ("statement.docx", _statement_docx), ("statement.pdf", _statement_pdf)],
)
def test_a_statement_title_that_says_where_the_person_applies_is_a_fact(tmp_path: Path, name, write) -> None:
    _, by_section = _knowledge(tmp_path, write(tmp_path / name, PURPOSE))
    assert PURPOSE in by_section["Goals"]
    assert any(text.startswith("I grew up on the coast of Nordland") for text in _all(by_section))


@pytest.mark.parametrize("title", ["Personal statement", "Statement of Purpose", "A few words about my work"])
def test_a_title_that_only_names_the_document_is_not_a_fact(tmp_path: Path, title: str) -> None:
    _, by_section = _knowledge(tmp_path, _statement_md(tmp_path / "statement.md", title))
    assert title not in _all(by_section)


def test_a_cv_name_heading_is_the_title_not_a_fact(tmp_path: Path) -> None:
    cv = tmp_path / "cv.md"
    cv.write_text(
        "# Ingrid Haugen\n\n## Experience\n\n- Tagged cod in the Barents Sea.\n\n"
        "## Education\n\nMSc Marine Biology, NTNU, 2019 – 2021\n",
        encoding="utf-8",
    )
    title, by_section = _knowledge(tmp_path, cv)
    assert title == "Ingrid Haugen"
    assert "Ingrid Haugen" not in _all(by_section)


# --- CV job lines with date ranges -----------------------------------------------------------------------

# (role, employer, city, start, end, bullets): hyphen, en-dash and em-dash ranges, month names and numeric
# months, open ends written "present", "current" and "now".
JOBS = [
    (
        "Senior Engineer",
        "Northwind Marine",
        "Bergen",
        "March 2023",
        "present",
        [
            "Led the redesign of the fleet telemetry pipeline for 40 vessels.",
            "Mentored three junior engineers.",
        ],
    ),
    (
        "Marine Data Engineer",
        "Fjord Systems",
        "Oslo",
        "August 2021",
        "February 2023",
        ["Built sonar ingestion."],
    ),
    (
        "Research Assistant",
        "Havbruk Institute",
        "Tromsø",
        "06/2019",
        "current",
        ["Tagged cod in the Barents Sea."],
    ),
    ("Field Technician", "Lofoten Aquaculture", "Svolvær", "Jan 2017", "now", ["Counted salmon lice."]),
]
DASHES = ["–", "—", "-", "–"]


def _cv_pdf(path: Path, layout: str) -> Path:
    """A one-page CV whose job lines carry their dates as `layout` sets them."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfgen import canvas
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

    if layout in ("left column", "right column"):
        pdf = canvas.Canvas(str(path), pagesize=A4)
        pdf.setFont("Helvetica-Bold", 20)
        pdf.drawString(72, 780, "Ingrid Haugen")
        pdf.setFont("Helvetica-Bold", 12)
        pdf.drawString(72, 750, "EXPERIENCE")
        y = 728.0
        for (role, employer, city, start, end, bullets), dash in zip(JOBS, DASHES, strict=True):
            pdf.setFont("Helvetica", 9)
            if layout == "left column":
                pdf.drawString(72, y, f"{start} {dash} {end}")
            else:
                pdf.drawRightString(523, y, f"{start} {dash} {end}")
            left = 175 if layout == "left column" else 72
            pdf.setFont("Helvetica-Bold", 10)
            pdf.drawString(left, y, f"{role}, {employer}, {city}")
            for bullet in bullets:
                y -= 14
                pdf.setFont("Helvetica", 10)
                pdf.drawString(left, y, f"• {bullet}")
            y -= 22
        pdf.showPage()
        pdf.save()
        return path

    body = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=13)
    role_style = ParagraphStyle("role", parent=body, fontName="Helvetica-Bold", spaceBefore=6)
    bullet_style = ParagraphStyle("bullet", parent=body, leftIndent=10, bulletIndent=2)
    story: list = [
        Paragraph(
            "Ingrid Haugen", ParagraphStyle("name", fontName="Helvetica-Bold", fontSize=22, leading=26)
        ),
        Paragraph(
            "Experience", ParagraphStyle("section", fontName="Helvetica-Bold", fontSize=12, leading=16)
        ),
    ]
    for (role, employer, city, start, end, bullets), dash in zip(JOBS, DASHES, strict=True):
        if layout == "table":
            story.append(
                Table(
                    [[f"{start} {dash} {end}", f"{role}, {employer}, {city}"]],
                    colWidths=[40 * mm, 120 * mm],
                    hAlign="LEFT",
                    style=[("VALIGN", (0, 0), (-1, -1), "TOP")],
                )
            )
        elif layout == "date line below":
            story += [
                Paragraph(f"{role}, {employer}, {city}", role_style),
                Paragraph(f"{start} {dash} {end}", body),
            ]
        else:  # "inline", wrapped or not by the page width
            story.append(Paragraph(f"{role}, {employer}, {city} ({start} {dash} {end})", role_style))
        story += [Paragraph(bullet, bullet_style, bulletText="•") for bullet in bullets]
    # A narrow page breaks the inline job lines inside their date ranges, at the dash and after the month.
    width = {"wrapped narrow": 260, "wrapped": 330}.get(layout, A4[0])
    SimpleDocTemplate(str(path), pagesize=(width, A4[1]), leftMargin=24, rightMargin=24).build(story)
    return path


@pytest.mark.parametrize(
    "layout",
    ["inline", "wrapped", "wrapped narrow", "date line below", "left column", "right column", "table"],
)
def test_each_job_line_is_one_whole_fact_and_its_bullets_name_it(tmp_path: Path, layout: str) -> None:
    title, by_section = _knowledge(tmp_path, _cv_pdf(tmp_path / "cv.pdf", layout), timeline=True)
    assert title == "Ingrid Haugen"
    # What the dates imply comes first (ingest/timeline.py): three jobs still held, and the one before the newest.
    derived = [t for t in by_section["Experience"] if t.startswith(("I work at", "Before "))]
    assert derived == [
        "I work at Northwind Marine as Senior Engineer, since March 2023.",
        "I work at Havbruk Institute as Research Assistant, since June 2019.",
        "I work at Lofoten Aquaculture as Field Technician, since January 2017.",
        "Before Northwind Marine, I worked at Fjord Systems as Marine Data Engineer.",
    ], by_section["Experience"]
    experience = [t for t in by_section["Experience"] if t not in derived]
    for role, employer, city, start, end, bullets in JOBS:
        # One fact names the role, the employer, the place and both ends of the range.
        whole = [
            text
            for text in experience
            if text.startswith(f"{role}, {employer}, {city}")
            and start in text
            and text.rstrip(")").endswith(end)
        ]
        assert len(whole) == 1, (role, experience)
        # Every bullet reads on its own: the role and the employer it belongs to, then what was done.
        for bullet in bullets:
            assert f"{role} — {employer}: {bullet}" in experience, (bullet, experience)
    # No fragment of a range stands alone, and no date is glued to another job or a paragraph.
    facts = _all(by_section)
    assert not [text for text in facts if re.fullmatch(r"\W*(?:present|current|now)\W*", text)]
    assert len(experience) == len(JOBS) + sum(len(job[5]) for job in JOBS), experience
    for text in experience:
        assert len(re.findall(r"present|current|now|February 2023", text)) <= 1, text


def _sidebar_cv_pdf(path: Path, *, employer_first: bool = False) -> Path:
    """Persona 15's layout: a sidebar on the left, and in the main column each job on three lines, the title over
    "Employer, Town" over the dates. A sidebar certificate sits level with the first job's dates, its year level
    with the first bullet; a membership wraps after a plural's apostrophe."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path), pagesize=A4)
    pdf.setFont("Helvetica-Bold", 20)
    pdf.drawString(57, 780, "Ingrid Haugen")
    pdf.setFont("Helvetica-Bold", 11)
    pdf.drawString(214, 750, "EXPERIENCE")
    y = 728.0
    first_dates = first_bullet = 0.0
    for (role, employer, city, start, end, bullets), dash in zip(JOBS, DASHES, strict=True):
        upper, lower = (f"{employer}, {city}", role) if employer_first else (role, f"{employer}, {city}")
        pdf.setFont("Helvetica-Bold", 9.5)
        pdf.drawString(214, y, upper)
        pdf.setFont("Helvetica", 9.5)
        pdf.drawString(214, y - 12, lower)
        pdf.setFont("Helvetica", 8.5)
        pdf.drawString(214, y - 24, f"{start} {dash} {end}")
        first_dates = first_dates or y - 24
        y -= 36
        for bullet in bullets:
            pdf.setFont("Helvetica", 9.5)
            pdf.drawString(214, y, f"• {bullet}")
            first_bullet = first_bullet or y
            y -= 12
        y -= 8
    pdf.setFont("Helvetica-Bold", 9.5)
    pdf.drawString(57, first_dates + 14, "CERTIFICATES")
    pdf.setFont("Helvetica", 8.5)
    pdf.drawString(57, first_dates, "Basic Life Support")
    pdf.drawString(57, first_bullet, "2023")
    pdf.setFont("Helvetica-Bold", 9.5)
    pdf.drawString(57, first_bullet - 30, "MEMBERSHIP")
    pdf.setFont("Helvetica", 8.5)
    pdf.drawString(57, first_bullet - 44, "Norwegian Marine Engineers'")
    pdf.drawString(57, first_bullet - 55, "Society: member since 2013")
    pdf.showPage()
    pdf.save()
    return path


def test_a_title_set_over_its_employer_beside_a_sidebar_is_one_job_line(tmp_path: Path) -> None:
    _, by_section = _knowledge(tmp_path, _sidebar_cv_pdf(tmp_path / "cv.pdf"), timeline=True)
    experience = by_section["Experience"]
    # The title, not the employer, is the role; each job's dates stay with it, not with the sidebar line level
    # with them.
    assert "I work at Northwind Marine as Senior Engineer, since March 2023." in experience, experience
    assert "Before Northwind Marine, I worked at Fjord Systems as Marine Data Engineer." in experience
    for role, employer, city, start, _, bullets in JOBS:
        assert [t for t in experience if t.startswith(f"{role} — {employer}, {city}") and start in t], (
            experience
        )
        for bullet in bullets:
            assert f"{role} — {employer}: {bullet}" in experience, (bullet, experience)
    facts = _all(by_section)
    assert "Basic Life Support, 2023" in facts, facts
    assert [t for t in facts if t.endswith(", 2023")] == ["Basic Life Support, 2023"], facts
    assert "Norwegian Marine Engineers' Society: member since 2013" in " ".join(facts), facts


def test_an_employer_set_over_the_title_is_read_the_other_way_round(tmp_path: Path) -> None:
    _, by_section = _knowledge(
        tmp_path, _sidebar_cv_pdf(tmp_path / "cv.pdf", employer_first=True), timeline=True
    )
    # "Havbruk Institute, Tromsø" over "Research Assistant": an institute is the employer, wherever it stands.
    assert (
        "I work at Havbruk Institute as Research Assistant, since June 2019." in by_section["Experience"]
    ), by_section["Experience"]


def test_a_description_under_a_job_does_not_take_its_bullets(tmp_path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    body = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=13)
    story = [
        Paragraph(
            "Ingrid Haugen", ParagraphStyle("name", fontName="Helvetica-Bold", fontSize=22, leading=26)
        ),
        Paragraph(
            "Experience", ParagraphStyle("section", fontName="Helvetica-Bold", fontSize=12, leading=16)
        ),
        Paragraph("Marine Data Engineer, Fjord Systems, Oslo (August 2021 – February 2023)", body),
        Paragraph("Fjord Systems builds sonar analytics for salmon farms along the coast of Norway.", body),
        Paragraph("Built sonar ingestion in Rust.", body, bulletText="•"),
    ]
    path = tmp_path / "cv.pdf"
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    _, by_section = _knowledge(tmp_path, path)
    assert "Marine Data Engineer — Fjord Systems: Built sonar ingestion in Rust." in by_section["Experience"]


def test_singular_cv_headings_after_work_start_their_own_sections(tmp_path: Path) -> None:
    """A CV headed "Work", "Study", "Registration and membership", "Award" (persona 10's): the degrees are
    Education, the registrations Certifications and the award Awards, not more of the jobs above them."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    heading = ParagraphStyle("section", fontName="Helvetica-Bold", fontSize=12, leading=16)
    body = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=13)
    story = [
        Paragraph(
            "Ingrid Haugen", ParagraphStyle("name", fontName="Helvetica-Bold", fontSize=22, leading=26)
        ),
        Paragraph("Work", heading),
        Paragraph("<b>2016 — now:</b> Veterinarian at Fjord Vets, Tromsø", body),
        Paragraph("Study", heading),
        Paragraph("<b>2010 — 2015:</b> Master of Veterinary Medicine at Nordland University, Bodø", body),
        Paragraph("Registration and membership", heading),
        Paragraph("Member of the Norwegian Veterinary Association since 2016", body),
        Paragraph("Award", heading),
        Paragraph("<b>2023:</b> Arctic Rural Vet of the Year", body),
    ]
    path = tmp_path / "cv.pdf"
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    _, by_section = _knowledge(tmp_path, path)
    experience = " ".join(by_section["Experience"])
    assert "Fjord Vets" in experience
    assert "Master of Veterinary Medicine" not in experience and "Association" not in experience
    assert any("Master of Veterinary Medicine at Nordland University" in t for t in by_section["Education"])
    # The heading still leads its facts: "member" is a word people ask with, and the section's hint lacks it.
    assert (
        "Registration and membership: Member of the Norwegian Veterinary Association since 2016"
        in by_section["Certifications"]
    )
    assert any("Arctic Rural Vet of the Year" in t for t in by_section["Awards"])


def test_a_question_heading_stays_with_the_answer_below_it(tmp_path: Path) -> None:
    """A statement of questions people ask, each answered under it: "That a woman who is listened to ..." alone
    says nothing; the question it answers stays in front, even where it names a section ("believe")."""
    path = tmp_path / "statement.md"
    path.write_text(
        "# Questions people ask me\n\n## What do you believe about birth?\n\n"
        "That a woman who is listened to has a better birth than a woman who is only monitored.\n",
        encoding="utf-8",
    )
    _, by_section = _knowledge(tmp_path, path)
    assert (
        "What do you believe about birth?: That a woman who is listened to has a better birth than a woman "
        "who is only monitored." in _all(by_section)
    ), by_section


def test_docx_table_rows_date_their_own_job(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_heading("Ingrid Haugen", level=0)
    document.add_heading("Experience", level=1)
    table = document.add_table(rows=0, cols=2)
    for role, employer, city, start, end, _ in JOBS[:2]:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = f"{start} – {end}", f"{role}, {employer}, {city}"
    document.add_heading("Education", level=1)
    document.add_paragraph("MSc Marine Biology, NTNU, Trondheim, 2019 – 2021")
    path = tmp_path / "cv.docx"
    document.save(str(path))
    _, by_section = _knowledge(tmp_path, path)
    assert by_section["Experience"] == [
        "Senior Engineer, Northwind Marine, Bergen (March 2023 – present)",
        "Marine Data Engineer, Fjord Systems, Oslo (August 2021 – February 2023)",
    ]


def test_docx_table_cells_with_a_title_over_its_employer_are_one_job_line(tmp_path: Path) -> None:
    """Persona 16's Word CV: dates in the left cell; the title, "Employer, Town" and bullets in the right one.
    The date belongs to the job line, not to each line of the cell (the title became a job of its own)."""
    import docx

    document = docx.Document()
    document.add_heading("Ingrid Haugen", level=0)
    document.add_heading("Experience", level=1)
    table = document.add_table(rows=0, cols=2)
    for role, employer, city, start, end, bullets in JOBS[:2]:
        cells = table.add_row().cells
        cells[0].text = f"{start} – {end}"
        cells[1].text = role
        cells[1].add_paragraph(f"{employer}, {city}")
        for bullet in bullets:
            cells[1].add_paragraph(bullet, style="List Bullet")
    path = tmp_path / "cv.docx"
    document.save(str(path))
    _, by_section = _knowledge(tmp_path, path, timeline=True)
    experience = by_section["Experience"]
    assert "I work at Northwind Marine as Senior Engineer, since March 2023." in experience, experience
    assert "Before Northwind Marine, I worked at Fjord Systems as Marine Data Engineer." in experience
    assert "Senior Engineer — Northwind Marine: Mentored three junior engineers." in experience
    assert not [text for text in experience if text.startswith("Senior Engineer (")], experience


@pytest.mark.parametrize(
    ("heading", "section"),
    [
        ("EXPÉRIENCE PROFESSIONNELLE", "Experience"),
        ("Formation", "Education"),
        ("Centres d'intérêt", "Interests"),
        ("Experiencia laboral", "Experience"),
        ("Istruzione e formazione", "Education"),
        ("Competências", "Skills"),
    ],
)
def test_cv_headings_in_other_languages_name_their_sections(heading: str, section: str) -> None:
    from ingest.loaders.structure import section_for

    assert section_for(heading) == section


# --- chat messages -----------------------------------------------------------------------------------------


def _chat_export(path: Path, title: str, *messages: str) -> Path:
    """One conversation: each user message answered by the assistant, the last message current."""
    mapping = {"root": _node("root", None, None, None, ["u0"])}
    parent = "root"
    for i, text in enumerate(messages):
        user, reply = f"u{i}", f"a{i}"
        following = [f"u{i + 1}"] if i + 1 < len(messages) else []
        mapping[user] = _node(user, "user", text, parent, [reply])
        mapping[reply] = _node(reply, "assistant", "Sure, here you go.", user, following)
        parent = reply
    export = [{"title": title, "create_time": 1_740_000_000.0, "current_node": parent, "mapping": mapping}]
    path.write_text(json.dumps(export), encoding="utf-8")
    return path


def test_lower_case_first_person_messages_are_kept_and_requests_are_not(tmp_path: Path) -> None:
    chat = _chat_export(
        tmp_path / "conversations.json",
        "Cover letter help",
        "i've been a nurse for 10 years",
        "can you help me with my cover letter? i work at St Olav's Hospital in Trondheim.",
        "started fiddle lessons in september. total beginner. teacher says my bow arm is stiff. any exercises?",
        "can you make it shorter",
        "how do i tell my manager",
    )
    _, by_section = _knowledge(tmp_path, chat)
    facts = [re.sub(r" \(written [\d-]+\)$", "", text) for text in _all(by_section)]
    assert "Cover letter help: i've been a nurse for 10 years" in facts
    assert "Cover letter help: i work at St Olav's Hospital in Trondheim." in facts
    assert (
        "Cover letter help: started fiddle lessons in september. total beginner. teacher says my bow arm is stiff."
    ) in facts
    joined = "\n".join(facts)
    assert "can you" not in joined and "any exercises" not in joined and "how do i" not in joined
    assert any("nurse" in text for text in by_section["Experience"])


def test_what_follows_a_chat_statement_goes_with_it_and_requests_do_not(tmp_path: Path) -> None:
    """ "It costs R 85,000." says more of the statement before it; "Try again." and "..., please." ask."""
    chat = _chat_export(
        tmp_path / "conversations.json",
        "Manikin funding",
        "We need a new infant manikin for the course. It costs R 85,000. Draft a funding request.",
        "I'm a nurse educator, not a doctor. Try again.",
        "I run a maths camp. Same question for a camp, please.",
    )
    _, by_section = _knowledge(tmp_path, chat)
    facts = [re.sub(r" \(written [\d-]+\)$", "", text) for text in _all(by_section)]
    assert "Manikin funding: We need a new infant manikin for the course. It costs R 85,000." in facts
    assert "Manikin funding: I'm a nurse educator, not a doctor." in facts
    assert "Manikin funding: I run a maths camp." in facts
    joined = "\n".join(facts)
    assert "Draft" not in joined and "Try again" not in joined and "please" not in joined


@pytest.mark.parametrize("title", ["Cover letter writing", "Paper review", "Conference talk prep"])
def test_a_chat_title_does_not_file_a_statement_under_publications(tmp_path: Path, title: str) -> None:
    chat = _chat_export(tmp_path / "conversations.json", title, "I've never worked at Google.")
    _, by_section = _knowledge(tmp_path, chat)
    assert "Publications" not in by_section
    assert any("never worked at Google" in text for text in by_section["Experience"])


def test_a_chat_about_a_talk_stays_with_publications(tmp_path: Path) -> None:
    chat = _chat_export(
        tmp_path / "conversations.json",
        "PyData talk abstract",
        "Can you shorten my abstract? I'm giving a talk at PyData Edinburgh on 12 June.",
    )
    _, by_section = _knowledge(tmp_path, chat)
    assert any("giving a talk at PyData Edinburgh" in text for text in by_section["Publications"])


# --- an identifier -----------------------------------------------------------------------------------------

LICENCE = "MFAT-25-11873"


def test_a_licence_number_survives_ingest_with_its_certification(tmp_path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    cv = tmp_path / "cv.pdf"
    pdf = canvas.Canvas(str(cv), pagesize=A4)
    rows = [
        (72, "Helvetica-Bold", 20, "Ingrid Haugen"),
        (72, "Helvetica-Bold", 12, "EXPERIENCE"),
        (72, "Helvetica", 10, "Field Technician, Lofoten Aquaculture, Svolvær, 2017 – 2019"),
        (72, "Helvetica-Bold", 12, "CERTIFICATIONS"),
        (72, "Helvetica", 10, f"Fisheries Observer Licence, Directorate of Fisheries, {LICENCE} (2024)"),
        (72, "Helvetica", 10, "Licence number"),
        (72, "Helvetica-Bold", 12, "LANGUAGES"),
        (72, "Helvetica", 10, "Norwegian (native), English (fluent)"),
    ]
    y = 780.0
    for x, font, size, text in rows:
        pdf.setFont(font, size)
        pdf.drawString(x, y, text)
        if text == "Licence number":  # a second column on the same line: the number alone
            pdf.drawString(250, y, LICENCE)
        y -= 24
    pdf.showPage()
    pdf.save()
    notes = tmp_path / "notes.md"
    notes.write_text(
        f"## Certifications\n\n- Vessel safety course, licence {LICENCE}, 2023\n", encoding="utf-8"
    )

    _, by_section = _knowledge(tmp_path, cv, notes)
    certifications = by_section["Certifications"]
    assert any(
        text.startswith("Fisheries Observer Licence") and LICENCE in text for text in certifications
    ), certifications
    assert f"Vessel safety course, licence {LICENCE}, 2023" in certifications
    assert any(LICENCE in text and "Licence number" in text for text in certifications), certifications
    # ... and in what the index embeds.
    text = (tmp_path / "workspace" / "knowledge.md").read_text(encoding="utf-8")
    assert sum(chunk.page_content.count(LICENCE) for chunk in chunk_knowledge(text)) == 3
