"""Reading what people type: words, "exact phrases", -exclusions and topic:/kind: filters."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .analysis import WORD, stem, terms
from .synonyms import NONE, Synonyms

_TOKEN = re.compile(r'(-?)"([^"]*)"?|(-?)([A-Za-z_]+):(\S+)|(-?)(\S+)')
FILTERS = ("topic", "kind")


@dataclass
class Parsed:
    words: list[str] = field(default_factory=list)  # surface words, as typed (for suggestions)
    required: list[str] = field(default_factory=list)  # index terms every hit must hold
    phrases: list[list[str]] = field(default_factory=list)  # term sequences of quoted phrases
    excluded: list[str] = field(default_factory=list)
    excluded_phrases: list[list[str]] = field(default_factory=list)
    # synonym groups (index/synonyms.py): a hit holds one of each group's alternatives (a term or a phrase)
    groups: list[tuple[tuple[str, ...], ...]] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)
    typed: bool = False  # something other than topic:/kind: filters was typed

    @property
    def has_text(self) -> bool:
        return bool(self.required or self.phrases or self.groups)

    @property
    def unsearchable(self) -> bool:
        """Words were typed, but none the index can look for (only punctuation, emoji, ``*``, stop words)."""
        return self.typed and not (self.has_text or self.excluded or self.excluded_phrases)

    def highlight_terms(self) -> set[str]:
        return set(self.all_terms())

    def must_terms(self) -> list[str]:
        """Terms every hit holds (words and phrase words; not the alternatives of synonym groups)."""
        return list(dict.fromkeys(self.required + [t for p in self.phrases for t in p]))

    def parts(self) -> int:
        """How many things were asked for (a word, or a synonym group): any-word fallback needs two."""
        return len(self.must_terms()) + len(self.groups)

    def all_terms(self) -> list[str]:
        """Every term of the query, synonym alternatives included (what ranking and highlights use)."""
        alternatives = [t for group in self.groups for alternative in group for t in alternative]
        return list(dict.fromkeys(self.must_terms() + alternatives))


def parse(text: str, synonyms: Synonyms = NONE) -> Parsed:
    parsed = Parsed()
    for m in _TOKEN.finditer(text or ""):
        neg_phrase, phrase, neg_field, name, value, neg_word, word = m.groups()
        is_filter = name is not None and name.lower() in FILTERS and not neg_field
        parsed.typed = parsed.typed or not is_filter
        if phrase is not None:
            sequence = terms(phrase)
            if len(sequence) > 1:
                (parsed.excluded_phrases if neg_phrase else parsed.phrases).append(sequence)
            elif sequence:
                (parsed.excluded if neg_phrase else parsed.required).extend(sequence)
            if not neg_phrase:
                parsed.words += [w for w in WORD.findall(phrase) if stem(w)]
        elif is_filter:
            target = parsed.topics if name.lower() == "topic" else parsed.kinds
            target.append(value.lower())
        else:
            negative = neg_word if word is not None else neg_field
            raw = word if word is not None else f"{name}:{value}"
            found = terms(raw)
            if negative:
                if len(found) > 1:
                    parsed.excluded_phrases.append(found)
                else:
                    parsed.excluded.extend(found)
            else:
                parsed.required.extend(found)
                parsed.words += [w for w in WORD.findall(raw) if stem(w)]
    if synonyms.groups:
        _group(parsed, synonyms)
    parsed.required = list(dict.fromkeys(parsed.required))
    return parsed


def _group(parsed: Parsed, synonyms: Synonyms) -> None:
    """Replace runs of words, and whole quoted phrases, that are a synonym alternative by their group."""
    covered: set[int] = set()
    for start, end, group in synonyms.expand(parsed.required):
        covered.update(range(start, end))
        parsed.groups.append(group)
    parsed.required = [t for i, t in enumerate(parsed.required) if i not in covered]
    for phrase in list(parsed.phrases):
        runs = synonyms.expand(phrase)
        if len(runs) == 1 and runs[0][:2] == (0, len(phrase)):
            parsed.phrases.remove(phrase)
            parsed.groups.append(runs[0][2])
