"""Media contacts (CRUD, CSV import with a dry run, export, a person's data export and erasure).

Staff (editors, approvers, admins) manage contacts and lists; only admins export everything held on one person
and erase them. Every write is audited by contact id only, so an erasure leaves no personal data behind in
the audit trail. Writes serialise (``Database.writing``), so checking that an e-mail is free and then taking
it cannot race with another writer.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import func, or_, select

from ..clock import Clock
from ..db import Database
from ..viewer import Viewer
from . import contacts_csv, personal_data
from .lists import Lists, lists_of
from .models import Contact
from .records import ContactView, contact_view
from .store import apply_fields, audit, checked_contact, find_contact, new_contact, require_admin, require_staff


class Contacts:
    def __init__(self, db: Database, clock: Clock) -> None:
        self.db = db
        self.clock = clock
        self.lists = Lists(db, clock)

    def search(self, actor: Viewer, query: str = "", offset: int = 0, limit: int = 20) -> tuple[list[ContactView], int]:
        """Contacts whose name, outlet or e-mail contains ``query`` (any case), by name; and how many match."""
        require_staff(actor)
        where = []
        if query.strip():
            text = query.strip()
            where.append(or_(*(column.icontains(text, autoescape=True) for column in (
                Contact.name, Contact.outlet, Contact.email))))  # fmt: skip
        with self.db.reading() as session:
            total = session.scalar(select(func.count()).select_from(Contact).where(*where)) or 0
            rows = list(
                session.scalars(
                    select(Contact).where(*where).order_by(func.lower(Contact.name), Contact.id)
                    .offset(offset).limit(limit)
                )
            )  # fmt: skip
            lists = lists_of(session, [c.id for c in rows])
            return [contact_view(c, lists.get(c.id, ())) for c in rows], total

    def get(self, contact_id: int, actor: Viewer) -> ContactView:
        require_staff(actor)
        with self.db.reading() as session:
            contact = find_contact(session, contact_id)
            return contact_view(contact, lists_of(session, [contact.id]).get(contact.id, ()))

    def create(self, data: Mapping[str, Any], actor: Viewer) -> ContactView:
        require_staff(actor)
        with self.db.writing() as session:
            fields = checked_contact(session, data, creating=True)
            contact = new_contact(fields, self.clock())
            session.add(contact)
            session.flush()
            audit(session, self.clock(), actor, "contact_create", contact=contact.id)
            return contact_view(contact)

    def update(self, contact_id: int, data: Mapping[str, Any], actor: Viewer) -> ContactView:
        require_staff(actor)
        with self.db.writing() as session:
            contact = find_contact(session, contact_id)
            fields = checked_contact(session, data, creating=False, own_id=contact.id)
            changed = [name for name in fields if getattr(contact, name) != fields[name]]
            if apply_fields(contact, fields, self.clock()):
                audit(session, self.clock(), actor, "contact_update", contact=contact.id, fields=sorted(changed))
            session.flush()
            return contact_view(contact, lists_of(session, [contact.id]).get(contact.id, ()))

    def delete(self, contact_id: int, actor: Viewer) -> None:
        """Remove a contact and their list memberships. The send log keeps the addresses mail went to (an
        embargo cancellation must still reach them); to remove a person's data everywhere, :meth:`erase`."""
        require_staff(actor)
        with self.db.writing() as session:
            contact = find_contact(session, contact_id)
            session.delete(contact)
            audit(session, self.clock(), actor, "contact_delete", contact=contact_id)

    def export_person(self, contact_id: int, actor: Viewer) -> dict[str, Any]:
        """Everything held on one person, as a JSON-ready document (a subject access request). Admins."""
        require_admin(actor)
        with self.db.writing() as session:
            document = personal_data.export(session, find_contact(session, contact_id), self.clock(), actor)
            audit(session, self.clock(), actor, "contact_export", contact=contact_id)
            return document

    def erase(self, contact_id: int, actor: Viewer) -> dict[str, int]:
        """Erase a person: the contact, their memberships, their address in the send log and their name in the
        enquiry log, in one transaction; the audit says only "contact #N erased". Admins."""
        require_admin(actor)
        with self.db.writing() as session:
            counts = personal_data.erase(session, find_contact(session, contact_id))
            audit(session, self.clock(), actor, "contact_erase", contact=contact_id, **counts)
            return counts

    def export_csv(self, actor: Viewer) -> str:
        """Every contact as CSV (``contacts_csv.COLUMNS``), by name."""
        require_staff(actor)
        with self.db.reading() as session:
            return contacts_csv.export(session)

    def import_csv(
        self, data: bytes | str, actor: Viewer, *, dry_run: bool, update: bool = False
    ) -> contacts_csv.ImportReport:
        """Check a CSV of contacts row by row; unless ``dry_run``, apply the good rows in one transaction
        (contacts already held, matched by e-mail, are updated only with ``update``)."""
        require_staff(actor)
        rows = contacts_csv.parse(data)
        if dry_run:
            with self.db.reading() as session:
                return contacts_csv.plan(session, rows, update).report(dry_run=True)
        with self.db.writing() as session:
            plan = contacts_csv.plan(session, rows, update)
            report = plan.apply(session, self.clock())
            audit(session, self.clock(), actor, "contact_import", created=report.created, updated=report.updated,
                  skipped=len(report.problems))  # fmt: skip
            return report
