"""The text of quoted passages: the words around them, their own words tidied, Markdown blockquotes opened.
Split from ``quotes.py`` (issue 17), which decides which passages are quotes and who said them."""

from __future__ import annotations

import re

from .marks import Segment, blank_out


def outside_quotes(paragraph: str, segments: list[Segment]) -> str:
    """The words around the quotes, with Markdown emphasis marks blanked (positions kept)."""
    return re.sub(r"\*+|(?<!\w)_+|_+(?!\w)", lambda m: " " * len(m.group(0)), blank_out(paragraph, segments))


def tidy(text: str) -> str:
    return " ".join(text.split())


def closed(text: str) -> str:
    """A quote's last words end with a full stop where the text had the comma before "he said": a split
    quote's first part keeps its comma ("It was calm on the beach," he said. "We didn't…" reads "…beach, We
    didn't…"), as the text has it."""
    return text[:-1] + "." if text.endswith(",") else text


def unquote_blocks(paragraphs: list[str]) -> list[str]:
    """Markdown blockquotes ("> “…”", ">", "> — Name") read as the paragraphs they quote."""
    out: list[str] = []
    for paragraph in paragraphs:
        lines = paragraph.split("\n")
        if not all(line.lstrip().startswith(">") for line in lines):
            out.append(paragraph)
            continue
        inner = "\n".join(re.sub(r"^\s*>[^\S\n]?", "", line) for line in lines)
        out.extend(piece.strip() for piece in re.split(r"\n\s*\n", inner) if piece.strip())
    return out


def ends_with_its_attribution(paragraph: str, segments: list[Segment]) -> bool:
    """A paragraph whose last quote is attributed in it and closes it ("“…,” she said."), not one that is only a
    quote (attributed by a "said:" line above it, it starts a run of separate quotes) or ends in a lead-in."""
    if not segments:
        return False
    outside = outside_quotes(paragraph, segments)
    tail = outside[segments[-1].end :]
    return bool(outside.strip(" \n>*_-–—")) and len(tail.strip()) < 120 and not tail.rstrip().endswith(":")
