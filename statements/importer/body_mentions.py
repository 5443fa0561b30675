"""Names in an attribution that are a body's, not the speaker's: "a spokesperson for Dalby & Sons", "a member of
the Lindale Dog Walkers", "the charity Bright Path", and an organisation's own statement ("In a statement, Ashby
Rovers said:")."""

from __future__ import annotations

import re

from .firstnames import FIRST_NAMES
from .names import TITLE_RE

# "A Tamsworth Arena spokesperson said:": the words before a spokesperson are a body, not a person's name
SPOKESPERSON_AFTER = re.compile(r"(?i)\s+(?:spokes(?:person|woman|man)|representative|press\s+officer)\b")
# "a spokesperson for Dalby & Sons", "stuck outside Linthorpe Junction": a name there is not the speaker
AFTER_PREPOSITION = re.compile(
    r"(?:\b(?:of|for|at|from|with|to|by|on|in|outside|inside|near|behind|beside|between|towards?|into|across|"
    r"opposite|past|along)|&)\s*$"
)
ARTICLE_END = re.compile(r"(?i)\b(?:the|a|an)\s*$")
# "a spokesperson for the Revenge Porn Helpline", "a representative of Calder Rape Crisis": whatever capitalised
# words follow, the object of a spokesperson's preposition is an organisation, never a person
SPOKESPERSON_FOR = re.compile(r"(?i)\b(?:spokes(?:person|woman|man)|representative)\s+(?:for|from|of|at)\s")


def spokespersons_body(who: str, spokesperson: re.Match[str] | None, end: int) -> bool:
    """Whether a name ending at ``end`` is the object of "spokesperson for …" (not one set off by a comma after
    it: "A spokesperson for the council, Jane Smith,")."""
    return spokesperson is not None and end > spokesperson.end() and "," not in who[spokesperson.end() : end]


def of_the(before: str) -> bool:
    """A name after a preposition and an article ("a member of the Lindale Dog Walkers") is a body, not a person."""
    return bool(ARTICLE_END.search(before)) and bool(AFTER_PREPOSITION.search(ARTICLE_END.sub("", before)))


# "a support worker from the charity Bright Path": the name after an organisation noun is the organisation's
AFTER_BODY = re.compile(
    r"(?i)\b(?:charity|company|firm|organisation|organization|group|trust|agency|club|network|project|campaign|"
    # "The governor of HMP Greyholme": a prison is named after its place
    r"service|business|HMP|HMYOI|HM\s+Prison)\s*$"
)
# "a spokesperson for the tracker company, Fieldtrack Systems,": a name set off after an organisation noun that a
# preposition governs, with no known first name, is the organisation's ("Its organiser, Jan Holt," is a person)
AFTER_BODY_COMMA = re.compile(
    r"(?i)\b(?:for|from|at|with|of|by|to)\s+(?:the|a|an|its|their|our)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:charity|company|firm|organisation|organization|group|trust|agency|club|network|project|business|"
    r"operator|manufacturer|supplier|provider|retailer|developer|promoter|organisers?|venue|festival|insurer|lender|"
    r"bank|airline|platform|publisher|broadcaster|theatre|employer|contractor|association|partnership)\s*,\s*$"
)
# "A spokesperson for Brightcare Ltd, which employed Fairclough,": a name inside a relative clause after a
# description is someone the clause is about, never the speaker
_IN_RELATIVE_CLAUSE = re.compile(r"(?i)^(?:a|an|the|one|another)\s[^,]*,\s+(?:who|whose|which|where|that)\b[^,]*$")


def a_body_named(who: str, start: int, end: int, name: str, spokesperson: re.Match[str] | None) -> bool:
    """Whether the name at ``who[start:end]`` is a body's, not the speaker's: after a preposition or an
    organisation noun, before "spokesperson", the object of "a spokesperson for", or an organisation's own
    statement."""
    before = who[:start]
    return bool(
        AFTER_PREPOSITION.search(before)
        or of_the(before)
        or AFTER_BODY.search(before)
        or (AFTER_BODY_COMMA.search(before) and name.split()[0] not in FIRST_NAMES)
        or SPOKESPERSON_AFTER.match(who[end:])
        or spokespersons_body(who, spokesperson, end)
        or stated_by_organisation(who)
        or _IN_RELATIVE_CLAUSE.match(" ".join(before.split()))
    )


