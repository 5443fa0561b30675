"""Every fixture press text against its expected extraction (``fixtures/{dev,holdout}/NAME.json``).

Holdout fixtures were written before the extractor and are never tuned against; a holdout miss is
recorded in KNOWN_HOLDOUT_MISSES (test name, fixture stem) -> why, as a strict xfail, rather than fixed.
"""

from __future__ import annotations

import pytest
from importer_scoring import (
    expectation,
    fixture_paths,
    is_scare_quote,
    quote_correct,
    quote_matches,
    route_matches,
)

from statements.importer import extract, read_press_file

# Batch 8 (h41-h46) was measured once and, as planned, not tuned against: its misses stay recorded here.
KNOWN_HOLDOUT_MISSES: dict[tuple[str, str], str] = {
    ("test_quotes_have_the_expected_speaker_and_role", "h41-ambulance-new-year-calls"): (
        "a job title before the name that is not a known rank ('Ambulance Operations Manager Gareth Pye') "
        "is read as part of the name"
    ),
    ("test_quotes_have_the_expected_speaker_and_role", "h42-parcel-scam-texts"): (
        "quoted scam messages ('A typical message reads:', 'The caller says:') are taken for quotes"
    ),
    ("test_no_scare_quote_is_taken_for_a_quote", "h42-parcel-scam-texts"): (
        "quoted scam messages ('A typical message reads:', 'The caller says:') are taken for quotes"
    ),
    ("test_quotes_have_the_expected_speaker_and_role", "h43-coastal-water-safety"): (
        "a bold label with an unknown job title ('Senior Coastal Operations Officer Martin Egan, HM Coastguard:') "
        "introduces nothing, so its quote is lost"
    ),
    ("test_quotes_have_the_expected_speaker_and_role", "h44-met-style-robbery-charges"): (
        "'Detective Chief Inspector (DCI) Rosa Kendrick': the bracketed abbreviation hides the rank"
    ),
    ("test_quotes_have_the_expected_speaker_and_role", "h45-probation-recall-statement"): (
        "the next speaker's label line ('Detective Inspector Paul Okonjo, Thetford CID:') is read as a "
        "signature of the quote before it; 'Regional Probation Director Alison Mayhew:' is not a known rank"
    ),
    ("test_quotes_have_the_expected_speaker_and_role", "h46-university-spiking-campaign"): (
        "'Professor' is kept as the role over the apposition; a descriptive title before a name "
        "('Students' Union president Ollie Barnes') gives no role"
    ),
}

CASES = [pytest.param(p, id=f"{split}/{p.stem}") for split in ("dev", "holdout") for p in fixture_paths(split)]


def _case(path, routes, topics, request):
    reason = KNOWN_HOLDOUT_MISSES.get((request.node.originalname, path.stem))
    if reason:
        request.applymarker(pytest.mark.xfail(reason=reason, strict=True))
    return expectation(path), extract(read_press_file(path), routes, topics)


@pytest.mark.parametrize("path", CASES)
def test_quotes_have_the_expected_speaker_and_role(path, routes, topics, request):
    want, got = _case(path, routes, topics, request)
    for quote in want["quotes"]:
        matching = [q for q in got.quotes if quote_matches(quote, q)]
        assert matching, f"quote not found: {quote['text']!r}"
        assert any(quote_correct(quote, q) for q in matching), (quote, matching)
    assert len(got.quotes) == len(want["quotes"]), [q.text[:40] for q in got.quotes]


@pytest.mark.parametrize("path", CASES)
def test_no_scare_quote_is_taken_for_a_quote(path, routes, topics, request):
    want, got = _case(path, routes, topics, request)
    assert [q.text for q in got.quotes if is_scare_quote(want, q)] == []


@pytest.mark.parametrize("path", CASES)
def test_routes_are_exactly_the_expected_ones(path, routes, topics, request):
    want, got = _case(path, routes, topics, request)
    for route in want["routes"]:
        assert any(route_matches(route, r) for r in got.reporting_routes), f"route not found: {route}"
    allowed = want["routes"] + want.get("optional_routes", [])
    extra = [r for r in got.reporting_routes if not any(route_matches(w, r) for w in allowed)]
    assert extra == []


@pytest.mark.parametrize("path", CASES)
def test_title_kind_topics_and_body(path, routes, topics, request):
    want, got = _case(path, routes, topics, request)
    assert got.title == want["title"]
    assert got.kind == want["kind"]
    assert set(want["topics"]) <= set(got.topics)
    for junk in want.get("body_excludes", []):
        assert junk not in got.body
