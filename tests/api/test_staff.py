"""Staff writes and transitions: If-Match on every write, the new ETag on every answer, the lifecycle."""

from __future__ import annotations

import pytest

from tests.api.conftest import API


def create(client, keys, role="editor", **fields):
    fields.setdefault("title", "Warning about courier fraud")
    fields.setdefault("body", "Nobody from the bank will collect your card.")
    return client.post(f"{API}/statements", json=fields, headers=keys.header(role))


def post(client, keys, role, path, etag, json=None):
    headers = {**keys.header(role), "If-Match": etag}
    return client.post(f"{API}{path}", json=json, headers=headers)


def test_create_answers_201_with_the_draft_its_etag_and_location(client, keys):
    response = create(client, keys, topics=["fraud", "brand-new-topic"], reporting_routes=["action-fraud"])

    assert response.status_code == 201
    body = response.get_json()
    assert body["status"] == "draft" and body["slug"] == "warning-about-courier-fraud"
    assert body["author"] == "Edith Editor"
    assert sorted(body["topics"]) == ["brand-new-topic", "fraud"]
    assert response.headers["Location"].endswith(f"{API}/statements/warning-about-courier-fraud")
    assert response.headers["ETag"]
    assert response.headers["Cache-Control"] == "private, no-store"


def test_create_derives_a_unique_slug(client, keys):
    create(client, keys)

    assert create(client, keys).get_json()["slug"] == "warning-about-courier-fraud-2"


def test_lines_to_take_default_to_internal(client, keys):
    assert create(client, keys, kind="lines_to_take").get_json()["audience"] == "internal"


def test_the_full_lifecycle_through_the_api(client, keys):
    draft = create(client, keys)
    slug = draft.get_json()["slug"]

    edited = client.patch(
        f"{API}/statements/{slug}/draft",
        json={"summary": "Keep your card."},
        headers={**keys.header("editor"), "If-Match": draft.headers["ETag"]},
    )
    submitted = post(client, keys, "editor", f"/statements/{slug}/draft/submit", edited.headers["ETag"])
    approved = post(client, keys, "approver", f"/statements/{slug}/draft/approve", submitted.headers["ETag"])
    published = post(client, keys, "approver", f"/statements/{slug}/publish", approved.headers["ETag"])

    assert [r.status_code for r in (edited, submitted, approved, published)] == [200, 200, 200, 200]
    assert published.get_json()["status"] == "published"
    assert published.get_json()["approved_by"] == "Abe Approver"
    assert client.get(f"{API}/statements/{slug}").get_json()["summary"] == "Keep your card."


def test_each_write_answers_a_new_etag(client, keys):
    draft = create(client, keys)
    slug = draft.get_json()["slug"]

    edited = client.patch(
        f"{API}/statements/{slug}/draft", json={"summary": "x"},
        headers={**keys.header("editor"), "If-Match": draft.headers["ETag"]},
    )  # fmt: skip

    assert edited.headers["ETag"] != draft.headers["ETag"]


def test_a_write_without_if_match_is_428(client, keys):
    slug = create(client, keys).get_json()["slug"]

    response = client.patch(f"{API}/statements/{slug}/draft", json={"summary": "x"}, headers=keys.header("editor"))

    assert response.status_code == 428
    assert response.content_type == "application/problem+json"


def test_if_match_star_is_not_enough(client, keys):
    slug = create(client, keys).get_json()["slug"]

    response = post(client, keys, "editor", f"/statements/{slug}/draft/submit", "*")

    assert response.status_code == 428


def test_a_stale_etag_is_412(client, keys):
    draft = create(client, keys)
    slug = draft.get_json()["slug"]
    post(client, keys, "editor", f"/statements/{slug}/draft/submit", draft.headers["ETag"])

    response = client.patch(
        f"{API}/statements/{slug}/draft", json={"summary": "x"},
        headers={**keys.header("editor"), "If-Match": draft.headers["ETag"]},
    )  # fmt: skip

    assert response.status_code == 412
    assert response.content_type == "application/problem+json"


def test_another_statements_etag_is_412(client, keys):
    first = create(client, keys, title="First")
    second = create(client, keys, title="Second")

    response = post(client, keys, "editor", f"/statements/{second.get_json()['slug']}/draft/submit",
                    first.headers["ETag"])  # fmt: skip

    assert response.status_code == 412


def test_a_staff_get_gives_the_etag_to_write_with(client, keys):
    slug = create(client, keys).get_json()["slug"]
    etag = client.get(f"{API}/statements/{slug}/draft", headers=keys.header("editor")).headers["ETag"]

    assert post(client, keys, "editor", f"/statements/{slug}/draft/submit", etag).status_code == 200


def test_an_approver_cannot_approve_their_own_version(client, keys):
    draft = create(client, keys, role="approver")
    slug = draft.get_json()["slug"]
    submitted = post(client, keys, "approver", f"/statements/{slug}/draft/submit", draft.headers["ETag"])

    response = post(client, keys, "approver", f"/statements/{slug}/draft/approve", submitted.headers["ETag"])

    assert response.status_code == 403
    assert "two-person rule" in response.get_json()["detail"]


