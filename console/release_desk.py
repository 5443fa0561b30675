"""The release desk page (admins): the next 7 days of lifts, each webhook subscription's health, and the
delivery log with "redeliver"."""

from __future__ import annotations

from itertools import groupby

from flask import flash, redirect, render_template, url_for
from flask.typing import ResponseReturnValue
from werkzeug.exceptions import Forbidden

from statements import Role
from statements.errors import NotFound, ValidationFailed
from statements.release.upcoming import upcoming

from .blueprint import bp
from .context import office_zone, services, viewer

DAYS = 7


def _admin() -> None:
    if not viewer().has_role(Role.admin):
        raise Forbidden("Only an admin may see the release desk.")


@bp.get("/releases")
def releases() -> ResponseReturnValue:
    _admin()
    desk, me = services().release, viewer()
    lifts = upcoming(services().db, services().clock(), DAYS)
    zone = office_zone()
    days = [(day, list(items)) for day, items in groupby(lifts, key=lambda u: u.due_at.astimezone(zone).date())]
    subscriptions = desk.subscriptions.owned("", me)
    deliveries = desk.subscriptions.deliveries(None, me, None, limit=100)
    return render_template("console/releases.html", days=days, subscriptions=subscriptions, deliveries=deliveries)


@bp.post("/releases/deliveries/<int:delivery_id>/redeliver")
def redeliver(delivery_id: int) -> ResponseReturnValue:
    _admin()
    try:
        services().release.subscriptions.redeliver(viewer(), delivery_id)
    except NotFound:
        flash("No such delivery.", "error")
    else:
        flash(f"Delivery {delivery_id} will be sent again within a second, with the same webhook-id.", "info")
    return redirect(url_for("console.releases"), code=303)


@bp.post("/releases/subscriptions/<ident>/resume")
def resume_subscription(ident: str) -> ResponseReturnValue:
    _admin()
    try:
        services().release.subscriptions.resume(None, viewer(), ident)
    except (NotFound, ValidationFailed) as exc:
        flash(exc.message or "No such subscription.", "error")
    else:
        flash("Subscription resumed: its waiting deliveries are being sent.", "info")
    return redirect(url_for("console.releases"), code=303)
