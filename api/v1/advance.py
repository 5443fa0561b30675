"""Embargoed advance copies: an approver sends a scheduled version to media lists before it lifts.

The copies go out through the release outbox (``media.advance``, due now), marked EMBARGOED UNTIL the lift in
the office's time zone; nothing public changes: the API, feeds, search and webhooks still see nothing before
``publish_at``.
"""

from __future__ import annotations

from typing import Any

from flask import Response
from flask_smorest import Blueprint
from marshmallow import Schema, fields, validate

from statements import Role

from .auth import current_viewer, require, services
from .responses import json_response
from .schemas.common import UtcDateTime
from .statements import SLUG

blp = Blueprint("advance", __name__, url_prefix="/api/v1", description="Press office: embargoed advance copies")


class AdvanceSchema(Schema):
    lists = fields.List(
        fields.Integer(strict=True, validate=validate.Range(1, 2**31 - 1)),
        required=True,
        validate=validate.Length(1, 200),
        metadata={"description": "Media list ids to send the advance copy to (public wording only)"},
    )


class AdvanceSentSchema(Schema):
    slug = fields.String()
    version = fields.Integer()
    lists = fields.List(fields.Integer())
    recipients = fields.Integer(metadata={"description": "How many people it goes to (each once)"})
    embargo_until = UtcDateTime(metadata={"description": "The lift: the copies say EMBARGOED UNTIL this time"})


@blp.route(f"/statements/{SLUG}/advance", methods=["POST"])
@require(Role.approver)
@blp.arguments(AdvanceSchema)
@blp.response(
    202, AdvanceSentSchema,
    description="Accepted: one copy per recipient goes out now through the outbox (audited). 409 when no version "
    "is scheduled in the future; 422 on `lists` for unknown lists, non-public wording or nobody to send to.",
)  # fmt: skip
@blp.alt_response(401, response="UNAUTHORIZED")
@blp.alt_response(403, response="FORBIDDEN")
@blp.alt_response(404, response="NOT_FOUND")
@blp.alt_response(409, response="CONFLICT")
@blp.alt_response(422, response="UNPROCESSABLE_ENTITY")
def advance(data: dict[str, Any], slug: str) -> Response:
    sent = services().media.advance(slug, data["lists"], current_viewer())
    return json_response(AdvanceSentSchema().dump(sent), 202)
