"""What every console view reaches for: the services, the signed-in viewer, time zones and text rendering."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from flask import Flask, current_app, g
from flask_wtf.csrf import CSRFProtect
from markupsafe import Markup, escape

from index import SearchIndex
from statements import ConsoleSessions, Services, Viewer, quoting
from statements.release.schedule import local_label, office_time
from statements.wording import html as markdown_html

_MARK = re.compile(r"(</?mark>)")


@dataclass(frozen=True)
class Console:
    """Hung on ``app.extensions["pressline.console"]`` by :func:`console.init_app`."""

    services: Services
    search: SearchIndex
    csrf: CSRFProtect
    sessions: ConsoleSessions


def console() -> Console:
    return current_app.extensions["pressline.console"]


def services() -> Services:
    return console().services


def search_index() -> SearchIndex:
    return console().search


def viewer() -> Viewer:
    """The signed-in staff member (views behind the sign-in check only)."""
    return g.viewer


def office_zone() -> ZoneInfo:
    """The office's zone: ``PRESSLINE_TIMEZONE``, checked at start-up (api.config.validate_settings)."""
    return ZoneInfo(current_app.config.get("TIMEZONE") or "Europe/London")


def now() -> datetime:
    return services().clock()


def local(moment: datetime | None) -> str:
    """A UTC moment shown in the office's time zone, e.g. ``Mon 1 Jun 2026, 10:00 BST``."""
    return local_label(moment, office_zone().key) if moment is not None else ""


def local_input(moment: datetime | None) -> str:
    """The value a ``datetime-local`` field shows for a UTC moment."""
    return moment.astimezone(office_zone()).strftime("%Y-%m-%dT%H:%M") if moment else ""


def parse_local(value: str) -> datetime:
    """A ``datetime-local`` value read in the office's time zone, returned in UTC. Raises ValueError for text
    that is no date and time (also a moment with no UTC equivalent, year 9999 at -05:00), and
    :class:`~statements.errors.ValidationFailed` for a local time the clock change skips or repeats."""
    moment = datetime.fromisoformat(value.strip())
    try:
        if moment.tzinfo is None:
            return office_time(moment, office_zone().key)
        return moment.astimezone(UTC)
    except OverflowError:
        raise ValueError(f"{value!r} is out of range") from None


def day(value: date | datetime | None) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = value.astimezone(office_zone()).date()
    return f"{value.day} {value:%b %Y}"


def countdown(moment: datetime | None) -> str:
    """How long until ``moment``: ``in 2 days 3 h``, ``in 45 min``, or ``now``."""
    if moment is None:
        return ""
    seconds = int((moment - now()).total_seconds())
    if seconds <= 0:
        return "now"
    days, rest = divmod(seconds, 86400)
    hours, rest = divmod(rest, 3600)
    minutes = max(1, rest // 60) if not days and not hours else rest // 60
    if days:
        return f"in {days} day{'s' if days != 1 else ''} {hours} h"
    if hours:
        return f"in {hours} h {minutes} min"
    return f"in {minutes} min"


def markdown(text: str | None) -> Markup:
    """Statement Markdown as safe HTML (the renderer the Atom feed uses too)."""
    return Markup(markdown_html(text))


def snippet(text: str | None) -> Markup:
    """A search snippet with only its ``<mark>`` tags kept: whatever the index sent, the rest is text."""
    parts = _MARK.split(text or "")
    return Markup("".join(p if _MARK.fullmatch(p) else str(escape(html.unescape(p))) for p in parts))


LABELS = {"qa": "Q&A", "in_review": "In review", "lines_to_take": "Lines to take"}


def label(value: str | None) -> str:
    """``holding_statement`` -> ``Holding statement``; ``qa`` -> ``Q&A``."""
    return LABELS.get(value or "") or (value or "").replace("_", " ").capitalize()


def topic_name(slug: str) -> str:
    """A topic's name for a slug (names are looked up once per request)."""
    if "topic_names" not in g:
        g.topic_names = services().routes.topic_names()
    return g.topic_names.get(slug) or slug.replace("-", " ").capitalize()


def topic_names(slugs: object) -> str:
    """Topic slugs as their names, comma-separated."""
    return ", ".join(topic_name(s) for s in slugs or ())  # type: ignore[attr-defined]


def byline(quote: Any) -> str:
    """A quote's speaker and role as statements.quoting writes them everywhere."""
    return quoting.byline(quote.speaker, quote.role)


def register_filters(app: Flask) -> None:
    for name, function in (
        ("local", local), ("local_input", local_input), ("day", day), ("countdown", countdown),
        ("markdown", markdown), ("snippet", snippet), ("label", label), ("byline", byline),
        ("topic_name", topic_name), ("topic_names", topic_names),
    ):  # fmt: skip
        app.add_template_filter(function, name)
    from .checks import field_label, tally_of

    app.add_template_filter(field_label, "finding_field")
    app.add_template_filter(tally_of, "checks_tally")
