"""Reads used per search hit and per chat answer cost a fixed number of queries, however many routes a
statement links (no lazy load per route or per route topic)."""

from __future__ import annotations

from contextlib import contextmanager

from sqlalchemy import event

from tests.conftest import BOT


@contextmanager
def counting(engine):
    count = [0]

    def tick(*_args):
        count[0] += 1

    event.listen(engine, "before_cursor_execute", tick)
    try:
        yield count
    finally:
        event.remove(engine, "before_cursor_execute", tick)


def queries(services, read) -> int:
    with counting(services.db.read_engine) as count:
        read()
    return count[0]


def test_reading_a_statement_costs_the_same_with_one_route_or_many(workflow, services):
    ids = [route.id for route in services.routes.list()]
    one = workflow.published(title="One route", reporting_routes=ids[:1])
    many = workflow.published(title="Many routes", reporting_routes=ids[:8])

    assert queries(services, lambda: services.catalogue.get(one.slug, BOT)) == queries(
        services, lambda: services.catalogue.get(many.slug, BOT)
    )


def test_listing_routes_costs_the_same_for_one_topic_or_all(services):
    assert len(services.routes.list()) > 5
    assert queries(services, lambda: services.routes.list("fraud")) == queries(services, lambda: services.routes.list())
    assert queries(services, lambda: services.routes.list()) <= 3
