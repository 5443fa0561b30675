"""The Teams message extension: ``composeExtension/query`` invokes answered with cards to insert.

An officer types in the compose box of any chat or channel; Teams sends the query to ``POST /teams/bot`` and
shows our results as a list; the one picked is inserted as an Adaptive Card. Three commands, one per kind of
thing to insert (their ids are in ``docs/teams-app/manifest.json``):

- ``lines``: approved wording (statements), best match first; with no words yet, the newest.
- ``quotes``: approved quotes with who said them.
- ``routes``: reporting routes for a topic, emergency first.

Only what the chat bots may see is offered: current published versions (internal lines to take included and
marked), never drafts, versions in review or under embargo, nor withdrawn statements.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from bots.chat import ChatCore, Command
from bots.chat.answers import INTERNAL, QuoteItem, RouteItem, StatementItem

from . import cards, render
from .cards import Json

QUERY = "composeExtension/query"
PAGE = 8  # results per query: each is one database read for its current wording; Teams asks again on scroll
PREVIEW_TEXT = 120


def answer_query(core: ChatCore, value: Any) -> Json:
    """The invoke response body for a ``composeExtension/query`` activity's ``value``."""
    value = value if isinstance(value, Mapping) else {}
    command = str(value.get("commandId") or "lines")
    text = _parameter(value, "searchQuery")
    options = value.get("queryOptions") if isinstance(value.get("queryOptions"), Mapping) else {}
    skip = _bounded(options.get("skip"), 0, 1000)
    count = _bounded(options.get("count"), PAGE, PAGE) or PAGE
    if command == "quotes":
        items: list[Any] = list(core.answer(Command("quote", text, skip)).items) if text else []
    elif command == "routes":
        items = list(core.answer(Command("report", text)).items)[skip : skip + count] if text else []
    else:
        items = list(core.find(text, skip, count))
    attachments = [_attachment(item) for item in items if isinstance(item, (StatementItem, QuoteItem, RouteItem))]
    if not attachments and text:
        return {"composeExtension": {"type": "message", "text": f"Nothing approved matches “{text[:100]}”."}}
    return {"composeExtension": {"type": "result", "attachmentLayout": "list", "attachments": attachments}}


def _attachment(item: StatementItem | QuoteItem | RouteItem) -> Json:
    if isinstance(item, StatementItem):
        title, text = item.title, item.text
    elif isinstance(item, QuoteItem):
        title, text = item.attribution, item.text
    else:
        title, text = item.name, item.when or (item.phone or "")
    internal = getattr(item, "is_internal", False)
    card = cards.card(render.item_blocks(item), fallback=title)
    content = cards.fit(cards.envelope(card))["attachments"][0]["content"]
    preview_title = f"{INTERNAL} · {title}" if internal else title
    return {
        "contentType": cards.CONTENT_TYPE,
        "content": content,
        "preview": {
            "contentType": "application/vnd.microsoft.card.thumbnail",
            "content": {"title": cards.escape(preview_title), "text": cards.escape(cards.shorten(text, PREVIEW_TEXT))},
        },
    }


def _parameter(value: Mapping[str, Any], name: str) -> str:
    for parameter in value.get("parameters") or []:
        if isinstance(parameter, Mapping) and parameter.get("name") == name:
            found = parameter.get("value")
            return " ".join(str(found).split())[:200] if isinstance(found, (str, int, float)) else ""
    return ""


def _bounded(value: Any, default: int, most: int) -> int:
    try:
        number = int(value)
    except (TypeError, ValueError, OverflowError):
        return default
    return max(0, min(number, most))
