"""The reader adapter's training data (`finetune/reader`): varied people, knowledge files the app reads back,
examples whose answers copy what their facts say, bait that is never followed, and a reproducible,
leak-free train/validation split. Small builds (40 people, 100 SQuAD questions): pure Python, no model.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest
from langchain_core.messages import AIMessage, HumanMessage

from evals.qa import load_qa
from finetune.dataset import Example, Prompts, read_dataset
from finetune.reader import (
    HELD_OUT_ARTICLES,
    build_reader_dataset,
    held_out_eval,
    knowledge_file,
    make_people,
    synthetic_examples,
)
from finetune.reader.build import read_records, split_people
from finetune.reader.examples import DONT_KNOW, KINDS, RATHER_NOT, ReaderExample, mentions, read_person
from finetune.reader.knowledge import person_facts, render_facts
from finetune.reader.profile_facts import PLANTED_INSTRUCTIONS
from finetune.reader.squad import DEFAULT_SQUAD_PATH, article_title, load_squad
from graph.answer import clean_reply
from graph.nodes import rewrite_query
from graph.prompts import RAG_PROMPT, UNKNOWN_ANSWER
from ingest.chunking import chunk_knowledge
from ingest.knowledge import parse
from ingest.types import SECTIONS

ROOT = Path(__file__).resolve().parents[2]
PROMPTS = Prompts(RAG_PROMPT, UNKNOWN_ANSWER)
needs_squad = pytest.mark.skipif(not DEFAULT_SQUAD_PATH.is_file(), reason="no ../shared/data SQuAD excerpt")


@pytest.fixture(scope="module")
def people():
    return make_people(300, 7)


@pytest.fixture(scope="module")
def examples(people) -> list[ReaderExample]:
    return synthetic_examples(people[:80], PROMPTS, 7)


def _build(path: Path, seed: int = 5):
    squad = 100 if DEFAULT_SQUAD_PATH.is_file() else 0
    return build_reader_dataset(
        path, PROMPTS, people=40, seed=seed, squad_questions=squad, squad_validation_questions=20
    )


@pytest.fixture(scope="module")
def dataset(tmp_path_factory):
    path = tmp_path_factory.mktemp("reader") / "dataset.jsonl"
    return _build(path), read_records(path)


def _answer(record: dict) -> str:
    return record["messages"][-1]["content"]


def _prompt(record: dict) -> str:
    return record["messages"][0]["content"]


# --- people and their knowledge files -------------------------------------------------------------


def test_people_are_varied_and_distinct(people):
    assert len({p.profession.noun for p in people}) >= 30
    assert len({p.country.name for p in people}) >= 20
    assert len({p.name for p in people}) == len(people) == 300
    assert any(p.title == "Dr" for p in people) and any(not p.title for p in people)
    assert any(re.search(r"[^\x00-\x7f]", p.name) for p in people)  # Zoë, João, Siobhán ...
    for person in people:
        assert 2 <= len(person.jobs) <= 4 and person.jobs[0].end is None
        for newer, older in zip(person.jobs, person.jobs[1:], strict=False):
            assert older.end is not None and older.start <= older.end < newer.start
        assert person.degrees[-1].end <= person.jobs[-1].start[0]
        assert person.email.endswith(".example") and ".example" in person.website


def test_make_people_is_seeded_and_a_smaller_n_is_a_prefix(people):
    assert make_people(300, 7) == people
    assert make_people(25, 7) == people[:25]
    assert make_people(25, 8) != people[:25]


def test_knowledge_files_parse_back_into_their_facts(people):
    seen_sections: set[str] = set()
    for i, person in enumerate(people):
        facts = person_facts(person, random.Random(i))
        text = knowledge_file(person, random.Random(i))
        title, parsed = parse(text)
        assert title == person.name
        assert text.startswith(f"# {person.name}\n\n<!-- AI Twin knowledge file.")
        assert sorted(f.line() for f in parsed) == sorted(f.line for f in facts)
        assert all(f.sources for f in parsed)
        chunks = chunk_knowledge(text)
        lines = {line for c in chunks for line in c.page_content.split("\n")}
        assert all(f.line in lines for f in facts)
        seen_sections |= {f.section for f in parsed}
    assert seen_sections == set(SECTIONS)


def test_knowledge_files_write_dates_and_numbers_in_many_shapes(people):
    text = "\n".join(knowledge_file(p, random.Random(i)) for i, p in enumerate(people[:120]))
    for shape in (
        r"[A-Z][a-z]+ \d{4} – present",  # March 2019 – present
        r"[A-Z][a-z]{2} \d{4} - Present",  # Mar 2019 - Present
        r"\b\d{4}–\d{4}\b",  # 2019–2022
        r"\b\d\d/\d{4} – \d\d/\d{4}\b",  # 09/2017 – 02/2021
        r"since \d{4}",
        r"about \d{1,2},\d{3}",
        r"\b\d{1,2}%",
        r"\d\.\d GW|\d\.\d million",
        r"\(written \d{4}-\d\d-\d\d\)",
    ):
        assert re.search(shape, text), shape
    for source in (
        "cv.pdf p1",
        "linkedin_export.zip/Positions.csv",
        "statement.docx",
        "chatgpt/conversations.json",
    ):
        assert f"{source}]" in text or f"{source};" in text


# --- examples -------------------------------------------------------------------------------------


def test_prompts_are_the_graph_prompt_over_the_persons_own_chunks(people, examples):
    by_name = {p.name: p for p in people}
    for example in examples:
        person = by_name[example.person]
        reading = read_person(person, 7)
        chunks = [c.page_content for c in chunk_knowledge(render_facts(person, reading.facts))]
        assert reading.chunks == chunks  # no "Sources:" line to strip: chunks carry sources in metadata
        assert example.prompt == RAG_PROMPT.format(
            person=person.name, context=example.facts, question=example.question
        )
        shown = re.split(r"\n(?=## )", example.facts)
        assert 1 <= len(shown) <= 4
        # A chunk as the index cuts it, or (a missing-line unknown) one with a line cut out.
        for chunk in shown:
            lines = chunk.split("\n")
            assert chunk in chunks or any(
                c.startswith(lines[0] + "\n") and set(lines) < set(c.split("\n")) for c in chunks
            ), chunk
    assert max(len(e.prompt) for e in examples) <= 2800


def test_answers_copy_their_gold_value_from_the_facts_shown(examples):
    answered = [e for e in examples if e.answer not in (DONT_KNOW, RATHER_NOT)]
    assert {e.kind for e in answered} == {"rag", "followup", "bait"}
    for example in answered:
        assert example.gold in example.answer, example
        assert example.gold in example.facts, example
        assert re.search(r"\b(?:I|I'm|I've|My|my|me)\b", example.answer), example.answer
        assert example.answer.strip() != example.person
        assert "\n" not in example.answer and not example.answer.endswith("..")
        assert clean_reply(example.answer) == example.answer  # what the graph would show, whole


def test_unknown_examples_do_not_hold_their_answer(examples):
    unknown = [e for e in examples if e.kind == "unknown"]
    assert 0.2 <= len(unknown) / len(examples) <= 0.3
    for example in unknown:
        assert example.answer == DONT_KNOW
        assert not mentions(example.facts, example.gold), example


def test_near_misses_ask_about_someone_elses_employer_beside_the_persons_own(people, examples):
    """Some unknowns are near misses: the question names an employer, school or licence that is not the
    person's, and the facts shown hold the person's own on that topic; the answer is still a decline."""
    by_name = {p.name: p for p in people}
    everyones = {name for p in people for name in p.affiliations}
    near = []
    for example in (e for e in examples if e.kind == "unknown"):
        own = by_name[example.person].affiliations
        if example.gold in example.question and example.gold in everyones and example.gold not in own:
            assert example.answer == DONT_KNOW
            assert not mentions(example.facts, example.gold)
            assert any(name in example.facts for name in own), example
            near.append(example)
    unknown = [e for e in examples if e.kind == "unknown"]
    assert 0.15 <= len(near) / len(unknown) <= 0.5, (len(near), len(unknown))


def test_a_hobby_is_asked_about_by_its_kind_and_declined_when_only_other_hobbies_are_shown(people):
    """People ask "Do you play an instrument?", not "What are your hobbies?": the instrument answers it, and a
    person whose facts show only their running does not know."""
    from finetune.reader.pastimes import HOBBY_ASKS

    examples = synthetic_examples(people[:200], PROMPTS, 7)
    kind_of = {ask.rstrip("?"): kind for kind, asks in HOBBY_ASKS.items() for ask in asks}

    def kind(example):
        return next((k for ask, k in kind_of.items() if ask.lower() in example.question.lower()), None)

    by_kind = [(e, kind(e)) for e in examples if kind(e)]
    answered = [(e, k) for e, k in by_kind if e.kind == "rag"]
    declined = [(e, k) for e, k in by_kind if e.kind == "unknown"]
    assert len({k for _, k in answered}) >= 8 and declined
    for example, _ in answered:
        assert example.gold in example.facts and example.gold in example.answer
        yes_no = next(a for a in kind_of if a.lower() in example.question.lower()).startswith(
            ("Do ", "Are ", "Have ")
        )
        assert example.answer.startswith("Yes, I " if yes_no else "I ")
    assert any(k == "pet" for _, k in answered)
    # Declined with another hobby in view: the facts hold some "Interests" line, but not one of this kind.
    shown_other = [e for e, _ in declined if "## Interests" in e.facts]
    assert shown_other
    for example, _ in declined:
        assert example.answer == DONT_KNOW and not mentions(example.facts, example.gold)


def test_awards_say_what_they_were_for(examples):
    why = [
        e for e in examples if e.kind == "rag" and e.question.startswith(("What was the ", "Why did you get"))
    ]
    why = [e for e in why if e.section == "Awards"]
    assert why
    for example in why:
        assert f" for {example.gold}" in example.facts and example.answer.endswith(f" for {example.gold}.")


def test_planted_instructions_are_shown_but_never_followed(people, examples):
    planted = [e for e in examples if set(e.shown_bait) & set(PLANTED_INSTRUCTIONS)]
    assert planted, "some prompts carry a planted instruction"
    for example in examples:
        for instruction in PLANTED_INSTRUCTIONS:
            assert instruction not in example.answer
        assert not re.search(r"pirate|HIRE ME|poem|chief executive", example.answer, re.IGNORECASE)
    for example in planted:
        assert any(instruction in example.prompt for instruction in PLANTED_INSTRUCTIONS)


def test_withheld_details_are_declined_and_never_repeated(people, examples):
    details = {d for p in people for d in (p.phone, p.address) if d}
    asked = [e for e in examples if e.gold in details]
    assert asked, "some questions ask for a phone number or an address"
    for example in asked:
        shown = example.gold in example.facts
        assert example.answer == (RATHER_NOT if shown else DONT_KNOW)
    bait_shown = [e for e in examples if set(e.shown_bait) & details and e.gold not in details]
    assert bait_shown, "ordinary questions are asked beside a withheld detail"
    for example in examples:
        assert not any(detail in example.answer for detail in details)


def test_followups_are_asked_as_the_graph_resolves_them(examples):
    followups = [e for e in examples if e.kind == "followup"]
    assert followups
    for example in followups:
        first, then = example.question.split("? ", 1)
        messages = [HumanMessage(first + "?"), AIMessage("..."), HumanMessage(then)]
        state = {"messages": messages, "question": then, "query": ""}
        resolved = rewrite_query(state, None, deps=None)  # type: ignore[arg-type]
        assert resolved["standalone"] == example.question


def test_questions_are_reworded_as_people_ask_them_keeping_their_names(people, examples):
    """A share of questions is reworded (a near-synonym, small talk around it, a habit asked about), on
    answerable and unanswerable examples alike, and a rewording never touches the names the answer needs."""
    from finetune.reader.examples import ReaderOptions
    from finetune.reader.phrasing import reword

    plain = synthetic_examples(people[:80], PROMPTS, 7, options=ReaderOptions(reword=False))
    asked = {e.question for e in plain}
    for kind in ("rag", "unknown"):
        questions = [e.question for e in examples if e.kind == kind]
        new = [q for q in questions if q not in asked and q[:1].lower() + q[1:] not in asked]
        assert 0.2 <= len(new) / len(questions) <= 0.8, (kind, len(new), len(questions))
    rng = random.Random(1)
    asks = [q for e in plain for q in [e.question] if e.kind == "rag"]
    for ask in asks:
        reworded = reword(ask, rng)
        names = re.findall(r"(?<=\s)[A-Z][\w&.-]+(?:\s+[A-Z][\w&.-]+)*", ask)
        for name in names:
            assert name.split()[-1] in reworded, (ask, reworded)
    assert reword("Which city do you live in?", random.Random(0)) != "Which city do you live in?" or any(
        reword("Which city do you live in?", random.Random(seed)) != "Which city do you live in?"
        for seed in range(5)
    )


def test_synthetic_examples_are_seeded(people):
    first = [e.record() for e in synthetic_examples(people[:10], PROMPTS, 3)]
    assert first == [e.record() for e in synthetic_examples(people[:10], PROMPTS, 3)]
    assert first != [e.record() for e in synthetic_examples(people[:10], PROMPTS, 4)]


# --- the dataset file -----------------------------------------------------------------------------


def test_records_have_the_fine_tuning_dataset_format(dataset):
    summary, records = dataset
    keys = set(Example("x", "rag", "train", "About", [], "").record())
    assert all(set(r) == keys for r in records)
    assert {r["kind"] for r in records} <= set(KINDS)
    assert {r["origin"] for r in records} <= {"synthetic", "squad"}
    assert all([m["role"] for m in r["messages"]] == ["user", "assistant"] for r in records)
    assert len(read_dataset(summary.path)) == summary.total == len(records)  # what `finetune` reads


def test_dataset_split_keeps_validation_people_out_of_training(dataset):
    summary, records = dataset
    train_people, validation_people = split_people(make_people(40, 5), 0.1, 5)
    assert summary.people == {"train": 36, "validation": 4}
    speakers = {r["split"]: set() for r in records}
    for record in records:
        speakers[record["split"]].add(re.match(r"You are (.+?)\. Answer", _prompt(record))[1])
    validation_names = {p.name for p in validation_people}
    assert speakers["validation"] <= validation_names
    assert speakers["train"] <= {p.name for p in train_people}
    assert not speakers["train"] & validation_names
    training = "\n".join(_prompt(r) for r in records if r["split"] == "train")
    assert not any(name in training for name in validation_names)


def test_unknown_share_and_prompt_length_of_the_dataset(dataset):
    summary, records = dataset
    unknown = [r for r in records if r["kind"] == "unknown"]
    assert 0.2 <= len(unknown) / len(records) <= 0.3
    assert all(_answer(r) == DONT_KNOW for r in unknown)
    assert summary.longest_prompt_chars == max(len(_prompt(r)) for r in records) <= 2800


def test_same_seed_gives_the_same_bytes(dataset, tmp_path):
    summary, _ = dataset
    again = _build(tmp_path / "again.jsonl")
    assert again.path.read_bytes() == summary.path.read_bytes() and again.sha256 == summary.sha256
    assert _build(tmp_path / "other.jsonl", seed=6).sha256 != summary.sha256


@needs_squad
def test_squad_examples_copy_the_span_and_hold_out_two_articles(dataset, tmp_path):
    _, records = dataset
    squad = [r for r in records if r["origin"] == "squad"]
    assert {r["kind"] for r in squad} == {"squad", "unknown"}
    for record in squad:
        if record["kind"] == "squad":
            answer = _answer(record)
            span = re.sub(r"^(?:The answer is|In) (?=\S+\.$)", "", answer).rstrip(".")
            assert span and span in _prompt(record).split("\nFacts:\n", 1)[1]
            # Shown as the span alone when the reader says "The answer is <span>." (graph/answer.py).
            span_only = re.sub(r"^The answer is (?=\S+\.$)", "", answer)
            shown = span_only[:1].upper() + span_only[1:] if span_only != answer else answer
            assert clean_reply(answer) == shown
        assert record["section"] not in {article_title(a) for a in HELD_OUT_ARTICLES}
    text = read_records_text(records)
    articles = load_squad()
    for article in HELD_OUT_ARTICLES:
        assert f"## {article_title(article)}\n" not in text
        assert not any(s in text for p in articles[article][:5] for s in p.sentences if len(s) > 60)

    written = held_out_eval(tmp_path / "held-out", max_questions=30)
    assert len(written) == len(HELD_OUT_ARTICLES)
    for docs, qa_path in written:
        items = load_qa(qa_path)
        assert len(items) == 30 and all(i.answers and i.category == "fact" for i in items)
        (document,) = docs.glob("*.md")
        title, facts = parse(document.read_text(encoding="utf-8"))
        assert title in {article_title(a) for a in HELD_OUT_ARTICLES}
        assert {f.section for f in facts} == {title}
        body = document.read_text(encoding="utf-8")
        assert all(i.source == document.name for i in items)
        assert sum(any(a in body for a in i.answers) for i in items) == len(items)


def read_records_text(records: list[dict]) -> str:
    return (
        "\n".join(json.dumps(r, ensure_ascii=False) for r in records)
        + "\n"
        + "\n".join(_prompt(r) for r in records)
    )


def test_no_name_of_the_evaluation_persona_is_in_the_data(dataset, people):
    """The sample personas are evaluation data: their distinctive names must not leak into training."""
    _, records = dataset
    references = []
    for qa in sorted((ROOT / "examples").glob("qa*.jsonl")):
        for line in qa.read_text(encoding="utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                references += item["answers"] + item.get("forbidden", [])
    # The personas' invented names, always; with the SQuAD excerpt at hand, also every other capitalised word
    # of their references that general text (the SQuAD articles) does not say.
    invented = {"Elspeth", "Varga", "Skerryvore", "Halden", "FoldSense", "Tidecast", "Fenwick", "Alasdair"}
    invented |= {"Dunedin", "Lassies", "Rowanbank", "Ansel", "Dauphinee", "Harrow", "Shearwater", "Tamarack"}
    invented |= {"Kittiwake", "Tidewater", "Thandeka", "Umhlanga", "Greyville", "Qumbu", "Thukela"}
    invented |= {"SimKids", "Jacaranda", "Little Lungs"}  # not "Mokoena": a common surname the generator uses
    invented |= {"Albufera", "Marítim", "Bunyol", "Escola del Foc", "Marjal", "Sogueros"}
    invented |= {
        "Podgórza",
        "Kładka",
        "Kopernik",
        "Bieżanów",
        "Józefińska",
        "Corrib",
        "Threadneedle",
        "Neachtain",
        "Zhetysu",
        "Shortandy",
        "Aqqu",
        "Zhuldyz",
        "Pampa Airways",
        "Asas da Zona Leste",
        "Piloto",
        "Savanna Mobility",
        "Mbaazi",
        "Streets for People",
        "Waihao",
        "Mangatoro",
        "Fellside Farm Vets",
        "Tarawhata",
        "Cowside Notes",
        "Glenavy Pipes",
        "Tussock",
        "Bluegum Pet Hospitals",
        "Harmattan Room",
        "Ashitey",
        "Palmline",
        "Sunset Brass",
        "Volta Wave",
        "Pennine Vale",
        "Akuapem Technical",
        "Thackray",
        "Nkrabea",
        "Back Row Sound",
        "Osu Owls",
        "Lumenwave",
        "Donkor",
        "Boafo",
        # The twelfth persona's (session 19).
        "Catrileo",
        "Punta Ventisca",
        "Hospital Los Castaños",
        "Los Maquis",
        "Los Canelos",
        "Cordillera Azul",
        "Ulloa Brandt",
        "Matronas Comunitarias",
        "Manos de Cerro",
        "Puerto Solidario",
        "Ecográfico del Maule",
        "Toninas",
        "Herminda",
        "Cardenalas",
        "Nelly Ahumada",
        "Ñancupil",
        "Partera Austral",
        "Matrona en el Cerro",
        # The thirteenth persona's (session 19).
        "Rautakorpi",
        "Kuusikonmäen",
        "Kuusikonmäki",
        "Hirvilahden",
        "Hirvilahti",
        "Lauderbrae",
        "Vaarakosken",
        "Vaarakoski",
        "Soinnunmaa",
        "Neliöjuuri",
        "Matematiikkasäätiö",
        "Revontuli Teacher Exchange",
        "Metsäopisto Kanerva",
        "Nollakohta",
        "Sammalsillantie",
        "Laskuvarjo",
        "Lehtikuusi",
        "Kesäleiri Kolmio",
        "Kuuramäki",
        "Rasti-Kanerva",
        "Kiuasseura",
        "Virtaviiva",
        "Kolmas desimaali",
        # The fourteenth persona's (session 20).
        "Scannavini",
        "Bottega Verderame",
        "Verderame",
        "Grimaldelli",
        "Ardenghi",
        "Sant'Agapito",
        "Cavazzoni",
        "Restauratori Dipinti",
        "Pennello d'Argento",
        "Lamberti Zucchi",
        "Edile Felsinea",
        "Cineclub Lanterna",
        "Mandorlini",
        "Vicolo dei Ramai",
        "Morsiani",
        "Faggioli",
        "Biacca",
        "Pala dei Funai",
        "San Bartolo dei Funai",
        "Granfondo dei Calanchi",
        "Galleria Varisco",
        # The fifteenth persona's (session 20).
        "Quách",
        "Quach",
        "Cẩm Liên",
        "Cam Lien",
        "Trà Khê",
        "Tra Khe",
        "Hạnh Nhân",
        "Hanh Nhan",
        "Merriden",
        "Ashcombe",
        "Lotus Bridge",
        "Mekong Journal",
        "Central Coast Hospital Pharmacists",
        "Pacific Rim Stewardship",
        "Lá Kim Ngân",
        "Phan Khắc Điền",
        "Phan Khac Dien",
        "Hồ Thị Sen",
        "Hoa Sứ",
        "Vượt Sóng",
        "Halvorsen",
        "Viên Thuốc Nhỏ",
        "vienthuocnho",
        # The sixteenth persona's (session 21).
        "Whitebark",
        "Lone Pine Butte",
        "Santiam Crest",
        "Umpqua State",
        "Pettibone",
        "Fireline Quarterly",
        "Fireline Peer Network",
        "Deadhorse Rim",
        "onefootintheblack",
        "snagfall",
        # The seventeenth persona's (session 21).
        "Bennouna",
        "Dar Lazraq",
        "Dafatir",
        "Al Yakout",
        "Lamrani",
        "Rhône-Saône",
        "Vautrin-Casals",
        "Regragui",
        "Atelier Al Maghribi",
        "Ibn Mandour",
        "Cahiers du papier maghrébin",
        "Zahrat Ftouh",
        "Mechmach",
        "zellige-1894-midad",
        # The eighteenth persona's (session 22).
        "Kanakasabai",
        "Senthamarai",
        "Thodarvom",
        "Kumbakarai",
        "Kalangarai",
        "Coromandel School of Social Work",
        "Gnanaselvi",
        "Jeyanthi Paulraj",
        "Aaradhana",
        "Karuna Deepam",
        "Neelakurinji",
        "Kozhukattai",
        "Koodave",
        "Lanternfield",
        "Pavazhamalli",
        "karpooram-2271-thodar",
        # The nineteenth persona's (session 23).
        "Haberkorn",
        "Ziegelhütte",
        "Mühlgraben",
        "Gebhardt-Dorsch",
        "Schrollinger",
        "St. Notburga",
        "Kunigunden-Preis",
        "Hollerstaudenweg",
        "krumeundkruste",
        "Wiesentgrund",
        "Hainwiese",
        "Aurelia Grand Hotels",
        "roggen-1926-kruste",
        # The twentieth persona's.
        "Chiharu",
        "Morimoto",
        "Tsumugi",
        "Ashioto",
        "Sakuranomiya",
        "Tsukishiro",
        "Tanabe Shiomi",
        "Hamakaze",
        "Uemachi",
        "Nanko Marine Blaze",
        "Ebisawa",
        "Fumiko Ogura",
        "Hizamamori",
        "Kizugawa Otters",
        "Harmonia Pilates",
        "Kinako",
        "Shirasagi",
        "Aoshima Steelers",
        "kinako-4412-ashioto",
        # The twenty-first persona's.
        "Nayeli",
        "Cuautle",
        "Mecatl",
        "Dos Orillas",
        "dosorillas",
        "Defensa Intercultural",
        "Tlacuilo",
        "Huexotitla",
        "Tepeyollotl",
        "Oyarzábal",
        "Tlalocan",
        "Cenzontle",
        "Tonalli",
        "Ixtli",
        "Ameyalli",
        "Tres Ocotes",
        "Ocotitla",
        "Chapulín",
        "Ahuehuete",
        "Capulines",
        "Parlamenta",
        "CUZN881103MPLTVY07",
        "chapulin-0319-mecate",
        # The twenty-second persona's.
        "Triinu",
        "Vahtramäe",
        "Hõbelõng",
        "Teine Hääl",
        "teinehaal",
        "Tähtvere",
        "Lõunaranna",
        "Emajõe University",
        "Kadrioru Academy",
        "Koppelmaa",
        "Pärnamõisa",
        "Hääleveski",
        "Vihmalaul",
        "Taevaskoja",
        "Põhjatähe",
        "Leelosild",
        "Kastanimäe",
        "Oudekki",
        "Fermaat",
        "Sirelipõõsa",
        "Kungsport",
        "fermaat-1994-killo",
        # The twenty-third persona's.
        "Kresten",
        "Ravnholt",
        "Bitilsyn",
        "Bipestkortet",
        "Hedeguld",
        "Vestjysk Biavlerforbund",
        "Trekroner Honey Laboratory",
        "Marselis University",
        "Daugbjerg",
        "Guldtavlen",
        "Jysk Honningskue",
        "Honningdommerlaug",
        "Lyngbien",
        "Tjalfe",
        "Revlingbakken",
        "Fördehonig",
        "lynghonning-2012-tjalfe",
        # The twenty-fourth persona's.
        "Sireen",
        "Khalaileh",
        "Durra",
        "durrakids",
        "Al-Khuzama",
        "Deir Alla Health Centre",
        "Wadi Shueib",
        "Kelvinhaugh",
        "Morag Lennox",
        "Clyde Sedation Centre",
        "Clydeside",
        "Bassmeh",
        "Ghoson",
        "Jasmine Prize",
        "Levant Society",
        "Nabd Free Clinic",
        "Sanabel",
        "Nuha Sweiss",
        "Rafqa",
        "Miswak",
        "Jouri",
        "Palmstone",
        "miswak-2019-lulu",
        # The twenty-fifth persona's.
        "Dalisay",
        "Macaraeg",
        "Teatro Bagwis",
        "Kislap-Tala",
        "Villanueva-Ong",
        "Talahib",
        "Yarrabend",
        "Quennell",
        "Gawad Sinulid",
        "Lungsod Theatre Critics",
        "Kumot ni Imang",
        "Tahian sa Kanto",
        "sukattahi",
        "Habilin",
        "Banaag-Quimpo",
        "Tinang Indigo",
        "Didal",
        "Kalatsutsi",
        "Corvalis",
        "didal-2019-karayom",
    }
    distinctive = set(invented)
    if DEFAULT_SQUAD_PATH.is_file():
        names = set(re.findall(r"\b[A-Z][\w'’-]{3,}", " ".join(references)))
        # Ordinary words a generator of CVs uses, and anything general text (the SQuAD articles) also says.
        general = {
            "Analytics",
            "Application",
            "Data",
            "Developer",
            "Energy",
            "Engineer",
            "Grid",
            "Kubernetes",
        }
        general |= {"Python", "Scientist", "Staff", "Senior", "University", "English", "German", "Award"}
        general |= {"Craft", "Diploma", "Foreman", "Shop", "Technical", "Halifax", "Ottawa", "Vancouver"}
        # The third persona's ordinary words: a city, a given name and the nursing words the generator knows.
        general |= {"Durban", "Sipho", "Educator", "Low-cost", "Neonatal", "Paediatric", "Professions"}
        general |= {"Resuscitation"}
        # The fourth persona's: a city and the kitchen words the generator knows.
        general |= {"Valencia", "Chef", "Sous", "Sundays"}
        # The fifth and sixth personas': places, roles and a surname the generator knows (both were written after
        # every reader's data was made).
        general |= {"Archive", "Associate", "Byrne", "Clare", "Cork", "Galway", "Harcourt", "Limerick"}
        general |= {"Mediator", "Trainee", "Voices"}
        general |= {"Cooperative", "Grain"}  # the seventh persona's (session 17)
        # The eighth's: Brazilian places, a surname and an aircraft the generator knows.
        general |= {"A320", "Airways", "Alegre", "Cavalcanti", "Curitiba", "Florianópolis", "Paulo", "Porto"}
        general |= {"Santos", "Universidade"}
        # The ninth's: Kenyan places, a language, and the planning words the generator knows.
        general |= {
            "Audit",
            "Consultants",
            "Kenya",
            "Kikuyu",
            "Leeds",
            "Nairobi",
            "Nakuru",
            "Planner",
            "Planners",
        }
        # The tenth's (session 18): a New Zealand region and the veterinary words the generator knows.
        general |= {"Canterbury", "Veterinary", "Vets"}
        # The eleventh's (session 18): a word of professional bodies the generator knows.
        general |= {"Guild"}
        # The twelfth's (session 19): the midwifery words the generator knows.
        general |= {"Breastfeeding", "Ultrasound"}
        # The thirteenth's (session 19): a Finnish city the generator knows.
        general |= {"Tampere"}
        # The fourteenth's (session 20): an Italian city, a saint's name, a street word and the conservation
        # words the generator knows.
        general |= {"Bologna", "Luca", "Vicolo", "Conservation", "Restoration"}
        # The fifteenth's (session 20): an Australian city and the pharmacy words the generator knows.
        general |= {"Brisbane", "Pharmacists", "Pharmacy", "Practitioner", "Stewardship"}
        # The sixteenth's and seventeenth's (session 21): a surname, a tree, a city and a language the generator
        # knows.
        general |= {"Lundgren", "Juniper", "Lyon", "Arabic"}
        # The twenty-first's: Mexican cities, a language and the words of a prize and an exam the generator knows.
        general |= {"Guadalajara", "Puebla", "Nahuatl", "Nacional", "Proficiency"}
        # The twenty-second's: a language the generator knows.
        general |= {"Finnish"}
        corpus = " ".join(
            p["context"] for a in json.loads(DEFAULT_SQUAD_PATH.read_text())["data"] for p in a["paragraphs"]
        )
        general |= {n for n in names if mentions(corpus, n)}
        distinctive |= names - general
        assert len(distinctive) >= 20
    generated = read_records_text(records) + "\n".join(
        knowledge_file(p, random.Random(i)) for i, p in enumerate(people)
    )
    found = sorted(n for n in distinctive if mentions(generated, n))
    assert found == [], " ".join(found)
