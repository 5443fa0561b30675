"""Slack over Socket Mode: Pressline connects out to Slack, so no inbound HTTPS URL is needed.

With ``SLACK_APP_TOKEN`` (``xapp-...``) set, every serving process starts a :class:`SocketModeRunner` thread, and
exactly one process per node holds the connections: the runners race for an exclusive ``flock`` on
``<data dir>/slack-socket-mode.lock``; the winner opens ``SLACK_SOCKET_CONNECTIONS`` (default 2, as Slack
advises, so an envelope still arrives while one connection is being refreshed) through slack-bolt's
:class:`~slack_bolt.adapter.socket_mode.SocketModeHandler`, and the losers keep trying every few seconds. The
kernel releases the lock when its holder dies (a gunicorn worker restarted after ``--max-requests`` or a
crash), so another worker takes over within ``retry`` seconds. Reconnection after a drop, a ``disconnect``
envelope or a missed pong is slack_sdk's own (``auto_reconnect_enabled``).

Envelopes are dispatched to the same Bolt app as ``POST /slack/events``: the same commands, buttons, modals,
shortcuts and retry memory. An envelope whose payload is not shaped as Slack sends it is acknowledged and
dropped, so no input can stop the connection.
"""

from __future__ import annotations

import fcntl
import logging
import os
import threading
from pathlib import Path

from slack_bolt import App
from slack_bolt.adapter.socket_mode import SocketModeHandler
from slack_sdk import WebClient
from slack_sdk.socket_mode.builtin import SocketModeClient
from slack_sdk.socket_mode.client import BaseSocketModeClient
from slack_sdk.socket_mode.request import SocketModeRequest
from slack_sdk.socket_mode.response import SocketModeResponse

from .gate import shaped

log = logging.getLogger(__name__)

LOCK_NAME = "slack-socket-mode.lock"


class _Handler(SocketModeHandler):
    """Bolt's handler, refusing (with an acknowledgement) envelopes whose payload Bolt would choke on."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.client.message_listeners.append(_ack_unreadable)

    def handle(self, client: SocketModeClient, req: SocketModeRequest) -> None:  # type: ignore[override]
        if not shaped(req.payload):
            log.warning("Socket Mode envelope %s of type %s is malformed: dropped", req.envelope_id, req.type)
            client.send_socket_mode_response(SocketModeResponse(envelope_id=req.envelope_id))
            return
        super().handle(client, req)


def _ack_unreadable(client: BaseSocketModeClient, message: dict, raw: str | None) -> None:
    """An envelope whose payload is not even an object never reaches :meth:`_Handler.handle`: ack it here."""
    envelope_id = message.get("envelope_id")
    if envelope_id and not isinstance(message.get("payload"), dict):
        log.warning("Socket Mode envelope %s has no readable payload: dropped", envelope_id)
        client.send_socket_mode_response(SocketModeResponse(envelope_id=envelope_id))


def _close(handler: SocketModeHandler) -> None:
    try:
        handler.close()
    except Exception:
        log.exception("closing a Socket Mode connection failed")


class SocketModeRunner:
    """Holds this node's Socket Mode connections while this process owns the node's lock."""

    def __init__(
        self,
        bolt: App,
        app_token: str,
        api_url: str,
        lock_dir: Path | str,
        *,
        connections: int = 2,
        ping_interval: float = 10.0,
        retry: float = 5.0,
    ) -> None:
        self.bolt = bolt
        self.app_token = app_token
        self.api_url = api_url
        self.lock_path = Path(lock_dir) / LOCK_NAME
        self.connections = max(1, connections)
        self.ping_interval = ping_interval
        self.retry = retry
        self.handlers: list[SocketModeHandler] = []
        self._lock_fd: int | None = None
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._pid = 0

    @property
    def holds_lock(self) -> bool:
        return self._lock_fd is not None

    def start(self) -> None:
        """Start trying for the node's lock in the background (again after a fork: threads do not survive it)."""
        if self._thread is not None and self._thread.is_alive() and self._pid == os.getpid():
            return
        self._pid = os.getpid()
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="slack-socket-mode", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            if self._acquire():
                try:
                    self._connect()
                except Exception:  # Slack unreachable or the token refused: let go, and try again later
                    log.exception("Socket Mode connection failed; retrying in %.0fs", self.retry)
                    self._disconnect()
                    self._release()
                else:
                    return
            self._stop.wait(self.retry)

    def _acquire(self) -> bool:
        self.lock_path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.lock_path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            return False
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        self._lock_fd = fd
        return True

    def _release(self) -> None:
        if self._lock_fd is not None:
            os.close(self._lock_fd)  # closing the descriptor releases the flock
            self._lock_fd = None

    def _connect(self) -> None:
        for _ in range(self.connections):
            client = WebClient(base_url=self.api_url, timeout=10)
            handler = _Handler(
                self.bolt, self.app_token, web_client=client, ping_interval=self.ping_interval, logger=log
            )
            self.handlers.append(handler)
            handler.connect()
        log.info("Slack Socket Mode: %d connection(s) open from pid %d", len(self.handlers), os.getpid())

    def _disconnect(self) -> None:
        """Close every connection at once (slack_sdk's ``close()`` takes about 3 seconds each)."""
        closers = [threading.Thread(target=_close, args=(h,), daemon=True) for h in self.handlers]
        for closer in closers:
            closer.start()
        for closer in closers:
            closer.join(timeout=10)
        self.handlers = []

    def close(self) -> None:
        """Close the connections and let go of the lock (tests, graceful shutdown)."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=10)
        self._disconnect()
        self._release()
