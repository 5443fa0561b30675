"""The classes behind the December 2026 holdouts' misses 12zj and 12zk: the words of a caller, a message left on
an answerphone or an e-mail from an address (not quotes), a compliment to the service (business, like a
complaint about it), someone's credentials or status checked at an address (a look-up), a vaccine booked on a
registry route's site (business), and a page offered to journalists (never a route's address, registry or not).
The texts are invented."""

from __future__ import annotations

import pytest
from extracted_views import contacts as _contacts
from extracted_views import who as _who


def _text(*paragraphs: str) -> str:
    return "Title\n\nScam calls in Dunmere rose by a third last year, the council said.\n\n" + "\n\n".join(paragraphs)


@pytest.mark.parametrize(
    "sentence",
    [
        'One voicemail left on a retired teacher\'s answerphone said: "This is the pensions office. Press 1 now."',
        'One resident was told by a caller: "This is the water board. Your meter needs replacing today."',
        'One buyer got an e-mail from sales.desk@kennel-mail.net saying: "Your kitten is ready, send £300 today."',
    ],
)
def test_the_words_of_a_caller_or_message_are_not_a_quote(run, sentence):
    assert _who(run(_text(sentence))) == []


def test_words_a_person_was_told_by_a_named_person_are_still_a_quote(run):
    text = _text('Ann Hale, the council\'s fraud manager, said: "Never give your bank details to a cold caller."')
    assert _who(run(text)) == [("Ann Hale", "fraud manager")]


def test_a_compliment_to_the_service_is_business(run):
    text = _text("- To raise a concern or pay a compliment about our wards, contact the patient team on 0114 496 0720")
    assert _contacts(run(text)) == []


def test_a_worry_about_a_scam_is_still_a_route(run):
    text = _text("- If you are worried about a call you received, contact the fraud team on 0114 496 0721")
    assert _contacts(run(text)) == ["0114 496 0721"]


def test_credentials_checked_at_an_address_are_a_look_up(run):
    text = _text("Check whether a locksmith is licensed: www.locksafe-example.org.uk")
    assert _contacts(run(text)) == []


def test_a_report_at_an_address_is_still_a_route(run):
    text = _text("If you think a trader has cheated you, report it at www.dunmere.gov.uk/report-trader.")
    assert _contacts(run(text)) == ["www.dunmere.gov.uk/report-trader"]


def test_a_vaccine_booked_on_a_registry_site_is_business(run):
    text = _text("- Book a genuine winter flu jab through the NHS App or at www.nhs.uk/book-a-jab")
    assert "www.nhs.uk/book-a-jab" not in _contacts(run(text))


def test_a_page_offered_to_journalists_is_not_a_route(run):
    text = _text(
        "Anyone struggling can call Samaritans on 116 123.",
        "Journalists covering the inquest are asked to follow the Samaritans guidance: www.samaritans.org/reporting.",
    )
    extracted = run(text)
    assert [r.url for r in extracted.reporting_routes if r.url and "reporting" in r.url] == []
    assert "116 123" in _contacts(extracted)
