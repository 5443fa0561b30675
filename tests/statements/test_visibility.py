"""Who sees what: audiences, drafts, embargoes and withdrawals across every read."""

from __future__ import annotations

from datetime import timedelta

import pytest

from statements import Filters
from statements.errors import Forbidden, NotFound
from tests.conftest import ANON, BOT, EDITOR, PARTNER


@pytest.mark.parametrize(
    ("audience", "visible_to"),
    [("public", {"anon", "partner", "bot"}), ("partners", {"partner", "bot"}), ("internal", {"bot"})],
)
def test_audiences_decide_who_reads_a_published_statement(workflow, services, audience, visible_to):
    view = workflow.published(audience=audience)
    for name, viewer in (("anon", ANON), ("partner", PARTNER), ("bot", BOT)):
        if name in visible_to:
            assert services.catalogue.get(view.slug, viewer).slug == view.slug
        else:
            with pytest.raises(NotFound):
                services.catalogue.get(view.slug, viewer)


@pytest.mark.parametrize("state", ["draft", "in_review", "approved"])
def test_unpublished_statements_are_not_found_by_outsiders(workflow, services, state):
    view = getattr(workflow, state)()
    for viewer in (ANON, PARTNER, BOT):
        with pytest.raises(NotFound):
            services.catalogue.get(view.slug, viewer)
        with pytest.raises(NotFound):
            services.catalogue.versions(view.slug, viewer)


def test_staff_see_drafts(workflow, services):
    view = workflow.draft()
    assert services.catalogue.get(view.slug, EDITOR).status == "draft"


def test_lists_hold_only_what_the_viewer_may_see(workflow, services, clock):
    workflow.published(title="Public one")
    workflow.published(title="Partners one", audience="partners")
    workflow.published(title="Internal one", kind="lines_to_take")
    workflow.published(title="Embargoed one", publish_at=clock() + timedelta(hours=2))
    workflow.draft(title="Draft one")
    workflow.withdrawn(title="Withdrawn one")

    def titles(viewer):
        return {v.title for v in services.catalogue.list(viewer).items}

    assert titles(ANON) == {"Public one"}
    assert titles(PARTNER) == {"Public one", "Partners one"}
    assert titles(BOT) == {"Public one", "Partners one", "Internal one"}
    assert len(titles(EDITOR)) == 6


def test_list_filters_and_pages(workflow, services):
    for i in range(5):
        workflow.published(title=f"Fraud {i}", topics=["fraud"], kind="guidance")
    workflow.published(title="Roads", topics=["road-safety"])
    page = services.catalogue.list(ANON, Filters(topic="fraud", kind="guidance"), offset=2, limit=2)
    assert page.total == 5 and len(page.items) == 2


def test_topic_counts_ignore_what_the_viewer_may_not_see(workflow, services):
    workflow.published(topics=["fraud"])
    workflow.draft(topics=["fraud"])
    workflow.published(topics=["fraud"], audience="internal")
    counts = {t.slug: t.count for t in services.catalogue.topics(ANON)}
    assert counts["fraud"] == 1


def test_check_visible_drops_superseded_withdrawn_and_hidden_hits(workflow, services):
    a = workflow.published(title="A")
    workflow.republish(a.slug, body="A v2")
    b = workflow.withdrawn(title="B")
    c = workflow.published(title="C", audience="internal")
    keys = {(a.slug, 1), (a.slug, 2), (b.slug, 1), (c.slug, 1)}
    assert services.catalogue.check_visible(keys, ANON) == {(a.slug, 2)}
    assert services.catalogue.check_visible(keys, BOT) == {(a.slug, 2), (c.slug, 1)}


def test_indexable_holds_current_and_scheduled_versions_only(workflow, services, clock):
    a = workflow.published(body="v1")
    workflow.republish(a.slug, body="v2", publish_at=clock() + timedelta(days=1))
    assert [v.version for v in services.catalogue.indexable(a.slug)] == [1, 2]
    clock.advance(days=2)
    assert [v.version for v in services.catalogue.indexable(a.slug)] == [2]
    b = workflow.withdrawn()
    assert services.catalogue.indexable(b.slug) == []


def test_audit_is_for_staff_only(services):
    with pytest.raises(Forbidden):
        services.catalogue.audit(PARTNER)


def test_a_topic_only_a_draft_uses_is_not_listed_for_outsiders(workflow, services):
    workflow.draft(topics=["operation-quetzal"])
    workflow.published(audience="internal", topics=["operation-pangolin"])

    for viewer in (ANON, PARTNER):
        slugs = {t.slug for t in services.catalogue.topics(viewer)}
        assert "operation-quetzal" not in slugs and "operation-pangolin" not in slugs
        assert "road-safety" in slugs  # a registry topic with reporting routes stays listed, at 0
    assert "operation-pangolin" in {t.slug for t in services.catalogue.topics(BOT)}
    assert "operation-quetzal" in {t.slug for t in services.catalogue.topics(EDITOR)}


def test_indexable_all_agrees_with_indexable_for_every_statement(workflow, services, clock):
    a = workflow.published(body="v1")
    workflow.republish(a.slug, body="v2", publish_at=clock() + timedelta(days=1))
    workflow.withdrawn()
    workflow.draft()
    workflow.published(audience="internal")
    expected = [services.catalogue.indexable(slug) for slug in services.catalogue.all_slugs()]
    assert list(services.catalogue.indexable_all(batch=2)) == expected
