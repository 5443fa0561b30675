"""The classes behind the misses of the 13v/13w working sets: money given to an appeal or fund is business, so is
a customer's own appointment; a Markdown link's target is no word of the sentence of the address printed as its
text (nor is that address a word of its target's sentence); a trading name in initials and quotation marks is no
quote. The texts are invented."""

from __future__ import annotations

import pytest
from extracted_views import contacts as _contacts


def _text(paragraph: str) -> str:
    return f"Title\n\nA shed was broken into on an allotment in Corrby Lees on Tuesday night.\n\n{paragraph}"


_REPORT = "Anyone with information should call Action Fraud on 0300 123 2040.\n\n"


# Giving to an appeal or fund


@pytest.mark.parametrize(
    "sentence",
    [
        "Anyone who would like to give to the allotment society's appeal can do so on 0113 496 0322.",
        "People wanting to contribute towards the replacement fund can call the club on 0113 496 0322.",
        "To give to the food bank collection, visit www.corrbylees-allotments.org.uk/appeal.",
    ],
)
def test_giving_to_an_appeal_or_fund_is_business(run, sentence):
    assert _contacts(run(_text(_REPORT + sentence))) == ["0300 123 2040"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Anyone who can give information to the appeal should call the rural crime team on 0113 496 0322.",
        "Anyone who saw the break-in should call the rural crime team on 0113 496 0322.",
    ],
)
def test_giving_information_is_still_a_report(run, sentence):
    assert _contacts(run(_text(sentence))) == ["0113 496 0322"]


# A customer's own appointment


@pytest.mark.parametrize(
    "sentence",
    [
        "Clients whose pets missed their appointments, or who need an emergency vet appointment, should call the "
        "surgery on 0113 496 0388.",
        "Patients who need to rearrange their appointments can call the clinic on 0113 496 0388.",
    ],
)
def test_a_customers_own_appointment_is_business(run, sentence):
    assert _contacts(run(_text(_REPORT + sentence))) == ["0300 123 2040"]


def test_a_message_about_your_appointment_checked_is_still_help(run):
    sentence = "If you are unsure whether a text about your clinic appointment is genuine, call us on 0113 496 0388."
    assert _contacts(run(_text(sentence))) == ["0113 496 0388"]


def test_an_appointment_in_the_story_leaves_a_report_line_alone(run):
    sentence = "The thieves struck while staff were at an appointment. Anyone who saw them should call 0113 496 0388."
    assert _contacts(run(_text(sentence))) == ["0113 496 0388"]


# A Markdown link's target is no word of the sentence


@pytest.mark.parametrize(
    "link",
    [
        "[gov.uk/product-safety-alerts-reports-recalls](https://www.gov.uk/product-safety-alerts-reports-recalls)",
        "www.gov.uk/product-safety-alerts-reports-recalls",
    ],
)
def test_a_recalls_search_is_no_route_however_its_link_is_written(run, link):
    sentence = f"You can search current product recalls at {link}."
    assert _contacts(run(_text(_REPORT + sentence))) == ["0300 123 2040"]


def test_a_report_page_printed_as_its_link_text_is_still_offered_by_its_sentence(run):
    got = run(_text("Report it at [corrby.police.uk/report](https://www.corrby.police.uk/report)."))
    assert [c for c in _contacts(got) if c and "corrby.police.uk/report" in c]


def test_a_link_followed_by_a_purpose_to_report_is_offered(run):
    text = "## Tell us\n\n* 101 or [corrby.police.uk/report](https://www.corrby.police.uk/report) to report thefts"
    assert any(c and "corrby.police.uk/report" in c for c in _contacts(run(_text(text))))


def test_after_the_event_names_no_event_of_the_organisation(run):
    text = "- Report thefts after the event at [corrby.police.uk/report](https://www.corrby.police.uk/report) or 101."
    assert any(c and "corrby.police.uk/report" in c for c in _contacts(run(_text(text))))


def test_an_events_page_is_still_business(run):
    sentence = "Tickets for the allotment open day and other events are at www.corrbylees-allotments.org.uk/diary."
    assert _contacts(run(_text(_REPORT + sentence))) == ["0300 123 2040"]


# A trading name in quotation marks


@pytest.mark.parametrize("name", ["R.J. Drives & Patios", "T.W.S. Roofing", "Harlow Home Improvements"])
def test_a_trading_name_in_quotation_marks_is_no_quote(run, name):
    got = run(f"""
        Rogue trader fined

        Leon Pask, 44, trading as "{name}", admitted five offences at Corrby Court under the Trade Descriptions Act.
        """)
    assert got.quotes == []


def test_a_short_sentence_quoted_after_trading_as_is_still_read_as_a_quote(run):
    got = run("""
        Rogue trader fined

        Leon Pask, trading as a builder, told the court: "I am sorry for what I did to them."
        """)
    assert [q.speaker for q in got.quotes] == ["Leon Pask"]
