"""The organisations a text names, in reading order, and which one "its" means by the discourse: the most recent
organisation the text refers to, by name ("Lowbridge Cricket Club", "the charity Safe Haven") or by a generic
description ("the club", "the charity", "the scout group"), which means the organisation of that kind named
earlier (title, dateline and first paragraph included). Courts, places and sentence-opening words ("Many",
"Some") are never organisations, and a police force is never what "its" means (a text calls it "the force").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .firstnames import FIRST_NAMES
from .names import TITLE_RE

# the verb after a sentence's subject: "X has …", "X was …", "X backed …", "X runs …"
# (an irregular past too: "Dunmoor National Park Authority brought the prosecution. Its head ranger, …")
SUBJECT_VERB = (
    r"(?:has|have|had|is|was|were|are|will|would|can|could|must|[a-z]+ed|[a-z]+s|brought|took|made|gave|found|won|"
    r"began|led|ran|held|paid|sent|went|got|kept|met|sought|caught|bought|built|spent|chose|wrote|became)\b"
)

_TITLED = re.compile(rf"^(?:{TITLE_RE}|Mr|Mrs|Ms|Miss|Mx|Dr|Sir|Dame|Lady|Lord)\b")

# "Many had been followed …", "Some said …": capitalised because they open a sentence, never a body ("All Saints
# Church" is one, so "All" is not here)
QUANTIFIERS = frozenset(
    ["Many", "Some", "Most", "Few", "Several", "Others", "Both", "Each", "Every", "Any", "None", "Such"]
)
SENTENCE_OPENERS = QUANTIFIERS | frozenset(
    [
        "The",
        "A",
        "An",
        "This",
        "That",
        "These",
        "Those",
        "Its",
        "Their",
        "Today",
        "Yesterday",
        "Now",
        "Then",
        "Meanwhile",
        "However",
    ]
)

_WORD = r"[A-Z][\w'’&+-]*"
# the last word of a named organisation, and the kind it makes it ("Ravensmoor Women's Aid": a charity)
_HEADS = {
    "Foundation": "foundation",
    "Trust": "trust",
    "Association": "association",
    "Society": "society",
    "Charity": "charity",
    "Network": "network",
    "Partnership": "partnership",
    "Alliance": "alliance",
    "Federation": "federation",
    "Forum": "forum",
    "Club": "club",
    "Group": "group",
    "Project": "project",
    "Campaign": "campaign",
    "Collective": "collective",
    "Coalition": "coalition",
    "Institute": "institute",
    "Academy": "school",
    "School": "school",
    "College": "college",
    "Centre": "centre",
    "Union": "union",
    "League": "league",
    "Committee": "committee",
    "Hospice": "hospice",
    "Council": "council",
    "Service": "service",
    "Services": "service",
    "Police": "police",
    "Constabulary": "police",
    "Aid": "charity",
    "Crisis": "charity",
    "Watch": "watch",
    "Rescue": "team",  # "Dunmoor Lowland Search and Rescue", "Cragdale Mountain Rescue": a rescue team
    "Sanctuary": "charity",  # "Brackenside Horse Sanctuary"
}
# "1st Greystone Scout Group", "Ravensmoor Women's Aid", "Friends of Millbrook Park Trust": capitalised words
# (with of/for/and/& between) ending in a word that names a kind of organisation
_NAMED = re.compile(
    rf"(?<![\w'’-])(?P<name>(?:\d+(?:st|nd|rd|th)\s+)?{_WORD}(?:\s+(?:of|for|and|&|{_WORD})){{0,7}}?\s+"
    # not a word of a longer name ("Suffolk Police Online Child Abuse Investigation Team"), nor a possessive of
    # nothing ("alongside Dunmere Borough Council's.")
    rf"(?P<head>{'|'.join(_HEADS)}))(?![\w-])(?!\s+{_WORD})(?!['’]s(?!\s+\w))"
)
_KINDS = (
    r"charity|trust|club|group|organisation|society|association|foundation|network|project|campaign|partnership|"
    r"committee|union"
)
# what an apposition can call a body besides those: "Brayford Safe Space, an independent domestic abuse service."
_APPOSITION_KINDS = rf"{_KINDS}|service|enterprise|provider|company|firm|body|helpline"
# "Domestic abuse charity Safe Haven has …", "the cycling club Ashgate Wheelers": a kind, then the name
_KIND_THEN_NAME = re.compile(rf"\b(?P<kind>{_KINDS})\s+(?P<name>{_WORD}(?:\s+{_WORD}){{0,4}})(?![\w'’-])")
# "Safe Steps North, which has worked …", "Little Lanterns, the children's charity, …": a name a clause or an
# apposition says is a body
_NAME_APPOSITION = re.compile(
    rf"(?<![\w'’-])(?P<name>{_WORD}(?:\s+{_WORD}){{1,4}}),\s+(?:which\b|(?:the|a|an)\s+(?:[\w'’-]+\s+){{0,3}}?"
    # "Dalesway Community Transport, a charity in Hebworth, has …": where it is based may follow its kind
    rf"(?P<kind>{_APPOSITION_KINDS})(?:\s+(?:in|from|based\s+in|near)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,2}}"
    # "Open Door Elmhurst, a charity for adults with learning disabilities.": what it is for
    r"|\s+(?:for|that|which|who|working|supporting|helping)\b[^.;,]{1,80})?\s*[,.;])"
)
# "**Lanternline — the family safeguarding charity — news**": set off by dashes, a name of one word is a body's too
_DASHED_APPOSITION = re.compile(
    rf"(?<![\w'’-])(?P<name>{_WORD}(?:\s+{_WORD}){{0,4}})\s+[—–]\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){{0,3}}?"
    rf"(?P<kind>{_APPOSITION_KINDS})\s*[—–,]"
)
# "Stop Loan Sharks investigates …", "The Fernley Village Hall committee has 11 members.": a sentence's subject of
# two or more capitalised words (a lower-case kind of body after them kept with the name)
_SUBJECT = re.compile(
    rf"(?:^|(?<=[.!?])\s+)(?:The\s+)?(?P<name>{_WORD}(?:\s+(?:of|for|and|&|{_WORD})){{0,5}}?\s+{_WORD}"
    rf"(?:\s+(?P<kind>{_KINDS}))?)\s+{SUBJECT_VERB}"
)
# "the club", "The charity's drop-in centre", "the scout group", "the local charity": a body by its kind alone
_GENERIC = re.compile(rf"\b[Tt]he\s+(?P<desc>(?:[a-z][\w-]*\s+){{0,2}}?(?:{_KINDS}))\b(?!\s+{_WORD})")
# "The service, which opened in May, has …", "The scheme was launched …": a sentence about a body (or what it runs)
# the text does not name; "its" then means that, not a body named before (unless one of that very kind was named:
# "… Cragdale Mountain Rescue … The team is made up of volunteers. Its leader, …")
_UNNAMED_SUBJECT = re.compile(
    r"(?:^|(?<=[.!?])\s+)The\s+(?:[a-z][\w-]*\s+){0,2}?(?P<noun>service|scheme|centre|team|unit|hospital|school|home|"
    r"company|firm|business|force|board|authority|agency|department|practice|venue|museum|library|shop|pub|hotel|"
    r"council|programme|initiative|helpline|line)(?=,|\s+" + SUBJECT_VERB + ")"
)
# "the Northdale branch of the National Farmers' Union": a branch is the body that speaks, named whole
_BRANCH_BEFORE = re.compile(rf"(?:{_WORD}\s+){{1,3}}(?:branch|chapter)\s+of\s+(?:the\s+)?$")
# "Members of the Lyme Valley Wild Swimmers group": a name, then a lower-case word for what kind of body it is
_NAME_THEN_KIND = re.compile(
    rf"(?<=\bthe\s)(?P<name>{_WORD}(?:\s+{_WORD}){{1,5}})\s+(?P<kind>group|charity|campaign|network|organisation)\b"
)
# "the students' union", "the residents' association": a body named by whose it is, a name in itself
_OWNERS_BODY = re.compile(
    r"\b[Tt]he\s+(?P<desc>[a-z]+s['’]\s+(?:union|association|group|committee|forum|council|network|society))\b"
)
# "Amani has supported 63 women.": a sentence's subject that is the first word of a body named before
_SHORT_SUBJECT = re.compile(r"(?:^|(?<=[.!?])\s+)(?P<word>[A-Z][\w'’-]+)\s+" + SUBJECT_VERB)
# a subject of two named bodies: "Lowmoor College and Lowmoor Students' Union have launched …"
_TWO_BODIES = re.compile(rf"\b(?:{'|'.join(_HEADS)})\s+(?:and|&)\s+{_WORD}")
# "Quarry Lane, which …": a place, not a body
_PLACE_END = re.compile(r"\b(?:Lane|Road|Street|Avenue|Close|Way|Drive|Court|Square|Green|Hill|Estate|Park)$")
# a description of one kind can mean a body named as a near kind ("the charity" for "Severnholm Survivors Trust")
_NEAR_KINDS = {
    "charity": {"trust", "foundation", "organisation", "society", "association", "network", "project"},
    "organisation": {"charity", "trust", "foundation", "society", "association", "network", "project", "group"},
    "trust": {"charity", "foundation"},
    "group": {"organisation", "network", "project", "campaign"},
}


@dataclass(frozen=True)
class Organisation:
    name: str
    kind: str  # "charity", "club", … or "organisation" when the text does not say


@dataclass(frozen=True)
class _ShortName:
    """A body's first word alone ("Amani" for "Amani Women's Project"), resolved against the bodies named."""

    word: str


