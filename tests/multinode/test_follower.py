"""Each node follows the shared change log in the background: what one node publishes, another finds."""

from __future__ import annotations

import time

import pytest

from index import SearchIndex, SearchQuery
from index.follower import Follower, start_follower
from index.writer import IndexBusy
from statements import open_services
from statements.errors import Unavailable
from tests.conftest import ANON, APPROVER


@pytest.fixture
def node_a(services, tmp_path):
    """The node the editor works on: its own index, fed in-process by the workflow."""
    search = SearchIndex(tmp_path / "a", services.catalogue, services.changes, services.clock)
    services.workflow.subscribe(search.on_change)
    yield search
    search.close()


@pytest.fixture
def node_b(database_url, clock, tmp_path):
    """Another node on the same database with its own index, which only the change log tells about writes."""
    services = open_services(database_url, clock)
    search = SearchIndex(tmp_path / "b", services.catalogue, services.changes, clock)
    yield search
    search.close()
    services.db.dispose()


def _found(search: SearchIndex, words: str) -> list[str]:
    return [hit.slug for hit in search.search(SearchQuery(words), ANON).hits]


def _wait_for(predicate, seconds: float = 5.0) -> float:
    started = time.monotonic()
    while not predicate():
        assert time.monotonic() - started < seconds, "timed out"
        time.sleep(0.02)
    return time.monotonic() - started


def test_a_publish_on_one_node_is_searchable_on_another_within_two_seconds(workflow, node_a, node_b):
    follower = start_follower(node_b, interval=0.1)
    try:
        view = workflow.published(title="Courier fraud warning", body="Never hand your bank card to a courier.")
        assert _found(node_a, "courier") == [view.slug]
        assert _wait_for(lambda: _found(node_b, "courier") == [view.slug]) < 2.0
    finally:
        follower.stop()
    assert not follower.running


def test_a_withdrawal_on_one_node_leaves_the_other_nodes_index(workflow, services, node_b):
    follower = start_follower(node_b, interval=0.1)
    try:
        view = workflow.published(title="Courier fraud warning", body="Never hand your bank card to a courier.")
        _wait_for(lambda: _found(node_b, "courier") == [view.slug])
        services.workflow.withdraw(view.slug, view.revision, APPROVER, "Replaced by the national campaign")
        assert _found(node_b, "courier") == []  # every hit is checked against the database at once
        assert _wait_for(lambda: node_b.verify() == []) < 2.0  # and the index itself follows
    finally:
        follower.stop()


class Flaky:
    """A search index whose sync fails the way a real one can, in a given order."""

    def __init__(self, *outcomes) -> None:
        self.outcomes = list(outcomes)

    def sync(self, timeout: float = 2.0, attempts: int = 3) -> int:
        outcome = self.outcomes.pop(0) if self.outcomes else 0
        if isinstance(outcome, Exception):
            raise outcome
        return outcome


def test_the_follower_rides_out_a_database_outage_and_a_busy_index(caplog):
    follower = Follower(Flaky(Unavailable(), Unavailable(), IndexBusy("busy"), RuntimeError("odd"), 3))
    assert [follower.step() for _ in range(5)] == [0, 0, 0, 0, 3]
    warnings = [r.getMessage() for r in caplog.records if r.name == "index.follower"]
    assert warnings[0].startswith("index follower: database unavailable")
    assert sum("unavailable" in w for w in warnings) == 1  # one line per outage, not one per tick
    assert warnings[-1] == "index follower: catching up again"


def test_the_follower_thread_keeps_ticking_until_stopped():
    follower = start_follower(Flaky(), interval=0.01)
    _wait_for(lambda: follower.ticks >= 5, seconds=2)
    follower.stop()
    ticks = follower.ticks
    time.sleep(0.05)
    assert follower.ticks == ticks and not follower.running
