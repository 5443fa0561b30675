"""Roles as the importer records them (docs/importer.md, "Role convention"): what an attribution gives
beside a name ("head of prevention at X", as written), a speaker with no name ("A Norfolk Police
spokesperson"), and organisations speaking for themselves."""

from __future__ import annotations

import re

import inflect

from .firstnames import FIRST_NAMES, words
from .names import TITLE_RE

_GENERIC_BODIES = (
    r"(?:trust|council|force|service|university|charity|club|school|college|company|authority|board|department|"
    r"hospital|team|association|society|organisation|organization|partnership|group|firm|agency|constabulary|"
    r"brigade|academy|federation|commission|office|court)"
)

_ONE_OF_THEIRS = re.compile(
    rf"(?i)^one\s+of\s+(?:(?:the|our|its|their)\s+{_GENERIC_BODIES}['’]s|our|its|their)\s+"
    r"(?P<jobs>(?:[\w-]+\s+){0,4}[a-z]+(?<!s)s)$"
)

# "one of the paramedics, who has asked not to be named", "one of his victims", "one of the workers, speaking
# through an interpreter": one of a group, the noun in the singular; a relative clause or participle phrase after
# it says how they spoke, not who they are (an apposition, "one of the walkers, a retired teacher", is kept whole)
_ONE_OF_GROUP = re.compile(
    r"(?i)^one\s+of\s+(?:the|his|her|their|its|our|my)\s+(?P<owner>[\w-]+['’]s\s+)?(?P<jobs>(?:[\w-]+\s+){0,3}?[a-z]+)"
    r"(?:\s*,?\s+(?:who|whom|whose|which|that|speaking|talking|writing|having|asked|asking)\b.*"
    # "one of the women, a 29-year-old from Hatherley who asked not to be named": an apposition that gives only an
    # age (and where they are from) says nothing of who they are ("one of the walkers, a retired teacher" is kept)
    r"|\s*,\s+an?\s+\d+-year-old(?:\s+(?:from|of|in|who|whom|whose)\b.*|\s*,.*)?)?$"
)


_NOUNS = inflect.engine()


def _singular(jobs: str) -> str:
    """ "dog legislation officers" -> "dog legislation officer", "family liaison deputies" -> "… deputy",
    "women" -> "woman" (irregular plurals by inflect)."""
    head, _, last = jobs.rpartition(" ")
    single = _NOUNS.singular_noun(last) or last
    return f"{head} {single}" if head else single


def _plural(word: str) -> bool:
    return not word.lower().endswith("ss") and bool(_NOUNS.singular_noun(word))


def one_of_group(role: str | None, *, owned: bool = False) -> str | None:
    """A speaker described as one of a group, the group's noun in the singular: "one of the paramedics, who has
    asked not to be named" -> "paramedic", "one of his victims" -> "victim", "one of the practice's GP partners"
    -> "GP partner"; any other role (or None) as it is. ``owned``: only a body's group ("the practice's …"), as
    for a named person ("Amir Khan, one of the walkers," keeps its wording)."""
    one_of = _ONE_OF_GROUP.match(role or "")
    if one_of is None or (owned and not one_of.group("owner")) or not _plural(one_of.group("jobs").split()[-1]):
        return role
    return _singular(one_of.group("jobs"))


