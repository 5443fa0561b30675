"""The reader harmed, or those harmed, invited to get in touch: positive evidence that a contact is offered for
help ("Victims can call …", "If you spot …", "If someone is threatening you over a loan:"). Split from
``purposes.py``, whose ``evidence`` reads it with the other words of reporting and help."""

from __future__ import annotations

import re

# "Victims can call …", "Anyone targeted should contact …", "Dealers who are offered bronze items should contact
# …", "If you spot …": the reader harmed, or the reader who saw or was offered something, is invited to use it
# "Victims who would like to join the scheme, or who have questions about an offender's release, can contact …": the
# sentence's subject is those harmed, invited to get in touch
_VICTIMS_INVITED = re.compile(
    r"\W*(?:[Vv]ictims|[Ss]urvivors|[Bb]ereaved\s+families)\b[^.;:]{0,120}?\b(?:can|should|may|must)\s+(?:also\s+)?"
    r"(?:call|ring|phone|text|contact|e-?mail|speak|get\s+in\s+touch|visit)\b"
)


def victims_invited(sentence_left: str) -> bool:
    """Whether the contact's sentence invites those harmed to get in touch (its subject, not a word in passing), or
    sends the reader to a service for victims ("**How do I join the scheme?** Call the victim liaison unit on …")."""
    return _VICTIMS_INVITED.match(sentence_left) is not None or _VICTIM_SERVICE.search(sentence_left) is not None


_VICTIM_SERVICE = re.compile(
    r"(?i)\b(?:call|ring|phone|contact|e-?mail)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?victims?\s+(?:liaison|contact|care|"
    r"support)\s+(?:unit|team|service|scheme|officers?|hub)\b"
)


_HARMED_INVITED = re.compile(
    r"(?i)\b(?:(?:victims?|survivors?)\b[^.;:]{0,60}?|\bwho\s+(?:are\s+|is\s+|were\s+|have\s+been\s+|has\s+been\s+)?"
    r"(?:offered|approached|asked|sold|finds?|found|spots?|spotted|notices?|noticed|sees?|hears?|heard|knows?|"
    r"suspects?|receives?|received)\b[^.;:]{0,80}?)\b(?:can|should|must|may|are\s+(?:urged|encouraged|asked)\s+to)"
    r"\s+(?:also\s+)?(?:call|ring|phone|text|contact|e-?mail|speak|get|visit|report)"
    r"|\bif\s+you\s+(?:are\s+|were\s+|have\s+been\s+)?(?:offered|approached|sold|find|spot|see|notice|hear|"
    r"know|suspect|receive)\b|\bprotect\s+(?:your\w*|you)\b"
    # "If you think you have become a victim of fraud, call …", "If someone is threatening you over a loan:"
    r"|\bif\s+(?:someone|anyone|somebody|a\s+[\w-]+)\s+is\s+(?:threatening|harassing|following|stalking|hurting|"
    r"abusing|pressuring|blackmailing|intimidating)\s+you\b"
    r"|\bif\s+you\s+(?:think\s+(?:that\s+)?you\s+|believe\s+(?:that\s+)?you\s+)?(?:are|were|have\s+been|have\s+become|"
    r"became|may\s+have\s+been)\s+(?:a\s+)?victims?\b"
)


def harmed_invited(text: str) -> bool:
    """Whether ``text`` invites the reader harmed, or who saw or was offered something, to use a contact."""
    return _HARMED_INVITED.search(text) is not None
