"""The replay memory: one caller per key is told it is new, across processes, until the key expires."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from statements import ReplayMemory


def test_a_key_is_new_once(services, clock):
    memory = ReplayMemory(services.db, clock, ttl=60)
    assert memory.first_time("trigger:1") is True
    assert memory.first_time("trigger:1") is False
    assert memory.first_time("trigger:2") is True


def test_two_memories_on_one_database_share_what_they_saw(services, clock):
    one, two = ReplayMemory(services.db, clock), ReplayMemory(services.db, clock)
    assert one.first_time("event:E1") is True
    assert two.first_time("event:E1") is False


def test_a_key_is_new_again_after_it_expires(services, clock):
    memory = ReplayMemory(services.db, clock, ttl=60, prune_every=3600)
    assert memory.first_time("trigger:old")
    clock.advance(seconds=61)
    assert memory.first_time("trigger:old") is True
    assert memory.first_time("trigger:old") is False


def test_concurrent_callers_get_exactly_one_yes(services, clock):
    memory = ReplayMemory(services.db, clock)
    with ThreadPoolExecutor(8) as pool:
        answers = list(pool.map(lambda _: memory.first_time("trigger:race"), range(16)))
    assert answers.count(True) == 1
