"""LinkedIn: the data-export CSVs become dated facts; a saved profile page becomes sectioned facts."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.knowledge import build_knowledge_file
from ingest.loaders import load_sources
from ingest.loaders.linkedin import load_linkedin_page, read_export_csv
from ingest.policy import DisclosurePolicy
from tests.unit.fixtures_sources import NOTES_PREAMBLE, linkedin_export_files, write_zip


@pytest.fixture(scope="module")
def export(tmp_path_factory: pytest.TempPathFactory):
    # Some exports put the CSVs in a folder inside the ZIP.
    path = write_zip(
        tmp_path_factory.mktemp("li") / "linkedin.zip",
        linkedin_export_files(),
        folder="Basic_LinkedInDataExport/",
    )
    result = load_sources([path])
    return result.documents, result.reports[0]


def _find(docs, start: str):
    matches = [doc for doc in docs if doc.page_content.startswith(start)]
    assert matches, f"no document starts with {start!r}"
    return matches[0]


def test_positions_become_dated_experience_facts(export) -> None:
    docs, _ = export
    acme = _find(docs, "Senior Data Scientist at Acme")
    assert acme.page_content == (
        "Senior Data Scientist at Acme Analytics, Berlin (Mar 2019 – Aug 2022). Built the churn model."
    )
    assert acme.metadata["section"] == "Experience" and acme.metadata["date"] == "2019-03 – 2022-08"
    assert acme.metadata["source"] == "linkedin.zip/Basic_LinkedInDataExport/Positions.csv"
    assert acme.metadata["source_type"] == "linkedin"
    current = _find(docs, "Head of Data at Northwind")
    assert "(Sep 2022 – present)" in current.page_content
    assert current.metadata["date"] == "2022-09 – present"


def test_other_export_files_become_facts_in_their_sections(export) -> None:
    docs, _ = export
    education = _find(docs, "MSc Computer Science at TU Munich")
    assert education.page_content == (
        "MSc Computer Science at TU Munich (2014 – 2016). Thesis on graph neural networks. Activities: Chess club"
    )
    assert education.metadata["section"] == "Education" and education.metadata["date"] == "2014 – 2016"
    skills = [doc for doc in docs if doc.metadata["section"] == "Skills"]
    assert [doc.page_content for doc in skills] == ["Skills: Python, SQL, Causal inference."]
    assert _find(docs, "Speaks German").metadata["section"] == "Languages"
    assert _find(docs, "Project: Churn radar").metadata["section"] == "Projects"
    certification = _find(docs, "Certification: AWS Certified ML Specialty")
    assert "Amazon Web Services" in certification.page_content and certification.metadata["date"] == "2024-11"
    assert _find(docs, "Award: Best Paper Award").metadata["section"] == "Awards"


def test_profile_gives_about_and_marks_private_contact_fields(export) -> None:
    docs, _ = export
    name = _find(docs, "Name: Jane Doe")
    assert name.metadata["section"] == "About" and name.metadata["person"] == "Jane Doe"
    assert _find(docs, "Headline: Senior Data Scientist").metadata["section"] == "About"
    assert _find(docs, "I mentor junior analysts.").metadata["section"] == "About"

    def marked(field: str) -> list[str]:
        return [doc.page_content for doc in docs if doc.metadata.get("field") == field]

    # Kept, and marked, so the privacy policy downstream can withhold them.
    assert marked("address") == ["Address: 12 Linden Street, Berlin.", "Zip code: 10115."]
    assert marked("birth_date") == ["Birth date: Mar 5, 1990."]
    assert marked("phone") == ["Phone: +49 30 1234567 (mobile)"]
    assert marked("email") == ["Email: jane@example.com (primary)"]
    assert {doc.metadata["section"] for doc in docs if doc.metadata.get("field") in ("address", "phone")} == {
        "Contact"
    }
    websites = [doc.page_content for doc in docs if doc.metadata.get("field") == "website"]
    assert websites == [
        "Website: https://jane.example (personal)",
        "Website: https://github.com/janedoe (other)",
    ]
    assert _find(docs, "Twitter: @janedoe").metadata["field"] == "twitter"


def test_files_not_used_are_reported_and_never_read_into_facts(export) -> None:
    docs, report = export
    assert report.error is None and report.kind == "linkedin"
    assert "Connections.csv: not used" in report.skipped
    assert not any("Muster" in doc.page_content or "Chief Guesser" in doc.page_content for doc in docs)
    assert report.taken == len(docs)


def test_header_row_is_found_after_a_notes_preamble() -> None:
    data = (NOTES_PREAMBLE + "Company Name,Title,Started On\nAcme,Analyst,2018\n").encode()
    assert read_export_csv(data, ("Company Name", "Title", "Started On")) == [
        {"Company Name": "Acme", "Title": "Analyst", "Started On": "2018"}
    ]


def test_an_unpacked_export_folder_is_read_like_the_zip(tmp_path: Path) -> None:
    folder = tmp_path / "export"
    folder.mkdir()
    for name, data in linkedin_export_files().items():
        (folder / name).write_bytes(data)
    result = load_sources([folder])
    assert result.reports[0].error is None
    assert (
        _find(result.documents, "Senior Data Scientist at Acme").metadata["source"] == "export/Positions.csv"
    )


PROFILE_PAGE = """<!doctype html><html><head>
<title>(3) Jane Doe | LinkedIn</title>
<link rel="canonical" href="https://www.linkedin.com/in/janedoe/">
</head><body>
<main>
<section class="artdeco-card">
  <h1 class="text-heading-xlarge">Jane Doe</h1>
  <div class="text-body-medium break-words">Head of Data at Northwind</div>
