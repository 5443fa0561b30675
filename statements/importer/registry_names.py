"""Registry services named in a text without a contact ("anonymously through Crimestoppers"): one pattern for
every registry name, and the mentions that are part of a longer name and so another service or a place."""

from __future__ import annotations

import re
from functools import lru_cache


@lru_cache(maxsize=8)
def names_pattern(labels: tuple[str, ...]) -> re.Pattern[str] | None:
    """One pass for every registry name ("the Internet Watch Foundation", "Men’s Advice Line"), longest first; built
    once per registry, not once per text (it was a tenth of an import's time)."""
    alternatives = sorted(labels, key=len, reverse=True)
    body = "|".join(_label_pattern(label) for label in alternatives)
    # ("Victim Support Scotland": a nation's own body is another service, with its own number, unless the registry
    # lists it by that name)
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])(?!{_NATION})") if alternatives else None


_NATION = r"[^\S\n]+(?:Scotland|Northern[^\S\n]+Ireland|NI|Cymru|Wales)\b"


def _label_pattern(label: str) -> str:
    return "".join(r"\s+" if ch == " " else "['’]" if ch in "'’" else re.escape(ch) for ch in label)


# "Citizens Advice Adviceline", "NSPCC Whistleblowing Advice Line", "the Market Street Citizens Advice office": a
# registry name inside a longer proper name is another service, or a place
_LONGER_NAME = re.compile(r"[^\S\n]+[A-Z][a-z]+\b")
_NAMED_BEFORE = re.compile(r"(?<![.!?:]\s)\b[A-Z][a-z]+[^\S\n]+[A-Z][a-z]+[^\S\n]+$")


def inside_a_longer_name(text: str, start: int, end: int) -> bool:
    """Whether the registry name at ``start:end`` of ``text`` is followed by a capitalised word, or preceded by two
    that do not open a sentence."""
    return bool(_LONGER_NAME.match(text, end) or _NAMED_BEFORE.search(text, max(0, start - 40), start))
