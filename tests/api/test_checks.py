"""Checks through the API: `checks` and `case_stage` in version JSON (checks for staff only), the 422 that a
blocking finding gives on approve, and the override that gets past it."""

from __future__ import annotations

from api import create_app
from tests.api.conftest import API, make_keys

CONTEMPT = {"title": "Arrest after Eastfield assault", "body": "Officers arrested the thug on Friday.",
            "case_stage": "arrest"}  # fmt: skip


def create(client, keys, **fields):
    return client.post(f"{API}/statements", json=fields, headers=keys.header("editor"))


def post(client, keys, role, path, etag, json=None):
    return client.post(f"{API}{path}", json=json, headers={**keys.header(role), "If-Match": etag})


def submitted(client, keys, **fields):
    draft = create(client, keys, **fields)
    slug = draft.get_json()["slug"]
    return slug, post(client, keys, "editor", f"/statements/{slug}/draft/submit", draft.headers["ETag"])


def test_a_draft_carries_its_case_stage_and_findings(client, keys):
    body = create(client, keys, **CONTEMPT).get_json()
    start = CONTEMPT["body"].index("thug")
    assert body["case_stage"] == "arrest"
    assert body["checks"] == [
        {"rule": "legal.presumed-guilt", "severity": "block", "message": body["checks"][0]["message"],
         "match": "thug", "field": "body", "start": start, "end": start + 4}
    ]  # fmt: skip


def test_the_case_stage_can_be_patched_and_cleared(client, keys):
    draft = create(client, keys, **CONTEMPT)
    slug = draft.get_json()["slug"]
    patched = client.patch(f"{API}/statements/{slug}/draft", json={"case_stage": None},
                           headers={**keys.header("editor"), "If-Match": draft.headers["ETag"]})  # fmt: skip
    assert patched.status_code == 200
    assert patched.get_json()["case_stage"] is None and patched.get_json()["checks"] == []


def test_an_unknown_case_stage_is_a_field_error(client, keys):
    response = create(client, keys, **{**CONTEMPT, "case_stage": "appeal"})
    assert response.status_code == 422 and "case_stage" in response.get_json()["errors"]


def test_approving_with_a_blocking_finding_is_422_naming_the_findings(client, keys):
    slug, review = submitted(client, keys, **CONTEMPT)
    response = post(client, keys, "approver", f"/statements/{slug}/draft/approve", review.headers["ETag"])
    assert response.status_code == 422
    assert response.mimetype == "application/problem+json"
    problem = response.get_json()
    assert [f["rule"] for f in problem["findings"]] == ["legal.presumed-guilt"]
    assert problem["findings"][0]["match"] == "thug"
    assert "override_reason" in problem["errors"]


def test_an_override_reason_approves_and_the_audit_shows_it(client, keys):
    slug, review = submitted(client, keys, **CONTEMPT)
    response = post(client, keys, "approver", f"/statements/{slug}/draft/approve", review.headers["ETag"],
                    {"override_reason": "Quoting the victim's family, cleared by legal"})  # fmt: skip
    assert response.status_code == 200 and response.get_json()["status"] == "approved"
    audit = client.get(f"{API}/audit?slug={slug}", headers=keys.header("approver")).get_json()["items"][0]
    assert audit["action"] == "approve"
    assert audit["detail"]["override_reason"] == "Quoting the victim's family, cleared by legal"
    assert audit["detail"]["findings"][0]["rule"] == "legal.presumed-guilt"


def test_an_empty_override_reason_is_a_field_error(client, keys):
    slug, review = submitted(client, keys, **CONTEMPT)
    response = post(client, keys, "approver", f"/statements/{slug}/draft/approve", review.headers["ETag"],
                    {"override_reason": ""})  # fmt: skip
    assert response.status_code == 422 and "override_reason" in response.get_json()["errors"]


def test_warnings_do_not_stop_approval(client, keys):
    slug, review = submitted(client, keys, title="Road safety", body="We will utilise speed cameras.")
    response = post(client, keys, "approver", f"/statements/{slug}/draft/approve", review.headers["ETag"])
    assert response.status_code == 200
    assert [f["severity"] for f in response.get_json()["checks"]] == ["warn"]


def test_partners_and_the_public_never_see_checks(client, keys, workflow):
    view = workflow.published(body="We will utilise speed cameras.", case_stage="none")
    for role in ("anonymous", "partner"):
        for path in (f"/statements/{view.slug}", f"/statements/{view.slug}/versions", "/statements"):
            body = client.get(f"{API}{path}", headers=keys.header(role)).get_data(as_text=True)
            assert "utilise" in body and '"checks"' not in body
        item = client.get(f"{API}/statements/{view.slug}", headers=keys.header(role)).get_json()
        assert "checks" not in item and item["case_stage"] == "none"


def test_staff_see_checks_on_every_version_read(client, keys, workflow):
    view = workflow.published(body="We will utilise speed cameras.")
    header = keys.header("editor")
    single = client.get(f"{API}/statements/{view.slug}", headers=header).get_json()
    history = client.get(f"{API}/statements/{view.slug}/versions", headers=header).get_json()["items"]
    listed = client.get(f"{API}/statements", headers=header).get_json()["items"]
    one = client.get(f"{API}/statements/{view.slug}/versions/1", headers=header).get_json()
    for item in (single, history[0], listed[0], one):
        assert [f["match"] for f in item["checks"]] == ["utilise"]


def test_the_offices_checks_file_is_used(app_config, tmp_path):
    path = tmp_path / "checks.toml"
    path.write_text('[rules]\n"style.words" = "block"\n')
    app = create_app({**app_config, "CHECKS": str(path)})
    try:
        client = app.test_client()
        keys = make_keys(app)
        slug, review = submitted(client, keys, title="Cameras", body="We will utilise speed cameras.")
        response = post(client, keys, "approver", f"/statements/{slug}/draft/approve", review.headers["ETag"])
        assert response.status_code == 422 and response.get_json()["findings"][0]["rule"] == "style.words"
    finally:
        app.extensions["pressline.search"].close()
        app.extensions["pressline"].db.dispose()
