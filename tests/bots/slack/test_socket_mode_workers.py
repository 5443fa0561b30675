"""``pressline serve`` with two gunicorn workers and ``SLACK_APP_TOKEN``: the node opens its two Socket Mode
connections from one worker only, and another worker takes them over when that one dies."""

from __future__ import annotations

import json
import os
import signal
import time

import pytest
from werkzeug import Response

import migrations
from tests.bots.slack.socket_server import SocketModeServer
from tests.multinode.nodes import Node

pytestmark = pytest.mark.slow


def _wait(condition, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        time.sleep(0.1)


def test_two_gunicorn_workers_do_not_both_connect(tmp_path, httpserver):
    server = SocketModeServer()
    httpserver.expect_request("/api/apps.connections.open").respond_with_handler(
        lambda request: Response(json.dumps({"ok": True, "url": server.url()}), content_type="application/json")
    )
    url = f"sqlite:///{tmp_path / 'pressline.db'}"
    migrations.upgrade(url)
    node = Node("a", tmp_path, url, "memory://", workers=2, extra_env={
        "SLACK_APP_TOKEN": "xapp-1-A0PRESSLINE-1-local", "SLACK_API_URL": httpserver.url_for("/api/"),
    })  # fmt: skip
    try:
        node.start()
        server.wait_connections(2, timeout=60)
        time.sleep(12)  # the other worker retries the node's lock every 5 s: give it two tries
        assert len(server.live()) == 2, node.log()
        assert server.opened == 2
        holder = int((node.dir / "slack-socket-mode.lock").read_text())
        os.kill(holder, signal.SIGKILL)  # gunicorn replaces the worker; the other one takes the connections over
        _wait(lambda: server.opened >= 4 and len(server.live()) == 2, timeout=60)
        assert int((node.dir / "slack-socket-mode.lock").read_text()) != holder
    finally:
        node.stop()
        server.close()
