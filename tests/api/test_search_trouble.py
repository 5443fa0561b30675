"""Search through the API when the query or the index is the trouble: a query with nothing to search, a
statement the index cannot take, a damaged segment."""

from __future__ import annotations

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
