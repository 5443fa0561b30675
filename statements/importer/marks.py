"""Finding quoted stretches in a paragraph: straight or curly, single or double marks.

Apostrophes (don't, Suffolk Police's, officers') are told apart from single quote marks by what
surrounds them. A quote left open at the end of a paragraph is marked ``closed=False`` so the caller
can carry it into the next paragraph. A new quote opened inside an unfinished one, as in
``...they don't understand. 'If any member...`` ends the first and starts the second.
"""

from __future__ import annotations

import re
from collections.abc import Callable
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


def _nests(text: str, i: int, family: str) -> bool:
    """A same-family opening mark after a space and before a lower-case word, inside speech: a quotation
    within the quote ('We'd read about the 'hidden cove' in a guidebook.'), not its end."""
    return _family(text, i) == family and text[i - 1].isspace() and text[i + 1].islower()


MAX_SEGMENTS = 500  # quoted passages read per text: a press text has dozens; the rest is left unread


class Budget:
    """How many more quoted passages may be read; shared by every paragraph of one text (bounded work)."""

    def __init__(self, total: int) -> None:
        self.left = total

    def take(self, wanted: int) -> int:
        granted = max(0, min(wanted, self.left))
        self.left -= granted
        return granted


_MARKS = re.compile("[\"'“”‘’]")


def find_segments(text: str, budget: Callable[[int], int] | None = None) -> list[Segment]:
    """Every quoted stretch of ``text`` in order; only quote-mark positions are visited (linear time). With a
    ``budget`` (a :meth:`Budget.take`), only as many marks as it grants are looked at."""
    marks = []
    for match in _MARKS.finditer(text):
        marks.append(match.start())
        if budget is not None and len(marks) > 2 * MAX_SEGMENTS:
            break
    if budget is not None:
        marks = marks[: 2 * budget(len(marks) // 2 + 1)]
    segments: list[Segment] = []
    n, k = len(text), 0
    while k < len(marks):
        i = marks[k]
        family = _family(text, i)
        if family is None:
            k += 1
            continue
        speech = text[i + 1].isupper()
        start, split, close = i, None, None
        nested = False  # 'We'd read about the 'hidden cove' online.': a quote inside the speech
        k += 1
        while k < len(marks):
            j = marks[k]
            if speech and not nested and _nests(text, j, family):
                nested = True
            elif _closes(text, j, family, speech):
                if not nested:
                    close = j
                    break
                nested = False
            if split is None and _reopens(text, j, family):
                split = j
            k += 1
        if split is not None:
            segments.append(Segment(start, split, text[start + 1 : split].rstrip(), False, family))
            start = split
        if close is not None:
            segments.append(Segment(start, close + 1, text[start + 1 : close], True, family))
            k += 1
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


# "working for the "Government Warm Homes Scheme"": every word capitalised (small joining words aside), no
# sentence punctuation: a name in quote marks, not speech
# a word of a title-case name: a capitalised word or initials ('"D.C. Access & Roofing"', a trading name)
_TITLE_WORD = r"(?:(?:[A-Z]\.){2,}|[A-Z0-9][\w'’&-]*)"
_TITLE = re.compile(_TITLE_WORD + r"(?:\s+(?:(?:of|and|for|the|in|on|at|to|&)\s+)*" + _TITLE_WORD + r"){0,7}")


def names_a_title(quoted: str) -> bool:
    """Whether quoted words are a title-case name of up to eight words ("Government Warm Homes Scheme")."""
    return bool(_TITLE.fullmatch(quoted.strip()))


# "who said his name was", "introduced himself as", "claiming to be": the quoted words that follow are a name
_GIVES_A_NAME = re.compile(
    r"(?i)\b(?:(?:his|her|their|its)\s+name\s+(?:was|is)|gave\s+(?:his|her|their|its)\s+name\s+as|"
    r"(?:introduc|call|nam|styl)(?:ed|ing|es|s)\s+(?:himself|herself|themselves|itself)(?:\s+as)?|"
    r"(?:went|goes|going)\s+by(?:\s+the\s+name(?:\s+of)?)?|(?:pos|pretend|claim)(?:ed|ing|s)?\s+to\s+be|"
    r"pos(?:ed|ing)\s+as)\s*[,:]?\s*$"
)


def names_given(before: str, quoted: str) -> bool:
    """Whether quoted words are a name someone gave himself, not speech ('The caller, who said his name was
    "Daniel from the fraud team", told her …'): a phrase of up to eight words, no sentence, after a naming cue."""
    words = quoted.strip().rstrip(",").split()
    return bool(_GIVES_A_NAME.search(before)) and len(words) <= 8 and not quoted.strip().endswith((".", "!", "?"))
