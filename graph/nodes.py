"""The graph's nodes: check, rewrite, retrieve, grade, and the three ways to answer (rag, fallback, unknown).

Each node is a module-level function of the state and the run (`runtime.context` is the run `Context`);
those that need a model, the index or the workspace take the run's `Deps` as a keyword, bound by the
builder. A test can call any node alone with a state, a `Runtime(context=Context())` and its own `Deps`.
"""

from __future__ import annotations

import re
from typing import Any

from langchain_core.documents import Document
from langchain_core.messages import AIMessage, AnyMessage, HumanMessage
from langgraph.runtime import Runtime

from graph.answer import (
    SOURCES_LINE,
    answer_opening_for,
    answers_who_with_itself,
    best_supported_fact,
    check_answer,
    complete,
    fact_for_decline,
    is_decline,
    message_text,
    numbers_as_in_facts,
    says_nothing_new,
    shown_answer,
    turned_down,
)
from graph.context import Context
from graph.deps import Deps
from graph.grading import score_relevance
from graph.kinds import FIRST_JOB, FOR_A_LIVING, STUDIED, asks_current_work, member_line
from graph.limits import MAX_QUESTION_CHARS
from graph.shapes import rereads, says_it, shape_line, shaped_answer
from graph.state import State

# The reader's own decline ("I don't know.", after a yes or a no too, or as a reason: "I chose employment law
# because I don't know anything else.") or refusal ("I'd rather not share that."). The refusal protects nothing:
# what the policy withholds never reaches the facts, and is redacted from every answer.
_READER_DECLINED = re.compile(
    r"^\W*(?:(?:yes|no),? )?I (?:do not|don't|don’t|dont|did not|didn't|didn’t) know\b|^\W*I'd rather not share\b|"
    r"^[^.]*\bbecause I (?:do not|don't|don’t) know\b",
    re.IGNORECASE,
)
_FOLLOW_UP = re.compile(
    r"^(?:and|but|so|also|what about|how about|then)\b|\b(?:that|this|there|it|they|those|then|before|after|"
    r"previously|earlier|next|else)\b",
    re.IGNORECASE,
)
# Reformulation without a model: the kind of fact asked for, in the words the knowledge file uses.
_EXPANSIONS = [
    (
        r"\b(?:work|job|employ|company|role|position|career|occupation|profession)|\bfor a living\b|\btrade\b",
        "experience position company role",
    ),
    (r"\b(?:stud|degree|universit|school|phd|doctor|master|thesis|graduat)", "education degree university"),
    (r"\b(?:live|based|city|from|located|home ?town)", "based location city"),
    # "Where did you grow up?" is far, for a small embedder, from "I was raised on a cattle ranch outside John Day".
    (r"\bgr[eo]w(?:ing)? up\b|\braised\b|\bchildhood\b", "grew up childhood raised hometown family"),
    (r"\b(?:speak|language)", "languages spoken fluent native"),
    (r"\b(?:hobb|fun|free time|weekend|spare|enjoy)", "interests hobbies enjoy"),
    (r"\b(?:think|opinion|view|feel about|believe)", "opinions think believe"),
    (r"\b(?:goal|plan|future|next|ambition|aim)", "goals plan future"),
    (r"\b(?:publish|paper|article|journal|conference|talk)", "publications paper talk"),
    (r"\b(?:award|prize|honou?r|recogni)", "awards honors prize"),
    (r"\b(?:contact|email|e-mail|reach|website|github)", "contact email website"),
    (r"\b(?:skill|tool|stack|program|technolog|language)", "skills tools programming"),
    (r"\b(?:certif|licen)", "certifications"),
    (r"\b(?:project|built|build|open.source)", "projects built"),
    # Kinds a small embedder does not link to their members: "pets" is far from "a dachshund called Kopernik".
    (r"\bpets?\b", "pet dog cat"),
    (
        r"\b(?:sports?|exercise|fitness|keep fit)\b",
        "sport running cycling swimming rowing skiing climbing club",
    ),
    (r"\b(?:instruments?|music)\b", "music play instrument guitar piano violin cello fiddle choir band"),
    (r"\bvolunteer", "volunteer volunteering charity unpaid"),
]


