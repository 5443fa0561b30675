"""The question an answer's contact answers, in a Q&A (issue 17).

A Q&A prints the reader's question on a line of its own, usually in bold, and the answer on the lines under it:

    **I want to complain about my care. Who do I contact?**
    Please contact the Patient Advice and Liaison Service (PALS) on 0117 …

The question is what the answer's contacts are offered for, as much as the answer's own clause: a question naming
the organisation's own business (a complaint about one's care, paying for CCTV) makes the contact business
whatever words of help the answer or the service's name hold, and a question stating a concern ("I'm worried about
an adult who works with children.", in bold with a full stop) is evidence of help like a question mark's.
"""

from __future__ import annotations

import re

# A line of its own in bold or italics (the route reader blanks "**" to spaces, so bold leaves two spaces each
# side) or ending in a question mark
_EMPHASISED = re.compile(r"^(?:[^\S\n]{2,}|[^\S\n]*[*_]+)(?P<line>\S[^\n]*?\S)(?:[^\S\n]{2,}|[*_]+[^\S\n]*)$")
_ASKED = re.compile(r"^[^\S\n]*(?P<line>\S[^\n]*\?)[*_\s]*$")


def question_above(paragraph_before: str, sentence_left: str) -> str | None:
    """The question on the line directly above the line a contact stands on, in the same paragraph: a line
    wholly emphasised, or one ending in a question mark; None when there is none."""
    lines = (paragraph_before + sentence_left).split("\n")
    if len(lines) < 2:
        return None
    above = lines[-2]
    match = _EMPHASISED.match(above) or _ASKED.match(above)
    return match.group("line").strip(" *_") if match else None


# "Who do I contact if it happens to me?", "Where can I turn if this happens to my family?": the reader asking
# whom to turn to when the harm the text is about befalls them ("it", "this": the text's subject)
_IF_IT_HAPPENS = re.compile(
    r"(?i)^(?:who|where)\s+(?:do|should|can|could)\s+(?:I|we|you)\s+(?:contact|call|turn\s+to|turn|go|tell)\b"
    r"[^?]{0,30}\bif\s+(?:it|this|that|something\s+like\s+this)\s+happens\b"
)


# "I ate at the Golden Lantern and I feel unwell. What should I do?": the reader harmed, asking what to do
_HARMED_ASKS = re.compile(
    r"(?i)\bI\s+(?:feel|felt|am|was|have\s+been|'ve\s+been|think\s+I(?:'ve|\s+have)\s+been)\s+(?:\w+\s+)?"
    r"(?:unwell|ill|sick|hurt|injured|scammed|attacked|threatened|unsafe|targeted|defrauded|robbed)\b"
    r"[^?]{0,80}\bwhat\s+(?:should|do|can)\s+I\s+do\b"
)


def asks_whom_to_turn_to(question: str) -> bool:
    """Whether a Q&A's question asks whom to contact if what the text is about happens to the reader, or what to do
    when it has."""
    return _IF_IT_HAPPENS.search(question) is not None or _HARMED_ASKS.search(question) is not None
