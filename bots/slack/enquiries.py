"""``/press enquiry WHO: QUESTION [by TIME]`` and the "Log a media enquiry" shortcut (a modal with fields).

Both log as the Slack user's linked key (``pressline keys create ... --slack-user UXXXX``, editor or above): the
log is evidence in complaints and FOI requests, so it must name a known person. Anyone else is told how to get
linked. The reply carries the suggested lines, without "Post to channel" or "Next match" (they would run the
command again and log the enquiry twice).
"""

from __future__ import annotations

import logging
import re
from datetime import UTC, datetime
from typing import Any

from slack_bolt import Ack, App, Respond
from slack_sdk import WebClient
from slack_sdk.errors import SlackClientError

from bots.chat import ChatCore, parse
from bots.chat.enquiry import answer_enquiry, day_label, logged_answer
from statements import Role, Services, Viewer
from statements.errors import PresslineError, ValidationFailed

from .blocks import answer_message, escape, section

log = logging.getLogger(__name__)

SHORTCUT = "log_enquiry"
MODAL = "enquiry_log"
FIELDS = ("journalist", "outlet", "question", "deadline")
FAILED = "Something went wrong on our side logging that; try again shortly, or log it in the Pressline console."


def refusal(user_id: str) -> str:
    return (
        "Sorry, only press office staff can log enquiries from Slack. If you are, ask an admin to link your Slack "
        f'account to your key: `pressline keys create --name "Your Name" --role editor --slack-user {user_id}`.'
    )


class EnquiryDesk:
    def __init__(self, services: Services, core: ChatCore) -> None:
        self.services = services
        self.core = core

    def staff(self, user_id: str) -> Viewer | None:
        viewer = self.services.keys.by_slack_user(user_id) if user_id else None
        return viewer if viewer is not None and viewer.has_role(Role.editor) else None

    def log_command(self, body: dict, respond: Respond) -> None:
        user_id = str(body.get("user_id") or "")
        try:
            actor = self.staff(user_id)
            if actor is None:
                respond(text=refusal(escape(user_id)), response_type="ephemeral")
                return
            answer = answer_enquiry(self.core, parse(body.get("text")), actor)
        except Exception:  # the user gets one plain sentence; the trace goes to the log
            log.exception("logging an enquiry from Slack failed")
            respond(text=FAILED, response_type="ephemeral")
            return
        respond(**answer_message(answer, buttons=False), response_type="ephemeral")

    def open_modal(self, body: dict, client: WebClient) -> None:
        user_id = str((body.get("user") or {}).get("id") or "")
        view = enquiry_modal() if self.staff(user_id) is not None else notice_modal(refusal(escape(user_id)))
        try:
            client.views_open(trigger_id=body.get("trigger_id"), view=view)
        except SlackClientError as exc:
            log.warning("views.open failed for the enquiry form: %s", exc)

    def submit(self, ack: Ack, body: dict, view: dict) -> None:
        """Runs before the ack, so field errors show in the modal itself; the write is one quick transaction.
        On success the modal turns into the confirmation with the suggested lines."""
        user_id = str((body.get("user") or {}).get("id") or "")
        try:
            actor = self.staff(user_id)
            if actor is None:
                ack(response_action="errors", errors={"question": "Only press office staff linked to Slack can log."})
                return
            logged = self.services.enquiries.log(modal_values(view), actor)
        except ValidationFailed as exc:
            errors = {_block(name): " ".join(messages) for name, messages in exc.errors.items()}
            ack(response_action="errors", errors=errors)
            return
        except PresslineError as exc:
            ack(response_action="errors", errors={"question": exc.message or "That could not be logged."})
            return
        try:
            items = [self.core.item(v) for v in self.services.enquiries.lines_for(logged.question)]
        except Exception:  # the enquiry is logged: a search failure only costs the suggestions
            log.exception("suggested lines for enquiry %s failed", logged.id)
            items = []
        zone = self.services.media.zone
        due = day_label(logged.deadline, zone) if logged.deadline else ""
        answer = logged_answer(parse("enquiry"), logged, items, due)
        ack(response_action="update", view=notice_modal("", answer_message(answer, buttons=False)["blocks"]))


def modal_values(view: dict) -> dict[str, Any]:
    """The modal's fields as the enquiry log takes them (the date-time picker sends a Unix time)."""
    values = (view.get("state") or {}).get("values") or {}

    def field(name: str) -> Any:
        element = (values.get(name) or {}).get(name) or {}
        return element.get("selected_date_time") if name == "deadline" else element.get("value")

    data: dict[str, Any] = {name: field(name) or "" for name in ("journalist", "outlet", "question")}
    stamp = field("deadline")
    if isinstance(stamp, int) and not isinstance(stamp, bool) and 0 < stamp < 2**33:
        data["deadline"] = datetime.fromtimestamp(stamp, UTC)
    return data


def _block(field: str) -> str:
    return field if field in FIELDS else "question"


def _input(block: str, label: str, element: dict, optional: bool = True, hint: str | None = None) -> dict:
    out = {"type": "input", "block_id": block, "optional": optional,
           "label": {"type": "plain_text", "text": label}, "element": {**element, "action_id": block}}  # fmt: skip
    if hint:
        out["hint"] = {"type": "plain_text", "text": hint}
    return out


def enquiry_modal() -> dict:
    text = {"type": "plain_text_input"}
    return {
        "type": "modal",
        "callback_id": MODAL,
        "title": {"type": "plain_text", "text": "Log a media enquiry"},
        "submit": {"type": "plain_text", "text": "Log enquiry"},
        "close": {"type": "plain_text", "text": "Cancel"},
        "blocks": [
            _input("journalist", "Journalist", {**text, "max_length": 200}),
            _input("outlet", "Outlet", {**text, "max_length": 200}),
            _input("question", "Question", {**text, "multiline": True, "max_length": 3000}, optional=False),
            _input("deadline", "Deadline", {"type": "datetimepicker"}, hint="Leave empty if there is none."),
        ],
    }


def notice_modal(text: str, blocks: list[dict] | None = None) -> dict:
    """A modal with no form: a sentence (mrkdwn, escaped by the caller) or ready blocks, and a Close button.
    Buttons are dropped: a click in a modal has no response URL to answer through."""
    shown = [{k: v for k, v in b.items() if k != "accessory"} for b in (blocks or [section(text)])][:100]
    return {
        "type": "modal",
        "title": {"type": "plain_text", "text": "Media enquiry"},
        "close": {"type": "plain_text", "text": "Close"},
        "blocks": shown,
    }


def register(bolt: App, services: Services, core: ChatCore) -> None:
    """Register before :func:`bots.slack.answers.register`: its command listener takes every other command."""
    desk = EnquiryDesk(services, core)

    def ack_now(ack: Ack) -> None:
        ack()

    def is_enquiry(body: dict) -> bool:
        return parse(body.get("text")).verb == "enquiry"

    bolt.command(re.compile(r"^/"), matchers=[is_enquiry])(ack=ack_now, lazy=[desk.log_command])
    bolt.shortcut(SHORTCUT)(ack=ack_now, lazy=[desk.open_modal])
    bolt.view(MODAL)(desk.submit)


__all__ = ["EnquiryDesk", "register"]