_HEADLINE = re.compile(r"^- Headline: ", re.MULTILINE)


def pinned_line(question: str) -> re.Pattern[str] | None:
    """The line whose chunk is put in front of the reader: for a question about work now, the job the dates say
    is current, for one about the first job, the earliest job listed, and for "What did you study?", the degree lines
    (lines ingest/timeline.py writes, imported here: importing it at graph import loads every loader); for a question
    one line of a known shape answers ("Why is your cat called Hefe?", "how old is ur dog?"), that line
    (graph/shapes.py); for a question asked by kind ("got any pets?"), a line that holds a member (graph/kinds.py)."""
    if asks_current_work(question):
        from ingest.timeline import WORK_NOW

        return re.compile(rf"^- {WORK_NOW}", re.MULTILINE)
    if FIRST_JOB.search(question):
        from ingest.timeline import EARLIEST_JOB

        return re.compile(rf"^- {EARLIEST_JOB}", re.MULTILINE)
    if STUDIED.search(question):
        from ingest.timeline import DEGREES

        return re.compile(rf"^- {DEGREES}", re.MULTILINE)
    return shape_line(question) or member_line(question)


def _previous_questions(messages: list[AnyMessage]) -> list[str]:
    return [message_text(m) for m in messages[:-1] if isinstance(m, HumanMessage)]


def _history(messages: list[AnyMessage], turns: int) -> list[AnyMessage]:
    """The last `turns` question/answer pairs before the current question, trimmed to fit the context."""
    earlier = [m for m in messages[:-1] if isinstance(m, HumanMessage | AIMessage)]
    pairs: list[AnyMessage] = []
    for m in earlier[-2 * turns :] if turns else []:
        text = SOURCES_LINE.sub("", message_text(m))[:400]
        pairs.append(HumanMessage(text) if isinstance(m, HumanMessage) else AIMessage(text))
    while pairs and not isinstance(pairs[0], HumanMessage):  # Gemma's template alternates, user first
        pairs.pop(0)
    return pairs


def check_question(state: State) -> dict[str, Any]:
    """Take the latest question; an empty or too long one is marked invalid and answered at once."""
    question = message_text(state["messages"][-1]).strip() if state["messages"] else ""
    base = {
        "question": question,
        "query": "",
        "rewrites": 0,
        "documents": [],
        "retrieved": [],
        "confidence": 0.0,
    }
    if not question:
        return {**base, "route": "invalid", "answer": "Please ask me a question."}
    if len(question) > MAX_QUESTION_CHARS:
        message = (
            f"Your question is {len(question):,} characters long; please keep it under "
            f"{MAX_QUESTION_CHARS:,} characters."
        )
        return {**base, "route": "invalid", "answer": message}
    return {**base, "route": "rag"}


def reject(state: State) -> dict[str, Any]:
    return {"messages": [AIMessage(state["answer"])], "sources": [], "tokens": 0}


def rewrite_query(state: State, runtime: Runtime[Context], *, deps: Deps) -> dict[str, Any]:
    """First pass: make a follow-up standalone. Later passes: reformulate after an irrelevant retrieval."""
    question = state["question"]
    rewrites = state.get("rewrites", 0)
    if not state.get("query"):
        # Entry: resolve a follow-up ("and before that?") against the previous question.
        previous = _previous_questions(state["messages"])
        if previous and _FOLLOW_UP.search(question) and len(question.split()) <= 8:
            standalone = f"{previous[-1]} {question}"
            return {"query": standalone, "standalone": standalone}
        return {"query": question, "standalone": question}
    if runtime.context.llm_rewrite:
        prompt = runtime.context.rewrite_prompt.format(question=state.get("query", question))
        reply = message_text(deps.chat_model().invoke([HumanMessage(prompt)])).strip().split("\n")[0]
        query = reply or question
    else:
        extra = [words for pattern, words in _EXPANSIONS if re.search(pattern, question, re.IGNORECASE)]
        query = f"{state.get('query', question)} {' '.join(extra)}".strip()
    return {"query": query, "rewrites": rewrites + 1}


