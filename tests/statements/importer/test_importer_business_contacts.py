"""A contact offered for customer service, complaints about the organisation's own service, training for
licensed venues, business advice, reclaiming seized property or a look-up list is not a reporting route, even
beside words of help or complaint; media contacts are left out in every layout; the number a call came from is
described, not offered (issue 17, the eighth December 2026 holdout's false routes). The texts are invented."""

from __future__ import annotations

import pytest
from extracted_views import contacts as _contacts


def _text(paragraph: str) -> str:
    return (
        f"Title\n\nOfficers in Tolworth are warning residents after a spate of thefts from parked cars.\n\n{paragraph}"
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "- Refunds and complaints: customers@tolworthtrains.co.uk",
        "Delay repay claims go to 01632 960 410.",
        "Comments or complaints about the trust's own services should go to the patient team on 01632 960 411.",
        "Feedback about your care can be left with the customer relations team at care@tolworthhealth.nhs.uk.",
    ],
)
def test_customer_service_and_complaints_about_its_own_service_are_not_routes(run, sentence):
    assert _contacts(run(_text(sentence))) == []


def test_complaints_about_a_harm_are_still_a_route(run):
    got = run(_text("Complaints about noisy neighbours can be reported to the council on 01632 960 412."))
    assert _contacts(got) == ["01632 960 412"]


def test_a_tax_refund_scam_forwarded_for_reporting_is_still_a_route(run):
    got = run(_text("Texts about fake tax refunds can be reported to the fraud team on 01632 960 413."))
    assert _contacts(got) == ["01632 960 413"]


def test_training_booked_by_licensed_venues_is_not_a_route(run):
    got = run(
        _text(
            "Pubs can book free Welfare and Safety Awareness (WASA) training for staff by e-mailing wasa@tolworth.gov.uk."
        )
    )
    assert _contacts(got) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Shops who want paid-for compliance advice can e-mail compliance@tolworth.gov.uk.",
        "Traders can get business advice from the council on 01632 960 414.",
    ],
)
def test_business_advice_for_traders_is_not_a_route(run, sentence):
    assert _contacts(run(_text(sentence))) == []


def test_advice_for_someone_harmed_is_still_a_route(run):
    got = run(_text("Anyone who has been targeted can get advice from the victim team on 01632 960 415."))
    assert _contacts(got) == ["01632 960 415"]


def test_reclaiming_a_seized_vehicle_is_not_a_route(run):
    got = run(
        _text(
            "Report dangerous riding on 101.\n\n* Owners wanting to collect a seized scooter should ring the pound office on 01632 960 416."
        )
    )
    assert _contacts(got) == ["101"]


def test_a_recalls_list_is_a_look_up_not_a_route(run):
    got = run(_text("You can check whether a heater has been recalled on the recalls list at www.tolworthsafe.org.uk."))
    assert _contacts(got) == []


def test_a_media_label_after_another_sentence_on_its_line_is_not_a_route(run):
    got = run(_text("Anyone with information should call 101.\n\n*Incident number: TW/26/4410. Media: 01632 960 417.*"))
    assert _contacts(got) == ["101"]


def test_a_bare_tel_after_the_press_office_is_named_is_not_a_route(run):
    got = run(
        _text(
            "Anyone with information should call 101.\n\nIssued by the Tolworth Police press office. Tel: 01632 960 418."
        )
    )
    assert _contacts(got) == ["101"]


def test_a_tel_line_for_the_public_is_still_a_route(run):
    got = run(_text("Anyone with information should call the incident room. Tel: 01632 960 419."))
    assert _contacts(got) == ["01632 960 419"]


def test_the_number_a_call_came_from_is_not_a_route(run):
    got = run(_text("Some owners reported calls from a number, 01632 960 420, in which a man asked for bank details."))
    assert _contacts(got) == []
