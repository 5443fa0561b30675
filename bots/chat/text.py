"""Turning stored Markdown wording into plain chat text, and shortening it without cutting a word in half."""

from __future__ import annotations

import re

SHORT = 700  # characters: a Slack section holds 3,000, but a quick answer should fit on a phone screen

_HEADING = re.compile(r"^\s{0,3}#{1,6}\s*", re.MULTILINE)
_EMPHASIS = re.compile(r"(\*\*|__)(.+?)\1|(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?!\w)")
_LINK = re.compile(r"\[([^\]]+)\]\(([^)\s]+)\)")
_BLANKS = re.compile(r"\n{3,}")
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)]?(?=\s)")


def plain(markdown: str) -> str:
    """Headings become plain lines, **bold**/*italic* markers go, [text](url) becomes ``text (url)``."""
    text = _HEADING.sub("", markdown or "")
    text = _LINK.sub(r"\1 (\2)", text)
    text = _EMPHASIS.sub(lambda m: m.group(2) or m.group(3), text)
    return _BLANKS.sub("\n\n", text).strip()


def shorten(text: str, limit: int = SHORT) -> tuple[str, bool]:
    """``(text, truncated)``: cut at the last paragraph or sentence end before ``limit`` when one is near,
    else at a word boundary, and mark the cut with an ellipsis."""
    text = text.strip()
    if len(text) <= limit:
        return text, False
    window = text[:limit]
    floor = limit // 2
    paragraph = window.rfind("\n\n")
    if paragraph >= floor:
        return window[:paragraph].rstrip() + "\n…", True
    ends = [m.end() for m in _SENTENCE_END.finditer(window)]
    if ends and ends[-1] >= floor:
        return window[: ends[-1]].rstrip() + " …", True
    space = window.rfind(" ")
    cut = window[:space] if space >= floor else window
    return cut.rstrip(" ,;:-—") + "…", True


def tel_url(phone: str | None) -> str | None:
    """``tel:`` link for a UK number as written (``0800 555 111`` -> ``tel:+44800555111``; ``999`` stays)."""
    if not phone:
        return None
    digits = re.sub(r"[^\d+]", "", phone)
    if not digits:
        return None
    if digits.startswith("0") and len(digits) >= 10:
        digits = "+44" + digits[1:]
    return f"tel:{digits}"