def clean_role(text: str, limit: int = 14) -> str | None:
    """A description fit to show as a role: no leading article or possessive, no trailing punctuation."""
    text = " ".join(text.split()).strip(" ,;:.([]")
    while text.endswith(")") and text.count("(") < text.count(")"):
        text = text[:-1].rstrip(" ,;:.")
    # "the Trust's Executive Director of Operations": a generic organisation's possessive says nothing the
    # release does not; a named one ("Anglian Water's head of water recycling") is kept
    text = re.sub(rf"^(?:the|our|its|their)\s+{_GENERIC_BODIES}['’]s\s+", "", text, flags=re.IGNORECASE)
    # "one of the force's dog legislation officers": one officer of the body's, the job in the singular
    one_of = _ONE_OF_THEIRS.match(text)
    if one_of:
        text = _singular(one_of.group("jobs"))
    text = re.sub(r"^(?:the|a|an|his|her|their|its|our|another|one(?!\s+of\b)|some|fellow)\s+", "", text, flags=re.I)
    text = re.sub(r"^One of\b", "one of", text)  # "One of the walkers" as a role reads "one of the walkers"
    # "safeguarding lead at X School and chair of the town's safeguarding network": a second job after the first
    # makes the whole too long to show, not the first job any less a role
    if len(text.split()) > limit:
        text = _SECOND_JOB.split(text, maxsplit=1)[0]
    # "youth worker with Pathway Youth Trust who meets young people in the custody suite at …": what the job
    # involves, after it, makes the whole too long, not the job any less a role
    if len(text.split()) > limit:
        text = _WHAT_THE_JOB_INVOLVES.split(text, maxsplit=1)[0].rstrip(" ,;:")
    if not text or len(text.split()) > limit:
        return None
    # "Marcus Bello, 0151 496 0278": a phone number, address or other contact beside a name is never a role
    if not re.search(r"[^\W\d_]{2}", text) or re.search(r"@|\bwww\.|https?:|\d{3,}[\s-]*\d{3,}", text):
        return None
    if re.match(r"(?:who|which|of|from|aged|and|but|said|says|in|at|on|when|while|whose|\d)\b", text, re.I):
        return None
    # "Mrs X, added:": a said-verb is never a role
    if re.fullmatch(
        r"(?:added|adds|explained|explains|warned|warns|told|tells|continued|continues|commented|stated|"
        r"urged|urges|insisted|stressed|confirmed|replied|wrote|writes)",
        text,
        re.I,
    ):
        return None
    return text


_WHAT_THE_JOB_INVOLVES = re.compile(r"\s+(?:who|which)\s+(?=[a-z])")
# ", and chair of …", " and director at …": where a second job begins
_SECOND_JOB = re.compile(r",?\s+and\s+(?:the\s+|a\s+|an\s+)?(?:[a-z][\w-]*\s+){1,2}(?=(?:of|at|for)\s)")

# Words that make a phrase after "of"/"at" an organisation or a unit: "of Northshire Police's economic crime unit"
_UNIT_WORDS = re.compile(
    r"\b(?:Police|Constabulary|Council|Service|Services|Trust|RNLI|Coastguard|Agency|Authority|University|College|"
    r"School|Academy|Charity|Foundation|Partnership|Board|Commission|Club|FC|NHS|CID|Unit|Team|Department|Command|"
    r"Squad|Office|Hospital|Ambulance|Fire|Rescue|Water|Society|Association|Network|Crimestoppers|Project|team|unit|"
    # a place of worship or a community centre: "Imam X, of the Ashcombe Islamic Centre"
    r"Centre|Church|Mosque|Synagogue|Congregation|Diocese|Temple|Gurdwara|Mandir|Cathedral|"
    r"department|command|squad|office|service|desk|hub|area|division|region|district|branch|Branch|directorate|ward|"
    # a crew's or an officer's base: "from Fenwick fire station" ("from Leeds station" is a journey, not a role)
    r"(?:fire|police|lifeboat|ambulance|coastguard)\s+station|"
    # an organisation by its initials, last: "of the Pennine ROCU", "of the GLAA" ("of CPS East Midlands" is not)
    r"(?-i:[A-Z]{3,6}$))\b"
)


def attribution_role(text: str) -> str | None:
    """What an attribution gives beside a name, as a role, in the text's own words: "head of prevention at West
    Mere Fire and Rescue Service" stays as written (press officers expect the title as printed); "of the force's
    rural crime team" -> "force's rural crime team" (a phrase after "of"/"from" only when it names an organisation
    or unit: "of Dereham" is where someone lives, not a role)."""
    text = " ".join(text.split())
    preposition = re.match(r"(?:of|from)\s+", text)
    if preposition:
        text = text[preposition.end() :]
        if not _UNIT_WORDS.search(text):
            return None
    return clean_role(text)


