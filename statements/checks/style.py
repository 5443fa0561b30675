"""House style rules: words the office avoids (GOV.UK defaults, extendable) and stale wording."""

from __future__ import annotations

from collections.abc import Iterator

from .config import ChecksConfig
from .findings import WARN, Hit
from .registry import rule
from .subject import Subject
from .text import phrases


@rule("style.words", WARN)
def words_to_avoid(subject: Subject, config: ChecksConfig) -> Iterator[Hit]:
    """Words on the office's list of words to avoid, with what to write instead."""
    if not config.words:
        return
    pattern = phrases(tuple(config.words))
    for field, text in subject.passages():
        for m in pattern.finditer(text):
            instead = config.words.get(" ".join(m.group().lower().split()), "")
            advice = f": write “{instead}”" if instead else ""
            yield Hit(field, m.start(), m.end(), m.group(), f"House style avoids “{m.group()}”{advice}.")


@rule("style.stale", WARN)
def stale(subject: Subject, config: ChecksConfig) -> Iterator[Hit]:
    """A review-by date that has passed, or lines to take without one."""
    if subject.review_by is not None and subject.review_by < subject.today:
        when = subject.review_by.isoformat()
        yield Hit("review_by", 0, 0, when, f"The review-by date {when} has passed: check the wording is still right.")
    elif subject.review_by is None and subject.kind == "lines_to_take":
        yield Hit("review_by", 0, 0, "", "Lines to take need a review-by date, so stale lines are flagged.")
