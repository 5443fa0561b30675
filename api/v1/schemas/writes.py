"""Request bodies of the staff writes. Only writable fields exist here: ``status``, ``author``,
``approved_by`` and the like are refused as unknown fields (no mass assignment)."""

from __future__ import annotations

from marshmallow import Schema, fields, validate

from .common import SLUG_PATTERN, Audience, CaseStage, Kind, UtcDateTime
from .versions import URGENCIES, QuoteSchema

Slug = validate.And(validate.Length(1, 100), validate.Regexp(SLUG_PATTERN, error="Lower-case words and hyphens."))


class DraftFieldsSchema(Schema):
    title = fields.String(validate=validate.Length(1, 300))
    kind = fields.String(validate=Kind)
    audience = fields.String(validate=Audience)
    topics = fields.List(fields.String(validate=Slug), validate=validate.Length(0, 50))
    summary = fields.String(validate=validate.Length(0, 2000))
    body = fields.String(validate=validate.Length(1, 100_000), metadata={"description": "Markdown"})
    quotes = fields.List(fields.Nested(QuoteSchema), validate=validate.Length(0, 100))
    reporting_routes = fields.List(
        fields.String(validate=validate.Length(1, 100)),
        validate=validate.Length(0, 50),
        metadata={"description": "Reporting route ids (see /reporting-routes)"},
    )
    change_note = fields.String(validate=validate.Length(0, 2000))
    review_by = fields.Date(allow_none=True)
    case_stage = fields.String(
        allow_none=True, validate=CaseStage,
        metadata={"description": "none, investigation, arrest, charged, trial or sentenced (legal checks)"},
    )  # fmt: skip


class DraftCreateSchema(DraftFieldsSchema):
    slug = fields.String(validate=Slug, metadata={"description": "Optional: derived from the title"})
    title = fields.String(required=True, validate=validate.Length(1, 300))
    body = fields.String(required=True, validate=validate.Length(1, 100_000), metadata={"description": "Markdown"})


class DraftPatchSchema(DraftFieldsSchema):
    """Any subset of the draft's fields; the slug is fixed once the statement exists."""


def media_lists(when: str) -> fields.List:
    return fields.List(
        fields.Integer(strict=True, validate=validate.Range(1, 2**31 - 1)),
        validate=validate.Length(0, 200),
        metadata={
            "description": f"Media list ids to email the version to {when} (public wording only; unknown ids and "
            "non-public versions are refused with 422 on `lists`). Replaces any earlier choice; omit to keep it."
        },
    )


class ApproveSchema(Schema):
    lists = media_lists("when it goes live")
    override_reason = fields.String(
        validate=validate.Length(1, 2000),
        metadata={"description": "Approve despite blocking check findings: why (written to the audit trail)"},
    )


class ReasonSchema(Schema):
    reason = fields.String(required=True, validate=validate.Length(1, 2000))


class PublishSchema(Schema):
    lists = media_lists("when it goes live (now, or when its embargo lifts)")
    publish_at = UtcDateTime(
        allow_none=True,
        metadata={
            "description": "Embargo: ISO 8601 with a zone, stored in UTC. Omit to publish now; a time already "
            "past (beyond a few seconds of clock skew) is refused with 422."
        },
    )


class RescheduleSchema(Schema):
    publish_at = UtcDateTime(
        required=True, metadata={"description": "The new embargo, in the future: ISO 8601 with a zone"}
    )


class RouteFieldsSchema(Schema):
    name = fields.String(validate=validate.Length(1, 200))
    url = fields.Url(allow_none=True, schemes={"http", "https"}, validate=validate.Length(0, 500))
    phone = fields.String(allow_none=True, validate=validate.Length(0, 40))
    email = fields.Email(allow_none=True, validate=validate.Length(0, 254))
    when = fields.String(validate=validate.Length(0, 2000), metadata={"description": "When to use it"})
    urgency = fields.String(validate=validate.OneOf(URGENCIES))
    topics = fields.List(fields.String(validate=Slug), validate=validate.Length(0, 50))


class RouteCreateSchema(RouteFieldsSchema):
    id = fields.String(validate=Slug, metadata={"description": "Optional: derived from the name"})
    name = fields.String(required=True, validate=validate.Length(1, 200))
    urgency = fields.String(required=True, validate=validate.OneOf(URGENCIES))


class RoutePatchSchema(RouteFieldsSchema):
    """Any subset of a route's fields; the id is fixed."""

    retired = fields.Boolean(
        metadata={
            "description": "true retires the route (kept for the versions citing it, offered nowhere); "
            "false brings it back"
        }
    )