_SPEAKING_BODIES = set(
    words(
        "Police Constabulary Council Trust Service Services Water University College School Academy Club FC AFC "
        "United Society Charity Foundation Authority Agency Railway Rail Network Partnership Board Commission "
        "Scotland Group Association Coastguard RSPCA RNLI NSPCC Ambulance Rescue Hospital Hospice Union Federation "
        # companies: "Eastwold Power Networks said in a statement:"
        "Networks Ltd Limited plc PLC Energy Power Homes Housing Airport Airlines Ferries Buses Trains Railways "
        "Company Grill Kitchen Bakery Catering Foods Restaurant Café Cafe Bistro Diner Brewery Motors Cars Taxis "
        "Coaches Logistics Haulage Builders Construction Roofing Developments Estates Lettings"
    )
)

# Groups that speak without a name: '"We need your help," police said.'
COLLECTIVE = (
    r"(?:police|officers|detectives|investigators|firefighters|paramedics|organisers|campaigners|residents|"
    r"witnesses|prosecutors|councillors|teachers|parents|neighbours|friends|relatives)"
)


_RELATIONS = (
    r"(?:family|families|parents|mother|father|mum|dad|partner|wife|husband|son|daughter|brother|sister|"
    r"grandmother|grandfather|grandparents|relatives|friends|fianc[eé]e?|widow|widower|children|loved ones|"
    r"solicitor|lawyer|barrister)"
)


_BODY = r"(?:[A-Z][\w&'’-]*\s+){0,5}[A-Z][\w&-]*"
# "A spokesperson for Wexley and Dunmore Integrated Care Board", "… for the Independent Office for Police
# Conduct": a body's name is long, but is one thing
_FOR_A_BODY = re.compile(
    rf"(?:[Aa]n?|[Tt]he)\s+(?:spokes(?:person|woman|man)|representative)\s+(?:for|from|of|at)\s+(?:the\s+)?"
    rf"{_BODY}(?:\s+(?:and|&|for|of)\s+(?:the\s+)?{_BODY}){{0,3}}"
)

# (or named at length: "A spokesperson for the National Farmers' Union's Harrowdale branch")
_SPOKESPERSON_FOR_DESCRIBED = re.compile(
    r"(?:[Aa]n?|[Aa]nother|[Oo]ne)\s+(?P<head>spokes(?:person|woman|man)|representative)\s+(?:for|from|of|at)\s+"
    r"(?:(?:the|an?)\s+)?\S"
)


def nameless_role(phrase: str) -> str | None:
    """A speaker with no name: "A Norfolk Police spokesperson" gives role "Norfolk Police spokesperson"."""
    # "In a statement, the family" / "Speaking outside court, the victim's mother": the subject is the last part
    phrase = opening_clause_removed(phrase)
    # "Conor's family", "Mr Reed's solicitor": the relation speaks, as with "his family"
    named = re.match(rf"^(?:[A-Z][\w-]*\s+){{0,2}}[A-Z][\w-]*['’]s\s+(?={_RELATIONS}\b)", phrase)
    if named:
        return clean_role(phrase[named.end() :]) if len(phrase.split()) <= 8 else None
    too_long = len(phrase.split()) > 8 and not _FOR_A_BODY.fullmatch(phrase)
    # "A spokesperson for the platform on which most of the adverts appeared": the body is only described, at a
    # length a role is not usually given at; the speaker is still the spokesperson, described as written
    spokesperson = _SPOKESPERSON_FOR_DESCRIBED.match(phrase) if too_long else None
    if spokesperson:
        return clean_role(phrase, limit=20) or spokesperson.group("head")
    if not phrase or too_long or re.fullmatch(r"(?i)it|this|that|there|which|who", phrase):
        return None
    # "his former partner", "her sister": the possessive says whose, and stays (as "his family" does)
    relation = re.match(rf"^(?P<whose>[Hh]is|[Hh]er|[Tt]heir)\s+(?:[a-z-]+\s+){{0,2}}{_RELATIONS}\b", phrase)
    if relation:
        rest = clean_role(phrase[relation.end("whose") :])
        return f"{relation.group('whose').lower()} {rest}" if rest else None
    if re.match(
        rf"(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Oo]ne|[Aa]nother|[Ss]ome|[A-Z]|{COLLECTIVE})\b",
        phrase,
    ):
        return clean_role(phrase)
    return phrase if is_organisation(phrase) else None


