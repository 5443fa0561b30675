"""Contacts that are not the reader's routes, by the classes the second December 2026 holdout found (issue 17):
a journalists' line, an offender's mobile, a number on a notice or flyer, a message after "One read:", a contact
the text disowns, and the same contact mentioned again. Each is left out and the import report says so; a
false route is worse than a missed one."""

from __future__ import annotations

import pytest
from extracted_views import contacts as _contacts


@pytest.mark.parametrize(
    "line",
    [
        "*Press enquiries: Wexcombe Council press office, 01632 960 410 (office hours). Out of hours: 07700 900 581.*",
        "Media: Wexcombe Road Safety Partnership communications, 01632 960 422.",
        "For media enquiries - 01632 960 433 or 07700 900 594",
    ],
)
def test_every_contact_on_a_line_labelled_for_the_media_is_left_out(run, line):
    got = run(f"""
        Speed checks on the A39

        Anyone who sees dangerous driving should call Wexcombe Road Safety on 01632 960 400.

        {line}
    """)
    assert _contacts(got) == ["01632 960 400"]


def test_a_social_media_desk_mentioned_inside_a_line_does_not_drop_the_line(run):
    got = run("""
        Appeal

        Our social media desk cannot take reports: call 101 or the Wexcombe hate crime line on 01632 960 455.
    """)
    assert "01632 960 455" in _contacts(got)


@pytest.mark.parametrize(
    "sentence",
    [
        "After she changed her number he kept calling her from withheld and new numbers, including 07700 900 612.",
        "The defendant's own mobile, 07700 900 623, was found in the car.",
        "Officers traced the account to a mobile registered in Leeds, 07700 900 634.",
        "Buyers were added to a group run from WhatsApp 07700 900 645.",
    ],
)
def test_a_mobile_or_whatsapp_number_the_text_does_not_offer_is_left_out(run, sentence):
    got = run(f"Harassment sentencing\n\n{sentence}")
    assert got.reporting_routes == []
    assert got.notes and "left out" in got.notes[0]


@pytest.mark.parametrize(
    "sentence",
    [
        "Shop staff can text the Wexcombe retail crime line on 07700 900 656.",
        "A late-night line for taxi drivers, 07700 900 667, is staffed from 8pm to 4am.",
    ],
)
def test_a_mobile_number_the_text_plainly_offers_is_still_a_route(run, sentence):
    assert len(run(f"Retail crime\n\n{sentence}").reporting_routes) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        'Thieves taped a card to the parking meter reading "Meter broken? Pay by phone on 0161 496 0702".',
        'A flyer left on car windscreens, which promised "Cheap MOTs - WhatsApp 07700 900 678 today", was traced '
        "to the gang.",
        'A sticker on the charger carried the words "Payment help: call 0161 496 0713" and a fake logo.',
    ],
)
def test_a_number_quoted_from_a_notice_card_or_flyer_is_not_a_route(run, sentence):
    got = run(f"Car park warning\n\n{sentence}")
    assert got.reporting_routes == []


def test_a_message_in_a_blockquote_after_one_read_is_not_a_route(run):
    got = run("""
        Fake council tax refunds

        Residents have been sent texts about council tax refunds. One said:

        > Wexcombe Council: you are owed £212.40. Claim at wexcombe-refunds.co.uk or call 0161 496 0724.

        Report scam texts by forwarding them to 7726.
    """)
    assert _contacts(got) == ["7726"]
    assert any("0161 496 0724" in note for note in got.notes)


@pytest.mark.parametrize(
    "sentences",
    [
        "Drivers paid at wexpay-parking.co.uk, a site the council says has nothing to do with it.",
        "The screen told people to ring the help number on 0808 157 0746. That number has no connection with the bank.",
    ],
)
def test_a_contact_the_text_disowns_is_not_a_route(run, sentences):
    got = run(f"Warning\n\n{sentences}")
    assert got.reporting_routes == []
    assert "disowned" in got.notes[0]


def test_a_contact_left_out_once_is_left_out_wherever_else_it_appears(run):
    got = run("""
        Parking fine texts

        Drivers have received texts that read: "Unpaid parking. Pay now at wexpark-fines.co.uk/pay."

        Following the link takes you to wexpark-fines.co.uk, which looks like the council's own site.

        Report the texts to the council at www.wexcombe.gov.uk/report-scam.
    """)
    assert _contacts(got) == ["www.wexcombe.gov.uk/report-scam"]
    assert sum("wexpark-fines.co.uk" in note for note in got.notes if not note.startswith("quoted words")) == 2


def test_the_genuine_page_for_paying_a_fine_is_left_out_with_a_note(run):
    """Paying a fine is business with the council, not reporting or help: the genuine page is left out too."""
    got = run("""
        Parking fine texts

        Drivers have received texts that read: "Unpaid parking. Pay now at wexpark-fines.co.uk/pay."

        Genuine parking fines are paid at www.wexcombe.gov.uk/parking.

        Report the texts to the council at www.wexcombe.gov.uk/report-scam.
    """)
    assert _contacts(got) == ["www.wexcombe.gov.uk/report-scam"]
    assert any("paying a fine" in note and "www.wexcombe.gov.uk/parking" in note for note in got.notes)


def test_an_address_that_nothing_in_its_sentence_offers_is_left_out(run):
    got = run("""
        QR code fraud

        Scanning the code opens a page, wexpay-parking.co.uk, which asks for card details.
    """)
    assert got.reporting_routes == []
