"""The engine: findings in reading order, from stored versions and from draft fields, cached per subject."""

from __future__ import annotations

from datetime import UTC, datetime

from statements.checks import Checks, RouteIn, Subject, blocking, first_line, tally

from .conftest import TODAY, subject


def test_findings_come_in_reading_order_with_positions(checks):
    found = checks.run(subject("The thug was arrested. We will utilise CCTV.", title="Thug held", case_stage="arrest"))
    assert [(f.field, f.match) for f in found] == [("title", "Thug"), ("body", "thug"), ("body", "utilise")]


def test_the_same_subject_is_answered_from_the_cache(checks):
    one = subject("We will utilise CCTV.")
    assert checks.run(one) is checks.run(subject("We will utilise CCTV."))


def test_a_subject_from_draft_fields_reads_quotes_and_routes():
    fields = {"title": "T", "body": "B", "quotes": [{"text": "A thug.", "speaker": "DI Jo"}], "case_stage": "arrest",
              "review_by": "2026-01-01"}  # fmt: skip
    made = Subject.of_fields(fields, [RouteIn("x", "X", "999")], TODAY)
    assert made.quotes[0].text == "A thug." and made.routes[0].phone == "999" and made.review_by.year == 2026


def test_today_is_the_offices_date():
    late = Checks(clock=lambda: datetime(2026, 6, 1, 23, 30, tzinfo=UTC))
    assert late.today().isoformat() == "2026-06-01"


def test_tally_and_first_line_say_what_approvers_see(checks):
    found = checks.run(subject("We will utilise CCTV. The thug and his thugs.", case_stage="arrest"))
    assert tally(found) == "1 warning, 2 blocking"
    assert first_line(found).startswith("“thug” presumes guilt")
    assert len(blocking(found)) == 2
    assert tally(()) == "no findings" and first_line(()) is None
