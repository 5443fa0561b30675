"""A criminal's number, address or link is never a reporting route, whatever the layout; the import report
says what was left out and why."""

from __future__ import annotations

import pytest


def _routes(extracted) -> list[tuple[str | None, str | None, str | None]]:
    return [(r.route_id, r.phone, r.url) for r in extracted.reporting_routes]


def test_a_scam_message_in_its_own_paragraph_after_a_lead_in_gives_no_route(run):
    got = run("""
        Warning over fake energy rebate texts

        Residents in Breckland have received texts claiming to come from their energy supplier. The messages
        typically read:

        "Your account is in credit. Claim your rebate at www.energy-credit-uk.com or call 0161 496 0123 today."

        Anyone who gets one should forward it free to 7726.
    """)
    assert _routes(got) == [("scam-text-7726", "7726", None)]
    assert "number in a quoted scam message left out: 0161 496 0123" in got.notes
    assert "web address in a quoted scam message left out: www.energy-credit-uk.com" in got.notes


def test_a_scam_message_in_a_blockquote_after_a_lead_in_gives_no_route(run):
    got = run("""
        Parcel scam returns

        One of the e-mails sent this week said:

        > Your parcel is waiting. Pay the fee at parcel-redelivery-fee.co.uk or ring 0161 496 0442.

        Report suspicious e-mails to report@phishing.gov.uk.
    """)
    assert [r.phone or r.url or r.email for r in got.reporting_routes] == ["report@phishing.gov.uk"]
    assert len(got.notes) == 2


@pytest.mark.parametrize(
    "sentence",
    [
        "A leaflet pushed through doors in Swaffham gave the number 0161 496 0777 for free roof checks.",
        "The flyer advertised a website, roofcheck-norfolk.co.uk, and promised discounts for pensioners.",
        "The leaflet urged residents to call Roofing Direct on 0161 496 0999 for a free quote.",
        "Victims were told to call 0161 496 0888 to confirm their bank details.",
        "If you get a call from 0161 496 0555, hang up.",
        "The fraudsters asked victims to ring 0161 496 0321 to cancel the order.",
        "Texts came from 07700 900 123 and asked people to pay a fine.",
    ],
)
def test_a_contact_the_criminals_use_is_never_a_route(run, sentence):
    got = run(f"Rogue traders warning\n\n{sentence}")
    assert got.reporting_routes == []
    assert got.notes and "left out" in got.notes[0]


@pytest.mark.parametrize(
    ("sentence", "phone"),
    [
        ("Anyone approached by the rogue traders should call Trading Standards on 0808 223 1134.", "0808 223 1134"),
        ("If you have been targeted by fraudsters, call the council's fraud team on 01603 222 333.", "01603 222 333"),
        ("Residents are asked to call the council on 0344 800 8020 if they see anything suspicious.", "0344 800 8020"),
    ],
)
def test_a_number_offered_beside_a_mention_of_criminals_is_still_a_route(run, sentence, phone):
    assert [r.phone for r in run(f"Title\n\n{sentence}").reporting_routes] == [phone]


def test_a_known_service_in_a_scam_paragraph_is_still_a_route(run):
    got = run("""
        Courier fraud

        The caller claims to be from the bank and says: "Call 0300 123 2040 to check this is real."
    """)
    assert [r.route_id for r in got.reporting_routes] == ["action-fraud"]


def test_a_lead_in_with_an_aside_still_introduces_a_scam_message(run):
    got = run("""
        Fake parcel texts

        The texts, sent to hundreds of people in Westbury, read:

        "Your parcel is held. Pay the fee at parcel-hold-fee.co.uk or call 0161 496 0991."
    """)
    assert got.reporting_routes == []
    # (and a third note: the quoted words themselves, which nobody in the text says)
    assert len([note for note in got.notes if not note.startswith("quoted words")]) == 2


@pytest.mark.parametrize(
    "sentence",
    [
        "He later sent her a link to www.leave-fees-army.com and asked for money.",
        "She was directed to www.leave-fees-army.com, a fake website, to pay the fees.",
        "Victims paid through fastpay-secure.co.uk, which is a cloned site.",
    ],
)
def test_a_link_the_criminal_sent_or_the_text_calls_fake_is_not_a_route(run, sentence):
    assert run(f"Romance fraud warning\n\n{sentence}").reporting_routes == []


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Forward e-mails claiming to be from the council to phishing@wensum.gov.uk.", "phishing@wensum.gov.uk"),
        ("Further sources of support are listed at www.wensum.ac.uk/support.", "www.wensum.ac.uk/support"),
    ],
)
def test_where_reports_go_is_offered_even_when_what_is_reported_is_described(run, sentence, value):
    assert [r.email or r.url for r in run(f"Title\n\n{sentence}").reporting_routes] == [value]
