"""Link previews in Slack: a pasted link to a statement's console (``/console/s/SLUG``) or embed page
(``/embed/SLUG``) on ``PRESSLINE_PUBLIC_URL``'s host is unfurled (``link_shared`` -> ``chat.unfurl``) with what
:mod:`bots.chat.previews` allows. Slack only sends ``link_shared`` for the domains the app's manifest lists
(``unfurl_domains``), to the workspace's own installation of the app."""

from __future__ import annotations

import logging

from slack_bolt import Ack, App
from slack_sdk import WebClient
from slack_sdk.errors import SlackClientError

from bots.chat.previews import Preview, preview, slug_from
from statements import Services

from .blocks import INTERNAL_BANNER, context, escape, section

log = logging.getLogger(__name__)

MAX_LINKS = 5


def register(bolt: App, services: Services, public_url: str | None) -> None:
    def ack_now(ack: Ack) -> None:
        ack()

    def unfurl(event: dict, client: WebClient) -> None:
        unfurls: dict[str, dict] = {}
        for link in (event.get("links") or [])[:MAX_LINKS]:
            url = str((link.get("url") if isinstance(link, dict) else None) or "")
            slug = slug_from(url, public_url)
            found = preview(services, slug) if slug else None
            if found is not None:
                unfurls[url] = {"blocks": preview_blocks(found)}
        if not unfurls:
            return
        try:
            client.chat_unfurl(channel=event.get("channel"), ts=event.get("message_ts"), unfurls=unfurls)
        except SlackClientError as exc:
            log.warning("chat.unfurl failed: %s", exc)

    bolt.event("link_shared")(ack=ack_now, lazy=[unfurl])


def preview_blocks(found: Preview) -> list[dict]:
    heading = f"*{escape(found.title)}*" if found.title else f"Pressline statement `{escape(found.slug)}`"
    blocks = [section(f"{heading}\n{escape(found.status)}")]
    if found.is_internal:
        blocks.append(context(INTERNAL_BANNER))
    if found.summary:
        blocks.append(section(escape(found.summary)))
    if found.details:
        blocks.append(context(escape(found.details)))
    return blocks
