"""Reading statements: lists, items, history, and the HTTP caching semantics of published reads."""

from __future__ import annotations

import json

import pytest

from tests.api.conftest import API
from tests.conftest import EDITOR


def test_list_shows_published_public_statements_newest_first(client, workflow, clock):
    workflow.published(title="Older guidance", topics=["fraud"])
    clock.advance(hours=1)
    workflow.published(title="Newer guidance", topics=["fraud"])
    workflow.draft(title="Unfinished draft")

    body = client.get(f"{API}/statements").get_json()

    assert [item["title"] for item in body["items"]] == ["Newer guidance", "Older guidance"]
    assert body["total"] == 2
    assert "revision" not in body["items"][0]


def test_list_is_paginated_with_metadata_and_link_headers(client, workflow, clock):
    for n in range(5):
        workflow.published(title=f"Statement {n}")
        clock.advance(minutes=1)

    response = client.get(f"{API}/statements?per_page=2&page=2")

    body = response.get_json()
    assert (body["page"], body["per_page"], body["total"], body["pages"]) == (2, 2, 5, 3)
    assert len(body["items"]) == 2
    meta = json.loads(response.headers["X-Pagination"])
    assert meta["next_page"] == 3 and meta["previous_page"] == 1 and meta["total"] == 5
    links = response.headers["Link"]
    assert 'page=3>; rel="next"' in links and 'page=1>; rel="prev"' in links and 'rel="last"' in links


@pytest.mark.parametrize("query", ["page=0", "page=10001", "per_page=0", "per_page=101", "page=99999999999999999999"])
def test_page_numbers_are_bounded(client, query):
    response = client.get(f"{API}/statements?{query}")

    assert response.status_code == 422
    assert response.content_type == "application/problem+json"
    assert set(response.get_json()["errors"]) <= {"page", "per_page"}


def test_list_filters_by_topic_and_kind(client, workflow):
    workflow.published(title="Fraud advice", topics=["fraud"], kind="guidance")
    workflow.published(title="Road news", topics=["road-safety"])

    assert [i["title"] for i in client.get(f"{API}/statements?topic=fraud").get_json()["items"]] == ["Fraud advice"]
    assert [i["title"] for i in client.get(f"{API}/statements?kind=guidance").get_json()["items"]] == ["Fraud advice"]


def test_updated_since_returns_only_what_was_published_since(client, workflow, clock):
    workflow.published(title="Old")
    clock.advance(days=1)
    since = clock.now.isoformat()
    workflow.published(title="New")

    response = client.get(f"{API}/statements", query_string={"updated_since": since})

    assert [i["title"] for i in response.get_json()["items"]] == ["New"]


def test_updated_since_without_a_time_zone_is_refused(client):
    response = client.get(f"{API}/statements?updated_since=2026-06-01T09:00:00")

    assert response.status_code == 422
    assert "updated_since" in response.get_json()["errors"]


def test_item_reads_as_the_contract_lists(client, workflow):
    workflow.published(
        title="Warning about online grooming",
        topics=["online-safety"],
        quotes=[{"text": "Talk to your children.", "speaker": "Jo Bloggs", "role": "Chief Constable"}],
        reporting_routes=["ceop"],
        review_by="2027-01-01",
    )

    body = client.get(f"{API}/statements/warning-about-online-grooming").get_json()

    contract = {
        "slug", "title", "kind", "audience", "topics", "version", "status", "summary", "body", "quotes",
        "reporting_routes", "change_note", "author", "approved_by", "approved_at", "publish_at", "published_at",
        "review_by", "withdrawn", "stale",
    }  # fmt: skip
    assert contract <= set(body)
    assert body["status"] == "published" and body["version"] == 1 and body["withdrawn"] is None
    assert body["quotes"] == [{"text": "Talk to your children.", "speaker": "Jo Bloggs", "role": "Chief Constable"}]
    assert {"id", "name", "url", "phone", "when", "urgency"} <= set(body["reporting_routes"][0])
    assert body["published_at"].endswith("+00:00")


def test_published_read_is_cacheable_for_at_most_five_minutes(client, workflow):
    view = workflow.published()

    response = client.get(f"{API}/statements/{view.slug}")

    assert response.status_code == 200
    assert response.headers["ETag"]
    assert response.headers["Last-Modified"]
    cache = response.headers["Cache-Control"]
    assert "public" in cache
    max_age = int(cache.split("max-age=")[1].split(",")[0])
    assert 0 < max_age <= 300
    assert "Authorization" in response.headers["Vary"]
    assert "Retry-After" not in response.headers


def test_matching_if_none_match_gets_304_without_a_body(client, workflow):
    view = workflow.published()
    etag = client.get(f"{API}/statements/{view.slug}").headers["ETag"]

    response = client.get(f"{API}/statements/{view.slug}", headers={"If-None-Match": etag})

    assert response.status_code == 304
    assert response.get_data() == b""
    assert response.headers["ETag"] == etag


def test_a_new_published_version_changes_the_etag(client, workflow):
    view = workflow.published()
    etag = client.get(f"{API}/statements/{view.slug}").headers["ETag"]
    workflow.republish(view.slug, summary="Updated advice")

    response = client.get(f"{API}/statements/{view.slug}", headers={"If-None-Match": etag})

    assert response.status_code == 200
    assert response.get_json()["version"] == 2


