"""``/healthz`` (the process answers) and ``/readyz`` (database reachable, search index open and answering,
not rebuilding; with the index's lag behind the change log) for load balancers."""

from __future__ import annotations

import logging

from flask import Flask, Response, jsonify

from index import SearchIndex, SearchQuery
from statements import Services, Viewer

from .v1.problems import problem

log = logging.getLogger(__name__)
RETRY_AFTER = "5"


def init_app(app: Flask, services: Services, search: SearchIndex) -> None:
    @app.get("/healthz")
    def healthz() -> Response:
        return jsonify(status="ok")

    @app.get("/readyz")
    def readyz() -> Response:
        checks: dict[str, str] = {}
        lag = None
        try:
            services.db.ping()
            checks["database"] = "ok"
        except Exception:
            log.exception("readiness: database unreachable")
            checks["database"] = "unavailable"
        try:
            lag = search.lag()
            probe = search.search(SearchQuery(text="readiness", limit=1), Viewer.anonymous())
            checks["index"] = "rebuilding" if probe.rebuilding else "ok"
        except Exception:
            log.exception("readiness: search index unreachable")
            checks["index"] = "unavailable"
        if any(state != "ok" for state in checks.values()):
            failed = ", ".join(name for name, state in checks.items() if state != "ok")
            return problem(503, f"Not ready: {failed}.", headers={"Retry-After": RETRY_AFTER}, checks=checks)
        response = jsonify(status="ready", checks=checks, index_lag=lag)
        response.headers["Cache-Control"] = "no-store"
        return response
