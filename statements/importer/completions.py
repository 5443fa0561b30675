"""A contact's sentence that says nothing of what it is for completes the offer its paragraph made before it.

"Anyone worried about fire safety at home can book a free home fire safety visit. Firefighters will check your
smoke alarms. Call 0115 … or book at www….": the last sentence names only ways to get in touch (and a bare
"book"), so it offers what the paragraph's earlier sentences offered: a safety visit (a route by the brief's
settled convention) or help, or business ("The service gives free talks to community groups. Call … to book.": a
talk for groups, never a route). The nearest earlier sentence that names an offer decides; one that names none
(what the visit involves) is passed over. A sentence about criminals ends the search: what they offer is theirs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from statements.importer.purposes import SAFETY_VISIT, evidence, offered_for_business, other_business

LOOK_BACK = 3  # earlier sentences of the paragraph read for the offer

# The words of a sentence that only says how to get in touch: "Call … or book at …", "To book one, call …"
_BARE_WORDS = frozenset(
    {
        "call", "calling", "ring", "ringing", "phone", "phoning", "telephone", "tel", "text", "texting", "e-mail",
        "email", "e-mailing", "emailing", "contact", "contacting", "visit", "visiting", "see", "go", "book",
        "booking", "request", "arrange", "online", "on", "at", "via", "to", "or", "and", "by", "us", "them", "one",
        "it", "free", "please", "you", "can", "also", "alternatively", "simply", "just", "the", "a", "an", "number",
        "line", "team", "service", "website", "site", "page", "form", "today", "now", "directly", "either",
        "ask", "for", "fill", "in", "out",  # "To ask for a visit, call … or fill in the form at …"
    }
)  # fmt: skip
_GET_IN_TOUCH = frozenset(
    {"call", "ring", "phone", "telephone", "text", "e-mail", "email", "contact", "visit", "see", "go", "book"}
)
_CONTACT_PIECE = re.compile(r"[\d@/]|\w\.\w")  # a piece of a number, web address or e-mail address
# Talks, courses and events for groups, named as things offered ("free cooking safety talks", "a demonstration"),
# or an offer made to groups ("… to community groups"): business, whatever safety words describe it
_GROUP_OFFER = re.compile(
    r"(?i)\b(?:talks|presentations|workshops|courses|demonstrations|assemblies|tours|classes|open\s+days|events)\b|"
    r"\b(?:an?|one)\s+(?:[\w'’-]+\s+){0,4}?(?:talk|presentation|workshop|course|demonstration|assembly|tour|class|"
    r"event)\b|\b(?:to|for)\s+(?:local\s+)?(?:schools|colleges|community\s+groups|groups|clubs|organisations|"
    r"businesses|employers)\b"
)
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])[\"”’']?\s+|\n")


@dataclass(frozen=True)
class Completed:
    """The offer a bare contact sentence completes: ``business`` names it when it is not for reporting or help
    (None: a safety visit or help offered to the reader)."""

    business: str | None


def bare(sentence_left: str, sentence_right: str) -> bool:
    """Whether a contact's sentence only says how to get in touch: every word but the contacts is a word of
    calling, visiting or booking ("Call 0115 … or book at www….", "Call … to book one.")."""
    words = [
        word.strip(",.;:!?()[]*_\"“”‘’'").lower()
        for word in (sentence_left + " " + sentence_right).split()
        if not _CONTACT_PIECE.search(word)
    ]
    words = [word for word in words if word]
    return any(word in _GET_IN_TOUCH for word in words) and all(word in _BARE_WORDS for word in words)


def _offer(sentence: str) -> Completed | None:
    """What one earlier sentence offers: business, a safety visit or help, or None when it offers nothing."""
    if _GROUP_OFFER.search(sentence):
        return Completed(offered_for_business(sentence, "", web=False) or "talks and visits for groups")
    if SAFETY_VISIT.search(sentence):
        return Completed(None)
    business = other_business(sentence, "") or offered_for_business(sentence, "", web=False)
    if business:
        return Completed(business)
    return Completed(None) if evidence(sentence) else None


def completed_offer(
    sentence_left: str, sentence_right: str, paragraph_before: str, stop: re.Pattern[str]
) -> Completed | None:
    """The offer a bare contact sentence completes, read from its paragraph's earlier sentences (nearest first,
    at most ``LOOK_BACK``); None when the sentence is not bare or no earlier sentence offers anything, or one
    about criminals (``stop``) comes first. A clause after a semicolon completes the clause before it the same way
    ("The team gives training on abuse to schools; to book, e-mail …")."""
    head, semicolon, tail = sentence_left.rpartition(";")
    if semicolon and bare(tail, sentence_right):
        sentence_left, paragraph_before = tail, f"{paragraph_before} {head.strip()}."
    if not bare(sentence_left, sentence_right):
        return None
    earlier = [s for s in _SENTENCE_BREAK.split(paragraph_before.strip()) if s.strip()]
    for sentence in reversed(earlier[-LOOK_BACK:]):
        if stop.search(sentence):
            return None
        offer = _offer(sentence)
        if offer is not None:
            return offer
    return None
