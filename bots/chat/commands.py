"""The chat grammar, parsed once for every face: text in, a neutral :class:`Command` out.

``lines QUERY``, ``quote QUERY``, ``report TOPIC``, ``latest [TOPIC]``, ``help``, ``show SLUG`` (the full text
of one statement: what the "Full text" button asks for), ``send SLUG`` (approvers: email a release to its
media lists, see :mod:`bots.chat.sending`) and ``enquiry WHO: QUESTION [by TIME]`` (read from ``raw``, see
:mod:`bots.chat.enquiry`). Anything else parses as ``unknown``; it never raises.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

VERBS = ("lines", "quote", "report", "latest", "help", "show", "enquiry", "send")

#: Words people type for a verb; plurals and near synonyms are accepted silently.
ALIASES = {
    "lines": "lines", "line": "lines", "wording": "lines", "statement": "lines", "statements": "lines",
    "quote": "quote", "quotes": "quote",
    "report": "report", "routes": "report", "route": "report",
    "latest": "latest", "new": "latest", "recent": "latest",
    "help": "help", "?": "help", "usage": "help",
    "show": "show", "full": "show",
    "enquiry": "enquiry", "enquiries": "enquiry", "enq": "enquiry",
    "send": "send",
}  # fmt: skip

MAX_QUERY = 200  # Slack allows 4,000 characters; nobody searches with more than a sentence


@dataclass(frozen=True)
class Command:
    """What was asked.

    ``verb`` is one of ``lines quote report latest help show unknown``; ``query`` is the rest of the text
    (the search words, topic, or slug; for ``unknown`` the whole input), ``offset`` the paging position
    (buttons such as "Next match" send it), ``raw`` the text exactly as typed.
    """

    verb: str
    query: str = ""
    offset: int = 0
    raw: str = ""

    @property
    def text(self) -> str:
        """The canonical command text, e.g. ``"lines grooming"``: what a button carries to repeat it."""
        if self.verb == "unknown":
            return self.query
        return f"{self.verb} {self.query}".strip()

    def at(self, offset: int) -> Command:
        return replace(self, offset=max(0, offset))


_SPACE = re.compile(r"\s+")
_SLACK_LINK = re.compile(r"<(?:[^|>]*\|)?([^>]*)>")  # Slack sends <http://x|x> and <mailto:a|a> for pasted links


def clean(text: str, limit: int = MAX_QUERY) -> str:
    """Collapse whitespace and unwrap Slack's link markup; smart quotes become plain ones; at most ``limit``
    characters (a search's worth by default)."""
    text = _SLACK_LINK.sub(r"\1", text or "")
    text = text.replace("\u201c", '"').replace("\u201d", '"').replace("\u2018", "'").replace("\u2019", "'")
    return _SPACE.sub(" ", text).strip()[:limit]


def parse(text: str | None, offset: int = 0) -> Command:
    """Parse one line of chat input. Empty input is ``help``; an unrecognised first word is ``unknown``."""
    raw = text or ""
    cleaned = clean(raw)
    if not cleaned:
        return Command("help", "", offset, raw)
    first, _, rest = cleaned.partition(" ")
    verb = ALIASES.get(first.lower())
    if verb is None:
        return Command("unknown", cleaned, offset, raw)
    return Command(verb, rest.strip(), max(0, offset), raw)
