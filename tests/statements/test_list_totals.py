"""List totals are counted once and reused only while a fresh count would give the same number."""

from __future__ import annotations

from datetime import timedelta

from statements import Filters
from tests.conftest import ANON, APPROVER, EDITOR, PARTNER


def counts(services, viewer, filters=Filters()) -> tuple[int, int]:
    """(total, how many times it was counted) for one list call."""
    calls = [0]
    original = services.catalogue.totals.total

    def counting(session, key, now, count):
        def counted():
            calls[0] += 1
            return count()

        return original(session, key, now, counted)

    services.catalogue.totals.total = counting
    try:
        return services.catalogue.list(viewer, filters, 0, 5).total, calls[0]
    finally:
        services.catalogue.totals.total = original


def test_a_second_page_reuses_the_total(workflow, services):
    for n in range(3):
        workflow.published(title=f"Appeal {n}")
    assert counts(services, ANON) == (3, 1)
    assert counts(services, ANON) == (3, 0)
    assert services.catalogue.list(ANON, Filters(), 2, 5).total == 3


def test_any_write_means_a_fresh_count(workflow, services):
    workflow.published(title="First")
    assert counts(services, ANON) == (1, 1)
    workflow.draft(title="Only a draft")  # changes nothing an outsider sees, but it is a write
    assert counts(services, ANON) == (1, 1)
    workflow.published(title="Second")
    assert counts(services, ANON) == (2, 1)


def test_an_embargo_lifting_means_a_fresh_count(workflow, services, clock):
    workflow.published(title="Live now")
    workflow.published(title="Embargoed", publish_at=clock() + timedelta(hours=1))
    assert counts(services, ANON) == (1, 1)
    clock.advance(minutes=59, seconds=59)
    assert counts(services, ANON) == (1, 0)
    clock.advance(seconds=1)
    assert counts(services, ANON) == (2, 1)


def test_a_clock_set_back_means_a_fresh_count(workflow, services, clock):
    workflow.published(title="Published at nine")
    assert counts(services, ANON)[0] == 1
    clock.advance(hours=-2)
    assert counts(services, ANON) == (0, 1)


def test_totals_are_kept_apart_by_audience_filter_and_staff(workflow, services):
    workflow.published(title="Public", topics=["fraud"])
    workflow.published(title="For partners", audience="partners")
    workflow.draft(title="Draft", author=EDITOR)
    assert counts(services, ANON)[0] == 1
    assert counts(services, PARTNER)[0] == 2
    assert counts(services, ANON, Filters(topic="fraud"))[0] == 1
    assert counts(services, ANON, Filters(topic="burglary"))[0] == 0
    assert counts(services, APPROVER)[0] == 3
