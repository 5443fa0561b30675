"""Block Kit rendering of the chat core's :class:`~bots.chat.Answer` and :class:`~bots.chat.Notice`.

Only layout lives here: what to say was decided by the core. Button values carry the command text and offset
as JSON (``{"c": "lines grooming", "o": 1}``), so a click re-runs a command instead of trusting stored state.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from bots.chat import Answer, Command, HelpItem, Notice, QuoteItem, RouteItem, StatementItem

PREFIX = "/press"
SECTION_MAX = 2900  # Slack's section text limit is 3,000 characters
MAX_BLOCKS = 48  # of 50 per message
URGENCY = {"emergency": ":rotating_light: Emergency", "urgent": "Urgent", "standard": "", "support": "Support"}

POST, NEXT, FULL = "press_post", "press_next", "press_full"
APPROVE, REJECT = "approval_approve", "approval_reject"


def escape(text: str) -> str:
    """mrkdwn needs only these three escaped; everything else is shown as typed. Every mrkdwn field and every
    message's top-level ``text`` (the notification) goes through this: ``<!channel>`` or ``<https://x|Click>`` in
    a statement's title is shown, never acted on. ``plain_text`` fields (headers, buttons) are not parsed by
    Slack at all, so they carry the text as typed."""
    return (text or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def link(url: str | None, label: str) -> str:
    """A mrkdwn link to an http(s) URL (``label`` escaped); any other scheme is shown as text, not linked."""
    if not url or not url.lower().startswith(("https://", "http://")):
        return escape(label)
    return f"<{escape(url).replace('|', '%7C')}|{escape(label)}>"


def fallback(text: str, limit: int = 300) -> str:
    """A message's top-level ``text``: cut to ``limit`` characters before escaping, so no entity is cut."""
    return escape(text[:limit])


INTERNAL_BANNER = ":lock: *Internal: do not share outside*"


def command_value(command: Command, offset: int | None = None) -> str:
    return json.dumps({"c": command.text, "o": command.offset if offset is None else offset})


def section(text: str) -> dict:
    return {"type": "section", "text": {"type": "mrkdwn", "text": text[:3000]}}


def context(text: str) -> dict:
    return {"type": "context", "elements": [{"type": "mrkdwn", "text": text[:3000]}]}


def button(text: str, action_id: str, value: str, style: str | None = None) -> dict:
    element = {"type": "button", "text": {"type": "plain_text", "text": text}, "action_id": action_id, "value": value}
    if style:
        element["style"] = style
    return element


def chunks(text: str, size: int = SECTION_MAX) -> list[str]:
    """Split long text on paragraph, then line, then word boundaries into pieces of at most ``size``."""
    pieces, rest = [], text
    while len(rest) > size:
        window = rest[:size]
        cut = max(window.rfind("\n\n"), window.rfind("\n"), window.rfind(" "))
        cut = cut if cut > size // 2 else size
        pieces.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    return [*pieces, rest] if rest else pieces


# -- answers -----------------------------------------------------------------------------------------------------


def answer_message(answer: Answer, *, shared_by: str | None = None, buttons: bool = True) -> dict[str, Any]:
    """``{"text", "blocks"}`` for ``respond()``. ``shared_by`` (a user id) renders the in-channel copy: no buttons
    but "Full text", and a line saying who posted it. ``buttons=False``: no "Post to channel" or "Next match"
    (an answer whose command must not run again, such as a logged enquiry)."""
    blocks: list[dict] = [{"type": "header", "text": {"type": "plain_text", "text": answer.title[:150]}}]
    if answer.is_internal:
        blocks.append(context(INTERNAL_BANNER))
    if answer.notice:
        icon = ":warning: " if answer.is_error else ""
        blocks.append(section(icon + escape(answer.notice)))
    renderers: dict[str, Callable[[Any, int], list[dict]]] = {
        "statements": _statement, "quotes": _quote, "routes": _route, "help": _help,
    }  # fmt: skip
    render = renderers.get(answer.kind)
    for index, item in enumerate(answer.items):
        if render is not None:
            blocks += render(item, index)
    if answer.suggestion:
        blocks.append(section(escape(answer.did_you_mean(PREFIX) or "")))
    actions = _answer_actions(answer) if shared_by is None and buttons else []
    if shared_by:
        blocks.append(context(f"Shared by <@{escape(shared_by)}> with `{PREFIX} {escape(answer.command.text)}`"))
    blocks = blocks[: MAX_BLOCKS - (1 if actions else 0)]
    if actions:
        blocks.append({"type": "actions", "block_id": "press_answer", "elements": actions})
    return {"text": fallback(answer.summary(PREFIX)), "blocks": blocks}


def _answer_actions(answer: Answer) -> list[dict]:
    if answer.kind in ("error", "help") or not answer.items:
        return []
    actions = [button("Post to channel", POST, command_value(answer.command), "primary")]
    if answer.next_offset is not None:
        actions.append(button("Next match", NEXT, command_value(answer.command, answer.next_offset)))
    return actions