</section>
<section class="artdeco-card"><div id="about"></div>
  <h2><span aria-hidden="true">About</span><span class="visually-hidden">About</span></h2>
  <code style="display: none" id="bpr-guid-1">{"data":{"$type":"com.linkedin.voyager.dash"}}</code>
  <div><span aria-hidden="true">I turn messy data into decisions.</span>
       <span class="visually-hidden">I turn messy data into decisions.</span></div>
</section>
<section class="artdeco-card"><div id="experience"></div>
  <h2><span aria-hidden="true">Experience</span><span class="visually-hidden">Experience</span></h2>
  <ul>
    <li><span aria-hidden="true">Head of Data</span><span class="visually-hidden">Head of Data</span>
        <span aria-hidden="true">Northwind · Full-time</span>
        <span aria-hidden="true">Sep 2022 - Present</span>
        <ul><li><span aria-hidden="true">Skills: SQL</span></li></ul></li>
    <li><span aria-hidden="true">Senior Data Scientist</span><span aria-hidden="true">Acme Analytics</span></li>
  </ul>
  <a href="#">Show all 5 experiences</a>
</section>
<section class="artdeco-card"><div id="skills"></div>
  <h2><span aria-hidden="true">Skills</span></h2>
  <ul><li><span aria-hidden="true">Python</span><span>12 endorsements</span></li></ul>
</section>
<section class="artdeco-card"><div id="recommendations"></div>
  <h2><span aria-hidden="true">Recommendations</span></h2>
  <ul><li>Jane is the worst manager I ever had.</li></ul>
