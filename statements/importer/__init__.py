"""The press-text importer: turn a press statement (plain text or Markdown) into a draft's parts.

``extract`` is pure: text in, :class:`Extracted` out, no database. ``pressline import`` reads files
with :func:`read_press_file` and stores what ``extract`` returns.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..registry import RouteSpec, TopicSpec
from .classify import KINDS, guess_kind, guess_topics
from .quotes import extract_quotes
from .result import Extracted, ExtractedQuote, ExtractedRoute, UnreadableText
from .routes import find_routes
from .text import MAX_TEXT_BYTES, READ_LIMIT, check_length, layout, normalise, read_press_file, summarise, unwrap

__all__ = [
    "KINDS",
    "MAX_TEXT_BYTES",
    "Extracted",
    "ExtractedQuote",
    "ExtractedRoute",
    "UnreadableText",
    "extract",
    "import_report",
    "read_press_file",
]


def extract(
    text: str,
    routes: Sequence[RouteSpec],
    topics: Sequence[TopicSpec],
    *,
    kind: str | None = None,
    topic_overrides: Sequence[str] | None = None,
) -> Extracted:
    """Title, summary, body, kind, topics, quotes and reporting routes of one press text.

    ``kind`` and ``topic_overrides`` replace the guesses. Raises UnreadableText when there is no text, no
    title, or more than MAX_TEXT_BYTES of it (checked before any other work). Every step is linear in the
    length of the text, and quotes and routes are read from the first READ_LIMIT characters of the body.
    """
    check_length(text)
    if not text or not text.strip():
        raise UnreadableText("no text")
    if "\x00" in text:
        raise UnreadableText("text looks binary (contains NUL characters)")
    if kind is not None and kind not in KINDS:
        raise ValueError(f"unknown kind {kind!r}; expected one of {', '.join(KINDS)}")
    parts = layout(normalise(text))
    body = "\n\n".join(parts.paragraphs)
    read, notes = _within_reading_limit([unwrap(p) for p in parts.paragraphs])
    found_routes, route_notes = find_routes("\n\n".join([parts.title, *read]), routes)
    notes += route_notes
    every_quote = extract_quotes(read, parts.captions, parts.title)
    quotes, unattributed = _attributed(every_quote)
    notes += unattributed
    found_routes, unheard = _outside_unheard_words(
        found_routes, [q.text for q in every_quote if not q.speaker and not q.role]
    )
    notes += unheard
    return Extracted(
        title=parts.title,
        summary=summarise(parts.paragraphs),
        body=body,
        kind=kind or guess_kind(parts.title, parts.paragraphs),
        topics=list(topic_overrides) if topic_overrides else guess_topics(parts.title, body, topics),
        quotes=quotes,
        reporting_routes=found_routes,
        notes=notes,
    )


def import_report(found: Extracted) -> list[str]:
    """What a press officer should check after an import: contacts left out (and why), and routes found that
    the registry does not know (a draft links registry routes only, so these must be added to it first)."""
    unknown = [
        "not in the routes registry, so not linked: "
        + " ".join(dict.fromkeys(part for part in (r.name, r.phone, r.email, r.url) if part))
        for r in found.reporting_routes
        if r.route_id is None
    ]
    return [*found.notes, *unknown]


def _attributed(quotes: list[ExtractedQuote]) -> tuple[list[ExtractedQuote], list[str]]:
    """The quotes someone is named or described as saying, and a note for each of the others.

    Quoted words nobody in the text says are far more often a scam message, a recorded voice, a slogan or a
    sign than an official quote, and a stored quote needs a speaker; the press officer decides from the note.
    """
    kept = [q for q in quotes if q.speaker or q.role]
    notes = [
        f"quoted words nobody in the text is named or described as saying left out: \u201c{_clipped(q.text)}\u201d"
        for q in quotes
        if not (q.speaker or q.role)
    ]
    return kept, notes


def _outside_unheard_words(found: list[ExtractedRoute], unheard: list[str]) -> tuple[list[ExtractedRoute], list[str]]:
    """The routes, less any contact the registry does not know that is printed inside quoted words nobody in the
    text says (a scam letter's "Call 0161 …", a sign, a leaflet): the text quotes it, it does not offer it."""
    kept: list[ExtractedRoute] = []
    notes: list[str] = []
    words = "\n".join(unheard)  # one search per route, however many quotes (read from READ_LIMIT characters)
    for route in found:
        value = route.phone or route.email or route.url
        if route.route_id is None and value and value in words:
            notes.append(f"contact inside quoted words nobody in the text says left out: {value}")
        else:
            kept.append(route)
    return kept, notes


def _clipped(words: str, limit: int = 80) -> str:
    return words if len(words) <= limit else words[: limit - 1].rstrip() + "\u2026"


def _within_reading_limit(paragraphs: list[str]) -> tuple[list[str], list[str]]:
    """The paragraphs read for quotes and routes: the first READ_LIMIT characters (a press text is a few
    KB; reading stops there so no input makes the work grow past a bound). The body keeps every paragraph."""
    read: list[str] = []
    total = 0
    for paragraph in paragraphs:
        if total + len(paragraph) > READ_LIMIT:
            cut = paragraph[: max(0, READ_LIMIT - total)]
            if cut.strip():
                read.append(cut[: cut.rfind(" ") + 1 or len(cut)].rstrip())  # a paragraph over the limit is cut
            return read, [f"quotes and routes were read from the first {READ_LIMIT // 1000} KB of the text only"]
        total += len(paragraph) + 2
        read.append(paragraph)
    return read, []