# "In a statement, Ashby Rovers said:": after the opening clause, the subject
_IN_A_STATEMENT = re.compile(
    r"^(?:In|Through)\s+a\s+(?:short\s+|brief\s+|written\s+|(?P<joint>joint\s+))?statement,\s+"
)
# a party to a joint statement: "Eastholme Community Transport", "the Rotary Club of Eastholme", "Meals on Wheels"
_PARTY = re.compile(
    r"(?:[A-Z][\w&'’-]*\s+){0,5}[A-Z][\w&-]*(?:\s+(?:of|on|upon)\s+(?:the\s+)?(?:[A-Z][\w&'’-]*\s+){0,2}[A-Z][\w&-]*)?"
)
_CAPITALISED_NAME = re.compile(r"(?:[A-Z][\w&'’-]*\s+){1,5}[A-Z][\w&-]*")
_ACRONYM = re.compile(r"[A-Z]{2,}")
_TITLED = re.compile(rf"^(?:{TITLE_RE}|Mr|Mrs|Ms|Miss|Mx|Dr|Sir|Dame|Lady|Lord)\b")


def stated_by_organisation(who: str) -> bool:
    """Whether ``who`` is an organisation giving its own statement: "In a statement, Ashby Rovers" (two or more
    capitalised words, the first no known first name or title: "In a statement, Sarah Jones" is a person)."""
    text = " ".join(who.split()).strip(" ,")
    opening = _IN_A_STATEMENT.match(text)
    if opening is None:
        return False
    # "In a statement, Harbour Homes, which manages the block,": the relative clause is not part of the name
    phrase = re.sub(r",\s+(?:which|who|whose)\b.*$", "", text[opening.end() :])
    if opening.group("joint"):  # "In a joint statement, X and the Rotary Club of Y, which paid for it,": each party
        parties = re.split(r",\s+|\s+(?:and|&)\s+", phrase)
        return len(parties) > 1 and all(_party(re.sub(r"^[Tt]he\s+", "", party)) for party in parties)
    # "In a statement, the RSPCA", "the Westmere College Students' Union", "In a statement, HMRC": an acronym is a
    # body too, with or without "the" (three letters or more without it, and no rank: "In a statement, DC Hale")
    article = re.match(r"[Tt]he\s+", phrase)
    name = phrase[article.end() :] if article else phrase
    acronym = _ACRONYM.fullmatch(name) and (article or len(name) > 2)
    return _party(name) and bool(_CAPITALISED_NAME.fullmatch(name) or acronym)


def _party(phrase: str) -> bool:
    """A body's name: capitalised words ("of" and "the" between), the first no known first name or title."""
    return bool(_PARTY.fullmatch(phrase)) and phrase.split()[0] not in FIRST_NAMES and not _TITLED.match(phrase)


# "The holiday park's owners, Westcliff Leisure,": a body described by what it is to something, then its name
_DESCRIBED_BODY = re.compile(
    r"(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[\w'’-]+\s+){0,3}?(?:owners|operators?|organisers|company|firm|charity|"
    r"developer|contractor|manufacturer|supplier|provider|retailer|employer|insurer|club|venue|business)"
    r",\s+(?P<name>[A-Z].*)"
)


def described_body(phrase: str) -> str | None:
    """The body's name when ``phrase`` describes a body and then names it ("The park's owners, Westcliff
    Leisure" -> "Westcliff Leisure"): the body speaks for itself. A person's name there ("The firm's owners,
    Jo and Sam Hale", "The company, Dr X") is not a body's."""
    found = _DESCRIBED_BODY.fullmatch(" ".join(phrase.split()).strip(" ,"))
    return found.group("name") if found and _party(found.group("name")) else None


