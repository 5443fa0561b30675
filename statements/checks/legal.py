"""Legal rules: contempt of court, reporting restrictions on children, anonymity of sexual-offence victims.

The stage rules read the version's ``case_stage``: a version without one is never checked for contempt.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .config import ChecksConfig
from .findings import BLOCK, Hit
from .registry import rule
from .subject import Subject
from .text import NAME, after, before, is_person, phrases

ACTIVE = ("arrest", "charged", "trial")  # proceedings active, no verdict yet (Contempt of Court Act 1981)
CHARGED = ("charged", "trial")

#: words that call a suspect guilty; each may be followed by a word that makes it something else
GUILT_WORDS = (
    "the killer", "killer", "murderer", "the murderer", "rapist", "paedophile", "pedophile", "child abuser", "thug",
    "thugs", "monster", "monsters", "culprit", "the culprit", "perpetrator", "the perpetrator", "guilty of",
    "evil", "predator", "sex offender", "scumbag",
)  # fmt: skip
#: "the killer whale exhibition", "monster truck", "the perpetrator programme": compounds that are not people
NOT_A_PERSON_NEXT = re.compile(
    r"^[\s-]*(?:whales?|bees?|instincts?|apps?|heels|blows?|punch|lines?|features?|questions?|smiles?|sudoku|"
    r"trucks?|energy|munch|hunt(?:er)?s?|of a|jobs?|programmes?|diseases?|cells?|robots?|shrimps?|fungus|"
    r"snails?|queen)\b",
    re.IGNORECASE,
)
#: "found guilty of", "pleaded guilty to", "not guilty of": the verdict or plea, not the writer's opinion
VERDICT_BEFORE = re.compile(r"\b(?:found|pleaded|pled|pleads|admitted|admits|not|been|was)\s+$", re.IGNORECASE)

CHARACTER = (
    "previous convictions", "previous conviction", "prior convictions", "criminal record", "bad character",
    "known to police", "known to the police", "well known to police", "well known to officers",
    "history of violence", "long history of offending", "has previous for", "serial offender", "repeat offender",
    "career criminal", "was on licence", "released from prison",
)  # fmt: skip
#: "make it known to police": telling people to report, not a suspect's record
MADE_KNOWN_BEFORE = re.compile(r"\b(?:make|made|making|makes)\s+(?:it|this|them|that)?\s*$", re.IGNORECASE)

EVIDENCE_COMMENT = (
    "overwhelming evidence", "strong evidence", "compelling evidence", "clear evidence", "irrefutable evidence",
    "caught red-handed", "caught red handed", "no doubt he", "no doubt she", "no doubt they", "cold-blooded",
    "callous", "brought to justice", "dangerous individual", "danger to the public", "justice has been done",
    "face justice", "evidence proves", "evidence shows he", "evidence shows she", "cctv shows him",
    "cctv shows her",
)  # fmt: skip

SEXUAL_OFFENCE = re.compile(
    r"\b(?:rape[ds]?|raping|sexual(?:ly)?\s+(?:assault(?:ed|s)?|abused?|offen[cs]es?|touching|activity)|"
    r"indecent(?:ly)?\s+assault(?:ed)?|voyeurism|upskirting|sexual\s+grooming|sextortion|"
    r"sexual\s+exploitation|child\s+sexual\s+abuse)\b",
    re.IGNORECASE,
)
NAMED_VICTIM = [
    re.compile(rf"\b(?:victim|complainant|survivor)s?,?\s+(?:named\s+as\s+|was\s+named\s+as\s+)?(?P<name>{NAME})"),
    re.compile(rf"(?P<name>{NAME}),\s+(?:the|a)\s+(?:victim|complainant|survivor)\b"),
    re.compile(rf"\b(?:raped|sexually\s+assaulted|indecently\s+assaulted|sexually\s+abused)\s+(?P<name>{NAME})"),
    re.compile(rf"(?P<name>{NAME}),\s+(?:\d{{1,3}},\s+)?who\s+was\s+(?:raped|sexually\s+(?:assaulted|abused))"),
]

AGE = r"(?P<age>1[0-7]|[1-9])"
NAMED_CHILD = [
    re.compile(rf"(?P<name>{NAME}),\s+(?:aged\s+)?{AGE},"),  # "Jack Smith, 16, of Eastfield"
    re.compile(rf"(?P<name>{NAME})\s+\({AGE}\)"),  # "Jack Smith (16)"
    re.compile(rf"(?P<name>{NAME}),\s+aged\s+{AGE}\b"),
    re.compile(rf"\b{AGE}-year-old\s+(?:(?:boy|girl|teenager|youth|student|pupil)\s+)?(?P<name>{NAME})"),
]


@rule("legal.presumed-guilt", BLOCK)
def presumed_guilt(subject: Subject, config: ChecksConfig) -> Iterator[Hit]:
    """Words that call a suspect guilty before a verdict ("the killer", "thug", "guilty of")."""
    if not subject.in_stages(*ACTIVE):
        return
    pattern = phrases((*GUILT_WORDS, *config.guilt_words))
    for field, text in subject.passages():
        for m in pattern.finditer(text):
            word = m.group().lower()
            if NOT_A_PERSON_NEXT.match(after(text, m.end())):
                continue
            if word == "guilty of" and VERDICT_BEFORE.search(before(text, m.start())):
                continue
            yield Hit(
                field, m.start(), m.end(), m.group(),
                f"“{m.group()}” presumes guilt while the case is at {subject.case_stage}: describe the person as "
                "a suspect, or by the charge (Contempt of Court Act 1981).",
            )  # fmt: skip


@rule("legal.character", BLOCK)
def character(subject: Subject, config: ChecksConfig) -> Iterator[Hit]:
    """Previous convictions, bad character or "known to police" once someone is charged."""
    if not subject.in_stages(*CHARGED):
        return
    pattern = phrases(CHARACTER)
    for field, text in subject.passages():
        for m in pattern.finditer(text):
            if m.group().lower().startswith("known") and MADE_KNOWN_BEFORE.search(before(text, m.start())):
                continue
            yield Hit(
                field, m.start(), m.end(), m.group(),
                f"“{m.group()}” tells a jury about the defendant's past while the case is {subject.case_stage}: "
                "remove it (Contempt of Court Act 1981; bad character is for the court to admit).",
            )  # fmt: skip


@rule("legal.evidence-comment", BLOCK)
def evidence_comment(subject: Subject, config: ChecksConfig) -> Iterator[Hit]:
    """Comment on the evidence or the suspect's character after charge."""
    if not subject.in_stages(*CHARGED):
        return
    pattern = phrases(EVIDENCE_COMMENT)
    for field, text in subject.passages():
        for m in pattern.finditer(text):
            yield Hit(
                field, m.start(), m.end(), m.group(),
                f"“{m.group()}” comments on the evidence or the defendant after charge: state the charge and the "
                "court date only (Contempt of Court Act 1981; College of Policing media relations guidance).",
            )  # fmt: skip