</section>
</main>
<aside><section><h2>People also viewed</h2><ul><li>John Smith</li></ul></section></aside>
</body></html>"""


def test_saved_profile_page_gives_name_headline_and_sections(tmp_path: Path) -> None:
    path = tmp_path / "profile.html"
    path.write_text(PROFILE_PAGE, encoding="utf-8")
    result = load_sources([path])
    docs, report = result.documents, result.reports[0]
    assert report.error is None and report.kind == "linkedin"
    by_text = {doc.page_content: doc.metadata for doc in docs}
    assert by_text["Name: Jane Doe."]["person"] == "Jane Doe"
    assert by_text["Headline: Head of Data at Northwind"]["section"] == "About"
    assert by_text["I turn messy data into decisions."]["section"] == "About"
    # A job reads as the export's does: role at employer (dates), what it was.
    assert by_text["Head of Data at Northwind (Sep 2022 – present). Skills: SQL"]["section"] == "Experience"
    assert by_text["Senior Data Scientist at Acme Analytics."]["section"] == "Experience"
    assert by_text["Python"]["section"] == "Skills"
    joined = "\n".join(by_text)
    assert "worst manager" not in joined  # written by someone else
    assert "John Smith" not in joined and "endorsements" not in joined and "Show all" not in joined
    assert "voyager" not in joined  # LinkedIn's hidden JSON blobs


def _shown(text: str) -> str:
    """A line as LinkedIn writes it twice: once to see, once for screen readers (in other words)."""
    return f'<span aria-hidden="true">{text}</span><span class="visually-hidden">{text.replace(" - ", " to ")}</span>'


GROUPED_PAGE = f"""<html><head><title>Maren Holloway | LinkedIn</title>
<link rel="canonical" href="https://www.linkedin.com/in/maren/"></head><body><main>
<section><h1>Maren Holloway</h1></section>
<section><h2>{_shown("Experience")}</h2><ul>
  <li><div class="t-bold">{_shown("Whitebark Hotshot Crew")}</div>
      <span class="t-14">{_shown("Full-time · 9 yrs 10 mos")}</span>
      <span class="t-14">{_shown("Sisters, Oregon, United States · On-site")}</span>
      <ul>
        <li><div class="t-bold">{_shown("Superintendent")}</div><span>{_shown("Full-time")}</span>
            <span>{_shown("Mar 2020 - Present · 5 yrs 11 mos")}</span>
            <ul><li>{_shown("I lead a crew of 20.")}</li></ul></li>
        <li><div class="t-bold">{_shown("Assistant Superintendent")}</div>
            <span>{_shown("Apr 2016 - Feb 2020 · 3 yrs 11 mos")}</span></li>
      </ul></li>
  <li><div class="t-bold">{_shown("Engine Crewmember")}</div>
      <span>{_shown("Tiller Ranger District · Seasonal")}</span>
      <span>{_shown("Jun 2006 - Sep 2008 · 2 yrs 4 mos")}</span>
      <span>{_shown("Tiller, Oregon, United States")}</span></li>
</ul></section>
<section><h2>{_shown("Education")}</h2><ul>
  <li><div class="t-bold">{_shown("Umpqua State University")}</div>
      <span>{_shown("Bachelor of Science - BS, Forestry")}</span><span>{_shown("2005 - 2009")}</span></li>
