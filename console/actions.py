"""The lifecycle buttons on the statement page: one POST each, then back to the page with a message."""

from __future__ import annotations

from flask import flash, redirect, request, url_for
from flask.typing import ResponseReturnValue

from statements.errors import Forbidden, InvalidTransition, StaleRevision, ValidationFailed

from .blueprint import bp
from .context import local, parse_local, services, viewer
from .forms import small_int

DONE = {
    "submit": "Version {n} submitted for review.",
    "approve": "Version {n} approved.",
    "reject": "Version {n} rejected; a new draft holds the wording for the author.",
    "publish": "Version {n} published.",
    "withdraw": "Withdrawn: partners, the API and the bots now say “do not use”.",
    "start_draft": "Started draft version {n} from the published wording.",
    "unschedule": "Schedule cancelled: version {n} is approved again and will not go live until published.",
}
TIMED = ("schedule", "reschedule")


@bp.post("/s/<slug>/action")
def act(slug: str) -> ResponseReturnValue:
    action = request.form.get("action", "")
    if action not in DONE and action not in TIMED:
        flash("Unknown action.", "error")
        return _back(slug)
    revision_number = small_int(request.form.get("revision"), -1)
    flow, me = services().workflow, viewer()
    reason = request.form.get("reason", "")
    try:
        if action == "submit":
            view = flow.submit(slug, revision_number, me)
        elif action == "approve":
            view = flow.approve(slug, revision_number, me, request.form.get("override_reason") or None, _lists())
        elif action == "reject":
            view = flow.reject(slug, revision_number, me, reason)
        elif action == "publish":
            view = flow.publish(slug, revision_number, me, lists=_lists())
        elif action in TIMED:
            try:
                when = parse_local(request.form.get("publish_at", ""))
            except ValueError:
                raise ValidationFailed({"publish_at": ["Give a date and time to publish at."]}) from None
            if action == "schedule":
                view = flow.publish(slug, revision_number, me, when, _lists())
            else:
                view = flow.reschedule(slug, revision_number, me, when)
        elif action == "unschedule":
            view = flow.unschedule(slug, revision_number, me)
        elif action == "withdraw":
            view = flow.withdraw(slug, revision_number, me, reason)
        else:
            view = flow.start_draft(slug, revision_number, me)
    except StaleRevision:
        flash("Someone changed this statement since you loaded the page. Check the latest version and try again.",
              "error")  # fmt: skip
    except ValidationFailed as exc:
        flash(" ".join(m for messages in exc.errors.values() for m in messages), "error")
    except (Forbidden, InvalidTransition) as exc:
        flash(exc.message, "error")
    else:
        if view.status == "scheduled":
            flash(f"Version {view.version} scheduled for {local(view.publish_at)}.", "info")
        else:
            flash(DONE["publish" if action in TIMED else action].format(n=view.version), "info")
        if action == "start_draft":
            return redirect(url_for("console.edit_draft", slug=slug), code=303)
    return _back(slug)


def _lists() -> list[int] | None:
    """The media lists picked in the form (none picked clears the choice); None when the form had no picker."""
    if not request.form.get("choose_lists"):
        return None
    return [n for n in (small_int(v) for v in request.form.getlist("lists")) if n is not None]


def _back(slug: str) -> ResponseReturnValue:
    return redirect(url_for("console.statement", slug=slug), code=303)
