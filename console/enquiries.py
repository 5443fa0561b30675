"""The enquiry log's pages: log an enquiry (a contact or a typed name), search and filter the log, export a date
range as CSV, and one enquiry with its suggested lines, "Answer with these lines" and decline."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from flask import Response, flash, redirect, render_template, request, stream_with_context, url_for
from flask.typing import ResponseReturnValue
from werkzeug.datastructures import MultiDict

from statements.errors import InvalidTransition, ValidationFailed
from statements.media.enquiries import EnquiryFilters
from statements.media.enquiries_csv import export_csv
from statements.media.enquiry_rules import STATUSES

from .blueprint import bp
from .context import now, office_zone, parse_local, services, viewer
from .forms import small_int

PAGE = 20


@dataclass
class EnquiryForm:
    contact_id: str = ""
    journalist: str = ""
    outlet: str = ""
    question: str = ""
    deadline: str = ""

    @classmethod
    def from_request(cls, form: MultiDict) -> EnquiryForm:
        return cls(
            contact_id=form.get("contact_id", "").strip(), journalist=form.get("journalist", ""),
            outlet=form.get("outlet", ""), question=form.get("question", ""), deadline=form.get("deadline", ""),
        )  # fmt: skip

    def data(self) -> dict[str, Any]:
        """The domain's dict; a deadline the browser sent that is no date and time is a field error here."""
        data: dict[str, Any] = {"journalist": self.journalist, "outlet": self.outlet, "question": self.question}
        if self.contact_id:
            contact = small_int(self.contact_id)
            if contact is None:
                raise ValidationFailed({"contact_id": ["Choose a contact from the list."]})
            data["contact_id"] = contact
        if self.deadline.strip():
            try:
                data["deadline"] = parse_local(self.deadline)
            except ValueError:
                raise ValidationFailed({"deadline": ["A date and time, e.g. today at 16:00."]}) from None
            except ValidationFailed as exc:  # a clock-change time: the message is right, the field name is not
                raise ValidationFailed({"deadline": [m for ms in exc.errors.values() for m in ms]}) from None
        return data


@dataclass(frozen=True)
class LogFilters:
    q: str = ""
    status: str = ""
    start: date | None = None
    end: date | None = None

    @classmethod
    def from_args(cls, args: MultiDict) -> LogFilters:
        status = args.get("status", "")
        return cls(
            q=args.get("q", "").strip()[:200], status=status if status in STATUSES else "",
            start=_date(args.get("from")), end=_date(args.get("to")),
        )  # fmt: skip

    def domain(self) -> EnquiryFilters:
        since, until = day_range(self.start, self.end)
        return EnquiryFilters(text=self.q or None, status=self.status or None, since=since, until=until)

    def params(self) -> dict[str, str]:
        values = {"q": self.q, "status": self.status, "from": _iso(self.start), "to": _iso(self.end)}
        return {key: value for key, value in values.items() if value}


@bp.get("/enquiries")
def enquiries() -> ResponseReturnValue:
    return _log_page(EnquiryForm(), {})


@bp.post("/enquiries")
def log_enquiry() -> ResponseReturnValue:
    form = EnquiryForm.from_request(request.form)
    try:
        view = services().enquiries.log(form.data(), viewer())
    except ValidationFailed as exc:
        return _log_page(form, exc.errors), 422
    flash(f"Enquiry {view.id} logged.", "info")
    return redirect(url_for("console.enquiry", enquiry_id=view.id), code=303)


@bp.get("/enquiries.csv")
def export_enquiries() -> ResponseReturnValue:
    start, end = _date(request.args.get("from")), _date(request.args.get("to"))
    if start is None or end is None or end < start:
        flash("Choose the first and last day to export (the last on or after the first).", "error")
        return redirect(url_for("console.enquiries"), code=303)
    since, until = day_range(start, end)
    assert since is not None and until is not None
    chunks = export_csv(services().enquiries, viewer(), since, until)
    first = next(chunks)
    response = Response(stream_with_context(_chain(first, chunks)), mimetype="text/csv")
    response.headers["Content-Disposition"] = f'attachment; filename="enquiries-{start:%Y%m%d}-{end:%Y%m%d}.csv"'
    return response


