"""The contact and list forms as plain data: read from a request or a view, turned into the dicts the domain
takes. Validation stays in ``statements/media``."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from werkzeug.datastructures import MultiDict

from statements.media.records import ContactView, ListView

from .forms import small_int


@dataclass
class ContactForm:
    name: str = ""
    email: str = ""
    outlet: str = ""
    phone: str = ""
    topics: list[str] = field(default_factory=list)
    notes: str = ""
    do_not_send: bool = False

    @classmethod
    def from_view(cls, contact: ContactView) -> ContactForm:
        return cls(
            contact.name, contact.email, contact.outlet, contact.phone, list(contact.topics), contact.notes,
            contact.do_not_send,
        )  # fmt: skip

    @classmethod
    def from_request(cls, form: MultiDict) -> ContactForm:
        return cls(
            name=form.get("name", ""), email=form.get("email", ""), outlet=form.get("outlet", ""),
            phone=form.get("phone", ""), topics=form.getlist("topics"), notes=form.get("notes", ""),
            do_not_send=form.get("do_not_send") == "1",
        )  # fmt: skip

    def data(self) -> dict[str, Any]:
        return {
            "name": self.name, "email": self.email, "outlet": self.outlet, "phone": self.phone,
            "topics": list(self.topics), "notes": self.notes, "do_not_send": self.do_not_send,
        }  # fmt: skip


@dataclass
class ListForm:
    name: str = ""
    description: str = ""
    contacts: list[int] = field(default_factory=list)

    @classmethod
    def from_view(cls, media_list: ListView) -> ListForm:
        return cls(media_list.name, media_list.description, [m.id for m in media_list.members])

    @classmethod
    def from_request(cls, form: MultiDict) -> ListForm:
        ids = [small_int(value) for value in form.getlist("contacts")]
        return cls(form.get("name", ""), form.get("description", ""), [i for i in ids if i is not None])

    def data(self) -> dict[str, Any]:
        return {"name": self.name, "description": self.description, "contacts": list(self.contacts)}
