"""Plain words to topics, for ``report grooming`` and ``latest fraud``: slugs, names, then registry keywords."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from statements.registry import TopicSpec, load_topics


@dataclass(frozen=True)
class TopicMatcher:
    """Matches words against topic slugs and names (from the database) and the bundled registry keywords."""

    names: dict[str, str]  # slug -> name
    keywords: dict[str, tuple[str, ...]]

    @classmethod
    def build(cls, names: dict[str, str], specs: Iterable[TopicSpec] | None = None) -> TopicMatcher:
        specs = list(load_topics() if specs is None else specs)
        merged = {spec.slug: spec.name for spec in specs}
        merged.update(names)
        return cls(merged, {spec.slug: spec.keywords for spec in specs})

    def match(self, words: str) -> list[str]:
        """Topic slugs for ``words``, best first; several when a keyword belongs to several topics
        (``grooming`` -> online-safety and child-protection). Empty when nothing fits."""
        wanted = _norm(words)
        if not wanted:
            return []
        slugged = wanted.replace(" ", "-")
        if slugged in self.names:
            return [slugged]
        by_name = [slug for slug, name in self.names.items() if _norm(name) == wanted]
        if by_name:
            return by_name
        scores: dict[str, int] = {}
        tokens = wanted.split()
        for slug in self.names:
            score = 0
            for keyword in self.keywords.get(slug, ()):
                if _contains(wanted, tokens, _norm(keyword)):
                    score += 2 if _norm(keyword) == wanted else 1
            name_words = set(_norm(self.names[slug]).split()) | set(slug.split("-"))
            score += sum(1 for t in tokens if t in name_words and len(t) > 3)
            if score:
                scores[slug] = score
        if not scores:
            return []
        best = max(scores.values())
        order = list(self.names)
        return sorted((s for s, v in scores.items() if v == best), key=order.index)


def _norm(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9']+", (text or "").lower()))


def _contains(phrase: str, tokens: list[str], keyword: str) -> bool:
    if not keyword:
        return False
    if " " in keyword:
        return f" {keyword} " in f" {phrase} "
    # registry stems such as "impersonat" match any word they start; whole keywords match whole words
    return any(t == keyword or (len(keyword) >= 6 and t.startswith(keyword)) for t in tokens)
