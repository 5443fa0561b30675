"""Reading statements: the list, one statement's current version, its history and one old version."""

from __future__ import annotations

from typing import Any

from flask import Response, request
from flask_smorest import Blueprint

from statements import Filters

from .auth import current_viewer, services
from .cors import public_read
from .readcache import answer, json_body
from .responses import finish_read, json_response, page_envelope, pagination_headers, revision_etag
from .schemas.versions import (
    ListArgs,
    VersionHistorySchema,
    VersionPageSchema,
    VersionSchema,
    WithdrawalArgs,
    WithdrawalListSchema,
    dump_version,
)

blp = Blueprint(
    "statements", __name__, url_prefix="/api/v1", description="Published wording, history and (for staff) drafts"
)

SLUG = "<string(maxlength=100):slug>"


@blp.route("/statements", methods=["GET"])
@public_read
@blp.arguments(ListArgs, location="query")
@blp.response(200, VersionPageSchema, description="Newest first; staff see each statement's newest version")
def list_statements(args: dict[str, Any]) -> Response:
    viewer = current_viewer()
    staff = viewer.is_staff
    filters = Filters(
        topic=args.get("topic"),
        kind=args.get("kind"),
        audience=args.get("audience"),
        status=args.get("status") if staff else None,
        updated_since=args.get("updated_since"),
        author=args.get("author") if staff else None,
    )
    page, per_page = args["page"], args["per_page"]

    def build():
        found = services().catalogue.list(viewer, filters, (page - 1) * per_page, per_page)
        checks = services().checks if staff else None
        body = page_envelope([dump_version(v, checks) for v in found.items], found.total, page, per_page)
        return json_body(body), None, pagination_headers(found.total, page, per_page)

    return answer(("list", request.url), build)  # the whole query: the Link header echoes every argument


@blp.route("/withdrawals", methods=["GET"])
@public_read
@blp.arguments(WithdrawalArgs, location="query")
@blp.response(200, WithdrawalListSchema, description="Recently withdrawn statements, newest first: drop them")
def list_withdrawals(args: dict[str, Any]) -> Response:
    """The other half of incremental sync: ``/statements?updated_since=`` lists what to add or update, this
    lists what to take down. The notice only (when and why), never the wording."""
    viewer = current_viewer()
    topic, since, limit = args.get("topic"), args.get("updated_since"), args["limit"]

    def build():
        views = services().catalogue.withdrawn(viewer, topic, limit)
        items = [
            {"slug": v.slug, "withdrawn": {"at": v.withdrawn.at.isoformat(), "reason": v.withdrawn.reason}}
            for v in views
            if v.withdrawn is not None and (since is None or v.withdrawn.at >= since)
        ]
        return json_body({"items": items}), None, {}

    return answer(("withdrawals", topic, since, limit), build)


@blp.route(f"/statements/{SLUG}", methods=["GET"])
@public_read
@blp.response(200, VersionSchema, description="The current version (staff: the newest, if none is published)")
@blp.alt_response(304, description="Not modified (If-None-Match)")
@blp.alt_response(404, response="NOT_FOUND")
@blp.alt_response(410, response="GONE")
def get_statement(slug: str) -> Response:
    viewer = current_viewer()
    if viewer.is_staff:
        view = services().catalogue.get(slug, viewer)
        response = json_response(dump_version(view, services().checks))
        response.set_etag(revision_etag(view.slug, view.revision))
        return finish_read(response, viewer)

    def build():
        view = services().catalogue.get(slug, viewer)
        return json_body(dump_version(view, None)), view.published_at, {}

    return answer(("item", slug), build)


@blp.route(f"/statements/{SLUG}/versions", methods=["GET"])
@public_read
@blp.response(200, VersionHistorySchema, description="Oldest first; outsiders see only versions once served")
@blp.alt_response(304, description="Not modified (If-None-Match)")
@blp.alt_response(404, response="NOT_FOUND")
@blp.alt_response(410, response="GONE")
def list_versions(slug: str) -> Response:
    viewer = current_viewer()

    def build():
        checks = services().checks if viewer.is_staff else None
        views = services().catalogue.versions(slug, viewer)
        return json_body({"items": [dump_version(v, checks) for v in views]}), None, {}

    return answer(("versions", slug), build)


@blp.route(f"/statements/{SLUG}/versions/<int(min=1, max=1000000):number>", methods=["GET"])
@public_read
@blp.response(200, VersionSchema)
@blp.alt_response(304, description="Not modified (If-None-Match)")
@blp.alt_response(404, response="NOT_FOUND")
@blp.alt_response(410, response="GONE")
def get_version(slug: str, number: int) -> Response:
    viewer = current_viewer()

    def build():
        view = services().catalogue.version(slug, number, viewer)
        checks = services().checks if viewer.is_staff else None
        return json_body(dump_version(view, checks)), view.published_at, {}

    return answer(("version", slug, number), build)
