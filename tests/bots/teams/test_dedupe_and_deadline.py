"""Replays of an activity id get the first reply without running again; Teams always hears back in time."""

from __future__ import annotations

import json
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest

from bots.teams.dedupe import ReplyCache
from bots.teams.signature import sign
from bots.teams.webhook import FAILED, SLOW, TeamsWebhook

KEY = b"k" * 32


def test_a_repeated_activity_id_gets_the_same_reply_without_recomputation(teams, workflow, clock):
    workflow.published(title="Warning about online grooming", topics=["online-safety"], body="Talk to children.")
    first = teams.ask("latest", activity_id="1700000000001")
    clock.advance(hours=1)
    workflow.published(title="Scam texts claiming to be from the bank", topics=["fraud"], body="Do not reply.")
    again = teams.ask("latest", activity_id="1700000000001")
    fresh = teams.ask("latest", activity_id="1700000000002")
    assert again.json == first.json
    assert "Scam texts" not in json.dumps(again.json)
    assert "Scam texts" in json.dumps(fresh.json)


class Recorder:
    """An answerer passed to the webhook: records what it was asked, optionally blocking or failing."""

    def __init__(self, block: threading.Event | None = None, fail: bool = False) -> None:
        self.asked: list[str] = []
        self.block = block
        self.fail = fail

    def __call__(self, text: str) -> dict:
        self.asked.append(text)
        if self.block is not None:
            self.block.wait(5)
        if self.fail:
            raise RuntimeError("boom")
        return {"type": "message", "text": f"answer to {text}"}


@pytest.fixture
def executor():
    with ThreadPoolExecutor(max_workers=2) as pool:
        yield pool


def signed(text: str, activity_id: str = "42") -> tuple[bytes, str]:
    body = json.dumps({"type": "message", "id": activity_id, "text": f"<at>Pressline</at> {text}"}).encode()
    return body, sign(KEY, body)


def test_a_forged_request_never_reaches_the_answerer(executor):
    recorder = Recorder()
    webhook = TeamsWebhook(KEY, recorder, ReplyCache(), executor)
    body, _ = signed("help")
    assert webhook.handle(body, sign(b"other" * 8, body))[0] == 401
    assert webhook.handle(body, None)[0] == 401
    assert recorder.asked == []
    assert len(webhook.cache) == 0


def test_the_answerer_runs_once_per_activity_id(executor):
    recorder = Recorder()
    webhook = TeamsWebhook(KEY, recorder, ReplyCache(), executor)
    replies = [webhook.handle(*signed("lines grooming")) for _ in range(3)]
    assert recorder.asked == ["lines grooming"]
    assert replies[0] == replies[1] == replies[2] == (200, {"type": "message", "text": "answer to lines grooming"})


def test_a_slow_answer_is_replaced_by_a_polite_sentence_within_the_deadline_and_not_remembered(executor):
    release = threading.Event()
    recorder = Recorder(block=release)
    webhook = TeamsWebhook(KEY, recorder, ReplyCache(), executor, deadline=0.05)
    status, message = webhook.handle(*signed("lines grooming"))
    release.set()
    assert (status, message["text"]) == (200, SLOW)
    assert len(webhook.cache) == 0


def test_a_failing_answer_is_one_plain_sentence_and_not_remembered(executor):
    webhook = TeamsWebhook(KEY, Recorder(fail=True), ReplyCache(), executor)
    status, message = webhook.handle(*signed("lines grooming"))
    assert (status, message["text"]) == (200, FAILED)
    assert len(webhook.cache) == 0
