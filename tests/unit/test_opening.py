"""A facts answer starts with the question's own words in the first person, and the reader reads on from there."""

from dataclasses import replace
from typing import ClassVar

import pytest
from langchain_core.messages import AIMessage, HumanMessage

from graph import Context
from graph.answer import answer_opening_for, complete
from graph.opening import answer_opening
from tests.fakes import RecordingModel, build_retriever


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        ("Which town is Fundy Millwork in?", "Fundy Millwork is in"),
        ("Where was Halden Biosystems based?", "Halden Biosystems was based in"),
        ("In which year did you join Halden?", "I joined Halden in"),
        ("When did you finish cookery school?", "I finished cookery school in"),
        ("What year did you finish your PhD?", "I finished my PhD in"),
        ("What did you win the Scottish AI Impact Award for?", "I won the Scottish AI Impact Award for"),
        ("What was the Dunedin Prize given for?", "The Dunedin Prize was given for"),
        ("What was your master's thesis about?", "My master's thesis was about"),
        ("Who supervises your master's?", "My master's is supervised by"),
        ("Who published your book?", "My book was published by"),
        ("How many beds does your unit have?", "My unit has"),
        ("How much does your walking tour cost?", "My walking tour costs"),
        ("How many new nurses do you train each year?", "I train"),  # the number goes after the verb
        ("How long does the walk take?", "The walk takes"),
        ("How many hearings do you do a year?", None),
        ("How old is your dog?", "My dog is"),
        (
            "Where did you work before Umhlanga Children's Hospital?",
            "Before Umhlanga Children's Hospital, I worked at",
        ),
        ("What did you study at university?", "At university, I studied"),
        ("Where did you work before starting your own firm?", "Before starting my own firm, I worked at"),
        ("Which section did you work in at Es Molí?", "At Es Molí, I worked in"),
        ("Which marathon are you training for?", "I'm training for"),
        ("Why are you learning Portuguese?", "I'm learning Portuguese because"),
        ("Why did you become a nurse?", "I became a nurse because"),
        ("Where do you work these days?", "I work at"),
        ("Which city do you live in?", "I live in"),
        ("Where did you grow up?", "I grew up in"),
        ("Where's your workshop?", "My workshop is in"),
        ("What is socarrat?", "Socarrat is"),
        ("Who do you own the restaurant with?", "I own the restaurant with"),
        ("What's your line of work?", "I work as"),
        ("what is your profession", "I work as"),
        # Left to the reader: yes/no, opinions, the reader's own phrasing of "what's your X", shapes with the
        # thing asked inside the sentence, and anything it would have to guess the grammar of.
        ("Do you have any pets?", None),
        ("What do you think about notebooks in production?", None),
        ("What's your job title?", None),
        ("What do you do for a living?", None),
        ("What software do you use to design furniture?", None),
        ("Which class are you taking to the archive?", None),
        ("What are you good at, skills-wise?", None),
        ("What's the most important award you have received?", None),
        ("Tell me about your PhD.", None),
        ("How long have you been a nurse?", None),
        ("Who was your supervisor at Leeds?", None),  # not "My supervisor at Leeds is waed by"
    ],
)
def test_the_question_becomes_the_start_of_the_answer(question, opening):
    assert answer_opening(question) == opening


class ContinuingModel(RecordingModel):
    """A scripted chat model that, like the local ones, continues a started reply: given messages ending with
    the reply's first words, it replies with the whole answer, those words first."""

    continues_replies: ClassVar[bool] = True

    def _generate(self, messages, stop=None, run_manager=None, **kwargs):
        result = super()._generate(messages, stop=stop, run_manager=run_manager, **kwargs)
        if isinstance(messages[-1], AIMessage):
            reply = result.generations[0].message
            reply.content = messages[-1].content + reply.content
        return result


def test_the_reader_goes_on_from_the_opening_unless_it_declines():
    llm = ContinuingModel(messages=iter([AIMessage("Dart"), AIMessage(" Dartmouth.")]), prompts=[])
    opening = answer_opening_for(llm, Context(), "Which town is Fundy Millwork in?")
    answer, _ = complete(llm, [HumanMessage("facts")], Context(), from_facts=True, opening=opening)
    assert answer == "Fundy Millwork is in Dartmouth."
    first, second = llm.prompts
    assert len(first) == 1  # the first words are the reader's own: does it answer at all?
    assert second[-1] == AIMessage("Fundy Millwork is in")  # then it continues the started reply

    # The reader's first words are a decline (or a refusal): it answers as it would have, with no opening.
    for said in ("I don't know.", "I'd rather not share that."):
        llm = ContinuingModel(messages=iter([AIMessage(said), AIMessage(said)]), prompts=[])
        answer, _ = complete(llm, [HumanMessage("facts")], Context(), from_facts=True, opening=opening)
        assert answer == said
        assert all(not isinstance(p[-1], AIMessage) for p in llm.prompts)

    # Switched off, or a model that cannot continue a reply (an API model): no opening.
    assert answer_opening_for(llm, Context(answer_openings=False), "Which town is Fundy Millwork in?") is None
    plain = RecordingModel(messages=iter([]), prompts=[])
    assert answer_opening_for(plain, Context(), "Which town is Fundy Millwork in?") is None


def test_a_visitor_reads_the_opening_first_and_the_final_answer_is_what_streamed(tmp_path):
    from graph.service import Answer, Twin
    from twin.settings import Settings

    retriever = build_retriever(tmp_path / "idx")
    llm = ContinuingModel(
        messages=iter([AIMessage("Skerry"), AIMessage(" Skerryvore Analytics.")]), prompts=[]
    )
    twin = Twin(replace(Settings(), home=tmp_path), llm=llm, retriever=retriever)
    events = list(twin.stream("Where do you work now?", thread_id="o"))
    final = events[-1]
    assert isinstance(final, Answer) and final.route == "rag"
    streamed = "".join(e for e in events if isinstance(e, str))
    assert streamed == final.text == "I work at Skerryvore Analytics."


def test_a_local_chat_model_continues_a_started_reply(tiny_gemma_dir):
    """The chat template leaves the started reply open, and the reply, streamed or not, is the whole answer with
    the started words first."""
    from transformers import AutoModelForCausalLM, AutoTokenizer

    from models.chat import chat_model_from

    tokenizer = AutoTokenizer.from_pretrained(tiny_gemma_dir)
    model = AutoModelForCausalLM.from_pretrained(tiny_gemma_dir).eval()
    chat = chat_model_from(model, tokenizer, max_new_tokens=4)
    assert chat.continues_replies
    started = [HumanMessage("Which town?"), AIMessage("Fundy Millwork is in")]
    prompt = chat._to_chat_prompt(started)
    assert prompt.endswith("<start_of_turn>model\nFundy Millwork is in")
    assert prompt.startswith(chat._to_chat_prompt([HumanMessage("Which town?")]))
    whole = chat.invoke(started).content
    streamed = [chunk.content for chunk in chat.stream(started)]
    assert whole.startswith("Fundy Millwork is in") and len(whole) > len("Fundy Millwork is in")
    assert streamed[0] == "Fundy Millwork is in" and "".join(streamed) == whole
    answer, tokens = complete(
        chat, [HumanMessage("Which town?")], Context(), from_facts=True, opening="Fundy Millwork is in"
    )
    assert 1 <= tokens <= 64 and answer.startswith(
        "Fundy Millwork is in"
    )  # random weights never say "I don't"
