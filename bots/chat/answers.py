"""The answer model: what the chat core decided to say, before any face renders it.

Slack (Block Kit) and Teams (Adaptive Cards) are two renderers of the same :class:`Answer`; neither searches,
filters, shortens or words anything itself. A renderer needs only this module.

How to render an :class:`Answer`
--------------------------------
``answer.kind`` says which items it holds:

===============  ==========================  ============================================================
kind             items                       show
===============  ==========================  ============================================================
``statements``   :class:`StatementItem`      per item: ``title`` and ``kind_label``; then either
                                             ``withdrawn_notice`` (withdrawn: *never* the wording) or
                                             ``text`` (already shortened; ``truncated`` says whether a
                                             "Full text" button makes sense; ``full_text`` is the whole
                                             wording); ``provenance`` as a context line; ``stale_warning``
                                             when not None
``quotes``       :class:`QuoteItem`          ``text`` in quotation marks, ``attribution``, ``provenance``;
                                             the audience marking when ``audience_label`` says so
``routes``       :class:`RouteItem`          ``name``, ``urgency``, ``when``; ``phone`` linked with
                                             ``tel_url``; ``url`` as a link. Already emergency first
``help``         :class:`HelpItem`           ``usage`` (a bare command such as ``lines QUERY``) and ``text``
``error``        none                        ``notice`` only: one plain sentence
===============  ==========================  ============================================================

Every kind may carry:

- ``title``: a heading for the whole answer, e.g. ``Lines for “grooming”``.
- ``notice``: one sentence to show before the items ("Didn't catch that.", "No approved wording matches
  “x”.", "The statement service is unavailable, try again shortly.").
- ``suggestion``: a *bare* command such as ``lines grooming``; phrase it with :meth:`Answer.did_you_mean`
  and your face's prefix (``/press`` or ``@Pressline``).
- ``next_offset``: when not None, there is a next match: offer "Next match", which runs
  ``answer.command.at(answer.next_offset)`` (send ``command.text`` and the offset in the button).
- ``command``: the :class:`~bots.chat.commands.Command` that produced the answer (for "Post to channel",
  re-run it, with the same offset, and post the result publicly).

Internal wording is marked on every item that carries it (``item.is_internal``; show ``INTERNAL`` beside it) and
on the answer as a whole (``answer.is_internal``: say so in the notification text, which is what a phone's lock
screen shows). A face must never post an answer publicly without that marking.

"Full text" runs ``Command("show", item.slug)`` (text ``show SLUG``), answered with one untruncated item.
All texts are plain text (Markdown headings and emphasis already removed): escape them for your format.
Dates are already formatted for people (``2 Nov 2026``) in the strings; the datetimes are there too.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from statements.quoting import byline
from statements.views import VersionView
from statements.views import Withdrawal as Withdrawn  # ``at`` and ``reason``

from .commands import Command

#: a statement version -> its page in Pressline for answers and notices to link to (None: no link)
Linker = Callable[[VersionView], "str | None"]

KIND_LABELS = {
    "press_release": "Press release",
    "holding_statement": "Holding statement",
    "lines_to_take": "Lines to take",
    "guidance": "Guidance",
    "qa": "Q&A",
}

AUDIENCE_LABELS = {"public": "Public", "partners": "Partners", "internal": "Internal: do not share outside"}
INTERNAL = AUDIENCE_LABELS["internal"]
_SENTENCE_END = (".", "!", "?", "…", ":", "”", '"', "`")


def human_date(value: date | datetime | None) -> str:
    """``2 Nov 2026``: unambiguous in every locale the press office works in."""
    if value is None:
        return ""
    return f"{value.day} {value:%b %Y}"


class Audienced:
    """The audience marking shared by the items that carry a version's audience."""

    audience: str

    @property
    def audience_label(self) -> str:
        return AUDIENCE_LABELS.get(self.audience, self.audience)

    @property
    def is_internal(self) -> bool:
        return self.audience == "internal"


class Labelled(Audienced):
    """An item that also carries the statement's kind."""

    kind: str

    @property
    def kind_label(self) -> str:
        return KIND_LABELS.get(self.kind, self.kind.replace("_", " ").capitalize())