@rule("legal.named-child", BLOCK)
def named_child(subject: Subject, config: ChecksConfig) -> Iterator[Hit]:
    """A named person under 18 once there has been an arrest."""
    if not subject.stage_at_least("arrest"):
        return
    for field, text in subject.passages():
        seen: set[int] = set()
        for pattern in NAMED_CHILD:
            for m in pattern.finditer(text):
                name = m.group("name")
                if m.start() in seen or not is_person(name):
                    continue
                seen.add(m.start())
                yield Hit(
                    field, m.start(), m.end(), m.group(),
                    f"{name} is named and aged {m.group('age')}: people under 18 in criminal cases are not named "
                    "(Children and Young Persons Act 1933 s.49; Youth Justice and Criminal Evidence Act 1999 s.45).",
                )  # fmt: skip


@rule("legal.sexual-offence-victim", BLOCK)
def sexual_offence_victim(subject: Subject, config: ChecksConfig) -> Iterator[Hit]:
    """A named victim in a statement about a sexual offence (lifelong anonymity)."""
    about = any(t in config.sexual_offence_topics for t in subject.topics) or any(
        SEXUAL_OFFENCE.search(text) for _, text in subject.passages()
    )
    if not about:
        return
    for field, text in subject.passages():
        for pattern in NAMED_VICTIM:
            for m in pattern.finditer(text):
                name = m.group("name")
                if not is_person(name):
                    continue
                yield Hit(
                    field, m.start("name"), m.end("name"), name,
                    f"{name} appears to be named as the victim of a sexual offence, who has lifelong anonymity "
                    "(Sexual Offences (Amendment) Act 1992): remove anything that identifies them.",
                )  # fmt: skip
