"""Shapes shared by many endpoints: the problem body, pagination arguments, list envelopes."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from marshmallow import Schema, ValidationError, fields, validate

from statements.checks import CASE_STAGES
from statements.drafting import KINDS
from statements.viewer import AUDIENCES

MAX_PAGE = 10_000
MAX_PER_PAGE = 100
SLUG_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"

Kind = validate.OneOf(KINDS)
Audience = validate.OneOf(AUDIENCES)
CaseStage = validate.OneOf(CASE_STAGES)


class UtcDateTime(fields.AwareDateTime):
    """An ISO 8601 moment with a zone, loaded in UTC; one that has no UTC equivalent (year 9999 at -14:00) is
    a field error, not an OverflowError further down."""

    def _deserialize(self, value: Any, attr: str | None, data: Any, **kwargs: Any) -> datetime:
        moment = super()._deserialize(value, attr, data, **kwargs)
        try:
            return moment.astimezone(UTC)
        except OverflowError:
            raise ValidationError("Out of range once converted to UTC.") from None


class ProblemSchema(Schema):
    """``application/problem+json`` (RFC 9457). Documentation only: :mod:`api.v1.problems` writes it."""

    status = fields.Integer(required=True)
    title = fields.String(required=True)
    detail = fields.String(required=True)
    errors = fields.Dict(
        keys=fields.String(), values=fields.List(fields.String()), metadata={"description": "Messages per field"}
    )
    slug = fields.String(metadata={"description": "410 only: the withdrawn statement"})
    withdrawn = fields.Nested(
        lambda: WithdrawalSchema(), metadata={"description": "410 only: when and why it was withdrawn"}
    )
    findings = fields.List(
        fields.Nested(lambda: FindingSchema()),
        metadata={"description": "422 on approve only: the blocking check findings (see override_reason)"},
    )


class FindingSchema(Schema):
    """One pre-publication check finding (docs/checks.md lists the rules)."""

    rule = fields.String(required=True, metadata={"description": "e.g. legal.presumed-guilt"})
    severity = fields.String(required=True, validate=validate.OneOf(("block", "warn")))
    message = fields.String(required=True)
    match = fields.String(required=True, metadata={"description": "The offending words"})
    field = fields.String(metadata={"description": "Where: body, summary, title, quotes.N.text..."})
    start = fields.Integer(metadata={"description": "Character offset of the match in that field"})
    end = fields.Integer()


class WithdrawalSchema(Schema):
    at = fields.DateTime(required=True)
    reason = fields.String(required=True)


class PageArgs(Schema):
    page = fields.Integer(load_default=1, validate=validate.Range(1, MAX_PAGE))
    per_page = fields.Integer(load_default=20, validate=validate.Range(1, MAX_PER_PAGE))


class PageMetaSchema(Schema):
    """What every paginated list says beside its ``items`` (also in ``X-Pagination`` and ``Link``)."""

    total = fields.Integer(required=True)
    page = fields.Integer(required=True)
    per_page = fields.Integer(required=True)
    pages = fields.Integer(required=True)


class EmptySchema(Schema):
    """A body with nothing in it (the transitions that need no input); any field is refused."""
