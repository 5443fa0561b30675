"""Approval respects the checks: blocking findings refuse it unless the approver overrides with a reason,
which the audit trail keeps with the findings of that moment. Warnings never block."""

from __future__ import annotations

import pytest

from statements.errors import ChecksBlocked, ValidationFailed
from tests.conftest import APPROVER, EDITOR

CONTEMPT = {"body": "Officers arrested the killer in Eastfield on Friday.", "case_stage": "arrest"}


def test_a_blocking_finding_refuses_approval(workflow):
    view = workflow.in_review(**CONTEMPT)
    with pytest.raises(ChecksBlocked) as refused:
        workflow.flow.approve(view.slug, view.revision, APPROVER)
    assert [f.rule for f in refused.value.findings] == ["legal.presumed-guilt"]
    assert "override_reason" in refused.value.errors
    assert workflow.services.catalogue.working(view.slug, EDITOR).status == "in_review"


def test_an_override_reason_approves_and_is_audited_with_the_findings(workflow):
    view = workflow.in_review(**CONTEMPT)
    approved = workflow.flow.approve(view.slug, view.revision, APPROVER, "Legal cleared: 'killer' quotes the court")
    assert approved.status == "approved"
    event = _last_audit(workflow, view.slug)
    assert event.action == "approve"
    assert event.detail["override_reason"] == "Legal cleared: 'killer' quotes the court"
    assert [f["rule"] for f in event.detail["findings"]] == ["legal.presumed-guilt"]
    assert event.detail["findings"][0]["match"] == "the killer"


@pytest.mark.parametrize("reason", ["", "   "])
def test_an_empty_override_reason_is_refused(workflow, reason):
    view = workflow.in_review(**CONTEMPT)
    with pytest.raises(ValidationFailed) as refused:
        workflow.flow.approve(view.slug, view.revision, APPROVER, reason)
    assert "override_reason" in refused.value.errors


def test_warnings_never_block_and_are_noted(workflow):
    view = workflow.in_review(body="We will utilise every officer we have.")
    approved = workflow.flow.approve(view.slug, view.revision, APPROVER)
    assert approved.status == "approved"
    assert _last_audit(workflow, view.slug).detail == {"checks": "1 warning"}


def test_the_case_stage_is_kept_on_new_drafts(workflow):
    view = workflow.published(body="A man has been charged with burglary.", case_stage="charged")
    draft = workflow.flow.start_draft(view.slug, view.revision, EDITOR)
    assert (view.case_stage, draft.case_stage) == ("charged", "charged")


def test_an_unknown_case_stage_is_refused(workflow):
    with pytest.raises(ValidationFailed) as refused:
        workflow.draft(case_stage="appeal")
    assert "case_stage" in refused.value.errors


def _last_audit(workflow, slug):
    events, _ = workflow.services.catalogue.audit(APPROVER, slug=slug)
    return events[0]


def test_the_case_stage_survives_a_backup_and_restore(workflow, services, tmp_path, clock):
    import io

    import migrations
    from statements import open_services
    from statements.backup import export_backup, import_backup

    view = workflow.draft(body="A man has been charged with burglary.", case_stage="charged")
    out = io.StringIO()
    export_backup(services.db, out)
    assert '"case_stage":"charged"' in out.getvalue()
    url = f"sqlite:///{tmp_path / 'restored.db'}"
    migrations.upgrade(url)
    restored = open_services(url, clock)
    try:
        import_backup(restored.db, out.getvalue().splitlines())
        assert restored.catalogue.working(view.slug, EDITOR).case_stage == "charged"
    finally:
        restored.db.dispose()
