"""Search through the API when the query or the index is the trouble: a query with nothing to search, a
statement the index cannot take, a damaged segment."""

from __future__ import annotations

import time

from index.skipped import Skipped
from tests.api.conftest import API


def test_a_symbol_only_query_finds_nothing_and_says_why(client, workflow):
    workflow.published(title="Speed cameras", body="Cameras on the A140.")
    body = client.get(f"{API}/search", query_string={"q": "*"}).get_json()
    assert (body["results"], body["total"]) == ([], 0)
    assert "nothing to search for" in body["message"]


def test_an_ordinary_query_carries_no_message(client, workflow):
    workflow.published(title="Speed cameras", body="Cameras on the A140.")
    body = client.get(f"{API}/search", query_string={"q": "cameras"}).get_json()
    assert body["total"] == 1 and body["message"] is None


def _truncate_postings(app) -> None:
    search = app.extensions["pressline.search"]
    folder = search.store.path(search.store.current())
    for path in folder.glob("MAIN_*.pst"):
        path.write_bytes(path.read_bytes()[:10])
    search.pool.invalidate()  # as a node that opens the index after the damage


def _wait_for_repair(client, timeout: float = 30.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if client.get("/readyz").status_code == 200:
            return True
        time.sleep(0.1)
    return False


def test_searches_answer_503_problem_json_with_retry_after_while_the_index_is_damaged(app, client, workflow):
    workflow.published(title="Speed cameras", body="Cameras on the A140.")
    _truncate_postings(app)
    response = client.get(f"{API}/search", query_string={"q": "cameras"})
    assert response.status_code == 503 and response.content_type == "application/problem+json"
    assert int(response.headers["Retry-After"]) > 0 and "rebuilt" in response.get_json()["detail"]
    assert _wait_for_repair(client)


def test_readyz_reports_a_damaged_index_until_the_node_has_rebuilt_it(app, client, workflow):
    workflow.published(title="Speed cameras", body="Cameras on the A140.")
    _truncate_postings(app)
    response = client.get("/readyz")
    assert response.status_code == 503 and response.get_json()["checks"]["index"] == "damaged"
    assert ".pst" in response.get_json()["index_damage"]
    assert _wait_for_repair(client)
    assert client.get(f"{API}/search", query_string={"q": "cameras"}).get_json()["total"] == 1


def test_readyz_names_a_statement_the_index_skipped_and_stays_ready(app, client, workflow):
    workflow.published(title="Speed cameras", body="Cameras on the A140.", slug="cameras")
    search = app.extensions["pressline.search"]
    Skipped(search.store, search.store.current()).record({"cameras": "TypeError: not text"})
    body = client.get("/readyz").get_json()
    assert body["status"] == "ready" and body["index_skipped"] == ["cameras"]
