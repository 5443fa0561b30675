"""Redis holds only rate-limit counters: when it is away the API keeps answering, limiting in memory."""

from __future__ import annotations

import pytest
import redis

from api import create_app

from .conftest import REDIS_URL
from .proxy import Proxy, free_port


@pytest.fixture
def app_on(database_url, tmp_path):
    made = []

    def make(storage: str, limits: str = "3 per minute"):
        app = create_app({"DATA_DIR": tmp_path, "DATABASE_URL": database_url, "SECRET_KEY": "redis-test",
                          "RATELIMIT_STORAGE_URL": storage, "RATE_LIMITS": limits})  # fmt: skip
        made.append(app)
        return app.test_client()

    yield make
    for app in made:
        app.extensions["pressline.search"].close()
        app.extensions["pressline"].db.dispose()


def _statuses(client, n: int) -> list[int]:
    return [client.get("/api/v1/topics").status_code for _ in range(n)]


def test_with_redis_unreachable_the_api_answers_and_still_limits(app_on):
    client = app_on(f"redis://127.0.0.1:{free_port()}/0")
    assert _statuses(client, 5) == [200, 200, 200, 429, 429]


@pytest.mark.slow
def test_redis_going_away_mid_service_never_fails_a_request(app_on):
    try:
        redis.Redis.from_url(REDIS_URL, socket_connect_timeout=2).ping()
    except redis.RedisError:
        pytest.skip(f"needs Redis at {REDIS_URL}")
    upstream = redis.connection.parse_url(REDIS_URL)
    proxy = Proxy((upstream.get("host", "127.0.0.1"), int(upstream.get("port", 6379)))).start()
    try:
        client = app_on(f"redis://127.0.0.1:{proxy.port}/12", limits="1000 per minute")
        assert set(_statuses(client, 3)) == {200}
        proxy.stop()
        assert set(_statuses(client, 5)) == {200}
        proxy.start()
        assert set(_statuses(client, 3)) == {200}
    finally:
        proxy.stop()
