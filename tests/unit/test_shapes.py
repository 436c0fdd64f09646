"""Questions one line of a known shape answers: why a name, a pet's age, how long a job lasted, the job's town."""

import pytest
from langchain_core.messages import AIMessage, AIMessageChunk, HumanMessage
from langgraph.checkpoint.memory import InMemorySaver

from graph import Context, build_graph
from graph.nodes import pinned_line
from graph.shapes import rereads, says_it, shape_line, shaped_answer
from tests.fakes import KNOWLEDGE, RecordingModel, build_retriever

LINES = [
    "- Dog off her food: my dog marzipan is 7 years old and since sunday she leaves half her bowl. "
    "(written 2026-01-09) [chatgpt/conversations.json]",
    "- Outside work: At home there is Marzipan, a small brown dog from the shelter in Leith. She's named after "
    "the sweet, because she came home in the week before Christmas. [statement.docx]",
    '- Why "Stillwater"?: Stillwater means the calm part of a river. It is where the fish rest, and where I '
    "want my patients to rest too. [website/index.html]",
    "- Stillwater: I write here about physiotherapy for runners. [website/index.html]",
    "- Physiotherapist at Harbour Clinic, Dunedin, New Zealand (Mar 2015 – Jan 2018). Sports injuries. "
    "[linkedin_export.zip/Positions.csv]",
    "- Senior Physiotherapist at Harbour Clinic, Dunedin, New Zealand (Feb 2018 – Aug 2020). [cv.pdf p1]",
    "- Clinical Lead — Kestrel Sports Medicine, Wellington, 09/2020 – present [cv.pdf p1]",
    "- Before Kestrel Sports Medicine, I worked at Harbour Clinic as Senior Physiotherapist. [cv.pdf p1]",
    "- Before Harbour Clinic, I worked at Otago Rowing Club as Team Physio. [cv.pdf p1]",
    "- I work at Kestrel Sports Medicine as Clinical Lead, since September 2020. [cv.pdf p1]",
    "- I joined Harbour Clinic in March 2015, as Physiotherapist. [linkedin_export.zip/Positions.csv]",
    "- Speaks English (Native or bilingual proficiency). [linkedin_export.zip/Languages.csv]",
    "- Speaks Japanese (Elementary proficiency). [linkedin_export.zip/Languages.csv]",
    "- Speaks Te Reo Māori (Limited working proficiency). [linkedin_export.zip/Languages.csv]",
    "- Clinical Lead — Kestrel Sports Medicine, Te Aro, Wellington, 09/2020 – present [cv.pdf p1]",
    "- How I started: At Harbour Clinic the senior physio was Moana Pickering. She had worked with the All Blacks. "
    "She taught me to watch an athlete walk in before asking anything. [statement.docx]",
]


