"""Console error pages: every error under /console/ is an HTML page inside the console layout.

The blueprint's handlers catch what its views raise; errors no view raised (an unknown /console/ address, a
wrong method, a body too large) reach the app-wide handlers, which hand paths under /console/ to
:func:`error_page` through ``app.extensions["pressline.error_pages"]`` (see :func:`register`).
"""

from __future__ import annotations

import http
import logging

from flask import Flask, Response, make_response, render_template
from werkzeug.exceptions import HTTPException

from statements.errors import (
    Forbidden,
    Gone,
    InvalidTransition,
    NotFound,
    PresslineError,
    StaleRevision,
    Unavailable,
    ValidationFailed,
)

from .blueprint import bp

log = logging.getLogger(__name__)

PREFIX = "/console"
TITLES = {
    400: "Bad request",
    403: "Not allowed",
    404: "Not found",
    405: "Not allowed here",
    409: "Not possible now",
    410: "Withdrawn",
    412: "Changed meanwhile",
    413: "Too large: uploads and forms may be at most 1 MB",
    422: "Not accepted",
    429: "Too many requests",
    500: "Something went wrong",
    503: "Unavailable",
}
DOMAIN_STATUS: tuple[tuple[type[PresslineError], int], ...] = (
    (NotFound, 404), (Gone, 410), (Forbidden, 403), (StaleRevision, 412), (InvalidTransition, 409),
    (ValidationFailed, 422), (Unavailable, 503),
)  # fmt: skip
FALLBACK = {
    500: "Something went wrong on our side. Nothing was changed; try again, and tell the administrator if it persists.",
    405: "This address does not take that kind of request.",
}


def error_page(error: Exception) -> Response:
    """The console's page for any error: the status, a title and one sentence, never a traceback or JSON."""
    if isinstance(error, PresslineError):
        status = next((code for cls, code in DOMAIN_STATUS if isinstance(error, cls)), 500)
        message = error.message if status != 500 else ""
    elif isinstance(error, HTTPException):
        status = error.code or 500
        message = "" if status >= 500 else (error.description or "")
    else:
        status, message = 500, ""
    if status >= 500 and status != 503:
        log.error("console error", exc_info=getattr(error, "original_exception", None) or error)
    title = TITLES.get(status) or http.HTTPStatus(status).phrase
    message = message or FALLBACK.get(status) or title
    response = make_response(render_template("console/error.html", status=status, title=title, message=message), status)
    if isinstance(error, HTTPException):
        for name, value in error.get_headers():
            if name.lower() in ("allow", "retry-after"):
                response.headers[name] = value
    return response


def register(app: Flask) -> None:
    """Claim /console/ for these pages, on the blueprint and for the app-wide handlers."""
    app.extensions.setdefault("pressline.error_pages", {})[PREFIX] = error_page


bp.register_error_handler(PresslineError, error_page)
bp.register_error_handler(HTTPException, error_page)
