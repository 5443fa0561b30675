"""Routes the third December 2026 holdout found missed (issue 17, class 4): short codes in a list labelled by
a contact word or a service ("- Emergency (police, fire, ambulance): 999", "- **Police Scotland:** 101, or
…"), a page offered for uploads ("can be submitted through …"), and a second page of a site offered for
another purpose. Negatives: counts in a labelled list are not routes."""

from __future__ import annotations

import pytest


def _phones(extracted) -> list[str | None]:
    return [r.phone for r in extracted.reporting_routes if r.phone]


@pytest.mark.parametrize(
    "lines",
    [
        "- Emergency (police, fire, ambulance): 999\n- Non-emergency police: 101",
        "- **Emergency:** 999\n- **Mereshire Police:** 101 or online",
        "* Police Scotland: 101, or 999 if someone is in danger now",
        "1. In an emergency call: 999\n2. To report a crime: 101",
        "Emergency: 999\nNon-emergency police: 101",
    ],
)
def test_a_short_code_after_a_list_label_that_names_a_contact_is_a_route(run, lines):
    got = run(f"Fireworks night safety\n\nKeep these numbers handy:\n\n{lines}")
    assert {"999", "101"} <= set(_phones(got))


@pytest.mark.parametrize(
    "lines",
    [
        "- Arrests: 101\n- Knives handed in: 999",
        "- Crimes recorded in 2025: 101 (up from 88)",
        "- Police officers on duty: 111 across the weekend",
        "Crimes recorded: 101\nCalls to the emergency line this month: 999",
    ],
)
def test_a_count_in_a_labelled_list_is_not_a_route(run, lines):
    got = run(f"Weekend figures\n\nThe operation in numbers:\n\n{lines}")
    assert got.reporting_routes == []


def test_a_page_offered_for_uploads_is_a_route(run):
    got = run("Speeding\n\nDashcam footage can be uploaded through www.mereshire.police.uk/footage.")
    assert [r.url for r in got.reporting_routes] == ["www.mereshire.police.uk/footage"]


def test_two_pages_of_one_site_offered_for_different_things_are_two_routes(run):
    got = run("""
        Car meets

        - Report car meets online at www.mereshire.police.uk/carmeets.
        - Video can be submitted through www.mereshire.police.uk/dashcam.
    """)
    assert [r.url for r in got.reporting_routes] == [
        "www.mereshire.police.uk/carmeets",
        "www.mereshire.police.uk/dashcam",
    ]


def test_a_site_and_a_page_of_it_stay_one_route(run):
    got = run("Advice\n\nVisit www.mereshire-safety.org.uk for advice or report at www.mereshire-safety.org.uk/report.")
    assert len(got.reporting_routes) == 1
