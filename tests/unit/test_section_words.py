"""Section names people give their CV headings and site pages: a CV's "Work" lists jobs, a site's /work page
shows what was made, and a heading that only ends with such a word names nothing."""

import pytest

from ingest.loaders.structure import section_for


@pytest.mark.parametrize(
    ("heading", "section"),
    [
        ("Work", "Experience"),
        ("Training", "Education"),
        ("Book", "Publications"),
        ("Distinctions", "Awards"),
        ("Licences", "Certifications"),
        ("Journal", "Opinions"),
        ("Study", "Education"),
        ("Award", "Awards"),
        ("Recognition", "Awards"),
        ("Professional Membership", "Certifications"),
        ("Registration and membership", "Certifications"),
        ("Accreditation", "Certifications"),
        ("In short", "About"),
        ("Career", "Experience"),
        ("Työ / Work", "Experience"),
        ("Koulutus / Education", "Education"),
        ("Vapaa-aika / Free time", "Interests"),
        ("Publication", "Publications"),
        ("Where I trained", "Education"),
        ("Where I have worked", "Experience"),
        ("What I am good at", "Skills"),
        ("Outside work", "Interests"),
        ("Outside the clinic", "Interests"),
    ],
)
def test_cv_headings_people_use_name_their_section(heading: str, section: str):
    assert section_for(heading) == section


@pytest.mark.parametrize(
    "heading",
    [
        "Dog training",
        "My favourite book",
        "Away from work",
        "Work at the clinic",
        "I want to study",
        "My award",
    ],
)
def test_a_heading_that_only_ends_with_such_a_word_names_no_section(heading: str):
    assert section_for(heading) is None


@pytest.mark.parametrize(
    ("path", "section"),
    [("work.html", "Projects"), ("our-work/index.html", "Projects"), ("journal/oil.html", "Opinions")],
)
def test_a_sites_work_page_is_its_portfolio_and_its_journal_its_views(path: str, section: str):
    from ingest.loaders.website import section_from_path

    assert section_from_path(path) == section


def test_a_cv_tables_header_row_is_not_a_fact() -> None:
    from ingest.loaders.structure import Block, documents_from_blocks

    blocks = [
        Block("Työ / Work", "heading"),
        Block("Vuodet / Years"),
        Block("Mitä / What"),
        Block("Head of the Mathematics Department, Kuusikonmäen lukio, Tampere, 8/2021–"),
        Block("Python / SQL"),
    ]
    texts = [doc.page_content for doc in documents_from_blocks(blocks, source="cv.pdf", source_type="cv")]
    assert texts == [
        "Head of the Mathematics Department, Kuusikonmäen lukio, Tampere, 8/2021–",
        "Python / SQL",
    ]


def test_a_sidebars_contact_label_and_its_value_on_the_next_lines_are_one_fact() -> None:
    # Joined, the disclosure policy withholds the address and the birth date whole (persona 15's sidebar).
    from ingest.loaders.structure import Block, documents_from_blocks

    blocks = [
        Block("Contact", "heading"),
        Block("Address"),
        Block("K41 Phan Khac Dien, An Hai Bac,"),
        Block("Son Tra, Da Nang"),
        Block("Date of birth"),
        Block("03/09/1986"),
        Block("Skills", "heading"),
        Block("Antimicrobial stewardship"),
    ]
    texts = [doc.page_content for doc in documents_from_blocks(blocks, source="cv.pdf", source_type="cv")]
    assert texts[:2] == [
        "Address: K41 Phan Khac Dien, An Hai Bac, Son Tra, Da Nang",
        "Date of birth: 03/09/1986",
    ]
    assert "Antimicrobial stewardship" in texts
