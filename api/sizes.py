"""How long an address and a header may be, the same in the app and in gunicorn's configuration.

gunicorn refuses a request line over ``--limit-request-line`` (default 4094 bytes, at most 8190) and a header
over ``--limit-request-field_size`` (default 8190) with its own HTML page, before the app sees the request.
``pressline serve`` raises both, and the app refuses below them with the API's problem+json (or the console's
page): an address over :data:`MAX_URL` bytes is 414, a header over :data:`MAX_HEADER` bytes is 431. Only
requests past gunicorn's raised limits still get gunicorn's plain page (docs/api.md says so).
"""

from __future__ import annotations

from flask import Flask, request
from werkzeug.exceptions import RequestHeaderFieldsTooLarge, RequestURITooLarge

GUNICORN_REQUEST_LINE = 8190  # gunicorn's maximum (0 would mean unlimited)
GUNICORN_FIELD_SIZE = 16384
MAX_URL = 8000  # bytes of path and query string: leaves room for the method and protocol in the request line
MAX_HEADER = 8192  # bytes of one header's name and value

GUNICORN_ARGS = [
    "--limit-request-line", str(GUNICORN_REQUEST_LINE), "--limit-request-field_size", str(GUNICORN_FIELD_SIZE),
]  # fmt: skip


def check_sizes() -> None:
    environ = request.environ
    url = len(environ.get("PATH_INFO", "").encode("latin-1", "replace")) + len(environ.get("QUERY_STRING", ""))
    if url > MAX_URL:
        raise RequestURITooLarge(description=f"The address is longer than {MAX_URL} bytes.")
    for name, value in request.headers.items():
        if len(name) + len(value) > MAX_HEADER:
            raise RequestHeaderFieldsTooLarge(description=f"The {name} header is longer than {MAX_HEADER} bytes.")


def init_app(app: Flask) -> None:
    """Check sizes before anything else runs (registered first by the app factory)."""
    app.before_request(check_sizes)
