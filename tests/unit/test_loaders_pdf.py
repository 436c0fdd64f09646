"""PDF loader: one Document per paragraph or bullet, page furniture gone, headings as sections."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.loaders.pdf import load_pdf
from ingest.types import SourceReport
from tests.unit.fixtures_sources import (
    CV_HEADER,
    write_cv_pdf,
    write_encrypted_pdf,
    write_image_only_pdf,
    write_prose_pdf,
    write_rirekisho_pdf,
)
from twin.errors import TwinError


@pytest.fixture(scope="module")
def cv_docs(tmp_path_factory: pytest.TempPathFactory) -> list:
    return load_pdf(write_cv_pdf(tmp_path_factory.mktemp("cv") / "document.pdf"))


def _texts(docs: list) -> list[str]:
    return [doc.page_content for doc in docs]


def test_headers_footers_and_page_numbers_are_removed(cv_docs: list) -> None:
    text = "\n".join(_texts(cv_docs))
    assert "Curriculum Vitae" not in text and CV_HEADER not in text
    assert "Page 1 of 2" not in text and "Page 2 of 2" not in text


def test_bullets_are_separate_facts_with_wrapped_lines_and_hyphenation_rejoined(cv_docs: list) -> None:
    texts = _texts(cv_docs)
    assert (
        "Built a churn model that cut customer losses by twelve percent across the European market "
        "and presented the results to the management board every quarter."
    ) in texts
    assert "Led a team of four data scientists." in texts
    assert not any(text.startswith(("•", "\x7f")) for text in texts)


def test_headings_map_to_sections_and_dates_to_the_job(cv_docs: list) -> None:
    by_text = {doc.page_content: doc.metadata for doc in cv_docs}
    job = by_text["Senior Data Scientist, Acme Analytics, Berlin, Mar 2019 – Aug 2022"]
    assert job["section"] == "Experience" and job["heading"] == "EXPERIENCE"
    assert job["date"] == "2019-03 – 2022-08"
    bullet = by_text["Led a team of four data scientists."]
    assert bullet["section"] == "Experience"
    assert bullet["date"] == "2019-03 – 2022-08"  # dated by the job line it sits under
    assert bullet["context"].startswith("Senior Data Scientist, Acme Analytics")
    assert by_text["Python, SQL, Spark, PyTorch"]["section"] == "Skills"


def test_pages_are_one_based_and_follow_the_text(cv_docs: list) -> None:
    by_text = {doc.page_content: doc.metadata for doc in cv_docs}
    assert by_text["Led a team of four data scientists."]["page"] == 1
    assert by_text["MSc Computer Science, TU Munich, 2014 – 2016"]["page"] == 2
    assert by_text["MSc Computer Science, TU Munich, 2014 – 2016"]["section"] == "Education"


def test_cv_is_recognised_by_its_sections_and_the_name_is_kept(cv_docs: list) -> None:
    assert {doc.metadata["source_type"] for doc in cv_docs} == {"cv"}
    name = cv_docs[0]
    assert name.page_content == "Jane Doe" and name.metadata["person"] == "Jane Doe"
    assert {doc.metadata["source"] for doc in cv_docs} == {"document.pdf"}


def test_prose_paragraphs_are_joined_and_kept_apart(tmp_path: Path) -> None:
    first = "I first met statistics in a harbour office, counting ships. " * 4
    second = "Today I build forecasting systems that say how sure they are. " * 3
    report = SourceReport("essay.pdf")
    docs = load_pdf(write_prose_pdf(tmp_path / "essay.pdf", [first, second]), report=report)
    assert _texts(docs) == [first.strip(), second.strip()]
    assert report.kind == "statement"  # prose, and the name says nothing


def test_file_name_decides_cv_or_statement_before_content(tmp_path: Path) -> None:
    docs = load_pdf(write_prose_pdf(tmp_path / "jane_resume.pdf", ["Short note about me."]))
    assert docs[0].metadata["source_type"] == "cv"


def test_corrupt_pdf_is_a_one_line_error_naming_the_file(tmp_path: Path) -> None:
    path = tmp_path / "cv.pdf"
    path.write_bytes(b"\x00\x13garbage, not a PDF" * 50)
    with pytest.raises(TwinError) as error:
        load_pdf(path)
    assert str(error.value) == "cv.pdf: not a readable PDF (file is corrupt or encrypted)"


def test_password_protected_pdf_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(TwinError, match=r"^locked\.pdf: not a readable PDF \(password-protected\)$"):
        load_pdf(write_encrypted_pdf(tmp_path / "locked.pdf"))


def test_pdf_without_a_text_layer_says_it_may_be_scanned(tmp_path: Path) -> None:
    with pytest.raises(TwinError, match=r"^scan\.pdf: no text layer \(scanned\?\)$"):
        load_pdf(write_image_only_pdf(tmp_path / "scan.pdf"))


def test_a_resume_forms_rows_of_events_become_jobs_and_degrees_with_their_dates(tmp_path: Path) -> None:
    """A Japanese résumé (rirekisho) lists events by year and month ("Entered ...", "Graduated from ...",
    "Joined ... as ...", "Left ..."); apart, a lone month cell read as a page number and no row made a job
    (persona 20's first job was missing from the timeline)."""
    texts = _texts(load_pdf(write_rirekisho_pdf(tmp_path / "cv.pdf"), source="cv.pdf", source_type="cv"))
    assert (
        "Bachelor of Nursing, Rokko University of Nursing, Faculty of Nursing, Department of Clinical Nursing "
        "(April 2006 – March 2010)" in texts
    )
    assert "Staff nurse at Kobe Minato Hospital (Kobe, Hyogo) (April 2010 – September 2014)" in texts
    assert any(
        t.startswith("Director at Nada Home Nursing (Nada-ku, Kobe) (October 2014 – present).") for t in texts
    )
    assert not any(t.startswith("Left ") or t in ("Present", "End", "Year", "Month") for t in texts)


def test_a_resume_forms_private_rows_are_withheld(tmp_path: Path) -> None:
    """The form sets each label beside or over its value: the reading of the address ("Furigana"), sex, the
    nearest station and the spouse row were facts of their own, and persona 20's address reading leaked."""
    from ingest.knowledge import build_knowledge_file
    from ingest.policy import DisclosurePolicy

    docs = load_pdf(write_rirekisho_pdf(tmp_path / "cv.pdf"), source="cv.pdf", source_type="cv")
    path = tmp_path / "knowledge.md"
    build_knowledge_file(docs, path, DisclosurePolicy())
    knowledge = path.read_text()
    for private in ("Mikage", "Female", "555-0142", "1990", "Spouse", "Yes"):
        assert private not in knowledge, private
    assert "Kobe Minato Hospital" in knowledge


def test_headings_set_in_the_margin_head_their_paragraphs(tmp_path: Path) -> None:
    """Persona 22's statement sets each section's heading small, in a narrow column beside its paragraphs: a
    heading, not a fact of its own, and its paragraphs carry it."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    side = ParagraphStyle("side", fontName="Helvetica", fontSize=9, leading=11)
    body = ParagraphStyle("body", fontName="Times-Roman", fontSize=11, leading=15, spaceAfter=8)
    story = "I grew up in Värska, where the road gives out before the songs do. " * 4
    rows = [
        [Paragraph("The first note", side), [Paragraph(story, body), Paragraph(story.upper(), body)]],
        [Paragraph("Off the podium", side), Paragraph("I play the kannel, badly and happily. " * 5, body)],
    ]
    path = tmp_path / "statement.pdf"
    table = Table(rows, colWidths=[100, 360], style=TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    SimpleDocTemplate(str(path), pagesize=A4).build([table])
    docs = load_pdf(path)
    assert not any(doc.page_content in ("The first note", "Off the podium") for doc in docs)
    headings = {doc.page_content[:20]: doc.metadata.get("heading") for doc in docs}
    assert headings["I grew up in Värska,"] == "The first note"
    assert headings["I play the kannel, b"] == "Off the podium"


def test_a_sidebars_labels_keep_their_values_when_drawn_before_the_main_column(tmp_path: Path) -> None:
    """Persona 24's designer CV draws its right-hand sidebar first: the birth date, level with a bullet of the main
    column, is the label's value, not that bullet's date; a capitalised address label takes both its lines."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    from ingest.policy import DisclosurePolicy

    path = tmp_path / "cv.pdf"
    page = canvas.Canvas(str(path), pagesize=A4)
    page.setFont("Helvetica-Bold", 18)
    page.drawString(40, 800, "Sireen Khalaileh")
    for y, text, bold in [
        (740, "HOME ADDRESS", True),
        (726, "Apt 6, 14 Jouri Street", False),
        (713, "Khalda, Amman 11953", False),
        (690, "DATE OF BIRTH", True),
        (676, "27 October 1986", False),
    ]:
        page.setFont("Helvetica-Bold" if bold else "Helvetica", 9)
        page.drawString(420, y, text)
    page.setFont("Helvetica-Bold", 12)
    page.drawString(40, 740, "EXPERIENCE")
    page.setFont("Helvetica", 10)
    page.drawString(40, 704, "Founder and Lead Paediatric Dentist, Sep 2019 – present")
    page.drawString(40, 690, "Durra Children's Dental Clinic · Amman")
    page.drawString(48, 676, "• A clinic only for children, with a team of seven")
    page.save()
    docs = load_pdf(path, source_type="cv")
    policy = DisclosurePolicy()
    kept = [policy.redact(doc.page_content)[0] for doc in docs]
    assert not any(part in text for text in kept for part in ("1986", "Khalda", "11953", "Jouri"))
    assert "A clinic only for children, with a team of seven" in kept


def test_a_right_aligned_level_beside_each_language_is_its_value_and_a_two_column_list_is_not(
    tmp_path: Path,
) -> None:
    """Persona 24's sidebar sets each language's level right-aligned on its line: "English: Fluent (C2)", not
    "Native English" (the level read into the next language). Skills set in two columns, each column at one left
    edge, stay one skill a line."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "cv.pdf"
    page = canvas.Canvas(str(path), pagesize=A4)
    page.setFont("Helvetica-Bold", 12)
    page.drawString(40, 780, "LANGUAGES")
    for y, language, level in [
        (760, "Arabic", "Native"),
        (746, "English", "Fluent (C2)"),
        (732, "French", "Basic (A2)"),
    ]:
        page.setFont("Helvetica", 10)
        page.drawString(40, y, language)
        page.drawRightString(250, y, level)
    page.setFont("Helvetica-Bold", 12)
    page.drawString(40, 700, "SKILLS")
    page.setFont("Helvetica", 10)
    for y, left, right in [(680, "Cabinetry", "Steam bending"), (666, "Veneering", "Hand-cut joinery")]:
        page.drawString(40, y, left)
        page.drawString(200, y, right)
    page.save()
    texts = _texts(load_pdf(path, source_type="cv"))
    assert texts[:3] == ["Arabic: Native", "English: Fluent (C2)", "French: Basic (A2)"]
    assert not any(":" in text for text in texts[3:])
    assert "Steam bending" in " ".join(texts) and not any("Native English" in text for text in texts)
