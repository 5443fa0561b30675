"""A service whose name says it is a line for help (a phoneline, a support, checking or reporting line), a public
body's team named after a list item's label, and a helpline offered after a sentence that reports pressure on
someone are reporting routes (issue 17, the ninth December 2026 holdout's missed routes). The texts are invented."""

from __future__ import annotations

import pytest
from extracted_views import contacts as _contacts


def _text(body: str) -> str:
    return f"Title\n\nOfficers in Tolworth are warning residents after a rise in doorstep crime.\n\n{body}"


@pytest.mark.parametrize(
    "sentence",
    [
        "Not sure a caller came from us? Ring the council's doorstep checking line on 01632 960 501 and we will say.",
        "- **Worried about how you treat your partner:** Turnaround Phoneline, 01632 960 502",
    ],
)
def test_a_named_line_for_help_is_a_route(run, sentence):
    assert len(_contacts(run(_text(sentence)))) == 1


def test_a_public_bodys_team_after_a_list_items_label_is_a_route(run):
    got = run(
        _text(
            "## How to report a problem\n\n"
            "- **Fly-tipping:** call 101 if you see it happening.\n"
            "- **Abandoned horses:** Tolworth Borough Council's animal welfare team, 01632 960 504 or "
            "animals@tolworth.gov.uk."
        )
    )
    # the team's number and e-mail given together are one route (docs/importer.md, naming routes)
    assert _contacts(got) == ["101", "01632 960 504"]
    assert got.reporting_routes[1].email == "animals@tolworth.gov.uk"


def test_a_team_after_a_list_items_label_for_other_business_is_not_a_route(run):
    got = run(
        _text(
            "## How to report a problem\n\n"
            "- **Fly-tipping:** call 101 if you see it happening.\n"
            "- **Volunteering:** Tolworth Borough Council's park rangers team, 01632 960 507."
        )
    )
    assert _contacts(got) == ["101"]


def test_a_helpline_offered_after_reported_pressure_is_a_route(run):
    got = run(
        _text(
            "Families worried that a son is being pressured to carry drugs can get confidential advice from the "
            "Young Lives Helpline on 01632 960 505."
        )
    )
    assert _contacts(got) == ["01632 960 505"]


def test_victims_told_to_call_a_number_is_still_reported_not_offered(run):
    got = run(_text("Victims were told to call 01632 960 506 to confirm the transfer."))
    assert _contacts(got) == []
