"""``/press send SLUG`` in Slack: show where the release will go and ask; the "Send" button does it.

Only a Slack user linked to a live approver key may send (as for approvals); everyone else gets a polite
refusal. The question and the outcome are shown only to the person who asked.
"""

from __future__ import annotations

import logging

from slack_bolt import Ack, App, Respond

from bots.chat.sending import SendPlan, carry_out, plan
from statements import Role, Services, Viewer

from .approvals import refusal
from .blocks import button, context, escape, fallback, section

log = logging.getLogger(__name__)

SEND = "media_send"
CANCEL = "media_send_cancel"


def approver(services: Services, user_id: str) -> Viewer | None:
    viewer = services.keys.by_slack_user(user_id) if user_id else None
    return viewer if viewer is not None and viewer.has_role(Role.approver) else None


def ask(services: Services, body: dict, slug: str, respond: Respond) -> None:
    """The answer to ``/press send SLUG`` (a lazy listener: after the ack)."""
    user_id = body.get("user_id") or (body.get("user") or {}).get("id") or ""
    who = approver(services, user_id)
    if who is None:
        respond(text=refusal(user_id), response_type="ephemeral")
        return
    found = plan(services, slug, who)
    if isinstance(found, str):
        respond(text=escape(found), response_type="ephemeral")
        return
    respond(**question(found), response_type="ephemeral")


def question(found: SendPlan) -> dict:
    if found.mode == "publish":
        what = "publish it now; the release email goes out as it goes live"
    else:
        what = "send the embargoed advance copy now"
    people = (f"*Lists:* {escape(found.list_names)}\n*Recipients:* {found.recipients} (each once; unsubscribed "
              f"and “do not send” contacts left out)\n*When:* {escape(found.when)}")  # fmt: skip
    buttons = [button("Send", SEND, found.token, "primary"), button("Cancel", CANCEL, found.token)]
    blocks = [
        section(f":email: *{escape(found.action)}: {escape(found.title)}* (v{found.version})"),
        section(people),
        context(f"`{escape(found.slug)}` · Confirming will {what}."),
        {"type": "actions", "block_id": "media_send", "elements": buttons},
    ]
    return {"text": fallback(f"{found.action}: {found.title} to {found.recipients} recipients?"), "blocks": blocks}


def register(bolt: App, services: Services) -> None:
    def ack_now(ack: Ack) -> None:
        ack()

    def confirmed(body: dict, respond: Respond) -> None:
        user_id = (body.get("user") or {}).get("id") or ""
        who = approver(services, user_id)
        if who is None:
            respond(text=refusal(user_id), response_type="ephemeral", replace_original=False)
            return
        try:
            outcome = carry_out(services, body["actions"][0]["value"], who)
        except (KeyError, IndexError, TypeError):
            outcome = "That button is out of date: run `/press send` again."
        except Exception:  # one plain sentence for the user; the trace goes to the log
            log.exception("sending a release from Slack failed")
            outcome = "Something went wrong on our side; nothing may have been sent. Check the console."
        respond(text=fallback(outcome), blocks=[section(escape(outcome))], replace_original=True)

    def cancelled(body: dict, respond: Respond) -> None:
        respond(text="Not sent.", blocks=[section("Not sent.")], replace_original=True)

    bolt.action(SEND)(ack=ack_now, lazy=[confirmed])
    bolt.action(CANCEL)(ack=ack_now, lazy=[cancelled])
