"""``/press ...`` and its buttons: acknowledge at once, answer through ``respond()`` from a lazy listener."""

from __future__ import annotations

import json
import logging
import re

from slack_bolt import Ack, App, Respond

from bots.chat import Answer, ChatCore, Command, parse

from . import sending
from .blocks import FULL, NEXT, POST, answer_message

log = logging.getLogger(__name__)

FAILED = "Something went wrong on our side answering that; try again shortly."


def register(bolt: App, core: ChatCore) -> None:
    def ack_now(ack: Ack) -> None:
        ack()

    def answer_command(body: dict, respond: Respond) -> None:
        command = parse(body.get("text"))
        if command.verb == "send":  # acts for the person asking: who they are matters (see .sending)
            sending.ask(core.services, body, command.query, respond)
            return
        answer = _answer(core, command)
        if answer is None:
            respond(text=FAILED, response_type="ephemeral")
            return
        respond(**answer_message(answer), response_type="ephemeral")

    def post_to_channel(body: dict, respond: Respond) -> None:
        answer = _answer(core, _clicked(body))
        if answer is None:
            respond(text=FAILED, response_type="ephemeral", replace_original=False)
            return
        user = (body.get("user") or {}).get("id") or ""
        respond(**answer_message(answer, shared_by=user), response_type="in_channel", replace_original=False)

    def next_match(body: dict, respond: Respond) -> None:
        answer = _answer(core, _clicked(body))
        if answer is None:
            respond(text=FAILED, response_type="ephemeral", replace_original=False)
            return
        respond(**answer_message(answer), response_type="ephemeral", replace_original=True)

    def full_text(body: dict, respond: Respond) -> None:
        answer = _answer(core, _clicked(body))
        if answer is None:
            respond(text=FAILED, response_type="ephemeral", replace_original=False)
            return
        respond(**answer_message(answer), response_type="ephemeral", replace_original=False)

    # any command name: the app only receives its own (``/press`` in the manifest, renamed if a workspace must)
    bolt.command(re.compile(r"^/"))(ack=ack_now, lazy=[answer_command])
    bolt.action(POST)(ack=ack_now, lazy=[post_to_channel])
    bolt.action(NEXT)(ack=ack_now, lazy=[next_match])
    bolt.action(re.compile(f"^{FULL}_\\d+$"))(ack=ack_now, lazy=[full_text])


def _clicked(body: dict) -> Command:
    """The command a button carries (``{"c": text, "o": offset}``); a mangled value reads as empty input."""
    try:
        value = json.loads(body["actions"][0]["value"])
        return parse(str(value.get("c", "")), offset=int(value.get("o") or 0))
    except (KeyError, IndexError, TypeError, ValueError):
        return parse("")


def _answer(core: ChatCore, command: Command) -> Answer | None:
    try:
        return core.answer(command)
    except Exception:  # the user gets one plain sentence; the trace goes to the log
        log.exception("answering %r failed", command.text)
        return None
