"""Media contacts and lists for the press office (editors and up); a person's data export and erasure (admins);
contacts in and out as CSV. Contacts are personal data: every answer here is ``private, no-store``."""

from __future__ import annotations

from typing import Any

from flask import Response, request, url_for
from flask_smorest import Blueprint
from werkzeug.exceptions import UnsupportedMediaType

from statements import Role
from statements.errors import ValidationFailed
from statements.media.contacts_csv import MAX_BYTES

from .auth import current_viewer, require, services
from .responses import json_response, page_envelope, pagination_headers
from .schemas.media import (
    ContactArgs,
    ContactCreateSchema,
    ContactPageSchema,
    ContactPatchSchema,
    ContactSchema,
    ErasureSchema,
    ImportArgs,
    ImportReportSchema,
    ListArgs,
    ListCreateSchema,
    ListPageSchema,
    ListPatchSchema,
    ListSchema,
    PersonalDataSchema,
)

blp = Blueprint("media", __name__, url_prefix="/api/v1", description="Media contacts and lists (press office)")

CONTACT = "<int(min=1, max=2147483647):contact_id>"
LIST = "<int(min=1, max=2147483647):list_id>"
CSV_TYPES = ("text/csv", "text/plain", "application/vnd.ms-excel")
CONTACTS = ContactSchema()
LISTS_BRIEF = ListSchema(many=True, exclude=("members",))
ERRORS = ((401, "UNAUTHORIZED"), (403, "FORBIDDEN"))
IMPORT_BODY = {
    "required": True,
    "description": f"A CSV of contacts (columns name, email, outlet, phone, topics, notes, do_not_send, lists; "
    f"at most {MAX_BYTES // 1_000_000} MB), as the body or as the multipart field 'file'",
    "content": {
        "text/csv": {"schema": {"type": "string"}},
        "multipart/form-data": {
            "schema": {"type": "object", "properties": {"file": {"type": "string", "format": "binary"}}}
        },
    },
}


def _contacts():
    return services().contacts


def _documented(*statuses: tuple[int, str]):
    def decorate(view):
        for status, name in (*ERRORS, *statuses):
            view = blp.alt_response(status, response=name)(view)
        return view

    return decorate


# -- contacts ------------------------------------------------------------------------------------------------


@blp.route("/contacts", methods=["POST"])
@require(Role.editor)
@blp.arguments(ContactCreateSchema)
@blp.response(201, ContactSchema, description="The new contact, with its Location")
@_documented((422, "UNPROCESSABLE_ENTITY"))
def create_contact(data: dict[str, Any]) -> Response:
    contact = _contacts().create(data, current_viewer())
    return json_response(CONTACTS.dump(contact), 201, {"Location": url_for("media.contact", contact_id=contact.id)})


@blp.route("/contacts", methods=["GET"])
@require(Role.editor)
@blp.arguments(ContactArgs, location="query")
@blp.response(200, ContactPageSchema, description="Contacts by name")
@_documented((422, "UNPROCESSABLE_ENTITY"))
def contacts(args: dict[str, Any]) -> Response:
    page, per_page = args["page"], args["per_page"]
    items, total = _contacts().search(current_viewer(), args.get("q") or "", (page - 1) * per_page, per_page)
    headers = pagination_headers(total, page, per_page)
    return json_response(page_envelope(ContactSchema(many=True).dump(items), total, page, per_page), headers=headers)


@blp.route(f"/contacts/{CONTACT}", methods=["GET"])
@require(Role.editor)
@blp.response(200, ContactSchema)
@_documented((404, "NOT_FOUND"))
def contact(contact_id: int) -> Response:
    return json_response(CONTACTS.dump(_contacts().get(contact_id, current_viewer())))


@blp.route(f"/contacts/{CONTACT}", methods=["PATCH"])
@require(Role.editor)
@blp.arguments(ContactPatchSchema)
@blp.response(200, ContactSchema)
@_documented((404, "NOT_FOUND"), (422, "UNPROCESSABLE_ENTITY"))
def update_contact(data: dict[str, Any], contact_id: int) -> Response:
    return json_response(CONTACTS.dump(_contacts().update(contact_id, data, current_viewer())))


@blp.route(f"/contacts/{CONTACT}", methods=["DELETE"])
@require(Role.editor)
@blp.response(204, description="Deleted, and taken off every list (the send log keeps its addresses: see erase)")
@_documented((404, "NOT_FOUND"))
def delete_contact(contact_id: int) -> Response:
    _contacts().delete(contact_id, current_viewer())
    return Response(status=204)


