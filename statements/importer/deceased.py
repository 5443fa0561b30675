"""Whom a family statement is about: the person the text says died (docs/importer.md, "The family of NAME").

A family's statement is about the text's named victim, however the text names them: "Kai Brennan was stabbed to
death", "the rider has been named as Callum Reid", "friends saw the young man, Jordan Ellis, get into difficulty
… He was pronounced dead", "Dan Fenton, 41, was riding home … when he was struck … he died later". Someone
named beside a death who is not its subject ("Senior coroner Helen Reed recorded a conclusion of accidental
death") is not: a title or rank before the name rules a person out.
"""

from __future__ import annotations

import re

from .people import Person

# what a sentence says of the dead: "died", "was pronounced dead", "drowned", "was killed", "the death of"
_DEATH = r"(?:died|dies|dead|drowned|killed|murdered|death|fatally|lost\s+(?:his|her|their)\s+life)"
# after the name: "Ann Lee, 80, died", "Kai Brennan was stabbed to death"
_DIED_AFTER = re.compile(
    r"(?:,[^.;]{0,40},)?\s+(?:was\s+|has\s+|had\s+)?(?:killed|died|murdered|drowned|stabbed|shot\s+dead|fatally)\b"
)
# before the name: "has been named as", "was formally named locally as"
# ("The man, named by his family as Gareth Pryce, 34,": the one the text names is whom the statement is about)
_NAMED_AS = re.compile(
    r"\bnamed\s+(?:locally\s+|formally\s+|by\s+(?:police|officers|(?:his|her|their|the)\s+family|relatives)\s+)?as\s+$"
)
# before the name, a person's noun set off by a comma: "the young man, Jordan Ellis,", "the victim, Amy Lowe,"
_VICTIM_NOUN = re.compile(
    r"\b(?:the|a|an)\s+(?:[\w-]+\s+){0,3}(?:man|woman|boy|girl|teenager|youngster|rider|driver|cyclist|"
    r"motorcyclist|pedestrian|passenger|victim|pensioner|child|baby|toddler|student|swimmer|walker|resident|"
    r"occupant|tenant)\s*,\s*$",
    re.IGNORECASE,
)
_DEATH_NEAR = re.compile(rf"\b{_DEATH}\b", re.IGNORECASE)
# someone else introduced between the name and the pronoun: "His passenger, a woman in her sixties, … she died"
_SOMEONE_ELSE = re.compile(
    r"\b(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,2}(?:man|woman|boy|girl|teenager|passenger|driver|rider|"
    r"pedestrian|friend|partner|wife|husband|son|daughter|mother|father|brother|sister|child|baby)\b",
    re.IGNORECASE,
)
# after the name, in its own sentence: "Dan Fenton, 41, was riding home … but he died later that night"
# (or in the next: "… treated him at the scene, but he died later")
_PRONOUN_DIED = re.compile(
    r"^[^.!?]{0,240}?(?:[.!?]\s+[^.!?]{0,200}?)?\b(?P<pronoun>he|she)\s+(?:later\s+|sadly\s+)?"
    r"(?:died|drowned|was\s+pronounced\s+dead|was\s+killed)\b"
)
_GENDER = {"he": "m", "she": "f"}


def _died_at(text: str, start: int, end: int, gender: str) -> bool:
    """Whether the mention of a person at ``text[start:end]`` says that person died."""
    before, after = text[max(0, start - 60) : start], text[end : end + 300]
    if _NAMED_AS.search(before) or _DIED_AFTER.match(after):
        return True
    if _VICTIM_NOUN.search(before) and _DEATH_NEAR.search(after):
        return True
    pronoun = _PRONOUN_DIED.match(after)
    return (
        pronoun is not None
        and gender in ("", _GENDER[pronoun.group("pronoun")])
        and not _SOMEONE_ELSE.search(after, 0, pronoun.start("pronoun"))
    )


def named_dead(people: list[Person], text: str) -> list[Person]:
    """The people ``text`` says died, latest named first; none with a title or rank (a coroner, an officer)."""
    found: list[tuple[int, Person]] = []
    for person in people:
        if person.title:
            continue
        spaced = r"\s+".join(map(re.escape, person.name.split()))  # a hard-wrapped name goes over a line
        ends = [m for m in re.finditer(rf"\b{spaced}\b", text) if _died_at(text, m.start(), m.end(), person.gender)]
        if ends:
            found.append((ends[-1].start(), person))
    return [person for _, person in sorted(found, key=lambda item: -item[0])]
