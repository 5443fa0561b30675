"""Publication notices and approval requests posted to ``SLACK_NOTIFY_CHANNEL`` with chat.postMessage."""

from __future__ import annotations

from slack_sdk import WebClient

from bots.chat import notice_for
from bots.chat.answers import Linker
from statements import ChangeEvent

from .blocks import notice_message


class SlackNotifier:
    """A notices-dispatcher listener. It raises when Slack refuses or cannot be reached, so the dispatcher
    retries it in the background; the write it reports was committed long before."""

    def __init__(self, client: WebClient, channel: str, timezone: str = "Europe/London", link: Linker | None = None
                 ) -> None:  # fmt: skip
        self.client = client
        self.channel = channel
        self.timezone = timezone
        self.link = link

    def __call__(self, event: ChangeEvent) -> None:
        notice = notice_for(event, self.timezone, self.link)
        if notice is None:
            return
        self.client.chat_postMessage(channel=self.channel, **notice_message(notice))

    def __repr__(self) -> str:
        return f"SlackNotifier({self.channel!r})"
