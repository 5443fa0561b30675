"""The enquiry log for press office staff: log, search, correct, answer, decline, reopen, suggestions, CSV.

Partners and anonymous callers are refused like every staff endpoint (401 without a key, 403 with a partner's).
"""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from flask import Response, stream_with_context, url_for
from flask_smorest import Blueprint

from statements import Role
from statements.media.enquiries import EnquiryFilters
from statements.media.enquiries_csv import export_csv
from statements.views import VersionView

from .auth import current_viewer, require, services
from .responses import json_response, page_envelope, pagination_headers
from .schemas.enquiries import (
    AnswerSchema,
    DeclineSchema,
    EnquiryArgs,
    EnquiryCreateSchema,
    EnquiryPageSchema,
    EnquiryPatchSchema,
    EnquirySchema,
    ExportArgs,
    SuggestionListSchema,
)

blp = Blueprint("enquiries", __name__, url_prefix="/api/v1", description="Press office: the media enquiry log")

ID = "<int(max=2147483647):enquiry_id>"
ONE = EnquirySchema()
MANY = EnquirySchema(many=True)


def _enquiries():
    return services().enquiries


def _errors(*codes: int):
    names = {401: "UNAUTHORIZED", 403: "FORBIDDEN", 404: "NOT_FOUND", 409: "CONFLICT", 422: "UNPROCESSABLE_ENTITY"}

    def decorate(view):
        for code in codes:
            view = blp.alt_response(code, response=names[code])(view)
        return view

    return decorate


@blp.route("/enquiries", methods=["POST"])
@require(Role.editor)
@blp.arguments(EnquiryCreateSchema)
@blp.response(201, EnquirySchema, description="The enquiry, logged open, and its Location")
@_errors(401, 403, 422)
def log_enquiry(data: dict[str, Any]) -> Response:
    view = _enquiries().log(data, current_viewer())
    response = json_response(ONE.dump(asdict(view)), 201)
    response.headers["Location"] = url_for("enquiries.get_enquiry", enquiry_id=view.id)
    return response


@blp.route("/enquiries", methods=["GET"])
@require(Role.editor)
@blp.arguments(EnquiryArgs, location="query")
@blp.response(200, EnquiryPageSchema, description="Newest first")
@_errors(401, 403, 422)
def list_enquiries(args: dict[str, Any]) -> Response:
    page, per_page = args["page"], args["per_page"]
    filters = EnquiryFilters(
        text=args.get("q"), status=args.get("status"), since=args.get("from_"), until=args.get("to"),
        slug=args.get("slug"),
    )  # fmt: skip
    found = _enquiries().search(current_viewer(), filters, (page - 1) * per_page, per_page)
    body = page_envelope(MANY.dump([asdict(e) for e in found.items]), found.total, page, per_page)
    return json_response(body, headers=pagination_headers(found.total, page, per_page))


@blp.route("/enquiries.csv", methods=["GET"])
@require(Role.editor)
@blp.arguments(ExportArgs, location="query")
@blp.response(
    200, content_type="text/csv", description="CSV, newest first; cells that would run as formulas start with '"
)
@_errors(401, 403, 422)
def export_enquiries(args: dict[str, Any]) -> Response:
    since, until = args["from_"], args["to"]
    chunks = export_csv(_enquiries(), current_viewer(), since, until)
    first = next(chunks)  # refusals (403) happen here, before the response starts
    name = f"enquiries-{since:%Y%m%d}-{until:%Y%m%d}.csv"
    response = Response(stream_with_context(_chain(first, chunks)), mimetype="text/csv")
    response.headers["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


@blp.route(f"/enquiries/{ID}", methods=["GET"])
@require(Role.editor)
@blp.response(200, EnquirySchema)
@_errors(401, 403, 404)
def get_enquiry(enquiry_id: int) -> Response:
    return json_response(ONE.dump(asdict(_enquiries().get(enquiry_id, current_viewer()))))


@blp.route(f"/enquiries/{ID}", methods=["PATCH"])
@require(Role.editor)
@blp.arguments(EnquiryPatchSchema)
@blp.response(200, EnquirySchema, description="Corrected: who asked, the question, the deadline")
@_errors(401, 403, 404, 422)
def update_enquiry(data: dict[str, Any], enquiry_id: int) -> Response:
    return json_response(ONE.dump(asdict(_enquiries().update(enquiry_id, data, current_viewer()))))


@blp.route(f"/enquiries/{ID}/answer", methods=["POST"])
@require(Role.editor)
@blp.arguments(AnswerSchema)
@blp.response(200, EnquirySchema, description="Answered with the statement and/or the words given")
@_errors(401, 403, 404, 409, 422)
def answer_enquiry(data: dict[str, Any], enquiry_id: int) -> Response:
    view = _enquiries().answer(enquiry_id, current_viewer(), slug=data.get("slug"), text=data.get("answer"))
    return json_response(ONE.dump(asdict(view)))


@blp.route(f"/enquiries/{ID}/decline", methods=["POST"])
@require(Role.editor)
@blp.arguments(DeclineSchema)
@blp.response(200, EnquirySchema, description="Declined; the reason is kept as the answer")
@_errors(401, 403, 404, 409, 422)
def decline_enquiry(data: dict[str, Any], enquiry_id: int) -> Response:
    return json_response(ONE.dump(asdict(_enquiries().decline(enquiry_id, current_viewer(), data["reason"]))))


@blp.route(f"/enquiries/{ID}/reopen", methods=["POST"])
@require(Role.editor)
@blp.response(200, EnquirySchema, description="Open again (what was given stays until the next answer)")
@_errors(401, 403, 404, 409)
def reopen_enquiry(enquiry_id: int) -> Response:
    return json_response(ONE.dump(asdict(_enquiries().reopen(enquiry_id, current_viewer()))))


@blp.route(f"/enquiries/{ID}/suggestions", methods=["GET"])
@require(Role.editor)
@blp.response(200, SuggestionListSchema, description="Approved wording that may be given, best match first")
@_errors(401, 403, 404)
def suggestions(enquiry_id: int) -> Response:
    items = [_suggestion(v) for v in _enquiries().suggestions(enquiry_id, current_viewer())]
    return json_response(SuggestionListSchema().dump({"items": items}))


def _suggestion(view: VersionView) -> dict[str, Any]:
    return {
        "slug": view.slug, "title": view.title, "kind": view.kind, "audience": view.audience,
        "version": view.version, "summary": view.summary, "approved_by": view.approved_by,
        "published_at": view.publish_at,
    }  # fmt: skip


def _chain(first: str, rest):
    yield first
    yield from rest
