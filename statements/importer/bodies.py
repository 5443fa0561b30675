"""Which organisation "its" means: "Ashgate Wheelers, a local cycling club, welcomed the operation. Its
secretary, …" — the body the sentence before names, as its subject, by what it is, or as a named body's branch.
"""

from __future__ import annotations

import re

from .firstnames import FIRST_NAMES
from .names import NOT_NAMES
from .organisations import QUANTIFIERS, SUBJECT_VERB

# "Ashgate Wheelers, a local cycling club, welcomed the operation. Its secretary, …": the body a sentence opens with
# (after "In a statement,": "In a statement, Elm Lodge said it had …")
# ("The Hallam Vale Pubwatch group, which …, backs the scheme.": a named body's own kind of body, in lower case, is
# part of its name)
_SUBJECT_BODY = re.compile(
    r"^[^\S\n]*(?:According[^\S\n]+to[^\S\n]+(?:the[^\S\n]+)?|In[^\S\n]+a[^\S\n]+statement,[^\S\n]*)?(?:The[^\S\n]+)?(?P<body>[A-Z][\w'’&-]*(?:[^\S\n]+(?:of|for|and|&|[A-Z][\w'’&-]*))*?"
    r"(?:[^\S\n]+(?:group|club|network|forum|partnership|association|scheme|project|campaign))?)"
    r"(?=[^\S\n]*,|[^\S\n]+(?:has|have|had|is|was|were|are|said|told|[a-z]+ed|[a-z]+s)\b)"
)


# "The Kelbridge charity Knives Down, set up in 2019, …", "The local charity Fernleigh Mind helped …": a body its
# sentence opens with by what it is, then its name
_KIND_THEN_NAME = re.compile(
    r"^[^\S\n]*(?:The[^\S\n]+)?(?:[\w'’-]+[^\S\n]+){0,2}?(?:charity|trust|campaign|group|project|club|"
    r"organisation|social\s+enterprise)[^\S\n]+(?P<body>[A-Z][\w'’&-]*(?:[^\S\n]+[A-Z][\w'’&-]*){0,4})"
    # "The charity Crimestoppers is offering a reward …": or its verb straight after the name
    r"(?=[^\S\n]*[,(]|[^\S\n]+" + SUBJECT_VERB + ")"
)
# "Support workers from the charity Harbour Path are helping the men.": a body named by what it is, anywhere
_KIND_NAMED = re.compile(
    r"\b(?:the|a|an)[^\S\n]+(?:[\w-]+[^\S\n]+){0,2}?(?:charity|trust|campaign|group|project|organisation|"
    r"social\s+enterprise)[^\S\n]+(?P<body>[A-Z][\w'’&-]*(?:[^\S\n]+[A-Z][\w'’&-]*){0,4})(?![\w'’])"
)
# "The Greyholme Farmwatch scheme welcomed the findings. Its chair, …": a body named, then what it is (kept with
# the name: "Greyholme Farmwatch scheme"), then its verb; the kind may have words of its own ("The Greenhill Estate
# residents' association has …", "Chapel Street's business crime partnership has …")
_NAME_THEN_KIND = re.compile(
    r"^[^\S\n]*(?:The[^\S\n]+)?(?P<body>(?!The\b)[A-Z][\w'’&-]*(?:[^\S\n]+[A-Z][\w'’&-]*){0,4}"
    # (not "Last year the charity supported …": an article starts a new noun phrase, not a word of the name)
    r"(?:[^\S\n]+(?!(?:the|a|an)\b)[a-z][\w'’-]*){0,3}?[^\S\n]+(?:scheme|"
    r"charity|trust|campaign|group|project|club|network|partnership|organisation|association|society))"
    r"(?=[^\S\n]*,|[^\S\n]+" + SUBJECT_VERB + ")"
)
# "The appeal was backed by the Harlow Rivers Trust, set up in 2019. Its chair, …": a body named by what it is
# ("The group is run by Upper Dale Parish Council.", "The real Ashby Children's Hospice said …": a council or hospice)
_BODY_KINDS = (
    r"(?:Foundation|Trust|Association|Society|Charity|Network|Partnership|Alliance|Federation|Forum|Club|Group|"
    r"Project|Campaign|Appeal|Fund|Watch|Collective|Coalition|Institute|Academy|School|College|Centre|Union|"
    r"League|Committee|Panel|Branch|Hospice|Council)"
)
# (kinds in a row are one name: "the Victoria Road Islamic Centre Trust", "Ashby Academy Trust")
_NAMED_BODY = re.compile(
    r"(?<![\w'’-])(?:[Tt]he[^\S\n]+)?(?P<body>[A-Z][\w'’&-]*(?:[^\S\n]+(?:of|for|and|&|[A-Z][\w'’&-]*))*?[^\S\n]+"
    + _BODY_KINDS
    + r"(?:[^\S\n]+"
    + _BODY_KINDS
    + r")*)\b(?!['’])"
)

