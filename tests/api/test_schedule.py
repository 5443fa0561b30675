"""Scheduling through the API: a past publish_at is a 422 with a per-field message; approvers move or cancel."""

from __future__ import annotations

from datetime import timedelta

import pytest

API = "/api/v1"


def etag_of(client, keys, slug):
    return client.get(f"{API}/statements/{slug}/draft", headers=keys.header("approver")).headers["ETag"]


def call(client, keys, method, path, slug, json=None):
    headers = {**keys.header("approver"), "If-Match": etag_of(client, keys, slug)}
    return client.open(f"{API}{path}", method=method, json=json, headers=headers)


@pytest.mark.parametrize("publish_at", ["2020-01-01T09:00:00Z", "2026-06-01T08:59:00+00:00"])
def test_publishing_at_a_past_time_is_422_and_publishes_nothing(client, keys, workflow, publish_at):
    view = workflow.approved()
    response = call(client, keys, "POST", f"/statements/{view.slug}/publish", view.slug, {"publish_at": publish_at})
    assert response.status_code == 422
    assert response.mimetype == "application/problem+json"
    assert response.get_json()["errors"] == {
        "publish_at": ["That time has passed: publish now, or choose a later time."]
    }
    assert client.get(f"{API}/statements/{view.slug}").status_code == 404


def test_a_publish_at_a_few_seconds_behind_the_server_clock_publishes_now(client, keys, workflow, clock):
    view = workflow.approved()
    skewed = (clock.now - timedelta(seconds=2)).isoformat()
    response = call(client, keys, "POST", f"/statements/{view.slug}/publish", view.slug, {"publish_at": skewed})
    assert response.status_code == 200 and response.get_json()["status"] == "published"


def test_publishing_without_publish_at_is_publishing_now(client, keys, workflow, clock):
    view = workflow.approved()
    response = call(client, keys, "POST", f"/statements/{view.slug}/publish", view.slug)
    assert response.get_json()["publish_at"] == clock.now.isoformat()


def test_an_approver_moves_a_schedule(client, keys, workflow, clock):
    view = workflow.published(publish_at=clock.now + timedelta(hours=1))
    later = (clock.now + timedelta(hours=5)).isoformat()
    response = call(client, keys, "POST", f"/statements/{view.slug}/schedule", view.slug, {"publish_at": later})
    assert response.status_code == 200
    assert (response.get_json()["status"], response.get_json()["publish_at"]) == ("scheduled", later)
    audit = client.get(f"{API}/audit", headers=keys.header("approver")).get_json()["items"]
    moves = [a for a in audit if a["action"] == "reschedule"]
    assert [m["detail"]["publish_at"] for m in moves] == [later]


def test_moving_a_schedule_into_the_past_is_422(client, keys, workflow, clock):
    view = workflow.published(publish_at=clock.now + timedelta(hours=1))
    past = (clock.now - timedelta(days=365)).isoformat()
    response = call(client, keys, "POST", f"/statements/{view.slug}/schedule", view.slug, {"publish_at": past})
    assert response.status_code == 422 and "publish_at" in response.get_json()["errors"]


def test_an_approver_cancels_a_schedule(client, keys, workflow, clock):
    view = workflow.published(publish_at=clock.now + timedelta(hours=1))
    response = call(client, keys, "DELETE", f"/statements/{view.slug}/schedule", view.slug)
    assert response.status_code == 200
    assert (response.get_json()["status"], response.get_json()["publish_at"]) == ("approved", None)


def test_an_editor_may_not_move_a_schedule(client, keys, workflow, clock):
    view = workflow.published(publish_at=clock.now + timedelta(hours=1))
    headers = {**keys.header("editor"), "If-Match": etag_of(client, keys, view.slug)}
    response = client.delete(f"{API}/statements/{view.slug}/schedule", headers=headers)
    assert response.status_code == 403


def test_cancelling_a_schedule_that_has_lifted_is_409(client, keys, workflow, clock):
    view = workflow.published(publish_at=clock.now + timedelta(minutes=1))
    clock.advance(minutes=2)
    response = call(client, keys, "DELETE", f"/statements/{view.slug}/schedule", view.slug)
    assert response.status_code == 409
