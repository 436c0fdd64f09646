"""Questions whose answer is a line of a known shape, and that shape: a kind asked about ("got any pets?", "Do you
play an instrument?", "Do you have a website?") and the line that holds a member ("my toller Gus", "I started
learning the seperewa", "Website: https://..."); where the person grew up; how they came to their work; a thesis
supervisor; the first job. A small embedder and BM25 link none of these questions to such a line, so the graph puts a
chunk that holds one in front of the reader (`graph.nodes.pinned_line`: the best-ranked hit that does, else the
first in the file), and the answer check says the line when the reader declines (graph/answer.py)."""

from __future__ import annotations

import re
from dataclasses import dataclass

ANIMALS = (
    r"\w*dogs?|cats?|pupp(?:y|ies)|kittens?|tortoises?|turtles?|parrots?|rabbits?|horses?|ponies|pony|hamsters?|"
    r"budgies?|chickens|hens|goats|dachshunds?|collies?|border collies?|greyhounds?|heelers?|terriers?|spaniels?|"
    r"labradors?|retrievers?|tollers?|beagles?|pugs?|poodles?|huskies|husky|lurchers?|whippets?|sheepdogs?|"
    r"huntaways?|kelpies?|tazys?|shepherds?|shibas?|shiba inus?|akitas?|corgis?|dalmatians?|schnauzers?|"
    r"chihuahuas?|bulldogs?|rottweilers?|dobermanns?|dobermans?|samoyeds?|malamutes?|mastiffs?|vizslas?|"
    r"weimaraners?|jack russells?|springers?|cockers?|shelties?|shih tzus?|bichons?|mutts?|mongrels?|xolos?|"
    r"xoloitzcuintles?|"
    r"guinea pigs?|ferrets?|goldfish|geckos?|canar(?:y|ies)|cockatiels?|lovebirds?|axolotls?|donkeys?"
)
# "my dog biacca", "my old dachshund", "two retired greyhounds": the person's own animal, not the dogs a vet treats.
PET = re.compile(
    rf"\b(?:my|our) (?:old |young |little |two |three |rescue |retired )?(?:{ANIMALS})\b|"
    rf"\b(?:two|three|four) (?:retired |rescue |old )?(?:{ANIMALS})\b(?! (?:a|per) )|"
    # "Chapulín, my xoloitzcuintle, a hairless dog named after the grasshopper"
    rf"\b(?:a|an) (?:[\w-]+ )?(?:{ANIMALS}),? (?:called|named)\b",
    re.IGNORECASE,
)
_INSTRUMENTS = (
    r"violin|viola|cello|double bass|fiddle|guitar|piano|flute|clarinet|oboe|bassoon|saxophone|trumpet|"
    r"trombone|tuba|french horn|harp|banjo|mandolin|ukulele|accordion|bagpipes|tin whistle|bodhr[aá]n|harmonica|"
    r"sitar|tabla|veena|mridangam|kora|oud|dombra|seperewa|zither|đàn tranh|pedal steel|erhu|guzheng|koto|"
    r"shamisen|balalaika|bouzouki|charango|marimba|xylophone|concertina|djembe|santoor|sarod|cavaquinho|"
    r"berimbau|kalimba|steelpan|didgeridoo"
)
INSTRUMENT = re.compile(
    rf"\b(?:{_INSTRUMENTS})\b|\bplay(?:s|ed|ing)? (?:the )?(?:drums|organ|keyboards?|recorder|whistle|pipes)\b|"
    r"\bsing(?:s|ing)? in (?:a|the|our) (?:choir|band)\b",
    re.IGNORECASE,
)
SPORT = re.compile(
    r"\b(?:swim|swims|(?:go|went|I) swimming|parkrun|marathons?|(?:go|went) (?:trail |fell )?running|trail running|football|soccer|rugby|cricket|wicket|hockey|"
    r"hurling|camogie|netball|basketball|volleyball|tennis|badminton|squash|golf|orienteering|climbing|"
    r"bouldering|ski(?:s|ing)?|ski touring|rowing|regattas?|sailing|kayaking|canoeing|surfing|cycling|"
    r"triathlons?|granfondo|judo|karate|taekwondo|boxing|fencing|yoga|pilates|timbersports|five-a-side|kabaddi|"
    r"athletics|handball|water polo|lacrosse|baseball|softball)\b"
    r"(?! (?:club|stadium|ground|union|federation|association)\b)",  # "the Waimate Rugby Club rooms": a place
    re.IGNORECASE,
)
# "I grew up on my parents' farm near Taumarunui": where the person grew up, which a question that names another
# place ("Did you grow up in Waimate?") does not find by its words.
GREW_UP = re.compile(
    r"\bI (?:grew up|was raised|was brought up)\b|\bmy (?:childhood|home ?town)\b", re.IGNORECASE
)
# How the person came to their work: where they grew up, a grandparent, a moment in childhood ("When I was twelve my
# little brother Sipho was admitted to hospital"), a line that says so ("How it started:", "why I do this").
ORIGIN = re.compile(
    r"\bI (?:grew up|was raised|was brought up)\b|\b(?:how|where) it (?:all )?(?:started|began)\b|"
    r"\bwhy I (?:do this|became|chose)\b|\bwhen I was (?:small|little|young|a child|a boy|a girl|a teenager|"
    r"\w+teen|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\b|\b(?:my|our) grand(?:father|mother|dad|pa|ma|"
    r"parents)\b|\bgot me into\b",
    re.IGNORECASE,
)
WEBSITE = re.compile(
    r"^- (?:personal )?(?:website|homepage|home page|blog|portfolio)\b[^:\n]{0,30}:\s",
    re.IGNORECASE | re.MULTILINE,
)
# "Supervisor: Prof. Alasdair Fenwick", "under the guidance of Dr. R. Gnanaselvi".
SUPERVISOR = re.compile(
    r"\bsupervis(?:or|ors|ed by)\b|\bunder the guidance of\b|\b(?:advisor|adviser):", re.IGNORECASE
)