def retrieve(state: State, runtime: Runtime[Context], *, deps: Deps) -> dict[str, Any]:
    tool = deps.retriever_tool(runtime.context.top_k)
    message = tool.invoke(
        {"type": "tool_call", "id": "retrieve", "name": tool.name, "args": {"query": state["query"]}}
    )
    docs = list(message.artifact or [])
    question = state.get("standalone") or state["question"]
    # The chunk with the line that answers goes first: the best-ranked hit that has one, else the first such chunk
    # of the file, in place of the last hit. A question about what the person does for a living gets the
    # headline's chunk too, which names the profession a job title may not ("Studio Director and Partner").
    lines = [
        line for line in (pinned_line(question), _HEADLINE if FOR_A_LIVING.search(question) else None) if line
    ]
    pinned: list[Document] = []
    for line in lines:
        holding = {d.id: d for d in deps.search(runtime.context.top_k).matching(line)}
        taken = {d.id for d in pinned}
        first = next((d for d in docs if d.id in holding and d.id not in taken), None) or next(
            (d for d in holding.values() if d.id not in taken), None
        )
        if first is not None:
            pinned.append(
                Document(
                    page_content=first.page_content, metadata={**first.metadata, "pinned": True}, id=first.id
                )
            )
    if pinned:
        taken = {d.id for d in pinned}
        docs = [*pinned, *(d for d in docs if d.id not in taken)][: max(len(docs), 1)]
    return {"retrieved": docs}


def grade_documents(state: State, runtime: Runtime[Context], *, deps: Deps) -> dict[str, Any]:
    context = runtime.context
    docs = state.get("retrieved", [])
    question = state["question"]
    scores = [score_relevance(f"{question} {state.get('query', '')}", d) for d in docs]
    if context.grader in ("logprob", "both") and docs:
        prompts = [context.grade_prompt.format(document=d.page_content, question=question) for d in docs]
        p_yes = deps.grader()(prompts)
        scores = (
            p_yes
            if context.grader == "logprob"
            else [(a + b) / 2 for a, b in zip(scores, p_yes, strict=True)]
        )
    # A pinned chunk (the work the person does now, for a question about it) is relevant by construction.
    scores = [
        max(s, context.confidence_threshold) if d.metadata.get("pinned") else s
        for d, s in zip(docs, scores, strict=True)
    ]
    graded = [
        Document(page_content=d.page_content, metadata={**d.metadata, "relevance": round(s, 4)}, id=d.id)
        for d, s in zip(docs, scores, strict=True)
    ]
    relevant = [d for d in graded if d.metadata["relevance"] >= context.relevance_threshold]
    return {"documents": relevant, "retrieved": graded, "confidence": max(scores, default=0.0)}


