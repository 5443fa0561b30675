"""Property-based workflow tests: whatever the sequence of operations, the invariants hold."""

from __future__ import annotations

from datetime import timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from statements.errors import PresslineError
from tests.conftest import ANON, APPROVER, APPROVER2, BOT, EDITOR, PARTNER

ACTORS = [EDITOR, APPROVER, APPROVER2]
OPS = st.lists(
    st.tuples(
        st.sampled_from(["edit", "submit", "approve", "reject", "publish", "schedule", "withdraw", "start", "tick"]),
        st.integers(0, 2),
        st.integers(0, 2),
    ),
    max_size=25,
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ops=OPS)
def test_no_sequence_breaks_immutability_two_person_rule_or_embargo(services, clock, ops):
    flow, catalogue = services.workflow, services.catalogue
    marker = f"marker{len(ops)}x{abs(hash(tuple(ops))) % 10**6}"
    view = flow.create_draft({"title": f"Draft {marker}", "body": f"Body {marker}"}, EDITOR)
    slug = view.slug
    frozen: dict[int, tuple] = {}
    for op, who, arg in ops:
        actor = ACTORS[who]
        revision = catalogue.working(slug, EDITOR).revision
        try:
            if op == "edit":
                flow.edit_draft(slug, revision, {"body": f"Body {marker} edit {arg}"}, actor)
            elif op == "submit":
                flow.submit(slug, revision, actor)
            elif op == "approve":
                approved = flow.approve(slug, revision, actor)
                assert approved.approved_by not in (approved.author, *approved.contributors)
            elif op == "reject":
                flow.reject(slug, revision, actor, "no")
            elif op == "publish":
                flow.publish(slug, revision, actor)
            elif op == "schedule":
                flow.publish(slug, revision, actor, clock() + timedelta(hours=arg + 1))
            elif op == "withdraw":
                flow.withdraw(slug, revision, actor, "stale")
            elif op == "start":
                flow.start_draft(slug, revision, actor)
            else:
                clock.advance(minutes=30 * arg)
        except PresslineError:
            pass
        versions = catalogue.versions(slug, EDITOR)
        for v in versions:
            content = (v.title, v.body, v.summary, v.quotes, v.approved_by, v.author)
            if v.status in ("approved", "published", "superseded", "scheduled", "withdrawn", "rejected"):
                assert frozen.setdefault(v.version, content) == content, "a submitted version changed"
            if v.approved_by is not None:
                assert v.approved_by != v.author and v.approved_by not in v.contributors
        for outsider in (ANON, PARTNER, BOT):
            try:
                seen = catalogue.get(slug, outsider)
            except PresslineError:
                continue
            stored = next(v for v in versions if v.version == seen.version)
            assert stored.status == "published"
            assert stored.publish_at <= clock()
