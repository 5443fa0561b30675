"""Webhook subscriptions and their delivery logs."""

from __future__ import annotations

from marshmallow import Schema, fields, validate

from statements.release.subscriptions import KINDS

from .common import SLUG_PATTERN

SUBSCRIPTION_STATUSES = ("active", "paused", "ended")


class SubscriptionCreateSchema(Schema):
    url = fields.String(
        required=True,
        validate=validate.Length(1, 2000),
        metadata={"description": "https, resolving to a public address"},
    )
    topics = fields.List(
        fields.String(validate=validate.Regexp(SLUG_PATTERN)),
        load_default=list,
        validate=validate.Length(0, 50),
        metadata={"description": "Only statements with one of these topics (none: every topic)"},
    )
    kinds = fields.List(
        fields.String(validate=validate.OneOf(KINDS)),
        load_default=list,
        validate=validate.Length(0, 10),
        metadata={"description": "Only statements of these kinds (none: every kind)"},
    )


class SubscriptionSchema(Schema):
    id = fields.String(required=True)
    url = fields.String(required=True)
    topics = fields.List(fields.String(), required=True)
    kinds = fields.List(fields.String(), required=True)
    status = fields.String(required=True, validate=validate.OneOf(SUBSCRIPTION_STATUSES))
    status_reason = fields.String(required=True, metadata={"description": "Why it is paused or ended"})
    failures = fields.Integer(required=True, metadata={"description": "Failed attempts in a row"})
    created_at = fields.DateTime(required=True)
    updated_at = fields.DateTime(required=True)


class SubscriptionCreatedSchema(SubscriptionSchema):
    secret = fields.String(
        required=True, metadata={"description": "The signing secret (whsec_...): shown this once, keep it safe"}
    )


class SubscriptionListSchema(Schema):
    items = fields.List(fields.Nested(SubscriptionSchema), required=True)


class AttemptSchema(Schema):
    at = fields.DateTime(required=True)
    ok = fields.Boolean(required=True)
    response_code = fields.Integer(required=True, allow_none=True)
    latency_ms = fields.Integer(required=True)
    error = fields.String(required=True)


class DeliverySchema(Schema):
    id = fields.Integer(required=True)
    message_id = fields.String(required=True, metadata={"description": "The webhook-id header: same on every try"})
    type = fields.String(required=True)
    slug = fields.String(required=True)
    version = fields.Integer(required=True)
    due_at = fields.DateTime(required=True)
    status = fields.String(required=True, validate=validate.OneOf(("pending", "delivered", "failed", "skipped")))
    attempts = fields.Integer(required=True)
    next_attempt_at = fields.DateTime(required=True, allow_none=True)
    delivered_at = fields.DateTime(required=True, allow_none=True)
    last_error = fields.String(required=True)
    created_at = fields.DateTime(required=True)
    log = fields.List(fields.Nested(AttemptSchema), required=True, metadata={"description": "Every attempt"})


class DeliveryListSchema(Schema):
    items = fields.List(fields.Nested(DeliverySchema), required=True)


class DeliveryArgs(Schema):
    limit = fields.Integer(load_default=50, validate=validate.Range(1, 500))
