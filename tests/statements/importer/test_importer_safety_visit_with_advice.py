"""A free home fire safety or Safe and Well visit is a route by the brief's settled convention, also when the
sentence says what the visit includes ("which includes fire safety advice"): the advice is part of the visit, not
an advice page. A page of fire safety advice alone is still no route. The texts are invented (issue 17; blind 14g)."""

from __future__ import annotations

from extracted_views import contacts

HEAD = "Chimney fire warning\n\nA farmhouse chimney caught fire in Kelby on Sunday.\n\n"


def test_a_safe_and_well_visit_that_includes_advice_is_a_route(run):
    got = run(
        HEAD + "Householders can book a free Safe and Well visit, which includes fire safety advice and smoke alarms "
        "where needed, by calling 01632 960 265 or at www.kelbyfire.gov.uk/safeandwell."
    )
    assert contacts(got) == ["01632 960 265", "www.kelbyfire.gov.uk/safeandwell"]


def test_a_page_of_fire_safety_advice_alone_is_no_route(run):
    got = run(HEAD + "Householders can read fire safety advice for chimneys at www.kelbyfire.gov.uk/chimneys.")
    assert contacts(got) == []


def test_asking_for_a_home_fire_safety_visit_after_a_semicolon_is_a_route(run):
    got = run(
        HEAD + "The fire service offers free home fire safety visits to residents; to ask for one, call 01632 960 732 "
        "or visit www.kelbyfire.gov.uk/safe-at-home."
    )
    assert [(r.phone, r.url) for r in got.reporting_routes] == [("01632 960 732", "www.kelbyfire.gov.uk/safe-at-home")]


def test_asking_for_a_talk_after_a_semicolon_is_still_business(run):
    got = run(
        HEAD + "The fire service gives free fire safety talks to community groups; to ask for one, call 01632 960 733."
    )
    assert contacts(got) == []