# An offer the person turned down: "X offered me the post of ..., and I said no" (personas 7-20).
TURNED_DOWN = re.compile(
    r"\boffered me\b[^.]*?\b(?:I said no|I turned (?:it|them|the \w+) down|I declined)\b|\bI turned down\b",
    re.IGNORECASE,
)


# A question about the person's work now ("What do you do for a living?", "Which airline do you fly for?"). The
# line the dates imply ("I work at Aurora Linhas Aéreas as Captain, since July 2021.", ingest/timeline.py) answers
# it, and the embedder often ranks the CV's older jobs above it (personas 5, 6, 8, 13, 16).
_CURRENT_WORK = re.compile(
    r"\b(?:you|u) (?:actually |really |now )?do for a living\b|\bline of work\b|\byour (?:job|job title|profession|trade|occupation)\b|"
    r"\bwhere (?:do|are) (?:you|u) (?:work|teach|working|teaching)(?: now| these days| at the moment)?\W*$|"
    r"\bwho do (?:you|u) work for\b|"
    r"\b(?:which|what) (?:company|firm|practice|hospital|clinic|school|studio|crew|airline|employer|organi[sz]ation|"
    r"restaurant|shop)\b.*\b(?:do|are) (?:you|u) (?:work|teach|fly|run|working)\b|"
    r"\bwhat(?:'s| is) your (?:company|firm|practice|studio|crew|employer|shop|restaurant)(?: called)?\b",
    re.IGNORECASE,
)
_NOT_NOW = re.compile(
    r"\b(?:did|was|were|before|previous(?:ly)?|first|used to|last|next|new|moving|salary|pay)\b",
    re.IGNORECASE,
)


# "What do you do for a living?": a profession, which a job title may not name.
FOR_A_LIVING = re.compile(
    r"\b(?:you|u) (?:actually |really |now )?do for a living\b|\bline of work\b|\byour (?:profession|trade|occupation)\b",
    re.IGNORECASE,
)


def asks_current_work(question: str) -> bool:
    """Whether a question asks what the person does, or where, now."""
    return bool(_CURRENT_WORK.search(question)) and not _NOT_NOW.search(question)


# "What was your first job?", "Where did your nursing career start?": the earliest job the sources list, the line
# ingest/timeline.py writes (`EARLIEST_JOB`).
FIRST_JOB = re.compile(
    r"\b(?:first|earliest) (?:[\w-]+ )?(?:job|position|employer|post)\b|"
    r"\b(?:career|working life) (?:start|began|begin)|"
    r"\bwhere did (?:you|your (?:\w+ )?(?:career|working life)) (?:start|begin)\b",
    re.IGNORECASE,
)


