"""Staff writes and transitions, each conditional on ``If-Match`` (the statement's revision ETag).

The revision parsed from the ETag goes to the workflow, whose conditional ``UPDATE`` decides races: of
several writers holding the same ETag exactly one succeeds, the others get 412.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar

from flask import Response, url_for
from flask_smorest import Blueprint

from statements import Role
from statements.views import VersionView

from .auth import current_viewer, require, services
from .responses import json_response, revision_etag, revision_from_if_match
from .schemas.common import EmptySchema
from .schemas.discovery import DiffArgs, DiffSchema
from .schemas.versions import VersionSchema, dump_version
from .schemas.writes import (
    ApproveSchema,
    DraftCreateSchema,
    DraftPatchSchema,
    PublishSchema,
    ReasonSchema,
    RescheduleSchema,
)
from .statements import SLUG

F = TypeVar("F", bound=Callable[..., Any])

blp = Blueprint("staff", __name__, url_prefix="/api/v1", description="Press office: drafts, review, publishing")

IF_MATCH = {
    "in": "header",
    "name": "If-Match",
    "required": True,
    "schema": {"type": "string"},
    "description": "The statement's current ETag, from a staff GET or the previous write",
}
WRITE_ERRORS = (
    (401, "UNAUTHORIZED"), (403, "FORBIDDEN"), (404, "NOT_FOUND"), (409, "CONFLICT"),
    (412, "PRECONDITION_FAILED"), (422, "UNPROCESSABLE_ENTITY"), (428, "PRECONDITION_REQUIRED"),
)  # fmt: skip


def conditional(view: F) -> F:
    """Read ``If-Match`` (428 if missing) before the body is parsed; pass the revision it names."""

    @wraps(view)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        kwargs["revision"] = revision_from_if_match(kwargs["slug"])
        return view(*args, **kwargs)

    return wrapper  # type: ignore[return-value]


def documented_write(view: F) -> F:
    view = blp.doc(parameters=[IF_MATCH])(view)
    for status, name in WRITE_ERRORS:
        view = blp.alt_response(status, response=name)(view)
    return view


def written(view: VersionView, status: int = 200, location: str | None = None) -> Response:
    response = json_response(dump_version(view, services().checks), status)
    response.set_etag(revision_etag(view.slug, view.revision))
    if location:
        response.headers["Location"] = location
    return response


@blp.route("/statements", methods=["POST"])
@require(Role.editor)
@blp.arguments(DraftCreateSchema)
@blp.response(201, VersionSchema, description="The new draft, with its ETag and Location")
@blp.alt_response(401, response="UNAUTHORIZED")
@blp.alt_response(403, response="FORBIDDEN")
@blp.alt_response(422, response="UNPROCESSABLE_ENTITY")
def create_statement(data: dict[str, Any]) -> Response:
    view = services().workflow.create_draft(data, current_viewer())
    return written(view, 201, url_for("statements.get_statement", slug=view.slug))


@blp.route(f"/statements/{SLUG}/draft", methods=["GET"])
@require(Role.editor)
@blp.response(200, VersionSchema, description="The working version (newest, any status) and its ETag")
@blp.alt_response(404, response="NOT_FOUND")
def get_draft(slug: str) -> Response:
    return written(services().catalogue.working(slug, current_viewer()))


@blp.route(f"/statements/{SLUG}/draft", methods=["POST"])
@require(Role.editor)
@conditional
@blp.arguments(EmptySchema, required=False)
@blp.response(201, VersionSchema, description="A new draft copied from the published or withdrawn version")
@documented_write
def start_draft(data: dict[str, Any], slug: str, revision: int) -> Response:
    view = services().workflow.start_draft(slug, revision, current_viewer())
    return written(view, 201, url_for("staff.get_draft", slug=view.slug))


@blp.route(f"/statements/{SLUG}/draft", methods=["PATCH"])
@require(Role.editor)
@conditional
@blp.arguments(DraftPatchSchema)
@blp.response(200, VersionSchema, description="The edited draft (a new one if the statement was published)")
@documented_write
def edit_draft(data: dict[str, Any], slug: str, revision: int) -> Response:
    return written(services().workflow.edit_draft(slug, revision, data, current_viewer()))


@blp.route(f"/statements/{SLUG}/draft/submit", methods=["POST"])
@require(Role.editor)
@conditional
@blp.arguments(EmptySchema, required=False)
@blp.response(200, VersionSchema, description="The version, now in review")
@documented_write
def submit(data: dict[str, Any], slug: str, revision: int) -> Response:
    return written(services().workflow.submit(slug, revision, current_viewer()))


@blp.route(f"/statements/{SLUG}/draft/approve", methods=["POST"])
@require(Role.approver)
@conditional
@blp.arguments(ApproveSchema, required=False)
@blp.response(
    200, VersionSchema,
    description="Approved; never by its author or an editor of it (403). Blocking check findings give 422 with "
    "`findings` unless the body carries `override_reason`.",
)  # fmt: skip
@documented_write
def approve(data: dict[str, Any], slug: str, revision: int) -> Response:
    view = services().workflow.approve(
        slug, revision, current_viewer(), data.get("override_reason"), lists=data.get("lists")
    )
    return written(view)


@blp.route(f"/statements/{SLUG}/draft/reject", methods=["POST"])
@require(Role.approver)
@conditional
@blp.arguments(ReasonSchema)
@blp.response(200, VersionSchema, description="The new draft carrying the rejected one's content")
@documented_write
def reject(data: dict[str, Any], slug: str, revision: int) -> Response:
    return written(services().workflow.reject(slug, revision, current_viewer(), data["reason"]))


@blp.route(f"/statements/{SLUG}/publish", methods=["POST"])
@require(Role.approver)
@conditional
@blp.arguments(PublishSchema, required=False)
@blp.response(200, VersionSchema, description="Published now, or scheduled for publish_at (embargo)")
@documented_write
def publish(data: dict[str, Any], slug: str, revision: int) -> Response:
    view = services().workflow.publish(slug, revision, current_viewer(), data.get("publish_at"), data.get("lists"))
    return written(view)


@blp.route(f"/statements/{SLUG}/schedule", methods=["POST"])
@require(Role.approver)
@conditional
@blp.arguments(RescheduleSchema)
@blp.response(200, VersionSchema, description="The scheduled version, moved to the new publish_at (audited)")
@documented_write
def reschedule(data: dict[str, Any], slug: str, revision: int) -> Response:
    return written(services().workflow.reschedule(slug, revision, current_viewer(), data["publish_at"]))


@blp.route(f"/statements/{SLUG}/schedule", methods=["DELETE"])
@require(Role.approver)
@conditional
@blp.response(200, VersionSchema, description="Schedule cancelled: the version is approved again (audited)")
@documented_write
def unschedule(slug: str, revision: int) -> Response:
    return written(services().workflow.unschedule(slug, revision, current_viewer()))


@blp.route(f"/statements/{SLUG}/withdraw", methods=["POST"])
@require(Role.approver)
@conditional
@blp.arguments(ReasonSchema)
@blp.response(200, VersionSchema, description="Withdrawn: readers then get 410 with this reason")
@documented_write
def withdraw(data: dict[str, Any], slug: str, revision: int) -> Response:
    return written(services().workflow.withdraw(slug, revision, current_viewer(), data["reason"]))


@blp.route(f"/statements/{SLUG}/diff", methods=["GET"])
@require(Role.editor)
@blp.arguments(DiffArgs, location="query")
@blp.response(200, DiffSchema, description="Word-level changes between two versions")
@blp.alt_response(404, response="NOT_FOUND")
def diff(args: dict[str, Any], slug: str) -> Response:
    pieces = services().catalogue.diff(slug, args["from_"], args["to"], current_viewer())
    body = {"slug": slug, "from_": args["from_"], "to": args["to"], "pieces": pieces}
    return json_response(DiffSchema().dump(body))