@pytest.mark.parametrize(
    ("question", "answer", "said"),
    [
        (  # the sentence after the name that says why, said with the name
            "Why is your dog called Marzipan?",
            "Marzipan.",
            "Marzipan is named after the sweet, because she came home in the week before Christmas.",
        ),
        (  # a "Why the name" title: its first two sentences
            "Why did you call your website Stillwater?",
            "I called my website Stillwater because I write about physiotherapy.",
            "Stillwater means the calm part of a river. It is where the fish rest, and where I want my patients "
            "to rest too.",
        ),
        (
            "how old is ur dog?",
            "I have been a physiotherapist since 2015.",
            "My dog Marzipan is 7 years old.",
        ),
        ("How old is Marzipan?", "I don't know.", "My dog Marzipan is 7 years old."),
        (  # one employer's lines, counted from the first start to the last end
            "How long did you work at Harbour Clinic?",
            "I worked at Harbour Clinic from Mar 2015 to Aug 2020.",
            "Five and a half years, from March 2015 to August 2020: I was Physiotherapist at Harbour Clinic, "
            "Dunedin, New Zealand, then Senior Physiotherapist at Harbour Clinic, Dunedin, New Zealand.",
        ),
        (
            "What was it like working at Harbour Clinic in Christchurch?",
            "I worked at Harbour Clinic in Christchurch.",
            "I worked at Harbour Clinic in Dunedin, not in Christchurch.",
        ),
        (  # every language, the most fluent first
            "Which languages do you speak?",
            "I speak English (Native or bilingual proficiency).",
            "I speak English (native or bilingual), Te Reo Māori (limited working) and Japanese (elementary).",
        ),
        (  # the "Before" line of the employer the question names, not the one before it
            "Where did you work before the clinic?",
            "Before the clinic, I worked at Kestrel Sports Medicine.",
            "Before Harbour Clinic, I worked at Otago Rowing Club as Team Physio.",
        ),
        (
            "When did you join Harbour Clinic?",
            "I joined Harbour Clinic in 2018.",
            "I joined Harbour Clinic in March 2015, as Physiotherapist.",
        ),
        (
            "What year did you start at Kestrel?",
            "I started at Kestrel in 2015.",
            "I work at Kestrel Sports Medicine as Clinical Lead, since September 2020.",
        ),
        ("When did you become clinical lead?", "In 2015.", "I've been clinical lead since September 2020."),
        (
            "Which part of Wellington is your clinic in?",
            "I live in Wellington.",
            "My clinic is in Te Aro, Wellington.",
        ),
        ("Whereabouts in Wellington is Kestrel?", "In Wellington.", "Kestrel is in Te Aro, Wellington."),
        (  # from the sentence that names her to the one that says she taught
            "Who taught you the most at Harbour Clinic?",
            "I worked at Harbour Clinic from 2015 to 2020.",
            "At Harbour Clinic the senior physio was Moana Pickering. She had worked with the All Blacks. She "
            "taught me to watch an athlete walk in before asking anything.",
        ),
    ],
)
def test_a_question_one_line_answers_gets_that_line(question, answer, said):
    assert shaped_answer(LINES, question, answer) == said


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("Why is your dog called Marzipan?", "She's named after the sweet."),  # the reader said why
        ("how old is ur dog?", "She's seven."),  # "7" and "seven" are one age
        ("How long did you work at Harbour Clinic?", "Five years, then I moved to Wellington."),
        ("What was it like working at Harbour Clinic in Dunedin?", "Busy."),  # the town is right
        ("What was it like working at Harbour Clinic in Christchurch?", "Busy, in Dunedin."),
        ("Why is your cat called Tuppence?", "I don't know."),  # no line says
        ("How long did you work at Riverside Hospital?", "I don't know."),  # no job there
        ("Where do you work now?", "I work at Kestrel Sports Medicine."),  # not a shape this knows
        ("What languages do you speak?", "English and some Japanese."),  # more than the first
        ("Where did you work before Kestrel?", "At Harbour Clinic, in Dunedin."),
        ("Where did you work before you moved to Wellington?", "I don't know."),  # no "Before" line names it
        ("When did you join Harbour Clinic?", "In March 2015."),
        ("When did you become a surgeon?", "I don't know."),  # no line holds the role
        ("Which part of Wellington is your clinic in?", "It's in Te Aro."),
        ("Which part of Auckland is your clinic in?", "I don't know."),  # no line names a part of Auckland
        (
            "Whereabouts in Wellington are you based?",
            "I'm based in Wellington.",
        ),  # the person, not a workplace
        ("Who taught you the most at Harbour Clinic?", "Moana Pickering, the senior physio."),
    ],
)
def test_no_line_replaces_these(question, answer):
    assert shaped_answer(LINES, question, answer) is None


# A second person's lines, for the shapes added in session 25 (the first list's cases stay as they were).
MORE_LINES = [
    "- Head of Physiotherapy — Kestrel Sports Medicine, Te Aro, Wellington, 09/2020– [cv.pdf p1]",
    "- I work at Kestrel Sports Medicine as Head of Physiotherapy, since September 2020. [cv.pdf p1]",
    "- I joined Kestrel Sports Medicine in March 2017, as Physiotherapist. [linkedin_export.zip/Positions.csv]",
    "- The earliest job I list is Team Physio at Otago Rowing Club (2009 – 2012). [linkedin_export.zip]",
    "- Bachelor of Physiotherapy at University of Otago (2005 – 2009). Activities: Ran the tramping club, "
    "Tussock Trampers [linkedin_export.zip/Education.csv]",
    "- Since May 2021 I have run my own clinic on Cuba Street. [statement.docx]",
    "- Half marathon: I've entered the Wellington Round the Bays in February: my first half. "
    "(written 2026-01-04) [chatgpt/conversations.json]",
    "- Head of Clinical Pharmacy — Cam Lien General Hospital, Hai Chau district, Da Nang, Jun 2019 – Present",
    "- Why physio: I grew up in Oamaru, above a bike shop. My grandmother Ruth was a nurse at the hospital. She "
    "strapped every ankle in town. I studied sport science first. [statement.docx]",
    "- Head of Physiotherapy — Kestrel Sports Medicine: Lead a team of nine physiotherapists across 3 rooms. "
    "[cv.pdf p1]",
    "- Clinic audit: I saw 212 runners last year and 40 of them came back with the same injury. [website]",
    "- Headline: Head of Physiotherapy, Kestrel Sports Medicine | Sports physiotherapist | Wellington [linkedin]",
    "- Certification: Dry Needling Level 2, issued by Physio Education NZ (Mar 2019). [linkedin_export.zip]",
    "- On taping: Tape on an ankle is a crutch, not a cure. Strength is the cure, and it takes six weeks. [website]",
    "- What comes next: Two plans. The first: by 2030 I want a free running clinic in Newtown every Saturday. "
    "The second is a book. [statement.docx]",
]
_STORY = (
    "I grew up in Oamaru, above a bike shop. My grandmother Ruth was a nurse at the hospital. She strapped "
)


