"""Small real source files for the loader tests: PDFs (reportlab), DOCX (python-docx), export ZIPs,
HTML pages and a ChatGPT export with an edited (branched) conversation."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from pathlib import Path
from unittest.mock import patch

from ingest.knowledge import build_knowledge_file, parse, with_timeline
from ingest.loaders import load_sources
from ingest.policy import DisclosurePolicy

CV_HEADER = "Jane Doe · Curriculum Vitae"


def knowledge_by_section(
    tmp_path: Path, *paths: Path, timeline: bool = False
) -> tuple[str, dict[str, list[str]]]:
    """The knowledge file built from the files (title, facts by section), as `twin ingest` writes it.

    Without `timeline`, the facts the dates imply (ingest/timeline.py, tested there) are left out: what these
    tests check is what the loaders and curation make of each line."""
    result = load_sources(list(paths))
    assert [report.error for report in result.reports] == [None] * len(paths)
    out = tmp_path / "workspace" / "knowledge.md"
    with patch("ingest.knowledge.with_timeline", with_timeline if timeline else list):
        build_knowledge_file(result.documents, out, DisclosurePolicy(), rebuild=True)
    title, facts = parse(out.read_text(encoding="utf-8"))
    by_section: dict[str, list[str]] = {}
    for fact in facts:
        by_section.setdefault(fact.section, []).append(fact.text)
    return title, by_section


def write_cv_pdf(path: Path) -> Path:
    """A two-page CV drawn line by line, so the layout is exactly known.

    Both pages repeat a header line and a "Page N of 2" footer; page 1 has a large name, an all-caps
    section heading, a job line with dates, bullets (one wrapped, with a word hyphenated across the line
    break); page 2 has Education and Skills.
    """
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path), pagesize=A4)
    pages = [
        [
            ("Helvetica-Bold", 22, "Jane Doe"),
            ("Helvetica", 10, "Data scientist in Berlin. jane@example.com"),
            ("Helvetica-Bold", 12, "EXPERIENCE"),
            ("Helvetica", 10, "Senior Data Scientist, Acme Analytics, Berlin"),
            ("Helvetica", 10, "Mar 2019 – Aug 2022"),
            ("Helvetica", 10, "• Built a churn model that cut customer losses by twelve percent across the"),
            ("Helvetica", 10, "  European market and presented the results to the manage-"),
            ("Helvetica", 10, "  ment board every quarter."),
            ("Helvetica", 10, "• Led a team of four data scientists."),
        ],
        [
            ("Helvetica-Bold", 12, "Education"),
            ("Helvetica", 10, "MSc Computer Science, TU Munich, 2014 – 2016"),
            ("Helvetica-Bold", 12, "Skills"),
            ("Helvetica", 10, "Python, SQL, Spark, PyTorch"),
        ],
    ]
    for number, lines in enumerate(pages, start=1):
        pdf.setFont("Helvetica", 8)
        pdf.drawString(72, 810, CV_HEADER)
        pdf.drawString(270, 30, f"Page {number} of {len(pages)}")
        y = 760.0
        for font, size, text in lines:
            if size > 10 and y < 760:
                y -= 10  # space above a heading
            pdf.setFont(font, size)
            pdf.drawString(72, y, text)
            y -= size * 1.25 + (6 if size > 10 else 0)
        pdf.showPage()
    pdf.save()
    return path


def write_prose_pdf(path: Path, paragraphs: list[str]) -> Path:
    """Prose set with reportlab's paragraph layout (wrapped lines, space between paragraphs)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    style = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=12, spaceAfter=10)
    SimpleDocTemplate(str(path), pagesize=A4).build([Paragraph(text, style) for text in paragraphs])
    return path


def write_image_only_pdf(path: Path) -> Path:
    """A PDF with shapes and no text: what a scan looks like to a text extractor."""
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path))
    pdf.rect(100, 100, 300, 400, fill=1)
    pdf.showPage()
    pdf.save()
    return path


