"""The chat faces: one chat core (:mod:`bots.chat`), rendered for Slack (:mod:`bots.slack`) and Microsoft Teams
(:mod:`bots.teams`), plus the background dispatcher that delivers their publication notices."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from flask import Flask

from index import SearchIndex
from statements import ChangeEvent, Services
from statements.media.events import SENT
from statements.release import EVENT_TYPES, Release

from .chat import ChatCore
from .chat.answers import Linker
from .chat.notices import release_change
from .notices import NoticeDispatcher


def init_app(app: Flask, services: Services, search: SearchIndex, settings: Mapping[str, Any],
             link: Linker | None = None) -> None:  # fmt: skip
    """Mount POST /slack/events and POST /teams/messages, and subscribe the publication notices. ``link`` gives
    a statement's page for answers to link to (none without it)."""
    from . import slack

    core = ChatCore(services, search, link)
    notices = NoticeDispatcher()
    services.workflow.subscribe(notices.on_change)
    app.extensions["pressline.chat"] = core
    app.extensions["pressline.notices"] = notices

    def dispatch(notifier: Callable[[ChangeEvent], Any]) -> None:
        """Schedules and approval requests at once, through the notices queue; going live and withdrawals
        when they happen, as a sink of the release outbox (retried there until the channel takes them), and how
        many a release email or advance copy went to (``media.sent``: counts, never wording) once it went out."""
        notices.add(notifier)
        types = (*EVENT_TYPES, SENT)
        services.release.add_sink(f"chat:{type(notifier).__name__}", _release_sink(notifier), types)

    slack.init_app(app, services, core, settings, dispatch=dispatch)

    from . import teams

    teams.init_app(app, settings, core=core, dispatch=dispatch)


def _release_sink(notifier: Callable[[ChangeEvent], Any]) -> Callable[[Release], None]:
    def deliver(release: Release) -> None:
        change = release_change(release)
        if change is not None:
            notifier(change)

    return deliver
