"""The dashboard and the statement page: what is waiting, and one statement with its history and audit."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from flask import abort, render_template, request, url_for
from flask.typing import ResponseReturnValue
from markupsafe import escape

from statements import Filters, Role, Viewer
from statements.actions import allowed_actions, wrote
from statements.views import VersionView

from . import checks
from .blueprint import bp
from .context import now, services, viewer
from .forms import small_int

NEVER = datetime.max.replace(tzinfo=UTC)  # sorts a version with no publish time last

RECENT_DAYS = 14
SERVED = Viewer.bot("console dashboard")  # sees the current published version of every audience


@bp.get("/")
def dashboard() -> ResponseReturnValue:
    me = viewer()
    catalogue = services().catalogue
    mine = catalogue.list(me, Filters(status="draft", author=me.name), limit=50).items
    in_review = catalogue.list(me, Filters(status="in_review"), limit=100).items
    if me.has_role(Role.approver):
        waiting = [v for v in in_review if not _wrote(v, me.name)]
        my_in_review = [v for v in in_review if _wrote(v, me.name)]
    else:
        waiting, my_in_review = [], [v for v in in_review if _wrote(v, me.name)]
    newest_published = catalogue.list(me, Filters(status="published"), limit=200).items
    scheduled = sorted((v for v in newest_published if v.status == "scheduled"), key=lambda v: v.publish_at or NEVER)
    # Versions being served now, even under a newer draft: what a reader of any audience gets.
    served = catalogue.list(SERVED, limit=200).items
    stale = [v for v in served if v.stale]
    since = now() - timedelta(days=RECENT_DAYS)
    recent = [v for v in served if v.publish_at and v.publish_at >= since][:10]
    withdrawn = catalogue.withdrawn(me, limit=10)
    return render_template(
        "console/dashboard.html", mine=mine, waiting=waiting, my_in_review=my_in_review, scheduled=scheduled,
        stale=stale, recent=recent, withdrawn=withdrawn, approver=me.has_role(Role.approver),
    )  # fmt: skip


@bp.get("/s/<slug>")
def statement(slug: str) -> ResponseReturnValue:
    me = viewer()
    catalogue = services().catalogue
    working = catalogue.working(slug, me)
    versions = catalogue.versions(slug, me)
    current = next((v for v in reversed(versions) if v.status == "published"), None)
    shown = _shown(versions, current or working)
    diff = _diff(slug, versions)
    events, _ = catalogue.audit(me, slug, limit=50)
    public_embed = current is not None and current.audience == "public"
    return render_template(
        "console/statement.html", working=working, versions=versions, current=current, shown=shown,
        diff=diff, events=events, actions=allowed_actions(working, versions, me),
        embed_url=url_for("embed.embed", slug=slug, _external=True) if public_embed else None,
        embed_title=str(escape(current.title)) if current else "",  # for the snippet's HTML; the page escapes again
        author_of_working=_wrote(working, me.name), checks_report=checks.of_view(working),
        given=services().enquiries.given(slug, me),
        **_media_lists(working, versions, allowed_actions(working, versions, me)),
    )  # fmt: skip


def _media_lists(working: VersionView, versions: list[VersionView], actions: set[str]) -> dict[str, Any]:
    """The lists an approver may choose for a public version about to be approved or published, with the
    number each reaches, and those already chosen; and the scheduled public version an advance copy may be sent
    of, with its chosen lists."""
    found: dict[str, Any] = {"list_choices": [], "chosen_lists": [], "advance_of": None, "advance_lists": []}
    media = services().media
    if working.audience == "public" and working.status in ("in_review", "approved"):
        found["list_choices"] = media.choices()
        found["chosen_lists"] = [c.id for c in media.chosen(working.slug, working.version)]
    scheduled = next((v for v in versions if v.status == "scheduled"), None)
    if scheduled is not None and scheduled.audience == "public" and "reschedule" in actions:
        found["list_choices"] = found["list_choices"] or media.choices()
        found["advance_of"] = scheduled
        found["advance_lists"] = [c.id for c in media.chosen(scheduled.slug, scheduled.version)]
    return found


def _wrote(view: VersionView, name: str | None) -> bool:
    return wrote(name, view.author, view.contributors)


def _shown(versions: list[VersionView], default: VersionView) -> VersionView:
    number = small_int(request.args.get("v"))
    if number is None:
        return default
    for view in versions:
        if view.version == number:
            return view
    abort(404)


def _diff(slug: str, versions: list[VersionView]) -> dict[str, Any] | None:
    a, b = small_int(request.args.get("from")), small_int(request.args.get("to"))
    if a is None or b is None:
        return None
    numbers = {v.version for v in versions}
    if a not in numbers or b not in numbers:
        abort(404)
    return {"from": a, "to": b, "pieces": services().catalogue.diff(slug, a, b, viewer())}
