"""The enquiry log: a journalist's question, the lines given, and its status."""

from __future__ import annotations

from marshmallow import Schema, fields, validate

from statements.media.enquiry_rules import ANSWER_LENGTH, NAME_LENGTH, QUESTION_LENGTH, STATUSES

from .common import SLUG_PATTERN, PageArgs, PageMetaSchema, UtcDateTime

CONTACT_ID = fields.Integer(
    allow_none=True, validate=validate.Range(1, 2**31 - 1), metadata={"description": "A media contact's id"}
)


class EnquiryCreateSchema(Schema):
    contact_id = CONTACT_ID
    journalist = fields.String(
        validate=validate.Length(0, NAME_LENGTH), metadata={"description": "Who asked (default: the contact's name)"}
    )
    outlet = fields.String(
        validate=validate.Length(0, NAME_LENGTH), metadata={"description": "Default: the contact's outlet"}
    )
    question = fields.String(required=True, validate=validate.Length(1, QUESTION_LENGTH))
    deadline = UtcDateTime(
        allow_none=True, metadata={"description": "ISO 8601 with a zone; at most an hour past, at most a year ahead"}
    )


class EnquiryPatchSchema(EnquiryCreateSchema):
    question = fields.String(validate=validate.Length(1, QUESTION_LENGTH))


class AnswerSchema(Schema):
    slug = fields.String(
        validate=validate.Regexp(SLUG_PATTERN),
        metadata={"description": "The statement given: its current published wording (public or partners), or "
                  "approved lines to take; its version is recorded"},
    )  # fmt: skip
    answer = fields.String(
        validate=validate.Length(0, ANSWER_LENGTH), metadata={"description": "What was said, in the officer's words"}
    )


class DeclineSchema(Schema):
    reason = fields.String(required=True, validate=validate.Length(1, ANSWER_LENGTH))


class EnquirySchema(Schema):
    id = fields.Integer(required=True)
    contact_id = fields.Integer(required=True, allow_none=True)
    journalist = fields.String(required=True)
    outlet = fields.String(required=True)
    question = fields.String(required=True)
    deadline = fields.DateTime(required=True, allow_none=True)
    status = fields.String(required=True, validate=validate.OneOf(STATUSES))
    answer = fields.String(required=True, metadata={"description": "What was said; for a declined one, why not"})
    slug = fields.String(required=True, allow_none=True, metadata={"description": "The statement given"})
    version = fields.Integer(required=True, allow_none=True, metadata={"description": "Its version then"})
    logged_by = fields.String(required=True)
    answered_by = fields.String(required=True, allow_none=True)
    received_at = fields.DateTime(required=True)
    updated_at = fields.DateTime(required=True)
    answered_at = fields.DateTime(required=True, allow_none=True)


class EnquiryPageSchema(PageMetaSchema):
    items = fields.List(fields.Nested(EnquirySchema), required=True)


class EnquiryArgs(PageArgs):
    q = fields.String(
        validate=validate.Length(1, 200),
        metadata={"description": "Words found in the question, journalist, outlet or answer"},
    )
    status = fields.String(validate=validate.OneOf(STATUSES))
    from_ = UtcDateTime(data_key="from", metadata={"description": "Received at or after (ISO 8601 with a zone)"})
    to = UtcDateTime(metadata={"description": "Received before"})
    slug = fields.String(validate=validate.Length(1, 120), metadata={"description": "Answered with this statement"})


class ExportArgs(Schema):
    from_ = UtcDateTime(required=True, data_key="from", metadata={"description": "Received at or after"})
    to = UtcDateTime(required=True, metadata={"description": "Received before"})


class SuggestionSchema(Schema):
    slug = fields.String(required=True)
    title = fields.String(required=True)
    kind = fields.String(required=True)
    audience = fields.String(required=True)
    version = fields.Integer(required=True)
    summary = fields.String(required=True)
    approved_by = fields.String(required=True, allow_none=True)
    published_at = fields.DateTime(required=True, allow_none=True)


class SuggestionListSchema(Schema):
    items = fields.List(fields.Nested(SuggestionSchema), required=True)
