"""The app factory: settings, services built once, then the API, console and bot routes mounted."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from flask import Flask, jsonify

from statements import open_services
from statements.clock import utcnow

from .config import load_settings, secret_key


def create_app(config: Mapping[str, Any] | None = None) -> Flask:
    settings = load_settings(config)
    app = Flask(__name__)
    app.config.update({key: value for key, value in settings.items() if key.isupper()})
    app.config["SECRET_KEY"] = secret_key(settings)
    services = open_services(settings["DATABASE_URL"], clock=settings.get("CLOCK") or utcnow)
    app.extensions["pressline"] = services

    @app.get("/healthz")
    def healthz():
        return jsonify(status="ok")

    return app
