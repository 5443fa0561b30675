""" "Did you mean": corrections drawn only from the vocabulary of documents this viewer may see now.

A word is kept when some visible document holds it. Otherwise candidate index terms within a small edit
distance are taken from the term dictionary, and each is kept only if it occurs in a document visible to
this viewer (audience and embargo, the same sets every search uses); the surface word offered is read back
from one of those visible documents. So a word that occurs only in an internal, embargoed or withdrawn text
(drafts are never indexed) can never be suggested to someone who may not see it.
"""

from __future__ import annotations

import re

from . import ranking
from .analysis import WORD, fold, stem
from .schema import unpack


def distance(a: str, b: str, limit: int) -> int:
    """Damerau-Levenshtein (adjacent transpositions) distance, or ``limit + 1`` once it must exceed it."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2: list[int] | None = None
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cost = ca != cb
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if previous2 is not None and i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                current[j] = min(current[j], previous2[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return previous[-1]


def _visible_docs(snapshot, visible: list, term: str, reads) -> list[tuple[object, list[int]]]:
    """Per leaf, the documents holding ``term`` among those ``visible`` allows (one mask per leaf)."""
    found = []
    for leaf, mask in zip(snapshot.leaves, visible, strict=True):
        ids = reads.ids(leaf, "content", term)
        found.append((leaf, ids[mask[ids]].tolist()))
    return found


def _count(found) -> int:
    return sum(len(docs) for _, docs in found)


def _surface(found, term: str, typed: str) -> str | None:
    """A word as written in a visible document whose index term is ``term``, closest to what was typed. The
    three newest such documents are read (equal times by slug and version), never the first ones the index
    happens to hold: which documents those are would depend on hidden ones and on merges."""
    leaves = [leaf for leaf, _ in found]
    dated = [(leaf.facts.publish[d], i, d) for i, (leaf, docs) in enumerate(found) for d in docs]
    for _, i, docnum in ranking.settle(leaves, ranking.cut(dated, 3, _newest), 3, _newest):
        data = unpack(leaves[i].reader.stored_fields(docnum)["stored"])
        text = " ".join([data.get("title", ""), data.get("summary", ""), data.get("body", ""),
                         data.get("text", ""), *(" ".join(q) for q in data.get("quotes", []))])  # fmt: skip
        words = {fold(w) for w in WORD.findall(text) if stem(w) == term}
        if words:
            return min(words, key=lambda w: (distance(w, typed, 99), w))
    return None


def _newest(item: tuple[int, int, int]) -> int:
    return -item[0]


def _candidates(snapshot, term: str, typed: str, limit: int) -> dict[str, int]:
    """Index terms near ``term`` (the typed word's stem), or stems of a word the typed one starts with
    ("groomign" -> "groom"), with a rough distance for ranking."""
    found: dict[str, int] = {}
    prefix = term[:2] if len(term) >= 5 else term[:1]
    for leaf in snapshot.leaves:
        for candidate in leaf.reader.expand_prefix("content", prefix):
            if isinstance(candidate, bytes):
                candidate = candidate.decode("utf-8")
            if candidate == term or candidate in found:
                continue
            if abs(len(candidate) - len(term)) <= limit and (d := distance(term, candidate, limit)) <= limit:
                found[candidate] = d
            elif 3 <= len(candidate) < len(typed) and distance(candidate, typed[: len(candidate)], 1) <= 1:
                found[candidate] = limit
    return found


def correct_word(snapshot, visible: list, word: str, reads) -> str | None:
    """A better word for ``word`` (None when it is fine or nothing visible is close)."""
    term = stem(word)
    if not term or _count(_visible_docs(snapshot, visible, term, reads)):
        return None
    typed = fold(word)
    limit = 1 if len(typed) <= 4 else 2
    ranked = []
    for candidate, rough in _candidates(snapshot, term, typed, limit).items():
        found = _visible_docs(snapshot, visible, candidate, reads)
        count = _count(found)
        if count:
            ranked.append((rough, -count, candidate, found))
    best = None
    for _, minus_count, candidate, found in sorted(ranked, key=lambda r: r[:3])[:6]:
        surface = _surface(found, candidate, typed)
        if surface and surface != typed and (d := distance(surface, typed, limit)) <= limit:
            best = min(best or (d, minus_count, surface), (d, minus_count, surface))
    return best[2] if best else None


def suggest(snapshot, visible: list, text: str, words: list[str], reads) -> str | None:
    """``text`` with each unknown word replaced by its correction, or None when nothing changed."""
    corrected = text
    changed = False
    for word in dict.fromkeys(words):
        better = correct_word(snapshot, visible, word, reads)
        if better:
            corrected = re.sub(rf"(?<!\w){re.escape(word)}(?!\w)", better, corrected, count=1)
            changed = True
    return corrected if changed else None