def test_an_invalid_transition_is_409(client, keys):
    draft = create(client, keys)
    slug = draft.get_json()["slug"]

    response = post(client, keys, "approver", f"/statements/{slug}/draft/approve", draft.headers["ETag"])

    assert response.status_code == 409
    assert response.content_type == "application/problem+json"


def test_reject_needs_a_reason_and_returns_the_author_a_new_draft(client, keys):
    draft = create(client, keys)
    slug = draft.get_json()["slug"]
    submitted = post(client, keys, "editor", f"/statements/{slug}/draft/submit", draft.headers["ETag"])

    no_reason = post(client, keys, "approver", f"/statements/{slug}/draft/reject", submitted.headers["ETag"], {})
    rejected = post(client, keys, "approver", f"/statements/{slug}/draft/reject", submitted.headers["ETag"],
                    {"reason": "Check the phone number"})  # fmt: skip

    assert no_reason.status_code == 422 and "reason" in no_reason.get_json()["errors"]
    assert rejected.status_code == 200
    assert (rejected.get_json()["status"], rejected.get_json()["version"]) == ("draft", 2)


def test_publish_with_a_future_publish_at_schedules_an_embargo(client, keys, workflow, clock):
    view = workflow.approved()
    etag = client.get(f"{API}/statements/{view.slug}/draft", headers=keys.header("editor")).headers["ETag"]

    response = post(client, keys, "approver", f"/statements/{view.slug}/publish", etag,
                    {"publish_at": "2026-06-02T09:00:00+01:00"})  # fmt: skip

    assert response.status_code == 200
    assert response.get_json()["status"] == "scheduled"
    assert response.get_json()["publish_at"] == "2026-06-02T08:00:00+00:00"
    assert client.get(f"{API}/statements/{view.slug}").status_code == 404
    clock.advance(days=1)
    assert client.get(f"{API}/statements/{view.slug}").status_code == 200


def test_publish_at_without_a_zone_is_refused(client, keys, workflow):
    view = workflow.approved()
    etag = client.get(f"{API}/statements/{view.slug}/draft", headers=keys.header("editor")).headers["ETag"]

    response = post(client, keys, "approver", f"/statements/{view.slug}/publish", etag,
                    {"publish_at": "2026-06-02T09:00:00"})  # fmt: skip

    assert response.status_code == 422
    assert "publish_at" in response.get_json()["errors"]


def test_withdraw_makes_readers_get_410(client, keys, workflow):
    view = workflow.published()
    etag = client.get(f"{API}/statements/{view.slug}", headers=keys.header("approver")).headers["ETag"]

    response = post(client, keys, "approver", f"/statements/{view.slug}/withdraw", etag, {"reason": "Out of date"})

    assert response.status_code == 200
    assert response.get_json()["withdrawn"]["reason"] == "Out of date"
    assert client.get(f"{API}/statements/{view.slug}").status_code == 410


def test_editing_a_published_statement_starts_a_new_draft_and_keeps_serving_the_old(client, keys, workflow):
    view = workflow.published(summary="Approved wording")
    etag = client.get(f"{API}/statements/{view.slug}", headers=keys.header("editor")).headers["ETag"]

    response = client.patch(f"{API}/statements/{view.slug}/draft", json={"summary": "New wording"},
                            headers={**keys.header("editor"), "If-Match": etag})  # fmt: skip

    assert (response.get_json()["version"], response.get_json()["status"]) == (2, "draft")
    assert client.get(f"{API}/statements/{view.slug}").get_json()["summary"] == "Approved wording"


def test_start_draft_copies_the_published_version(client, keys, workflow):
    view = workflow.published(summary="Approved wording")
    etag = client.get(f"{API}/statements/{view.slug}/draft", headers=keys.header("editor")).headers["ETag"]

    response = post(client, keys, "editor", f"/statements/{view.slug}/draft", etag)

    assert response.status_code == 201
    assert (response.get_json()["version"], response.get_json()["summary"]) == (2, "Approved wording")
    assert response.headers["Location"].endswith(f"/statements/{view.slug}/draft")


@pytest.mark.parametrize("field", ["slug", "status", "approved_by", "author"])
def test_patch_refuses_fields_that_are_not_writable(client, keys, field):
    draft = create(client, keys)

    response = client.patch(
        f"{API}/statements/{draft.get_json()['slug']}/draft", json={field: "x"},
        headers={**keys.header("editor"), "If-Match": draft.headers["ETag"]},
    )  # fmt: skip

    assert response.status_code == 422
    assert field in response.get_json()["errors"]


def test_diff_shows_word_changes_between_versions(client, keys, workflow):
    view = workflow.published(summary="Call the police")
    workflow.republish(view.slug, summary="Call the police now")

    response = client.get(f"{API}/statements/{view.slug}/diff?from=1&to=2", headers=keys.header("editor"))

    assert response.status_code == 200
    assert any(p["op"] == "insert" and "now" in p["text"] for p in response.get_json()["pieces"])


def test_audit_lists_transitions_newest_first(client, keys, workflow):
    view = workflow.published()

    response = client.get(f"{API}/audit?slug={view.slug}", headers=keys.header("editor"))

    assert [e["action"] for e in response.get_json()["items"]] == ["publish", "approve", "submit", "create"]
    assert response.get_json()["items"][0]["actor"] == "Abe Approver"
    assert response.headers["Cache-Control"] == "private, no-store"
