"""Routes in layouts and wordings the rules did not read (issue 17, the thirteenth December 2026 holdout's missed
and false routes): lines labelled by a service and a dash under a lead-in that gives their purpose, a council's
line for scam victims, a referral line, and contacts for applying for a licence or signing up to alerts (business,
not routes). The texts are invented."""

from __future__ import annotations

import pytest
from extracted_views import contacts as _contacts


def _text(body: str) -> str:
    return f"Title\n\nKelbury Council is warning residents after a rise in cases this winter.\n\n{body}"


def test_dash_labelled_lines_under_a_lead_in_of_help_are_routes(run):
    got = run(
        _text(
            "If you are worried about an older neighbour:\n"
            "Emergency - 999\n"
            "Kelbury Council adult social care (24 hours) - 01632 960 811 or adultcare@kelbury.gov.uk\n"
        )
    )
    # the line's number and e-mail are one service's, so one route (docs/importer.md, naming routes)
    assert _contacts(got) == ["999", "01632 960 811"]
    assert got.reporting_routes[1].email == "adultcare@kelbury.gov.uk"


def test_dash_labelled_lines_under_a_lead_in_of_business_are_not_routes(run):
    got = run(_text("Opening hours and class bookings:\nKelbury Leisure Centre - 01632 960 812\n"))
    assert got.reporting_routes == []


def test_a_dash_labelled_line_needs_its_lead_in_in_the_same_block(run):
    got = run(
        _text("If you are worried about an older neighbour, talk to them.\n\nKelbury Leisure Centre - 01632 960 812\n")
    )
    assert got.reporting_routes == []


@pytest.mark.parametrize(
    "item",
    ["3. **Kelbury Police** – 101.", "- Kelbury Constabulary - 101", "Emergency — 999"],
)
def test_a_short_code_after_a_service_and_a_dash_is_found(run, item):
    got = run(_text(f"## Report it\n\n1. **Citizens Advice consumer helpline** – 0808 223 1133.\n{item}\n"))
    assert _contacts(got)[-1] in {"101", "999"}


@pytest.mark.parametrize("item", ["Arrests made in 2025 – 101.", "Kelbury Police – 101 officers took part."])
def test_a_count_after_a_dash_is_not_a_short_code(run, item):
    got = run(_text(f"## The operation\n\n{item}\n"))
    assert got.reporting_routes == []


def test_a_councils_line_for_scam_victims_is_a_route(run):
    got = run(
        _text(
            "- If you have lost money and need support, call the council's scam victim support line on 01632 960 813."
        )
    )
    assert _contacts(got) == ["01632 960 813"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The texts gave a bogus victim support line, 01632 960 814, which took card details.",
        "Victims rang the scam helpline on 01632 960 815 and were asked for their PIN.",
    ],
)
def test_the_schemes_own_line_is_still_not_a_route(run, sentence):
    assert run(_text(sentence)).reporting_routes == []


def test_a_referral_line_for_worried_parents_is_a_route(run):
    got = run(
        _text(
            "**My son is being drawn into a gang. Who do I call?**\n"
            "The Second Chance referral line, 01632 960 816 (9am to 9pm), or e-mail referrals@secondchance.org.uk."
        )
    )
    # one service's line and e-mail given together are one route (docs/importer.md, naming routes)
    assert [(r.phone, r.email) for r in got.reporting_routes] == [("01632 960 816", "referrals@secondchance.org.uk")]


def test_a_projects_partnerships_mailbox_is_not_a_route(run):
    got = run(
        _text(
            "**Can my business help?**\n"
            "Yes. Firms that can offer work placements should e-mail partnerships@secondchance.org.uk."
        )
    )
    assert got.reporting_routes == []


def test_a_mailbox_for_applying_for_a_licence_is_not_a_route(run):
    got = run(
        _text(
            "**Report an unlicensed driver:**\n"
            "- E-mail taxicomplaints@kelbury.gov.uk\n\n"
            "**Other licensing contacts (not for reports):**\n"
            "- To apply for or renew a private hire licence, e-mail taxilicensing@kelbury.gov.uk\n"
        )
    )
    assert _contacts(got) == ["taxicomplaints@kelbury.gov.uk"]
    assert any("licence" in note and "taxilicensing@kelbury.gov.uk" in note for note in got.notes)


def test_a_mailbox_for_reporting_a_licensed_driver_is_still_a_route(run):
    got = run(_text("To report a licensed driver who refused a guide dog, e-mail taxicomplaints@kelbury.gov.uk."))
    assert _contacts(got) == ["taxicomplaints@kelbury.gov.uk"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Sign up for Kelbury Alert to get crime news by e-mail at www.kelburyalert.co.uk.",
        "To receive neighbourhood news by e-mail, register at www.kelburyalert.co.uk.",
    ],
)
def test_a_community_alert_schemes_sign_up_site_is_not_a_route(run, sentence):
    got = run(_text(sentence))
    assert got.reporting_routes == []
    assert any("alerts" in note for note in got.notes)


def test_a_site_for_reporting_sightings_is_still_a_route(run):
    got = run(_text("Report sightings of the stolen van to the scheme at www.kelburyalert.co.uk/report."))
    assert _contacts(got) == ["www.kelburyalert.co.uk/report"]
