"""Finding words in wording: phrase patterns, sentences, people's names and Markdown links, with positions."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from ..importer.firstnames import FEMALE, MALE

FIRST_NAMES = FEMALE | MALE
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*|\d+")
#: [text](url) and ![alt](url), with the parts' positions
#: (no brackets inside the text or address, and bounded: a line of "[" or "[a](" stays linear, not quadratic)
MD_LINK = re.compile(r"(!?)\[([^\[\]\n]{0,1000})\]\(\s*<?([^()\[\]\s>]{0,2000})>?(?:\s+\"[^\"\n]{0,500}\")?\s*\)")
URL = re.compile(r"\b(?:https?://|www\.)[^\s<>()\[\]]+[^\s<>()\[\].,;:!?\"'”’]")
#: a capitalised name of two or three words ("Jane Smith", "Mary-Ann O'Neill")
NAME = r"[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?(?:\s+[A-Z][a-z]*(?:[-'’][A-Z]?[a-z]+)?){1,2}"


_TOKEN = re.compile(r"\w+(?:[-'’]\w+)*")


@dataclass(frozen=True)
class Found:
    """A phrase found in a text; reads like a regular-expression match (``start()``, ``end()``, ``group()``)."""

    text: str
    begin: int
    finish: int

    def start(self) -> int:
        return self.begin

    def end(self) -> int:
        return self.finish

    def group(self) -> str:
        return self.text[self.begin : self.finish]


@lru_cache(maxsize=64)
def tokens(text: str) -> tuple[tuple[int, int, str], ...]:
    """``(start, end, lower-case word)`` of each word of ``text`` (hyphenated words are one word). Cached: the
    rules of one run all read the same passages."""
    return tuple((m.start(), m.end(), m.group().lower()) for m in _TOKEN.finditer(text))


class Phrases:
    """Finds any of a list of words and phrases, whole words only, ignoring case, in one pass over the words of
    a text (a pattern of many alternatives tries each of them at every character). Like ``re.finditer`` with
    the longest phrase first: leftmost matches that do not overlap."""

    def __init__(self, phrases: Iterable[str]) -> None:
        self.by_first: dict[str, list[tuple[str, ...]]] = {}
        for phrase in set(phrases):
            words = tuple(w for _, _, w in tokens(phrase))
            if words:
                self.by_first.setdefault(words[0], []).append(words)
        for options in self.by_first.values():
            options.sort(key=len, reverse=True)

    def finditer(self, text: str) -> Iterator[Found]:
        words = tokens(text)
        i = 0
        while i < len(words):
            matched = 0
            for phrase in self.by_first.get(words[i][2], ()):
                n = len(phrase)
                if tuple(w for _, _, w in words[i : i + n]) == phrase and _spaced(text, words[i : i + n]):
                    matched = n
                    break
            if matched:
                yield Found(text, words[i][0], words[i + matched - 1][1])
                i += matched
            else:
                i += 1


def _spaced(text: str, words: tuple[tuple[int, int, str], ...]) -> bool:
    """Only spaces between the words of a phrase (not "the, killer")."""
    return all(text[a[1] : b[0]].isspace() for a, b in pairwise(words))


@lru_cache(maxsize=256)
def phrases(words: tuple[str, ...]) -> Phrases:
    """A finder for any of ``words`` (each a word or a phrase), made once per list."""
    return Phrases(words)


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
