"""Text analysis shared by indexing, querying and highlighting, so all three agree on what a word is.

Words are case- and accent-folded, English and Welsh stop words dropped and the rest stemmed with Porter2
(the Snowball English stemmer, from Whoosh's ``whoosh.lang.porter2``): "groomed", "grooming" and "groom" all
become ``groom``, "scammed" and "scams" become ``scam``. Everything is memoised per distinct word: press text
repeats its vocabulary, so a warm process analyses a statement in well under a millisecond.

``ANALYZER`` names these rules. Each index generation records the name it was built with
(:mod:`index.store`); a generation built by other rules is rebuilt beside the live one, because its terms
would no longer match what queries are analysed into.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable

from whoosh.lang.porter2 import stem as porter2_stem
from whoosh.lang.stopwords import stoplists

ANALYZER = "porter2+stop-en-cy/1"  # change whenever a word could analyse differently: indexes then rebuild

# Welsh function words (articles, pronouns, prepositions, forms of "bod"), leaving out the few that are also
# English words people search for ("pan", "dan", "tan", "ni" as in Northern Ireland, "os").
_WELSH = (
    "a ac ag am ar at i o y yr yn yng ym mae maen roedd oedd oes sydd sy yw ydy ydyn ydych ydw bod fod wedi gan "
    "gyda efo heb hefyd ond neu nid nad na nac nhw chi fi fe fo hi ei eu ein eich fy dy ef hwn hon hyn hynny "
    "rhain rheini hwnnw honno yma yno fel pob rhwng drwy trwy dros tros wrth er sef mewn ger tuag oherwydd "
    "felly"
)
WELSH_STOP_WORDS = frozenset(_WELSH.split())
STOP_WORDS = frozenset(stoplists["en"]) | WELSH_STOP_WORDS

WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_MARKS = re.compile(r"[\u0300-\u036f]")
_FOLD_CACHE: dict[str, str] = {}
_CACHE_LIMIT = 500_000

# Field boosts inside the one catch-all ``content`` field: each region's words weigh this much per use.
TITLE, QUOTES, SUMMARY, BODY, EXTRA = 4.0, 2.5, 1.8, 1.0, 0.6


def fold(word: str) -> str:
    """Lower-case, accent-free, apostrophe-free form of one word ("Clare’s" -> "clare", "Café" -> "cafe")."""
    folded = _FOLD_CACHE.get(word)
    if folded is None:
        folded = word.casefold().replace("’", "'")
        if folded.endswith("'s"):
            folded = folded[:-2]
        folded = folded.replace("'", "")
        if not folded.isascii():
            folded = _MARKS.sub("", unicodedata.normalize("NFKD", folded))
        if len(_FOLD_CACHE) > _CACHE_LIMIT:
            _FOLD_CACHE.clear()
        _FOLD_CACHE[word] = folded
    return folded


class _Stems(dict):
    """word as written -> index term (None for stop words), computed on first sight."""

    def __missing__(self, word: str) -> str | None:
        folded = fold(word)
        term = None if not folded or folded in STOP_WORDS else porter2_stem(folded)
        if len(self) > _CACHE_LIMIT:
            self.clear()
        self[word] = term
        return term


STEMS = _STEMS = _Stems()  # shared: highlights map it over every word of a text


def stem(word: str) -> str | None:
    """The index term for one word as written, or None for a stop word."""
    return _STEMS[word]


def terms(text: str) -> list[str]:
    """Index terms of ``text`` in order, stop words removed."""
    return [t for t in map(_STEMS.__getitem__, WORD.findall(text)) if t]


REGION_GAP = 8  # positions skipped between regions, so a phrase never spans a title and a body


def positioned_terms(parts: Iterable[tuple[float, str]]) -> tuple[dict[str, float], dict[str, list[int]]]:
    """Weights and positions of the terms of weighted text regions (title, quotes, summary, body...).

    Positions count terms only (stop words removed), so "lines to take" and the query phrase agree."""
    weights: dict[str, float] = {}
    positions: defaultdict[str, list[int]] = defaultdict(list)
    at = 0
    for boost, text in parts:
        sequence = terms(text)
        for term, count in Counter(sequence).items():
            weights[term] = weights.get(term, 0.0) + boost * count
        for offset, term in enumerate(sequence, start=at):
            positions[term].append(offset)
        at += len(sequence) + REGION_GAP
    return weights, dict(positions)
