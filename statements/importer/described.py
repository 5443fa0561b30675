"""Someone described but not named, as the subject of reported speech: "One tenant, who has lived on the estate
for thirty years and asked not to be named, said the change had been immediate." The quote after it ("…," she
said.) is theirs, and their role is the whole description (docs/importer.md, "Role convention"): the words
before the noun, the noun, and what follows it up to the said-verb ("tenant, who has lived on the estate for
thirty years and asked not to be named"; "daughter of the woman injured on the High Street"), a possessor
kept as the role convention keeps one ("couple's daughter, who asked not to be named"; a generic body's, "the
council's", is left out by clean_role).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from .names import gender_of_word
from .roles import clean_role

# A noun the words after it say is a person: "One boxer, a 19-year-old from X," (an age set off after it), "The
# officer he attacked", "An enforcement officer who patrols …", "An RSPCA inspector who worked on the case"; an
# officer, inspector or guard so described is nobody named before
DESCRIBED_NOUN = (
    r"[a-z]{3,}(?=,\s+(?:a|an)\s+[^,.;:!?\"“”\n]{0,40}?\b[\w-]+-year-old\b)|"
    r"(?:officer|inspector|guard|constable|worker|boxer|player)(?=\s+(?:he|she|they|[A-Z][\w'’-]+)\s+[a-z]+ed\b(?!\s+(?:by|to)\b)|"
    r"\s+who\s)"
)
# Nouns for people a press text describes without naming them
PERSON_NOUNS = (
    r"mother|father|mum|dad|parent|grandmother|grandfather|grandparent|daughter|son|sister|brother|wife|husband|"
    r"partner|aunt|uncle|niece|nephew|cousin|widow|widower|woman|man|girl|boy|lady|gentleman|neighbour|witness|"
    r"resident|tenant|householder|homeowner|survivor|victim|pupil|student|teenager|youngster|volunteer|passenger|"
    r"driver|motorist|cyclist|rider|pedestrian|commuter|walker|runner|dog\s+walker|patient|nurse|carer|worker|"
    r"manager|owner|shopkeeper|trader|landlord|landlady|farmer|fan|supporter|visitor|tourist|holidaymaker|"
    r"customer|shopper|buyer|employee|colleague|teacher|lecturer|pensioner|veteran|parishioner|worshipper|"
    r"member|friend|relative|local|guest|traveller|swimmer|angler|climber|steward|organiser|paramedic|"
    r"firefighter|doctor|midwife|mechanic|courier|cleaner|caretaker|apprentice|graduate|bystander|onlooker|"
    r"assistant|caseworker|case\s+worker|pharmacist|receptionist|cashier|stallholder|stall\s+holder|vendor|exhibitor|"
    r"gamekeeper|keeper|ranger|shepherd|ghillie|groundsman|publican|licensee|bartender|barber|"
    # a tradesperson described doing the job: "An electrician who volunteers with the team said …"
    r"electrician|plumber|builder|joiner|roofer|locksmith|gas\s+engineer|chef|porter|jogger|postman|postwoman|"
    # people out of doors: "The boater who found the bird said she had heard two cracks"
    r"boater|hiker|rambler|canoeist|kayaker|paddleboarder|birdwatcher|camper|diver|sailor|skipper|fisherman|"
    r"photographer|golfer|jockey|"
    # people at school or college: "A head of year at one of the schools taking part said:"
    r"head\s+of\s+year|head\s*teacher|deputy\s+head(?:\s*teacher)?|teaching\s+assistant|counsellor|coach|instructor|"
    r"lifeguard|researcher|"
    # "A horse welfare officer from the charity X said": an officer by their work, never a police rank's anaphor
    r"(?:welfare|liaison|outreach|development|project|education|support)\s+officer|"
    # any other noun set off by "who": "A thatcher on the estate, who asked not to be named, said"
    r"[a-z]{4,}(?=(?:\s+(?:on|at|in|from|of|with|near|for)\s+[^,.!?:;\"“”\n]{1,60})?,\s+who\s)|"
    rf"{DESCRIBED_NOUN}"
)
_RELATION_NOUNS = re.compile(
    r"mother|father|mum|dad|parent|grandmother|grandfather|grandparent|daughter|son|sister|brother|wife|husband|"
    r"partner|aunt|uncle|niece|nephew|cousin|widow|widower|friend|relative"
)
_OPENING = r"(?:In|Speaking|Writing|Responding|Asked|Commenting|Giving|Reading|At|After|Outside)\b[^,.!?\"“”\n]{0,80}"
# "The man's son", "Holbeck Vale's youth outreach worker": a possessor that is not a titled person's name
_POSSESSOR = r"(?:The\s+[a-z]+|(?!(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame)\b)[A-Z][\w-]+(?:\s+[A-Z][\w-]+)+)['’]s"
# "A woman said to be his partner" is no speech; "told police he had been punched" is a report to officers
_SAID = (
    r"(?:said|says|described|explained|recalled|added|told(?!\s+(?:police|officers|detectives|investigators|the\s+police)\b))"
    r"(?!\s+to\s+(?:be|have)\b)"
)
# "One of the rescued walkers, a retired teacher from Hallbank, said …": one of a group, then what they are
_ONE_OF = r"One\s+of\s+(?:the|its|their)\s+(?:[\w'’-]+\s+){0,2}?[a-z]+s,\s+(?:a|an)"
_SUBJECT = re.compile(
    rf"(?:^|(?<=[.!?”\"’])[^\S\n]+|(?<=\n))(?:{_OPENING},\s+(?:a|an|one|the|another)|(?P<possessor>{_POSSESSOR})|"
    # "Her daughter, who asked not to be named, said …": someone described by whose they are (the role without the
    # pronoun, as the same words before "said:" give it)
    rf"{_ONE_OF}|A|An|One|The|Another|His|Her|Their|(?P<its>Its))\s+"
    rf"(?P<desc>(?:[\w'’-]+\s+){{0,3}}?(?P<noun>{PERSON_NOUNS})\b(?!['’]s)(?P<rest>(?:[^.!?:;\"“”\n]|(?<=\d)[.,](?=\d))"
    rf"{{0,220}}?))(?<!\bwas)(?<!\bwere)(?<!\bbeen)(?<!\bbeing)(?<!\bis)(?<!\bare)\s*,?\s+{_SAID}\b(?P<speech>[^.!?\n]{{0,40}})"
)
# "The manager of the shop, Jane Smith, said": a name set off after the description is the speaker
_NAME_IN_REST = re.compile(r",\s+(?:[A-Z][\w'’-]+\s+)+[A-Z][\w'’-]+\s*,?\s*$|^\s+[A-Z][\w'’-]+\s+[A-Z][\w'’-]+")
_SPEECH_PRONOUN = re.compile(r"^\s+(?:that\s+)?(?P<pronoun>he|she|his|her|him)\b")
_PRONOUN_GENDER = {"he": "m", "his": "m", "him": "m", "she": "f", "her": "f"}
_FEMININE = re.compile(r"(?i)\b(?:her|she|herself)\b")
_MASCULINE = re.compile(r"(?i)\b(?:his|he|himself)\b")


@dataclass(frozen=True)
class Described:
    start: int  # where the noun stands
    role: str
    gender: str
    its: bool = False  # "Its manager said …": the role is a body's, named before


_WHOLE = re.compile(
    rf"^(?:{_OPENING},\s+)?(?:(?P<possessor>{_POSSESSOR})|[Aa]n?|[Oo]ne|[Tt]he|[Aa]nother)\s+"
    rf"(?P<desc>(?:[\w'’-]+\s+){{0,3}}?(?P<noun>{PERSON_NOUNS})\b(?!['’]s)(?P<rest>[^.!?:;\"“”\n]{{0,220}}))$"
)


def described_attribution(who: str) -> Described | None:
    """Someone described but not named in an attribution ("said the daughter of the woman injured on the High
    Street", "a youth worker, who asked not to be named, said:"): the whole description as the role."""
    match = _WHOLE.match(" ".join(who.split()).strip(" ,"))
    if match is None or _NAME_IN_REST.search(match.group("rest")):
        return None
    possessor, noun = match.group("possessor") or "", match.group("noun")
    if possessor[:4] not in ("", "The ") and _RELATION_NOUNS.fullmatch(noun):
        return None
    role = clean_role(f"{possessor} {match.group('desc')}", limit=24)
    return Described(0, role, _gender(noun, "", match.group("rest"))) if role else None


def _gender(noun: str, speech: str, rest: str) -> str:
    """From the noun, else the reported speech ("said her flight …"), else pronouns in the description."""
    gender = gender_of_word(noun)
    pronoun = _SPEECH_PRONOUN.match(speech)
    if not gender and pronoun:
        gender = _PRONOUN_GENDER[pronoun.group("pronoun")]
    if not gender:
        feminine, masculine = bool(_FEMININE.search(rest)), bool(_MASCULINE.search(rest))
        if feminine != masculine:
            gender = "f" if feminine else "m"
    return gender


def described_speakers(text: str) -> Iterator[Described]:
    """People described but not named who are the subject of a said-verb in ``text``, in reading order."""
    for match in _SUBJECT.finditer(text):
        rest, noun = match.group("rest"), match.group("noun")
        # "Conor Reed's mother said": a named person's relation is left to the named-person rules
        possessor = match.group("possessor") or ""
        if _NAME_IN_REST.search(rest) or (possessor[:4] not in ("", "The ") and _RELATION_NOUNS.fullmatch(noun)):
            continue
        role = clean_role(f"{possessor} {match.group('desc')}".rstrip(" ,"), limit=24)
        if not role:
            continue
        gender = _gender(noun, match.group("speech"), rest)
        yield Described(match.start("noun"), role, gender, bool(match.group("its")))


# Occupations a reported-speech sentence names its subject by, beyond PERSON_NOUNS
_MOREPERSON_NOUNS = r"jogger|porter|sweep|postman|postwoman|builder|electrician|plumber|chef|barber|officer|guard|"
# "A spokesperson for Guide Dogs said the charity …. “…”": one who speaks for a body is a person speaking
_MOREPERSON_NOUNS += r"spokesperson|spokeswoman|spokesman|representative"
_PERSON_WORD = re.compile(rf"(?i)\b(?:{PERSON_NOUNS}|{_MOREPERSON_NOUNS})(?:s|es)?\b")


def describes_a_person(text: str) -> bool:
    """Whether a description names a person ("a jogger", "one of the firefighters"), not a thing ("the report")."""
    return bool(_PERSON_WORD.search(text))


# "A Weston Vale woman who paid the deposit": a place's name between an article and a described noun
_ARTICLE_BEFORE = re.compile(r"(?:^|\s)(?:[Aa]n?|[Oo]ne|[Tt]he|[Aa]nother)\s+$")
_NOUN_AFTER = re.compile(rf"\s+(?:[a-z][\w'’-]*\s+){{0,2}}?(?:{PERSON_NOUNS})\b")


def place_before_noun(text: str, start: int, end: int) -> bool:
    """Whether the capitalised words at ``text[start:end]`` stand between an article and a noun for a person
    ("A Weston Vale woman"): a place or body describing someone, not a person's name."""
    return bool(_ARTICLE_BEFORE.search(text[:start]) and _NOUN_AFTER.match(text, end))
