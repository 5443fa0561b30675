"""Search: the index's results with filters, facets, highlights and a suggestion, plus matching work in progress
(drafts, in review, approved, scheduled)."""

from __future__ import annotations

from flask import render_template, request, url_for
from flask.typing import ResponseReturnValue

from index import SearchQuery
from index.analysis import terms
from statements.drafting import KINDS
from statements.viewer import AUDIENCES
from statements.views import VersionView

from .blueprint import bp
from .context import search_index, services, viewer
from .forms import small_int
from .work import work_in_progress

PAGE = 10
WORK_SCAN = 400


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
    drafts = matching_work(text, topic, kind, audience) if page == 1 else []
    served = {hit.slug for hit in results.hits}
    drafts = [v for v in drafts if v.slug not in served or v.status != "scheduled"]
    params = {k: v for k, v in {"q": text, "topic": topic, "kind": kind, "audience": audience,
                                "order": order if order != "relevance" else None}.items() if v}  # fmt: skip
    return render_template(
        "console/search.html", q=text, topic=topic, kind=kind, audience=audience, order=order, page=page,
        results=results, drafts=drafts, params=params, kinds=KINDS, audiences=AUDIENCES,
        topics=services().catalogue.topics(viewer()),
        more=results.total > page * PAGE, link=lambda **change: url_for("console.search", **_merge(params, change)),
    )  # fmt: skip


def matching_work(text: str, topic: str | None, kind: str | None, audience: str | None) -> list[VersionView]:
    """Work in progress is not searchable in the index (drafts, versions in review, approved ones) or not served
    yet (scheduled): staff still find it here, with the index's own word rules (stemming, stop words), so
    "doorsteps" finds "doorstep" here as it does in published search."""
    wanted = set(terms(text))
    if not wanted:
        return []
    found = []
    for view in work_in_progress(None, topic, kind, None)[:WORK_SCAN]:
        if audience and view.audience != audience:
            continue
        words = " ".join((view.title, view.summary, view.body, *(f"{q.text} {q.speaker}" for q in view.quotes)))
        if wanted <= set(terms(words)):
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
