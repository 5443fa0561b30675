"""The JSON API under ``/api/v1``: flask-smorest blueprints by concern, one error shape, auth, limits, CORS.

:func:`init_app` is called once by the app factory.
"""

from __future__ import annotations

import http
import json
import re
import threading
from collections.abc import Mapping
from datetime import timedelta
from typing import Any

from flask import Flask, Response, g, request
from flask_smorest import Api
from werkzeug.exceptions import BadRequest, UnsupportedMediaType

from statements.errors import ValidationFailed

from . import cors, limits, problems, reference
from .auth import current_viewer
from .readcache import ReadCache
from .responses import add_api_headers
from .schemas.common import ProblemSchema

PREFIX = "/api/v1"
UPLOAD_ENDPOINTS = frozenset({"media.import_contacts"})  # a CSV body, not JSON
DOC_PATHS = {f"{PREFIX}/openapi.json", f"{PREFIX}/docs", f"{PREFIX}/reference"}
UNSTORABLE = re.compile("[\x00\ud800-\udfff]")  # NUL and unpaired surrogates: no database text column holds them

API_CONFIG = {
    "API_TITLE": "Pressline",
    "API_VERSION": "v1",
    "OPENAPI_VERSION": "3.0.3",
    "OPENAPI_URL_PREFIX": PREFIX,
    "OPENAPI_JSON_PATH": "openapi.json",
    "OPENAPI_REDOC_PATH": "docs",
    "OPENAPI_REDOC_URL": "https://cdn.jsdelivr.net/npm/redoc@2/bundles/redoc.standalone.js",
    "API_SPEC_OPTIONS": {
        "info": {
            "description": (
                "Approved wording for partners and the press office. Send keys as `Authorization: Bearer KEY`; "
                "errors are `application/problem+json`. Clients should ignore unknown keys: /api/v1 only grows."
            )
        },
        "components": {"securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}}},
        "security": [{}, {"bearer": []}],
    },
}


class PresslineApi(Api):
    """flask-smorest's Api with our error shape documented and installed instead of its own, and the OpenAPI
    document of each blueprint written when the spec is first read (``/openapi.json``, the reference page), not
    when the blueprint is registered: the documentation was most of the app factory's time (FastAPI likewise
    builds its schema on first use). The blueprints' routes are registered at once, as before."""

    ERROR_SCHEMA = ProblemSchema

    def __init__(self, app: Flask) -> None:
        self._undocumented: list[tuple[Any, str, Any]] = []  # (blueprint, name, parameters), in order
        self._documenting = threading.Lock()  # two first readers of the spec: one documents, the other waits
        super().__init__(app)

    @property
    def spec(self) -> Any:
        """The APISpec, with every registered blueprint documented in registration order."""
        if self._undocumented:
            with self._documenting:
                while self._undocumented:  # each leaves the list once documented: no reader sees half a spec
                    blp, name, parameters = self._undocumented[0]
                    blp.register_views_in_doc(self, self._app, self._spec, name=name, parameters=parameters)
                    self._spec.tag({"name": name, "description": blp.description})
                    del self._undocumented[0]
        return self._spec

    @spec.setter
    def spec(self, value: Any) -> None:
        self._spec = value

    def register_blueprint(self, blp: Any, *, parameters: Any = None, **options: Any) -> None:
        """flask-smorest's, with the documentation left to the first read of :attr:`spec`."""
        name = options.get("name", blp.name)
        self._app.extensions["flask-smorest"]["blp_name_to_api"][name] = self
        self._app.register_blueprint(blp, **options)
        self._undocumented.append((blp, name, parameters))

    def _register_error_handlers(self) -> None:
        problems.register(self._app)

    def _register_responses(self) -> None:
        # Every name, aliases included: Python 3.13 renamed 422 UNPROCESSABLE_ENTITY to UNPROCESSABLE_CONTENT
        # (and 413 to CONTENT_TOO_LARGE); flask-smorest refers to the new names there, our views to the old.
        for name, status in http.HTTPStatus.__members__.items():
            response: dict[str, Any] = {"description": status.phrase}
            if status >= 400:
                response["content"] = {problems.PROBLEM: {"schema": ProblemSchema}}
            self.spec.components.response(name, response, lazy=True)
        self.spec.components.response(
            "DEFAULT_ERROR",
            {"description": "An error (problem+json)", "content": {problems.PROBLEM: {"schema": ProblemSchema}}},
            lazy=True,
        )


def init_app(app: Flask, settings: Mapping[str, Any]) -> PresslineApi:
    for key, value in API_CONFIG.items():
        app.config.setdefault(key, value)
    api = PresslineApi(app)
    services = app.extensions["pressline"]
    ttl = timedelta(seconds=float(settings.get("READ_CACHE_SECONDS", 5)))
    head_every = float(settings.get("READ_CACHE_HEAD_EVERY", 0.25))
    cache = ReadCache(services.changes, services.clock, ttl, head_every)
    services.workflow.subscribe(cache.on_change)
    app.extensions["pressline.readcache"] = cache
    limiter = limits.init_app(app, settings)

    from . import advance, audit, discovery, enquiries, feed, media, staff, statements, webhooks

    for module in (statements, staff, discovery, feed, audit, webhooks, advance, enquiries, media):
        limits.apply(limiter, module.blp)
        api.register_blueprint(module.blp)
    cors.init_app(app)

    @app.before_request
    def _identify() -> None:
        if request.path.startswith(PREFIX) and request.path not in DOC_PATHS:
            current_viewer()  # 401 for a bad key before anything else happens
            _refuse_nul_in_url()
            _require_json_body()

    @app.after_request
    def _api_headers(response: Response) -> Response:
        if request.path.startswith(PREFIX):
            add_api_headers(response, g.get("pressline_viewer"))
        return response

    app.extensions["pressline.api"] = api
    reference.init_app(app, f"{PREFIX}/reference")
    return api


def _refuse_nul_in_url() -> None:
    """400 for a NUL in the path or query string: PostgreSQL cannot compare text holding one (a 500 there)."""
    if "\x00" in request.path or any("\x00" in k + v for k, v in request.args.items(multi=True)):
        raise BadRequest(description="The address may not contain NUL characters.")


def _require_json_body() -> None:
    """415 for a body that is not JSON; an empty body is fine (the transitions that take nothing). The views
    that take a file (:data:`UPLOAD_ENDPOINTS`) check their own body."""
    if request.method not in ("POST", "PATCH", "PUT") or request.endpoint in UPLOAD_ENDPOINTS:
        return
    if not request.content_length and not request.headers.get("Transfer-Encoding"):
        return
    if not request.is_json:
        raise UnsupportedMediaType(description="Send JSON with Content-Type: application/json.")
    _refuse_unusable_json()


def _refuse_unusable_json() -> None:
    """400 for JSON that parses but cannot be used: nested past Python's recursion limit, or with text holding
    NUL or an unpaired surrogate (``"\\ud800"``); 422 per field for an integer too long for Python to read
    (over 4,300 digits). Malformed JSON is left to the body parser (400 too)."""
    try:
        data = json.loads(request.get_data(cache=True), parse_int=_int_or_too_long)
    except RecursionError:
        raise BadRequest(description="The JSON is nested too deeply.") from None
    except ValueError:
        return
    errors: dict[str, list[str]] = {}
    pending: list[tuple[str, Any]] = [("", data)]
    while pending:  # iterative: the body may be nested nearly to the recursion limit
        path, node = pending.pop()
        if isinstance(node, dict):
            pending.extend((path, key) for key in node)
            pending.extend((f"{path}.{key}" if path else str(key), value) for key, value in node.items())
        elif isinstance(node, list):
            pending.extend((f"{path}.{i}" if path else str(i), item) for i, item in enumerate(node))
        elif isinstance(node, str) and UNSTORABLE.search(node):
            raise BadRequest(description="Text may not contain NUL characters or unpaired surrogates.")
        elif node is TOO_LONG:
            errors.setdefault(path or "_body", []).append(f"A number of at most {MAX_INT_DIGITS} digits.")
    if errors:
        raise ValidationFailed(errors)


class _TooLong:
    """Stands in for an integer Python refuses to read (``int()`` raises past ``sys.get_int_max_str_digits``)."""


TOO_LONG = _TooLong()
MAX_INT_DIGITS = 4300  # Python's default int_max_str_digits


def _int_or_too_long(text: str) -> int | _TooLong:
    return TOO_LONG if len(text.lstrip("-")) > MAX_INT_DIGITS else int(text)


__all__ = ["PREFIX", "PresslineApi", "init_app"]
