"""What the user typed, out of a Teams activity: mentions and HTML removed, whitespace tidied.

Teams sends the channel message as HTML-ish text: ``<at>Pressline</at>&nbsp;lines grooming</p>``, sometimes
wrapped in ``<div>``/``<p>`` and with entities. The @mention of the webhook is not part of the command.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping
from typing import Any

_MENTION = re.compile(r"<at\b[^>]*>.*?</at>", re.IGNORECASE | re.DOTALL)
_BREAK = re.compile(r"<br\s*/?>|</p>|</div>", re.IGNORECASE)
_TAG = re.compile(r"<[^>]*>")
_SPACE = re.compile(r"\s+")


def command_text(activity: Mapping[str, Any]) -> str:
    """The command part of a message activity's ``text`` ('' when there is none)."""
    text = activity.get("text")
    if not isinstance(text, str):
        return ""
    return strip_markup(text)


def strip_markup(text: str) -> str:
    text = _MENTION.sub(" ", text)
    text = _BREAK.sub(" ", text)
    text = _TAG.sub("", text)
    text = html.unescape(text)
    return _SPACE.sub(" ", text).strip()


def reply_key(activity: Mapping[str, Any]) -> str | None:
    """What identifies one delivery of a message: the activity id (within its conversation when given)."""
    activity_id = activity.get("id")
    if not isinstance(activity_id, str) or not activity_id:
        return None
    conversation = activity.get("conversation")
    conversation_id = conversation.get("id") if isinstance(conversation, Mapping) else None
    return f"{conversation_id}|{activity_id}" if isinstance(conversation_id, str) else activity_id
