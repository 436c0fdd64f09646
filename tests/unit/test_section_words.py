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


def test_a_german_cvs_personal_details_are_joined_and_withheld(tmp_path) -> None:
    """Persona 19's Lebenslauf sets each label over its value ("Geburtsdatum und -ort:" / "14.02.1988 in
    Hollfeld"); apart, the birth date and the marital status reached the knowledge file."""
    from ingest.knowledge import build_knowledge_file
    from ingest.loaders.structure import Block, documents_from_blocks
    from ingest.policy import DisclosurePolicy

    blocks = [
        Block("Lebenslauf", "heading"),
        Block("Persönliche Daten", "heading", level=2),
        *(
            Block(text)
            for text in ["Telefon:", "0171 555 0372", "Geburtsdatum und -ort:", "14.02.1988 in Hollfeld"]
        ),
        *(Block(text) for text in ["Familienstand:", "verheiratet", "Staatsangehörigkeit:", "deutsch"]),
        Block("Berufserfahrung", "heading", level=2),
        Block("Inhaber und Bäckermeister, 04/2017 – heute"),
        Block("Bamberg, 12.01.2026"),
    ]
    docs = documents_from_blocks(blocks, source="cv.pdf", source_type="cv")
    assert [d.page_content for d in docs if ":" in d.page_content][:4] == [
        "Telefon: 0171 555 0372",
        "Geburtsdatum und -ort: 14.02.1988 in Hollfeld",
        "Familienstand: verheiratet",
        "Staatsangehörigkeit: deutsch",
    ]
    path = tmp_path / "knowledge.md"
    build_knowledge_file(docs, path, DisclosurePolicy())
    knowledge = path.read_text()
    for private in ("555 0372", "14.02.1988", "verheiratet", "Telefon", "Familienstand"):
        assert private not in knowledge
    assert "Staatsangehörigkeit: deutsch" in knowledge
    assert "Lebenslauf" not in knowledge and "12.01.2026" not in knowledge  # the title and the place and date


def test_a_bilingual_cvs_labels_over_their_values_are_joined_and_withheld(tmp_path) -> None:
    """Persona 21's CV sets "Domicilio / Address" over its value; apart, the street, the colonia and the birth
    date reached the knowledge file, and "Col." ended the address half-way."""
    from ingest.knowledge import build_knowledge_file
    from ingest.loaders.structure import Block, documents_from_blocks
    from ingest.policy import DisclosurePolicy

    blocks = [
        Block("Nayeli Cuautle Zavaleta", "heading"),
        *(
            Block(text)
            for text in [
                "Teléfono / Phone",
                "222 555 0148",
                "Domicilio / Address",
                "Privada Ahuehuete 14, Col. Los Capulines, C.P. 72150, Puebla, Pue.",
                "Fecha de nacimiento / Date of\nbirth",
                "3 de noviembre de 1988 / 3 November 1988",
            ]
        ),
        Block("EXPERIENCIA PROFESIONAL", "heading"),
        Block("Coordinator and co-founder — Mecatl Intérpretes, Puebla, March 2019 – present"),
    ]
    docs = documents_from_blocks(blocks, source="cv.pdf", source_type="cv")
    path = tmp_path / "knowledge.md"
    build_knowledge_file(docs, path, DisclosurePolicy())
    knowledge = path.read_text()
    for private in ("0148", "Ahuehuete", "Capulines", "72150", "1988", "noviembre", "Domicilio", "Teléfono"):
        assert private not in knowledge
    assert "Mecatl Intérpretes" in knowledge
