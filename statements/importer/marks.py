"""Finding quoted stretches in a paragraph: straight or curly, single or double marks.

Apostrophes (don't, Suffolk Police's, officers') are told apart from single quote marks by what
surrounds them. A quote left open at the end of a paragraph is marked ``closed=False`` so the caller
can carry it into the next paragraph. A new quote opened inside an unfinished one, as in
``...they don't understand. 'If any member...`` ends the first and starts the second.
"""

from __future__ import annotations

from dataclasses import dataclass

_DOUBLE_OPEN, _DOUBLE_CLOSE = "“", "”"
_SINGLE_OPEN, _SINGLE_CLOSE = "‘", "’"
_BEFORE_OPEN = ' \t\n([{—–-/:;,"“‘*_>'


@dataclass
class Segment:
    start: int  # index of the opening mark
    end: int  # index just after the closing mark (or the paragraph's end when open)
    text: str  # the words between the marks
    closed: bool
    family: str  # '"' or "'"


def _family(text: str, i: int) -> str | None:
    """The quote family opened at ``text[i]``, or None when it is not an opening mark."""
    ch = text[i]
    after = text[i + 1] if i + 1 < len(text) else ""
    if not after or after.isspace():
        return None
    before = text[i - 1] if i else " "
    if ch == _DOUBLE_OPEN:
        return '"'
    if ch == '"' and before in _BEFORE_OPEN:
        return '"'
    if ch == _SINGLE_OPEN and not before.isalnum():
        return "'"
    if ch == "'" and before in _BEFORE_OPEN and not (after.isdigit() and before.isspace()):
        return "'"  # '90s is not a quote
    return None


def _closes(text: str, i: int, family: str, speech: bool) -> bool:
    ch = text[i]
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else ""
    if family == '"':
        return ch == _DOUBLE_CLOSE or (ch == '"' and not before.isspace())
    if ch not in ("'", _SINGLE_CLOSE) or before.isspace() or after.isalnum():
        return False
    # "the officers' cars": a plural possessive inside speech, not the end of the quote.
    return not (speech and before == "s" and after == " " and text[i + 2 : i + 3].islower())


def _reopens(text: str, i: int, family: str) -> bool:
    """A same-family opening mark straight after a sentence's end: a new quote begins."""
    if _family(text, i) != family or i < 2 or not text[i - 1].isspace():
        return False
    j = i - 1
    while j > 0 and text[j].isspace():
        j -= 1
    return text[j] in ".!?" and text[i + 1].isupper()


def find_segments(text: str) -> list[Segment]:
    segments: list[Segment] = []
    i, n = 0, len(text)
    while i < n:
        family = _family(text, i)
        if family is None:
            i += 1
            continue
        speech = text[i + 1].isupper()
        start, j, split = i, i + 1, None
        while j < n and not _closes(text, j, family, speech):
            if split is None and _reopens(text, j, family):
                split = j
            j += 1
        if split is not None:
            segments.append(Segment(start, split, text[start + 1 : split].rstrip(), False, family))
            start = split
        if j < n:
            segments.append(Segment(start, j + 1, text[start + 1 : j], True, family))
            i = j + 1
        else:
            segments.append(Segment(start, n, text[start + 1 :].rstrip(), False, family))
            break
    return segments


def blank_out(text: str, segments: list[Segment]) -> str:
    """``text`` with every quoted stretch replaced by spaces, so positions still line up."""
    chars = list(text)
    for seg in segments:
        for k in range(seg.start, seg.end):
            chars[k] = " "
    return "".join(chars)