@pytest.mark.parametrize(
    ("question", "answer", "said"),
    [
        (  # a date after the role's words, an open range ("09/2020–") among them
            "What year were you made head of physio?",
            "In 2017.",
            "I've been head of physio since September 2020.",
        ),
        (  # the earliest job, where the reader names a later one
            "What was your first physio job?",
            "I was a Physiotherapist at Kestrel Sports Medicine.",
            "The earliest job I list is Team Physio at Otago Rowing Club (2009 – 2012).",
        ),
        (  # asked as where the working life started (persona 23)
            "Where did your working life start, straight after university?",
            "I don't know.",
            "The earliest job I list is Team Physio at Otago Rowing Club (2009 – 2012).",
        ),
        (  # a year the question puts in the person's mouth: when they joined the place it names
            "You've been at Kestrel since 2020, haven't you?",
            "Yes, I've been at Kestrel since 2020.",
            "No: I joined Kestrel Sports Medicine in March 2017, as Physiotherapist.",
        ),
        (  # or when they began what it names
            "You've had your own clinic since 2019, haven't you?",
            "Yes.",
            "No: since May 2021 I have run my own clinic on Cuba Street.",
        ),
        (
            "what did u get up to at uni outside lectures?",
            "I studied at University of Otago.",
            "Outside my studies, I ran the tramping club, Tussock Trampers.",
        ),
        (
            "Are you training for anything at the moment?",
            "Yes, I'm training for a half marathon.",
            "Yes: I've entered the Wellington Round the Bays in February: my first half.",
        ),
        (  # a part of a town the question does not name: one that says it is one
            "Whereabouts in the city is your hospital?",
            "I live in Da Nang.",
            "My hospital is in Hai Chau district, Da Nang.",
        ),
        (  # the reader stopped at the story's first sentence: that and the two after it
            "What got you into physio in the first place?",
            "I grew up in Oamaru.",
            _STORY + "every ankle in town.",
        ),
        (  # asked who: from the sentence that names who
            "Who got you into physio?",
            "I studied sport science first.",
            "My grandmother Ruth was a nurse at the hospital. She strapped every ankle in town. I studied sport "
            "science first.",
        ),
        (  # the one number the facts put in front of what is counted, said from its sentence
            "How many physiotherapists are on your team?",
            "I don't know.",
            "As Head of Physiotherapy at Kestrel Sports Medicine, I lead a team of nine physiotherapists across 3 "
            "rooms.",
        ),
        (  # a number put in front of something else is no answer to how many
            "How many physiotherapists are on your team?",
            "We have 5 clinics.",
            "As Head of Physiotherapy at Kestrel Sports Medicine, I lead a team of nine physiotherapists across 3 "
            "rooms.",
        ),
        (  # the reader took the other number of the sentence
            "How many runners did you see last year?",
            "40.",
            "I saw 212 runners last year and 40 of them came back with the same injury.",
        ),
        (  # every certificate listed, where the answer names none
            "Any certificates besides your degree?",
            "I'm a member of Physiotherapy New Zealand.",
            "I hold Dry Needling Level 2, from Physio Education NZ (Mar 2019).",
        ),
        (  # an opinion on something else: the sentence about what was asked, and the one after it
            "What do you think about ankle tape?",
            "I think runners should rest more.",
            "Tape on an ankle is a crutch, not a cure. Strength is the cure, and it takes six weeks.",
        ),
        (  # plans told over sentences: the line that says them, from its first sentence
            "What are your plans for the next few years?",
            "I'd like to offer from Newtown.",
            "Two plans. The first: by 2030 I want a free running clinic in Newtown every Saturday. The second is a "
            "book.",
        ),
        (  # work now: the employer the dates say, where the answer names an older one
            "Where do you work?",
            "I work at Harbour Clinic.",
            "I work at Kestrel Sports Medicine as Head of Physiotherapy, since September 2020.",
        ),
        (  # for a living: the profession the headline names, beside the job title
            "What do you do for a living?",
            "I'm a Head of Physiotherapy at Kestrel Sports Medicine.",
            "I'm a sports physiotherapist: Head of Physiotherapy at Kestrel Sports Medicine.",
        ),
    ],
)
def test_more_questions_one_line_answers(question, answer, said):
    assert shaped_answer(MORE_LINES, question, answer) == said


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("You've been at Kestrel since 2017, haven't you?", "Yes, since 2017."),  # the year is right
        ("You've been at Kestrel since 2020, haven't you?", "No, I joined in March 2017."),
        ("What was your first physio job?", "Team physio for Otago Rowing Club."),
        ("what did u get up to at uni outside lectures?", "I ran Tussock Trampers."),
        ("Are you training for anything at the moment?", "Yes, the Wellington Round the Bays."),
        ("What did you study at uni?", "Physiotherapy."),  # not asked what else
        ("Who got you into physio?", "My grandmother Ruth, a nurse."),  # more than one sentence of the story
        ("How many physiotherapists are on your team?", "Nine."),
        ("How many people work at Kestrel?", "I don't know."),  # no number is put in front of people
        ("How many rooms do you have?", "Four, since the move."),  # a number of its own: the reader's stands
        ("Where do you work?", "At Kestrel, in Te Aro."),
        ("What are your plans for the next few years?", "A free running clinic in Newtown on Saturdays."),
        ("What do you think about ankle tape?", "I think tape is a crutch."),  # on the topic
        ("Which certificates do you hold?", "Dry needling, level 2."),
        ("What qualification did you get from university?", "A Bachelor of Physiotherapy."),  # the degree
        (
            "What are you planning to charge for a concert ticket?",
            "€15.",
        ),  # a ticket to get in, not a trade's
        ("What do you do for a living?", "I'm a sports physiotherapist."),
        ("Isn't paperwork the worst part of your job?", "I think so."),  # not where, not for a living
        ("Who got you into physio?", "She strapped every ankle in town. She was my grandmother."),
    ],
)
def test_these_answers_already_say_it(question, answer):
    assert shaped_answer(MORE_LINES, question, answer) is None


