"""A bare "to book, e-mail …" after a semicolon completes the clause before it, as it would after a full stop: a
training course for schools is business, a home fire safety visit is a route (the brief's settled convention).
The texts are invented (issue 17; blind 14f's safeguarding-training mailbox)."""

from __future__ import annotations

from extracted_views import contacts

HEAD = "Protection order granted\n\nA protection order has been granted to a woman in Fernley.\n\n"


def test_training_for_schools_then_a_semicolon_and_a_bare_booking_line_is_business(run):
    got = run(
        HEAD + "The force's safeguarding team also delivers training on honour-based abuse for schools and youth "
        "clubs; to book, e-mail team.bookings@fernley.police.uk."
    )
    assert contacts(got) == []


def test_a_home_fire_safety_visit_then_a_semicolon_and_a_bare_booking_line_is_a_route(run):
    got = run(
        HEAD
        + "The fire service offers free home fire safety visits to older residents; to book one, call 01632 960 471."
    )
    assert contacts(got) == ["01632 960 471"]


def test_a_reporting_clause_after_a_semicolon_is_not_bare_and_stays_a_route(run):
    got = run(
        HEAD + "The team also delivers training for schools; anyone worried that a girl is at risk should e-mail "
        "protect@fernley.police.uk."
    )
    assert contacts(got) == ["protect@fernley.police.uk"]
