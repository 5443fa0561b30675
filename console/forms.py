"""The draft and route forms as plain data: read from a request, from a version or from an import, and
turned into the dicts the workflow takes. Validation itself stays in ``statements/``."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, overload

from werkzeug.datastructures import MultiDict

from statements.quoting import stored_quote
from statements.views import RouteView, VersionView

MAX_QUOTE_ROWS = 100


@overload
def small_int(value: str | None, default: int, digits: int = 9) -> int: ...
@overload
def small_int(value: str | None, default: None = None, digits: int = 9) -> int | None: ...
def small_int(value: str | None, default: int | None = None, digits: int = 9) -> int | None:
    """A whole number typed into a form or query string, else ``default``: ASCII digits only (``"²".isdigit()``
    is true, yet ``int("²")`` fails) and at most ``digits`` of them (longer ones overflow a database integer)."""
    value = (value or "").strip()
    if value.isascii() and value.isdigit() and len(value) <= digits:
        return int(value)
    return default


@dataclass
class QuoteRow:
    text: str = ""
    speaker: str = ""
    role: str = ""

    @property
    def blank(self) -> bool:
        return not (self.text.strip() or self.speaker.strip() or self.role.strip())


@dataclass
class DraftForm:
    title: str = ""
    slug: str = ""
    kind: str = "press_release"
    audience: str = ""
    topics: list[str] = field(default_factory=list)
    other_topics: str = ""
    summary: str = ""
    body: str = ""
    quotes: list[QuoteRow] = field(default_factory=list)
    routes: list[str] = field(default_factory=list)
    review_by: str = ""
    change_note: str = ""
    revision: int | None = None

    @classmethod
    def from_view(cls, view: VersionView) -> DraftForm:
        return cls(
            title=view.title, slug=view.slug, kind=view.kind, audience=view.audience, topics=list(view.topics),
            summary=view.summary, body=view.body,
            quotes=[QuoteRow(q.text, q.speaker, q.role) for q in view.quotes],
            routes=[r.id for r in view.reporting_routes],
            review_by=view.review_by.isoformat() if view.review_by else "", change_note="",
            revision=view.revision,
        )  # fmt: skip

    @classmethod
    def from_extracted(cls, found: Any) -> DraftForm:
        """A form filled from the importer's ``Extracted`` for the officer to check and correct."""
        return cls(
            title=found.title[:300], kind=found.kind, topics=list(found.topics), summary=found.summary,
            body=found.body,
            quotes=[QuoteRow(**stored_quote(q.text, q.speaker, q.role)) for q in found.quotes],
            routes=list(dict.fromkeys(r.route_id for r in found.reporting_routes if r.route_id)),
            change_note="Imported from press text",
        )  # fmt: skip

    @classmethod
    def from_request(cls, form: MultiDict) -> DraftForm:
        return cls(
            title=form.get("title", ""), slug=form.get("slug", "").strip(), kind=form.get("kind", ""),
            audience=form.get("audience", ""), topics=form.getlist("topics"),
            other_topics=form.get("other_topics", ""), summary=form.get("summary", ""),
            body=form.get("body", ""), quotes=_quote_rows(form), routes=form.getlist("routes"),
            review_by=form.get("review_by", "").strip(), change_note=form.get("change_note", ""),
            revision=small_int(form.get("revision")),
        )  # fmt: skip

    def all_topics(self) -> list[str]:
        extra = [t.strip().lower() for t in self.other_topics.replace(";", ",").split(",") if t.strip()]
        return list(dict.fromkeys([*self.topics, *extra]))

    def data(self, creating: bool) -> dict[str, Any]:
        """The workflow's draft dict. Blank quote rows are left out; the rest keep their order."""
        data: dict[str, Any] = {
            "title": self.title, "kind": self.kind, "summary": self.summary, "body": self.body,
            "topics": self.all_topics(), "change_note": self.change_note,
            "quotes": [{"text": q.text, "speaker": q.speaker, "role": q.role} for q in self.quotes],
            "reporting_routes": list(self.routes), "review_by": self.review_by or None,
        }  # fmt: skip
        if creating:
            data["slug"] = self.slug or None
            data["audience"] = self.audience or None
        elif self.audience:
            data["audience"] = self.audience
        return data

    def rows(self, blanks: int = 2) -> list[QuoteRow]:
        """The quote rows to show: the kept ones, then ``blanks`` empty ones to add more without script."""
        return [*self.quotes, *(QuoteRow() for _ in range(blanks))][:MAX_QUOTE_ROWS]


def _quote_rows(form: MultiDict) -> list[QuoteRow]:
    """Rows named ``quotes-N-text`` etc., minus removed and blank ones, in the order of their position field."""
    count = min(small_int(form.get("quote_rows"), 0), MAX_QUOTE_ROWS)
    kept: list[tuple[int, int, QuoteRow]] = []
    for i in range(count):
        prefix = f"quotes-{i}-"
        row = QuoteRow(form.get(prefix + "text", ""), form.get(prefix + "speaker", ""), form.get(prefix + "role", ""))
        if row.blank or form.get(prefix + "remove"):
            continue
        position = small_int(form.get(prefix + "position"), i + 1, digits=6)
        kept.append((position, i, row))
    return [row for _, _, row in sorted(kept, key=lambda item: (item[0], item[1]))]


@dataclass
class RouteForm:
    id: str = ""
    name: str = ""
    url: str = ""
    phone: str = ""
    when: str = ""
    urgency: str = "standard"
    topics: list[str] = field(default_factory=list)
    email: str = ""

    @classmethod
    def from_view(cls, route: RouteView) -> RouteForm:
        return cls(
            route.id,
            route.name,
            route.url or "",
            route.phone or "",
            route.when,
            route.urgency,
            list(route.topics),
            email=route.email or "",
        )

    @classmethod
    def from_request(cls, form: MultiDict) -> RouteForm:
        return cls(
            id=form.get("id", "").strip(), name=form.get("name", ""), url=form.get("url", ""),
            phone=form.get("phone", ""), email=form.get("email", ""), when=form.get("when", ""),
            urgency=form.get("urgency", ""),
            topics=form.getlist("topics"),
        )  # fmt: skip

    def data(self, creating: bool) -> dict[str, Any]:
        data: dict[str, Any] = {
            "name": self.name, "url": self.url, "phone": self.phone, "email": self.email, "when": self.when,
            "urgency": self.urgency, "topics": list(self.topics),
        }  # fmt: skip
        if creating and self.id:
            data["id"] = self.id
        return data