# "Castlebridge City Council's children's services": a named body before the department it owns
_NAMED_BODY_OWNS = re.compile(_NAMED_BODY.pattern.replace(r"\b(?!['’])", r"['’]s(?=[^\S\n]+[a-z])"))

# "Ferncliffe Court is managed by Halverton Student Living.": the body that runs what the sentence names
# (or backs it: "The patrols are funded by Brackford Business Improvement District, which also pays for …")
_RUN_BY = re.compile(
    r"\b(?:is|are|was|were)[^\S\n]+(?:run|managed|operated|owned|supported|backed|funded|organised|organized)"
    r"[^\S\n]+by[^\S\n]+(?:the[^\S\n]+)?"
    r"(?P<body>[A-Z][\w'’&-]*(?:[^\S\n]+(?:of|for|and|&|[A-Z][\w'’&-]*))*)(?:[^\S\n]*[.!?]$|\s*,\s*which\b)"
)
# "The trust's staff are represented by the Westfell health branch of Unison.": a named body's branch or arm
_BRANCH_OF = re.compile(
    r"(?<![\w'’-])(?P<body>(?:(?!The\b)[A-Z][\w'’&-]*[^\S\n]+){0,3}(?:(?!(?:by|the|of|to|and|an?|are|is|was|were)\b)[a-z][\w-]*[^\S\n]+){0,3}?(?:branch|arm|wing|section|"
    r"division|chapter)[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?[A-Z][\w'’&-]*(?:[^\S\n]+[A-Z][\w'’&-]*){0,4})"
)

# "The club's supporters' group, the Ravensford Rainbow Reds, said …": a body its sentence opens with by what it is,
# named in apposition
_KIND_THEN_APPOSED = re.compile(
    r"^[^\S\n]*(?:The|A|An)[^\S\n]+[^,.;:]{0,60}?\b(?:charity|trust|campaign|group|project|club|organisation|"
    r"association|society|network|partnership)[^\S\n]*,[^\S\n]*(?:the[^\S\n]+)?"
    r"(?P<body>[A-Z][\w'’&+-]*(?:[^\S\n]+(?:of|for|and|&|[A-Z][\w'’&+-]*)){0,5})[^\S\n]*,"
)
_WHICH = re.compile(r"[^\S\n]*,[^\S\n]*which\b")
# ", the domestic abuse charity,", ", a local cycling club,": an apposition saying what kind of body the name is
_KIND_APPOSITION = re.compile(
    r"[^\S\n]*,[^\S\n]*(?:the|a|an)[^\S\n]+(?:[\w'’-]+[^\S\n]+){0,3}?(?:charity|trust|campaign|group|project|club|"
    r"network|organisation|association|society|social[^\S\n]+enterprise)[^\S\n]*,"
)


# "the Fellbridge Safeguarding Children Partnership, made up of Fellbridge Council, Esk Valley Police and NHS
# Fellbridge, makes …": the members listed are not what "its" will mean next; the body they make up is
_MEMBER_LIST = re.compile(
    r",\s+(?:made\s+up\s+of|comprising|bringing\s+together|which\s+(?:is\s+made\s+up\s+of|brings\s+together|"
    r"includes))\s+[^.;:]{1,200}?,(?=\s+[a-z])"  # (to the comma before the sentence goes on)
)