_UNNAMED = Organisation("", "unnamed")  # a body the text refers to without naming it


@dataclass(frozen=True)
class _SameKind:
    kind: str  # "The team is …": the latest body named as this kind, else a body the text does not name


def _trimmed(name: str) -> str | None:
    """The name without the sentence-opening words before it ("The Severnholm Survivors Trust" → "Severnholm
    Survivors Trust"), or None when nothing is left that could be a body's name."""
    words = name.split()
    while words and (words[0] in SENTENCE_OPENERS or words[0].endswith("-based")):
        words.pop(0)
    # "Sarah Jones of Harbour Trust": a person's name before "of" is not part of the body's
    if words and words[0] in FIRST_NAMES:
        cut = next((i for i, word in enumerate(words) if word in ("of", "for")), None)
        words = words[cut + 1 :] if cut is not None else []
    return " ".join(words) if words else None


class Organisations:
    """The organisations a text has named so far, read paragraph by paragraph, and the latest one it referred to."""

    def __init__(self) -> None:
        self.named: list[Organisation] = []
        self.latest: Organisation | None = None

    def read(self, text: str) -> None:
        """Take in the next stretch of the text (a paragraph outside its quotes)."""
        for organisation in self._mentions(text, self.named):
            self._note(organisation, self.named)
            self.latest = organisation if organisation.kind != "police" else self.latest

    def its(self, opening: str = "") -> str | None:
        """The organisation "its" means after everything read so far and ``opening`` (the current paragraph up to
        "its", not taken in): the latest the text referred to, or None when it has named none."""
        latest = self._read_to(opening)[1]
        return latest.name if latest and latest.name else None

    def _read_to(self, opening: str) -> tuple[list[Organisation], Organisation | None]:
        named = list(self.named)
        latest = self.latest
        for organisation in self._mentions(opening[-1000:], named):  # bounded: linear overall
            self._note(organisation, named)
            latest = organisation if organisation.kind != "police" else latest
        return named, latest

    def in_full(self, body: str, opening: str = "") -> str:
        """A body named by one word of its name ("Amani has supported 63 women.") as the text named it before
        (read so far, or in ``opening``: "Amani Women's Project"); any other body as it is."""
        if " " in body:
            return body
        for organisation in reversed(self._read_to(opening)[0]):
            names = organisation.name.split()
            if body in names[:-1]:
                return " ".join(names[names.index(body) :])
        return body

    def meant(self, owner: str | None, opening: str = "") -> str | None:
        """The body "its" means given ``owner``, the one the sentence before names: a generic description
        ("The partnership, which …") is the body of that kind named before ("Harland Valley Safeguarding Children
        Partnership"), a name is itself; with none, :meth:`its`."""
        if owner is None:
            return self.its(opening)
        generic = _GENERIC.fullmatch(" ".join(owner.split()))
        found = _described(generic.group("desc"), self.named) if generic else None
        return found.name if found and found.name else owner

    @staticmethod
    def _note(organisation: Organisation, named: list[Organisation]) -> None:
        if organisation.name and organisation not in named:
            named.append(organisation)
            del named[:-50]  # the latest only: keeps the look-ups linear

    @staticmethod
    def _mentions(text: str, named: list[Organisation]) -> list[Organisation]:
        """The organisations ``text`` refers to, in order; a generic description resolved against ``named`` and
        the bodies named before it in ``text``."""
        found: list[tuple[int, int, Organisation | str | _ShortName | _SameKind]] = []
        for match in _NAMED.finditer(text):
            name = _trimmed(match.group("name"))
            if name and len(name.split()) > 1:
                start = match.start()
                branch = _BRANCH_BEFORE.search(text, max(0, start - 120), start)
                whole = _trimmed(f"{branch.group(0)}{name}") if branch else None
                if branch and whole and whole.split()[0] not in ("branch", "chapter"):
                    start, name = branch.start(), whole
                found.append((start, match.end(), Organisation(name, _HEADS[match.group("head")])))
        for match in _NAME_THEN_KIND.finditer(text):
            name = _trimmed(match.group("name"))
            if name and len(name.split()) > 1 and not _PLACE_END.search(name) and not _TITLED.match(name):
                found.append((match.start(), match.end(), Organisation(name, match.group("kind"))))
        for match in _KIND_THEN_NAME.finditer(text):
            name = _trimmed(match.group("name"))
            if name:
                found.append((match.start(), match.end(), Organisation(name, match.group("kind"))))
        for match in _NAME_APPOSITION.finditer(text):
            name = _trimmed(match.group("name"))
            if name and len(name.split()) > 1 and not _PLACE_END.search(name):
                found.append((match.start(), match.end(), Organisation(name, match.group("kind") or "organisation")))
        for match in _DASHED_APPOSITION.finditer(text):
            name = _trimmed(match.group("name"))
            if name and not _PLACE_END.search(name) and not _TITLED.match(name):
                found.append((match.start(), match.end(), Organisation(name, match.group("kind"))))
        for match in _SUBJECT.finditer(text):
            name = _trimmed(match.group("name"))
            # "A Severnholm charity has opened …": a body described, not named
            capitalised = len((name or "").split()) - (1 if match.group("kind") else 0)
            indefinite = match.group("name").split()[0] in ("A", "An")
            if name and _TWO_BODIES.search(name):
                continue  # "Lowmoor College and Lowmoor Students' Union have …": two bodies, each named by _NAMED
            if name and capitalised > 1 and not indefinite and not _PLACE_END.search(name) and not _TITLED.match(name):
                found.append((match.start(), match.end(), Organisation(name, match.group("kind") or "organisation")))
        found += [(m.start(), m.end(), m.group("desc")) for m in _GENERIC.finditer(text)]
        found += [(m.start(), m.end(), m.group("desc")) for m in _OWNERS_BODY.finditer(text)]
        found += [
            (m.start("word"), m.end("word"), _ShortName(m.group("word")))
            for m in _SHORT_SUBJECT.finditer(text)
            if m.group("word") not in SENTENCE_OPENERS
        ]
        found += [(m.start(), m.end(), _SameKind(m.group("noun"))) for m in _UNNAMED_SUBJECT.finditer(text)]
        found.sort(key=lambda item: (item[0], -item[1]))
        mentions: list[Organisation] = []
        known = list(named)
        end = 0
        for start, stop, what in found:
            if start < end:
                continue  # inside a longer mention ("charity Safe Haven" and "Safe Haven")
            if isinstance(what, _ShortName):
                organisation = _shortened(what.word, known)
                if organisation is None:
                    continue  # a word that names no body named before says nothing
            elif isinstance(what, _SameKind):
                organisation = next((o for o in reversed(known) if o.kind == what.kind), _UNNAMED)
            elif isinstance(what, str):
                organisation = _described(what, known)
            else:
                organisation = what
            end = stop
            # a description the text named no body for ("the charity" and no charity) stands for none
            mentions.append(organisation or _UNNAMED)
            if organisation is not None and organisation not in known:
                known.append(organisation)
        return mentions


def _shortened(word: str, named: list[Organisation]) -> Organisation | None:
    """The latest body named in more than one word whose name starts with ``word``."""
    for organisation in reversed(named):
        names = organisation.name.split()
        if len(names) > 1 and names[0] == word:
            return organisation
    return None


def _described(description: str, named: list[Organisation]) -> Organisation | None:
    """The body a generic description means: the latest one named whose name has the description's words ("the
    scout group": "1st Greystone Scout Group") or is of its kind, else the latest of a near kind. A body named by
    whose it is ("the students' union") means one named with its words, else itself."""
    words = description.lower().replace("’", "'").split()
    kind = words[-1]
    if "'" in description or "’" in description:
        for organisation in reversed(named):
            if set(words) <= set(organisation.name.lower().replace("’", "'").split()):
                return organisation
        return Organisation(description, kind)
    for organisation in reversed(named):
        if organisation.kind == kind or set(words) <= set(organisation.name.lower().split()):
            return organisation
    near = _NEAR_KINDS.get(kind, set())
    for organisation in reversed(named):
        if organisation.kind in near:
            return organisation
    return None
