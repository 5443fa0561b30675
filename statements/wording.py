"""Stored Markdown wording as the faces show it: safe HTML, plain text, and shortened without cutting words.

One of each, here where every face (API, feed, console, chat) and the index can reach them.
"""

from __future__ import annotations

import re

from markdown_it import MarkdownIt

from .sentences import sentence_ends

SHORT = 700  # characters: a Slack section holds 3,000, but a quick answer should fit on a phone screen
ELLIPSIS = "…"

# Raw HTML off; markdown-it's default validateLink refuses javascript:, vbscript:, file: and data: links.
_markdown = MarkdownIt("commonmark", {"html": False})

_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]*", re.MULTILINE)
_QUOTE_MARK = re.compile(r"^[ \t]{0,3}>[ \t]?", re.MULTILINE)
_EMPHASIS = re.compile(r"(\*\*|__)(.+?)\1|(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?!\w)")
_CODE = re.compile(r"`+")
_BULLET = re.compile(r"^[ \t]{0,3}[-*+][ \t]+", re.MULTILINE)
_LINK = re.compile(r"\[([^\]]*)\]\(([^)\s]*)\)")
_BLANKS = re.compile(r"\n{3,}")


def html(markdown: str | None) -> str:
    """CommonMark as HTML with raw HTML and unsafe link schemes refused: safe to put in a page or a feed."""
    return _markdown.render(markdown or "")


def plain(markdown: str | None, *, urls: bool = True, one_line: bool = False) -> str:
    """Markdown as plain text: heading and quote markers, emphasis and code ticks go; ``[text](url)`` becomes
    ``text (url)`` (or ``text`` without ``urls``). ``one_line`` also drops list bullets and folds white space
    (index snippets)."""
    text = markdown or ""
    # Each pattern only where its mark occurs (the index turns every statement into plain text on a rebuild).
    if "#" in text:
        text = _HEADING.sub("", text)
    if ">" in text:
        text = _QUOTE_MARK.sub("", text)
    if "](" in text:
        text = _LINK.sub(r"\1 (\2)" if urls else r"\1", text)
    if "*" in text or "__" in text:
        text = _EMPHASIS.sub(lambda m: m.group(2) or m.group(3), text)
    if "`" in text:
        text = _CODE.sub("", text)
    if one_line:
        if "-" in text or "*" in text or "+" in text:
            text = _BULLET.sub("", text)
        return " ".join(text.split())  # str.split's whitespace is exactly re's \s (every code point checked)
    return _BLANKS.sub("\n\n", text).strip()


def shorten(text: str, limit: int = SHORT) -> tuple[str, bool]:
    """``(text, truncated)``, never longer than ``limit``: cut at the last paragraph or sentence end when one is
    in the second half, else at a word boundary, and mark the cut with an ellipsis."""
    text = text.strip()
    if len(text) <= limit:
        return text, False
    window = text[: max(limit - 2, 1)]
    floor = limit // 2
    paragraph = window.rfind("\n\n")
    if paragraph >= floor:
        return window[:paragraph].rstrip() + "\n" + ELLIPSIS, True
    ends = [end for end in sentence_ends(text, 0, len(window) + 1) if end <= len(window)]  # followed by a space
    if ends and ends[-1] >= floor:
        return window[: ends[-1]].rstrip() + " " + ELLIPSIS, True
    space = window.rfind(" ")
    cut = window[:space] if space >= floor else window
    return cut.rstrip(" ,;:.-—") + ELLIPSIS, True
