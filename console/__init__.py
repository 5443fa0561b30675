"""The press office's web pages and the partner embed."""

from __future__ import annotations

from flask import Flask
from flask_wtf.csrf import CSRFProtect

from index import SearchIndex
from statements import ConsoleSessions, Services

from . import security
from .context import Console, register_filters


def init_app(app: Flask, services: Services, search: SearchIndex) -> None:
    """Mount the console at /console/ and the embed at /embed/<slug>.

    CSRF: Flask-WTF's CSRFProtect is set up with ``WTF_CSRF_CHECK_DEFAULT = False`` and the console blueprint
    calls ``csrf.protect()`` on its own requests, so the JSON API and the signed chat endpoints are untouched
    whatever order the faces are mounted in.
    """
    from . import actions, auth, editor, errors, finder, pages, registry_pages, release_desk  # noqa: F401  (views)
    from .blueprint import bp
    from .embed import EMBED_CSS, embed_bp

    security.configure(app)
    csrf = app.extensions.get("csrf") or CSRFProtect(app)
    sessions = ConsoleSessions(services.db, services.clock, app.config["PERMANENT_SESSION_LIFETIME"])
    app.extensions["pressline.console"] = Console(services, search, csrf, sessions)
    register_filters(app)
    app.register_blueprint(bp)
    app.register_blueprint(embed_bp)
    security.install_headers(app, EMBED_CSS)
