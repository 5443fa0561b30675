"""Alternatives of one offer share its purpose.

"Check that they are on the Gas Safe Register at www.gassaferegister.co.uk or on 0800 408 5500": the address is
a register look-up, so the number given as the other way to do the same thing is one too; "Book at www…/events
or on 0161 …" books by phone as well. Two contacts are alternatives when only "or" and a way of getting in touch
stand between them ("at X or on Y", "on X, or by calling Y", "X or Y"); a contact left out for business shares
that business with its alternatives, before or after it. The business an address's own name gives it (a
register, "/donate") is shared only when the sentence names no reporting or help: "Anyone with information
should call … or e-mail …" offers both for reports, whatever the mailbox is called.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from statements.importer.purposes import names_purpose

# What stands between two alternatives: "or", "or on", ", or by calling", " (24 hours) or at", "or e-mail"
_ALTERNATIVE = re.compile(
    r"(?i)\s*(?:\([^()\n]{1,60}\)\s*)?,?\s*or\s+(?:by\s+(?:(?:phone|telephone|e-?mail|text)\s+)?)?"
    r"(?:(?:calling|phoning|ringing|texting|e-?mail(?:ing)?|visiting|call|phone|ring|text|visit|go\s+to)\s+)?"
    r"(?:(?:on|at|via|to)\s+)?[\"“‘'(]*"
)


@dataclass
class Read:
    """A contact the registry does not know, as the route finder read it."""

    start: int
    end: int
    printed: str
    sentence: str  # its sentence (or the part of it read)
    kept: bool = False  # kept as a route
    business: str | None = None  # the business it was left out for
    by_address: bool = False  # that business is what the address's own name gives it


def _joined(text: str, earlier: Read, later: Read) -> bool:
    between = text[earlier.end : later.start]
    return "\n\n" not in between and _ALTERNATIVE.fullmatch(between) is not None


def _shares(source: Read) -> bool:
    """Whether a contact left out passes its business on: not a label's ("Underage sales: e-mail … or call …"),
    which the label rule reads for every contact on its line as far as it reaches, nor an address's own name's
    in a sentence that names reporting or help."""
    if source.business is None or source.business == "a label naming business":
        return False
    return not (source.by_address and names_purpose(source.sentence))


def shared_business(text: str, reads: list[Read]) -> dict[int, tuple[str, Read]]:
    """The contacts kept whose alternative in the same offer was left out for business, by where they start: the
    business and the alternative it came from (along a chain of alternatives, either way)."""
    shared: dict[int, tuple[str, Read]] = {}
    for order in (reads, reads[::-1]):
        source: Read | None = None
        for read, previous in zip(order[1:], order, strict=False):
            if previous.start in shared:
                source = shared[previous.start][1]
            elif _shares(previous):
                source = previous
            else:
                source = None
            pair = (previous, read) if previous.start < read.start else (read, previous)
            if source is not None and read.kept and read.start not in shared and _joined(text, *pair):
                shared[read.start] = (source.business or "", source)
    return shared
