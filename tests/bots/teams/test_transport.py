"""Posting to a Workflows webhook through pymsteams: 2xx accepted, 429/5xx retried with backoff."""

from __future__ import annotations

import json

import pytest
from werkzeug import Response

from bots.teams import cards
from bots.teams.transport import WorkflowsPoster

from .adaptive_card import validate_envelope

MESSAGE = cards.envelope(cards.card([cards.text("Published: Scam texts")]), "Published: Scam texts")


class Sleeps(list):
    def __call__(self, seconds: float) -> None:
        self.append(seconds)


@pytest.fixture
def sleeps() -> Sleeps:
    return Sleeps()


def poster(httpserver, sleeps, **options) -> WorkflowsPoster:
    return WorkflowsPoster(httpserver.url_for("/hook"), sleep=sleeps, **options)


@pytest.mark.parametrize("status", [200, 202, 204])
def test_any_2xx_is_accepted_first_time(httpserver, sleeps, status):
    httpserver.expect_request("/hook", method="POST").respond_with_data("", status=status)
    delivery = poster(httpserver, sleeps).send(MESSAGE)
    assert (delivery.ok, delivery.attempts, delivery.status) == (True, 1, status)
    assert sleeps == []


def test_the_exact_json_received_is_the_envelope_as_an_adaptive_card(httpserver, sleeps):
    httpserver.expect_request("/hook", method="POST").respond_with_data("", status=202)
    poster(httpserver, sleeps).send(MESSAGE)
    ((request, _),) = httpserver.log
    assert request.headers["Content-Type"] == "application/json"
    received = json.loads(request.get_data())
    assert received == MESSAGE
    assert validate_envelope(received) == []


def test_429_is_retried_after_the_retry_after_delay_then_succeeds(httpserver, sleeps):
    httpserver.expect_ordered_request("/hook").respond_with_response(Response("slow down", 429, {"Retry-After": "2"}))
    httpserver.expect_ordered_request("/hook").respond_with_data("", status=202)
    delivery = poster(httpserver, sleeps).send(MESSAGE)
    assert (delivery.ok, delivery.attempts, delivery.status) == (True, 2, 202)
    assert sleeps == [2.0]
    assert len(httpserver.log) == 2


def test_retry_after_is_bounded(httpserver, sleeps):
    httpserver.expect_ordered_request("/hook").respond_with_response(Response("", 429, {"Retry-After": "3600"}))
    httpserver.expect_ordered_request("/hook").respond_with_data("", status=202)
    assert poster(httpserver, sleeps, max_delay=5).send(MESSAGE).ok
    assert sleeps == [5]


def test_5xx_is_retried_with_exponential_backoff_and_gives_up(httpserver, sleeps):
    httpserver.expect_request("/hook").respond_with_data("down", status=503)
    delivery = poster(httpserver, sleeps, attempts=4, backoff=0.5).send(MESSAGE)
    assert (delivery.ok, delivery.attempts, delivery.status) == (False, 4, 503)
    assert sleeps == [0.5, 1.0, 2.0]
    assert len(httpserver.log) == 4


@pytest.mark.parametrize("status", [400, 401, 404, 413])
def test_other_errors_are_not_retried(httpserver, sleeps, status):
    httpserver.expect_request("/hook").respond_with_data("no", status=status)
    delivery = poster(httpserver, sleeps).send(MESSAGE)
    assert (delivery.ok, delivery.attempts, delivery.status) == (False, 1, status)
    assert len(httpserver.log) == 1


def test_a_refused_connection_is_retried_then_reported(sleeps):
    delivery = WorkflowsPoster("http://127.0.0.1:9/hook", attempts=2, sleep=sleeps, timeout=2).send(MESSAGE)
    assert (delivery.ok, delivery.attempts, delivery.status) == (False, 2, None)
    assert "ConnectionError" in delivery.error