_ORGANISATIONS = re.compile(rf"{_BODY}(?:\s+(?:and|&)\s+{_BODY})?")


def is_organisation(phrase: str) -> bool:
    """An organisation speaking: "Norfolk Constabulary", "Anglian Water", "Norwich City FC and Norfolk Police"."""
    return bool(_ORGANISATIONS.fullmatch(phrase)) and phrase.split()[-1] in _SPEAKING_BODIES


# "the charity Safer Streets Greyford": an organisation noun, then the name ("Safer" is a word of the name here)
_NOUN_THEN_NAME = re.compile(
    rf"(?i:the\s+(?:campaign\s+|housing\s+|community\s+|local\s+)?(?:{_GENERIC_BODIES}|network|project|"
    rf"union|institute))\s+(?P<name>{_BODY})"
)
# "the Diocese of Fernley", "University of Westmere": a body's head noun, then "of" and a place
_HEAD_OF_PLACE = re.compile(
    r"(?:[Tt]he\s+)?(?P<name>(?:Royal\s+)?(?:Diocese|Archdiocese|University|Borough|Church|Institute|Chamber|"
    r"Museum|Friends|Office|Ministry|Department|Society|Federation|Association|Bank)\s+of\s+(?:the\s+)?"
    r"[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){0,3})"
)


def organisation_named(phrase: str) -> str | None:
    """The name of an organisation that ``phrase`` is, as the text names it without its article: "Hallam Vale NHS
    Foundation Trust", "Dunholme and Tees Valley NHS Foundation Trust", "the charity Safer Streets Greyford" ->
    "Safer Streets Greyford", "the Diocese of Fernley" -> "Diocese of Fernley"; None for anything else."""
    phrase = " ".join(phrase.split()).strip(" ,")
    if is_organisation(phrase):
        return phrase
    noun = _NOUN_THEN_NAME.fullmatch(phrase)
    # "the club Ben Carter" is no one's name, and "the force Chief Constable X" is a person
    if noun and noun.group("name").split()[0] not in FIRST_NAMES and not re.match(TITLE_RE, noun.group("name")):
        return noun.group("name")
    place = _HEAD_OF_PLACE.fullmatch(phrase)
    return place.group("name") if place else None


# The first word of a clause that opens before the subject: "In a statement released through police,", "Speaking
# through a BSL interpreter,", "Reading her statement to the court," (speakers.py cuts it at its first comma)
OPENING_CLAUSE_WORD = (
    r"(?:In|Speaking|Writing|Responding|Asked|Commenting|Paying|Reading|Giving|Sentencing|Addressing|Describing|"
    r"Praising|Welcoming|Thanking|Reflecting|Reacting)\b"
)


def opening_clause_removed(phrase: str) -> str:
    """ "In a statement released through police, the family" -> "the family" ("Reading her statement to the court,
    a florist" -> "a florist")."""
    phrase = " ".join(phrase.split()).strip(" ,")
    parties = _JOINT_PARTIES.match(phrase)
    if parties:  # "In a joint statement, A, B and C": the parties are a list, commas and all
        return parties.group("list")
    if re.match(OPENING_CLAUSE_WORD, phrase):
        phrase = phrase.split(", ")[-1]
    # "After the hearing, Kirkmoor Constabulary": a clause of time or place before the subject (only that one)
    return _TIME_OR_PLACE_CLAUSE.sub("", phrase)


