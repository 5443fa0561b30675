"""The press office's web pages and the partner embed."""

from __future__ import annotations

from pathlib import Path

from flask import Flask, Response
from flask_wtf.csrf import CSRFProtect

from index import SearchIndex
from statements import ConsoleSessions, Services

from . import audit, security
from .context import Console, register_filters

FAVICON = (Path(__file__).parent / "static" / "favicon.ico").read_bytes()


def _favicon() -> Response:
    """Browsers ask every site for /favicon.ico: answer it rather than log a 404 per page view."""
    return Response(FAVICON, mimetype="image/vnd.microsoft.icon", headers={"Cache-Control": "public, max-age=86400"})


def init_app(app: Flask, services: Services, search: SearchIndex) -> None:
    """Mount the console at /console/ and the embed at /embed/<slug>.

    CSRF: Flask-WTF's CSRFProtect is set up with ``WTF_CSRF_CHECK_DEFAULT = False`` and the console blueprint
    calls ``csrf.protect()`` on its own requests, so the JSON API and the signed chat endpoints are untouched
    whatever order the faces are mounted in.
    """
    from . import (  # noqa: F401  (views on the blueprint)
        actions,
        auth,
        contacts,
        editor,
        enquiries,
        errors,
        finder,
        media,
        media_lists,
        pages,
        registry_pages,
        release_desk,
        work,
    )
    from .blueprint import bp
    from .embed import EMBED_CSS, embed_bp

    security.configure(app)
    csrf = app.extensions.get("csrf") or CSRFProtect(app)
    sessions = ConsoleSessions(services.db, services.clock, app.config["PERMANENT_SESSION_LIFETIME"])
    app.extensions["pressline.console"] = Console(services, search, csrf, sessions)
    register_filters(app)
    app.add_template_filter(audit.describe, "audit_sentence")
    app.register_blueprint(bp)
    app.register_blueprint(embed_bp)
    errors.register(app)
    app.add_url_rule("/favicon.ico", "favicon", _favicon)
    security.install_headers(app, EMBED_CSS)
