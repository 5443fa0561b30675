"""Two ``pressline serve`` nodes on PostgreSQL deliver 50 lifts due in the same second while one is SIGKILLed."""

from __future__ import annotations

import threading
import time
from collections import defaultdict
from datetime import UTC, datetime, timedelta

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Response

from statements import open_services
from statements.registry import load_routes, load_topics
from tests.conftest import PG_URL

from .conftest import fresh_database
from .nodes import API, Node, wait_until

pytestmark = [pytest.mark.slow, pytest.mark.postgres]
COUNT = 50


@pytest.fixture
def release_db() -> str:
    """A database of this test's own (the other multinode tests share ``pressline_nodes``)."""
    if not PG_URL:
        pytest.skip("needs PRESSLINE_TEST_DATABASE_URL (the PostgreSQL lane)")
    url = fresh_database("pressline_release_nodes")
    services = open_services(url)
    services.routes.seed(load_routes(), load_topics())
    services.db.dispose()
    return url


@pytest.fixture
def receiver():
    """A threaded local receiver recording (arrival time, webhook-id) for every delivery."""
    server = HTTPServer(host="127.0.0.1", threaded=True)
    got: list[tuple[float, str]] = []
    lock = threading.Lock()

    def record(request):
        with lock:
            got.append((time.time(), request.headers["webhook-id"]))
        return Response(status=204)

    server.expect_request("/hook", method="POST").respond_with_handler(record)
    server.start()
    yield server.url_for("/hook"), got
    server.clear()
    server.stop()


def test_every_lift_is_delivered_when_a_node_is_killed_at_the_lift(tmp_path, release_db, redis_url, receiver):
    url, got = receiver
    env = {"PRESSLINE_WEBHOOKS_ALLOW_PRIVATE": "1", "PRESSLINE_WEBHOOKS_TIMEOUT": "1",
           "PRESSLINE_RELEASE_LEASE_SECONDS": "5"}  # fmt: skip
    a = Node("a", tmp_path, release_db, redis_url, 2, env)
    b = Node("b", tmp_path, release_db, redis_url, 2, env)
    services = open_services(release_db)
    partner = services.keys.create("Westshire Council", "partner")[1]
    editor = services.keys.create("Edith Editor", "editor")[1]
    approver = services.keys.create("Abe Approver", "approver")[1]
    services.db.dispose()
    try:
        _run(a.start(), b.start(), partner, editor, approver, url, got)
    finally:
        a.stop()
        b.stop()


def _run(a: Node, b: Node, partner: str, editor: str, approver: str, url: str, got: list) -> None:
    assert a.post(f"{API}/webhooks", partner, json={"url": url}).status_code == 201

    approved = []
    for n in range(COUNT):
        node = (a, b)[n % 2]
        created = node.post(f"{API}/statements", editor, json={"title": f"Lift {n}", "body": "Words."})
        slug, etag = created.json()["slug"], created.headers["ETag"]
        for key, step in ((editor, "draft/submit"), (approver, "draft/approve")):
            etag = node.post(f"{API}/statements/{slug}/{step}", key, etag).headers["ETag"]
        approved.append((node, slug, etag))
    lift = datetime.now(UTC).replace(microsecond=0) + timedelta(seconds=60)  # 50 publishes on a busy machine
    for node, slug, etag in approved:
        answer = node.post(f"{API}/statements/{slug}/publish", approver, etag, {"publish_at": lift.isoformat()})
        assert answer.status_code == 200, answer.text
    time.sleep(max(0.0, lift.timestamp() - time.time()))
    b.kill()  # SIGKILL to its gunicorn master and workers, at the lift second
    killed = time.time()

    wait_until(lambda: len({i for _, i in got}) >= COUNT, timeout=60)
    time.sleep(1)  # anything still arriving would be a repeat
    arrivals: dict[str, list[float]] = defaultdict(list)
    for at, ident in got:
        arrivals[ident].append(at)
    assert len(arrivals) == COUNT  # every event, by webhook-id
    repeats = {i: times for i, times in arrivals.items() if len(times) > 1}
    assert all(len(times) == 2 for times in repeats.values())
    # a repeat only for a delivery in flight at the kill: its first copy arrived before the victim died
    assert all(min(times) <= killed + 0.5 for times in repeats.values()), repeats
    assert max(min(times) for times in arrivals.values()) - lift.timestamp() < 30