def write_encrypted_pdf(path: Path) -> Path:
    from reportlab.lib import pdfencrypt
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path), encrypt=pdfencrypt.StandardEncryption("open-sesame", canPrint=0))
    pdf.drawString(72, 700, "Secret CV text")
    pdf.showPage()
    pdf.save()
    return path


def write_statement_docx(path: Path) -> Path:
    import docx

    document = docx.Document()
    document.add_heading("Personal statement", level=0)
    document.add_heading("Why data science", level=1)
    document.add_paragraph(
        "I grew up in Hamburg and fell for statistics while counting ships in the harbour."
    )
    document.add_paragraph("Since then I have wanted to build tools that make uncertainty visible.")
    document.add_heading("Skills", level=1)
    document.add_paragraph("Bayesian modelling with PyMC", style="List Bullet")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "2019 – 2022"
    table.cell(0, 1).text = "Mentor at the Hamburg Python user group"
    table.cell(1, 0).text = "Languages"
    table.cell(1, 1).text = "German, English, Danish"
    document.save(str(path))
    return path


def _csv_bytes(header: list[str], rows: list[list[str]], preamble: str = "") -> bytes:
    buffer = io.StringIO()
    buffer.write(preamble)
    writer = csv.writer(buffer)
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8")


NOTES_PREAMBLE = 'Notes:\n"When exporting your connection data, you may notice that some of the email addresses are missing."\n\n'


def linkedin_export_files() -> dict[str, bytes]:
    """The CSVs of a LinkedIn data export, with the real column names."""
    return {
        "Profile.csv": _csv_bytes(
            [
                "First Name",
                "Last Name",
                "Maiden Name",
                "Address",
                "Birth Date",
                "Headline",
                "Summary",
                "Industry",
                "Zip Code",
                "Geo Location",
                "Twitter Handles",
                "Websites",
                "Instant Messengers",
            ],
            [
                [
                    "Jane",
                    "Doe",
                    "",
                    "12 Linden Street, Berlin",
                    "Mar 5, 1990",
                    "Senior Data Scientist at Acme Analytics",
                    "I turn messy data into decisions.\nI mentor junior analysts.",
                    "Data Infrastructure and Analytics",
                    "10115",
                    "Berlin, Germany",
                    "[janedoe]",
                    "[PERSONAL:https://jane.example,OTHER:https://github.com/janedoe]",
                    "[]",
                ]
            ],
        ),
        "Positions.csv": _csv_bytes(
            ["Company Name", "Title", "Description", "Location", "Started On", "Finished On"],
            [
                [
                    "Acme Analytics",
                    "Senior Data Scientist",
                    "Built the churn model.",
                    "Berlin",
                    "Mar 2019",
                    "Aug 2022",
                ],
                ["Northwind", "Head of Data", "Leads a team of eight.", "Hamburg", "Sep 2022", ""],
            ],
        ),
        "Education.csv": _csv_bytes(
            ["School Name", "Start Date", "End Date", "Notes", "Degree Name", "Activities"],
            [
                [
                    "TU Munich",
                    "2014",
                    "2016",
                    "Thesis on graph neural networks.",
                    "MSc Computer Science",
                    "Chess club",
                ]
            ],
        ),
        "Skills.csv": _csv_bytes(["Name"], [["Python"], ["SQL"], ["Causal inference"]]),
        "Projects.csv": _csv_bytes(
            ["Title", "Description", "Url", "Started On", "Finished On"],
            [
                [
                    "Churn radar",
                    "Open-source churn dashboards.",
                    "https://github.com/janedoe/radar",
                    "Jan 2021",
                    "",
                ]
            ],
        ),
        "Certifications.csv": _csv_bytes(
            ["Name", "Url", "Authority", "Started On", "Finished On", "License Number"],
            [["AWS Certified ML Specialty", "", "Amazon Web Services", "Nov 2024", "Nov 2027", "AWS-1234"]],
        ),
        "Languages.csv": _csv_bytes(["Name", "Proficiency"], [["German", "Native or bilingual proficiency"]]),
        "Honors.csv": _csv_bytes(
            ["Title", "Description", "Issued On"], [["Best Paper Award", "At KDD.", "Aug 2021"]]
        ),
        "PhoneNumbers.csv": _csv_bytes(["Extension", "Number", "Type"], [["", "+49 30 1234567", "Mobile"]]),
        "Email Addresses.csv": _csv_bytes(
            ["Email Address", "Confirmed", "Primary", "Updated On"],
            [["jane@example.com", "Yes", "Yes", "2023/01/01"]],
        ),
        "Connections.csv": _csv_bytes(
            ["First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On"],
            [["Max", "Muster", "", "", "Rival Corp", "Chief Guesser", "01 Jan 2020"]],
            preamble=NOTES_PREAMBLE,
        ),
    }


