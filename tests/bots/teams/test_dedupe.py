"""The reply cache behind activity-id de-duplication."""

from __future__ import annotations

from bots.teams.dedupe import ReplyCache


class Ticker:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_a_reply_is_remembered_until_its_ttl_runs_out():
    tick = Ticker()
    cache = ReplyCache(ttl=10, clock=tick)
    cache.put("a", {"text": "one"})
    tick.now = 9.9
    assert cache.get("a") == {"text": "one"}
    tick.now = 10.0
    assert cache.get("a") is None


def test_the_cache_keeps_at_most_size_entries_dropping_the_oldest():
    cache = ReplyCache(ttl=100, size=2, clock=Ticker())
    for key in "abc":
        cache.put(key, key)
    assert len(cache) == 2
    assert cache.get("a") is None
    assert cache.get("c") == "c"
