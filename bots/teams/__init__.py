"""Microsoft Teams: the Teams app's compose-box search (``POST /teams/bot``, a Bot Framework endpoint),
``@Pressline`` commands through an outgoing webhook, notices through a Workflows webhook.

Settings: ``TEAMS_APP_ID`` (the bot's Microsoft app id: the audience of the Bot Connector's tokens; unset,
``POST /teams/bot`` answers 404), ``TEAMS_OPENID_METADATA_URL`` (default Microsoft's Bot Framework metadata;
tests serve their own), ``TEAMS_OUTGOING_WEBHOOK_SECRET`` (the base64 security token Teams shows once when the
outgoing webhook is created; unset or not base64, ``POST /teams/messages`` answers 404), ``TEAMS_NOTIFY_WEBHOOK_URL``
(a Workflows "post to a channel when a webhook request is received" URL; unset, no notices are sent), and
optionally ``TEAMS_REPLY_DEADLINE`` (seconds, default 4: Teams gives up after 5).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from flask import Flask, Response, jsonify, request

from bots.chat import ChatCore, parse
from statements import ChangeEvent

from . import render, signature
from .bot import BotEndpoint
from .botauth import MICROSOFT_METADATA, BotAuth
from .dedupe import ReplyCache
from .notices import TeamsNotifier
from .transport import WorkflowsPoster
from .webhook import TeamsWebhook

log = logging.getLogger(__name__)

ENDPOINT = "teams_messages"
BOT_ENDPOINT = "teams_bot"


def init_app(
    app: Flask,
    settings: Mapping[str, Any],
    *,
    core: ChatCore,
    dispatch: Callable[[Callable[[ChangeEvent], Any]], Any],
) -> None:
    """Mount ``POST /teams/messages`` and, when a notify URL is set, register the Teams notifier with
    ``dispatch`` (the shared :class:`~bots.notices.NoticeDispatcher`'s ``add``), which runs it on a background
    thread, so a slow or failing webhook never delays or fails the publish."""
    webhook = _webhook(settings, core)
    app.extensions["pressline.teams"] = webhook

    def teams_messages() -> Response | tuple[Response, int]:
        if webhook is None:
            return jsonify(error="Teams is not configured on this server."), 404
        status, message = webhook.handle(request.get_data(cache=False), request.headers.get("Authorization"))
        return jsonify(message), status

    app.add_url_rule("/teams/messages", ENDPOINT, teams_messages, methods=["POST"])
    _exempt_from_csrf(app, teams_messages)

    endpoint = _bot(settings, core)
    app.extensions["pressline.teams.bot"] = endpoint

    def teams_bot() -> Response | tuple[Response, int]:
        if endpoint is None:
            return jsonify(error="The Teams app is not configured on this server."), 404
        status, message = endpoint.handle(request.get_data(cache=False), request.headers.get("Authorization"))
        return jsonify(message), status

    app.add_url_rule("/teams/bot", BOT_ENDPOINT, teams_bot, methods=["POST"])
    _exempt_from_csrf(app, teams_bot)

    url = settings.get("TEAMS_NOTIFY_WEBHOOK_URL")
    if url:
        notifier = TeamsNotifier(WorkflowsPoster(url), settings.get("TIMEZONE") or "Europe/London", core.link)
        dispatch(notifier)
        app.extensions["pressline.teams.notifier"] = notifier


def _webhook(settings: Mapping[str, Any], core: ChatCore) -> TeamsWebhook | None:
    secret = settings.get("TEAMS_OUTGOING_WEBHOOK_SECRET")
    key = signature.decode_secret(secret)
    if key is None:
        if secret:
            log.error("TEAMS_OUTGOING_WEBHOOK_SECRET is not base64: /teams/messages is disabled")
        return None

    def answer(text: str) -> dict:
        return render.reply(core.answer(parse(text)))

    executor = ThreadPoolExecutor(max_workers=8, thread_name_prefix="teams-answer")
    deadline = float(settings.get("TEAMS_REPLY_DEADLINE") or 4.0)
    return TeamsWebhook(key, answer, ReplyCache(), executor, deadline)


def _bot(settings: Mapping[str, Any], core: ChatCore) -> BotEndpoint | None:
    app_id = str(settings.get("TEAMS_APP_ID") or "").strip()
    if not app_id:
        return None
    auth = BotAuth(app_id, str(settings.get("TEAMS_OPENID_METADATA_URL") or MICROSOFT_METADATA))
    return BotEndpoint(auth, core)


def _exempt_from_csrf(app: Flask, view: Callable) -> None:
    """Signed requests carry no CSRF token: exempt the view if the console has installed CSRFProtect."""
    csrf = app.extensions.get("csrf")
    if csrf is not None:
        csrf.exempt(view)
