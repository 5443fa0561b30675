"""The chat core's :class:`Notice` as a Teams card, posted to the Workflows webhook.

The core decides which changes are announced and in what words (a scheduled version by title and time only,
an approval request by title and change note); this module only lays the notice out and sends it. A Workflows
webhook posts as the flow bot and takes no card actions back, so an approval request points to the console.
"""

from __future__ import annotations

import logging

from bots.chat import Notice, human_date, notice_for
from bots.chat.answers import INTERNAL, Linker
from statements import ChangeEvent
from statements.wording import shorten

from . import cards
from .transport import Delivery, WorkflowsPoster

log = logging.getLogger(__name__)

SUMMARY_CHARS = 600
STYLES = {
    "published": ("good", None),
    "scheduled": ("accent", None),
    "withdrawn": ("attention", "attention"),
    "submitted": ("accent", None),
}


class TeamsNotifier:
    """Posts the notice for a change event; never raises (a notice must not fail the write it reports)."""

    def __init__(self, poster: WorkflowsPoster, timezone: str = "Europe/London", link: Linker | None = None) -> None:
        self.poster = poster
        self.timezone = timezone
        self.link = link

    def __call__(self, event: ChangeEvent) -> Delivery | None:
        try:
            notice = notice_for(event, self.timezone, self.link)
            if notice is None:
                return None
            return self.poster.send(card_for(notice))
        except Exception:
            log.exception("Teams notice for %s %s failed", event.action, event.slug)
            return None


def card_for(notice: Notice) -> dict:
    color, style = STYLES.get(notice.action, ("default", None))
    body = [
        cards.text(notice.headline, size="medium", weight="bolder", color=color),
        cards.container([cards.text(notice.text)], style=style),
    ]
    if notice.is_internal:
        body.insert(1, cards.text(INTERNAL, weight="bolder", color="attention"))
    if notice.summary:
        body.append(cards.text(shorten(notice.summary, SUMMARY_CHARS)[0]))
    facts = [
        ("Statement", notice.slug),
        ("Kind", notice.kind_label),
        ("Version", str(notice.version)),
        ("Audience", notice.audience),
    ]
    if notice.needs_approval:
        facts.append(("Review", "Open the Pressline console to approve or reject."))
    body.append(cards.facts(facts))
    body.append(cards.text(f"{notice.actor} · {human_date(notice.at)}", subtle=True, size="small"))
    if notice.url and notice.url.startswith(("https://", "http://")):
        body.append(cards.action_set([cards.open_url("Open in Pressline", notice.url)]))
    line = f"{INTERNAL}. {notice.headline}" if notice.is_internal else notice.headline
    return cards.fit(cards.envelope(cards.card(body, fallback=line), line))
