"""``enquiry WHO: QUESTION [by TIME]``: a media enquiry typed in one line, read for every face.

``Jo Bloggs, Daily Gazette: are schools affected by the closure? by 16:00`` is the journalist (before the first
comma), the outlet (after it), the question (after the first ``": "``) and a deadline at the end (``by 16:00``,
``by 4pm``, ``by 9.30am tomorrow``), in the office's time zone. ``Jo Bloggs (Daily Gazette): ...`` works too.
A bare ``by 5`` is left in the question: without minutes or am/pm it is not clearly a time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo
from typing import TYPE_CHECKING

from statements import Viewer
from statements.errors import Forbidden, ValidationFailed
from statements.media.enquiry_rules import EnquiryView
from statements.release.schedule import office_time

from .answers import Answer, HelpItem, StatementItem, human_date
from .commands import Command, clean

if TYPE_CHECKING:
    from .core import ChatCore

USAGE = "enquiry NAME, OUTLET: QUESTION by 16:00"
EXAMPLE = "enquiry Jo Bloggs, Daily Gazette: are schools affected by the closure? by 16:00"
HELP = HelpItem("enquiry NAME, OUTLET: QUESTION [by 16:00]", "Log a media enquiry and see suggested lines.")
MAX_TEXT = 5400  # a question of up to 5,000 characters, with who asked and the deadline

_DEADLINE = re.compile(
    r"[\s,;]*\bby\s+(?:(?P<before>today|tomorrow)\s+(?:at\s+)?)?"
    r"(?P<hour>\d{1,2})(?:[:.](?P<minute>\d{2}))?\s*(?P<half>am|pm)?"
    r"(?:\s+(?P<after>today|tomorrow))?\s*[.!]?\s*$",
    re.IGNORECASE,
)
_PARENS = re.compile(r"^(?P<name>[^()]*?)\s*\((?P<outlet>[^()]*)\)$")


class NotAnEnquiry(ValueError):
    """What was typed cannot be read as an enquiry; the message says what is missing."""


@dataclass(frozen=True)
class EnquiryText:
    journalist: str
    outlet: str
    question: str
    deadline: datetime | None

    def data(self) -> dict:
        """The enquiry log's fields."""
        return {
            "journalist": self.journalist, "outlet": self.outlet, "question": self.question,
            "deadline": self.deadline,
        }  # fmt: skip


def enquiry_text(raw: str) -> str:
    """The words after the verb, read from the text as typed: the shared parser cuts its query to a search's
    length, and a question may be longer."""
    return clean(raw, MAX_TEXT + 20).partition(" ")[2].strip()[:MAX_TEXT]


def read_enquiry(text: str, now: datetime, zone: tzinfo) -> EnquiryText:
    """Read ``WHO: QUESTION [by TIME]``. Raises :class:`NotAnEnquiry` when who asked or the question is missing,
    and ValidationFailed (``deadline``) for a time that does not exist on the clock-change day."""
    who, colon, question = text.partition(": ")
    if not colon or not who.strip():
        raise NotAnEnquiry("Say who asked, then a colon, then the question.")
    deadline = None
    found = _DEADLINE.search(question)
    if found and _is_time(found):
        deadline = _deadline(found, now, zone)
        question = question[: found.start()]
    question = question.strip()
    if not question:
        raise NotAnEnquiry("What was the question? Type it after the colon.")
    journalist, outlet = _who(who.strip())
    return EnquiryText(journalist[:200], outlet[:200], question, deadline)


def _who(text: str) -> tuple[str, str]:
    found = _PARENS.match(text)
    if found:
        return found["name"].strip(), found["outlet"].strip()
    name, _, outlet = text.partition(",")
    return name.strip(), outlet.strip()


def _is_time(found: re.Match) -> bool:
    hour, minute, half = int(found["hour"]), found["minute"], found["half"]
    if half:
        return 1 <= hour <= 12 and (minute is None or int(minute) < 60)
    return minute is not None and hour < 24 and int(minute) < 60


def _deadline(found: re.Match, now: datetime, zone: tzinfo) -> datetime:
    hour, minute = int(found["hour"]), int(found["minute"] or 0)
    if found["half"]:
        hour = hour % 12 + (12 if found["half"].lower() == "pm" else 0)
    day = now.astimezone(zone).date()
    if (found["before"] or found["after"] or "").lower() == "tomorrow":
        day += timedelta(days=1)
    return office_time(datetime(day.year, day.month, day.day, hour, minute), str(zone), "deadline")


def answer_enquiry(core: ChatCore, command: Command, actor: Viewer | None) -> Answer:
    """Log the enquiry as ``actor`` (staff) and answer with the suggested lines. With no actor (a face that
    cannot tell who is asking) nothing is logged: the lines are suggested and the reply says where to log it."""
    services = core.services
    zone = services.media.zone
    text = enquiry_text(command.raw)
    try:
        if not text:
            raise NotAnEnquiry("say who asked and what.")
        parsed = read_enquiry(text, services.clock(), zone)
        view = services.enquiries.log(parsed.data(), actor) if actor is not None else None
    except NotAnEnquiry as exc:
        return usage_answer(command, str(exc))
    except ValidationFailed as exc:
        return usage_answer(command, " ".join(m for ms in exc.errors.values() for m in ms))
    except Forbidden:
        return Answer("error", "Not logged", command, notice="Only press office staff may log enquiries.")
    items = [core.item(v) for v in services.enquiries.lines_for(parsed.question)]
    if view is None:
        notice = "Not logged: log enquiries from Slack or the Pressline console, where Pressline knows who you are."
        return Answer("statements", "Suggested lines", command, items, notice=notice, total=len(items))
    due = day_label(view.deadline, zone) if view.deadline else ""
    return logged_answer(command, view, items, due)


def usage_answer(command: Command, notice: str) -> Answer:
    """ "Didn't catch that" with the enquiry usage and an example."""
    return Answer(
        "help", "Log a media enquiry", command, [HELP], notice=f"Didn't catch that: {notice}",
        suggestion=EXAMPLE,
    )  # fmt: skip


def logged_answer(command: Command, enquiry: EnquiryView, items: list[StatementItem], deadline_label: str) -> Answer:
    """The reply to a logged enquiry: its number, who asked, and the suggested lines (none: say so)."""
    due = f", deadline {deadline_label}" if deadline_label else ""
    lines = (
        "Suggested lines below: answer it in the Pressline console once given."
        if items
        else "No approved wording matches the question yet: answer it in the Pressline console once given."
    )
    notice = f"Logged enquiry {enquiry.id} from {enquiry.who}{due}. {lines}"
    return Answer("statements", f"Enquiry {enquiry.id} logged", command, items, notice=notice, total=len(items))


def day_label(moment: datetime, zone: tzinfo) -> str:
    """``16:00 on 1 Jun 2026`` in the office's zone."""
    local = moment.astimezone(zone)
    return f"{local:%H:%M} on {human_date(local)}"
