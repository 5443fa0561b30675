"""Redis as the shared replay memory (``PRESSLINE_CHAT_MEMORY_URL=redis://...``), on the local Redis."""

from __future__ import annotations

import os
import socket
from uuid import uuid4

import pytest

from bots.chat.memory import RedisReplayMemory, open_memory
from statements import ReplayMemory


def _redis_url() -> str | None:
    url = os.environ.get("PRESSLINE_TEST_REDIS_URL", "redis://127.0.0.1:6379/11")
    try:
        socket.create_connection(("127.0.0.1", 6379), timeout=0.5).close()
    except OSError:
        return None
    return url


@pytest.mark.slow  # a real Redis server, like the multi-node lane
@pytest.mark.skipif(_redis_url() is None, reason="no Redis on 127.0.0.1:6379")
def test_redis_memory_is_shared_by_two_clients():
    url = _redis_url()
    prefix = f"pressline:test:{uuid4().hex}:"
    one, two = RedisReplayMemory(url, ttl=30, prefix=prefix), RedisReplayMemory(url, ttl=30, prefix=prefix)
    try:
        assert one.first_time("trigger:1") is True
        assert two.first_time("trigger:1") is False
    finally:
        one.redis.delete(prefix + "trigger:1")
        one.close()
        two.close()


def test_the_database_is_the_memory_unless_redis_is_configured(services):
    assert isinstance(open_memory({}, services), ReplayMemory)
    memory = open_memory({"CHAT_MEMORY_URL": "redis://127.0.0.1:6379/11"}, services)
    assert isinstance(memory, RedisReplayMemory)
    memory.close()
