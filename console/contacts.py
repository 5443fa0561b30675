"""Media contacts: list and search, add and edit, do-not-send, delete, CSV import with a dry-run preview and
export; for admins a person's data export and erasure (with a confirm step)."""

from __future__ import annotations

import json
from datetime import date

from flask import Response, flash, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue

from statements import Role
from statements.errors import ValidationFailed
from statements.media.contacts_csv import MAX_BYTES, decode
from statements.media.store import require_admin

from .blueprint import bp
from .contact_forms import ContactForm
from .context import services, viewer
from .forms import small_int

PER_PAGE = 50


def _contacts():
    return services().contacts


@bp.get("/contacts")
def contacts() -> ResponseReturnValue:
    query = (request.args.get("q") or "").strip()[:200]
    page = max(1, small_int(request.args.get("page"), 1, digits=5))
    items, total = _contacts().search(viewer(), query, (page - 1) * PER_PAGE, PER_PAGE)
    pages = max(1, -(-total // PER_PAGE))
    return render_template(
        "console/contacts.html", items=items, total=total, query=query, page=page, pages=pages,
        admin=viewer().has_role(Role.admin),
    )  # fmt: skip


@bp.route("/contacts/new", methods=["GET", "POST"])
def new_contact() -> ResponseReturnValue:
    return _contact_form(None)


@bp.route("/contacts/<int:contact_id>", methods=["GET", "POST"])
def edit_contact(contact_id: int) -> ResponseReturnValue:
    return _contact_form(contact_id)


def _contact_form(contact_id: int | None) -> ResponseReturnValue:
    errors: dict[str, list[str]] = {}
    held = _contacts().get(contact_id, viewer()) if contact_id is not None else None
    if request.method == "GET":
        form = ContactForm.from_view(held) if held else ContactForm()
    else:
        form = ContactForm.from_request(request.form)
        try:
            if contact_id is None:
                saved = _contacts().create(form.data(), viewer())
            else:
                saved = _contacts().update(contact_id, form.data(), viewer())
        except ValidationFailed as exc:
            errors = exc.errors
        else:
            flash(f"Saved the contact “{saved.name}”.", "info")
            return redirect(url_for("console.contacts"), code=303)
    return render_template(
        "console/contact_form.html", form=form, contact=held, errors=errors,
        topics=services().catalogue.topics(viewer()), admin=viewer().has_role(Role.admin),
    ), (422 if errors else 200)  # fmt: skip


@bp.post("/contacts/<int:contact_id>/do-not-send")
def do_not_send(contact_id: int) -> ResponseReturnValue:
    """Mark (or, with ``send=1``, unmark) a contact "do not send"."""
    allow = request.form.get("send") == "1"
    contact = _contacts().update(contact_id, {"do_not_send": not allow}, viewer())
    flash(f"{contact.name} {'may be sent releases again' if allow else 'will not be sent anything'}.", "info")
    return redirect(url_for("console.contacts", q=request.form.get("q") or None), code=303)


@bp.post("/contacts/<int:contact_id>/delete")
def delete_contact(contact_id: int) -> ResponseReturnValue:
    name = _contacts().get(contact_id, viewer()).name
    _contacts().delete(contact_id, viewer())
    flash(f"Deleted the contact “{name}”.", "info")
    return redirect(url_for("console.contacts"), code=303)


@bp.get("/contacts/<int:contact_id>/export")
def export_person(contact_id: int) -> ResponseReturnValue:
    """Everything held on one person, as a JSON download (admins)."""
    document = _contacts().export_person(contact_id, viewer())
    response = Response(json.dumps(document, indent=2, ensure_ascii=False), mimetype="application/json")
    response.headers["Content-Disposition"] = f'attachment; filename="contact-{contact_id}-personal-data.json"'
    response.headers["Cache-Control"] = "no-store"
    return response


@bp.route("/contacts/<int:contact_id>/erase", methods=["GET", "POST"])
def erase_contact(contact_id: int) -> ResponseReturnValue:
    """A confirm page, then the erasure (admins)."""
    if request.method == "GET":
        require_admin(viewer())
        contact = _contacts().get(contact_id, viewer())
        return render_template("console/contact_erase.html", contact=contact)
    counts = _contacts().erase(contact_id, viewer())
    flash(
        f"Contact #{contact_id} erased: removed from {counts['lists']} list(s); their address blanked in "
        f"{counts['sends']} send(s) and their name in {counts['enquiries']} enquiry(ies).",
        "info",
    )
    return redirect(url_for("console.contacts"), code=303)


@bp.get("/contacts.csv")
def contacts_csv() -> ResponseReturnValue:
    response = Response(_contacts().export_csv(viewer()), mimetype="text/csv")
    response.headers["Content-Disposition"] = f'attachment; filename="contacts-{date.today().isoformat()}.csv"'
    response.headers["Cache-Control"] = "no-store"
    return response


@bp.route("/contacts/import", methods=["GET", "POST"])
def import_contacts() -> ResponseReturnValue:
    """Step 1: upload and check (a dry run, nothing written). Step 2: "Import N contacts" sends the same text
    back (a hidden field, so nothing is kept on the server between the steps) and imports the good rows."""
    if request.method == "GET":
        return render_template("console/contacts_import.html", report=None, text="", update=False, error=None)
    request.max_form_memory_size = MAX_BYTES * 2  # the checked file comes back as a form field in step 2
    update = request.form.get("update") == "1"
    applying = request.form.get("step") == "import"
    try:
        text = _uploaded_text(applying)
        report = _contacts().import_csv(text, viewer(), dry_run=not applying, update=update)
    except ValidationFailed as exc:
        error = " ".join(message for messages in exc.errors.values() for message in messages)
        return render_template(
            "console/contacts_import.html", report=None, text="", update=update, error=error
        ), 422  # fmt: skip
    if applying:
        flash(f"Imported {report.created} new and updated {report.updated} contact(s); "
              f"{len(report.problems)} row(s) skipped.", "info")  # fmt: skip
        return redirect(url_for("console.contacts"), code=303)
    return render_template("console/contacts_import.html", report=report, text=text, update=update, error=None)


def _uploaded_text(applying: bool) -> str:
    if applying:
        return decode(request.form.get("csv", ""))
    upload = request.files.get("file")
    if upload is None or not upload.filename:
        raise ValidationFailed({"file": ["Choose a CSV file to check."]})
    return decode(upload.stream.read(MAX_BYTES + 1))  # never more: a longer file is refused unread
