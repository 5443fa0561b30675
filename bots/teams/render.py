"""The chat core's :class:`Answer` as a Teams message: a one-line text and an Adaptive Card 1.4.

Outgoing-webhook replies may carry no card action but ``Action.OpenUrl``, so the Slack buttons become text:
"Full text" is the ``@Pressline show SLUG`` command, routes get ``tel:`` and web links as OpenUrl actions.
The reply lands in the channel thread for everyone, so there is no separate "Post to channel".
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from bots.chat.answers import INTERNAL, Answer, HelpItem, QuoteItem, RouteItem, StatementItem, sentences
from statements.wording import shorten

from . import cards
from .cards import Json

PREFIX = "@Pressline"


def reply(answer: Answer) -> Json:
    """The whole reply, shortened to fit the card size limit."""
    summary = headline(answer)
    body = [cards.text(answer.title or "Pressline", size="medium", weight="bolder")]
    if answer.is_internal:
        body.append(internal_banner())
    if answer.notice:
        body.append(cards.text(answer.notice, color="attention" if answer.is_error else None))
    renderers: dict[type, Callable[[Any], Json] | None] = {
        StatementItem: _statement, QuoteItem: _quote, RouteItem: _route, HelpItem: None,
    }  # fmt: skip
    helps = [item for item in answer.items if isinstance(item, HelpItem)]
    for item in answer.items:
        render = renderers.get(type(item))
        if render is not None:
            body.append(render(item))
    if helps:
        body.append(cards.facts([(f"{PREFIX} {item.usage}", item.text) for item in helps]))
    body.extend(_footer(answer))
    return cards.fit(cards.envelope(cards.card(body, fallback=summary), summary))


def headline(answer: Answer) -> str:
    """A readable plain-text line for the message itself (and for clients that cannot show the card);
    internal wording is marked first. Plain text: :func:`cards.envelope` escapes it."""
    first = answer.items[0] if answer.items else None
    if isinstance(first, StatementItem):
        if first.withdrawn_notice:
            lead = f"{first.title}: {first.withdrawn_notice}"
        else:
            lead = f"{first.title} ({first.kind_label}, {first.provenance})"
    elif isinstance(first, QuoteItem):
        lead = f"“{shorten(first.text, 200)[0]}” — {first.attribution}"
    elif isinstance(first, RouteItem):
        lead = f"{answer.title}: {first.name}" + (f", {first.phone}" if first.phone else "")
    else:
        return answer.summary(PREFIX) or "Pressline"
    return sentences(INTERNAL, lead) if answer.is_internal else lead


def item_blocks(item: StatementItem | QuoteItem | RouteItem) -> list[Json]:
    """One item alone as card body elements, internal marked (what the message extension inserts)."""
    if isinstance(item, StatementItem):
        return [internal_banner(), _statement(item)] if item.is_internal else [_statement(item)]
    if isinstance(item, QuoteItem):
        return [_quote(item)]
    return [_route(item)]


def internal_banner() -> Json:
    return cards.container([cards.text(INTERNAL, weight="bolder", color="attention")], style="attention")


def _statement(item: StatementItem) -> Json:
    items = [cards.text(item.title, weight="bolder")]
    if item.withdrawn_notice:
        notice = cards.text(item.withdrawn_notice, color="attention", weight="bolder")
        items.append(cards.container([notice], style="attention"))
        return cards.container(items, separator=True)
    items.append(cards.text(f"{item.kind_label} · {item.audience_label}", subtle=True, spacing="none"))
    if item.stale_warning:
        items.append(cards.container([cards.text(item.stale_warning, color="warning")], style="warning"))
    items.append(cards.text(item.text))
    if item.truncated:
        items.append(cards.text(f"Full text: {PREFIX} show {item.slug}", subtle=True, size="small"))
    items.append(cards.text(item.provenance, subtle=True, size="small"))
    if item.url and item.url.startswith(("https://", "http://")):
        items.append(cards.action_set([cards.open_url("Open in Pressline", item.url)]))
    return cards.container(items, separator=True)


def _quote(item: QuoteItem) -> Json:
    items = [
        cards.text(f"“{item.text}”"),
        cards.text(f"— {item.attribution}", weight="bolder", spacing="small"),
        cards.text(item.provenance, subtle=True, size="small"),
    ]
    if item.is_internal:
        items.insert(0, cards.text(INTERNAL, weight="bolder", color="attention", size="small"))
    return cards.container(items, separator=True)


def _route(item: RouteItem) -> Json:
    heading = f"{item.name} · Emergency" if item.is_emergency else item.name
    items = [cards.text(heading, weight="bolder", color="attention" if item.is_emergency else None)]
    if item.when:
        items.append(cards.text(item.when, spacing="none"))
    details = [(label, value) for label, value in (("Phone", item.phone), ("Web", item.url)) if value]
    if details:
        items.append(cards.facts(details))
    actions = []
    if item.tel_url:
        actions.append(cards.open_url(f"Call {item.phone}", item.tel_url))
    if item.url and item.url.startswith(("https://", "http://")):
        actions.append(cards.open_url("Website", item.url))
    if actions:
        items.append(cards.action_set(actions))
    return cards.container(items, style="attention" if item.is_emergency else None, separator=True)


def _footer(answer: Answer) -> list[Json]:
    lines = []
    if answer.next_offset is not None and answer.total > len(answer.items):
        lines.append(f"{answer.total} matches in all: add words to narrow the search.")
    suggestion = answer.did_you_mean(PREFIX)
    if suggestion:
        lines.append(suggestion)
    return [cards.text(line, subtle=True, size="small") for line in lines]