def write_zip(path: Path, files: dict[str, bytes], *, folder: str = "") -> Path:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            archive.writestr(f"{folder}{name}", data)
    return path


def _node(
    node_id: str, role: str | None, text: str | None, parent: str | None, children: list[str], **meta
) -> dict:
    message = None
    if role is not None:
        message = {
            "id": node_id,
            "author": {"role": role},
            "create_time": 1_700_000_000 + len(node_id),
            "content": {"content_type": "text", "parts": [text or ""]},
            "metadata": meta,
        }
    return {"id": node_id, "message": message, "parent": parent, "children": children}


def chatgpt_export() -> list[dict]:
    """Two conversations. The first had its first user message edited: the original and the reply to it
    stay in the tree on an abandoned branch; `current_node` ends the edited branch."""
    branched = {
        "title": "Marathon training plan",
        "create_time": 1_715_000_000.0,
        "current_node": "u3",
        "mapping": {
            "root": _node("root", None, None, None, ["sys"]),
            "sys": _node(
                "sys",
                "system",
                "You are ChatGPT.",
                "root",
                ["u1", "u1b"],
                is_visually_hidden_from_conversation=True,
            ),
            "u1": _node("u1", "user", "I am training for the Berlin Marathon.", "sys", ["a1"]),
            "a1": _node("a1", "assistant", "Great, as someone based in Toronto you...", "u1", []),
            "u1b": _node(
                "u1b", "user", "I am training for the Loch Ness Marathon in September.", "sys", ["a1b"]
            ),
            "a1b": _node(
                "a1b", "assistant", "Since you did your PhD at Oxford, here is a plan.", "u1b", ["u2"]
            ),
            "u2": _node("u2", "user", "Long runs have to be on Sunday mornings.", "a1b", ["a2"]),
            "a2": _node("a2", "assistant", "Noted: Sundays it is.", "u2", ["u3"]),
            "u3": _node("u3", "user", "   ", "a2", []),
        },
    }
    hidden = {
        "title": "Gaelic lenition",
        "create_time": 1_730_000_000.0,
        "current_node": "g2",
        "mapping": {
            "g0": _node(
                "g0",
                "user",
                "Custom instructions the app injected.",
                None,
                ["g1"],
                is_visually_hidden_from_conversation=True,
            ),
            "g1": _node("g1", "user", "I've started learning Scottish Gaelic.", "g0", ["g2"]),
            "g2": _node("g2", "assistant", "Lenition softens consonants.", "g1", []),
        },
    }
    return [branched, hidden]


def write_chatgpt_json(path: Path) -> Path:
    path.write_text(json.dumps(chatgpt_export()), encoding="utf-8")
    return path