# Persona 20's kinds of line (session 26): a saved LinkedIn page's languages, a job held since a date, a count now
# beside a count planned, the size of a place, an award, a headline's profession with its abbreviation.
LINES_26 = [
    "- Japanese · Native or bilingual proficiency [linkedin.html]",
    "- English · Professional working proficiency [linkedin.html]",
    "- Korean · Elementary proficiency [linkedin.html]",
    "- Founder and Director at Tsumugi Sports Physio, Fukushima-ku, Osaka, Japan (Oct 2020 – present). A self-pay "
    "sports physiotherapy studio. A team of five. [linkedin.html]",
    "- Outside the clinic: I have played the Tsugaru shamisen since 2017. [statement.pdf p2]",
    "- Since 2021 we have taught it to the girls' volleyball teams of 23 high schools in Osaka. [website]",
    "- In the doctoral program I want to run a proper trial with 40 schools over two seasons, half of them doing "
    "the warm-up. If it works, I want it in 100 schools by 2030. [statement.pdf p2]",
    "- Head of Clinical Pharmacy — Cam Lien General Hospital: Lead fourteen pharmacists in a 620-bed general "
    "hospital. [cv.pdf p1]",
    "- Award: Young Investigator Award, Kansai Society of Sports Physical Therapy (Nov 2019). For my master's "
    "research. [linkedin.html]",
    "- Headline: Physical Therapist (PT) | Founder and Director, Tsumugi Sports Physio, Osaka [linkedin.html]",
    "- I work at Tsumugi Sports Physio as Director, since October 2020. [cv.pdf p1]",
    "- Outside work: I keep wicket for the Otters, our hospital's tennis-ball cricket team. [statement.pdf p2]",
    '- Why "Dos Orillas"?: Dos orillas means "two banks". An interpreter stands in the water between them. [website]',
    "- Court interpreter of Nahuatl, with fifteen years of work in courts. Expert court interpreter and translator "
    "since 2014. Since 2019 I have coordinated a cooperative. [cv.pdf p1]",
]


