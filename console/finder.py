"""Search: the index's results with filters, facets, highlights and a suggestion, plus matching drafts."""

from __future__ import annotations

from flask import render_template, request, url_for
from flask.typing import ResponseReturnValue

from index import SearchQuery
from statements import Filters
from statements.drafting import KINDS
from statements.viewer import AUDIENCES
from statements.views import VersionView

from .blueprint import bp
from .context import search_index, services, viewer
from .forms import small_int

PAGE = 10
DRAFT_SCAN = 200


@bp.get("/search")
def search() -> ResponseReturnValue:
    args = request.args
    text = args.get("q", "").strip()[:500]
    topic = args.get("topic") or None
    kind = args.get("kind") if args.get("kind") in KINDS else None
    audience = args.get("audience") if args.get("audience") in AUDIENCES else None
    order = "newest" if args.get("order") == "newest" else "relevance"
    page = min(max(small_int(args.get("page"), 1), 1), 1000)
    results = search_index().search(
        SearchQuery(text=text, topic=topic, kind=kind, audience=audience, order=order,
                    offset=(page - 1) * PAGE, limit=PAGE),
        viewer(),
    )  # fmt: skip
    drafts = matching_drafts(text, topic, kind, audience) if page == 1 else []
    params = {k: v for k, v in {"q": text, "topic": topic, "kind": kind, "audience": audience,
                                "order": order if order != "relevance" else None}.items() if v}  # fmt: skip
    return render_template(
        "console/search.html", q=text, topic=topic, kind=kind, audience=audience, order=order, page=page,
        results=results, drafts=drafts, params=params, kinds=KINDS, audiences=AUDIENCES,
        topics=services().catalogue.topics(viewer()),
        more=results.total > page * PAGE, link=lambda **change: url_for("console.search", **_merge(params, change)),
    )  # fmt: skip


def matching_drafts(text: str, topic: str | None, kind: str | None, audience: str | None) -> list[VersionView]:
    """Drafts are never in the index; staff still find theirs here, marked as drafts."""
    if not text:
        return []
    words = text.lower().split()
    page = services().catalogue.list(
        viewer(), Filters(status="draft", topic=topic, kind=kind, audience=audience), limit=DRAFT_SCAN
    )
    found = []
    for view in page.items:
        haystack = " ".join((view.title, view.summary, view.body, *(q.text for q in view.quotes))).lower()
        if all(word in haystack for word in words):
            found.append(view)
    return found[:PAGE]


def _merge(params: dict, change: dict) -> dict:
    merged = dict(params)
    for key, value in change.items():
        if value is None:
            merged.pop(key, None)
        else:
            merged[key] = value
    return merged
