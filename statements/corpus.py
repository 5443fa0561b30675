"""Loading the bundled sample statements (``pressline demo``) through the real workflow."""

from __future__ import annotations

import json
from datetime import timedelta
from importlib import resources
from typing import Any

from . import Services
from .errors import NotFound
from .viewer import Viewer

VERSION_FIELDS = (
    "title", "kind", "audience", "topics", "summary", "body", "quotes", "reporting_routes", "review_by", "change_note",
)  # fmt: skip


def read_corpus() -> list[dict[str, Any]]:
    return json.loads(resources.files("statements").joinpath("data/corpus.json").read_text(encoding="utf-8"))


def load_corpus(services: Services, entries: list[dict[str, Any]]) -> int:
    """Create each entry not already present, moving it through the lifecycle to its ``state``."""
    loaded = 0
    for entry in entries:
        try:
            services.catalogue.working(entry["slug"], Viewer.staff("demo", "admin"))
            continue
        except NotFound:
            pass
        _load_one(services, entry)
        loaded += 1
    return loaded


def _load_one(services: Services, entry: dict[str, Any]) -> None:
    flow = services.workflow
    author = Viewer.staff(entry["author"], "editor")
    approver = Viewer.staff(entry["approver"], "approver")
    newest = {name: entry[name] for name in VERSION_FIELDS if entry.get(name) is not None}
    steps = [{**newest, **older} for older in entry.get("history") or []] + [newest]
    view = None
    for i, fields in enumerate(steps):
        fields = {k: v for k, v in fields.items() if k in VERSION_FIELDS}
        fields.setdefault("change_note", "First version" if i == 0 else "Updated")
        if view is None:
            view = flow.create_draft({"slug": entry["slug"], **fields}, author)
        else:
            view = flow.edit_draft(view.slug, view.revision, fields, author)
        last = i == len(steps) - 1
        state = entry.get("state", "published") if last else "published"
        if state == "draft":
            return
        view = flow.submit(view.slug, view.revision, author)
        if state == "in_review":
            return
        view = flow.approve(view.slug, view.revision, approver)
        publish_at = None
        if state == "scheduled":
            publish_at = services.clock() + timedelta(days=entry.get("publish_in_days") or 3)
        view = flow.publish(view.slug, view.revision, approver, publish_at)
        if state == "withdrawn":
            view = flow.withdraw(view.slug, view.revision, approver, entry.get("withdraw_reason") or "Out of date")
