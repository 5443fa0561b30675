"""Sign-in with a staff key, the session (held on the server, see statements.sessions) that re-checks the key
on every request, sign-out that ends it, and the CSRF check."""

from __future__ import annotations

from flask import abort, current_app, flash, g, redirect, render_template, request, session, url_for
from flask.typing import ResponseReturnValue
from flask_wtf.csrf import CSRFError

from statements.keys import hash_token

from .blueprint import bp
from .context import console, services
from .security import holds_nul

OPEN_ENDPOINTS = {"console.login", "console.static"}


@bp.before_request
def check_request() -> ResponseReturnValue | None:
    """CSRF first (a forged POST changes nothing, signed in or not), then the session's key."""
    if current_app.config.get("WTF_CSRF_ENABLED", True):
        console().csrf.protect()
    if holds_nul():
        abort(400)
    g.viewer = None
    if session.get("sid"):
        digest = console().sessions.key_hash(session["sid"])  # None once signed out, anywhere
        found = services().keys.viewer_for_hash(digest) if digest else None
        if found is not None and found.is_staff:
            g.viewer = found
        else:  # signed out, expired, revoked, or no longer staff: the session ends now
            session.clear()
    elif session.get("key"):  # a cookie from before sessions were held on the server
        session.clear()
    if g.viewer is None and request.endpoint not in OPEN_ENDPOINTS:
        return redirect(url_for("console.login", next=_safe_next(request.full_path)))
    return None


@bp.errorhandler(CSRFError)
def csrf_failed(error: CSRFError) -> ResponseReturnValue:
    message = "This form was not sent from this console or has expired. Nothing was changed; reload and try again."
    return render_template("console/error.html", status=400, title="Form refused", message=message), 400


@bp.route("/login", methods=["GET", "POST"])
def login() -> ResponseReturnValue:
    next_url = _safe_next(request.values.get("next"))
    error = None
    if request.method == "POST":
        token = request.form.get("key", "").strip()
        viewer = services().keys.authenticate(token)
        if viewer is None:
            error = "That key is not recognised or has been revoked."
        elif not viewer.is_staff or viewer.role is None:
            error = "Partner keys cannot sign in to the console; use an editor, approver or admin key."
        else:
            session.clear()
            session.permanent = True
            session["sid"] = console().sessions.start(hash_token(token))
            flash(f"Signed in as {viewer.name} ({viewer.role.name}).", "info")
            return redirect(next_url or url_for("console.dashboard"), code=303)
    if g.viewer is not None and request.method == "GET":
        return redirect(url_for("console.dashboard"))
    status = 401 if error else 200
    return render_template("console/login.html", error=error, next_url=next_url), status


@bp.post("/logout")
def logout() -> ResponseReturnValue:
    """End the session on the server too: a copy of the cookie taken before sign-out no longer works."""
    console().sessions.end(session.get("sid"))
    session.clear()
    flash("Signed out.", "info")
    return redirect(url_for("console.login"), code=303)


def _safe_next(value: str | None) -> str | None:
    """Only a path inside the console: never another site."""
    if not value:
        return None
    value = value.rstrip("?")
    if value.startswith("/console/") and not value.startswith("//") and "\\" not in value:
        return value
    return None
