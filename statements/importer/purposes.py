"""What a contact is offered for: reporting or help, or other business.

A press text prints contacts for many things. Only some are reporting routes: a contact offered for
reporting, giving information, or getting help, advice or support about the matter ("Anyone who saw the
crash should call …", "If you are worried, speak to …"). Others are offered for other business with the
organisation: donating, adopting or rehoming, joining or membership, licensing and renewals, buying, booking
or pitches, applications, grants and bids, research and surveys, timetables and customer
service, technical support, or where something will be published. A contact the sentence offers for such
business, with no word of reporting or help in the same sentence, is left out and named in the import report:
a false route is worse than a missed one.
"""

from __future__ import annotations

import re

# Other business, by what the import report calls it
_OTHER_BUSINESS: tuple[tuple[str, str], ...] = (
    ("donations", r"donat\w*|sponsor\w*|fundrais\w*|gifts?\s+(?:to|of\s+money)|gift\s+aid|legac(?:y|ies)"),
    ("adoption or rehoming", r"adopt\w*|rehom\w*|register\s+(?:your\s+)?interest"),
    ("membership", r"members?hip|(?:to|can|may|would\s+like\s+to|wish\s+to|wanting\s+to)\s+join|joining\s+(?:the|our)"),
    ("licensing", r"licensing|renewals?|(?:certificate|licen[cs]e)\s+holders?"),
    ("buying or booking", r"pitch(?:es)?\b(?!\s+(?:invasion|side))|stallholders?|exhibitors?|tickets?|purchas\w*"),
    (
        "applications or bids",
        r"application\s+(?:packs?|forms?)|applications?\s+for|grants?|funding|tenders?|(?-i:bids?)",
    ),
    ("recruitment", r"vacanc(?:y|ies)|recruitment|job\s+applicants?"),
    ("suppliers", r"suppliers?|invoices?"),
    ("research", r"surveys?|questionnaires?|research\w*|(?:the|this|our)\s+study|take\s+part|participa\w*"),
    (
        "customer service",
        r"customer\s+(?:services?|care|enquiries|support)|customers\s+with|timetables?|fares?|"
        r"technical\s+(?:team|support|help)|faults?|repairs?|workshop",
    ),
    ("publication", r"(?:be|been|is|are|was|were)\s+published|publish(?:es|ing)?\s+(?:its|the|their)"),
)
_BUSINESS = re.compile("(?i)\\b(?:" + "|".join(f"(?P<b{i}>{cue})" for i, (_, cue) in enumerate(_OTHER_BUSINESS)) + ")")
# Reporting, giving information, or getting help about the matter
_PURPOSE = re.compile(
    r"(?i)\b(?:report(?:s|ed|ing)?|information|witness\w*|saw|seen|concern\w*|worried|worries|help|support|"
    r"advice|advise|emergency|danger\w*|speak\s+to|talk\s+to|dashcam|footage|suspicious|safeguarding|"
    r"tip-?offs?|anonymously)\b"
)
_TITLE_BEFORE = re.compile(r"[A-Z][\w'’-]*\s+$")  # "the Prevention of Future Deaths report": a title, not an act
# "Please do not call 07700 …": the text warns the reader off a contact
_WARNED_OFF = re.compile(
    r"(?i)\b(?:do\s+not|don['’]t|never|should\s+not|shouldn['’]t)\s+(?:call|ring|phone|text|contact|e-?mail|"
    r"visit|reply\s+to|respond\s+to|click\s+on)\s+(?:(?:the|this|that|any)\s+)?(?:number|site|website|link|"
    r"address\s+)?[\s(\"“'‘*]*$"
)


def _purpose(text: str) -> bool:
    return any(not _TITLE_BEFORE.search(text[max(0, m.start() - 40) : m.start()]) for m in _PURPOSE.finditer(text))


def other_business(sentence_left: str, sentence_right: str) -> str | None:
    """What other business than reporting or help a contact's sentence offers it for ("donations", "licensing",
    "research", …), or None: the business must be named before the contact in its sentence, and no word of
    reporting or help may stand anywhere in it."""
    cue = _BUSINESS.search(sentence_left)
    if cue is None or _purpose(sentence_left) or _purpose(sentence_right):
        return None
    index = next(int(name[1:]) for name, value in cue.groupdict().items() if value is not None)
    return _OTHER_BUSINESS[index][0]


def warned_off(sentence_left: str) -> bool:
    """Whether the text tells the reader not to use the contact ("Please do not call 07700 …")."""
    return bool(_WARNED_OFF.search(sentence_left[-80:]))
