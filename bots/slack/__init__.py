"""Slack: ``/press`` answers in Block Kit, publication notices, approvals, the "Find approved lines" shortcut,
``@Pressline`` mentions in threads and link previews (slack-bolt + Flask, or Socket Mode).

Settings: ``SLACK_SIGNING_SECRET`` (unset: ``/slack/events`` is not mounted and answers 404, so a server
without Slack exposes nothing), ``SLACK_APP_TOKEN`` (``xapp-...``: Slack is served over Socket Mode too, see
:mod:`bots.slack.socket`; serving processes start it with ``SLACK_SOCKET_MODE_START``), ``SLACK_BOT_TOKEN``
(needed for notices, modals, thread posts and previews; answers go through ``response_url`` and need no token),
``SLACK_NOTIFY_CHANNEL`` (a channel id; unset, no notices), ``SLACK_API_URL`` (the Web API base,
``https://slack.com/api/``; tests point it at a local server), ``PRESSLINE_PUBLIC_URL`` (links to unfurl).

Nothing calls Slack at start-up or while answering a command: ``authorize`` hands Bolt the configured token
instead of asking ``auth.test``. :class:`~bots.slack.gate.Gate` checks header shapes, the signature and the
body (401 for forged, tampered, >5 minute old or malformed headers, 400 for malformed signed bodies) before Bolt
runs anything; then :class:`~bots.slack.guard.RetryGuard` drops retries and replays.
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

from . import answers, approvals, enquiries, sending, threads, unfurl
from .gate import Gate
from .guard import RetryGuard
from .notifier import SlackNotifier
from .socket import SocketModeRunner
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
    socket: SocketModeRunner | None = None


def init_app(
    app: Flask,
    services: Services,
    core: ChatCore,
    settings: Mapping[str, Any],
    dispatch: Callable[[Callable[[ChangeEvent], Any]], Any] | None = None,
) -> SlackFace | None:
    """Mount ``POST /slack/events`` (with a signing secret), prepare Socket Mode (with an app token), and
    register the notifier with ``dispatch`` (the background dispatcher)."""
    secret = settings.get("SLACK_SIGNING_SECRET") or None
    app_token = settings.get("SLACK_APP_TOKEN") or None
    if not secret and not app_token:
        log.info("SLACK_SIGNING_SECRET and SLACK_APP_TOKEN unset: Slack is off (/slack/events answers 404)")
        return None
    token = settings.get("SLACK_BOT_TOKEN") or None
    # Bolt's client carries no token: ``authorize`` supplies it per request (Bolt warns about both at once)
    client = WebClient(base_url=_base_url(settings), timeout=10)
    pool = LazyPool()
    guard = RetryGuard(open_memory(settings, services))
    bolt = App(
        signing_secret=secret or "",
        request_verification_enabled=bool(secret),
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
    enquiries.register(bolt, services, core)  # before answers: it takes `/press enquiry ...` only
    answers.register(bolt, core)
    approvals.register(bolt, services)
    sending.register(bolt, services)
    threads.register(bolt, core)
    unfurl.register(bolt, services, settings.get("PUBLIC_URL"))
    if secret:
        _mount(app, bolt, secret)

    notifier = None
    channel = settings.get("SLACK_NOTIFY_CHANNEL")
    if channel and token and dispatch is not None:
        poster = WebClient(token=token, base_url=_base_url(settings), timeout=10)
        notifier = SlackNotifier(poster, channel, settings.get("TIMEZONE") or "Europe/London", core.link)
        dispatch(notifier)
    face = SlackFace(bolt, client, pool, guard, notifier)
    if app_token:
        face.socket = SocketModeRunner(
            bolt, app_token, _base_url(settings), settings["DATA_DIR"],
            connections=min(int(_number(settings, "SLACK_SOCKET_CONNECTIONS", 2)), 10),
            ping_interval=_number(settings, "SLACK_SOCKET_PING_INTERVAL", 10),
            retry=_number(settings, "SLACK_SOCKET_RETRY", 5),
        )  # fmt: skip
        if settings.get("SLACK_SOCKET_MODE_START"):
            face.socket.start()
    app.extensions["pressline.slack"] = face
    return face


def _mount(app: Flask, bolt: App, secret: str) -> None:
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


def _number(settings: Mapping[str, Any], name: str, default: float) -> float:
    """A positive number from the settings; anything else is logged and the default used."""
    value = settings.get(name)
    try:
        number = float(value) if value not in (None, "") else default
    except (TypeError, ValueError):
        number = -1.0
    if not 0 < number < 1e6:
        log.error("%s=%r is not a positive number: using %s", name, value, default)
        return default
    return number


def _base_url(settings: Mapping[str, Any]) -> str:
    url = str(settings.get("SLACK_API_URL") or "https://slack.com/api/")
    return url if url.endswith("/") else url + "/"
