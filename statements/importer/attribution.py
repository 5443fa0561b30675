"""Where an attribution stands: the patterns of the words around a quoted passage that say who spoke it.

A said-verb before the quote ("Mr Bailey said:"), after it ("…, said Ms Doe", "…, she added"), a dash signature
("– Jane Smith, Head of X"), "according to X", an "attributable to X:" line or a label line, and the sentence of
reported speech whose subject speaks an unattributed quote after it. Split from ``quotes.py`` (issue 17), which
reads them.
"""

from __future__ import annotations

import re

from .bodies import body_before
from .roles import COLLECTIVE
from .speaker import Speaker
from .speakers import PRONOUN, SAID

INTRO = re.compile(
    rf"(?P<who>\S.*)\s+(?:also\s+|then\s+|later\s+|previously\s+|today\s+|yesterday\s+)?(?P<verb>{SAID})\b"
    # "said in a statement released through their solicitors:": a statement's provenance may run longer
    r"(?P<obj>\s+in\s+a\s+(?:[a-z]+\s+){0,2}statement\s+[^:;.!?\"“”]{0,70}?|[^:;.!?\"“”]{0,80}?)\s*[:,]?\s*$"
)
ATTRIBUTABLE = re.compile(
    r"(?:\b(?:attributable|attributed)\s+to|^[^\S\n]*[*_]*(?:quotes?|comments?|statement)\s+(?:from|by))"
    r"\s+(?P<who>[^:\n]+?)[*_]*:?\s*$",
    re.IGNORECASE | re.MULTILINE,
)
# A label line before the quote: "Councillor Jane Smith, cabinet member for communities:"
LABEL = re.compile(r"(?:^|\n)[^\S\n]*[*_]*(?P<who>[A-Z][^:\n\"“”]{2,150}?)[*_]*:[^\S\n]*\n?[^\S\n]*$")
OUTRO_VERB_FIRST = re.compile(rf"^\s*[,.]?\s*(?P<verb>{SAID})\s+(?P<who>[^.!?;“”\"]+?)\s*(?:[.!?;:]|$|[“\"‘])")
OUTRO_WHO_FIRST = re.compile(
    rf"^\s*[,.]?\s*(?P<who>{PRONOUN}|{COLLECTIVE}|(?:the|a|an|one|his|her|their)\s+[^.!?;“”\"]{{1,160}}?|[A-Z][^.!?;“”\"]{{0,80}}?)"
    rf"(?<!\bwho)\s+(?:also\s+|then\s+)?(?P<verb>{SAID})\b"
)
OUTRO_DASH = re.compile(
    r"^\s*[–—]\s*(?P<who>[^.!?;“”\"]{3,120}?)\s*(?:[.!?;]|$)|^\s+-\s+(?P<who2>[A-Z][^.!?;“”\"]{2,120}?)\s*(?:[.!?;]|$)"
)
# "According to DC Priya Shah, “…”" and "“…,” according to DC Priya Shah."
INTRO_ACCORDING = re.compile(r"^\s*(?i:according\s+to)\s+(?P<who>[^:;]{2,120}?)\s*[,:]\s*$")
OUTRO_ACCORDING = re.compile(r"^\s*[,.]?\s*(?i:according\s+to)\s+(?P<who>[^.!?;“”\"]{2,120}?)\s*(?:[.!?;,:]|$|[“\"‘])")
DASH_SIGNATURE = re.compile(r"^[–—-]+\s*")
# A sentence of reported speech or narration before an unattributed quote in the same paragraph: its subject
# speaks the quote ("A witness who filmed it said people had been cheering. "It was like a game to them."").
# The verb is the main one, not one inside a relative clause ("…, who said she had …, welcomed the action.").
REPORTING = re.compile(
    rf"^(?P<who>[^.!?;:\"“”‘’]{{2,240}}?)(?<!\bwho)(?<!\bwhich)\s+(?P<verb>{SAID}|welcomed|described)\b"
    r"[^.!?\"“”]{0,240}[.!?]\s*$"
)
DESCRIBED_WHO = re.compile(r"(?P<head>(?:A|An|One|Another)\s+[a-z][^,A-Z]{0,60}?)\s+who\s")
# "spokesperson for the network operator": a body named only by what it is, named in the sentence before
FOR_THE_BODY = re.compile(
    r"(?i)^(?:spokesperson|spokesman|spokeswoman|representative)\s+for\s+the\s+(?:[\w-]+\s+){0,2}"
    r"(?:operator|company|firm|charity|provider|supplier|retailer|landlord|developer|association|organisation|club)$"
)
# "The quarry is owned by Carrow Council. “…,” a council spokesperson said.": a body named by its kind alone
_KIND_SPOKESPERSON = re.compile(
    r"(?i)^(?P<kind>council|trust|force|charity|company|club|federation|union|school|college|hospital|hospice|"
    r"university|board|authority)\s+(?P<noun>spokes(?:person|woman|man)|representative)$"
)


