"""Two real nodes (gunicorn) on one PostgreSQL database and one Redis, each with its own search index."""

from __future__ import annotations

import time

import pytest
import redis
from sqlalchemy import text

from .conftest import NODES_DB, pg_admin
from .nodes import API, publish, wait_until

pytestmark = [pytest.mark.postgres, pytest.mark.slow]

QUOTES = [
    {"text": "Nobody from your bank will ever collect your card.", "speaker": "Jo Bloggs", "role": "Inspector"},
    {"text": "Hang up and call us back on a different phone.", "speaker": "Sam Patel", "role": "Fraud lead"},
]
ROUTES = ["action-fraud", "police-non-emergency-101"]


def test_a_publish_on_node_a_is_found_on_node_b_within_two_seconds(cluster, staff):
    a, b = cluster("a").start(), cluster("b").start()
    delays = []
    for n in range(5):
        word = f"courierfraud{n}"
        view = publish(a, staff, f"Courier fraud warning {n}", f"Beware {word} callers.", quotes=QUOTES)
        delays.append(wait_until(lambda: b.search(word) == [view["slug"]], timeout=2.0))  # noqa: B023
    print(f"cross-node freshness: max {max(delays):.3f}s, mean {sum(delays) / len(delays):.3f}s over 5 publishes")


def test_a_node_that_was_down_catches_up_on_start_and_verifies_clean(cluster, staff):
    a, b = cluster("a").start(), cluster("b").start()
    first = publish(a, staff, "Romance fraud advice", "Never send money to someone met online.")
    wait_until(lambda: b.search("romance") == [first["slug"]], timeout=2.0)
    b.stop()
    later = [publish(a, staff, f"Scam text warning {n}", f"Delete scamtext{n} messages.") for n in range(3)]
    b.start()
    for n, view in enumerate(later):
        wait_until(lambda: b.search(f"scamtext{n}") == [view["slug"]], timeout=2.0)  # noqa: B023
    assert b.get("/readyz").json()["index_lag"] == 0
    verified = b.index_verify()
    assert verified.returncode == 0, verified.stdout + verified.stderr


def test_rate_limits_are_shared_between_nodes_through_redis(cluster, staff, redis_url):
    url = redis_url.rsplit("/", 1)[0] + "/11"  # a Redis database of this test's own, emptied first
    redis.Redis.from_url(url).flushdb()
    a = cluster("a", workers=1, PRESSLINE_RATELIMIT_STORAGE_URL=url, PRESSLINE_RATE_LIMITS="5 per minute").start()
    b = cluster("b", workers=1, PRESSLINE_RATELIMIT_STORAGE_URL=url, PRESSLINE_RATE_LIMITS="5 per minute").start()
    answers = [node.get(f"{API}/statements", staff.editor).status_code for node in (a, b, a, b, a)]
    refused = b.get(f"{API}/statements", staff.editor)
    assert answers == [200] * 5
    assert refused.status_code == 429 and int(refused.headers["Retry-After"]) > 0
    assert refused.headers["Content-Type"].startswith("application/problem+json")


def test_the_database_going_away_answers_503_problem_json_and_service_resumes_by_itself(cluster, staff):
    a = cluster("a").start()
    slug = publish(a, staff, "Hate crime reporting", "Report hatecrimeword incidents online.")["slug"]
    reads = [f"{API}/statements", f"{API}/statements/{slug}", f"{API}/search?q=hatecrimeword", f"{API}/topics"]
    admin = pg_admin()
    try:
        _block(admin, True)
        for path in reads:
            answer = a.get(path)
            assert answer.status_code == 503, (path, answer.status_code, answer.text)
            assert answer.headers["Content-Type"].startswith("application/problem+json")
            assert answer.json()["status"] == 503 and "unavailable" in answer.json()["detail"]
        assert a.post(f"{API}/statements", staff.editor, json={"title": "T", "body": "B"}).status_code == 503
        assert a.get("/readyz").status_code == 503
        assert a.get("/healthz").status_code == 200
    finally:
        _block(admin, False)
        admin.dispose()
    recovered = wait_until(lambda: all(a.get(path).status_code == 200 for path in reads), timeout=10)
    print(f"recovered {recovered:.2f}s after the database came back")
    later = publish(a, staff, "Hate crime update", "Report hatecrimeword incidents by phone too.")
    wait_until(lambda: later["slug"] in a.search("hatecrimeword"), timeout=2)


def _block(admin, blocked: bool) -> None:
    """Refuse new connections to the nodes' database and end the open ones (or let them in again)."""
    with admin.connect() as conn:
        conn.execute(text(f'ALTER DATABASE "{NODES_DB}" ALLOW_CONNECTIONS {str(not blocked).lower()}'))
        if blocked:
            conn.execute(
                text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = :n"), {"n": NODES_DB}
            )


@pytest.mark.parametrize("damage", ["deleted", "corrupt"])
def test_a_damaged_index_is_rebuilt_on_start(cluster, staff, damage):
    a = cluster("a").start()
    views = [publish(a, staff, f"Knife amnesty {n}", f"Surrender knifebin{n} weapons safely.") for n in range(3)]
    a.stop()
    if damage == "deleted":
        _remove(a.index_dir)
    else:
        for path in a.index_dir.glob("gen-*/*"):
            if path.is_file() and path.name not in ("position", "position.lock"):
                path.write_bytes(b"\x00garbage" * 64)
    a.start()
    assert a.get(f"{API}/statements").status_code == 200
    for n, view in enumerate(views):
        assert wait_until(lambda: a.search(f"knifebin{n}") == [view["slug"]], timeout=10) < 10  # noqa: B023
    verified = a.index_verify()
    assert verified.returncode == 0, verified.stdout + verified.stderr


def _remove(path) -> None:
    import shutil

    shutil.rmtree(path)
    assert not path.exists()
    time.sleep(0)
