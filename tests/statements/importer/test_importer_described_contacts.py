"""Contacts a text describes rather than offers, by the classes the third December 2026 holdout found (issue 17):
a missing person's own phone, a number calls come from, a contact victims were asked to use, a free webmail
address, a mobile beside talk of fake goods, a message lead-in with an aside, and a contact for grant bids.
Each is left out and the import report says so; negatives keep the routes these rules must not touch."""

from __future__ import annotations

import pytest
from extracted_views import contacts as _contacts


@pytest.mark.parametrize(
    "sentence",
    [
        "Her mobile phone, number 07700 900 311, has not been answered since Tuesday.",
        "Kieran's phone number, 07700 900 322, was last active near the harbour.",
        "Their own landline number is 01632 960 333 and it rang unanswered.",
    ],
)
def test_a_missing_persons_own_phone_is_not_a_route(run, sentence):
    got = run(f"Missing woman\n\n{sentence} Anyone who sees her should call 999.")
    assert _contacts(got) == ["999"]
    assert any("own contact" in note for note in got.notes)


def test_a_number_calls_appear_to_come_from_is_not_a_route(run):
    got = run("""
        Visa call warning

        The calls usually appear to come from a Manchester number, 0161 496 0344, and students are told to pay at once.
    """)
    assert got.reporting_routes == []


def test_a_contact_buyers_were_asked_to_use_is_not_a_route(run):
    got = run("""
        Concert ticket fraud

        Buyers were asked to message 07700 900 355 or e-mail gigpasses.resale@hotmail.co.uk to pay.
    """)
    assert got.reporting_routes == []


def test_a_webmail_address_not_plainly_offered_is_left_out(run):
    got = run("Van hire\n\nThe firm's listing gave an address, quickvans.hire@gmail.com, and asked for cash.")
    assert got.reporting_routes == []


def test_a_mobile_beside_talk_of_fake_tickets_is_left_out(run):
    got = run("""
        Match day notice

        Fans have seen posts offering spare seats from a seller on 07700 900 366. These seats are fake.
    """)
    assert "07700 900 366" not in _contacts(got)


def test_a_message_lead_in_with_an_aside_introduces_the_message(run):
    got = run("""
        Energy refund texts

        Residents have been getting text messages that look like they come from the supplier. One, sent on Friday, read:

        > Your refund of £88 is waiting. Claim at northgrid-refund.co.uk today.
    """)
    assert got.reporting_routes == []


def test_a_contact_for_grant_applications_is_not_a_reporting_route(run):
    got = run("""
        Community fund opens

        Groups can ask for an application form by calling the grants team on 01632 960 377.
    """)
    assert got.reporting_routes == []
    assert any("not a reporting route" in note for note in got.notes)


@pytest.mark.parametrize(
    "sentence, contact",
    [
        ("Anyone with information is asked to call the incident line on 01632 960 388.", "01632 960 388"),
        ("Text the rural crime line on 07700 900 399 to report suspicious vehicles.", "07700 900 399"),
        (
            "Victims of the fake tickets can report them to the trading standards team on 01632 960 400.",
            "01632 960 400",
        ),
        ("Help is available from the carers' support team on 01632 960 411.", "01632 960 411"),
    ],
)
def test_offered_contacts_stay_routes(run, sentence, contact):
    got = run(f"Appeal\n\n{sentence}")
    assert contact in _contacts(got)


def test_a_webmail_address_plainly_offered_to_report_stays_a_route(run):
    got = run("Village watch\n\nReport sightings to the watch group by e-mail: marshwatch.reports@gmail.com")
    assert _contacts(got) == ["marshwatch.reports@gmail.com"]


def test_a_missing_teenagers_own_mobile_is_not_a_route(run):
    got = run(
        "Missing boy\n\nThe teenager's mobile number, 07700 900 422, has been off since Monday. Call 999 if you see him."
    )
    assert _contacts(got) == ["999"]


def test_a_mobile_after_someone_calling_himself_a_name_is_not_a_route(run):
    got = run("""
        Ticket fraud

        Passes were sold by a man calling himself Dan on 07700 900 433. Report it to Action Fraud.
    """)
    assert "07700 900 433" not in _contacts(got)


def test_a_mobile_offered_after_talk_of_criminals_with_a_real_offer_stays_a_route(run):
    got = run(
        "Doorstep crime\n\nAnyone approached by rogue traders should text the doorstep crime line on 07700 900 444."
    )
    assert _contacts(got) == ["07700 900 444"]