def body_before(before: str) -> str | None:
    """The organisation "its" means: the subject of the sentence before ("Ashgate Wheelers, a local cycling
    club, welcomed the operation. Its secretary, …" → "Ashgate Wheelers"), else the last body that sentence
    names by what it is ("The amnesty was supported by the Harlow Knife Trust, set up in 2022." → "Harlow
    Knife Trust")."""
    stripped = before.strip()
    if not stripped.endswith((".", "!", "?", ":")):
        return None
    sentence = re.split(r"(?<=[.!?:])\s+|\n[^\S\n]*\n\s*", stripped)[-1]  # a paragraph ends a sentence too
    kind = _KIND_THEN_NAME.match(sentence) or _NAME_THEN_KIND.match(sentence) or _KIND_THEN_APPOSED.match(sentence)
    if kind and kind.group("body").split()[0] not in FIRST_NAMES:
        return kind.group("body")
    # "Nurses are represented by the Kelbury branch of Unison.": the passive's agent, a named body's branch
    agent = [
        m.group("body")
        for m in _BRANCH_OF.finditer(sentence)
        if re.search(r"\bby\s+(?:the\s+)?$", sentence[: m.start()])
    ]
    if agent:
        return agent[-1]
    run_by = _RUN_BY.search(sentence)
    if run_by and run_by.group("body").split()[0] not in FIRST_NAMES:
        return run_by.group("body")
    match = _SUBJECT_BODY.match(sentence)
    body = match.group("body") if match else None
    # "its" is never a person: a subject that opens with a first name is someone, not the body ("Little Lanterns,
    # which supports …, is running …": a name of two words or more that "which" describes is a body, even when its
    # first word is a common one)
    # ("Safer Steps Calderbrook, the domestic abuse charity, has …": so is one an apposition calls a body)
    which = match is not None and (
        _WHICH.match(sentence[match.end() :]) or _KIND_APPOSITION.match(sentence[match.end() :])
    )
    common = body is not None and body.split()[0] in NOT_NAMES and not (which and len(body.split()) > 1)
    common = common or (body is not None and body.split()[0] in QUANTIFIERS)  # "Many had been followed …"
    if body and not common and body.split()[0] not in FIRST_NAMES:
        return body
    sentence = _MEMBER_LIST.sub(",", sentence)  # the members a body is made up of are not the body "its" means
    named = [m for m in _NAMED_BODY.finditer(sentence)] or [m for m in _KIND_NAMED.finditer(sentence)]
    branches = [m for m in _BRANCH_OF.finditer(sentence)]
    # "The Northdale branch of the National Farmers' Union has …": the branch holds the body it names
    if branches and (not named or branches[-1].end() >= named[-1].end("body")):
        return branches[-1].group("body")
    if named:
        return named[-1].group("body")
    # "Officers worked alongside Castlebridge City Council's children's services. Its director, …": a named body
    # whose department the sentence names, when it names no other body
    owners = [m.group("body") for m in _NAMED_BODY_OWNS.finditer(sentence)]
    return owners[-1] if owners else None


def body_named_before(before: str, sentences: int = 6) -> str | None:
    """The body "its" means when the text named it a few sentences before: the latest of the last ``sentences``
    sentences that names one ("The Crown Inn was broken into. … Its manager said")."""
    text = before.rstrip()
    for _ in range(sentences):
        body = body_before(text)
        if body:
            return body
        cut = max(text.rfind(". ", 0, len(text) - 1), text.rfind("\n", 0, len(text) - 1))
        if cut < 0:
            return None
        text = text[: cut + 1].rstrip()
    return None


# "In a joint statement, the club and Castlebury Borough Council said:": a party named only by what it is
_THE_KIND = re.compile(
    r"[Tt]he\s+(?P<kind>club|council|force|trust|charity|school|academy|college|university|hospital|company|firm|"
    r"society|association|foundation|service)"
)
_NAME_ENDS = {"force": ("police", "constabulary"), "club": ("club", "fc", "afc")}
# a name ending in one kind of body is not another kind ("Oxley Borough Council … the club's ground" is no club)
_KIND_WORDS = {"police", "constabulary", "council", "trust", "service", "services", "charity", "school", "academy"}
_KIND_WORDS |= {"college", "university", "hospital", "society", "association", "foundation", "club", "fc", "afc"}


def body_of_kind(read: str, party: str, parties: list[str]) -> str | None:
    """The body "the club" means among the parties of a joint statement: the latest body a sentence of the text
    read so far opens with and calls by that kind ("Castlebury Rovers has warned parents … the club's academy.")
    or whose name ends in it ("Wexley Rugby Club"), and that is not another party; else None."""
    kind = _THE_KIND.fullmatch(party)
    if kind is None:
        return None
    noun = kind.group("kind")
    found = None
    for sentence in re.split(r"(?<=[.!?])\s+|\n", read[-3000:]):  # a bounded look-back (a line ends one too)
        match = _SUBJECT_BODY.match(sentence)
        if match is None or match.group("body").split()[0] in FIRST_NAMES | NOT_NAMES or match.group("body") in parties:
            continue
        end, ends = match.group("body").split()[-1].lower(), _NAME_ENDS.get(noun, (noun,))
        rest = sentence[match.end("body") :]
        if end in ends or (end not in _KIND_WORDS and re.search(rf"\b[Tt]he\s+{noun}\b", rest)):
            found = match.group("body")
    return found
