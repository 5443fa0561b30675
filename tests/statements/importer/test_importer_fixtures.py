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

# Every blind batch's misses were recorded here as strict xfails until a general rule (with its own test)
# covered them; h41-h46's were fixed after that batch's first measurement (docs/importer.md).
# Batch 9 (h47-h54) was measured once and, as planned, not tuned against: its misses stay recorded here.
KNOWN_HOLDOUT_MISSES: dict[tuple[str, str], str] = {
    ("test_quotes_have_the_expected_speaker_and_role", "h48-pcc-inspection-response"): (
        "'the Commissioner said:' does not resolve to the person whose apposition is 'Police and Crime "
        "Commissioner for Wensumshire' (a title alone matches only a whole role)"
    ),
    ("test_quotes_have_the_expected_speaker_and_role", "h53-football-joint-statement"): (
        "'Match commander Chief Inspector Sam Booth': the lower-case description before the rank is kept in "
        "the role ('Match commander Chief Inspector')"
    ),
    # Batch 10 (h55-h64), written blind by another session on 25 Nov 2026 and measured once (docs/importer.md);
    # its quote and route misses were then fixed by general rules with their own tests.
    ("test_title_kind_topics_and_body", "h59-easter-ambulance-advice"): (
        "bank-holiday advice from an ambulance trust is guessed a press release, not guidance"
    ),
    # A key conflict: the settled convention (holdout brief, 6 Dec 2026) keeps the body a rank is given with
    # ("Imam, Ashcombe Islamic Centre" in 12x); h23's older key gives the faith title alone.
    ("test_quotes_have_the_expected_speaker_and_role", "h23-hate-crime-mosque"): (
        "key conflict: 'Imam Yusuf Ahmed, of the Ipswich Central Mosque' gives 'Imam, Ipswich Central Mosque' by "
        "the settled convention; h23's key has 'Imam'"
    ),
    # Key conflicts: the Silent Solution ruling (holdout brief, settled conventions, 6 Dec 2026 22:31 UTC) makes
    # "press 55" on a silent 999 call a route; these older keys list "55" among their not-phones
    ("test_routes_are_exactly_the_expected_ones", "h06-clares-law-qa"): (
        "key conflict: 'If you cannot speak, ... press 55 when prompted' is the Silent Solution, a route by the "
        "settled convention; h06's key lists '55' as a not-phone"
    ),
    ("test_routes_are_exactly_the_expected_ones", "h36-court-coercive-control"): (
        "key conflict: 'if you cannot speak, press 55 when prompted' is the Silent Solution, a route by the settled "
        "convention; h36's key lists '55' as a not-phone"
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