def test_partner_reads_are_private_to_the_partner(client, workflow, keys):
    view = workflow.published(audience="partners")

    response = client.get(f"{API}/statements/{view.slug}", headers=keys.header("partner"))

    assert response.status_code == 200
    assert response.headers["Cache-Control"].startswith("private")


def test_staff_reads_are_never_stored_and_carry_the_revision_etag(client, workflow, keys):
    view = workflow.draft()

    response = client.get(f"{API}/statements/{view.slug}", headers=keys.header("editor"))

    assert response.status_code == 200
    assert response.headers["Cache-Control"] == "private, no-store"
    assert response.get_json()["status"] == "draft"
    assert response.get_json()["revision"] == view.revision
    assert response.headers["ETag"].startswith(f'"r{view.revision}-')


def test_unpublished_statement_is_a_404_identical_to_a_slug_that_never_existed(client, workflow):
    hidden = workflow.draft(title="Secret plans")

    hidden_response = client.get(f"{API}/statements/{hidden.slug}")
    missing_response = client.get(f"{API}/statements/no-such-statement-at-all")

    assert hidden_response.status_code == missing_response.status_code == 404
    assert hidden_response.get_data() == missing_response.get_data()
    assert hidden_response.content_type == "application/problem+json"


def test_withdrawn_statement_is_410_with_the_notice_and_without_the_wording(client, workflow, clock):
    view = workflow.withdrawn(reason="Court order", title="Appeal for witnesses", body="Distinctive wording here.")

    response = client.get(f"{API}/statements/{view.slug}")

    assert response.status_code == 410
    body = response.get_json()
    assert body["withdrawn"]["reason"] == "Court order"
    assert body["withdrawn"]["at"].startswith(clock.now.date().isoformat())
    assert "Distinctive" not in response.get_data(as_text=True)
    assert "Appeal for witnesses" not in response.get_data(as_text=True)


def test_versions_list_history_that_was_served(client, workflow):
    view = workflow.published(summary="First wording")
    workflow.republish(view.slug, summary="Second wording")
    workflow.services.workflow.edit_draft(view.slug, _revision(workflow, view.slug), {"summary": "Draft"}, EDITOR)

    items = client.get(f"{API}/statements/{view.slug}/versions").get_json()["items"]

    assert [(i["version"], i["status"]) for i in items] == [(1, "superseded"), (2, "published")]


def test_one_old_version_can_be_read_by_number(client, workflow):
    view = workflow.published(summary="First wording")
    workflow.republish(view.slug, summary="Second wording")

    body = client.get(f"{API}/statements/{view.slug}/versions/1").get_json()

    assert (body["version"], body["summary"], body["status"]) == (1, "First wording", "superseded")


@pytest.mark.parametrize("number", ["3", "99999999999999999999999", "0"])
def test_missing_or_out_of_range_version_numbers_are_404(client, workflow, number):
    view = workflow.published()

    response = client.get(f"{API}/statements/{view.slug}/versions/{number}")

    assert response.status_code == 404
    assert response.content_type == "application/problem+json"


def test_public_reads_allow_any_origin_and_expose_caching_headers(client, workflow):
    view = workflow.published()

    response = client.get(f"{API}/statements/{view.slug}", headers={"Origin": "https://school.example"})

    assert response.headers["Access-Control-Allow-Origin"] == "*"
    assert "ETag" in response.headers["Access-Control-Expose-Headers"]


def test_preflight_for_a_public_read_allows_the_authorization_header(client):
    response = client.options(
        f"{API}/statements",
        headers={"Origin": "https://school.example", "Access-Control-Request-Method": "GET"},
    )

    assert response.headers["Access-Control-Allow-Origin"] == "*"
    assert "Authorization" in response.headers["Access-Control-Allow-Headers"]


def test_writes_get_no_cors_headers(client, keys):
    response = client.post(
        f"{API}/statements", json={"title": "T", "body": "B"},
        headers={"Origin": "https://evil.example", **keys.header("editor")},
    )  # fmt: skip
    preflight = client.options(
        f"{API}/statements", headers={"Origin": "https://evil.example", "Access-Control-Request-Method": "POST"}
    )

    assert response.status_code == 201
    assert "Access-Control-Allow-Origin" not in response.headers
    assert "Access-Control-Allow-Origin" not in preflight.headers


def _revision(workflow, slug):
    return workflow.services.catalogue.working(slug, EDITOR).revision


def test_withdrawals_list_what_partners_should_take_down_without_the_wording(client, workflow, clock):
    workflow.withdrawn(reason="Old news", title="First appeal", body="Old appeal wording.")
    clock.advance(days=1)
    since = clock.now.isoformat()
    workflow.withdrawn(reason="Court order", title="Second appeal", body="Second appeal wording.")
    workflow.published(title="Still current")

    everything = client.get(f"{API}/withdrawals").get_json()["items"]
    recent = client.get(f"{API}/withdrawals", query_string={"updated_since": since}).get_json()["items"]

    assert [(i["slug"], i["withdrawn"]["reason"]) for i in everything] == [
        ("second-appeal", "Court order"), ("first-appeal", "Old news"),
    ]  # fmt: skip
    assert [i["slug"] for i in recent] == ["second-appeal"]
    assert "wording" not in client.get(f"{API}/withdrawals").get_data(as_text=True)
