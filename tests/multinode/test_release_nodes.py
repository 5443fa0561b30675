"""Two ``pressline serve`` nodes on PostgreSQL deliver 50 lifts due in the same second while one is SIGKILLed."""

from __future__ import annotations

import threading
import time
from collections import defaultdict
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer
from sqlalchemy import select
from werkzeug import Response

from statements import open_services
from statements.db import Database
from statements.registry import load_routes, load_topics
from statements.release.models import Delivery
from tests.conftest import PG_URL

from .conftest import fresh_database
from .nodes import API, Node, wait_until

pytestmark = [pytest.mark.slow, pytest.mark.postgres]
COUNT = 50
HOLD = 0.05  # seconds the receiver takes to answer
LEASE = 10  # PRESSLINE_RELEASE_LEASE_SECONDS: the claims of a killed node are taken again after this


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
    """A threaded local receiver recording every delivery's ``webhook-id`` and arrival time. It takes HOLD seconds
    over each answer, so a node killed while delivering has deliveries in flight: sent, not yet recorded."""
    server = HTTPServer(host="127.0.0.1", threaded=True)
    got: list[tuple[float, str]] = []
    lock = threading.Lock()

    def record(request):
        with lock:
            got.append((time.time(), request.headers["webhook-id"]))
        time.sleep(HOLD)
        return Response(status=204)

    server.expect_request("/hook", method="POST").respond_with_handler(record)
    server.start()
    yield server.url_for("/hook"), got
    server.clear()
    server.stop()


def test_every_lift_is_delivered_when_a_node_is_killed_at_the_lift(tmp_path, release_db, redis_url, receiver):
    url, got = receiver
    env = {"PRESSLINE_WEBHOOKS_ALLOW_PRIVATE": "1", "PRESSLINE_WEBHOOKS_TIMEOUT": "1",
           "PRESSLINE_RELEASE_LEASE_SECONDS": str(LEASE)}  # fmt: skip
    a = Node("a", tmp_path, release_db, redis_url, 2, env)
    b = Node("b", tmp_path, release_db, redis_url, 2, env)
    services = open_services(release_db)
    partner = services.keys.create("Westshire Council", "partner")[1]
    editor = services.keys.create("Edith Editor", "editor")[1]
    approver = services.keys.create("Abe Approver", "approver")[1]
    try:
        _run(a.start(), b.start(), partner, editor, approver, url, got, services.db)
    finally:
        services.db.dispose()
        a.stop()
        b.stop()


def _run(a: Node, b: Node, partner: str, editor: str, approver: str, url: str, got: list, db: Database) -> None:
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
    pids = {a: _processes(a), b: _processes(b)}
    time.sleep(max(0.0, lift.timestamp() - time.time()))

    # At the lift second, as soon as deliveries are arriving, SIGKILL the node that holds them.
    wait_until(lambda: len(got) >= 3, timeout=30)
    owners = _leases(db)
    assert owners, "deliveries are arriving, so some node holds leases"
    victim = next(node for node in (a, b) if any(_pid(owner) in pids[node] for owner in owners.values()))
    victim.kill()
    # The victim's leases stay on its rows until they run out (LEASE seconds): read them now, exactly the
    # deliveries it held (claimed, sent or not, answer not recorded) when it died.
    in_flight = {message for message, owner in _leases(db).items() if _pid(owner) in pids[victim]}
    assert in_flight, "the killed node died holding deliveries"

    wait_until(lambda: len({i for _, i in got}) >= COUNT, timeout=60)
    time.sleep(1 + HOLD)  # anything still arriving would be a repeat
    arrivals: dict[str, list[float]] = defaultdict(list)
    for at, ident in got:
        arrivals[ident].append(at)
    assert len(arrivals) == COUNT  # none lost: every event, by webhook-id
    repeats = {i: times for i, times in arrivals.items() if len(times) > 1}
    assert all(len(times) == 2 for times in repeats.values()), repeats
    assert set(repeats) <= in_flight, f"repeated but not in flight on the killed node: {set(repeats) - in_flight}"
    assert max(min(times) for times in arrivals.values()) - lift.timestamp() < 30


def _leases(db: Database) -> dict[str, str]:
    """``webhook-id`` -> lease owner of every delivery claimed and not yet recorded as done."""
    with db.reading() as session:
        rows = session.execute(
            select(Delivery.message_id, Delivery.lease_owner).where(
                Delivery.status == "pending",
                Delivery.lease_owner.is_not(None),
                Delivery.lease_until > datetime.now(UTC),
            )
        )
        return {message: owner for message, owner in rows}


def _pid(owner: str) -> int:
    """A dispatcher names itself ``host:pid:random``."""
    return int(owner.split(":")[-2])


def _processes(node: Node) -> set[int]:
    """The pids of a node's gunicorn master and workers (its own process group)."""
    assert node.process is not None
    group = node.process.pid
    found = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[2]) == group:
            found.add(int(stat.parent.name))
    return found
