"""Behind a reverse proxy (``PRESSLINE_PROXY_COUNT``): each client keeps its own rate-limit budget."""

from __future__ import annotations

import pytest

from api import create_app


@pytest.fixture
def app_behind(database_url, tmp_path):
    def make(hops: int):
        app = create_app({"DATA_DIR": tmp_path, "DATABASE_URL": database_url, "SECRET_KEY": "proxy-test",
                          "RATE_LIMITS": "2 per minute", "PROXY_COUNT": hops})  # fmt: skip
        made.append(app)
        return app.test_client()

    made = []
    yield make
    for app in made:
        app.extensions["pressline.search"].close()
        app.extensions["pressline"].db.dispose()


def _statuses(client, addresses: list[str]) -> list[int]:
    return [
        client.get(
            "/api/v1/topics", headers={"X-Forwarded-For": address}, environ_base={"REMOTE_ADDR": "10.0.0.2"}
        ).status_code
        for address in addresses
    ]


def test_behind_one_proxy_each_client_address_has_its_own_budget(app_behind):
    client = app_behind(1)
    assert _statuses(client, ["203.0.113.7", "203.0.113.7", "198.51.100.4", "203.0.113.7"]) == [200, 200, 200, 429]


def test_without_the_setting_forwarded_headers_are_ignored(app_behind):
    client = app_behind(0)
    assert _statuses(client, ["203.0.113.7", "198.51.100.4", "192.0.2.1"]) == [200, 200, 429]
