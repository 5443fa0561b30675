"""Where press discussion happens: threads. The "Find approved lines" message shortcut and ``@Pressline ...``.

- **Shortcut** (``find_approved_lines``, on any message, threads included): a modal opens at once ("Searching…",
  within Slack's 3 seconds for a ``trigger_id``), is updated with the approved wording that matches the message's
  text, and the officer's pick is posted into the message's thread, marked internal where it is.
- **Mention** (``app_mention``): ``@Pressline lines grooming`` in a channel or thread is answered in that thread
  with the same answer ``/press`` gives, as an in-channel copy (no buttons but Full text, internal marked).

The bot must be a member of the channel to post there (``chat:write``): ``/invite @Pressline``.
"""

from __future__ import annotations

import json
import logging
import re

from slack_bolt import Ack, App
from slack_sdk import WebClient
from slack_sdk.errors import SlackClientError

from bots.chat import ChatCore, Command, StatementItem, parse

from .blocks import answer_message, context, escape, read_metadata, section

log = logging.getLogger(__name__)

SHORTCUT = "find_approved_lines"
PICK = "find_lines_pick"
_MENTION = re.compile(r"<@[A-Z0-9]+(?:\|[^>]*)?>")
OPTION_MAX = 75  # characters of a radio option's text and description


def register(bolt: App, core: ChatCore) -> None:
    def ack_now(ack: Ack) -> None:
        ack()

    def open_search(body: dict, client: WebClient) -> None:
        message = body.get("message") or {}
        meta = json.dumps(
            {
                "channel": (body.get("channel") or {}).get("id"),
                "thread": message.get("thread_ts") or message.get("ts"),
            }
        )
        try:
            opened = client.views_open(trigger_id=body.get("trigger_id"), view=searching_modal())
            query, items = core.candidates(str(message.get("text") or ""))
            view = opened.get("view") or {}
            client.views_update(view_id=view.get("id"), hash=view.get("hash"), view=pick_modal(query, items, meta))
        except SlackClientError as exc:
            log.warning("the Find approved lines modal failed: %s", exc)

    def check_pick(ack: Ack, view: dict) -> None:
        if not _picked(view):
            ack(response_action="errors", errors={"pick": "Choose the wording to post."})
            return
        ack()

    def post_pick(body: dict, view: dict, client: WebClient) -> None:
        slug = _picked(view)
        meta = read_metadata(view)
        if not slug or not meta.get("channel"):
            return
        answer = core.answer(Command("show", slug))
        user = (body.get("user") or {}).get("id") or ""
        try:
            client.chat_postMessage(
                channel=meta["channel"], thread_ts=meta.get("thread"), **answer_message(answer, shared_by=user)
            )
        except SlackClientError as exc:
            log.warning("posting the picked wording into %s failed: %s", meta["channel"], exc)

    def answer_mention(event: dict, client: WebClient) -> None:
        text = _MENTION.sub(" ", str(event.get("text") or ""))
        answer = core.answer(parse(text))
        thread = event.get("thread_ts") or event.get("ts")
        try:
            client.chat_postMessage(
                channel=str(event.get("channel") or ""),
                thread_ts=thread,
                **answer_message(answer, shared_by=event.get("user")),
            )
        except SlackClientError as exc:
            log.warning("answering a mention in %s failed: %s", event.get("channel"), exc)

    bolt.shortcut(SHORTCUT)(ack=ack_now, lazy=[open_search])
    bolt.view(PICK)(ack=check_pick, lazy=[post_pick])
    bolt.event("app_mention")(ack=ack_now, lazy=[answer_mention])


def searching_modal() -> dict:
    return {
        "type": "modal",
        "callback_id": PICK,
        "title": {"type": "plain_text", "text": "Find approved lines"},
        "blocks": [section("Searching approved wording for this message…")],
    }


def pick_modal(query: str, items: list[StatementItem], metadata: str) -> dict:
    """The matches as radio options, each with its wording shown above; posting the pick is the submit."""
    view: dict = {
        "type": "modal",
        "callback_id": PICK,
        "private_metadata": metadata,
        "title": {"type": "plain_text", "text": "Find approved lines"},
        "close": {"type": "plain_text", "text": "Cancel"},
    }
    if not items:
        view["blocks"] = [section(f"No approved wording matches this message (searched for “{escape(query)}”).")]
        return view
    blocks: list[dict] = [context(f"Searched for “{escape(query)}”")]
    options = []
    for item in items:
        mark = "  ·  :lock: Internal: do not share outside" if item.is_internal else ""
        blocks.append(section(f"*{escape(item.title)}*  ·  {escape(item.kind_label)}{mark}\n{escape(item.text[:600])}"))
        blocks.append(context(escape(item.provenance)))
        label = ("Internal: " if item.is_internal else "") + item.title
        options.append(
            {
                "text": {"type": "plain_text", "text": _fit(label)},
                "description": {"type": "plain_text", "text": _fit(item.provenance)},
                "value": item.slug,
            }
        )
    blocks.append(
        {
            "type": "input",
            "block_id": "pick",
            "label": {"type": "plain_text", "text": "Post into the thread"},
            "element": {"type": "radio_buttons", "action_id": "pick", "options": options},
        }
    )
    view["blocks"] = blocks
    view["submit"] = {"type": "plain_text", "text": "Post"}
    return view


def _fit(text: str) -> str:
    return text if len(text) <= OPTION_MAX else text[: OPTION_MAX - 1].rstrip() + "…"


def _picked(view: dict) -> str | None:
    state = view.get("state") if isinstance(view, dict) else None
    try:
        value = state["values"]["pick"]["pick"]["selected_option"]["value"]  # type: ignore[index]
    except (KeyError, TypeError):
        return None
    return value if isinstance(value, str) and value else None
