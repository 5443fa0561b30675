"""Election rules: during a pre-election period the office sets, no quotes from candidates or named roles."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .config import ChecksConfig
from .findings import BLOCK, Hit
from .registry import rule
from .subject import Subject


def _mentions(haystack: str, needle: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(needle)}(?!\w)", haystack, re.IGNORECASE) is not None


@rule("election.candidate-quote", BLOCK)
def candidate_quote(subject: Subject, config: ChecksConfig) -> Iterator[Hit]:
    """A quote from a listed candidate or role during a pre-election period."""
    period = next((p for p in config.election_periods if p.covers(subject.today)), None)
    if period is None:
        return
    for i, quote in enumerate(subject.quotes):
        who = next((c for c in config.candidates if _mentions(quote.speaker, c)), None)
        what = next((r for r in config.roles if _mentions(quote.role, r) or _mentions(quote.speaker, r)), None)
        if who is None and what is None:
            continue
        said_by = f"{quote.speaker}" + (f", {quote.role}," if quote.role else "")
        reason = "a candidate" if who else f"the {what}"
        yield Hit(
            f"quotes.{i}.text", 0, len(quote.text), quote.speaker,
            f"{said_by} is quoted during the {period.name} ({period.start.isoformat()} to {period.end.isoformat()}) "
            f"and is {reason}: police communications stay politically neutral until polls close (pre-election "
            "period guidance).",
        )  # fmt: skip