# "In a joint statement, the couple, Gemma Ralston and Tom Ralston,": two people named after the description
# ("Alan and Jenny Worsley" shares the surname)
_PERSON = re.compile(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}")

# "the headteacher, Maria Quist, and the chair of governors, Dennis Arkwright": two people, each after a description
# ("the parish priest, Father Declan Morrow, and the Presbyterian minister, the Reverend Ruth Agnew": titled)
_DESCRIBED_PARTIES = re.compile(
    r"(?:the|its|their|our|[\w-]+['’]s)\s+[A-Za-z][^,]{0,60},\s+(?:the\s+)?(?P<first>[A-Z][^,]*),\s+(?:and|&)\s+"
    r"(?:the|its|their|our|[\w-]+['’]s)\s+[A-Za-z][^,]{0,60},\s+(?:the\s+)?(?P<second>[A-Z][^,]*)"
)
_TITLE_FIRST = re.compile(rf"^(?:{TITLE_RE})\s+(?=[A-Z])")
# "the couple, Tomasz and Ewa Nowak": a description of two or more people before the names
_PEOPLE_TOGETHER = re.compile(
    r"(?i)\b(?:couple|parents|pair|brothers|sisters|grandparents|twins|husband\s+and\s+wife|mother\s+and\s+father)$"
)


def joint_people(who: str) -> bool:
    """Whether ``who`` is people named as giving a joint statement together: "In a joint statement, the couple,
    Alan and Jenny Worsley" (a body among them makes it the bodies' statement, read before this)."""
    return joint_names(who) is not None


def joint_names(who: str) -> str | None:
    """The people named as giving a joint statement together, as named: "In a joint statement, her parents, Dan
    and Leah Corrigan" -> "Dan and Leah Corrigan"; None when ``who`` names no two people so."""
    text = " ".join(who.split()).strip(" ,")
    # "…, the couple, Jim and Lorraine Hebden, who have lived at number 12 for 31 years,": not part of the names
    text = re.sub(r",\s+(?:who|whose)\s.*$", "", text)
    opening = _IN_A_STATEMENT.match(text)
    if opening is None or not opening.group("joint"):
        return None
    parties = _DESCRIBED_PARTIES.fullmatch(text[opening.end() :])
    described = ""  # what the people are called before their names, when no description goes with each
    if parties:  # "the headteacher, Maria Quist, and the chair of governors, Dennis Arkwright": each by a role
        names = f"{parties.group('first')} and {parties.group('second')}"
    else:
        names = text[opening.end() :].split(", ")[-1]
        described = text[opening.end() :].rsplit(", ", 1)[0] if ", " in text[opening.end() :] else ""
    parts = [_TITLE_FIRST.sub("", part) for part in re.split(r"\s+(?:and|&)\s+", names)]
    names = " and ".join(parts)
    # one a known first name ("Derek and Lynne Hollis", "Dan and Leah Corrigan": the list need not know both), or
    # described as people together ("the couple, Tomasz and Ewa Nowak")
    known = any(part.split()[0] in FIRST_NAMES for part in parts) or bool(_PEOPLE_TOGETHER.search(described))
    together = len(parts) == 2 and all(map(_PERSON.fullmatch, parts)) and known
    return names if together else None


# "Fairhope Homes, which manages the block,": a name that "which" describes is a thing's, not a person's
_WHICH_CLAUSE = re.compile(r",\s+which\s+[^,]+,?\s*$")


def body_giving_statement(who: str) -> bool:
    """Whether ``who`` in "WHO said in a statement:" is a body speaking for itself, as "In a statement, WHO" would
    be, whatever its last word: one a "which" clause describes ("Fairhope Homes, which manages the block,"), or a
    name of four capitalised words or more ("Kingsmead Business Improvement District"). "Ellen Marsh said in a
    statement" is a person: two capitalised words are a body's name only with the clause."""
    whole = " ".join(who.split()).strip(" ,")
    name = _WHICH_CLAUSE.sub("", whole)
    described = name != whole
    return (described or len(name.split()) >= 4) and stated_by_organisation(f"In a statement, {name}")
