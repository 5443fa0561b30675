"""The route classes behind the misses of the 13t/13u working sets and 13l's last false route: lost property is
business however it is labelled, so are courses and refreshers to book and pages listing facts; a contact handed
to someone in the story is described, not offered; 159 after "using"; a list item's value wrapped onto the line
after its label; a short code leading a line whose reference to quote is no count. The texts are invented."""

from __future__ import annotations

import pytest
from extracted_views import contacts as _contacts


def _text(paragraph: str) -> str:
    return f"Title\n\nA woman was assaulted on a late tram in Dunstable Vale on Friday.\n\n{paragraph}"


_REPORT = "Anyone with information should call Action Fraud on 0300 123 2040.\n\n"


# Lost property


@pytest.mark.parametrize(
    "sentence",
    [
        "Anything left on Greyline Trams can be reported to its lost property office on 0113 496 0412.",
        "Greyline Trams lost property: 0113 496 0412.",
        "Useful contacts:\n\n- Lost property after the parade: 0113 496 0412",
        "The depot's lost property desk is on 0113 496 0412.",
        "Useful contacts:\n\n- Lost property: lostproperty@greylinetrams.co.uk",
    ],
)
def test_lost_property_is_business_however_it_is_labelled(run, sentence):
    assert _contacts(run(_text(_REPORT + sentence))) == ["0300 123 2040"]


@pytest.mark.parametrize(
    "sentence",
    [
        "If your phone was lost or stolen on a tram, report it to Greyline Trams' safety line on 0113 496 0412.",
        "Anyone who has lost property to a thief on the trams should call the transport crime line on 0113 496 0412.",
    ],
)
def test_lost_or_stolen_things_reported_as_crime_stay_routes(run, sentence):
    assert "0113 496 0412" in _contacts(run(_text(sentence)))


# Courses and refreshers to book


@pytest.mark.parametrize(
    "sentence",
    [
        "Book a free one-hour refresher drive on 0115 496 0321 or at www.tarnvaleroads.org.uk/refresher.",
        "Drivers over 70 can book a free refresher with an approved instructor on 0115 496 0321.",
        "Book one of our free cycling lessons at www.tarnvaleroads.org.uk/lessons.",
    ],
)
def test_a_course_or_refresher_to_book_is_business(run, sentence):
    assert _contacts(run(_text(_REPORT + sentence))) == ["0300 123 2040"]


def test_a_report_line_beside_a_refresher_stays_a_route(run):
    text = _text(
        "Refresher drives are free this winter. To report a dangerous driver, call the road safety line on "
        "0115 496 0321."
    )
    assert _contacts(run(text)) == ["0115 496 0321"]


# A page that lists facts


@pytest.mark.parametrize(
    "sentence",
    [
        "1. Battery collection points are listed at www.tarnvale.gov.uk/batteries.",
        "Collection dates are shown on www.tarnvale.gov.uk/bins.",
    ],
)
def test_a_page_listing_facts_is_business(run, sentence):
    assert _contacts(run(_text(_REPORT + sentence))) == ["0300 123 2040"]


def test_a_page_listing_support_services_stays_a_route(run):
    text = _text("If you have been affected, local support services are listed at www.tarnvalesupport.org.uk.")
    assert _contacts(run(text)) == ["www.tarnvalesupport.org.uk"]


# A contact handed to someone in the story


@pytest.mark.parametrize(
    "sentence",
    [
        'The caller gave her a "direct line" of 020 7946 0871 to ring back on, and told her to keep it quiet.',
        "The man handed him a number, 020 7946 0871, and said the bank would call.",
    ],
)
def test_a_contact_handed_to_someone_in_the_story_is_not_a_route(run, sentence):
    text = _text("Fraudsters posing as police officers called a pensioner last week. " + sentence + "\n\n" + _REPORT)
    assert _contacts(run(text)) == ["0300 123 2040"]


def test_a_line_given_to_residents_stays_a_route(run):
    text = _text("Police have given residents a dedicated line to report doorstep callers: 020 7946 0871.")
    assert _contacts(run(text)) == ["020 7946 0871"]


# Short codes


def test_159_after_using_is_a_route(run):
    text = _text("If you have given your details, call your bank straight away using 159.")
    assert _contacts(run(text)) == ["159"]


def test_a_count_after_using_is_not_a_route(run):
    text = _text("The force is using 159 officers on the operation. " + _REPORT)
    assert _contacts(run(text)) == ["0300 123 2040"]


def test_a_short_code_leading_a_line_with_a_reference_to_quote_is_a_route(run):
    text = _text(
        "How to report a hate crime:\n101 or www.tarnvale.police.uk/hatecrime (quote 26000419911)\nCrimestoppers: 0800 555 111"
    )
    assert "101" in _contacts(run(text))


# A list item's value on the line after its label


def test_a_value_wrapped_onto_the_line_after_its_label_is_listed(run):
    text = _text(
        "Free and confidential support is available from:\n"
        "- The Larch House sexual assault referral centre (24 hours):\n0113 496 0655\n"
        "- Rape Crisis: 0808 500 2222"
    )
    assert "0113 496 0655" in _contacts(run(text))


def test_a_wrapped_value_under_a_business_label_is_not_a_route(run):
    text = _text(_REPORT + "Other contacts:\n- Tram timetables and fares:\n0113 496 0655")
    assert _contacts(run(text)) == ["0300 123 2040"]


def test_a_contact_on_the_line_after_a_lead_in_of_its_own_is_not_listed(run):
    text = _text(_REPORT + "To claim a refund for the cancelled service:\nwww.greylinetrams.co.uk/refunds")
    assert _contacts(run(text)) == ["0300 123 2040"]
