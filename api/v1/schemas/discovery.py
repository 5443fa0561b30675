"""Search, quotes, reporting routes, topics, diffs, audit and health."""

from __future__ import annotations

from marshmallow import Schema, fields, validate

from .common import Audience, Kind, PageArgs, PageMetaSchema, UtcDateTime
from .versions import RouteSchema


class SearchArgs(PageArgs):
    q = fields.String(load_default="", validate=validate.Length(0, 500))
    topic = fields.String(validate=validate.Length(1, 100))
    kind = fields.String(validate=Kind)
    audience = fields.String(validate=Audience)
    since = UtcDateTime()
    until = UtcDateTime()
    order = fields.String(load_default="relevance", validate=validate.OneOf(("relevance", "newest")))
    per_page = fields.Integer(load_default=10, validate=validate.Range(1, 50))


class SearchHitSchema(Schema):
    slug = fields.String(required=True)
    title = fields.String(required=True)
    kind = fields.String(required=True)
    audience = fields.String(required=True)
    topics = fields.List(fields.String(), required=True)
    version = fields.Integer(required=True)
    snippet = fields.String(required=True, metadata={"description": "HTML-safe; matches wrapped in <mark>"})
    score = fields.Float(required=True)
    publish_at = fields.DateTime(allow_none=True)


class FacetsSchema(Schema):
    topic = fields.Dict(keys=fields.String(), values=fields.Integer(), required=True)
    kind = fields.Dict(keys=fields.String(), values=fields.Integer(), required=True)


class SearchResultsSchema(Schema):
    results = fields.List(fields.Nested(SearchHitSchema), required=True)
    total = fields.Integer(required=True)
    page = fields.Integer(required=True)
    per_page = fields.Integer(required=True)
    facets = fields.Nested(FacetsSchema, required=True)
    suggestion = fields.String(required=True, allow_none=True, metadata={"description": "Did you mean"})
    rebuilding = fields.Boolean(required=True, metadata={"description": "True while the index is rebuilt"})
    message = fields.String(
        required=True, allow_none=True, metadata={"description": "Why nothing was searched for (e.g. only symbols)"}
    )


class QuoteArgs(Schema):
    q = fields.String(required=True, validate=validate.Length(1, 500))
    limit = fields.Integer(load_default=10, validate=validate.Range(1, 50))


class QuoteHitSchema(Schema):
    slug = fields.String(required=True)
    version = fields.Integer(required=True)
    title = fields.String(required=True)
    text = fields.String(required=True)
    speaker = fields.String(required=True)
    role = fields.String(required=True)
    snippet = fields.String(required=True)
    score = fields.Float(required=True)


class QuoteResultsSchema(Schema):
    results = fields.List(fields.Nested(QuoteHitSchema), required=True)


class TopicArgs(Schema):
    topic = fields.String(validate=validate.Length(1, 100))


class RouteArgs(TopicArgs):
    retired = fields.Boolean(
        load_default=False, metadata={"description": "true lists the retired routes instead of those offered"}
    )


class RouteListSchema(Schema):
    items = fields.List(fields.Nested(RouteSchema), required=True)


class TopicSchema(Schema):
    slug = fields.String(required=True)
    name = fields.String(required=True)
    count = fields.Integer(required=True, metadata={"description": "Statements you may see in this topic"})


class TopicListSchema(Schema):
    items = fields.List(fields.Nested(TopicSchema), required=True)


class DiffArgs(Schema):
    from_ = fields.Integer(required=True, data_key="from", validate=validate.Range(1, 1_000_000))
    to = fields.Integer(required=True, validate=validate.Range(1, 1_000_000))


class DiffPieceSchema(Schema):
    op = fields.String(required=True, validate=validate.OneOf(("equal", "insert", "delete")))
    text = fields.String(required=True)


class DiffSchema(Schema):
    slug = fields.String(required=True)
    from_ = fields.Integer(required=True, data_key="from")
    to = fields.Integer(required=True)
    pieces = fields.List(fields.Nested(DiffPieceSchema), required=True)


class AuditArgs(PageArgs):
    slug = fields.String(validate=validate.Length(1, 100))
    per_page = fields.Integer(load_default=50, validate=validate.Range(1, 100))


class AuditEventSchema(Schema):
    id = fields.Integer(required=True)
    at = fields.DateTime(required=True)
    actor = fields.String(required=True)
    action = fields.String(required=True)
    slug = fields.String(allow_none=True)
    version = fields.Integer(allow_none=True)
    detail = fields.Dict(required=True)


class AuditPageSchema(PageMetaSchema):
    items = fields.List(fields.Nested(AuditEventSchema), required=True)


class FeedArgs(Schema):
    topic = fields.String(validate=validate.Length(1, 100))
