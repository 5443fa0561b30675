"""The Atom feed of published public statements: an entry per statement, updated when a new version
supersedes, and a withdrawal notice (date and reason, never the wording) when withdrawn."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from flask import Response, request, url_for
from flask_smorest import Blueprint

from statements import Filters, Viewer
from statements.views import VersionView
from statements.wording import html

from .atom import Entry, Feed, render
from .auth import services
from .cors import public_read
from .readcache import answer
from .schemas.discovery import FeedArgs

blp = Blueprint("feed", __name__, url_prefix="/api/v1", description="Atom feeds for partner sites and readers")

ENTRIES = 50
EPOCH = datetime(2000, 1, 1, tzinfo=UTC)
PUBLIC = Viewer.anonymous()  # feeds are for everyone: public statements only, whoever asks


@blp.route("/feed.atom", methods=["GET"])
@public_read
@blp.arguments(FeedArgs, location="query")
@blp.response(200, content_type="application/atom+xml", description="Atom 1.0: newest first, withdrawals as notices")
def feed(args: dict[str, Any]) -> Response:
    topic = args.get("topic")
    return answer(("feed", topic, request.url), lambda: (_render(topic), None, {}), "application/atom+xml")


def _render(topic: str | None) -> bytes:
    catalogue = services().catalogue
    current = catalogue.list(PUBLIC, Filters(topic=topic), 0, ENTRIES).items
    withdrawn = catalogue.withdrawn(PUBLIC, topic, ENTRIES)
    entries = [_entry(v) for v in current] + [_notice(v) for v in withdrawn]
    entries.sort(key=lambda e: e.updated, reverse=True)
    entries = entries[:ENTRIES]
    title = f"Pressline: {topic}" if topic else "Pressline statements"
    atom = Feed(
        id=f"urn:pressline:feed:{topic or 'all'}",
        title=title,
        self_link=request.url,
        updated=max((e.updated for e in entries), default=EPOCH),
        author="Pressline",
        entries=entries,
    )
    return render(atom)


def _entry(view: VersionView) -> Entry:
    updated = view.published_at or view.publish_at or view.updated_at
    return Entry(
        id=f"urn:pressline:statement:{view.slug}",
        title=view.title,
        updated=updated,
        link=url_for("statements.get_statement", slug=view.slug, _external=True),
        summary=view.summary or view.title,
        content=html(view.body),  # the console's safe renderer: raw HTML and javascript: links refused
        categories=view.topics,
        author=view.approved_by or view.author,
    )


def _notice(view: VersionView) -> Entry:
    assert view.withdrawn is not None  # catalogue.withdrawn() lists withdrawn versions only
    at = view.withdrawn.at
    notice = view.withdrawn.notice
    return Entry(
        id=f"urn:pressline:statement:{view.slug}",
        title=f"Withdrawn: {view.slug}",
        updated=at,
        link=url_for("statements.get_statement", slug=view.slug, _external=True),
        summary=notice,
    )
