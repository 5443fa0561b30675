"""HTTP semantics in one place: JSON responses, ETags, conditional reads, If-Match, caching, pagination."""

from __future__ import annotations

import hashlib
import math
import re
from collections.abc import Mapping
from datetime import datetime
from typing import Any
from urllib.parse import urlencode

from flask import Response, json, request
from werkzeug.exceptions import PreconditionRequired

from statements import Viewer
from statements.errors import ValidationFailed

PUBLIC_MAX_AGE = 60
_REVISION_TAG = re.compile(r"^r(\d{1,12})-([0-9a-f]{12})$")


def json_response(data: Any, status: int = 200, headers: Mapping[str, str] | None = None) -> Response:
    response = Response(json.dumps(data), status=status, mimetype="application/json")
    for name, value in (headers or {}).items():
        response.headers[name] = value
    return response


# -- ETags ---------------------------------------------------------------------------------------------------


def revision_etag(slug: str, revision: int) -> str:
    """The staff ETag: the statement's revision (what writes are conditional on) tied to its slug."""
    return f"r{revision}-{_slug_hash(slug)}"


def revision_from_if_match(slug: str) -> int:
    """The revision named by ``If-Match`` for ``slug``; -1 (never current) for a tag of something else.

    428 when the header is missing or ``*``: every staff write must say which revision it was based on.
    """
    if_match = request.if_match
    if not if_match or if_match.star_tag:
        raise PreconditionRequired(
            description="Send If-Match with the statement's ETag (from a staff GET or the previous write)."
        )
    for tag in if_match.as_set():
        found = _REVISION_TAG.match(tag) if isinstance(tag, str) else None
        if found and found.group(2) == _slug_hash(slug):
            return int(found.group(1))
    return -1


def _slug_hash(slug: str) -> str:
    return hashlib.sha256(slug.encode()).hexdigest()[:12]


def content_etag(body: bytes) -> str:
    return hashlib.sha256(body).hexdigest()[:32]


# -- caching -------------------------------------------------------------------------------------------------


def finish_read(response: Response, viewer: Viewer, last_modified: datetime | None = None) -> Response:
    """Caching headers for a successful GET: conditional and cacheable for outsiders, never stored for staff."""
    if viewer.is_staff:
        return response
    if response.get_etag() == (None, None):
        response.set_etag(content_etag(response.get_data()))
    if last_modified is not None:
        response.last_modified = last_modified
    response.headers["Cache-Control"] = (
        f"public, max-age={PUBLIC_MAX_AGE}" if viewer.kind == "anonymous" else f"private, max-age={PUBLIC_MAX_AGE}"
    )
    response.make_conditional(request)  # in place: 304 when the client's copy is current
    return response


def add_api_headers(response: Response, viewer: Viewer | None) -> Response:
    """Every /api/v1 answer varies by key; staff answers are never stored anywhere."""
    response.vary.add("Authorization")
    if viewer is not None and viewer.is_staff:
        response.headers["Cache-Control"] = "private, no-store"
    elif "Cache-Control" not in response.headers:
        response.headers["Cache-Control"] = "no-cache"
    return response


# -- pagination ----------------------------------------------------------------------------------------------


def page_envelope(items: list[Any], total: int, page: int, per_page: int) -> dict[str, Any]:
    return {"items": items, "total": total, "page": page, "per_page": per_page, "pages": _pages(total, per_page)}


def pagination_headers(total: int, page: int, per_page: int) -> dict[str, str]:
    """``X-Pagination`` (flask-smorest's shape) and an RFC 8288 ``Link`` header; 422 for a page past the last
    (page 1 of an empty list is fine), so a client paging on learns where the list ends."""
    pages = _pages(total, per_page)
    if page > pages:
        raise ValidationFailed({"page": [f"Past the last page: there {'is' if pages == 1 else 'are'} {pages}."]})
    meta: dict[str, int] = {"total": total, "total_pages": pages, "page": page, "per_page": per_page}
    links = {"first": 1, "last": pages}
    if page > 1:
        links["prev"] = min(page - 1, pages)
        meta["previous_page"] = links["prev"]
    if page < pages:
        links["next"] = page + 1
        meta["next_page"] = page + 1
    meta["first_page"], meta["last_page"] = 1, pages
    link = ", ".join(f'<{_page_url(n)}>; rel="{rel}"' for rel, n in links.items())
    return {"X-Pagination": json.dumps(meta), "Link": link}


def _pages(total: int, per_page: int) -> int:
    return max(1, math.ceil(total / per_page))


def _page_url(page: int) -> str:
    args = [(key, value) for key, value in request.args.items(multi=True) if key != "page"]
    return f"{request.base_url}?{urlencode([*args, ('page', page)])}"
