"""Cookies, CSRF and response headers for the console and the embed (and nothing else in the app)."""

from __future__ import annotations

import base64
import hashlib
from datetime import timedelta

from flask import Flask, Response, request
from flask.sessions import SecureCookieSessionInterface

EMBED_PREFIX = "/embed/"
CONSOLE_PREFIX = "/console"


class SessionInterface(SecureCookieSessionInterface):
    """Flask's signed cookie, marked ``Secure`` whenever the request came over HTTPS (or the config says so)."""

    def get_cookie_secure(self, app: Flask) -> bool:
        return bool(app.config.get("SESSION_COOKIE_SECURE")) or request.is_secure


def configure(app: Flask) -> None:
    """Session cookie and CSRF settings; defaults only, so a deployment can still override them."""
    app.config["SESSION_COOKIE_HTTPONLY"] = True
    app.config["SESSION_COOKIE_SAMESITE"] = "Lax"
    if app.config.get("PERMANENT_SESSION_LIFETIME") == timedelta(days=31):  # Flask's default: a working day instead
        app.config["PERMANENT_SESSION_LIFETIME"] = timedelta(hours=12)
    # CSRF is checked only on the console's own blueprint (see console.auth): the JSON API (bearer keys) and
    # the signed Slack and Teams endpoints must never be asked for a form token.
    app.config["WTF_CSRF_CHECK_DEFAULT"] = False
    # A token lives as long as the session, so a long edit never loses its text to an expired form.
    app.config.setdefault("WTF_CSRF_TIME_LIMIT", None)
    app.session_interface = SessionInterface()


def holds_nul() -> bool:
    """Whether the path, query or form holds a NUL, which PostgreSQL text cannot (it fails the whole query)."""
    fields = [*request.args.items(multi=True), *request.form.items(multi=True)]
    return "\x00" in request.path or any("\x00" in key + value for key, value in fields)


def style_hash(css: str) -> str:
    digest = hashlib.sha256(css.encode()).digest()
    return "'sha256-" + base64.b64encode(digest).decode() + "'"


def console_policy() -> str:
    scripts = f"{request.scheme}://{request.host}{CONSOLE_PREFIX}/static/"
    return (
        "default-src 'none'; "
        f"script-src {scripts}; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
        "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
    )


def embed_policy(style_source: str) -> str:
    return (
        f"default-src 'none'; script-src 'none'; style-src {style_source}; img-src 'self' data:; "
        "base-uri 'none'; form-action 'none'; frame-ancestors *"
    )


def install_headers(app: Flask, embed_style: str) -> None:
    """Every console and embed response (including their error pages) gets a strict policy."""
    style_source = style_hash(embed_style)

    @app.after_request
    def _console_headers(response: Response) -> Response:
        path = request.path
        if path.startswith(EMBED_PREFIX):
            response.headers["Content-Security-Policy"] = embed_policy(style_source)
            response.headers.pop("X-Frame-Options", None)
        elif path == CONSOLE_PREFIX or path.startswith(CONSOLE_PREFIX + "/"):
            response.headers["Content-Security-Policy"] = console_policy()
            response.headers["X-Frame-Options"] = "DENY"
            if not path.startswith(CONSOLE_PREFIX + "/static/"):
                response.headers.setdefault("Cache-Control", "no-store")
        else:
            return response
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "same-origin"
        return response