@pytest.mark.parametrize(
    ("question", "answer", "said"),
    [
        (
            "What languages do you speak?",
            "I speak Japanese and Native or bilingual proficiency.",
            "I speak Japanese (native or bilingual), English (professional working) and Korean (elementary).",
        ),
        (  # a job held since a date: its dated line, said in the person's words
            "You've had your own studio since 2017, haven't you?",
            "Yes, I own my own studio in Osaka.",
            "No: I've been Founder and Director at Tsumugi Sports Physio since Oct 2020.",
        ),
        (  # a count now, not the count a plan hopes for
            "How many schools are doing Hizamamori now?",
            "40 schools.",
            "Since 2021 we have taught it to the girls' volleyball teams of 23 high schools in Osaka.",
        ),
        (  # a plan's count, where a plan is asked about
            "How many schools will be in the trial?",
            "I don't know.",
            "In the doctoral program I want to run a proper trial with 40 schools over two seasons, half of them "
            "doing the warm-up. If it works, I want it in 100 schools by 2030.",
        ),
        (  # the size of a place: the number in front of it
            "How big is the hospital?",
            "I work for Cam Lien General Hospital.",
            "As Head of Clinical Pharmacy at Cam Lien General Hospital, I lead fourteen pharmacists in a 620-bed "
            "general hospital.",
        ),
        (  # an award, where the reader names a section's title
            "Have you won any awards?",
            "Yes, I received the Tunnustukset / Recognition in 2023.",
            "I received Young Investigator Award, Kansai Society of Sports Physical Therapy (Nov 2019).",
        ),
        (  # where the workplace is: the town and its part the job held now is set in
            "Where is your studio?",
            "My studio is in Osaka.",
            "My studio is in Fukushima-ku, Osaka.",
        ),
        (  # a yes that names no sport: the line that does
            "Do you play any sport?",
            "Yes, I play violin practice plan.",
            "I keep wicket for the Otters, our hospital's tennis-ball cricket team.",
        ),
        (  # the reason is the first sentence's: a word of a later one does not say it
            "Why is your website called Dos Orillas?",
            "I post about interpreting in courts on Dos Orillas.",
            'Dos orillas means "two banks". An interpreter stands in the water between them.',
        ),
        (  # all but one of the role's words, and the date in their sentence
            "Since when have you been a certified court interpreter?",
            "I've been a court interpreter for fifteen years.",
            "I've been a certified court interpreter since 2014.",
        ),
        (  # a headline's profession, without its abbreviation
            "What do you do for a living?",
            "I work at Tsumugi Sports Physio.",
            "I'm a Physical Therapist: Director at Tsumugi Sports Physio.",
        ),
    ],
)
def test_session_26_lines_answer_these(question, answer, said):
    assert shaped_answer(LINES_26, question, answer) == said


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("Have you won any awards?", "Yes, the Young Investigator Award in 2019."),
        ("How many schools do you want Hizamamori in by 2030?", "100 schools."),  # a plan asked about
        ("You've had your own studio since 2020, haven't you?", "Yes."),  # the year is right
        ("What languages do you speak?", "Japanese, English and some Korean."),
        ("Where is your studio?", "In Fukushima-ku."),
        ("Do you play any sport?", "Yes, cricket."),
        ("Do you play any sport?", "No."),
        ("Which city is your studio in?", "Osaka."),
    ],
)
def test_session_26_lines_leave_these(question, answer):
    assert shaped_answer(LINES_26, question, answer) is None


def test_when_they_joined_the_line_is_pinned():
    pinned = pinned_line("When did you start at Kestrel Sports Medicine?")
    assert pinned is not None and pinned.search(MORE_LINES[2]) and not pinned.search(MORE_LINES[1])
    assert pinned_line("did u do anything at uni apart from studying?").search(MORE_LINES[4])
    assert pinned_line("Any qualifications apart from your degree?").search(MORE_LINES[-3])


def test_a_job_still_held_is_counted_until_now():
    said = shaped_answer(LINES, "How long have you been at Kestrel?", "Since 2020.")
    assert said is not None and said.endswith(
        "from September 2020 until now: I'm Clinical Lead at Kestrel Sports Medicine, Wellington."
    )


def test_the_line_a_shaped_question_needs_is_pinned():
    assert pinned_line("how old is ur dog?") is not None
    assert pinned_line("how old is ur dog?").search("tussock my huntaway is 12 and going deaf")
    assert not pinned_line("how old is ur dog?").search("When I was nine our old heading dog ate rat bait")
    assert shape_line("Why did you call the site Small Steps?").search("Small steps: a blog")
    named = pinned_line("Why did you call your website Stillwater?")  # the name, not the "Website:" line
    assert named.search(LINES[2]) and not named.search("- Website: https://harbour.example")
    assert shape_line("What did you study?") is None
    assert shape_line("Which part of Bamberg is the bakery in?").search(
        "Backstube Ziegelhütte, Bamberg-Gaustadt"
    )
    held = pinned_line("Which city is your restaurant in?")
    assert held.search("- Head Chef at Casa Albufera, Valencia, Spain (Apr 2019 – present). Rice. [linkedin]")
    assert not held.search("- Sous Chef at Hotel Marítim, Barcelona, Spain (Jun 2014 – Mar 2019). [linkedin]")
    elsewhere = pinned_line("What were the pupils like at Lõunaranna Basic School in Põlva?")
    assert elsewhere.search("- Music Teacher — Lõunaranna Basic School, Räpina, 08/2009 – 06/2012 [cv.md]")
    assert not elsewhere.search(
        "- The earliest job I list is Music Teacher at Lõunaranna Basic School (2009 – 2012)."
    )
    turned_down = pinned_line("Have you ever turned down a job?")
    assert turned_down.search("Aoshima Steelers offered me the post of head physiotherapist, and I said no.")
    assert not turned_down.search("I said no to sugar in the bread.")


