"""``/unsubscribe/<token>``: the link in every release email's footer and ``List-Unsubscribe`` header.

GET shows a small page with a confirm button (mail scanners follow links: a GET never unsubscribes); POST
unsubscribes at once, as RFC 8058's one-click does (the mail client POSTs ``List-Unsubscribe=One-Click``), with
no login and no CSRF token: the unguessable token in the address is the credential. An unknown token gets a
friendly 404 page; nothing here answers 500.
"""

from __future__ import annotations

import logging

from flask import Blueprint, Flask, Response, current_app, render_template

from statements import Services
from statements.errors import Unavailable
from statements.media.desk import Unsubscribe

log = logging.getLogger(__name__)
bp = Blueprint("unsubscribe", __name__)
POLICY = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"


def init_app(app: Flask, services: Services) -> None:
    app.extensions["pressline.unsubscribe"] = services.media
    app.register_blueprint(bp)


@bp.get("/unsubscribe/<path:token>")
def confirm(token: str) -> Response:
    return _answer(token, done=False)


@bp.post("/unsubscribe/<path:token>")
def unsubscribe(token: str) -> Response:
    return _answer(token, done=True)


def _answer(token: str, done: bool) -> Response:
    media = current_app.extensions["pressline.unsubscribe"]
    try:
        found: Unsubscribe | None = media.unsubscribe(token) if done else media.unsubscribe_status(token)
    except Unavailable:
        return _page("unsubscribe/unavailable.html", 503)
    except Exception:  # a link in someone's inbox: never a stack trace, never a 500
        log.exception("unsubscribe failed")
        return _page("unsubscribe/unavailable.html", 503)
    if found is None:
        return _page("unsubscribe/unknown.html", 404)
    template = "unsubscribe/done.html" if done or found.unsubscribed else "unsubscribe/confirm.html"
    return _page(template, 200, found=found)


def _page(template: str, status: int, **context: object) -> Response:
    response = Response(render_template(template, **context), status=status, mimetype="text/html")
    response.headers["Content-Security-Policy"] = POLICY
    response.headers["Referrer-Policy"] = "no-referrer"  # the token is in the address
    response.headers["Cache-Control"] = "no-store"
    response.headers["X-Robots-Tag"] = "noindex"
    response.headers["X-Content-Type-Options"] = "nosniff"
    if status == 503:
        response.headers["Retry-After"] = "30"
    return response
