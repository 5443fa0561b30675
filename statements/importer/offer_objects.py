"""The object of an offer: what the reader is offered a contact FOR, read from the offer itself (issue 17, 13g-13j).

Words of harm stand beside much business in a press text ("volunteers to help protect nests from wildlife
crime", "mentor young people at risk of violence", "help with casework"); what decides is the object of the
offer, not its neighbours. Each entry below is an object that is the organisation's own business whatever the
harm beside it: taking part (membership of a group, mentoring or volunteering asked for), an elected member's
casework or surgeries, and a complaint with no object of harm (about the body itself). The entries join
``business.BUSINESS_OFFER``, which ``purposes.offered_for_business`` reads for ``offers.py``, ``routes.py`` and
``completions.py``; ``purpose_clause`` widens a bare imperative ("…; e-mail X") to the clause it serves.
"""

from __future__ import annotations

import re

OFFER_OBJECTS: tuple[tuple[str, str], ...] = (
    (
        # "E-mail X to book one", "book a place by e-mailing X": a booking, whatever the session is about
        "bookings",
        r"\bto\s+book\s+(?:one|them|a\s+place|places|a\s+session|a\s+slot)\b",
    ),
    (
        # "Find an approved tree surgeon on the council's trusted trader register", "Find where your nearest
        # defibrillator is on …", "To check whether a hair tool or charger has been recalled, search …": a look-up
        "a look-up of a list",
        r"\bfind\s+(?:a|an|your)\s+(?:local\s+)?(?:registered|approved|accredited|vetted|trusted)\s+"
        r"(?:[\w'’-]+\s+){1,3}?(?:on|in|through|via|from|using)\b|"
        r"\b(?:find|see|check)\s+(?:out\s+)?where\s+(?:your|the)\s+(?:nearest|closest|local)\b|"
        r"\b(?:check|find\s+out|see)\s+(?:whether|if)\s+(?:[\w'’-]+\s+){1,6}?(?:has|have)\s+been\s+recalled\b|"
        r"\b(?:trusted|approved|vetted)\s+traders?\s+(?:register|list|scheme|directory)\b|"
        # "To check whether a genuine penalty notice is outstanding …, use the force's look-up at …"
        r"\b(?:use|try|search)\s+(?:(?:the|our|its|their)\s+)?(?:[\w'’-]+['’]s\s+)?(?:[\w-]+\s+){0,2}?(?:look-?ups?|checker)\b",
    ),
    (
        # "Horses that are not claimed will be offered for adoption through X": an animal to adopt
        "adoption or rehoming",
        r"\b(?:offered|available|put\s+up|ready)\s+for\s+(?:adoption|rehoming)\b|\b(?:adopt|rehome)\s+(?:a|an|one)\b",
    ),
    (
        # "… meets monthly and welcomes new members: …", "Become a member of the forum at …"
        "membership",
        r"\bwelcom(?:es|ing)\s+(?:new\s+)?members\b|\bnew\s+members\s+(?:are\s+)?(?:always\s+)?welcome\b|"
        r"\bbecom(?:e|ing)\s+a\s+member\b",
    ),
    (
        # "Adults who want to mentor young people at risk …", "The club is looking for volunteers to help protect
        # nests from wildlife crime": people asked for, whatever harm their work is against
        "people asked to take part",
        r"\b(?:want(?:s|ing)?|wish(?:es|ing)?|would\s+like|interested\s+in|keen)\s+(?:to\s+)?(?:become\s+(?:an?\s+)?)?"
        r"(?:mentor(?:s|ing)?|volunteer(?:s|ing)?)\b|\bbecome\s+(?:an?\s+)?mentors?\b|"
        r"\b(?:looking\s+for|seeking|recruiting|needs?|appeal(?:ing)?\s+for)\s+(?:more\s+|new\s+)?(?:[\w-]+\s+){0,2}?"
        r"(?:volunteers|mentors|helpers|befrienders)\b",
    ),
    (
        # "Constituents who need help with casework can contact the office of X MP on …": an elected member's office
        "an elected member's casework",
        r"\bcasework\b|\bconstituents?\b|\badvice\s+surger(?:y|ies)\b|\b(?:constituency\s+)?office\s+of\s+"
        r"(?:[A-Z][\w'’-]+\s+){1,3}(?:MP|MSP|MS|AM|MLA)\b",
    ),
    (
        # "You can make a complaint at …": a complaint about nothing named is a complaint about the body itself
        # ("make a complaint about noise to …" names a harm and stays a report)
        "a complaint about the organisation",
        r"\b(?:make|making|submit|log|raise)\s+a\s+(?:formal\s+)?complaint\b(?!\s+(?:about|regarding|over|of)\b)"
        r"(?=\s+(?:at|on|online|via|through|by|to\s+(?:us|the\s+(?:association|trust|council|company)))\b|\s*[:.?]?[*_]*\s*$)",
    ),
)
# A bare imperative: the contact's clause names no object ("e-mail X", "call X or Y"), so it serves the clause before
# ("…are still needed; to help, call X": helping, with no object, is helping with the clause before)
_BARE = re.compile(
    # ("for details, e-mail X": details of what the clause before named)
    r"(?i)^\s*(?:(?:to\s+(?:help|do\s+so|take\s+part|get\s+involved)|for\s+(?:more\s+|further\s+|full\s+)?details),?\s+)?(?:(?:please|just|simply)\s+)?"
    r"(?:call|ring|phone|text|e-?mail|contact|visit|write\s+to|go\s+to)\s*"
    # (whom to call is no object: "call the parish clerk on …")
    r"(?:(?:the|our|us|them|him|her)\b[^.;:\n]{0,40}?\s+)?(?:(?:on|at|via)\s*)?$"
)
_BREAK = re.compile(r";\s+|:\s+|,\s+and\s+")


def purpose_clause(left: str, sentence_left: str) -> str:
    """The clause whose object a contact serves: its own clause (``left``, from ``purposes.clause``), or when that
    is a bare imperative ("…; e-mail X"), the clause before it in the same sentence."""
    if not _BARE.match(left):
        return left
    before = sentence_left[: len(sentence_left) - len(left)]
    parts = _BREAK.split(before.rstrip())
    return (parts[-1] if parts else before) + " " + left