def test_the_graph_says_the_line_and_counts_it_as_replaced(tmp_path):
    knowledge = KNOWLEDGE + (
        "## About\n- Outside work: My border collie is called Fermi, after the physicist, because she "
        "estimates everything. [website/index.html]\n"
    )
    retriever = build_retriever(tmp_path / "idx", knowledge)
    llm = RecordingModel(messages=iter([AIMessage("Fermi.")]), prompts=[])
    graph = build_graph(llm=llm, retriever=retriever, person="Elspeth Varga", checkpointer=InMemorySaver())
    graph.deps.unanswered_log = tmp_path / "unanswered.jsonl"
    result = graph.invoke(
        {"messages": [HumanMessage("Why is your dog called Fermi?")]},
        config={"configurable": {"thread_id": "s"}},
        context=Context(),
    )
    assert result["check"] == "replaced (a line says it)", result["answer"]
    assert result["answer"].startswith("My border collie is called Fermi, after the physicist")


def _ask_with_replies(tmp_path, replies: list[str], question: str) -> dict:
    knowledge = KNOWLEDGE + (
        "## About\n- Dog off her food: my dog fermi is 7 years old and leaves half her bowl. "
        "[chatgpt/conversations.json]\n"
    )
    retriever = build_retriever(tmp_path / "idx", knowledge)
    llm = RecordingModel(messages=iter([AIMessage(reply) for reply in replies]), prompts=[])
    graph = build_graph(llm=llm, retriever=retriever, person="Elspeth Varga", checkpointer=InMemorySaver())
    graph.deps.unanswered_log = tmp_path / "unanswered.jsonl"
    result = graph.invoke(
        {"messages": [HumanMessage(question)]}, config={"configurable": {"thread_id": "r"}}, context=Context()
    )
    result["prompts"] = llm.prompts
    return result


def test_the_reader_reads_the_line_alone_and_its_answer_is_shown_where_it_says_it(tmp_path):
    result = _ask_with_replies(
        tmp_path, ["I run the Loch Ness Marathon.", "She's seven."], "how old is ur dog?"
    )
    assert result["check"] == "re-read (a line answers it)" and result["answer"] == "She's seven."
    assert "Facts:\\n- My dog fermi is 7 years old.\\n\\nQuestion" in str(
        result["prompts"][-1]
    )  # that line alone


def test_where_the_reader_still_misses_it_the_line_is_said(tmp_path):
    result = _ask_with_replies(
        tmp_path, ["I run the Loch Ness Marathon.", "She's a border collie."], "how old is ur dog?"
    )
    assert (
        result["check"] == "replaced (a line says it)" and result["answer"] == "My dog fermi is 7 years old."
    )


def test_a_reread_list_of_languages_must_name_every_one():
    lines = ["- Tamil : Read, Write, Speak (mother tongue) [cv.docx]", "- Telugu : Speak [cv.docx]"]
    lines.append("- Speaks Hindi (Professional working proficiency). [linkedin_export.zip/Languages.csv]")
    assert not says_it(lines, "What languages do you speak?", "I speak Tamil and Hindi.")
    assert says_it(lines, "What languages do you speak?", "I speak Tamil, Hindi and a little Telugu.")


def test_a_re_read_is_not_streamed_to_the_visitor(tmp_path):
    """The visitor sees the first reading stream and the answer shown at the end, never the two readings run
    together."""
    knowledge = (
        KNOWLEDGE
        + "## About\n- Dog off her food: my dog fermi is 7 years old. [chatgpt/conversations.json]\n"
    )
    retriever = build_retriever(tmp_path / "idx", knowledge)
    llm = RecordingModel(messages=iter([AIMessage("She is old."), AIMessage("She's seven.")]), prompts=[])
    graph = build_graph(llm=llm, retriever=retriever, person="Elspeth Varga", checkpointer=InMemorySaver())
    graph.deps.unanswered_log = tmp_path / "unanswered.jsonl"
    streamed, final = [], {}
    for mode, chunk in graph.stream(
        {"messages": [HumanMessage("how old is ur dog?")]},
        config={"configurable": {"thread_id": "q"}},
        context=Context(),
        stream_mode=["messages", "values"],
    ):
        if mode == "values":
            final = chunk
        elif chunk[1].get("langgraph_node") == "generate" and isinstance(chunk[0], AIMessageChunk):
            streamed.append(str(chunk[0].content))  # what the service streams: the model's tokens
    assert final["answer"] == "She's seven." and final["check"] == "re-read (a line answers it)"
    assert "seven" not in "".join(streamed) and "old" in "".join(streamed)


