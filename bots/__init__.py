"""The chat faces: one chat core (:mod:`bots.chat`), rendered for Slack (:mod:`bots.slack`) and Microsoft Teams
(:mod:`bots.teams`), plus the background dispatcher that delivers their publication notices."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from flask import Flask

from index import SearchIndex
from statements import Services

from .chat import ChatCore
from .chat.answers import Linker
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
    slack.init_app(app, services, core, settings, dispatch=notices.add)

    from . import teams

    teams.init_app(app, settings, core=core, dispatch=notices.add)
