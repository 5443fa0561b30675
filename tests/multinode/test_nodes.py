"""Two real nodes (gunicorn) on one PostgreSQL database and one Redis, each with its own search index."""

from __future__ import annotations

import socket
import time
import uuid
from urllib.parse import urlencode

import pytest
import redis
from slack_sdk.signature import SignatureVerifier
from sqlalchemy import text

from .conftest import NODES_DB, pg_admin
from .nodes import API, publish, wait_until

pytestmark = [pytest.mark.postgres, pytest.mark.slow]

QUOTES = [
    {"text": "Nobody from your bank will ever collect your card.", "speaker": "Jo Bloggs", "role": "Inspector"},
    {"text": "Hang up and call us back on a different phone.", "speaker": "Sam Patel", "role": "Fraud lead"},
]
ROUTES = ["action-fraud", "police-non-emergency-101"]
SLACK_SECRET = "multinode-signing-secret"


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


def test_the_database_going_away_answers_503_problem_json_and_service_resumes_by_itself(cluster, staff, httpserver):
    a = cluster("a", SLACK_SIGNING_SECRET=SLACK_SECRET).start()
    httpserver.expect_request("/answer", method="POST").respond_with_data("ok")
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
        assert _slash(a, "lines hatecrimeword", httpserver.url_for("/answer")).status_code == 200
        wait_until(lambda: len(httpserver.log) == 1, timeout=5)
        assert "statement service is unavailable, try again shortly" in httpserver.log[0][0].get_data(as_text=True)
    finally:
        _block(admin, False)
        admin.dispose()
    recovered = wait_until(lambda: all(a.get(path).status_code == 200 for path in reads), timeout=10)
    print(f"recovered {recovered:.2f}s after the database came back")
    later = publish(a, staff, "Hate crime update", "Report hatecrimeword incidents by phone too.")
    wait_until(lambda: later["slug"] in a.search("hatecrimeword"), timeout=2)


def test_a_slack_outage_never_blocks_a_publish(cluster, staff):
    with socket.socket() as black_hole:  # accepts connections and never answers: Slack hanging
        black_hole.bind(("127.0.0.1", 0))
        black_hole.listen(64)
        slack = f"http://127.0.0.1:{black_hole.getsockname()[1]}/api/"
        a = cluster("a", SLACK_SIGNING_SECRET=SLACK_SECRET, SLACK_BOT_TOKEN="xoxb-test", SLACK_NOTIFY_CHANNEL="C0PRESS",
                    SLACK_API_URL=slack).start()  # fmt: skip
        for n in range(3):
            started = time.monotonic()
            publish(a, staff, f"Drink drive campaign {n}", f"Never drinkdrive{n}.")
            assert time.monotonic() - started < 2.0
        assert a.get("/readyz").status_code == 200


def _slash(node, text_: str, response_url: str):
    body = urlencode({
        "token": "x", "team_id": "T0", "channel_id": "C0", "user_id": "U0", "user_name": "press", "command": "/press",
        "text": text_, "response_url": response_url, "trigger_id": uuid.uuid4().hex, "api_app_id": "A0",
    })  # fmt: skip
    stamp = str(int(time.time()))
    signature = SignatureVerifier(SLACK_SECRET).generate_signature(timestamp=stamp, body=body)
    headers = {"Content-Type": "application/x-www-form-urlencoded", "X-Slack-Request-Timestamp": stamp,
               "X-Slack-Signature": signature}  # fmt: skip
    return node.http.post(f"{node.base}/slack/events", data=body, headers=headers, timeout=10)


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


def test_an_index_directory_deleted_while_serving_is_rebuilt_and_search_keeps_answering(cluster, staff):
    a = cluster("a").start()
    views = [publish(a, staff, f"Knife amnesty {n}", f"Surrender knifebin{n} weapons safely.") for n in range(3)]
    _remove(a.index_dir)
    statuses = set()

    def all_found() -> bool:
        answers = [a.get(f"{API}/search", params={"q": f"knifebin{n}"}) for n in range(3)]
        statuses.update(answer.status_code for answer in answers)
        return all([hit["slug"] for hit in answer.json()["results"]] == [view["slug"]]
                   for answer, view in zip(answers, views, strict=True))  # fmt: skip

    wait_until(all_found, timeout=10)
    assert statuses == {200}
    verified = a.index_verify()
    assert verified.returncode == 0, verified.stdout + verified.stderr


def _remove(path) -> None:
    """Delete a serving node's index directory. The node may be writing a new generation into it at that moment
    (``OSError: Directory not empty`` mid-delete), so the delete is retried until it has gone through once."""
    import shutil

    for _ in range(40):
        try:
            shutil.rmtree(path)
            return
        except FileNotFoundError:
            return
        except OSError:
            time.sleep(0.05)
    shutil.rmtree(path)
