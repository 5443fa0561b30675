"""What an enquiry may hold, and which wording may be recorded as given to a journalist.

Input comes from every face as a plain dict; :func:`clean_enquiry` returns the cleaned fields or raises
:class:`~statements.errors.ValidationFailed` with messages per field. :func:`refusal` says why a statement's
current wording may not be given to the media (None when it may).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from ..clock import as_utc
from ..errors import ValidationFailed
from ..views import VersionView
from .models import Enquiry

STATUSES = ("open", "answered", "declined")
NAME_LENGTH = 200
QUESTION_LENGTH = 5000
ANSWER_LENGTH = 10000
#: a deadline may be this far in the past (an enquiry logged a little after the call); more is a typo
DEADLINE_PAST = timedelta(hours=1)
#: and at most this far ahead: a deadline in 2062 is a mistyped year
DEADLINE_AHEAD = timedelta(days=366)
FIELDS = ("contact_id", "journalist", "outlet", "question", "deadline")
#: the kind whose approved wording exists to be said to the media, whatever its audience
LINES_TO_TAKE = "lines_to_take"
GIVABLE_AUDIENCES = ("public", "partners")


@dataclass(frozen=True)
class EnquiryView:
    id: int
    contact_id: int | None
    journalist: str
    outlet: str
    question: str
    deadline: datetime | None
    status: str
    answer: str
    slug: str | None
    version: int | None
    logged_by: str
    answered_by: str | None
    received_at: datetime
    updated_at: datetime
    answered_at: datetime | None

    @property
    def who(self) -> str:
        """ "Jo Bloggs (Daily Gazette)", or whichever of the two is known."""
        if self.journalist and self.outlet:
            return f"{self.journalist} ({self.outlet})"
        return self.journalist or self.outlet


def enquiry_view(row: Enquiry) -> EnquiryView:
    return EnquiryView(
        id=row.id, contact_id=row.contact_id, journalist=row.journalist, outlet=row.outlet, question=row.question,
        deadline=row.deadline, status=row.status, answer=row.answer, slug=row.slug, version=row.version,
        logged_by=row.logged_by, answered_by=row.answered_by, received_at=row.received_at,
        updated_at=row.updated_at, answered_at=row.answered_at,
    )  # fmt: skip


def clean_enquiry(data: dict[str, Any], now: datetime, *, creating: bool) -> dict[str, Any]:
    """The fields of ``data`` an enquiry takes, cleaned; ValidationFailed lists every problem at once."""
    errors: dict[str, list[str]] = {}
    out: dict[str, Any] = {}
    for name in sorted(set(data) - set(FIELDS)):
        errors[name] = ["Unknown field."]
    if "contact_id" in data:
        value = data["contact_id"]
        if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value < 1):
            errors["contact_id"] = ["A contact's id, or nothing."]
        else:
            out["contact_id"] = value
    for name, limit in (("journalist", NAME_LENGTH), ("outlet", NAME_LENGTH), ("question", QUESTION_LENGTH)):
        if name not in data:
            continue
        value = data[name]
        if value is not None and not isinstance(value, str):
            errors[name] = ["Must be text."]
        elif len((value or "").strip()) > limit:
            errors[name] = [f"At most {limit} characters."]
        else:
            out[name] = (value or "").strip()
    if ("question" in out and not out["question"]) or (creating and "question" not in data):
        errors.setdefault("question", ["What was asked? The question is required."])
    if "deadline" in data:
        try:
            out["deadline"] = check_deadline(data["deadline"], now)
        except ValueError as exc:
            errors["deadline"] = [str(exc)]
    if errors:
        raise ValidationFailed(errors)
    return out


def check_deadline(value: Any, now: datetime) -> datetime | None:
    """A deadline as aware UTC (None: no deadline). ValueError, with the sentence to show, for anything else."""
    if value is None or value == "":
        return None
    if not isinstance(value, datetime):
        raise ValueError("A date and time, e.g. 2026-06-01T16:00:00+01:00.")
    try:
        when = as_utc(value)
    except ValueError:
        raise ValueError("Give a time zone, e.g. 2026-06-01T16:00:00+01:00.") from None
    if when < now - DEADLINE_PAST:
        raise ValueError("That deadline has already passed: check the date and time.")
    if when > now + DEADLINE_AHEAD:
        raise ValueError("More than a year ahead: check the year.")
    return when


def clean_text(value: Any, field: str, limit: int, required: str | None = None) -> str:
    """One free-text field (an answer, a reason), stripped; ``required`` is the message when it is empty."""
    if value is not None and not isinstance(value, str):
        raise ValidationFailed({field: ["Must be text."]})
    text = (value or "").strip()
    if len(text) > limit:
        raise ValidationFailed({field: [f"At most {limit} characters."]})
    if required and not text:
        raise ValidationFailed({field: [required]})
    return text


def refusal(view: VersionView) -> str | None:
    """Why the current version ``view`` may not be recorded as given to a journalist, or None when it may.

    Published public or partners wording may be given, and so may approved lines to take (their purpose is to
    be said to the media, though they are not published to outsiders). Other internal wording may not.
    Drafts, wording in review, approved-but-unpublished, embargoed and withdrawn versions never reach here as
    current (the catalogue serves only the newest published version past its embargo), or are refused as
    withdrawn.
    """
    if view.withdrawn is not None:
        return f"“{view.slug}” was {view.withdrawn.notice[0].lower()}{view.withdrawn.notice[1:]}"
    if view.status not in ("published",):
        return f"“{view.slug}” has no published version yet: only approved, published wording may be given."
    if view.audience in GIVABLE_AUDIENCES or view.kind == LINES_TO_TAKE:
        return None
    return (
        f"“{view.slug}” is internal-only wording (audience internal, not lines to take): it may not be "
        "given to the media."
    )