@bp.get("/enquiries/<int(max=2147483647):enquiry_id>")
def enquiry(enquiry_id: int) -> ResponseReturnValue:
    return _enquiry_page(enquiry_id, {})


@bp.post("/enquiries/<int(max=2147483647):enquiry_id>/answer")
def answer_enquiry(enquiry_id: int) -> ResponseReturnValue:
    form = request.form
    try:
        services().enquiries.answer(enquiry_id, viewer(), slug=form.get("slug"), text=form.get("answer"))
    except ValidationFailed as exc:
        return _enquiry_page(enquiry_id, exc.errors), 422
    except InvalidTransition as exc:
        flash(exc.message, "error")
    else:
        flash("Answer recorded.", "info")
    return redirect(url_for("console.enquiry", enquiry_id=enquiry_id), code=303)


@bp.post("/enquiries/<int(max=2147483647):enquiry_id>/decline")
def decline_enquiry(enquiry_id: int) -> ResponseReturnValue:
    try:
        services().enquiries.decline(enquiry_id, viewer(), request.form.get("reason"))
    except ValidationFailed as exc:
        return _enquiry_page(enquiry_id, exc.errors), 422
    except InvalidTransition as exc:
        flash(exc.message, "error")
    else:
        flash("Declined: the reason is in the log.", "info")
    return redirect(url_for("console.enquiry", enquiry_id=enquiry_id), code=303)


@bp.post("/enquiries/<int(max=2147483647):enquiry_id>/reopen")
def reopen_enquiry(enquiry_id: int) -> ResponseReturnValue:
    try:
        services().enquiries.reopen(enquiry_id, viewer())
    except InvalidTransition as exc:
        flash(exc.message, "error")
    else:
        flash("Reopened.", "info")
    return redirect(url_for("console.enquiry", enquiry_id=enquiry_id), code=303)


def _log_page(form: EnquiryForm, errors: dict[str, list[str]]) -> str:
    filters = LogFilters.from_args(request.args)
    page = min(max(small_int(request.args.get("page"), 1), 1), 10_000)
    found = services().enquiries.search(viewer(), filters.domain(), (page - 1) * PAGE, PAGE)
    today = now().astimezone(office_zone()).date()
    return render_template(
        "console/enquiries.html", form=form, errors=errors, filters=filters, found=found, page=page,
        more=found.total > page * PAGE, statuses=STATUSES, contacts=services().enquiries.contact_choices(viewer()),
        params=filters.params(), export_from=_iso(today - timedelta(days=30)), export_to=_iso(today),
    )  # fmt: skip


def _enquiry_page(enquiry_id: int, errors: dict[str, list[str]]) -> str:
    log = services().enquiries
    view = log.get(enquiry_id, viewer())
    suggestions = log.suggestions(enquiry_id, viewer()) if view.status == "open" else []
    return render_template(
        "console/enquiry.html", enquiry=view, suggestions=suggestions, errors=errors, form=request.form
    )


def day_range(start: date | None, end: date | None) -> tuple[datetime | None, datetime | None]:
    """Office-local days, ``end`` included, as UTC moments ``[since, until)``."""
    zone = office_zone()
    since = datetime.combine(start, time(), zone).astimezone(UTC) if start else None
    until = datetime.combine(end + timedelta(days=1), time(), zone).astimezone(UTC) if end else None
    return since, until


def _date(value: str | None) -> date | None:
    """A ``date`` field's value; anything else (or a year no log holds, whose next day may not exist) is None."""
    try:
        day = date.fromisoformat((value or "").strip())
    except ValueError:
        return None
    return day if 1970 <= day.year <= 2999 else None


def _iso(value: date | None) -> str:
    return value.isoformat() if value else ""


def _chain(first: str, rest):
    yield first
    yield from rest