</ul></section>
</main></body></html>"""


def test_roles_grouped_under_one_company_are_one_job_line_each() -> None:
    """LinkedIn groups the roles held at one company under it (persona 16): each role is a line of its own,
    with the company, the company's place and the role's own dates; durations and contract kinds are left out."""
    docs = load_linkedin_page(GROUPED_PAGE.encode(), source="profile.html")
    lines = [doc.page_content for doc in docs if doc.metadata["section"] in ("Experience", "Education")]
    assert lines == [
        "Superintendent at Whitebark Hotshot Crew, Sisters, Oregon, United States (Mar 2020 – present). "
        "I lead a crew of 20.",
        "Assistant Superintendent at Whitebark Hotshot Crew, Sisters, Oregon, United States (Apr 2016 – Feb 2020).",
        "Engine Crewmember at Tiller Ranger District, Tiller, Oregon, United States (Jun 2006 – Sep 2008).",
        "Bachelor of Science - BS, Forestry at Umpqua State University (2005 – 2009).",
    ]


def _contact(kind: str, value: str) -> str:
    return (
        f'<section class="pv-contact-info__contact-type"><h3 class="pv-contact-info__header">{kind}</h3>'
        f'<ul><li class="pv-contact-info__ci-container">{value}</li></ul></section>'
    )


CONTACT_PAGE = GROUPED_PAGE.replace(
    "</main>",
    '</main><div role="dialog"><h2>Contact Info</h2>'
    + _contact(
        "Website",
        '<a href="https://onefootintheblack.example">onefootintheblack.example</a> <span>(Personal)</span>',
    )
    + _contact("Phone", "<span>(541) 555-0182</span> <span>(Mobile)</span>")
    + _contact("Address", "68215 Juniper Hollow Rd, Sisters, OR 97759")
    + _contact(
        "Email", '<a href="mailto:maren@onefootintheblack.example">maren@onefootintheblack.example</a>'
    )
    + _contact("Birthday", "August 14")
    + "</div>",
)


def test_the_contact_info_box_gives_labelled_details_and_the_policy_withholds_the_private_ones(
    tmp_path: Path,
) -> None:
    """A visitor asks "Do you have a website?": the saved page's contact box says so, as the export's Profile.csv
    does; phone, address and birthday carry their kind, so the default policy keeps them out (persona 16)."""
    docs = load_linkedin_page(CONTACT_PAGE.encode(), source="profile.html")
    contact = {
        doc.page_content: doc.metadata.get("field") for doc in docs if doc.metadata["section"] == "Contact"
    }
    assert contact == {
        "Website: onefootintheblack.example (Personal)": "website",
        "Phone: (541) 555-0182 (Mobile)": "phone",
        "Address: 68215 Juniper Hollow Rd, Sisters, OR 97759": "address",
        "Email: maren@onefootintheblack.example": "email",
        "Birthday: August 14": "birth_date",
    }
    path = tmp_path / "knowledge.md"
    build_knowledge_file(docs, path, DisclosurePolicy())
    knowledge = path.read_text(encoding="utf-8")
    assert "- Website: onefootintheblack.example (Personal)" in knowledge
    assert not any(secret in knowledge for secret in ("555-0182", "Juniper Hollow", "August 14"))


def test_a_personal_page_that_links_to_linkedin_is_not_a_linkedin_page(tmp_path: Path) -> None:
    path = tmp_path / "index.html"
    path.write_text(
        "<html><head><title>Jane Doe</title></head><body><p>I write about data.</p>"
        '<a href="https://www.linkedin.com/in/janedoe/">My LinkedIn</a></body></html>',
        encoding="utf-8",
    )
    result = load_sources([path])
    assert result.reports[0].kind == "website"
    assert {doc.metadata["source_type"] for doc in result.documents} == {"website"}


def test_load_linkedin_page_reports_sections_it_did_not_use() -> None:
    from ingest.types import SourceReport

    report = SourceReport("profile.html")
    load_linkedin_page(PROFILE_PAGE.encode(), source="profile.html", report=report)
    assert "section 'Recommendations': not used" in report.skipped


def test_an_oversized_file_inside_the_export_is_skipped_not_fatal(tmp_path: Path) -> None:
    files = linkedin_export_files()
    files["Positions.csv"] += b"Acme,Analyst,," + b"x" * 20_000 + b",Berlin,2018,\n"
    result = load_sources([write_zip(tmp_path / "linkedin.zip", files)], max_mb=0.01)
    report = result.reports[0]
    assert report.error is None
    assert any(
        item.startswith("linkedin.zip/Positions.csv: ") and "over the" in item for item in report.skipped
    )
    assert not any(doc.metadata["section"] == "Experience" for doc in result.documents)
    assert any(doc.metadata["section"] == "Skills" for doc in result.documents)


def test_volunteering_in_the_export_is_a_fact(tmp_path: Path) -> None:
    """Persona 24's free clinic is only in the export's Volunteering.csv, which had been skipped as not used."""
    files = linkedin_export_files()
    files["Volunteering.csv"] = (
        b"Company Name,Role,Cause,Started On,Finished On,Description\n"
        b'Nabd Free Clinic,Volunteer Dentist,Health,Nov 2016,,"One Friday a month I see children there."\n'
    )
    result = load_sources([write_zip(tmp_path / "linkedin.zip", files)])
    clinic = _find(result.documents, "Volunteering: ")
    assert clinic.page_content == (
        "Volunteering: Volunteer Dentist at Nabd Free Clinic, Health (Nov 2016 – present). One Friday a month I see "
        "children there."
    )
    assert clinic.metadata["section"] == "Experience"
    assert not any("Volunteering.csv" in skipped for skipped in result.reports[0].skipped)


def test_courses_in_the_export_are_facts(tmp_path: Path) -> None:
    """Persona 25's corsetry course is only in the export's Courses.csv, which had been skipped as not used."""
    files = linkedin_export_files()
    files["Courses.csv"] = b"Name,Number\nHistorical Corsetry,COS702\nCutting for Period Dress,\n"
    result = load_sources([write_zip(tmp_path / "linkedin.zip", files)])
    courses = [doc for doc in result.documents if doc.page_content.startswith("Course: ")]
    assert [doc.page_content for doc in courses] == [
        "Course: Historical Corsetry (COS702).",
        "Course: Cutting for Period Dress.",
    ]
    assert {doc.metadata["section"] for doc in courses} == {"Education"}
    assert not any("Courses.csv" in skipped for skipped in result.reports[0].skipped)
