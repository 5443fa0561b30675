"""Rate limits (flask-limiter): one budget per client address and one per key, shared by all of /api/v1.

``PRESSLINE_RATE_LIMITS`` (default 600 per minute; ``;``-separated for several windows) and
``PRESSLINE_RATELIMIT_STORAGE_URL`` (``memory://`` per process; ``redis://...`` to share between workers).
Over the limit: 429 problem+json with ``Retry-After`` in seconds.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from typing import Any

from flask import Flask, Response, current_app, request
from flask_limiter import Limiter
from flask_smorest import Blueprint

from . import ratestore


def client_address() -> str:
    return request.remote_addr or "unknown"


def key_identity() -> str:
    token = request.headers.get("Authorization", "").partition(" ")[2].strip()
    return "key:" + hashlib.sha256(token.encode()).hexdigest()[:32]


def _anonymous() -> bool:
    return not request.headers.get("Authorization")


def init_app(app: Flask, settings: Mapping[str, Any]) -> Limiter:
    @app.after_request  # registered before the limiter's own, so it runs after it
    def _retry_after_only_when_refused(response: Response) -> Response:
        if response.status_code not in (429, 503):
            response.headers.pop("Retry-After", None)
        return response

    storage = str(settings.get("RATELIMIT_STORAGE_URL") or "memory://")
    if storage == "memory://":
        storage = f"{ratestore.SCHEME}://"
    limiter = Limiter(
        client_address,
        app=app,
        storage_uri=storage,
        headers_enabled=True,
        retry_after="delta-seconds",
        strategy="fixed-window",
        # Redis away: count in this process's memory until it answers again, never fail the request
        in_memory_fallback_enabled=True,
        swallow_errors=True,
    )
    app.extensions["pressline.limiter"] = limiter
    app.config["PRESSLINE_RATE_LIMITS"] = str(settings.get("RATE_LIMITS") or "600 per minute")
    return limiter


def current_limits() -> str:
    return current_app.config["PRESSLINE_RATE_LIMITS"]


def apply(limiter: Limiter, blp: Blueprint) -> None:
    """Put ``blp`` under both shared budgets (per address, and per key when a key is sent)."""
    limiter.shared_limit(current_limits, scope="api-address", key_func=client_address)(blp)
    limiter.shared_limit(current_limits, scope="api-key", key_func=key_identity, exempt_when=_anonymous)(blp)
