"""Media lists: create, edit the members by picking contacts, delete."""

from __future__ import annotations

from flask import flash, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue

from statements.errors import ValidationFailed

from .blueprint import bp
from .contact_forms import ListForm
from .context import services, viewer

MAX_PICKABLE = 5000  # contacts offered as checkboxes on one page


def _lists():
    return services().contacts.lists


@bp.get("/lists")
def media_lists() -> ResponseReturnValue:
    items, _ = _lists().all(viewer(), 0, 1000)
    return render_template("console/lists.html", items=items)


@bp.route("/lists/new", methods=["GET", "POST"])
def new_list() -> ResponseReturnValue:
    return _list_form(None)


@bp.route("/lists/<int:list_id>", methods=["GET", "POST"])
def edit_list(list_id: int) -> ResponseReturnValue:
    return _list_form(list_id)


def _list_form(list_id: int | None) -> ResponseReturnValue:
    errors: dict[str, list[str]] = {}
    held = _lists().get(list_id, viewer()) if list_id is not None else None
    if request.method == "GET":
        form = ListForm.from_view(held) if held else ListForm()
    else:
        form = ListForm.from_request(request.form)
        try:
            if list_id is None:
                saved = _lists().create(form.data(), viewer())
            else:
                saved = _lists().update(list_id, form.data(), viewer())
        except ValidationFailed as exc:
            errors = exc.errors
        else:
            flash(f"Saved the list “{saved.name}” ({saved.member_count} contact(s)).", "info")
            return redirect(url_for("console.media_lists"), code=303)
    people, _ = services().contacts.search(viewer(), "", 0, MAX_PICKABLE)
    return render_template(
        "console/list_form.html", form=form, media_list=held, errors=errors, people=people
    ), (422 if errors else 200)  # fmt: skip


@bp.post("/lists/<int:list_id>/delete")
def delete_list(list_id: int) -> ResponseReturnValue:
    name = _lists().get(list_id, viewer()).name
    _lists().delete(list_id, viewer())
    flash(f"Deleted the list “{name}” (its contacts stay).", "info")
    return redirect(url_for("console.media_lists"), code=303)
