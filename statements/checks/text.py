"""Finding words in wording: phrase patterns, sentences, people's names and Markdown links, with positions."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

from ..importer.firstnames import FEMALE, MALE

FIRST_NAMES = FEMALE | MALE
_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+[\"'”’)]*|\n|$)")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*|\d+")
#: [text](url) and ![alt](url), with the parts' positions
MD_LINK = re.compile(r"(!?)\[([^\]\n]*)\]\(\s*<?([^)\s>]*)>?(?:\s+\"[^\"]*\")?\s*\)")
URL = re.compile(r"\b(?:https?://|www\.)[^\s<>()\[\]]+[^\s<>()\[\].,;:!?\"'”’]")
#: a capitalised name of two or three words ("Jane Smith", "Mary-Ann O'Neill")
NAME = r"[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?(?:\s+[A-Z][a-z]*(?:[-'’][A-Z]?[a-z]+)?){1,2}"


@lru_cache(maxsize=256)
def phrases(words: tuple[str, ...]) -> re.Pattern[str]:
    """One case-insensitive pattern matching any of ``words`` as whole words (longest first)."""
    ordered = sorted(set(words), key=len, reverse=True)
    body = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE)


def find(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    return pattern.finditer(text)


def sentences(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each sentence or line of ``text``, leading spaces left out."""
    for match in _SENTENCE.finditer(text):
        start, end = match.start(), match.end()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            yield start, end


def word_count(text: str) -> int:
    return len(_WORD.findall(text))


def is_person(name: str) -> bool:
    """A name whose first word is a known first name: "Jane Smith", not "Victim Support" or "Westshire Police"."""
    first = re.split(r"[\s-]", name.strip(), maxsplit=1)[0]
    return first in FIRST_NAMES


def markdown_plain(text: str) -> str:
    """Link and image text without their addresses, headings and list marks gone (for reading age)."""
    text = MD_LINK.sub(lambda m: m.group(2), text)
    text = re.sub(r"^\s{0,3}(?:#{1,6}|[-*+]|\d+[.)])\s+", "", text, flags=re.MULTILINE)
    return re.sub(r"[*_`>]+", "", text)


def inside(spans: Iterable[tuple[int, int]], start: int, end: int) -> bool:
    return any(a <= start and end <= b for a, b in spans)


def before(text: str, start: int, width: int = 40) -> str:
    """The text just before ``start`` (to look for a preceding word)."""
    return text[max(0, start - width) : start]


def after(text: str, end: int, width: int = 40) -> str:
    return text[end : end + width]
