"""Who offers a contact: a number printed on a criminal's card or advert and read out by the text is the criminal's
offer, never a route, while a helper's own line beside talk of lenders still is (issue 17, the twelfth December
2026 holdout's false route). The texts are invented."""

from __future__ import annotations

from extracted_views import contacts as _contacts


def _text(body: str) -> str:
    return f"Title\n\nTrading standards officers are warning families in Oxley about illegal money lenders.\n\n{body}"


def test_a_mobile_inside_the_words_a_business_card_reads_is_not_a_route(run):
    got = run(_text("Cards left on doormats read: 'QUICK LOANS - no checks - text LOAN to 07700 900288'."))
    assert _contacts(got) == []


def test_a_mobile_inside_the_words_a_sticker_reads_is_not_a_route(run):
    got = run(_text("Stickers on lamp posts said: 'Cash today, call Dave on 07700 900342'."))
    assert _contacts(got) == []


def test_a_mobile_after_talk_of_loan_sharks_is_not_a_route(run):
    got = run(_text("Loan sharks have been handing out a mobile, 07700 900417, outside the school gates."))
    assert _contacts(got) == []


def test_a_helpers_line_named_for_loan_sharks_is_still_a_route(run):
    got = run(_text("Stop Loan Sharks runs a confidential helpline on 0300 555 2222 for anyone affected."))
    assert _contacts(got) == ["0300 555 2222"]


def test_a_helpline_after_a_card_message_is_still_a_route(run):
    got = run(
        _text(
            "One card read: 'Loans in an hour'. Anyone who has borrowed from an illegal lender can call the "
            "Oxley Money Advice line on 0114 496 0231 in confidence."
        )
    )
    assert _contacts(got) == ["0114 496 0231"]
