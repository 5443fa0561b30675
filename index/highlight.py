"""Snippets: the best window of a text around the query's words, HTML-escaped, matches in ``<mark>``.

Works on the stored plain text through the same analyzer as the index (:func:`index.analysis.stem`, memoised
per distinct word): every word is analysed and marked when its index term is wanted, so "making" is marked
for a search on "make" even though the stem ``make`` is not a prefix of the word.
"""

from __future__ import annotations

import html
import re
from functools import lru_cache
from itertools import islice

from .analysis import STEMS, WORD

WIDTH = 220  # characters of text a snippet shows around its matches


# Letters beyond ASCII: folding (accents, ß) can change how such a word starts, so texts holding one are
# analysed word by word.
_BEYOND_ASCII = re.compile(r"[^\W\d_a-zA-Z]")
_WORD_START = r"(?<![^\W_])(?<![^\W_]['’])"  # where WORD starts a word: not inside one, nor after its apostrophe
STEM_CHANGE = 2  # Porter2 changes at most the last two letters of a stem (skies -> sky, dying -> die)


def hits(text: str, wanted: frozenset[str]) -> list[tuple[int, int, str]]:
    """(start, end, term) of each word of ``text`` whose index term is wanted.

    A snippet looks at every word of a statement's body, but only a few words can stem to a wanted term: a
    word does only if it starts with that term less its last :data:`STEM_CHANGE` letters (apostrophes
    inside it aside; folding is case-insensitive). A regular expression finds those words in C and each one
    is then analysed. Texts with letters beyond ASCII take the word-by-word path (:func:`every_hit`);
    ``tests/index/test_highlight_oracle.py`` holds the two paths to the same answers."""
    if not wanted:
        return []
    finder = _finder(wanted)
    if finder is None or _BEYOND_ASCII.search(text):
        return every_hit(text, wanted)
    out = []
    for m in finder.finditer(text):
        word = WORD.match(text, m.start())
        if word is not None:
            term = STEMS[word.group()]
            if term in wanted:
                out.append((word.start(), word.end(), term))
    return out


def every_hit(text: str, wanted: frozenset[str]) -> list[tuple[int, int, str]]:
    """What :func:`hits` answers, found by analysing every word of ``text``."""
    stems = list(map(STEMS.__getitem__, WORD.findall(text)))
    picked = [i for i, term in enumerate(stems) if term in wanted]
    if not picked:
        return []
    spans = list(islice(WORD.finditer(text), picked[-1] + 1))
    return [(*spans[i].span(), stems[i]) for i in picked]


@lru_cache(maxsize=512)
def _finder(wanted: frozenset[str]) -> re.Pattern | None:
    """A pattern matching the start of every word that may stem to one of ``wanted`` (None: use every_hit)."""
    prefixes = {term[: max(len(term) - STEM_CHANGE, 1)] for term in wanted}
    if not all(p.isascii() and p.isalnum() for p in prefixes):
        return None
    alternatives = sorted(("['’]?".join(p) for p in prefixes), key=len, reverse=True)
    return re.compile(f"{_WORD_START}(?:{'|'.join(alternatives)})", re.IGNORECASE)


def best_window(found: list[tuple[int, int, str]], width: int = WIDTH) -> tuple[int, int, int]:
    """(distinct terms, count, index of first hit) of the densest ``width``-character stretch."""
    best = (0, 0, 0)
    j = 0
    for i, (start, _, _) in enumerate(found):
        j = max(j, i)
        while j + 1 < len(found) and found[j + 1][1] - start <= width:
            j += 1
        window = found[i : j + 1]
        score = (len({h[2] for h in window}), len(window), -i)
        if score > best:
            best = score
    return best[0], best[1], -best[2]


def render(text: str, start: int, found: list, width: int = WIDTH) -> str:
    """Escape ``text[start:start+width]`` (widened to word edges) and mark the hits inside it."""
    if start > 0:
        space = text.rfind(" ", 0, start)
        start = space + 1 if space >= 0 and start - space < 40 else start
    end = min(len(text), start + width)
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > start else end
    out = ["…" if start > 0 else ""]
    cursor = start
    for hit_start, hit_end, _ in found:
        if hit_start < cursor or hit_end > end:
            continue
        out.append(html.escape(text[cursor:hit_start]))
        out.append(f"<mark>{html.escape(text[hit_start:hit_end])}</mark>")
        cursor = hit_end
    out.append(html.escape(text[cursor:end]))
    if end < len(text):
        out.append("…")
    return "".join(out).strip()


def snippet(sections: list[str], wanted: set[str], fallback: str = "") -> str:
    """The best-matching window among plain-text ``sections`` (body, quotes...), or ``fallback``'s start."""
    key = frozenset(wanted)
    best = None
    for text in sections:
        found = hits(text, key)
        if not found:
            continue
        distinct, count, first = best_window(found)
        if best is None or (distinct, count) > best[0]:
            best = ((distinct, count), text, found, first)
    if best is None:
        return render(fallback or (sections[0] if sections else ""), 0, [])
    _, text, found, first = best
    lead = max(found[first][0] - 40, 0)
    return render(text, lead, found)


def mark_all(text: str, wanted: set[str], width: int = 400) -> str:
    """The whole (short) text with every match marked: for quotes."""
    return render(text, 0, hits(text, frozenset(wanted)), width)
