"""Slack: ``/press`` answers in Block Kit, publication notices, and approvals from Slack (slack-bolt + Flask).

Settings: ``SLACK_SIGNING_SECRET`` (unset: ``/slack/events`` is not mounted and answers 404, so a server
without Slack exposes nothing), ``SLACK_BOT_TOKEN`` (needed for notices, the reject modal and updating approval
requests; answers go through ``response_url`` and need no token), ``SLACK_NOTIFY_CHANNEL`` (a channel id; unset,
no notices), ``SLACK_API_URL`` (the Web API base, ``https://slack.com/api/``; tests point it at a local server).

Nothing calls Slack at start-up or while answering a command: ``authorize`` hands Bolt the configured token
instead of asking ``auth.test``. Signatures are checked by Bolt (401 for forged, tampered or >5 minute old
requests) before anything else runs; then :class:`~bots.slack.guard.RetryGuard` drops retries and replays.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from flask import Flask, jsonify, request
from slack_bolt import App
from slack_bolt.adapter.flask import SlackRequestHandler
from slack_bolt.authorization import AuthorizeResult
from slack_sdk import WebClient

from bots.chat import ChatCore
from bots.chat.memory import open_memory
from statements import ChangeEvent, Services

from . import answers, approvals
from .gate import Gate
from .guard import RetryGuard
from .notifier import SlackNotifier
from .work import LazyPool

log = logging.getLogger(__name__)

ENDPOINT = "slack_events"


@dataclass
class SlackFace:
    bolt: App
    client: WebClient
    pool: LazyPool
    guard: RetryGuard
    notifier: SlackNotifier | None


def init_app(
    app: Flask,
    services: Services,
    core: ChatCore,
    settings: Mapping[str, Any],
    dispatch: Callable[[Callable[[ChangeEvent], Any]], Any] | None = None,
) -> SlackFace | None:
    """Mount ``POST /slack/events`` and register the notifier with ``dispatch`` (the background dispatcher)."""
    secret = settings.get("SLACK_SIGNING_SECRET")
    if not secret:
        log.info("SLACK_SIGNING_SECRET unset: Slack is off (/slack/events answers 404)")
        return None
    token = settings.get("SLACK_BOT_TOKEN") or None
    # Bolt's client carries no token: ``authorize`` supplies it per request (Bolt warns about both at once)
    client = WebClient(base_url=_base_url(settings), timeout=10)
    pool = LazyPool()
    guard = RetryGuard(open_memory(settings, services))
    bolt = App(
        signing_secret=secret,
        client=client,
        authorize=lambda enterprise_id, team_id, user_id: AuthorizeResult(
            enterprise_id=enterprise_id, team_id=team_id, user_id=user_id, bot_token=token
        ),
        listener_executor=pool,
        # ack functions run in the request thread and are all quick; lazy listeners start only once they are
        # done (so a lazy listener sees the ack function's write), and no thread polls for the ack
        process_before_response=True,
        logger=logging.getLogger("bots.slack.bolt"),
    )
    bolt.use(guard)
    answers.register(bolt, core)
    approvals.register(bolt, services)
    handler = SlackRequestHandler(bolt)
    gate = Gate(secret)

    def slack_events():
        refusal = gate.refuse(request.get_data(as_text=True), request.headers)
        if refusal is not None:
            status, message = refusal
            return jsonify(message), status
        return handler.handle(request)

    app.add_url_rule("/slack/events", ENDPOINT, slack_events, methods=["POST"])
    csrf = app.extensions.get("csrf")
    if csrf is not None:  # signed by Slack, not by a form token
        csrf.exempt(slack_events)

    notifier = None
    channel = settings.get("SLACK_NOTIFY_CHANNEL")
    if channel and token and dispatch is not None:
        poster = WebClient(token=token, base_url=_base_url(settings), timeout=10)
        notifier = SlackNotifier(poster, channel, settings.get("TIMEZONE") or "Europe/London", core.link)
        dispatch(notifier)
    face = SlackFace(bolt, client, pool, guard, notifier)
    app.extensions["pressline.slack"] = face
    return face


def _base_url(settings: Mapping[str, Any]) -> str:
    url = str(settings.get("SLACK_API_URL") or "https://slack.com/api/")
    return url if url.endswith("/") else url + "/"