def generate(state: State, runtime: Runtime[Context], *, deps: Deps) -> dict[str, Any]:
    """Answer from the graded facts (route: rag), with the sources they came from.

    The answer is checked against the facts before anyone sees it: one that echoes the instructions, is only
    the person's name, or states a name or number the facts do not, is replaced by the best-supported fact in
    the person's own words, or by a decline. A decline is logged for `twin unanswered`.
    """
    context = runtime.context
    docs = state["documents"]
    facts = "\n".join(SOURCES_LINE.sub("", d.page_content) for d in docs)
    # A resolved follow-up ("and before that?") is asked in its standalone form.
    question = state.get("standalone") or state["question"]
    person = deps.who(context)
    prompt = context.rag_prompt.format(person=person, context=facts, question=question)
    messages = [*_history(state["messages"], context.history_turns), HumanMessage(prompt)]
    llm = deps.chat_model()
    opening = answer_opening_for(llm, context, question)
    answer, tokens = complete(llm, messages, context, from_facts=True, opening=opening)
    sources = sorted(
        {s.strip() for d in docs for s in str(d.metadata.get("sources", "")).split(";") if s.strip()}
    )
    answer, _ = deps.disclosure().redact(answer)  # withheld details go first: the check sees what would show
    answer = numbers_as_in_facts(answer, facts)
    verdict = check_answer(answer, facts=facts, person=person, question=question)
    check = "ok"
    lines = [line for line in facts.splitlines() if line.startswith("- ")]
    who = answers_who_with_itself(answer, question)
    if shaped := shaped_answer(lines, question, answer):
        # A question one line answers (why a name, a pet's age, how long a job lasted, the job's town), and the
        # reader's answer, refused or not, does not say what the line says: where the line says a value, the
        # reader reads that line alone; where its answer still does not say it, the line is said.
        reread = _reread(shaped, question, lines, facts, runtime, deps) if rereads(question) else None
        answer, check = (
            (reread, "re-read (a line answers it)") if reread else (shaped, "replaced (a line says it)")
        )
    elif not verdict.ok:
        fact = (
            (best_supported_fact(lines, question) or fact_for_decline(lines, question))
            if verdict.replaceable
            else None
        )
        answer, check = (
            (fact, f"replaced ({verdict.reason})")
            if fact
            else (context.unknown_answer, f"declined ({verdict.reason})")
        )
    elif _READER_DECLINED.match(answer) or who:
        # The reader declined, but one fact line plainly answers: the twin says that fact. "Who supervised it?" "I
        # supervised it." has not found who: a decline, where no line answers.
        if fact := fact_for_decline(lines, question):
            answer, check = fact, "replaced (declined, yet a fact answers it)"
        elif who:
            answer, check = context.unknown_answer, "declined (the person named for who)"
    elif fact := turned_down(lines, question, answer):
        answer, check = fact, "replaced (the facts say it was turned down)"
    elif says_nothing_new(answer, question) and (fact := fact_for_decline(lines, question, yes_no=True)):
        answer, check = fact, "replaced (a yes or no that only repeats the question)"
    if is_decline(answer):
        deps.log_unanswered(state["question"], state.get("confidence", 0.0))
        sources = []
    return {**shown_answer(answer, "rag", sources, tokens, deps.disclosure()), "check": check}


def _reread(
    line: str, question: str, lines: list[str], facts: str, runtime: Runtime[Context], deps: Deps
) -> str | None:
    """The reader's answer from one line alone (graph/shapes.py found it), where that answer says what the line
    says and passes the check; None otherwise."""
    context = runtime.context
    person = deps.who(context)
    llm = deps.chat_model()
    prompt = context.rag_prompt.format(person=person, context=f"- {line}", question=question)
    answer, _ = complete(
        llm,
        [HumanMessage(prompt)],
        context,
        from_facts=True,
        opening=answer_opening_for(llm, context, question),
        quiet=True,
    )
    answer, _ = deps.disclosure().redact(answer)
    if is_decline(answer) or not says_it(lines, question, answer):
        return None
    return answer if check_answer(answer, facts=facts, person=person, question=question).ok else None


def fallback_answer(state: State, runtime: Runtime[Context], *, deps: Deps) -> dict[str, Any]:
    """A general question the documents do not cover: the model answers directly, hedged.

    No facts to check names against here; an answer that echoes the instructions or is only the person's
    name is declined instead.
    """
    context = runtime.context
    person = deps.who(context)
    prompt = context.fallback_prompt.format(person=person, question=state["question"])
    answer, tokens = complete(deps.chat_model(), [HumanMessage(prompt)], context)
    answer, _ = deps.disclosure().redact(answer)
    verdict = check_answer(answer, facts=None, person=person, question=state["question"])
    if not verdict.ok:
        return {
            **shown_answer(context.unknown_answer, "fallback", [], tokens, deps.disclosure()),
            "check": f"declined ({verdict.reason})",
        }
    return {
        **shown_answer(context.fallback_prefix + answer, "fallback", [], tokens, deps.disclosure()),
        "check": "ok",
    }


def unknown_answer(state: State, runtime: Runtime[Context], *, deps: Deps) -> dict[str, Any]:
    """A question about the person that nothing supports: decline, and log it for `twin unanswered`."""
    deps.log_unanswered(state["question"], state.get("confidence", 0.0))
    return {
        **shown_answer(runtime.context.unknown_answer, "unknown", [], 0, deps.disclosure()),
        "check": "ok",
    }
