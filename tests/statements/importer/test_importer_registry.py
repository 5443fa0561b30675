"""The bundled reporting-routes and topics registries."""

from __future__ import annotations

import re

import pytest

from statements.registry import URGENCIES

REQUIRED = {
    "police-emergency-999": "999",
    "police-non-emergency-101": "101",
    "ceop": None,
    "crimestoppers": "0800 555 111",
    "action-fraud": "0300 123 2040",
    "nspcc-helpline": "0808 800 5000",
    "childline": "0800 1111",
    "missing-people": "116 000",
    "iwf": None,
    "national-domestic-abuse-helpline": "0808 2000 247",
    "samaritans": "116 123",
}


def test_route_ids_are_unique_slugs(routes):
    ids = [r.id for r in routes]
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", i) for i in ids)


@pytest.mark.parametrize(("route_id", "phone"), REQUIRED.items())
def test_the_required_uk_routes_are_there_with_their_phones(routes, route_id, phone):
    route = next(r for r in routes if r.id == route_id)
    assert route.phone == phone


def test_every_route_is_complete_and_uses_known_topics_and_urgencies(routes, topics):
    slugs = {t.slug for t in topics}
    for route in routes:
        assert route.name and route.when.endswith(".")
        assert route.urgency in URGENCIES
        assert route.topics and set(route.topics) <= slugs, route.id
        assert route.url is None or route.url.startswith("https://")
        assert route.phone or route.url, route.id


def test_routes_come_sorted_by_urgency_emergency_first(routes):
    order = [URGENCIES.index(r.urgency) for r in routes]
    assert order == sorted(order)
    assert routes[0].id == "police-emergency-999"


def test_no_two_routes_share_a_phone_number(routes):
    phones = [r.phone for r in routes if r.phone]
    assert len(phones) == len(set(phones))


def test_the_registry_has_the_contract_topics(topics):
    slugs = {t.slug for t in topics}
    assert {"online-safety", "child-protection", "fraud", "missing-people", "road-safety", "domestic-abuse"} <= slugs
    assert all(t.keywords and t.name for t in topics)