@dataclass(frozen=True)
class StatementItem(Labelled):
    """One statement's current version. ``text`` is the wording shortened cleanly (``truncated`` tells);
    ``full_text`` is all of it. For a withdrawn statement ``text`` and ``full_text`` are empty and
    ``withdrawn`` is set: show ``withdrawn_notice`` instead."""

    slug: str
    title: str
    kind: str
    audience: str
    version: int
    text: str
    full_text: str
    truncated: bool
    approved_by: str | None
    approved_at: datetime | None
    published_at: datetime | None
    stale: bool
    review_by: date | None
    withdrawn: Withdrawn | None = None
    url: str | None = None
    summary: str = ""
    topics: tuple[str, ...] = ()

    @property
    def provenance(self) -> str:
        """``v3 · approved by Abe Approver · 2 Nov 2026`` (the publication date, else the approval date)."""
        parts = [f"v{self.version}"] if self.version else []
        if self.approved_by:
            parts.append(f"approved by {self.approved_by}")
        when = self.published_at or self.approved_at
        if when is not None:
            parts.append(human_date(when))
        return " · ".join(parts)

    @property
    def stale_warning(self) -> str | None:
        if not self.stale or self.withdrawn is not None:
            return None
        return f"Past its review date ({human_date(self.review_by)}): check it is still right before use."

    @property
    def withdrawn_notice(self) -> str | None:
        if self.withdrawn is None:
            return None
        return f"Withdrawn on {human_date(self.withdrawn.at)}: {self.withdrawn.reason} — do not use."


@dataclass(frozen=True)
class MatchItem(Labelled):
    """A search result before its wording is read: enough for a list to pick from (Teams' result previews).
    ``snippet`` is plain text; ask ``Command("show", slug)`` for the wording itself."""

    slug: str
    title: str
    kind: str
    audience: str
    version: int
    snippet: str


@dataclass(frozen=True)
class QuoteItem(Audienced):
    text: str
    speaker: str
    role: str
    slug: str
    title: str
    version: int
    approved_by: str | None
    date: datetime | None
    audience: str = "public"  # the audience of the version the quote comes from

    @property
    def attribution(self) -> str:
        return byline(self.speaker, self.role)

    @property
    def provenance(self) -> str:
        """``From “TITLE” · v2 · approved by X · 2 Nov 2026``."""
        parts = [f"From “{self.title}”", f"v{self.version}"]
        if self.approved_by:
            parts.append(f"approved by {self.approved_by}")
        if self.date is not None:
            parts.append(human_date(self.date))
        return " · ".join(parts)


@dataclass(frozen=True)
class RouteItem:
    name: str
    phone: str | None
    tel_url: str | None  # tel:+44... ready for a link, None without a phone number
    url: str | None
    when: str
    urgency: str  # emergency, urgent, standard, support

    @property
    def is_emergency(self) -> bool:
        return self.urgency == "emergency"


@dataclass(frozen=True)
class HelpItem:
    usage: str  # a bare command, e.g. "lines QUERY"
    text: str


Item = StatementItem | QuoteItem | RouteItem | HelpItem


@dataclass(frozen=True)
class Answer:
    kind: str  # statements, quotes, routes, help, error
    title: str
    command: Command
    items: Sequence[Item] = field(default_factory=list)
    notice: str | None = None
    suggestion: str | None = None
    next_offset: int | None = None
    total: int = 0

    def did_you_mean(self, prefix: str = "/press") -> str | None:
        """``Did you mean `/press lines grooming`?`` or None."""
        if not self.suggestion:
            return None
        return f"Did you mean `{prefix} {self.suggestion}`?"

    @property
    def is_error(self) -> bool:
        return self.kind == "error"

    @property
    def is_internal(self) -> bool:
        """True when any item is internal wording: the whole answer must then be marked as internal."""
        return any(getattr(item, "is_internal", False) for item in self.items)

    def summary(self, prefix: str = "/press") -> str:
        """One plain line for notifications and screen readers: separate sentences, internal marked first."""
        first = self.items[0] if self.items else None
        parts: list[str | None]
        if isinstance(first, StatementItem):
            lead = f"{first.title}: {first.withdrawn_notice}" if first.withdrawn_notice else first.title
            parts = [f"{self.title}: {lead}"]
        elif isinstance(first, QuoteItem):
            parts = [f"{self.title}: “{first.text}” — {first.attribution}"]
        else:
            parts = [self.notice or self.title]
        parts.append(self.did_you_mean(prefix))
        if self.is_internal:
            parts.insert(0, INTERNAL)
        return sentences(*parts)


def sentences(*parts: str | None) -> str:
    """Join pieces of text as separate sentences: each ends with a full stop unless it already ends a sentence."""
    out = []
    for part in parts:
        part = (part or "").strip()
        if part:
            out.append(part if part.endswith(_SENTENCE_END) else part + ".")
    return " ".join(out)
