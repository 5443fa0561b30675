"""The background notice dispatcher: writes never wait for a notifier, failures retry a bounded number of times."""

from __future__ import annotations

import threading

from bots.notices import NoticeDispatcher


def event(workflow):
    """A real ChangeEvent, caught from a real write."""
    caught = []
    workflow.flow.subscribe(caught.append)
    workflow.draft(title="An event")
    return caught[-1]


def test_a_listener_gets_each_event_on_another_thread(workflow):
    seen = []
    dispatcher = NoticeDispatcher()
    dispatcher.add(lambda e: seen.append((e.action, threading.current_thread().name)))
    dispatcher.on_change(event(workflow))
    assert dispatcher.wait(5)
    assert seen == [("create", "pressline-notices")]


def test_a_failing_listener_is_retried_with_backoff_then_given_up(workflow):
    calls, delays = [], []
    dispatcher = NoticeDispatcher(attempts=3, backoff=0.5, sleep=delays.append)

    def broken(e):
        calls.append(e)
        raise ConnectionError("Slack is down")

    dispatcher.add(broken)
    dispatcher.on_change(event(workflow))
    assert dispatcher.wait(5)
    assert len(calls) == 3 and delays == [0.5, 1.0]


def test_a_listener_that_recovers_delivers_once(workflow):
    calls = []
    dispatcher = NoticeDispatcher(attempts=4, sleep=lambda s: None)

    def flaky(e):
        calls.append(e)
        if len(calls) < 2:
            raise TimeoutError("slow")

    dispatcher.add(flaky)
    dispatcher.on_change(event(workflow))
    assert dispatcher.wait(5)
    assert len(calls) == 2


def test_a_stuck_listener_does_not_hold_up_the_others_or_the_caller(workflow):
    release, delivered = threading.Event(), threading.Event()
    dispatcher = NoticeDispatcher()
    dispatcher.add(lambda e: release.wait(5))
    dispatcher.add(lambda e: delivered.set())
    dispatcher.on_change(event(workflow))  # returns at once
    assert delivered.wait(5)
    release.set()
    assert dispatcher.wait(5)


def test_a_full_queue_drops_rather_than_blocks(workflow):
    release = threading.Event()
    dispatcher = NoticeDispatcher(queue_size=1)
    dispatcher.add(lambda e: release.wait(5))
    change = event(workflow)
    for _ in range(5):
        dispatcher.on_change(change)  # never blocks the write that caused it
    release.set()
    assert dispatcher.wait(5)


def test_a_write_succeeds_whatever_the_notifier_does(workflow):
    dispatcher = NoticeDispatcher(attempts=1)
    dispatcher.add(lambda e: 1 / 0)
    workflow.flow.subscribe(dispatcher.on_change)
    view = workflow.published(title="Published anyway")
    assert view.status == "published"
    assert dispatcher.wait(5)
