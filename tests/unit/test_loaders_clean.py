"""Text cleaning shared by the loaders: what reaches the knowledge file looks like ordinary text."""

from __future__ import annotations

import pytest

from ingest.clean import find_date, is_boilerplate, is_date_only, normalize_text, strip_bullet


def test_normalize_text_repairs_pdf_and_web_artefacts() -> None:
    raw = "The ﬁnal\u00a0report\u200b was “great” – it\u2019s  done.\x07\n\tNext\ufeff line"
    assert normalize_text(raw) == 'The final report was "great" – it\'s done. Next line'


def test_normalize_text_rejoins_words_hyphenated_at_a_line_break() -> None:
    assert normalize_text("presented to the manage-\nment board") == "presented to the management board"
    # A capitalised second half is a real compound: the hyphen stays.
    assert normalize_text("worked with Jean-\nPierre") == "worked with Jean-Pierre"
    # A dash between spaces is not hyphenation.
    assert normalize_text("2019 -\n2022") == "2019 - 2022"


def test_a_talk_transcripts_notes_on_the_room_are_not_what_the_person_said() -> None:
    said = (
        "I will give you four, because a conservator does a little less. [laughter] Write to me. (Applause)"
    )
    assert (
        normalize_text(said) == "I will give you four, because a conservator does a little less. Write to me."
    )
    assert is_boilerplate("(slide: the fresco half cleaned, with a grey line down the middle)")
    assert is_boilerplate("[Slide 4]")
    # A sentence about slides, or a bracket that says something, stays.
    assert not is_boilerplate("Slides are how I teach (mostly photographs).")
    assert (
        normalize_text("She laughed (laughter is good for the lungs).")
        == "She laughed (laughter is good for the lungs)."
    )


def test_normalize_text_keep_newlines_keeps_lines_and_one_blank_line() -> None:
    assert normalize_text("a  b\n\n\n\nc \n d", keep_newlines=True) == "a b\n\nc\nd"


def test_inline_bullets_become_middle_dots_and_leading_bullets_are_stripped() -> None:
    assert normalize_text("Python • SQL ● Spark") == "Python · SQL · Spark"
    assert strip_bullet("• Led a team") == "Led a team"
    assert strip_bullet("\uf0b7 Word symbol bullet") == "Word symbol bullet"
    assert strip_bullet("- dash item") == "dash item"
    assert strip_bullet("-5% churn") is None
    assert strip_bullet("Plain line") is None
    # A chevron leads an item in some CVs; a German quotation opens against its word and is not one.
    assert strip_bullet("» Recorded or mixed 37 albums") == "Recorded or mixed 37 albums"
    assert strip_bullet("»Zitat« sagte sie") is None


@pytest.mark.parametrize(
    "line",
    [
        "We use cookies to improve your experience. Accept all",
        "© 2025 Jane Doe",
        "Copyright 2024 Jane Doe. All rights reserved.",
        "Skip to content",
        "Powered by Hugo",
        "Proudly powered by WordPress",
        "Page 2 of 3",
        "Back to top",
        "Home | About | Blog | Contact",
        "Menu",
        "",
        "Dear members of the selection panel,",
        "Dear Linh,",
        "Yours sincerely,",
        # An Indian CV's title, label and closing declaration (persona 18).
        "CURRICULUM VITAE",
        "Roles and Responsibilities:",
        "I hereby declare that the above information is true to the best of my knowledge.",
        "Place: Chennai",
        "Date: 10.01.2026",
        "(VAIDEHI KANAKASABAI)",
    ],
)
def test_page_furniture_is_boilerplate(line: str) -> None:
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "Python | SQL | Spark",
        "Built with Python and Django, the service handles 10k requests a second.",
        "About me",
        "I baked cookies for the whole team every Friday.",
        "Led a team of four.",
        "2019/2020 academic year",
        "Dear Linh, you are nineteen and the rain has not stopped.",
        "Love, Linh, older, and still reading the boxes",
        "I declare my love for the sea in every post.",
        "Place of work: Umhlanga Children's Hospital, the paediatric ICU, since 2020",
    ],
)
def test_content_is_not_boilerplate(line: str) -> None:
    assert not is_boilerplate(line)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Senior Data Scientist, Acme   Mar 2019 – Aug 2022", "2019-03 – 2022-08"),
        ("Head of Data, 09/2022 - present", "2022-09 – present"),
        ("MSc, TU Munich, 2014–2016", "2014 – 2016"),
        ("Mentor since 2020", "2020 – present"),
        ("Dunedin Prize, 2016", "2016"),
        # French, Spanish, Italian and Portuguese CVs (persona 17's is French)
        ("janv. 2019 – aujourd'hui", "2019-01 – present"),
        ("Archiviste, sept. 2015 – déc. 2018", "2015-09 – 2018-12"),
        ("dic 2020 – actualidad", "2020-12 – present"),
        ("Gennaio 2018 – oggi", "2018-01 – present"),
        ("outubro 2017 – atual", "2017-10 – present"),
        ("depuis mars 2021", "2021-03 – present"),
        ("outside 2019 – 2020 the month words are whole words", "2019 – 2020"),
        ("No date here", None),
        # Indian and British CVs cut the year to two digits (persona 18's): "Apr'19", "2012-14"
        ("Senior Medical Social Worker\tApr’19 – Present", "2019-04 – present"),
        ("Medical Social Worker June 2016 – Mar'19", "2016-06 – 2019-03"),
        ("Project Coordinator (Community Social Worker)\t2012-14", "2012 – 2014"),
        ("B.A. Sociology, 2007–10", "2007 – 2010"),
        ("Certificate in Palliative Care, Nov '17", "2017-11"),
        ("2019-03", "2019-03"),  # ISO: a month, not 2019 to 2003
        ("2010-12", "2010-12"),
    ],
)
def test_find_date_reads_cv_dates(text: str, date: str | None) -> None:
    assert find_date(text) == date


def test_a_year_mentioned_in_long_prose_is_not_the_line_date() -> None:
    prose = "In 2002 I watched the Danube rise " + "and learned what forecasts are for " * 4
    assert find_date(prose) is None


def test_is_date_only() -> None:
    assert is_date_only("March 2021 – present")
    assert is_date_only("since 2019")
    assert not is_date_only("Mechanics, 2016.")
    assert is_date_only("Apr’14 – May’16") and is_date_only("2012-14")