# "In a joint statement, the University of X, X City Police and X NHS Trust": three or more parties, each
# capitalised (not "her parents, Dan and Leah Corrigan", a description then the names)
_JOINT_PARTIES = re.compile(
    r"In\s+a\s+joint\s+statement,\s+(?P<list>(?:(?:the\s+)?[A-Z][^,]*,\s+)+(?:the\s+)?[A-Z][^,]*?\s+(?:and|&)\s+"
    r"(?:the\s+)?[A-Z][^,]*)"
)

_TIME_OR_PLACE_CLAUSE = re.compile(
    r"^(?:After|Afterwards|Following|Before|Outside|During|Earlier|Later|Today|Yesterday|Tonight|Last|This|On|At)\b"
    r"[^,]{0,60},\s+(?=\S)"
)


# "the family of one of the residents, Dorothy Willets": the name after the description is whose family speaks
# (her age after it, ", 88", is hers)
_FAMILY_OF_DESCRIBED = re.compile(
    r"\b(?P<family>[Ff]amily|[Rr]elatives|[Ll]oved\s+ones)\s+of\s+(?:one|two|some|several|each|an?)\s+[^,]{1,60},\s+"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3})(?:\s*,\s+\d{1,3})?\s*$"
)


# "In a statement, the family of Edith Marsden, 91, one of the residents Birch stole from,": what follows the
# person's name (an age, who they were) describes them, and the family is still the one speaking
_FAMILY_OF_NAMED = re.compile(
    r"^(?P<family>(?:[^,\"“”]{1,80},\s+)?(?:[Tt]he\s+)?(?:[Ff]amily|[Rr]elatives|[Ll]oved\s+ones)\s+of\s+"
    r"(?:[a-z][\w-]*\s+){0,3}[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}),\s+\S[\s\S]*$"
)


# "her parents, Alan and Margaret Petrie", "In a joint statement, Joanne's mum and dad": relatives speaking together
# are her family (the opening clause goes)
_RELATIVES_TOGETHER = re.compile(
    r"^(?:[A-Z][^,\"“”]{1,60},\s+)?(?P<whose>[Hh]is|[Hh]er|[Tt]heir|(?:[A-Z][\w'’-]*\s+){0,2}[A-Z][\w-]*['’]s)\s+(?:grand)?(?:parents|"
    r"(?:mum|mother)\s+and\s+(?:dad|father)|(?:dad|father)\s+and\s+(?:mum|mother))"
    r"(?:,\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s+(?:and|&)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*,?)?$"
)


def family_of_named(who: str) -> str:
    """ "the family of one of the residents, Dorothy Willets" -> "the family of Dorothy Willets"; "the family of
    Edith Marsden, 91, one of the residents" -> "the family of Edith Marsden"; "her parents, Alan and Margaret
    Petrie" -> "her family"; else as is."""
    who = _FAMILY_OF_NAMED.sub(r"\g<family>", _FAMILY_OF_DESCRIBED.sub(r"\g<family> of \g<name>", who))
    return _RELATIVES_TOGETHER.sub(r"\g<whose> family", who)


# "the Stannard Bay team" for a body the text names in full: the place's words, then capitalised words, then the
# same head noun capitalised
_UNIT_SHORT = re.compile(r"(?P<lead>(?:[A-Z][\w'’-]*\s+){1,4})(?P<head>team|unit|squad|service|group|centre)")


def unit_in_full(role: str | None, read: str) -> str | None:
    """``role`` with a team named short ("Stannard Bay team") as the text named it in full before (``read``:
    "Stannard Bay Coastguard Rescue Team"), when it named one such body only; else ``role`` as it is."""
    short = _UNIT_SHORT.search(role or "")
    if role is None or short is None or short.end() != len(role):
        return role
    head = short.group("head")
    pattern = rf"\b{re.escape(short.group('lead'))}(?:[A-Z][\w'’&-]*\s+){{1,3}}{head[0].upper()}{head[1:]}\b"
    found = set(re.findall(pattern, read[-20_000:]))  # bounded: linear overall
    return role[: short.start()] + found.pop() if len(found) == 1 else role
