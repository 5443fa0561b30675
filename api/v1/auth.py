"""Who is calling: ``Authorization: Bearer KEY`` -> a :class:`~statements.Viewer`, once per request.

No header means anonymous (public reads only). A header that is not a live key is a 401, even on public
reads, so a partner with a revoked key finds out instead of silently losing the partners' statements.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar

from flask import current_app, g, request
from werkzeug.datastructures import WWWAuthenticate
from werkzeug.exceptions import Forbidden, Unauthorized

from statements import Role, Services, Viewer
from statements.keys import hash_token

F = TypeVar("F", bound=Callable[..., Any])

CHALLENGE = 'Bearer realm="pressline"'


def services() -> Services:
    return current_app.extensions["pressline"]


def current_viewer() -> Viewer:
    if "pressline_viewer" not in g:
        g.pressline_viewer = _authenticate(request.headers.get("Authorization"))
    return g.pressline_viewer


def current_key_hash() -> str | None:
    """The stored hash of the caller's key (what ties a webhook subscription to the key that made it)."""
    current_viewer()
    _, _, token = (request.headers.get("Authorization") or "").strip().partition(" ")
    return hash_token(token.strip()) if token.strip() else None


def _authenticate(header: str | None) -> Viewer:
    if header is None:
        return Viewer.anonymous()
    scheme, _, token = header.strip().partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise _unauthorized("Send the key as 'Authorization: Bearer KEY'.")
    viewer = services().keys.authenticate(token.strip())
    if viewer is None:
        raise _unauthorized("Unknown or revoked key.")
    return viewer


def _unauthorized(detail: str) -> Unauthorized:
    return Unauthorized(description=detail, www_authenticate=WWWAuthenticate.from_header(CHALLENGE))


def require(role: Role) -> Callable[[F], F]:
    """Refuse callers below ``role``: 401 without a key, 403 with a key of a lesser role.

    Put it under ``@blp.route`` and above ``@blp.arguments`` so it runs before the body is parsed.
    """

    def decorator(view: F) -> F:
        @wraps(view)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            viewer = current_viewer()
            if viewer.kind == "anonymous":
                raise _unauthorized("This needs a press office key.")
            if role is not Role.partner and not viewer.has_role(role):  # partner: any live key will do
                raise Forbidden(description=f"This needs the {role.name} role.")
            return view(*args, **kwargs)

        return wrapper  # type: ignore[return-value]

    return decorator
