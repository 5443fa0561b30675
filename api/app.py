"""The app factory: settings, services built once, then the API, console and bot routes mounted."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from flask import Flask, jsonify

from index import SearchIndex
from statements import open_services
from statements.clock import utcnow

from .config import load_settings, secret_key


def create_app(config: Mapping[str, Any] | None = None) -> Flask:
    settings = load_settings(config)
    app = Flask(__name__)
    app.config.update({key: value for key, value in settings.items() if key.isupper()})
    app.config["SECRET_KEY"] = secret_key(settings)
    clock = settings.get("CLOCK") or utcnow
    services = open_services(settings["DATABASE_URL"], clock=clock)
    search = SearchIndex(settings["INDEX_DIR"], services.catalogue, services.changes, clock)
    services.workflow.subscribe(search.on_change)
    app.extensions["pressline"] = services
    app.extensions["pressline.search"] = search

    @app.get("/healthz")
    def healthz():
        return jsonify(status="ok")

    from bots import init_app as init_bots
    from console import init_app as init_console

    init_console(app, services, search)
    init_bots(app, services, search, settings)
    return app
