"""The reporting-routes registry: everyone on staff reads it, admins add, edit and retire routes."""

from __future__ import annotations

from flask import flash, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue

from statements import Role
from statements.errors import Forbidden, ValidationFailed
from statements.registry import URGENCIES

from .blueprint import bp
from .context import services, viewer
from .forms import RouteForm


@bp.get("/routes")
def routes() -> ResponseReturnValue:
    registry = services().routes
    return render_template(
        "console/routes.html", routes=registry.list(), retired=registry.list(retired=True),
        admin=viewer().has_role(Role.admin),
    )  # fmt: skip


@bp.post("/routes/<route_id>/retire")
def retire_route(route_id: str) -> ResponseReturnValue:
    """Retire (or, with ``restore``, bring back) a route: versions citing it keep it, nothing offers it."""
    restore = request.form.get("restore") == "1"
    route = services().routes.retire(route_id, viewer(), retired=not restore)
    flash(f"{'Brought back' if restore else 'Retired'} the reporting route “{route.name}”.", "info")
    return redirect(url_for("console.routes"), code=303)


@bp.route("/routes/new", methods=["GET", "POST"])
def new_route() -> ResponseReturnValue:
    return _route_form(None)


@bp.route("/routes/<route_id>/edit", methods=["GET", "POST"])
def edit_route(route_id: str) -> ResponseReturnValue:
    return _route_form(route_id)


def _route_form(route_id: str | None) -> ResponseReturnValue:
    if not viewer().has_role(Role.admin):
        raise Forbidden("Only an admin may change the reporting routes registry.")
    creating = route_id is None
    errors: dict[str, list[str]] = {}
    if request.method == "GET":
        form = RouteForm() if route_id is None else RouteForm.from_view(services().routes.get(route_id))
    else:
        form = RouteForm.from_request(request.form)
        try:
            saved = services().routes.save(form.data(creating), viewer(), route_id)
        except ValidationFailed as exc:
            errors = exc.errors
        else:
            flash(f"Saved the reporting route “{saved.name}”.", "info")
            return redirect(url_for("console.routes"), code=303)
    topics = services().catalogue.topics(viewer())
    status = 422 if errors else 200
    return render_template(
        "console/route_form.html", form=form, creating=creating, route_id=route_id, errors=errors,
        urgencies=URGENCIES, topics=topics,
    ), status  # fmt: skip
