"""Media contacts and lists, a person's data export, and the CSV import report."""

from __future__ import annotations

from marshmallow import Schema, fields, validate

from .common import PageArgs, PageMetaSchema
from .writes import Slug

MAX_ID = 2**31 - 1
ContactId = fields.Integer(validate=validate.Range(1, MAX_ID))


class ContactFieldsSchema(Schema):
    name = fields.String(validate=validate.Length(1, 200))
    email = fields.String(
        validate=validate.Length(3, 254), metadata={"description": "Unique; stored lower-cased", "format": "email"}
    )
    outlet = fields.String(validate=validate.Length(0, 200))
    phone = fields.String(
        allow_none=True, validate=validate.Length(0, 40),
        metadata={"description": "A UK number, or any number written with its + country code"},
    )  # fmt: skip
    topics = fields.List(
        fields.String(validate=Slug), validate=validate.Length(0, 50),
        metadata={"description": "Their beats: known topic slugs (see /topics)"},
    )  # fmt: skip
    notes = fields.String(validate=validate.Length(0, 5000))
    do_not_send = fields.Boolean(metadata={"description": "true: no release email or advance copy reaches them"})


class ContactCreateSchema(ContactFieldsSchema):
    name = fields.String(required=True, validate=validate.Length(1, 200))
    email = fields.String(
        required=True, validate=validate.Length(3, 254),
        metadata={"description": "Unique; stored lower-cased", "format": "email"},
    )  # fmt: skip


class ContactPatchSchema(ContactFieldsSchema):
    """Any subset of a contact's fields."""


class ListRefSchema(Schema):
    id = fields.Integer(required=True)
    name = fields.String(required=True)


class ContactSchema(Schema):
    id = fields.Integer(required=True)
    name = fields.String(required=True)
    email = fields.String(required=True)
    outlet = fields.String(required=True)
    phone = fields.String(required=True)
    topics = fields.List(fields.String(), required=True)
    notes = fields.String(required=True)
    do_not_send = fields.Boolean(required=True)
    unsubscribed_at = fields.DateTime(
        required=True, allow_none=True, metadata={"description": "When they used the one-click unsubscribe"}
    )
    lists = fields.List(fields.Nested(ListRefSchema), required=True, metadata={"description": "Lists they are on"})
    created_at = fields.DateTime(required=True)
    updated_at = fields.DateTime(required=True)


class ContactArgs(PageArgs):
    q = fields.String(
        validate=validate.Length(0, 200), metadata={"description": "Part of a name, outlet or e-mail, any case"}
    )


class ContactPageSchema(PageMetaSchema):
    items = fields.List(fields.Nested(ContactSchema), required=True)


class ImportArgs(Schema):
    dry_run = fields.Boolean(load_default=False, metadata={"description": "true: report only, import nothing"})
    update = fields.Boolean(
        load_default=False, metadata={"description": "true: rows whose e-mail is held update that contact"}
    )


class ImportProblemSchema(Schema):
    row = fields.Integer(required=True, metadata={"description": "As a spreadsheet numbers it (header: row 1)"})
    kind = fields.String(required=True, validate=validate.OneOf(("invalid", "duplicate")))
    errors = fields.Dict(keys=fields.String(), values=fields.List(fields.String()), required=True)


class ImportReportSchema(Schema):
    dry_run = fields.Boolean(required=True)
    rows = fields.Integer(required=True, metadata={"description": "Contact rows read (blank rows skipped)"})
    created = fields.Integer(required=True, metadata={"description": "Contacts created (dry run: would be)"})
    updated = fields.Integer(required=True, metadata={"description": "Contacts updated (dry run: would be)"})
    problems = fields.List(fields.Nested(ImportProblemSchema), required=True, metadata={
        "description": "Rows not imported: bad fields, or an e-mail already held or repeated in the file"})  # fmt: skip
    new_lists = fields.List(fields.String(), required=True, metadata={
        "description": "Lists named in the file that do not exist yet (created by the import)"})  # fmt: skip


class SendRecordSchema(Schema):
    kind = fields.String(required=True)
    slug = fields.String(required=True)
    version = fields.Integer(required=True)
    sent_at = fields.String(required=True, allow_none=True)


class PersonalDataSchema(Schema):
    """Everything held on one person: a subject access request's answer."""

    exported_at = fields.String(required=True)
    exported_by = fields.String(required=True, allow_none=True)
    contact = fields.Dict(required=True)
    lists = fields.List(fields.Nested(ListRefSchema), required=True)
    sends = fields.List(fields.Nested(SendRecordSchema), required=True)
    enquiries = fields.List(fields.Dict(), required=True)


class ErasureSchema(Schema):
    erased = fields.Integer(required=True, metadata={"description": "The contact id, now gone"})
    sends = fields.Integer(required=True, metadata={"description": "Send log rows whose address was blanked"})
    enquiries = fields.Integer(required=True, metadata={"description": "Enquiries whose name was erased"})
    lists = fields.Integer(required=True, metadata={"description": "List memberships removed"})


class ListFieldsSchema(Schema):
    name = fields.String(validate=validate.Length(1, 200))
    description = fields.String(validate=validate.Length(0, 2000))
    contacts = fields.List(
        ContactId, validate=validate.Length(0, 20_000),
        metadata={"description": "Contact ids: every member the list should have"},
    )  # fmt: skip


class ListCreateSchema(ListFieldsSchema):
    name = fields.String(required=True, validate=validate.Length(1, 200))


class ListPatchSchema(ListFieldsSchema):
    """Any subset; ``contacts`` replaces the members."""


class MemberSchema(Schema):
    id = fields.Integer(required=True)
    name = fields.String(required=True)
    email = fields.String(required=True)
    outlet = fields.String(required=True)
    do_not_send = fields.Boolean(required=True)
    unsubscribed = fields.Boolean(required=True)


class ListSchema(Schema):
    id = fields.Integer(required=True)
    name = fields.String(required=True)
    description = fields.String(required=True)
    member_count = fields.Integer(required=True)
    members = fields.List(fields.Nested(MemberSchema), metadata={"description": "On a single list's read only"})
    created_at = fields.DateTime(required=True)
    updated_at = fields.DateTime(required=True)


class ListPageSchema(PageMetaSchema):
    items = fields.List(fields.Nested(ListSchema), required=True)


class ListArgs(PageArgs):
    pass
