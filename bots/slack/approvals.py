"""Approve and Reject buttons on approval requests, and the modal that asks for a rejection reason.

Only a Slack user linked to a live approver (or admin) key may act (``pressline keys create --role approver
--slack-user UXXXX``); the domain enforces the two-person rule, and everyone else gets a polite refusal, shown
only to them. A click acts on the version the request named: if it moved on meanwhile, nothing happens.
"""

from __future__ import annotations

import json
import logging

from slack_bolt import Ack, App, Respond
from slack_sdk import WebClient
from slack_sdk.errors import SlackClientError

from statements import Role, Services, Viewer
from statements.errors import PresslineError, SelfApproval
from statements.views import VersionView

from .blocks import APPROVE, REJECT, context, decided_message, escape, fallback, read_metadata, reject_modal, section

log = logging.getLogger(__name__)

MODAL = "approval_reject_reason"


def refusal(user_id: str) -> str:
    return (
        "Sorry, only a Pressline approver can do that from Slack. If you are one, ask an admin to link your "
        f'Slack account to your key: `pressline keys create --name "Your Name" --role approver --slack-user {user_id}`.'
    )


class Approvals:
    def __init__(self, services: Services) -> None:
        self.services = services

    def approver(self, user_id: str) -> Viewer | None:
        viewer = self.services.keys.by_slack_user(user_id) if user_id else None
        return viewer if viewer is not None and viewer.has_role(Role.approver) else None

    def waiting(self, slug: str, number: int, approver: Viewer) -> tuple[VersionView | None, str | None]:
        """The version still in review, or None and a sentence saying why nothing can be done."""
        view = self.services.catalogue.working(slug, approver)
        if view.version != number or view.status != "in_review":
            status = view.status.replace("_", " ")
            return (
                None,
                f"Version {number} of `{slug}` is no longer waiting for approval (newest: v{view.version}, {status}).",
            )
        return view, None

    def approve(self, body: dict, respond: Respond) -> None:
        try:
            clicked = self._clicked(body, respond)
            if clicked is None:
                return
            approver, view = clicked
            self.services.workflow.approve(view.slug, view.revision, approver)
        except SelfApproval as exc:
            _tell(respond, f"Sorry, you can't approve this one. {escape(exc.message)}")
            return
        except PresslineError as exc:
            _tell(respond, escape(exc.message or "That could not be done."))
            return
        user_id = (body.get("user") or {}).get("id") or ""
        outcome = f":white_check_mark: Approved by {escape(approver.name or '')} (<@{user_id}>). Ready to publish."
        blocks = decided_message((body.get("message") or {}).get("blocks") or [], outcome)
        text = fallback(f"v{view.version} of {view.slug} approved by {approver.name}")
        respond(text=text, blocks=blocks, replace_original=True)

    def ask_reason(self, body: dict, respond: Respond, client: WebClient) -> None:
        try:
            clicked = self._clicked(body, respond)
        except PresslineError as exc:
            _tell(respond, escape(exc.message or "That could not be done."))
            return
        if clicked is None:
            return
        _approver, view = clicked
        metadata = json.dumps(
            {
                "slug": view.slug,
                "v": view.version,
                "channel": (body.get("channel") or {}).get("id"),
                "ts": (body.get("message") or {}).get("ts"),
            }
        )
        try:
            client.views_open(trigger_id=body["trigger_id"], view=reject_modal(body["actions"][0]["value"], metadata))
        except SlackClientError as exc:
            log.warning("views.open failed for %s: %s", view.slug, exc)
            _tell(respond, "Slack would not open the form for the reason; click Reject again in a moment.")

    def _clicked(self, body: dict, respond: Respond) -> tuple[Viewer, VersionView] | None:
        """The clicking approver and the version the request named, still in review; else None, after telling
        the clicker why nothing happens."""
        user_id = (body.get("user") or {}).get("id") or ""
        slug, number = _target(body)
        approver = self.approver(user_id)
        if approver is None:
            _tell(respond, refusal(user_id))
            return None
        view, why = self.waiting(slug, number, approver)
        if view is None:
            _tell(respond, why or "")
            return None
        return approver, view

    def submit_reason(self, ack: Ack, body: dict, view: dict) -> None:
        """Runs before the ack so that a problem shows in the modal itself; the write is one quick transaction."""
        user_id = (body.get("user") or {}).get("id") or ""
        reason = _dig(view, "state", "values", "reason", "reason", "value")
        reason = reason.strip() if isinstance(reason, str) else ""
        if not reason:
            ack(response_action="errors", errors={"reason": "Give a reason: the author sees it."})
            return
        meta = read_metadata(view)
        try:
            approver = self.approver(user_id)
            if approver is None:
                ack(
                    response_action="errors", errors={"reason": "Only a Pressline approver linked to Slack can reject."}
                )
                return
            current, why = self.waiting(str(meta.get("slug", "")), _int(meta.get("v")), approver)
            if current is None:
                ack(response_action="errors", errors={"reason": why or "Nothing to reject."})
                return
            self.services.workflow.reject(current.slug, current.revision, approver, reason)
        except PresslineError as exc:
            ack(response_action="errors", errors={"reason": exc.message or "That could not be done."})
            return
        ack()

    def after_reject(self, body: dict, view: dict, client: WebClient) -> None:
        """Replace the request's buttons with the outcome, once the rejection is committed."""
        meta = read_metadata(view)
        user_id = (body.get("user") or {}).get("id") or ""
        approver = self.approver(user_id)
        if approver is None or not meta.get("channel") or not meta.get("ts"):
            return
        versions = self.services.catalogue.versions(meta["slug"], approver)
        rejected = next((v for v in versions if v.version == meta.get("v") and v.status == "rejected"), None)
        if rejected is None:
            return
        outcome = (
            f":x: Rejected by {escape(approver.name or '')} (<@{user_id}>): {escape(rejected.rejected_reason or '')}"
        )
        client.chat_update(
            channel=meta["channel"],
            ts=meta["ts"],
            text=fallback(f"Rejected: {rejected.title}"),
            blocks=[
                section(f":x: *Rejected: {escape(rejected.title)}*"),
                section(outcome),
                context(f"`{escape(rejected.slug)}` · v{rejected.version} · back to {escape(rejected.author)}"),
            ],
        )


def _tell(respond: Respond, text: str) -> None:
    """A reply only the clicker sees, leaving the request itself as it was (``text`` is mrkdwn already)."""
    respond(text=text, response_type="ephemeral", replace_original=False)


def _dig(node: object, *keys: str) -> object:
    """``node[k1][k2]...``, or None where the payload has something else than a dict on the way."""
    for key in keys:
        if not isinstance(node, dict):
            return None
        node = node.get(key)
    return node


def _int(value: object) -> int:
    try:
        return int(value)  # type: ignore[call-overload]
    except (TypeError, ValueError, OverflowError):
        return 0


def _target(body: dict) -> tuple[str, int]:
    try:
        value = json.loads(body["actions"][0]["value"])
        return str(value["slug"]), int(value["v"])
    except (KeyError, IndexError, TypeError, ValueError):
        return "", 0


def register(bolt: App, services: Services) -> None:
    approvals = Approvals(services)

    def ack_now(ack: Ack) -> None:
        ack()

    bolt.action(APPROVE)(ack=ack_now, lazy=[approvals.approve])
    bolt.action(REJECT)(ack=ack_now, lazy=[approvals.ask_reason])
    bolt.view(MODAL)(ack=approvals.submit_reason, lazy=[approvals.after_reject])
