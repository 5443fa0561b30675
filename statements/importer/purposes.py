"""What a contact is offered for: reporting or help, or other business.

A press text prints contacts for many things. Only some are reporting routes: a contact offered for
reporting, giving information, or getting help, advice or support about the matter ("Anyone who saw the
crash should call …", "If you are worried, speak to …"). Others are offered for other business with the
organisation: donating, adopting or rehoming, joining or membership, licensing and renewals, buying, booking
or pitches, applications, grants and bids, research and surveys, timetables and customer
service, technical support, or where something will be published. A contact the sentence offers for such
business, with no word of reporting or help in the same sentence, is left out and named in the import report:
a false route is worse than a missed one.

Since the fifth December 2026 holdout the default is flipped (``offered_for_help``): a contact the registry does
not know needs positive evidence that it is offered for reporting, information or help (in its sentence, its
list's lead-in, the heading above it, or the sentence it goes on from); the other-business list only names what
a contact left out was for.
"""

from __future__ import annotations

import re

# Other business, by what the import report calls it
_OTHER_BUSINESS: tuple[tuple[str, str], ...] = (
    (
        "donations",
        r"donat\w*|support\s+(?:its|our|their|the)\s+(?:work|charity|cause)|contribut\w*|sponsor\w*|fundrais\w*|"
        r"gifts?\s+(?:to|of\s+money)|gift\s+aid|legac(?:y|ies)",
    ),
    ("adoption or rehoming", r"adopt\w*|rehom\w*|register\s+(?:your\s+)?interest"),
    ("membership", r"members?hip|(?:to|can|may|would\s+like\s+to|wish\s+to|wanting\s+to)\s+join|joining\s+(?:the|our)"),
    ("licensing", r"licensing|renewals?|(?:certificate|licen[cs]e)\s+holders?"),
    ("buying or booking", r"pitch(?:es)?\b(?!\s+(?:invasion|side))|stallholders?|exhibitors?|tickets?|purchas\w*"),
    (
        "applications or bids",
        r"application\s+(?:packs?|forms?)|applications?\s+for|grants?|funding|tenders?|(?-i:bids?)",
    ),
    ("recruitment", r"vacanc(?:y|ies)|recruitment|job\s+applicants?|volunteer\w*"),
    ("admissions or bookings", r"admissions?|applicants?|bookings?|posters?"),
    ("suppliers", r"suppliers?|invoices?"),
    ("research", r"surveys?|questionnaires?|research\w*|(?:the|this|our)\s+study|take\s+part|participa\w*"),
    (
        "customer service",
        r"customer\s+(?:services?|care|enquiries|support)|customers\s+with|timetables?|fares?|"
        r"technical\s+(?:team|support|help)|faults?|repairs?|workshop|comment\s+on|feedback",
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
_ABOUT_BUSINESS = re.compile(
    r"(?i)\b(?:advice|help|information|questions?|enquiries)\s+(?:about|on|with|regarding|for)\s+(?:[\w'’-]+\s+){0,3}$"
)
_TITLE_BEFORE = re.compile(r"[A-Z][\w'’-]+\s+$")  # "the Prevention of Future Deaths report": a title, not an act
# "Please do not call 07700 …": the text warns the reader off a contact
_WARNED_OFF = re.compile(
    r"(?i)\b(?:do\s+not|don['’]t|never|should\s+not|shouldn['’]t)\s+(?:call|ring|phone|text|contact|e-?mail|"
    r"visit|reply\s+to|respond\s+to|click\s+on)\s+(?:(?:the|this|that|any)\s+)?(?:[\w'’-]+[^\S\n]+){0,3}?"
    r"(?:(?:on|at)[^\S\n]+)?[\s(\"“'‘*]*$"
)


# Positive evidence that a contact the registry does not know is offered for reporting, information or help:
# the words of _PURPOSE and those of help, safety and checking whether something is genuine
_EVIDENCE = re.compile(
    r"(?i)\b(?:report(?:s|ed|ing)?|information|witness\w*|saw|seen|concern\w*|worried|worries|worry|help\w*|"
    r"support\w*(?!\s+(?:its|our|their|the)\s+(?:work|charity|cause))|advice|advise|emergency|danger\w*|"
    r"(?:speak|talk)\s+(?:in\s+confidence\s+)?to|speak\s+up|dash-?cam\w*|footage|photos?|photographs?|videos?|"
    r"suspicious|safeguarding|tip-?offs?|anonymously|in\s+confidence|confidential\w*|struggling|affected|"
    r"bereaved|victims?|targeted|approached|contacted\s+by|happened\s+to|fraud|crisis|crimes?|abuse|harassment|stolen|theft|police|"
    r"protect\w*|prevent\w*|unsafe|safety|safe|(?:check|checking)\s+(?:whether|if|that|your|a|an|firms?)|genuine|"
    r"forward\w*|upload\w*|submit\w*|deaf|hard\s+of\s+hearing|hearing\s+loss|speech[- ]impaired|text\s+relay|"
    r"helplines?|hotlines?|(?:advice|crisis|reporting|crime|appeal)\s+line|incident\s+room|welfare|wellbeing|"
    r"medical|vulnerable|anyone\s+(?:who|with)|unhappy|complain\w*|distress|missing|24\s+hours\s+a\s+day|24/7|"
    r"day\s+or\s+night)\b"
)
# "Call them on …", "You can also e-mail …", "To book one, call …": the sentence goes on from the one before
_GOES_ON = re.compile(r"(?i)\b(?:one|them|it|also|alternatively|this|these|you\s+can|line)\b")
# A heading or label on the line before: "How to report", "Where to get help:"
_HEADING = re.compile(r"(?:^|\n)[^\S\n]*(?P<heading>[^\n]{1,80}?)[^\S\n]*\n[^\S\n]*$")
_LIST_ITEM = re.compile(r"(?:^|\n)[^\S\n]*(?:[-*•]|\d{1,2}[.)])[^\n]*$")
_LABEL = re.compile(r"(?:^|\n)[^\S\n]*[A-Z][^\n:]{0,60}:[^\n]*$")  # "Shout: text SHOUT to …"


def _evidence(text: str) -> bool:
    """A word of evidence; "report" after a capitalised word inside a sentence is a document's title ("the
    Casey Report"), not after the sentence's first word ("To report a fake website, …")."""
    return any(
        not (m.group(0).lower().startswith("report") and _in_title(text, m.start())) for m in _EVIDENCE.finditer(text)
    )


def _in_title(text: str, start: int) -> bool:
    before = text[max(0, start - 40) : start]
    title = _TITLE_BEFORE.search(before)
    if title is None:
        return False
    head = text[: max(0, start - 40) + title.start()].rstrip(" *_\"“'‘")
    return bool(head) and not head.endswith((".", "!", "?", ":", "\n", "-", "•"))


def offered_for_help(sentence_left: str, sentence_right: str, paragraph_before: str, text_before: str) -> bool:
    """Whether the text gives positive evidence that a contact is offered for reporting, information or help:
    a word of it in the contact's sentence; or, for an item of a list, in the list's lead-in (``text_before``, the
    text before the sentence across paragraphs); or, for a sentence that goes on from the one before ("Call them
    on …", "To book one, call …"), in that sentence of its paragraph (``paragraph_before``)."""
    if _evidence(sentence_left) or _evidence(sentence_right):
        return True
    if _LIST_ITEM.search(sentence_left) or _LABEL.search(sentence_left):
        return _evidence(text_before[-600:])
    heading = _HEADING.search(text_before)
    if heading and not heading.group("heading").rstrip(" *_").endswith((".", "!")) and _evidence(heading.group(0)):
        return True
    previous = re.split(r"(?<=[.!?])\s+", paragraph_before.strip())[-1] if paragraph_before.strip() else ""
    # "Q. How can I report a problem? A. Contact …": the answer to a question about reporting or help
    if _GOES_ON.search(sentence_left) or previous.endswith("?"):
        return _evidence(previous)
    return False


def _purpose(text: str) -> bool:
    return any(not _TITLE_BEFORE.search(text[max(0, m.start() - 40) : m.start()]) for m in _PURPOSE.finditer(text))


def other_business(sentence_left: str, sentence_right: str) -> str | None:
    """What other business than reporting or help a contact's sentence offers it for ("donations", "licensing",
    "research", …), or None: the business must be named before the contact in its sentence, and no word of
    reporting or help may stand anywhere in it."""
    cue = _BUSINESS.search(sentence_left)
    if cue is None:
        return None
    # "advice about short-term let licensing", "questions about admissions": help with the business is business
    about = _ABOUT_BUSINESS.search(sentence_left[: cue.start()])
    if about is None and (_purpose(sentence_left) or _purpose(sentence_right)):
        return None
    index = next(int(name[1:]) for name, value in cue.groupdict().items() if value is not None)
    return _OTHER_BUSINESS[index][0]


def warned_off(sentence_left: str) -> bool:
    """Whether the text tells the reader not to use the contact ("Please do not call 07700 …")."""
    return bool(_WARNED_OFF.search(sentence_left[-80:]))
