"""Reading what people type: words, "exact phrases", -exclusions and topic:/kind: filters."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .analysis import WORD, stem, terms

_TOKEN = re.compile(r'(-?)"([^"]*)"?|(-?)([A-Za-z_]+):(\S+)|(-?)(\S+)')
FILTERS = ("topic", "kind")


@dataclass
class Parsed:
    words: list[str] = field(default_factory=list)  # surface words, as typed (for suggestions)
    required: list[str] = field(default_factory=list)  # index terms every hit must hold
    phrases: list[list[str]] = field(default_factory=list)  # term sequences of quoted phrases
    excluded: list[str] = field(default_factory=list)
    excluded_phrases: list[list[str]] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)
    typed: bool = False  # something other than topic:/kind: filters was typed

    @property
    def has_text(self) -> bool:
        return bool(self.required or self.phrases)

    @property
    def unsearchable(self) -> bool:
        """Words were typed, but none the index can look for (only punctuation, emoji, ``*``, stop words)."""
        return self.typed and not (self.has_text or self.excluded or self.excluded_phrases)

    def highlight_terms(self) -> set[str]:
        return set(self.required) | {t for p in self.phrases for t in p}

    def all_terms(self) -> list[str]:
        return list(dict.fromkeys(self.required + [t for p in self.phrases for t in p]))


def parse(text: str) -> Parsed:
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
    parsed.required = list(dict.fromkeys(parsed.required))
    return parsed
