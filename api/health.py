"""``/healthz`` (the process answers) and ``/readyz`` (database reachable, search index open and answering,
not rebuilding, not damaged; with the index's lag behind the change log and any statement it skipped) for load
balancers; and the 503 every search answers while a damaged index is rebuilt."""

from __future__ import annotations

import logging

from flask import Flask, Response, jsonify

from index import IndexDamaged, SearchIndex, SearchQuery
from statements import Services, Viewer

from .v1.problems import problem

log = logging.getLogger(__name__)
RETRY_AFTER = "5"
REPAIR_RETRY_AFTER = "30"  # seconds: a damaged index is rebuilt from the database beside it


def init_app(app: Flask, services: Services, search: SearchIndex) -> None:
    @app.errorhandler(IndexDamaged)
    def index_damaged(exc: IndexDamaged) -> Response:
        log.warning("search answered 503: %s", exc)
        detail = "The search index is damaged and is being rebuilt from the database; try again shortly."
        return problem(503, detail, headers={"Retry-After": REPAIR_RETRY_AFTER})

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
        health: dict = {}
        try:
            lag = search.lag()
            health = search.health()
            if health["state"] == "ok":
                probe = search.search(SearchQuery(text="readiness", limit=1), Viewer.anonymous())
                health["state"] = "rebuilding" if probe.rebuilding else "ok"
            checks["index"] = health["state"]
        except IndexDamaged as exc:
            checks["index"], health["damage"] = "damaged", exc.detail
        except Exception:
            log.exception("readiness: search index unreachable")
            checks["index"] = "unavailable"
        skipped = health.get("skipped") or None  # statements the index could not take: named, not fatal
        if any(state != "ok" for state in checks.values()):
            failed = ", ".join(name for name, state in checks.items() if state != "ok")
            retry = REPAIR_RETRY_AFTER if checks.get("index") == "damaged" else RETRY_AFTER
            return problem(503, f"Not ready: {failed}.", headers={"Retry-After": retry}, checks=checks,
                           index_damage=health.get("damage"), index_skipped=skipped)  # fmt: skip
        response = jsonify(status="ready", checks=checks, index_lag=lag, index_skipped=skipped or [])
        response.headers["Cache-Control"] = "no-store"
        return response