def _statement(item: StatementItem, index: int) -> list[dict]:
    heading = f"*{escape(item.title)}*"
    if item.kind:
        heading += f"  ·  {escape(item.kind_label)}"
    if item.audience == "internal":
        heading += "  ·  :lock: Internal: do not share outside"
    elif item.audience == "partners":
        heading += "  ·  Partners only"
    if item.withdrawn_notice:
        return [section(heading), section(f":no_entry: *{escape(item.withdrawn_notice)}*")]
    blocks = [section(heading)]
    text_blocks = [section(escape(piece)) for piece in chunks(item.text)]
    if item.truncated:
        full = command_value(Command("show", item.slug))
        text_blocks[-1]["accessory"] = button("Full text", f"{FULL}_{index}", full)
    blocks += text_blocks
    if item.stale_warning:
        blocks.append(context(f":warning: {escape(item.stale_warning)}"))
    provenance = escape(item.provenance)
    if item.url:
        provenance += " · " + link(item.url, "open")
    blocks.append(context(provenance))
    return blocks


def _quote(item: QuoteItem, index: int) -> list[dict]:
    provenance = escape(item.provenance)
    if item.is_internal:
        provenance = f":lock: Internal: do not share outside · {provenance}"
    return [
        section(f"> “{escape(item.text)}”\n— *{escape(item.attribution)}*"),
        context(provenance),
    ]


def _route(item: RouteItem, index: int) -> list[dict]:
    label = URGENCY.get(item.urgency, item.urgency)
    lines = [f"*{escape(item.name)}*" + (f"  ·  {label}" if label else "")]
    if item.when:
        lines.append(escape(item.when))
    links = []
    if item.phone and item.tel_url:
        links.append(f":telephone_receiver: <{escape(item.tel_url)}|{escape(item.phone)}>")
    if item.url:
        links.append(link(item.url, item.url.split("://", 1)[-1].rstrip("/")))
    if links:
        lines.append("  ·  ".join(links))
    return [section("\n".join(lines))]


def _help(item: HelpItem, index: int) -> list[dict]:
    return [section(f"`{PREFIX} {escape(item.usage)}`  {escape(item.text)}")]


# -- notices -----------------------------------------------------------------------------------------------------

ICONS = {
    "published": ":white_check_mark:",
    "scheduled": ":calendar:",
    "withdrawn": ":no_entry:",
    "submitted": ":eyes:",
    "mailed": ":email:",
}


def notice_message(notice: Notice) -> dict[str, Any]:
    """``{"text", "blocks"}`` for chat.postMessage; an approval request carries Approve and Reject buttons."""
    blocks = [section(f"{ICONS.get(notice.action, '')} *{escape(notice.headline)}*")]
    if notice.is_internal:
        blocks.append(context(INTERNAL_BANNER))
    blocks.append(section(escape(notice.text)))
    if notice.summary:
        blocks.append(section(escape(notice.summary[:600])))
    opening = " · " + link(notice.url, "Open in Pressline") if notice.url else ""
    blocks.append(context(f"`{escape(notice.slug)}` · v{notice.version}{opening}"))
    if notice.needs_approval:
        value = json.dumps({"slug": notice.slug, "v": notice.version})
        blocks.append(
            {
                "type": "actions",
                "block_id": "approval",
                "elements": [
                    button("Approve", APPROVE, value, "primary"),
                    button("Reject", REJECT, value, "danger"),
                ],
            }
        )
    return {"text": fallback(notice.summary_line), "blocks": blocks}


def decided_message(notice_blocks: list[dict], outcome: str) -> list[dict]:
    """The approval request with its buttons replaced by the outcome (mrkdwn, e.g. "Approved by X")."""
    kept = [b for b in notice_blocks if b.get("type") != "actions"]
    return [*kept, section(outcome)]


def reject_modal(value: str, metadata: str) -> dict:
    """The modal asking for a rejection reason; ``metadata`` (JSON) travels back in ``private_metadata``."""
    slug = json.loads(value).get("slug", "")
    return {
        "type": "modal",
        "callback_id": "approval_reject_reason",
        "private_metadata": metadata,
        "title": {"type": "plain_text", "text": "Reject version"},
        "submit": {"type": "plain_text", "text": "Reject"},
        "close": {"type": "plain_text", "text": "Cancel"},
        "blocks": [
            section(f"Why is `{escape(slug)}` going back to its author?"),
            {
                "type": "input",
                "block_id": "reason",
                "label": {"type": "plain_text", "text": "Reason"},
                "element": {"type": "plain_text_input", "action_id": "reason", "multiline": True, "max_length": 2000},
            },
        ],
    }


def read_metadata(view: object) -> dict:
    """A modal's ``private_metadata`` (JSON we wrote) read back; anything else reads as empty."""
    try:
        meta = json.loads((view.get("private_metadata") if isinstance(view, dict) else None) or "{}")
    except (TypeError, ValueError):
        return {}
    return meta if isinstance(meta, dict) else {}
