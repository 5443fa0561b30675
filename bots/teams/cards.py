"""Adaptive Card 1.4 building blocks, the message envelope, and the size guard.

Only elements and properties of the 1.4 schema (adaptivecards.io, ``schemas/1.4.0/adaptive-card.json``) are
used, and of actions only ``Action.OpenUrl``: outgoing-webhook replies may use no other card action, and the
Workflows webhook renders 1.4 reliably where 1.5 may not render.
"""

from __future__ import annotations

import json
import re
from typing import Any

from statements.wording import shorten

SCHEMA = "http://adaptivecards.io/schemas/adaptive-card.json"
VERSION = "1.4"
CONTENT_TYPE = "application/vnd.microsoft.card.adaptive"
MAX_BYTES = 28 * 1024 - 512  # the Workflows webhook limit is about 28 KB; keep a margin for the HTTP wrapping
ELLIPSIS = "…"

Json = dict[str, Any]

_MARKDOWN = re.compile(r"([\\`*_\[\]<>#~])")
_LINE_START = re.compile(r"^(\s*)([-+]|\d+\.)", re.MULTILINE)


def escape(value: str) -> str:
    """Text shown as typed in a TextBlock, FactSet or message text, which Teams renders as Markdown: every
    Markdown character backslash-escaped (so ``[x](javascript:...)`` is text, not a link), and line-start list
    markers too. Every text that reaches a card goes through this; only :func:`shorten` runs before it."""
    value = _MARKDOWN.sub(r"\\\1", value or "")
    return _LINE_START.sub(
        lambda m: m.group(1) + ("\\" + m.group(2) if m.group(2) in "-+" else m.group(2)[:-1] + "\\."), value
    )


def text(
    value: str,
    *,
    weight: str | None = None,
    size: str | None = None,
    color: str | None = None,
    subtle: bool = False,
    separator: bool = False,
    spacing: str | None = None,
) -> Json:
    block: Json = {"type": "TextBlock", "text": escape(value), "wrap": True}
    if weight:
        block["weight"] = weight
    if size:
        block["size"] = size
    if color:
        block["color"] = color
    if subtle:
        block["isSubtle"] = True
    if separator:
        block["separator"] = True
    if spacing:
        block["spacing"] = spacing
    return block


def facts(pairs: list[tuple[str, str]]) -> Json:
    return {"type": "FactSet", "facts": [{"title": escape(title), "value": escape(value)} for title, value in pairs]}


def container(items: list[Json], style: str | None = None, separator: bool = False) -> Json:
    box: Json = {"type": "Container", "items": items}
    if style:
        box["style"] = style
    if separator:
        box["separator"] = True
    return box


def open_url(title: str, url: str) -> Json:
    return {"type": "Action.OpenUrl", "title": title, "url": url}


def action_set(actions: list[Json]) -> Json:
    return {"type": "ActionSet", "actions": actions}


def card(body: list[Json], actions: list[Json] | None = None, fallback: str | None = None) -> Json:
    content: Json = {"$schema": SCHEMA, "type": "AdaptiveCard", "version": VERSION, "body": body}
    if actions:
        content["actions"] = actions
    if fallback:
        content["fallbackText"] = fallback
    return content


def envelope(content: Json, summary: str | None = None) -> Json:
    """The activity both faces send: a reply to an outgoing webhook, or the body of a Workflows webhook post."""
    message: Json = {"type": "message"}
    if summary:
        message["text"] = escape(summary)
    message["attachments"] = [{"contentType": CONTENT_TYPE, "content": content}]
    return message


def size(message: Json) -> int:
    """Bytes on the wire as requests (hence pymsteams) encodes it: the default, ASCII-escaped ``json.dumps``."""
    return len(json.dumps(message).encode("ascii"))


def fit(message: Json, limit: int = MAX_BYTES) -> Json:
    """Shorten the longest texts (then drop trailing body elements) until the message is under ``limit`` bytes.

    Works in place on a copy; the first texts to give way are the long ones (the body of a statement), so the
    title, provenance and warnings survive.
    """
    message = json.loads(json.dumps(message))
    while size(message) > limit:
        blocks = _text_blocks(message)
        longest = max(blocks, key=lambda block: len(block["text"]), default=None)
        if longest is not None and len(longest["text"]) > 120:
            excess = size(message) - limit
            target = max(len(longest["text"]) - excess - 64, len(longest["text"]) // 2, 100)
            longest["text"] = shorten(longest["text"], target)[0]
            continue
        body = message["attachments"][0]["content"]["body"]
        if len(body) <= 1:
            break
        body.pop()
    return message


def _text_blocks(node: Any) -> list[Json]:
    found: list[Json] = []
    if isinstance(node, dict):
        if node.get("type") == "TextBlock" and isinstance(node.get("text"), str):
            found.append(node)
        for value in node.values():
            found.extend(_text_blocks(value))
    elif isinstance(node, list):
        for value in node:
            found.extend(_text_blocks(value))
    return found