# "What did you study?", "Where did you go to university?": the degrees, whose lines share no word with the question
# that a statement's "What I want to study:" does not share too (persona 23's answer was his planned PhD).
STUDIED = re.compile(
    r"\bwhat did (?:you|u) (?:study|major in|read)\b(?! for\b)|\bwhere did (?:you|u) (?:study|go to (?:uni|university|college))\b|"
    r"\bwhat(?:'s| is| was) your (?:degree|major|field of study|educational background|education)\b|"
    r"\bwhat (?:degrees?|qualifications?) do (?:you|u) (?:have|hold)\b|\bwhat(?:'s| is) your degree in\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Kind:
    """A question asked by kind (`asks`) and the line that holds a member (`line`). `said`: the line is said when
    the reader declines (graph/answer.py); not where the line is a label ("Website: https://...") or where several
    lines may hold one and only the question's words tell which (the supervisors of two degrees)."""

    asks: re.Pattern[str]
    line: re.Pattern[str]
    said: bool = True


KINDS = [
    Kind(
        re.compile(r"\bpets?\b(?! (?:vet|vets|food|shop|insurance|project|owners?|clinic)\b)", re.IGNORECASE),
        PET,
    ),
    Kind(re.compile(r"\b(?:musical )?instruments?\b", re.IGNORECASE), INSTRUMENT),
    Kind(
        re.compile(
            r"\bsports?\b|\bkeep fit\b|\bexercise\b|"
            r"\bdo (?:you|u) (?:do |go )?any (?:running|swimming|cycling|climbing|hiking|rowing|sailing)\b",
            re.IGNORECASE,
        ),
        SPORT,
    ),
    Kind(
        re.compile(
            r"\bgr[eo]w(?:ing)? up\b|\bwere you (?:raised|brought up)\b|\bchildhood\b|\bhome ?town\b",
            re.IGNORECASE,
        ),
        GREW_UP,
    ),
    Kind(
        re.compile(
            r"\b(?:got|get|getting) (?:you )?(?:into|interested)\b|\bwhy did you (?:become|choose|get into|go into|"
            r"decide)|\bhow did you (?:get|end up|come) (?:into|to)\b|\bwhat (?:first )?(?:got|made|drew|led) you\b|"
            r"\bwho (?:got|inspired|introduced) you\b",
            re.IGNORECASE,
        ),
        ORIGIN,
    ),
    Kind(
        re.compile(
            r"\b(?:have|got|run|keep) (?:a |an |any |your own )?(?:personal |own )?(?:website|web ?site|homepage|"
            r"blog)\b|\b(?:what|where)(?:'s| is) your (?:personal )?(?:website|homepage|blog)\b(?! called\b)|"
            r"\byour (?:website|homepage|blog)(?:'s)? (?:address|url)\b|\bwhere can i (?:find|read) your (?:website|blog)\b",
            re.IGNORECASE,
        ),
        WEBSITE,
        said=False,
    ),
    Kind(
        re.compile(r"\b(?:do|did) (?:you|u) (?:do )?any volunteer|\bvolunteer work\b", re.IGNORECASE),
        re.compile(r"\bvolunteer(?:s|ed|ing)?\b", re.IGNORECASE),
    ),
    Kind(
        re.compile(
            r"\b(?:turn(?:ed)?|turning) down (?:a|an|any)\b|\b(?:said|say) no to (?:a|an|any)\b|"
            r"\b(?:refused|declined|rejected) (?:a|an|any) (?:job|offer|post|position)\b",
            re.IGNORECASE,
        ),
        TURNED_DOWN,
    ),
    Kind(  # "Has anyone ever tried to tempt you away?" (personas 22-24): an offer, taken or not
        re.compile(
            r"\b(?:tried|try|tries|trying) to (?:lure|tempt|hire|poach|recruit|head-?hunt|win|get) (?:you|u) away\b|"
            r"\b(?:ever )?(?:been )?(?:head-?hunted|poached)\b|\b(?:any|other) (?:job )?offers\b",
            re.IGNORECASE,
        ),
        re.compile(r"\boffered me\b|\bI turned (?:it |them |the \w+ )?down\b", re.IGNORECASE),
    ),
    Kind(
        re.compile(r"\bsupervis|\b(?:thesis|dissertation|doctoral|phd) (?:advisor|adviser)\b", re.IGNORECASE),
        SUPERVISOR,
        said=False,
    ),
]


def member_line(question: str) -> re.Pattern[str] | None:
    """The pattern of the line that answers a question asked by kind; None for any other question."""
    return next((kind.line for kind in KINDS if kind.asks.search(question)), None)
