"""Pages, numbers and e-mails a text gives for business are not reporting routes, whole families rather than
phrases: a web address whose path names business (/donate, /events, /careers, /consultation…) or a fundraising
site's page; a clause that books a place, joins a panel or group, or deals with rent and payments; a list item
directly above a contact is not its heading; and a label that says what an emergency is offers 999 (issue 17, the
tenth December 2026 holdout's false and missed routes). The texts are invented."""

from __future__ import annotations

import pytest
from extracted_views import contacts as _contacts


def _text(body: str) -> str:
    return f"Title\n\nOfficers are asking anyone with information about the thefts in Brindlecombe to come forward.\n\n{body}"


@pytest.mark.parametrize(
    "sentence",
    [
        "Victims of crime are helped by the charity; to support its volunteers, visit www.brindlecare.org.uk/donate.",
        "Anyone worried about safety can come to our help days; see www.brindlecombe.police.uk/events for dates.",
        "Officers who want to help victims full time can find roles at www.brindlecombe.police.uk/careers.",
        "Victims can help shape the new support plan at www.brindlecombe-pcc.gov.uk/consultation.",
        "Residents who want to help keep the estate safe can volunteer at www.brindlehomes.org.uk/volunteer.",
    ],
)
def test_a_web_page_whose_address_names_business_is_not_a_route(run, sentence):
    assert _contacts(run(_text(sentence))) == []


def test_a_fundraising_sites_page_is_not_a_route(run):
    sentence = (
        "A page set up by her son to help pay for repairs after the burglary is at www.givingpage.co.uk/rose-ward."
    )
    assert _contacts(run(_text(sentence))) == []


def test_a_report_page_on_the_same_site_is_still_a_route(run):
    got = run(_text("Anyone who saw the thefts can report them at www.brindlecombe.police.uk/report."))
    assert _contacts(got) == ["www.brindlecombe.police.uk/report"]


def test_a_page_whose_path_only_contains_a_business_word_is_still_a_route(run):
    got = run(_text("Anyone who has information can report it at www.brindlecombe.police.uk/report-eventsfield."))
    assert _contacts(got) == ["www.brindlecombe.police.uk/report-eventsfield"]


def test_booking_a_place_at_an_information_session_is_not_a_route(run):
    sentence = (
        "Two information sessions for victims will be held in May; book a place by calling the hub on 0117 496 0911."
    )
    assert _contacts(run(_text(sentence))) == []


def test_joining_a_panel_is_not_a_route_under_a_reporting_list(run):
    got = run(
        _text(
            "How to report:\n\n- **Brindle Homes safety line:** 0117 496 0912\n"
            "- **Join the Residents' Safety Panel:** panel@brindlehomes.org.uk"
        )
    )
    assert _contacts(got) == ["0117 496 0912"]


def test_rent_and_payments_is_not_a_route_under_a_reporting_list(run):
    got = run(_text("How to report:\n\n- **Safety line:** 0117 496 0912\n- **Rent and payments:** 0117 496 0913"))
    assert _contacts(got) == ["0117 496 0912"]


def test_a_list_item_above_a_paragraph_is_not_its_heading(run):
    got = run(
        _text(
            "### Report it\n\n- **Phone:** 101\n- **If you are in danger:** 999\n\n"
            "Teenagers who want to learn to ride can try the Brindle Bike Project, at www.brindlebikes.org.uk."
        )
    )
    assert "www.brindlebikes.org.uk" not in _contacts(got)


@pytest.mark.parametrize("label", ["If someone is hurt or in danger", "Immediate danger", "Crime in progress"])
def test_a_label_that_says_what_an_emergency_is_offers_999(run, label):
    got = run(_text(f"How to report:\n\n- **Phone:** 101\n- **{label}:** 999"))
    assert "999" in _contacts(got)


def test_a_count_label_does_not_offer_999(run):
    got = run(_text("Figures for the year:\n\n- **Calls recorded in danger hotspots:** 999"))
    assert "999" not in _contacts(got)
