"""Whose family is speaking: "the family of John Smith", "Conor's family", "his family", "the family".

A family's statement is recorded under the name of the person it is the family of (statements/quoting.py); this
module finds that person in the narrative read so far: the one named, the one the text says died, else the latest
person introduced who has not spoken.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from .deceased import named_dead
from .firstnames import FIRST_NAMES
from .people import People, Person

FAMILY = re.compile(
    # "the Bellamy family": a surname before "family" is the family's
    r"(?:[Tt]he\s+(?P<surname>[A-Z][\w'’-]*)\s+|(?P<pronoun>[Hh]is|[Hh]er|[Tt]heir|[Tt]he)\s+|(?P<owner>(?:[A-Z][\w'’-]*\s+){0,2}[A-Z][\w-]*)['’]s\s+)?"
    r"(?:[Ff]amily|[Ff]amilies|[Ll]oved\s+ones|[Rr]elatives)(?:\s+of\s+(?:[a-z][\w-]*\s+){0,3}(?P<of>[A-Z][^,]{1,60}))?"
)
_FAMILY_NAMED = re.compile(r"\b[Tt]he\s+family\s+of\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})")
_NOT_FIRST = frozenset(("The", "A", "An", "This", "That", "Our", "Their", "His", "Her"))
_NO_JOB = re.compile(r"$|\d{1,3}\b|aged\s|from\s")
# A name that ends in a body's word is an organisation's, not a person's: "Safety Executive", "Care Commission"
_BODY_NAME = re.compile(
    r"\s(?:Executive|Council|Service|Services|Agency|Authority|Commission|Trust|Police|Constabulary|Office|Board|"
    r"Department|Inspectorate|Ombudsman|Union|Association|Society|Foundation|Partnership|Group|Team|Unit|"
    # "rescued from the Irish Sea": a place is no one whose family speaks
    r"Sea|Ocean|Channel|River|Estuary|Bay|Lake|Loch|Firth|Sound|Strait|Coast|Island|Islands|Moor|Forest|Park|Road|"
    r"Street|Lane|Bridge|Station|Airport|Harbour|Port|Hospital|Centre)$"
)


class Said(Protocol):
    """A speaker as the narrative keeps it (speakers.Speaker): who, and whether only reported."""

    @property
    def person(self) -> Person | None: ...

    @property
    def reported(self) -> bool: ...


def family_name(
    family: re.Match[str], people: People, read: str, recent: Sequence[Said], introduced: Sequence[Said]
) -> str | None:
    """Whose family: "the family of John Smith", "Conor's family" (the full name if the text gives it),
    "his family" (the man the text says died, else the latest man introduced who has not spoken), "the family"
    (the same for a person of any gender). ``read`` is the text outside quotes read so far, ``recent`` the
    speakers quoted so far and ``introduced`` everyone introduced, both in reading order."""
    if family.group("of"):
        mentions = people.learn(family.group("of"))
        return mentions[0].person.name if mentions else family.group("of").strip()
    if family.group("owner") or family.group("surname"):
        owner = (family.group("owner") or family.group("surname")).strip()
        known = people.by_surname(owner.split()[-1], first_name=True)
        return known.name if known else owner
    gender = {"his": "m", "her": "f"}.get((family.group("pronoun") or "").lower(), "")
    speakers = {id(s.person) for s in recent if s.person}
    # "Among those targeted was the family of Maureen Cole, … In a statement, the family said:": the family the
    # narrative last named is the one that speaks
    named_family = [m for m in _FAMILY_NAMED.finditer(read[-1500:]) if m.group("name").split()[0] not in _NOT_FIRST]
    if named_family and not gender:
        mentions = people.learn(named_family[-1].group("name"))
        return mentions[0].person.name if mentions else named_family[-1].group("name")
    # the person the text says died, named however it names them ("has been named as X", "the young man,
    # X, … He was pronounced dead"), before anyone introduced since (the coroner, an officer)
    # ("The man, named by his family as X, … where his condition is described as stable": reported, not quoted)
    quoted = {id(s.person) for s in recent if s.person and not s.reported}
    for dead in named_dead(people.people, read):
        if id(dead) not in quoted and (not gender or dead.gender in ("", gender)):
            return dead.name
    for speaker in reversed(introduced):
        person = speaker.person
        # "The Health and Safety Executive (HSE) is leading the investigation": a family is a person's, never a
        # body's whose name was read as a person's
        if (
            person
            and id(person) not in speakers
            and (not gender or person.gender in ("", gender))
            and not _BODY_NAME.search(person.name)
        ):
            return person.name
    # "the death of second-year student Callum Reeve, 20, … In a statement, his family said:": nobody was
    # introduced as a sentence's subject, so the latest person the text names by a known first name who has
    # not spoken, named so far ("Campus Security" is no one's name; nor is an officer named after the quote)
    for named in reversed(people.people):
        first_named = named.name.split()[0] in FIRST_NAMES and named.surname in read
        if first_named and id(named) not in speakers and (not gender or named.gender in ("", gender)):
            return named.name
    # "Derek Lomas, from Bransby, … Mr Lomas said. … his family said:": the man the story is about may have
    # spoken too; the latest person with no rank or job, only an age or "from PLACE" (never an officer)
    plain = [p for p in (s.person for s in recent) if p and not p.title and _NO_JOB.match(p.apposition or "")]
    return next((p.name for p in reversed(plain) if not gender or p.gender in ("", gender)), None)