def test_a_question_about_a_living_gets_the_headline_in_front_of_the_reader_too(tmp_path):
    knowledge = KNOWLEDGE + (
        "## About\n- Headline: Applied statistician | Staff Machine Learning Engineer, Skerryvore | Edinburgh "
        "[linkedin_export.zip/Profile.csv]\n"
        "## Experience\n- I work at Skerryvore Analytics as Staff Machine Learning Engineer, since March 2021. "
        "[cv.pdf p1]\n"
    )
    retriever = build_retriever(tmp_path / "idx", knowledge)
    # The reader names the job title twice: from all its facts, then from the one line that answers.
    replies = [
        "I'm a Staff Machine Learning Engineer at Skerryvore.",
        "I'm a Staff Machine Learning Engineer.",
    ]
    llm = RecordingModel(messages=iter([AIMessage(reply) for reply in replies]), prompts=[])
    graph = build_graph(llm=llm, retriever=retriever, person="Elspeth Varga", checkpointer=InMemorySaver())
    graph.deps.unanswered_log = tmp_path / "unanswered.jsonl"
    result = graph.invoke(
        {"messages": [HumanMessage("What do you do for a living?")]},
        config={"configurable": {"thread_id": "h"}},
        context=Context(),
    )
    facts = str(llm.prompts[0])
    assert "Headline: Applied statistician" in facts and "I work at Skerryvore Analytics" in facts
    assert result["answer"].startswith(
        "I'm an applied statistician: Staff Machine Learning Engineer at Skerryvore"
    )
    assert result["check"] == "replaced (a line says it)"


@pytest.mark.parametrize(
    ("question", "rereads_it"),
    [
        ("how old is ur dog?", True),  # a value
        ("How many physiotherapists are on your team?", True),
        ("Why is your dog called Marzipan?", False),  # a reason, a story, an opinion, a plan: retold badly
        ("Who got you into physio?", False),
        ("What do you think about ankle tape?", False),
        ("What are your plans for the next few years?", False),
        (
            "You've been at Kestrel since 2020, haven't you?",
            False,
        ),  # the reader agrees with whatever it is asked
    ],
)
def test_the_reader_rereads_a_value_not_a_story(question, rereads_it):
    assert rereads(question) is rereads_it


def test_any_work_put_in_the_wrong_town_gets_the_town_of_its_job():
    lines = [
        "- Translator (Nahuatl–Spanish) — Editorial Tlacuilo, Cholula, August 2010 – January 2013 [cv.pdf p1]"
    ]
    assert (
        shaped_answer(
            lines, "What was it like translating school books at Editorial Tlacuilo in Tlaxcala?", "Fine."
        )
        == "I worked at Editorial Tlacuilo in Cholula, not in Tlaxcala."
    )
    lines.append("- Music Teacher — Lõunaranna Basic School, Räpina, 08/2009 – 06/2012 [cv.md]")
    # Any question that puts the school in another town, not only one about working there (persona 22).
    asked = "What were the pupils like at Lõunaranna Basic School in Põlva?"
    assert (
        shaped_answer(lines, asked, "I don't know.")
        == "I worked at Lõunaranna Basic School in Räpina, not in Põlva."
    )
    assert (
        shaped_answer(lines, "What were the pupils like at Lõunaranna Basic School in Räpina?", "Keen.")
        is None
    )


def test_a_count_said_inside_a_plan_answers_where_no_other_does():
    lines = [
        "- Within five years I want every primary school in Nairobi to have a safe crossing at its gate, starting "
        "with the 60 schools in Embakasi. [statement.docx]"
    ]
    assert shaped_answer(lines, "How many schools are there in Embakasi?", "I don't know.") == (
        "Within five years I want every primary school in Nairobi to have a safe crossing at its gate, starting "
        "with the 60 schools in Embakasi."
    )


def test_a_claimed_year_is_corrected_from_a_line_under_a_section_title():
    # Persona 22's statement: each paragraph carries its margin heading ("The choir now: Since ...").
    lines = [
        "- The choir now: Since September 2018 I have been the conductor of Hõbelõng. [statement.pdf p1]"
    ]
    assert shaped_answer(lines, "You've conducted Hõbelõng since 2012, right?", "Yes, since 2012.") == (
        "No: since September 2018 I have been the conductor of Hõbelõng."
    )


def test_a_story_under_a_section_title_does_not_answer_a_claimed_year():
    # Persona 16: the story names the crew and a "since 2020" sentences later; the job line says when she began.
    lines = [
        "- How I got here: I got here the slow way. Seven seasons later I was running Whitebark, and I have been "
        "its superintendent since 2020. [speech.pdf p1]",
        "- I work at Whitebark Interagency Hotshot Crew as Superintendent, since March 2020. [cv.docx]",
    ]
    assert shaped_answer(lines, "You've been running Whitebark since 2016, haven't you?", "Yes.") == (
        "No: I work at Whitebark Interagency Hotshot Crew as Superintendent, since March 2020."
    )


