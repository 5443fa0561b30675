"""Retries and replays are remembered by every worker of a node: two app instances on one database stand in for
two gunicorn workers, and the same ``trigger_id`` is answered once whichever worker each attempt reaches."""

from __future__ import annotations

from urllib.parse import urlencode

import pytest

from tests.bots.slack.conftest import SlackClient, make_app


@pytest.fixture
def workers(tmp_path, database_url, clock, services, slack_api):
    first = make_app(tmp_path / "w1", database_url, clock, slack_api)
    second = make_app(tmp_path / "w2", database_url, clock, slack_api)
    return SlackClient(first, slack_api), SlackClient(second, slack_api)


def test_a_retry_landing_on_another_worker_is_not_answered_again(workers):
    one, two = workers
    form, path = one.command_form("help")
    body = urlencode(form)
    assert one.post(body).status_code == 200
    one.wait_for(path)
    retry = two.post(body, {"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_error"})
    assert retry.status_code == 200
    one.settle()
    two.settle()
    assert len(one.received(path)) == 1
    assert two.face.guard.dropped == 1


def test_a_replay_on_either_worker_runs_once(workers):
    one, two = workers
    form, path = one.command_form("help", trigger="777.shared")
    body = urlencode(form)
    for client in (one, two, one, two):
        assert client.post(body).status_code == 200
    one.settle()
    two.settle()
    assert len(one.received(path)) == 1
    assert one.face.guard.dropped + two.face.guard.dropped == 3
