"""All work in progress, by anyone: drafts, versions in review, approved and scheduled ones, with filters.

The dashboard shows what is mine and what waits for me; this page is the office-wide view of the same states.
"""

from __future__ import annotations

from flask import render_template, request
from flask.typing import ResponseReturnValue

from statements import Filters
from statements.drafting import KINDS
from statements.views import VersionView

from .blueprint import bp
from .context import services, viewer

#: state shown -> the stored status it is found under (scheduled versions are published ones not yet lifted)
STATES = {"draft": "draft", "in_review": "in_review", "approved": "approved", "scheduled": "published"}
LIMIT = 200  # per state


def work_in_progress(state: str | None, topic: str | None, kind: str | None, author: str | None) -> list[VersionView]:
    """Each statement's newest version in one of the work states (or the one asked for), newest change first."""
    catalogue = services().catalogue
    found: list[VersionView] = []
    for shown, status in STATES.items():
        if state and state != shown:
            continue
        page = catalogue.list(viewer(), Filters(status=status, topic=topic, kind=kind, author=author), limit=LIMIT)
        found += [v for v in page.items if v.status == shown]
    return sorted(found, key=lambda v: v.updated_at, reverse=True)


@bp.get("/work")
def work() -> ResponseReturnValue:
    args = request.args
    state = args.get("state") if args.get("state") in STATES else None
    kind = args.get("kind") if args.get("kind") in KINDS else None
    topic = (args.get("topic") or "").strip()[:100] or None
    author = (args.get("author") or "").strip()[:200] or None
    items = work_in_progress(state, topic, kind, author)
    return render_template(
        "console/work.html", items=items, state=state, kind=kind, topic=topic, author=author, states=list(STATES),
        kinds=KINDS, topics=services().catalogue.topics(viewer()),
    )  # fmt: skip
