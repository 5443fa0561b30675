"""People the narrative introduces without naming them, whom a later "she said" or "the spokesperson added" means.

"A mother whose son was stabbed in 2023 spoke to pupils.", "One resident, a retired nurse in her seventies, gave
…", "A spokesperson for the trust said …": where each stands, the role the text gives them and their gender.
Split from ``speakers.py`` (issue 17), whose narrative introduces them in reading order.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .described import DESCRIBED_NOUN, PERSON_NOUNS
from .names import gender_of_pronoun, gender_of_word
from .people import Person
from .roles import clean_role

SAID = (
    r"(?:said|says|say|added|adds|explained|explains|warned|warns|urged|urges|told|tells|commented|comments|"
    r"continued|continues|stated|states|appealed|appeals|insisted|insists|admitted|pleaded|stressed|stresses|"
    r"emphasised|emphasized|noted|notes|concluded|remarked|revealed|acknowledged|confirmed|asked|asks|replied|"
    r"responded|reflected|recalled|advised|advises|encouraged|reminded|assured|promised|declared|announced|"
    r"wrote|writes|admits|describes|described|urging|adding|saying|explaining|warning|went\s+on(?=\s*:))"
)

# Someone described but never named: "A mother whose son was stabbed in 2023 spoke to pupils.", "According to a
# welfare volunteer who has worked there for years, …"
_NAMELESS_PERSON = re.compile(
    r"(?:^|[.!?]\s+)(?:A|An|One|According\s+to\s+(?:a|an|one))\s+(?P<pre>(?:[a-z0-9-]+\s+){0,2}?)(?P<noun>mother|father|mum|dad|parent|grandmother|"
    r"grandfather|woman|man|girl|boy|neighbour|witness|resident|survivor|victim|pupil|student|teenager|volunteer|"
    # any other noun the sentence says is a person: "One boxer, a 19-year-old who …", "One officer, who …"
    rf"[a-z]{{3,}}(?=,\s+who\s)|{DESCRIBED_NOUN}|"
    # or whose apposition is a person's noun: "One fan, a nurse from Hollins Cross, paid …"
    rf"[a-z]{{3,}}(?=,\s+(?:a|an)\s+(?:[\w-]+\s+){{0,2}}?(?:{PERSON_NOUNS})\b)|"
    # "A farmer from near Harnby, who asked not to be named, lost …": a person's noun, where from, then who
    rf"(?:{PERSON_NOUNS})(?=\s+(?:from|of|in|near|at|on)\s+[^,.;:!?\"“”\n]{{1,60}},\s+(?:who|whose)\s))\b"
)
# "The officer he attacked, who …": "the" and a noun someone did something to is someone new
_THE_DESCRIBED = re.compile(rf"(?:^|[.!?]\s+)The\s+(?P<pre>)(?P<noun>{DESCRIBED_NOUN})\b")
# "The victim, who has asked not to be named, has lived on the island for six years.": someone the text says it
# does not name, whom a later "he said" means
_THE_UNNAMED = re.compile(
    rf"(?:^|[.!?]\s+)The\s+(?P<pre>)(?P<noun>{PERSON_NOUNS})(?=,\s+who\s+(?:has\s+|had\s+)?(?:asked|did\s+not\s+want|"
    r"does\s+not\s+want|do\s+not\s+want|does\s+not\s+wish|cannot\s+be|can\s+not\s+be|has\s+not\s+been|"
    r"preferred)\b[^,.;]{0,40}?\bnamed\b)"
)
# "The mother of Jayden Price, who was 17 when he was stabbed, spoke to pupils. She told them:": a relative of
# someone named, whom "she" means (not the person named after "of")
_RELATIVE_OF = re.compile(
    r"(?:^|[.!?]\s+)The\s+(?P<pre>)(?P<noun>mother|father|sister|brother|son|daughter|wife|husband|widow|widower|"
    r"grandmother|grandfather|aunt|uncle)(?=\s+of\s+[A-Z])"
)
# "A spokesperson for the trust said the calls …": whom "the spokesperson added" means later
# (also "According to a spokesperson for the diocese, the diocese has …")
_NAMELESS_SPOKESPERSON = re.compile(
    rf"(?:(?:^|[.!?]\s+)(?:A|An)|(?:^|[.!?]\s+)According\s+to\s+(?:a|an))\s+(?P<role>(?P<noun>spokes(?:person|woman|man)|"
    rf"representative)\s+(?:for|from|at|of)\s+[\w&'’ -]{{2,60}}?)(?=\s+{SAID}\b|,)"
)

# What the text says of someone described but not named, after the noun: "One resident, a retired nurse in
# her seventies, gave …", "A parent who alerted the school … said she had …"
# "A student at Greywell University, whose …", "A 16-year-old boy from Cleveshire, who …": where they are from
_DESCRIBED_PLACE = re.compile(r"^\s+(?P<place>(?:from|at|of|in|on)\s+[^,.;:!?\"“”\n]{1,60}?)(?=,|\s+(?:who|whose)\b)")
_DESCRIBED_APPOSITION = re.compile(r"^,\s+(?P<desc>(?:a|an)\s+[^,.;:!?\"“”]{2,80}),")
_DESCRIBED_CLAUSE = re.compile(
    rf"^\s+(?P<desc>(?:who|whose)\s+[^,.;:!?\"“”]{{2,120}}?)\s+{SAID}\s+(?:that\s+)?(?P<pronoun>he|she|they)?\b"
)
_FEMININE = re.compile(r"(?i)\b(?:her|she|herself)\b")
_MASCULINE = re.compile(r"(?i)\b(?:his|he|himself)\b")


def _description(noun: str, after: str, pre: str = "") -> tuple[str, str]:
    """The role and gender of someone described but not named: the words before the noun, the noun, where they
    are from and what the sentence says of them ("resident, a retired nurse in her seventies", "16-year-old boy
    from Cleveshire"), the gender from the noun, a pronoun in the description, or the one their reported speech
    uses ("said she had wanted")."""
    gender = gender_of_word(noun)
    place = _DESCRIBED_PLACE.match(after)
    if place:
        after = after[place.end() :]
    noun = " ".join(f"{pre}{noun} {place.group('place') if place else ''}".split())
    apposition = _DESCRIBED_APPOSITION.match(after)
    if apposition:
        desc = apposition.group("desc")
        role = clean_role(f"{noun}, {desc}", limit=20) or noun
    else:
        clause = _DESCRIBED_CLAUSE.match(after)
        if not clause:
            return noun, gender
        desc = clause.group("desc")
        role = clean_role(f"{noun} {desc}", limit=20) or noun
        gender = gender or gender_of_pronoun(clause.group("pronoun") or "")
    feminine, masculine = bool(_FEMININE.search(desc)), bool(_MASCULINE.search(desc))
    if not gender and feminine != masculine:
        gender = "f" if feminine else "m"
    return role, gender


def nameless_in_narrative(outside: str, start: int, upto: int) -> Iterator[tuple[int, str, str]]:
    """Everyone described but not named in ``outside[start:upto]``: where the noun stands (from ``start``), the
    role and the gender."""
    for pattern in (_NAMELESS_PERSON, _THE_DESCRIBED, _RELATIVE_OF, _THE_UNNAMED):
        for described in pattern.finditer(outside[start:upto]):
            after = outside[start + described.end() : min(upto, start + described.end() + 240)]
            role, gender = _description(described.group("noun"), after, described.group("pre"))
            yield described.start("noun"), role, gender
    for described in _NAMELESS_SPOKESPERSON.finditer(outside[start:upto]):
        yield described.start("noun"), described.group("role"), gender_of_word(described.group("noun"))


def is_role_of(role: str, person: Person) -> bool:
    """Whether "the <role>" can point back to ``person``: their apposition's head ("an inspector with the
    neighbourhood team" for "the inspector") or their rank with a detective's or an acting rank's prefix
    ("Detective Constable" for "the constable", never "Deputy Chief Constable" for "the chief constable")."""
    noun = re.escape(role.lower())
    apposition = (person.apposition or "").lower()
    if re.match(rf"(?:(?:an?|the)\s+)?{noun}\s+(?:with|at|for|of|in|on|from)\b", apposition):
        return True
    # "The assistant coroner, Dr Lucy Farrant," for "the coroner" (not a deputy for the one deputised)
    if re.fullmatch(rf"(?:(?:an?|the)\s+)?(?:assistant|area|senior)\s+{noun}", apposition):
        return True
    return bool(re.fullmatch(rf"(?:detective|police|acting|temporary)\s+{noun}", (person.title or "").lower()))