def with_named_body(speaker: Speaker | None, before: str) -> Speaker | None:
    """A nameless speaker whose body is named only by what it is ("spokesperson for the network operator", "a
    council spokesperson"), given the body the sentence before names ("…, Northern Powergrid", "spokesperson,
    Carrow Council"); a council spokesperson only when that body is a council."""
    if speaker is None or speaker.person is not None or not speaker.role:
        return speaker
    kind = _KIND_SPOKESPERSON.match(speaker.role)
    if not (kind or FOR_THE_BODY.match(speaker.role)):
        return speaker
    body = body_before(before)
    if body and not kind:
        speaker.role = f"{speaker.role}, {body}"
    elif body and kind and body.split()[-1].lower() == kind.group("kind").lower():
        speaker.role = f"{kind.group('noun')}, {body}"
    return speaker


# "> “….”" then "That was the message from DC X, of …" or "That warning came from X, …, who said …": who said it
# (also "The warning came from X." and "The words were those of X.")
THAT_WAS = re.compile(
    r"^[\s*_]*(?:(?:That|This|Those|These|The)\s+(?:(?:was|were|is|are)\s+(?:the\s+)?)?(?:[\w-]+\s+){0,2}?(?:message|"
    r"warning|plea|advice|words?|verdict|appeal|view|reaction|response|apology|statement|tribute)\s+(?:from|of|came\s+from|"
    # "The words were those of DS X, …": whose they were
    r"(?:were|was)\s+(?:those|that)\s+of)\s+|"
    # "That was Claire Muncaster, director of Safer Fields.": a name straight after "That was"
    r"That\s+was\s+(?=[A-Z]))(?P<who>[^.!?;“”\"]{3,200}?)"
    r"\s*(?:[.!?;]|$|(?=,\s+who\s))"
)

# "Kieran's family paid tribute to him in a statement released through the police:", "The club issued a statement
# on its website:", "Her sons shared this tribute:": giving a statement or a tribute is saying what follows
STATEMENT_GIVEN = re.compile(
    r"^[\s*_]*(?P<who>[^\s\"“”][^:;\"“”]{0,160}?)\s+(?:have\s+|has\s+|had\s+)?(?:paid|pays|issued|issues|released|"
    r"releases|gave|gives|shared|shares|posted|posts|made|makes)\s+(?:(?:a|an|this|these|their|his|her|its|the)\s+)?"
    r"(?:[a-z]+\s+){0,2}?(?:tributes?|statement)\b(?P<rest>[^:;.!?\"“”]{0,100}?)[\s*_]*:?[\s*_]*$"
)


def statement_giver(clause: str) -> str | None:
    """Who ``clause`` (the sentence before a quote) says gave the statement or tribute that the quote is, or None.
    A statement about someone else's ("… released a statement from the family:") names its giver after the
    statement, so it is left to the said-verb patterns."""
    found = STATEMENT_GIVEN.match(clause)
    if found is None or re.match(r"\s*(?:from|by|of|on\s+behalf\s+of)\b", found.group("rest")):
        return None
    return found.group("who")
