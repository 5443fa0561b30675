"""The actions a face offers (``allowed_actions``) are exactly the transitions the workflow then accepts."""

from __future__ import annotations

from datetime import timedelta

import pytest

from statements.actions import allowed_actions
from statements.errors import Conflict, Forbidden
from tests.conftest import ADMIN, APPROVER, EDITOR, EDITOR2

TRANSITIONS = {
    "submit": lambda wf, v, who: wf.submit(v.slug, v.revision, who),
    "approve": lambda wf, v, who: wf.approve(v.slug, v.revision, who),
    "reject": lambda wf, v, who: wf.reject(v.slug, v.revision, who, "Needs a source."),
    "publish": lambda wf, v, who: wf.publish(v.slug, v.revision, who),
    "start_draft": lambda wf, v, who: wf.start_draft(v.slug, v.revision, who),
    "withdraw": lambda wf, v, who: wf.withdraw(v.slug, v.revision, who, "Superseded."),
    "reschedule": lambda wf, v, who: wf.reschedule(v.slug, v.revision, who, wf.clock() + timedelta(hours=2)),
    "unschedule": lambda wf, v, who: wf.unschedule(v.slug, v.revision, who),
}
STATES = ("draft", "in_review", "approved", "scheduled", "published", "withdrawn")


def _make(workflow, state: str, author):
    if state == "withdrawn":
        return workflow.withdrawn(author=author)
    if state == "scheduled":
        return workflow.published(author=author, publish_at=workflow.flow.clock() + timedelta(hours=1))
    return getattr(workflow, state)(author=author)


@pytest.mark.parametrize("state", STATES)
@pytest.mark.parametrize("who", [EDITOR, EDITOR2, APPROVER, ADMIN], ids=lambda v: v.name)
def test_offered_actions_are_the_accepted_ones(workflow, services, state, who):
    statement = _make(workflow, state, EDITOR)
    working = services.catalogue.working(statement.slug, who)
    offered = allowed_actions(working, services.catalogue.versions(statement.slug, who), who)
    for action, take in TRANSITIONS.items():
        fresh = _make(workflow, state, EDITOR)
        current = services.catalogue.working(fresh.slug, who)
        try:
            take(services.workflow, current, who)
            accepted = True
        except (Forbidden, Conflict):
            accepted = False
        assert accepted == (action in offered), (state, who.name, action)


def test_no_one_is_offered_approval_of_wording_they_wrote(workflow, services):
    view = workflow.in_review(author=ADMIN)
    offered = allowed_actions(view, services.catalogue.versions(view.slug, ADMIN), ADMIN)
    assert "reject" in offered and "approve" not in offered
