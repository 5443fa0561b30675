"""The reply cache behind activity-id de-duplication."""

from __future__ import annotations

from bots.teams.dedupe import ReplyCache


class Ticker:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_a_repeated_key_within_the_ttl_gets_the_first_reply():
    cache = ReplyCache(ttl=10, clock=Ticker())
    cache.put("a", {"text": "one"})
    assert cache.get("a") == {"text": "one"}
    assert cache.get("b") is None


def test_a_reply_is_remembered_until_its_ttl_runs_out():
    tick = Ticker()
    cache = ReplyCache(ttl=10, clock=tick)
    cache.put("a", {"text": "one"})
    tick.now = 9.9
    assert cache.get("a") == {"text": "one"}
    tick.now = 10.0
    assert cache.get("a") is None


def test_expired_replies_no_longer_count_against_the_size():
    tick = Ticker()
    cache = ReplyCache(ttl=10, size=2, clock=tick)
    cache.put("a", "a")
    tick.now = 5.0
    cache.put("b", "b")
    tick.now = 12.0
    assert len(cache) == 1
    assert cache.get("b") == "b"


def test_the_cache_keeps_at_most_size_entries_dropping_the_least_recently_used():
    cache = ReplyCache(ttl=100, size=2, clock=Ticker())
    cache.put("a", "a")
    cache.put("b", "b")
    cache.get("a")
    cache.put("c", "c")
    assert len(cache) == 2
    assert cache.get("b") is None
    assert cache.get("a") == "a"
    assert cache.get("c") == "c"
