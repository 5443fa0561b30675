"""Checks in the console: the editor shows findings for what is typed (preview, save, live), highlighted in
place; the statement page lists them for the approver, who can override blocking ones with a reason."""

from __future__ import annotations

from tests.conftest import EDITOR

CONTEMPT = "Officers arrested the thug <b>on</b> Friday."


def _form(**changes) -> dict:
    form = {"title": "Arrest after assault", "kind": "press_release", "body": CONTEMPT, "case_stage": "arrest",
            "quote_rows": "0", "change_note": "First", "action": "preview"}  # fmt: skip
    form.update(changes)
    return form


def test_preview_shows_findings_for_the_unsaved_form_highlighted_in_place(signed_in):
    page = signed_in("editor").post("/console/new", _form(), token_from="/console/new").get_data(as_text=True)
    assert "Checks: 1 blocking" in page
    assert '<mark class="finding-block"' in page and ">thug</mark>" in page
    assert "&lt;b&gt;on&lt;/b&gt;" in page  # the wording stays text


def test_the_case_stage_is_saved_from_the_editor(signed_in, app_services):
    response = signed_in("editor").post("/console/new", _form(action="save"), token_from="/console/new")
    slug = response.headers["Location"].rsplit("/", 1)[1]
    assert app_services.catalogue.working(slug, EDITOR).case_stage == "arrest"
    page = signed_in("editor").get(f"/console/s/{slug}/edit").get_data(as_text=True)
    assert '<option value="arrest" selected>' in page and "Checks: 1 blocking" in page


def test_without_a_case_stage_the_same_words_do_not_block(signed_in):
    page = signed_in("editor").post("/console/new", _form(case_stage=""), token_from="/console/new")
    assert "No findings" in page.get_data(as_text=True)


def test_the_live_preview_returns_the_checks_panel(signed_in):
    editor = signed_in("editor")
    response = editor.post("/console/preview", _form(), token_from="/console/new")
    assert response.status_code == 200
    assert "Checks: 1 blocking" in response.get_json()["checks"]
    assert "thug" in response.get_json()["html"]


def test_the_statement_page_lists_findings_for_the_approver(signed_in, flow):
    view = flow.in_review(body="We will utilise CCTV.")
    page = signed_in("approver").get(f"/console/s/{view.slug}").get_data(as_text=True)
    assert "Checks: 1 warning" in page and "style.words" in page
    assert 'value="approve">Approve</button>' in page and "override_reason" not in page


def test_blocking_findings_replace_approve_with_an_override_form(signed_in, flow):
    view = flow.in_review(body=CONTEMPT, case_stage="arrest")
    page = signed_in("approver").get(f"/console/s/{view.slug}").get_data(as_text=True)
    assert 'name="override_reason"' in page and "Approve with override" in page
    assert 'value="approve">Approve</button>' not in page


def test_approving_without_a_reason_is_refused_with_the_finding(signed_in, flow, app_services):
    view = flow.in_review(body=CONTEMPT, case_stage="arrest")
    approver = signed_in("approver")
    response = approver.post(f"/console/s/{view.slug}/action", {"action": "approve", "revision": view.revision},
                             token_from=f"/console/s/{view.slug}")  # fmt: skip
    page = approver.get(response.headers["Location"]).get_data(as_text=True)
    assert "blocking finding" in page and "presumes guilt" in page
    assert app_services.catalogue.working(view.slug, EDITOR).status == "in_review"


def test_an_override_reason_approves_and_the_audit_trail_shows_it(signed_in, flow, app_services):
    view = flow.in_review(body=CONTEMPT, case_stage="arrest")
    approver = signed_in("approver")
    data = {"action": "approve", "revision": view.revision, "override_reason": "Legal say it is a quote"}
    response = approver.post(f"/console/s/{view.slug}/action", data, token_from=f"/console/s/{view.slug}")
    page = approver.get(response.headers["Location"]).get_data(as_text=True)
    assert "Version 1 approved." in page
    assert "Approved, checks overridden: Legal say it is a quote" in page
    assert "blocking legal.presumed-guilt “thug”" in page
    assert app_services.catalogue.working(view.slug, EDITOR).status == "approved"


def test_the_approvers_dashboard_tallies_each_waiting_versions_findings(signed_in, flow):
    flow.in_review(title="Arrest in Eastfield", body=CONTEMPT, case_stage="arrest")
    page = signed_in("approver").get("/console/").get_data(as_text=True)
    assert "checks: 1 blocking" in page
