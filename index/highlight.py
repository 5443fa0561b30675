"""Snippets: the best window of a text around the query's words, HTML-escaped, matches in ``<mark>``.

Works on the stored text with the same word rules as the index (memoised), so it costs a regex pass over a
few kilobytes rather than Whoosh's re-analysis of the whole document.
"""

from __future__ import annotations

import html
import re

from .analysis import WORD, stem

_MARKUP = re.compile(r"(^|\n)\s{0,3}(#{1,6}\s+|[-*+]\s+|>\s?)|[*_`]{1,3}|\[([^\]]*)\]\([^)]*\)")
_SPACE = re.compile(r"\s+")
WINDOW = 32  # words either side budget: a snippet shows about this many words


def plain(markdown: str) -> str:
    """Markdown to one line of plain text, good enough for a snippet."""
    text = _MARKUP.sub(lambda m: (m.group(1) or "") + (m.group(3) or ""), markdown)
    return _SPACE.sub(" ", text).strip()


def _hits(text: str, wanted: set[str]) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), term) for m in WORD.finditer(text) if (term := stem(m.group())) in wanted]


def best_window(text: str, wanted: set[str], words: int = WINDOW) -> tuple[int, float, int, int, list]:
    """(distinct terms, density, start, end, hits) of the best window of ``text``."""
    hits = _hits(text, wanted) if wanted else []
    if not hits:
        return (0, 0.0, 0, 0, [])
    spans = [m.span() for m in WORD.finditer(text)]
    index = {start: i for i, (start, _) in enumerate(spans)}
    best = (0, 0.0, 0, 0, [])
    for i, (start, _, _) in enumerate(hits):
        first = index[start]
        last = min(first + words, len(spans)) - 1
        limit = spans[last][1]
        inside = [h for h in hits[i:] if h[1] <= limit]
        score = (len({h[2] for h in inside}), len(inside) / words)
        if score > best[:2]:
            lead = max(first - 4, 0)
            best = (*score, spans[lead][0], max(limit, inside[-1][1]), inside)
    return best


def render(text: str, start: int, end: int, hits: list, max_chars: int = 320) -> str:
    end = min(end, start + max_chars) if end > start else min(len(text), start + max_chars)
    if end < len(text):
        cut = text.rfind(" ", start, end)
        end = cut if cut > start else end
    out = ["…" if start > 0 else ""]
    cursor = start
    for hit_start, hit_end, _ in hits:
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
    """The best-matching window among ``sections`` (body, quotes...), or the start of ``fallback``."""
    best = None
    for text in sections:
        text = plain(text)
        found = best_window(text, wanted)
        if found[0] and (best is None or found[:2] > best[0][:2]):
            best = (found, text)
    if best is None:
        text = plain(fallback or (sections[0] if sections else ""))
        return render(text, 0, len(text), [], max_chars=240)
    (_, _, start, end, hits), text = best
    return render(text, start, end, hits)


def mark_all(text: str, wanted: set[str], max_chars: int = 400) -> str:
    """The whole (short) text with every match marked: for quotes."""
    text = plain(text)
    return render(text, 0, len(text), _hits(text, wanted), max_chars=max_chars)
