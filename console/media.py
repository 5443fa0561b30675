"""The statement page's "Send embargoed advance copy" button (see :mod:`statements.media`)."""

from __future__ import annotations

from flask import flash, redirect, request, url_for
from flask.typing import ResponseReturnValue

from statements.errors import Forbidden, InvalidTransition, NotFound, ValidationFailed

from .blueprint import bp
from .context import local, services, viewer
from .forms import small_int


@bp.post("/s/<slug>/advance")
def send_advance(slug: str) -> ResponseReturnValue:
    lists = [n for n in (small_int(v) for v in request.form.getlist("lists")) if n is not None]
    try:
        sent = services().media.advance(slug, lists, viewer())
    except ValidationFailed as exc:
        flash(" ".join(m for messages in exc.errors.values() for m in messages), "error")
    except (Forbidden, InvalidTransition, NotFound) as exc:
        flash(exc.message, "error")
    else:
        people = f"{sent.recipients} recipient{'s' if sent.recipients != 1 else ''}"
        flash(f"Advance copy of version {sent.version} going to {people}, embargoed until "
              f"{local(sent.embargo_until)}.", "info")  # fmt: skip
    return redirect(url_for("console.statement", slug=slug), code=303)
