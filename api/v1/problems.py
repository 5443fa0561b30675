"""Every HTTP error as one ``application/problem+json`` shape (RFC 9457), mapped in this one place.

Domain errors (``statements.errors``), werkzeug's HTTP exceptions (routing 404/405, 413, 415, the 429 of
flask-limiter), webargs' validation errors and unexpected exceptions all end up in :func:`problem`.
"""

from __future__ import annotations

import http
import logging
from collections.abc import Mapping
from typing import Any

from flask import Flask, Response, current_app, json, request
from werkzeug.exceptions import HTTPException, InternalServerError

from statements.errors import (
    ChecksBlocked,
    Forbidden,
    Gone,
    InvalidTransition,
    NotFound,
    PresslineError,
    StaleRevision,
    Unavailable,
    ValidationFailed,
)

log = logging.getLogger(__name__)

PROBLEM = "application/problem+json"
RETRY_AFTER_UNAVAILABLE = 5
KEPT_HEADERS = {"allow", "retry-after", "www-authenticate"}

#: Domain error class -> HTTP status. Subclasses come first (SelfApproval is a Forbidden: 403 too).
STATUS_OF: tuple[tuple[type[PresslineError], int], ...] = (
    (NotFound, 404),
    (Gone, 410),
    (Forbidden, 403),
    (StaleRevision, 412),
    (InvalidTransition, 409),
    (ValidationFailed, 422),
    (Unavailable, 503),
)


def problem(status: int, detail: str = "", headers: Mapping[str, str] | None = None, **extra: Any) -> Response:
    """The one error response: ``status``, ``title`` (the HTTP phrase), ``detail`` and any extra members."""
    body = {"status": status, "title": http.HTTPStatus(status).phrase, "detail": detail or ""}
    body.update({key: value for key, value in extra.items() if value is not None})
    response = Response(json.dumps(body), status=status, mimetype=PROBLEM)
    for name, value in (headers or {}).items():
        response.headers[name] = value
    return response


def face_page(exc: Exception) -> Response | None:
    """Another face's own error page when the request is under a path it claimed (the console's HTML pages
    under /console), through ``app.extensions["pressline.error_pages"]``: {path prefix: handler}."""
    for prefix, handler in current_app.extensions.get("pressline.error_pages", {}).items():
        if request.path == prefix or request.path.startswith(prefix + "/"):
            return handler(exc)
    return None


def from_domain(exc: PresslineError) -> Response:
    page = face_page(exc)
    if page is not None:
        return page
    status = next(code for cls, code in STATUS_OF if isinstance(exc, cls)) if _mapped(exc) else 500
    if isinstance(exc, Gone):
        return problem(410, exc.message, slug=exc.slug, withdrawn={"at": exc.at.isoformat(), "reason": exc.reason})
    if isinstance(exc, ChecksBlocked):
        findings = [f.brief() for f in exc.findings]
        detail = f"Version {exc.version} has blocking check findings; approve with override_reason to go ahead."
        return problem(422, detail, errors=exc.errors, findings=findings)
    if isinstance(exc, ValidationFailed):
        return problem(422, "The request has invalid fields.", errors=exc.errors)
    if isinstance(exc, Unavailable):
        return problem(503, exc.message, headers={"Retry-After": str(RETRY_AFTER_UNAVAILABLE)})
    if status == 500:
        log.error("unmapped domain error %r", exc)
        return problem(500, "Something went wrong on our side.")
    return problem(status, exc.message)


def from_http(exc: HTTPException) -> Response:
    """werkzeug/flask-smorest/flask-limiter exceptions, keeping the headers they carry (Allow, Retry-After)."""
    page = face_page(exc)
    if page is not None:
        return page
    status = exc.code or 500
    if isinstance(exc, InternalServerError) or (status >= 500 and status != 503):
        original = getattr(exc, "original_exception", None)
        if original is not None:
            log.error("unhandled error", exc_info=original)
        return problem(500, "Something went wrong on our side.")
    data = getattr(exc, "data", None) or {}
    headers = dict(data.get("headers") or {})
    for key, value in exc.get_headers():
        if key.lower() in KEPT_HEADERS:
            headers[key] = value
    allowed = getattr(exc, "valid_methods", None)  # MethodNotAllowed's
    if status == 405 and "Allow" not in headers and allowed:
        headers["Allow"] = ", ".join(allowed)
    messages = data.get("messages") or data.get("errors")
    if messages is not None:
        return _from_webargs(status, messages, headers)
    detail = data.get("message") or exc.description or ""
    return problem(status, detail, headers=headers)


def _from_webargs(status: int, messages: Any, headers: Mapping[str, str]) -> Response:
    """webargs nests messages by location ({"json": {"title": [...]}}): flatten to ``errors`` per field."""
    errors: dict[str, list[str]] = {}
    _flatten(messages, "", errors, top=True)
    if status == 400:
        detail = " ".join(msg for msgs in errors.values() for msg in msgs) or "Malformed request."
        return problem(400, detail, headers=headers)
    return problem(status, "The request has invalid fields.", headers=headers, errors=errors)


def _flatten(node: Any, prefix: str, out: dict[str, list[str]], top: bool = False) -> None:
    if isinstance(node, Mapping):
        for key, value in node.items():
            if top:  # a location such as "json" or "query"
                _flatten(value, "", out)
            else:
                _flatten(value, f"{prefix}.{key}" if prefix else str(key), out)
    elif isinstance(node, list | tuple):
        if all(isinstance(item, str) for item in node):
            out.setdefault(prefix or "_body", []).extend(node)
        else:
            for item in node:
                _flatten(item, prefix, out)
    else:
        out.setdefault(prefix or "_body", []).append(str(node))


def _mapped(exc: PresslineError) -> bool:
    return any(isinstance(exc, cls) for cls, _ in STATUS_OF)


def register(app: Flask) -> None:
    """Install the handlers app-wide, so no error outside the faces' own pages (routing included) comes back
    as HTML; paths another face claimed (the console) get that face's pages."""
    app.register_error_handler(PresslineError, from_domain)
    app.register_error_handler(HTTPException, from_http)
    app.register_error_handler(InternalServerError, from_http)