SITE_PAGES = {
    "index.html": """<!doctype html><html><head><title>Jane Doe</title><style>.x{color:red}</style></head>
<body>
<header><nav><a href="/">Home</a> <a href="about.html">About</a> <a href="projects.html">Projects</a></nav></header>
<div id="cookie-banner" class="cookie-consent"><p>We use cookies to improve your experience.</p></div>
<main>
  <h1>Jane Doe</h1>
  <p>I build forecasting systems for wind farms.</p>
  <p>Read about <a href="about.html">me</a>, my <a href="projects.html">projects</a>,
     or my <a href="https://elsewhere.example/">friend's site</a>.</p>
</main>
<footer><p>© 2025 Jane Doe. All rights reserved.</p></footer>
<script>var tracking = "analytics-secret";</script>
</body></html>""",
    "about.html": """<html><head><title>About · Jane Doe</title></head><body>
<main><h2>About me</h2><p>I play the cello in a community orchestra.</p>
<p><a href="private/diary.html">diary</a> <a href="deep.html">more</a></p></main></body></html>""",
    "projects.html": """<html><head><title>Projects</title></head><body>
<main><h2>Projects</h2><ul><li>Tidecast: probabilistic wind power forecasts.</li></ul></main></body></html>""",
    "deep.html": """<html><body><p>Two clicks from the start.</p><a href="deeper.html">on</a></body></html>""",
    "deeper.html": """<html><body><p>Three clicks from the start.</p></body></html>""",
    "private/diary.html": """<html><body><p>Private diary entry.</p></body></html>""",
}


def write_site(folder: Path, pages: dict[str, str] | None = None) -> Path:
    for name, html in (pages or SITE_PAGES).items():
        target = folder / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(html, encoding="utf-8")
    return folder


def write_rirekisho_pdf(path: Path) -> Path:
    """A Japanese résumé form (rirekisho) in English, drawn cell by cell: personal rows (the reading of the
    name and of the address, sex, address, phone), then a Year | Month | entry table of events, oldest first.
    One entry wraps onto a second line with its year and month centred beside the two; "Present" closes the
    work history and "End" the table; the family and commute rows come last."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path), pagesize=A4)
    pdf.setFont("Helvetica-Bold", 14)
    pdf.drawString(230, 800, "RÉSUMÉ (Rirekisho)")
    y = 770.0
    for label, value in [
        ("Furigana", "Taniguchi Emi"),
        ("Name", "TANIGUCHI Emi"),
        ("Date of birth", "3 May 1990 (Heisei 2) (age 35)"),
        ("Sex", "Female"),
        ("Furigana", "Hyogo-ken Kobe-shi Nada-ku Mikage-cho"),
        ("Phone", "078-555-0142"),
    ]:
        pdf.setFont("Helvetica", 7.5)
        pdf.drawString(55, y, label)
        pdf.setFont("Helvetica", 10)
        pdf.drawString(125, y, value)
        y -= 22
    pdf.setFont("Helvetica", 7.5)
    for x, text in [(80, "Year"), (150, "Month"), (300, "Education and work history")]:
        pdf.drawString(x, y, text)
    y -= 18
    rows: list[tuple[str, str, list[str]]] = [
        ("", "", ["Education"]),
        (
            "2006 (Heisei 18)",
            "4",
            ["Entered Rokko University of Nursing, Faculty of Nursing, Department of Clinical", "Nursing"],
        ),
        ("2010 (Heisei 22)", "3", ["Graduated from Rokko University of Nursing (Bachelor of Nursing)"]),
        ("", "", ["Work history"]),
        ("2010", "4", ["Joined Kobe Minato Hospital (Kobe, Hyogo) as a staff nurse"]),
        ("2014", "9", ["Left Kobe Minato Hospital (personal reasons)"]),
        ("2014", "10", ["Founded Nada Home Nursing (Nada-ku, Kobe), a home-visit nursing station; Director"]),
        ("", "", ["Present"]),  # set at the right of the entry column, as the form has them
        ("", "", ["End"]),
    ]
    for year, month, entry in rows:
        pdf.setFont("Helvetica", 10)
        if year:
            middle = y - 6.25 * (len(entry) - 1)  # centred beside an entry of two lines
            pdf.drawString(55, middle, year)
            pdf.drawString(160, middle, month)
        for line in entry:
            pdf.drawString(480 if line in ("Present", "End") else 185, y, line)
            y -= 12.5
        y -= 6
    for label, value in [("Nearest station", "Mikage Station (Hankyu Line)"), ("Spouse", "Yes")]:
        pdf.setFont("Helvetica", 7.5)
        pdf.drawString(55, y, label)
        y -= 12
        pdf.setFont("Helvetica", 10)
        pdf.drawString(55, y, value)
        y -= 18
    pdf.showPage()
    pdf.save()
    return path
