"""The Teams message extension: ``composeExtension/query`` and ``composeExtension/selectItem`` invokes.

An officer types in the compose box of any chat or channel; Teams sends the query to ``POST /teams/bot`` and
shows our results as a list; the one picked is inserted as an Adaptive Card. Three commands, one per kind of
thing to insert (their ids are in ``docs/teams-app/manifest.json``):

- ``lines``: approved wording (statements), best match first; with no words yet, the newest. The result list
  comes from one search (title and snippet); picking one sends ``selectItem``, answered with the card of the
  statement's current wording, read then (so a statement withdrawn meanwhile is not inserted).
- ``quotes``: approved quotes with who said them; ``routes``: reporting routes for a topic, emergency first.
  Their cards are complete in the result list.

Only what the chat bots may see is offered: current published versions (internal lines to take included and
marked), never drafts, versions in review or under embargo, nor withdrawn statements.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from bots.chat import ChatCore, Command
from bots.chat.answers import INTERNAL, MatchItem, QuoteItem, RouteItem, StatementItem
from statements.wording import shorten

from . import cards, render
from .cards import Json

QUERY = "composeExtension/query"
SELECT = "composeExtension/selectItem"
PAGE = 10
PREVIEW_TEXT = 120


def answer_query(core: ChatCore, value: Any) -> Json:
    """The invoke response body for a ``composeExtension/query`` activity's ``value``."""
    value = value if isinstance(value, Mapping) else {}
    command = str(value.get("commandId") or "lines")
    text = _parameter(value, "searchQuery")
    options = value.get("queryOptions") if isinstance(value.get("queryOptions"), Mapping) else {}
    skip = _bounded(options.get("skip"), 0, 1000)
    count = _bounded(options.get("count"), PAGE, 25) or PAGE
    items: list[Any]
    if command == "quotes":
        items = list(core.answer(Command("quote", text, skip)).items) if text else []
    elif command == "routes":
        items = list(core.answer(Command("report", text)).items)[skip : skip + count] if text else []
    else:
        items = core.matches(text, skip, count)
    attachments = [_attachment(item) for item in items if isinstance(item, (MatchItem, QuoteItem, RouteItem))]
    if not attachments and text:
        return _message(f"Nothing approved matches “{text[:100]}”.")
    return _result(attachments)


def answer_select(core: ChatCore, value: Any) -> Json:
    """The card for the statement picked from the list (``value`` is the preview's tap value)."""
    slug = value.get("slug") if isinstance(value, Mapping) else None
    if not isinstance(slug, str) or not slug:
        return _message("That result is no longer available.")
    answer = core.answer(Command("show", slug))
    item = answer.items[0] if answer.items else None
    if not isinstance(item, StatementItem) or item.withdrawn is not None:
        return _message("That wording is no longer published: search again.")
    return _result([_attachment(item)])


def _attachment(item: MatchItem | StatementItem | QuoteItem | RouteItem) -> Json:
    tap = None
    if isinstance(item, MatchItem):
        title, text = item.title, item.snippet
        body = [render.internal_banner()] if item.is_internal else []
        body += [cards.text(item.title, weight="bolder"), cards.text(item.snippet)]
        tap = {"type": "invoke", "value": {"slug": item.slug}}
    elif isinstance(item, StatementItem):
        title, text, body = item.title, item.text, render.item_blocks(item)
    elif isinstance(item, QuoteItem):
        title, text, body = item.attribution, item.text, render.item_blocks(item)
    else:
        title, text, body = item.name, item.when or (item.phone or ""), render.item_blocks(item)
    internal = getattr(item, "is_internal", False)
    content = cards.fit(cards.envelope(cards.card(body, fallback=title)))["attachments"][0]["content"]
    preview: Json = {
        "title": cards.escape(f"{INTERNAL} · {title}" if internal else title),
        "text": cards.escape(shorten(text, PREVIEW_TEXT)[0]),
    }
    if tap is not None:
        preview["tap"] = tap
    return {
        "contentType": cards.CONTENT_TYPE,
        "content": content,
        "preview": {"contentType": "application/vnd.microsoft.card.thumbnail", "content": preview},
    }


def _result(attachments: list[Json]) -> Json:
    return {"composeExtension": {"type": "result", "attachmentLayout": "list", "attachments": attachments}}


def _message(text: str) -> Json:
    return {"composeExtension": {"type": "message", "text": text}}


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
