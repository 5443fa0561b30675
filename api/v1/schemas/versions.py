"""A version as the contract shows it, and the lists and histories made of versions."""

from __future__ import annotations

from marshmallow import Schema, fields, validate

from statements.checks import Checks
from statements.views import VersionView

from .common import (
    MAX_PER_PAGE,
    Audience,
    CaseStage,
    FindingSchema,
    Kind,
    PageArgs,
    PageMetaSchema,
    UtcDateTime,
    WithdrawalSchema,
)

STATUSES = ("draft", "in_review", "approved", "rejected", "scheduled", "published", "superseded", "withdrawn")
URGENCIES = ("emergency", "urgent", "standard", "support")
#: Only staff see these: they reveal work in progress (edits bump the revision) and review notes.
STAFF_ONLY = ("revision", "contributors", "rejected_reason", "created_at", "updated_at", "checks")


class QuoteSchema(Schema):
    text = fields.String(required=True, validate=validate.Length(1, 10_000))
    speaker = fields.String(
        required=True,
        validate=validate.Length(1, 200),
        metadata={
            "description": "A person's name; for a family statement 'The family of NAME'; for an organisation "
            "speaking for itself its name; for someone not named, the description ('Norfolk Police spokesperson')."
        },
    )
    role = fields.String(
        load_default="",
        validate=validate.Length(0, 200),
        metadata={
            "description": "The speaker's rank or job plus the organisation the attribution gives, shown as given "
            "('Detective Inspector, Northshire Police'); 'family statement', 'statement' (an organisation) or "
            "'joint statement' (several parties together, the speaker naming them as the text does: 'Wensum City "
            "FC and Norfolk Constabulary') for the statements of a family or organisations."
        },
    )


class RouteSchema(Schema):
    id = fields.String(required=True)
    name = fields.String(required=True)
    url = fields.String(allow_none=True)
    phone = fields.String(allow_none=True)
    email = fields.String(allow_none=True, metadata={"description": "An e-mail address for reports, if any"})
    when = fields.String()
    urgency = fields.String(validate=validate.OneOf(URGENCIES))
    topics = fields.List(fields.String())
    retired_at = fields.DateTime(
        allow_none=True, metadata={"description": "Set when the route was retired: kept for history, not offered"}
    )


class VersionSchema(Schema):
    slug = fields.String(required=True)
    title = fields.String(required=True)
    kind = fields.String(required=True, validate=Kind)
    audience = fields.String(required=True, validate=Audience)
    topics = fields.List(fields.String(), required=True)
    version = fields.Integer(required=True, metadata={"description": "The version number"})
    status = fields.String(required=True, validate=validate.OneOf(STATUSES))
    summary = fields.String(required=True)
    body = fields.String(required=True, metadata={"description": "Markdown"})
    quotes = fields.List(fields.Nested(QuoteSchema), required=True)
    reporting_routes = fields.List(fields.Nested(RouteSchema), required=True)
    change_note = fields.String(required=True)
    author = fields.String(required=True)
    approved_by = fields.String(required=True, allow_none=True)
    approved_at = fields.DateTime(required=True, allow_none=True)
    publish_at = fields.DateTime(required=True, allow_none=True)
    published_at = fields.DateTime(required=True, allow_none=True)
    review_by = fields.Date(required=True, allow_none=True)
    withdrawn = fields.Nested(WithdrawalSchema, required=True, allow_none=True)
    stale = fields.Boolean(required=True, metadata={"description": "True when past its review-by date"})
    case_stage = fields.String(
        allow_none=True, validate=CaseStage, metadata={"description": "Where the case is: the legal checks read it"}
    )
    revision = fields.Integer(metadata={"description": "Staff only: the statement's revision (see ETag)"})
    contributors = fields.List(fields.String(), metadata={"description": "Staff only"})
    rejected_reason = fields.String(allow_none=True, metadata={"description": "Staff only"})
    created_at = fields.DateTime(metadata={"description": "Staff only"})
    updated_at = fields.DateTime(metadata={"description": "Staff only"})
    checks = fields.List(
        fields.Nested(FindingSchema),
        metadata={"description": "Staff only: pre-publication check findings; a block stops approval"},
    )


PUBLIC_VERSION = VersionSchema(exclude=STAFF_ONLY)
STAFF_VERSION = VersionSchema()


def version_schema(staff: bool) -> VersionSchema:
    return STAFF_VERSION if staff else PUBLIC_VERSION


FINDINGS = FindingSchema(many=True)


def dump_version(view: VersionView, checks: Checks | None) -> dict:
    """A version as JSON: with ``checks`` (its findings) when ``checks`` is given, which only staff answers do."""
    if checks is None:
        return PUBLIC_VERSION.dump(view)
    data = STAFF_VERSION.dump(view)
    data["checks"] = FINDINGS.dump([f.as_dict() for f in checks.of_view(view)])
    return data


class VersionPageSchema(PageMetaSchema):
    items = fields.List(fields.Nested(VersionSchema), required=True)


class VersionHistorySchema(Schema):
    items = fields.List(fields.Nested(VersionSchema), required=True)


class ListArgs(PageArgs):
    topic = fields.String(validate=validate.Length(1, 100))
    kind = fields.String(validate=Kind)
    audience = fields.String(validate=Audience)
    updated_since = UtcDateTime(
        metadata={"description": "Only versions published (staff: changed) at or after this time, with a zone"}
    )
    status = fields.String(
        validate=validate.OneOf(("draft", "in_review", "approved", "rejected", "published", "withdrawn")),
        metadata={"description": "Staff only; ignored for others"},
    )
    author = fields.String(validate=validate.Length(1, 200), metadata={"description": "Staff only"})


class WithdrawalArgs(Schema):
    topic = fields.String(validate=validate.Length(1, 100))
    updated_since = UtcDateTime(metadata={"description": "Only withdrawals at or after this time"})
    limit = fields.Integer(load_default=100, validate=validate.Range(1, 500))


class WithdrawalNoticeSchema(Schema):
    slug = fields.String(required=True)
    withdrawn = fields.Nested(WithdrawalSchema, required=True)


class WithdrawalListSchema(Schema):
    items = fields.List(fields.Nested(WithdrawalNoticeSchema), required=True)


__all__ = ["MAX_PER_PAGE", "ListArgs", "QuoteSchema", "RouteSchema", "VersionPageSchema", "VersionSchema"]
