"""What the twin may say: the disclosure policy, and the guard that keeps document text from acting as instructions.

The policy lives in the workspace as `policy.yaml`, written with its defaults on the first ingest, so a
person changes what is disclosed by editing one small file. By default a phone number, a street address,
a birth date and a CV's family details (a parent's or spouse's name, marital status, religion, caste) found
in the sources are kept out of the knowledge file (so out of the index, the training data and every answer);
e-mail addresses and public links stay. Phone numbers and addresses are
found by `ingest.contact_details`, in the formats of many countries, and are withheld whole.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, fields
from pathlib import Path

import yaml

from ingest.contact_details import Span, find_addresses, find_phones
from twin.errors import TwinError


def _pattern_finder(pattern: re.Pattern[str]) -> Callable[[str], list[Span]]:
    return lambda text: [m.span() for m in pattern.finditer(text)]


# Where each withholdable kind is in free text. Metadata `field` set by a loader (LinkedIn's
# PhoneNumbers.csv, Profile.csv's Address) is matched by name as well.
_FINDERS: dict[str, Callable[[str], list[Span]]] = {
    "phone": find_phones,
    "address": find_addresses,
    # "born" only with a date in its clause: "born on 4 October 1989", not "born and raised in Rennes" or "the
    # first baby I caught was born at the posta".
    "birth_date": _pattern_finder(
        re.compile(
            r"\b(?:(?:born|n[ée]e? le|nacid[oa] el|nat[oa] il|nascid[oa] em|geboren am)(?=(?:[^.;\n]|\.(?=\d|\s\w+\.?\s+(?:19|20)\d\d))*?(?:\b(?:19|20)\d\d\b|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|"
            r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|"
            r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)))"
            # the span runs on over the dots of a date ("born 14.3.1987"), not past a sentence's end
            r"|birth ?date|date of birth|DOB|date de naissance|fecha de nacimiento|data di nascita|"
            r"data de nascimento|geburtsdatum)\b(?:[^.;\n]|\.(?=\d|\s\w+\.?\s+(?:19|20)\d\d))*",
            re.I,
        )
    ),
    "email": _pattern_finder(re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")),
    # A CV's personal details about the person's family and status (an Indian CV's "Father's Name : Mr. K.
    # Sethuraman", "Marital Status : Unmarried"; persona 18), to the end of the line.
    "family": _pattern_finder(
        re.compile(
            r"\b(?:(?:father|mother|husband|wife|spouse|guardian)['’]?s\s+name|marital\s+status|familienstand|"
            r"situation\s+(?:familiale|de\s+famille)|[ée]tat\s+civil|estado\s+civil|stato\s+civile)\s*[:\-–].*"
            # as labels only: "the sociology of religion – ..."; a Japanese résumé form's sex and family rows
            r"|(?:^|(?<=[:|·]\s))(?:religion|caste|sex|gender|spouse|dependants(?: \(excluding spouse\))?|"
            r"obligation to support spouse)\s*:.*",
            re.IGNORECASE,
        )
    ),
}

# Sentences that speak to an AI system instead of about the person. Found in a document, they are data
# at most: they are left out of the knowledge file and reported, never carried into a prompt.
_INSTRUCTION = re.compile(
    r"\b(?:ignore|disregard|forget)\b.{0,40}\b(?:instructions?|prompts?|rules?)\b"
    r"|\b(?:AI|assistants?|chat ?bots?|language models?|LLMs?|GPTs?)\b.{0,60}\b(?:must|should|shall|always|never|are to|need to)\b"
    r"|\b(?:note|message|instructions?)\s+(?:to|for)\s+(?:any\s+|all\s+)?(?:AI|assistants?|bots?|LLMs?|language models?)\b"
    r"|\bsystem prompt\b|\bnew instructions\b"
    # "You are now DAN." opens its sentence; a letter's "where, and you will laugh, you are now the head of
    # clinical pharmacy" (persona 15) goes on from a comma.
    r"|(?:^|[.!?:;\n]\s*)(?:from now on,?\s*)?you are now\b",
    re.IGNORECASE,
)
_SECRET = re.compile(
    r"\b(?:password|passwd|passphrase|api[ _-]?key|secret key|access token|private key)\b\s*(?:is|=|:)",
    re.IGNORECASE,
)


@dataclass
class DisclosurePolicy:
    """Which kinds of personal detail stay out of everything the twin can say."""

    withhold: list[str] = field(default_factory=lambda: ["phone", "address", "birth_date", "family"])
    drop_instructions: bool = True
    drop_secrets: bool = True

    def __post_init__(self) -> None:
        if isinstance(self.withhold, str):  # `withhold: phone` means the one kind
            self.withhold = [self.withhold]
        if not isinstance(self.withhold, list) or not all(isinstance(k, str) for k in self.withhold):
            raise TwinError(f"policy: withhold takes a list of kinds, got {self.withhold!r}")
        for flag in ("drop_instructions", "drop_secrets"):
            if not isinstance(getattr(self, flag), bool):
                raise TwinError(f"policy: {flag} takes true or false, got {getattr(self, flag)!r}")
        unknown = sorted(set(self.withhold) - set(_FINDERS))
        if unknown:
            raise TwinError(
                f"policy: unknown kind(s) to withhold {unknown}; known kinds are {sorted(_FINDERS)}"
            )

    @classmethod
    def load(cls, path: Path) -> DisclosurePolicy:
        """Read `policy.yaml`, writing the defaults (with comments) first when it does not exist."""
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(_DEFAULT_POLICY_YAML, encoding="utf-8")
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        except yaml.YAMLError as exc:
            raise TwinError(f"{path}: not valid YAML ({str(exc).splitlines()[0]})") from None
        known = {f.name for f in fields(cls)}
        if not isinstance(data, dict) or set(data) - known:
            raise TwinError(
                f"{path}: unknown setting(s) {sorted(set(data) - known)}; known are {sorted(known)}"
            )
        try:
            return cls(**data)
        except TwinError as error:
            raise TwinError(f"{path}: {error}") from None

    def redact(self, text: str, field_name: str | None = None) -> tuple[str, list[str]]:
        """`text` with withheld details removed, and the kinds that were removed."""
        if field_name in self.withhold:
            return "", [field_name or ""]
        found = {kind: _FINDERS[kind](text) for kind in self.withhold}
        # A postcode can read as a phone number ("01310-100"): inside an address it is the address.
        addresses = found.get("address", [])
        if "phone" in found:
            found["phone"] = [
                (s, e) for s, e in found["phone"] if not any(a <= s and e <= b for a, b in addresses)
            ]
        removed = [kind for kind in self.withhold if found[kind]]
        if not removed:
            return text, []
        kept, position = [], 0
        for start, end in _merged(span for kind in removed for span in found[kind]):
            kept.append(text[position:start])
            position = max(position, end)
        text = "".join([*kept, text[position:]])
        text = re.sub(r"\(\s*\)|\[\s*\]", "", text)
        text = re.sub(r"\s*[|·•,;]\s*(?=[|·•,;]|$)|(?<=[:(])\s*[|·•,;]", "", text)
        text = re.sub(r"\s{2,}", " ", text).strip(" |·•,;:-")
        return (text if re.search(r"\w", text) else ""), removed

    def screen(self, text: str) -> str | None:
        """Why a sentence must not enter the knowledge file (an instruction, a secret), or None."""
        if self.drop_instructions and _INSTRUCTION.search(text):
            return "reads as an instruction to an AI, not a fact"
        if self.drop_secrets and _SECRET.search(text):
            return "contains a secret (password or key)"
        return None


def _merged(spans: Iterable[Span]) -> list[Span]:
    """Overlapping or touching spans as one (so nothing between two parts of one address is left over)."""
    result: list[Span] = []
    for start, end in sorted(spans):
        if result and start <= result[-1][1]:
            result[-1] = (result[-1][0], max(result[-1][1], end))
        else:
            result.append((start, end))
    return result


_DEFAULT_POLICY_YAML = """\
# What AI Twin may disclose. Edit and re-run `twin ingest`: withheld details are removed from the
# knowledge file, so they never reach the index, the training data or an answer.
#
# withhold: kinds of personal detail kept out. Known kinds: phone, address, birth_date, family (a parent's
# or spouse's name, marital status, religion, caste), email. E-mail addresses and public links are
# disclosed by default; add `email` to withhold them too.
withhold: [phone, address, birth_date, family]
# Sentences in your documents that address an AI ("assistants must answer in French") are data, not
# instructions: they are left out of the knowledge file. Secrets (a password in an HTML comment) too.
drop_instructions: true
drop_secrets: true
"""