@blp.route(f"/contacts/{CONTACT}/export", methods=["GET"])
@require(Role.admin)
@blp.response(200, PersonalDataSchema, description="Everything held on this person (admins)")
@_documented((404, "NOT_FOUND"))
def export_person(contact_id: int) -> Response:
    return json_response(_contacts().export_person(contact_id, current_viewer()))


@blp.route(f"/contacts/{CONTACT}/erase", methods=["POST"])
@require(Role.admin)
@blp.response(200, ErasureSchema, description="Erased everywhere; the audit keeps only the contact's id (admins)")
@_documented((404, "NOT_FOUND"))
def erase_contact(contact_id: int) -> Response:
    counts = _contacts().erase(contact_id, current_viewer())
    return json_response({"erased": contact_id, **counts})


@blp.route("/contacts/import", methods=["POST"])
@require(Role.editor)
@blp.arguments(ImportArgs, location="query")
@blp.doc(requestBody=IMPORT_BODY)
@blp.response(200, ImportReportSchema, description="What was imported (or, dry run, would be), row by row")
@_documented((413, "REQUEST_ENTITY_TOO_LARGE"), (415, "UNSUPPORTED_MEDIA_TYPE"), (422, "UNPROCESSABLE_ENTITY"))
def import_contacts(args: dict[str, Any]) -> Response:
    report = _contacts().import_csv(_uploaded(), current_viewer(), dry_run=args["dry_run"], update=args["update"])
    return json_response(ImportReportSchema().dump(report))


@blp.route("/contacts.csv", methods=["GET"])
@require(Role.editor)
@blp.response(200, content_type="text/csv", description="Every contact as CSV (UTF-8 with a BOM, for Excel)")
@_documented()
def contacts_csv() -> Response:
    response = Response(_contacts().export_csv(current_viewer()), mimetype="text/csv")
    response.headers["Content-Disposition"] = 'attachment; filename="contacts.csv"'
    return response


def _uploaded() -> bytes:
    """The CSV: the multipart field ``file``, or the whole body. Read at most one byte past the limit, so
    the domain refuses an oversized file without this reading all of it."""
    if request.mimetype == "multipart/form-data":
        upload = request.files.get("file")
        if upload is None:
            raise ValidationFailed({"file": ["Send the CSV as the multipart field 'file'."]})
        return upload.stream.read(MAX_BYTES + 1)
    if request.mimetype in CSV_TYPES:
        return request.stream.read(MAX_BYTES + 1)
    raise UnsupportedMediaType(description="Send the CSV as text/csv, or as the field 'file' of multipart/form-data.")


# -- lists ---------------------------------------------------------------------------------------------------


def _lists():
    return services().contacts.lists


@blp.route("/lists", methods=["POST"])
@require(Role.editor)
@blp.arguments(ListCreateSchema)
@blp.response(201, ListSchema, description="The new list with its members, and its Location")
@_documented((422, "UNPROCESSABLE_ENTITY"))
def create_list(data: dict[str, Any]) -> Response:
    made = _lists().create(data, current_viewer())
    return json_response(ListSchema().dump(made), 201, {"Location": url_for("media.media_list", list_id=made.id)})


@blp.route("/lists", methods=["GET"])
@require(Role.editor)
@blp.arguments(ListArgs, location="query")
@blp.response(200, ListPageSchema, description="Lists by name, with member counts")
@_documented((422, "UNPROCESSABLE_ENTITY"))
def lists(args: dict[str, Any]) -> Response:
    page, per_page = args["page"], args["per_page"]
    items, total = _lists().all(current_viewer(), (page - 1) * per_page, per_page)
    headers = pagination_headers(total, page, per_page)
    return json_response(page_envelope(LISTS_BRIEF.dump(items), total, page, per_page), headers=headers)


@blp.route(f"/lists/{LIST}", methods=["GET"])
@require(Role.editor)
@blp.response(200, ListSchema, description="The list and its members")
@_documented((404, "NOT_FOUND"))
def media_list(list_id: int) -> Response:
    return json_response(ListSchema().dump(_lists().get(list_id, current_viewer())))


@blp.route(f"/lists/{LIST}", methods=["PATCH"])
@require(Role.editor)
@blp.arguments(ListPatchSchema)
@blp.response(200, ListSchema)
@_documented((404, "NOT_FOUND"), (422, "UNPROCESSABLE_ENTITY"))
def update_list(data: dict[str, Any], list_id: int) -> Response:
    return json_response(ListSchema().dump(_lists().update(list_id, data, current_viewer())))


@blp.route(f"/lists/{LIST}", methods=["DELETE"])
@require(Role.editor)
@blp.response(204, description="Deleted (its contacts stay)")
@_documented((404, "NOT_FOUND"))
def delete_list(list_id: int) -> Response:
    _lists().delete(list_id, current_viewer())
    return Response(status=204)
