"""Guessing a statement's kind and topics from its wording (flags on the command line win)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..registry import TopicSpec

KINDS = ("press_release", "holding_statement", "lines_to_take", "guidance", "qa")

_QA_LINE = re.compile(r"^\s*(?:[#>*_\s]*)(?:Q|Question)\s*\d*\s*[:.)]", re.MULTILINE)
_QUESTION_HEADING = re.compile(r"^\s*(?:#{1,6}\s+|\*\*)[^\n]{3,160}\?\s*(?:\*\*)?\s*$", re.MULTILINE)
_LINES_TO_TAKE = re.compile(r"\blines?[\s-]+to[\s-]+take\b|\breactive lines\b|\bLTT\b", re.IGNORECASE)
_HOLDING = re.compile(r"\bholding statement\b|^\s*we are aware\b|^\s*we're aware\b", re.IGNORECASE | re.MULTILINE)
_GUIDANCE_TITLE = re.compile(
    r"\b(?:advice|guidance|guide|how to|tips|what to do|what you need to know|know the signs|stay safe|"
    r"staying safe|keep(?:ing)? safe|protect yourself|checklist|questions answered|spot the signs)\b",
    re.IGNORECASE,
)
_GUIDANCE_HEADING = re.compile(
    r"^\s*(?:#{1,6}\s*)?(?:What to do|How to report|Advice|Top tips|Where to get help)\b", re.IGNORECASE | re.MULTILINE
)

# A headline verb that makes the advice its object: one "## How to report it" section in a news story, or
# "Firefighters issue charging advice after flat blaze", is still a press release.
_NEWS_ABOUT_ADVICE = re.compile(
    r"\b(?:issue[sd]?|give[sn]?|gave|offer(?:s|ed)?|share[sd]?|publish(?:es|ed)?|release[sd]?|launch(?:es|ed)?)"
    r"(?:\s+[\w'’-]+){0,2}\s*$",
    re.IGNORECASE,
)


def guess_kind(title: str, paragraphs: Sequence[str]) -> str:
    head = "\n\n".join([title, *paragraphs[:3]])
    body = "\n\n".join(paragraphs)
    if _LINES_TO_TAKE.search(head):
        return "lines_to_take"
    if _HOLDING.search(head):
        return "holding_statement"
    if (
        len(_QA_LINE.findall(body)) >= 2
        or len(_QUESTION_HEADING.findall(body)) >= 3
        or re.search(r"\b(?:Q\s*&\s*A|questions and answers|your questions answered|FAQs?)\b", title, re.IGNORECASE)
    ):
        return "qa"
    if _guidance_title(title) or len(_GUIDANCE_HEADING.findall(body)) >= 2:
        return "guidance"
    return "press_release"


def _guidance_title(title: str) -> bool:
    """A title that is advice ("How to spot a courier scam"), not news about advice ("Firefighters issue advice")."""
    match = _GUIDANCE_TITLE.search(title)
    return match is not None and not _NEWS_ABOUT_ADVICE.search(title[: match.start()])


def _count(keyword: str, lowered: str) -> int:
    """Occurrences of ``keyword`` starting a word in ``lowered`` (already lower case): ``str.find`` is a fast
    linear scan, where a case-insensitive regex per keyword was the slowest step on long text."""
    keyword, count, position = keyword.lower(), 0, lowered.find(keyword.lower())
    while position >= 0:
        before = lowered[position - 1] if position else " "
        if not (before.isalnum() or before in "_-"):
            count += 1
        position = lowered.find(keyword, position + 1)
    return count


def guess_topics(title: str, body: str, topics: Sequence[TopicSpec], limit: int = 3) -> list[str]:
    """Topics whose keywords occur often enough; a keyword in the title counts three times."""
    scores = []
    title, body = title.lower(), body.lower()
    for topic in topics:
        score = sum(3 * _count(k, title) + _count(k, body) for k in topic.keywords)
        if score >= 3:
            scores.append((score, topic.slug))
    scores.sort(key=lambda pair: -pair[0])
    best = scores[0][0] if scores else 0
    return [slug for score, slug in scores[:limit] if score * 4 >= best]
