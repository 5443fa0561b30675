"""CORS for the public GET endpoints only (partner pages call them from browsers), none for writes.

Reads and writes share paths (``GET`` and ``POST /statements``), so the decision is per method and rule.
flask-cors was a dependency but is not used, and is no longer one: its app-wide ``resources`` decide per path,
which would give ``POST /statements`` an ``Access-Control-Allow-Origin`` too, and its per-view ``cross_origin``
decorator adds nothing to the error answers (404, 410 problem+json) a partner page must be able to read. These
few lines do exactly the rule above.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from flask import Flask, Response, request

F = TypeVar("F", bound=Callable[..., Any])

READ_METHODS = {"GET", "HEAD"}
EXPOSED = "ETag, Last-Modified, Link, X-Pagination, Retry-After"
ALLOWED_HEADERS = "Authorization, If-None-Match, If-Modified-Since"


def public_read(view: F) -> F:
    """Mark a GET view as callable from any origin."""
    view._pressline_cors = True  # type: ignore[attr-defined]
    return view


def init_app(app: Flask) -> None:
    rules: set[str] = set()

    @app.before_request
    def _collect() -> None:
        if not rules:
            rules.update(
                rule.rule
                for rule in app.url_map.iter_rules()
                if getattr(app.view_functions.get(rule.endpoint), "_pressline_cors", False)
            )

    @app.after_request
    def _cors(response: Response) -> Response:
        rule = request.url_rule
        if rule is None or rule.rule not in rules:
            return response
        if request.method in READ_METHODS:
            response.headers["Access-Control-Allow-Origin"] = "*"
            response.headers["Access-Control-Expose-Headers"] = EXPOSED
        elif request.method == "OPTIONS" and request.headers.get("Access-Control-Request-Method") in READ_METHODS:
            response.headers["Access-Control-Allow-Origin"] = "*"
            response.headers["Access-Control-Allow-Methods"] = "GET, HEAD"
            response.headers["Access-Control-Allow-Headers"] = ALLOWED_HEADERS
            response.headers["Access-Control-Max-Age"] = "86400"
        return response
