"""Kinds of thing a visitor asks about by kind ("got any pets?", "Do you play an instrument?", "Do you have a
website?") and the line of the knowledge file that holds a member ("my toller Gus", "I started learning the
seperewa", "Website: https://..."). A small embedder and BM25 do not link the kind to its member, so the graph puts
the first chunk with such a line in front of the reader (`pinned_line`), and the answer check says that line when
the reader declines it (graph/answer.py)."""

from __future__ import annotations

import re

_ANIMALS = (
    r"dogs?|cats?|pupp(?:y|ies)|kittens?|tortoises?|turtles?|parrots?|rabbits?|horses?|ponies|pony|hamsters?|"
    r"budgies?|chickens|hens|goats|dachshunds?|collies?|border collies?|greyhounds?|heelers?|terriers?|spaniels?|"
    r"labradors?|retrievers?|tollers?|beagles?|pugs?|poodles?|huskies|husky|lurchers?|whippets?|sheepdogs?|"
    r"huntaways?|kelpies?|tazys?|shepherds?"
)
# "my dog biacca", "my old dachshund", "two retired greyhounds": the person's own animal, not the dogs a vet treats.
PET = re.compile(
    rf"\b(?:my|our) (?:old |young |little |two |three |rescue |retired )?(?:{_ANIMALS})\b|"
    rf"\b(?:two|three|four) (?:retired |rescue |old )?(?:{_ANIMALS})\b(?! (?:a|per) )",
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
    r"\b(?:swim|swims|(?:go|went|I) swimming|parkrun|marathons?|(?:go|went) running|football|soccer|rugby|cricket|wicket|hockey|"
    r"hurling|camogie|netball|basketball|volleyball|tennis|badminton|squash|golf|orienteering|climbing|"
    r"bouldering|ski(?:s|ing)?|ski touring|rowing|regattas?|sailing|kayaking|canoeing|surfing|cycling|"
    r"triathlons?|granfondo|judo|karate|taekwondo|boxing|fencing|yoga|pilates|timbersports|five-a-side|kabaddi|"
    r"athletics|handball|water polo|lacrosse|baseball|softball)\b"
    r"(?! (?:club|stadium|ground|union|federation|association)\b)",  # "the Waimate Rugby Club rooms": a place
    re.IGNORECASE,
)
WEBSITE = re.compile(
    r"^- (?:personal )?(?:website|homepage|home page|blog|portfolio)\b[^:\n]{0,30}:\s", re.I | re.M
)

# What a question asks for by kind, and the line that holds a member of it.
KIND_QUESTIONS: list[tuple[re.Pattern[str], re.Pattern[str]]] = [
    (
        re.compile(r"\bpets?\b(?! (?:vet|vets|food|shop|insurance|project|owners?|clinic)\b)", re.IGNORECASE),
        PET,
    ),
    (re.compile(r"\b(?:musical )?instruments?\b", re.IGNORECASE), INSTRUMENT),
    (re.compile(r"\bsports?\b|\bkeep fit\b|\bexercise\b", re.IGNORECASE), SPORT),
    (
        re.compile(
            r"\b(?:have|got|run|keep) (?:a |an |any |your own )?(?:personal |own )?(?:website|web ?site|homepage|"
            r"blog)\b|\b(?:what|where)(?:'s| is) your (?:personal )?(?:website|homepage|blog)\b(?! called\b)|"
            r"\byour (?:website|homepage|blog)(?:'s)? (?:address|url)\b|\bwhere can i (?:find|read) your (?:website|blog)\b",
            re.IGNORECASE,
        ),
        WEBSITE,
    ),
]


def member_line(question: str) -> re.Pattern[str] | None:
    """The pattern of the line that answers a question asked by kind; None for any other question."""
    return next((line for asks, line in KIND_QUESTIONS if asks.search(question)), None)
