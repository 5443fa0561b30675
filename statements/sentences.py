"""The one sentence splitter: where sentences end in press text, in one linear pass.

A sentence ends at ``.``, ``!``, ``?`` or ``…`` (with any closing quote marks or brackets after it) followed by
white space, and at a line break after punctuation or before a list item (a line break inside a sentence is a
hard wrap, not an end). A full stop does not end a sentence after an abbreviation that is
usually followed by a name or a number ("Mr.", "Dr.", "St.", "No.", "Insp.", "approx."), after a single capital
initial ("J. Smith"), or inside a number ("10.45", "4.12pm"). Everything that cuts text into sentences (the
importer's summary, its route and quote readers) uses these functions, so they all agree.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_END = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s|$)|\n")
_ABBREVIATIONS = frozenset(
    re.findall(
        r"\S+",
        """mr mrs ms mx dr st no nos prof rev revd sgt insp supt det ch cllr con pc dc ds di gen col capt lt maj
        approx est etc vs e.g i.e cf fig jan feb mar apr jun jul aug sep sept oct nov dec tel ext""",
    )
)
_ITEM = re.compile(r"[^\S\n]*(?:[-*•>#|]|\d{1,2}[.)]\s|\n)")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)$")


def _is_end(text: str, match: re.Match[str]) -> bool:
    if match.group(0) == "\n":
        # a line break ends a sentence after punctuation or before a list item; otherwise it is a hard wrap
        before = text[match.start() - 1] if match.start() else "."
        return before in ".!?:;”\"')…*_" or bool(_ITEM.match(text, match.end()))
    if not match.group(0).startswith("."):
        return True
    word = _WORD_BEFORE.search(text, max(0, match.start() - 12), match.start())
    if not word:
        return True
    token = word.group(1)
    if len(token) == 1 and token.isupper():
        return False  # an initial: "J. Smith"
    return token.lower().rstrip(".") not in _ABBREVIATIONS


def sentence_ends(text: str, start: int = 0, end: int | None = None) -> Iterator[int]:
    """Offsets just after each sentence end in ``text[start:end]`` (closing quote marks included)."""
    stop = len(text) if end is None else end
    for match in _END.finditer(text, start, stop):
        if _is_end(text, match):
            yield match.end()


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every sentence in ``text``, white space around them left out, in order."""
    spans: list[tuple[int, int]] = []
    begin = 0
    for end in [*sentence_ends(text), len(text)]:
        piece = text[begin:end]
        stripped = piece.strip()
        if stripped:
            left = begin + (len(piece) - len(piece.lstrip()))
            spans.append((left, left + len(stripped)))
        begin = end
    return spans


def sentences(text: str) -> list[str]:
    """The sentences of ``text``, in order."""
    return [text[a:b] for a, b in sentence_spans(text)]


def last_sentence_start(text: str, end: int, window: int = 400, floor: int = 0) -> int:
    """Where the sentence that runs up to ``end`` began, looking back at most ``window`` characters and never
    before ``floor`` (bounded, so reading the clause before each of many quotes stays linear)."""
    floor = max(floor, end - window)
    start = floor
    for position in sentence_ends(text, floor, end):
        if position < end and text[position:end].strip():
            start = position
    while start < end and text[start].isspace():
        start += 1
    return start