def test_a_count_of_the_thing_asked_that_no_line_says_gives_way_to_the_line_that_counts_it():
    """Persona 23: "How many hives have you got?" "I have eight hives.": eight counts the beekeepers he mentors, whose
    hives he visits; no line counts eight hives. An answer with a count a line does say stands."""
    lines = [
        "Owner and beekeeper at Hedeguld, Bording (May 2012 – present). Heather honey from 64 hives in four bee yards.",
        "Volunteering: Bee Mentor at Lyngbien (Apr 2015 – present). Each spring I take on eight new beekeepers from "
        "the guild and visit their hives with them.",
    ]
    said = shaped_answer(lines, "How many hives have you got?", "I have eight hives.")
    assert said is not None and "64 hives" in said
    assert shaped_answer(lines, "How many hives have you got?", "I have 64 hives.") is None


def test_how_many_kids_counts_children():
    lines = [
        "Consultant Paediatric Dentist — Al-Khuzama Children's Hospital: About 420 children a year treated under "
        "general anaesthesia"
    ]
    said = shaped_answer(
        lines, "Roughly how many kids a year do you treat under general anaesthesia?", "A lot."
    )
    assert said is not None and "420 children" in said


THESES = [
    "- MSc in Biology — Marselis University: Thesis: Drone brood removal as varroa control in Danish apiaries. "
    "Supervisor: Prof. Ida Daugbjerg. [cv.docx]",
    "- DClinDent in Paediatric Dentistry — Kelvinhaugh University: Thesis: Fluoride varnish and caries in the first "
    "permanent molars. [cv.pdf p2]",
]


@pytest.mark.parametrize(
    ("question", "answer", "said"),
    [
        (  # persona 24: the reader declined
            "What was your doctoral thesis about?",
            "I don't know.",
            "My doctoral thesis was on Fluoride varnish and caries in the first permanent molars.",
        ),
        (  # persona 23: a word of its own
            "What was your master's thesis about?",
            "My master's thesis was about mites.",
            "My master's thesis was on Drone brood removal as varroa control in Danish apiaries.",
        ),
        ("What was your master's thesis about?", "Drone brood removal, against varroa.", None),  # it says it
        ("What was your thesis about?", "Mites.", None),  # two theses, and the question says not which
        ("What was your bachelor's project?", "Bees.", None),  # not a thesis question
    ],
)
def test_a_thesis_question_gets_the_topic_of_that_degrees_thesis(question, answer, said):
    assert shaped_answer(THESES, question, answer) == said


@pytest.mark.parametrize(
    ("question", "answer", "said"),
    [
        (  # a follow-up, asked in its standalone form (the question before it, then it)
            "Any pets? Why did you call her that?",
            "I don't know.",
            "At home there is Miswak, a grey cat named after the miswak, the twig people have cleaned their teeth "
            "with, because as a kitten she chewed every toothbrush in the house.",
        ),
        (
            "Any pets? Why did you call her that?",
            "She chewed every toothbrush as a kitten.",
            None,
        ),  # it says why
        ("Why did you call the clinic that?", "I don't know.", None),  # no animal asked about
        (  # persona 22: the reader said the name again
            "Where does your cat's name come from?",
            "Miswak.",
            "At home there is Miswak, a grey cat named after the miswak, the twig people have cleaned their teeth "
            "with, because as a kitten she chewed every toothbrush in the house.",
        ),
        ("Where does your website's name come from?", "I don't know.", None),  # no animal
    ],
)
def test_why_an_animal_was_called_that_is_the_sentence_that_names_it(question, answer, said):
    lines = [
        "- OUTSIDE THE CLINIC: I go bouldering twice a week. At home there is Miswak, a grey cat named after the "
        "miswak, the twig people have cleaned their teeth with, because as a kitten she chewed every toothbrush in "
        "the house. [statement.txt]"
    ]
    assert shaped_answer(lines, question, answer) == said
    if said:  # the line that names the animal is put in front of the reader
        assert shape_line(question) is not None and shape_line(question).search(lines[0])


def test_a_claimed_year_is_checked_against_the_year_the_person_opened_the_place():
    """Persona 24: "You've had your own clinic since 2016, haven't you?" against "In September 2019 I opened Durra
    Children's Dental Clinic"; the reader agreed."""
    lines = [
        "- WHAT I DO NOW: In September 2019 I opened Durra Children's Dental Clinic in Jabal Al-Weibdeh, a clinic only "
        "for children. [statement.txt]",
        "- Volunteering: Volunteer Dentist at Nabd Free Clinic, Health (Nov 2016 – present). [Volunteering.csv]",
    ]
    question = "You've had your own clinic since 2016, haven't you?"
    assert shaped_answer(lines, question, "Yes, I opened Durra Children's Dental Clinic.") == (
        "No: in September 2019 I opened Durra Children's Dental Clinic in Jabal Al-Weibdeh, a clinic only for children."
    )
    assert (
        shaped_answer(lines, "You've had your own clinic since 2019, haven't you?", "Yes, since 2019.")
        is None
    )
