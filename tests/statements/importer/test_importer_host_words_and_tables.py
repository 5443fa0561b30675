"""Routes a text lists and addresses whose own names give them for business (issue 17, the fourteenth December
2026 holdout's false and missed routes): a word of a site's host split at hyphens (jobs, tickets, licensing…) or a
path naming licences and permits gives it for business; an advice page and a scheme one signs up to are not
routes; a Markdown table's rows are read as labelled items, and a label saying what is happening now offers 999;
a dealers' deal line, and a line the text says takes no reports, are not routes; a lost-property mailbox is
business unless the text lists it under its label or tells the reader to e-mail it. The texts are invented."""

from __future__ import annotations

import pytest
from extracted_views import contacts as _contacts

from statements.importer.addresses import business_page


def _text(body: str) -> str:
    return f"Title\n\nOfficers are asking anyone with information about the thefts in Brindlecombe to come forward.\n\n{body}"


@pytest.mark.parametrize(
    "sentence",
    [
        "The prison is recruiting officers to help keep people safe: www.brindlegate-jobs.org.uk",
        "Tickets for the safety day are on sale at tickets.brindlefest.co.uk.",
        "The council's taxi rules for drivers who help keep passengers safe are at www.brindle.gov.uk/taxi-licences.",
        "Street traders can read about support for victims of theft at www.brindle.gov.uk/trading-permits.",
        "Advice for dog owners on keeping visitors safe is at www.brindle.gov.uk/dog-safety.",
        "The rural crime team runs a farm watch scheme with text alerts, which you can sign up to at "
        "www.brindlefarmwatch.co.uk.",
    ],
)
def test_an_address_or_clause_that_gives_a_page_for_business_is_not_a_route(run, sentence):
    assert _contacts(run(_text(sentence))) == []


@pytest.mark.parametrize(
    ("sentence", "contact"),
    [
        (
            "Students can report spiking in confidence at https://reportandsupport.brindle.ac.uk.",
            "https://reportandsupport.brindle.ac.uk",
        ),
        ("Report it online at www.brindlecombe.police.uk/report.", "www.brindlecombe.police.uk/report"),
        (
            "Anyone worried about a child can report it at www.brindle-safeguarding.org.uk.",
            "www.brindle-safeguarding.org.uk",
        ),
    ],
)
def test_a_reporting_address_whose_host_names_no_business_stays_a_route(run, sentence, contact):
    assert contact in _contacts(run(_text(sentence)))


@pytest.mark.parametrize(
    ("url", "business"),
    [
        ("www.brindlegate-jobs.org.uk", "jobs"),
        ("careers.brindle.nhs.uk/nurses", "careers"),
        ("www.brindle.gov.uk/licensing", "licensing"),
        ("www.reportandsupport.brindle.ac.uk", None),
        ("www.brindlesafeguarding.org.uk/report", None),
        ("www.brindleshopwatch.co.uk", None),  # a word inside a label is never read: "shopwatch" is a scheme
    ],
)
def test_business_words_are_read_in_whole_host_labels_and_hyphened_words(url, business):
    assert business_page(url, url) == business


def test_a_tables_rows_are_labelled_items(run):
    text = _text(
        "## Get help\n\n"
        "| Service | Contact |\n|---|---|\n"
        "| Emergency | 999 |\n"
        "| Brindle Police (non-emergency) | 101 |\n"
        "| Brindle Victim Care helpline | 0161 496 0733, help@brindlevictimcare.org.uk |\n"
    )
    assert _contacts(run(text)) == ["999", "101", "0161 496 0733"]
    assert run(text).reporting_routes[2].email == "help@brindlevictimcare.org.uk"


def test_a_table_of_figures_gives_no_routes(run):
    text = _text("| Year | Crimes recorded |\n|---|---|\n| Crimes recorded in 2025 | 101 |\n| Arrests | 999 |\n")
    assert _contacts(run(text)) == []


def test_a_label_saying_what_is_happening_now_offers_999(run):
    text = _text("**Report a dangerous dog**\n\n- **Dog attacking someone now:** 999\n")
    assert _contacts(run(text)) == ["999"]


def test_a_label_that_is_a_whole_condition_still_offers_999(run):
    text = _text(
        "How to report:\n\n"
        "- If someone is driving dangerously or you believe they are unfit to drive right now: **999**\n"
        "- Information about a drink-driver: 101\n"
    )
    assert _contacts(run(text)) == ["999", "101"]


def test_a_label_counting_attacks_offers_nothing(run):
    assert _contacts(run(_text("- **Dog attacks recorded this year:** 101\n"))) == []


def test_a_dealers_deal_line_is_not_a_route(run):
    sentence = "A deal-line number, 07700 900777, was found written on the stairwell wall of the flats."
    assert _contacts(run(_text(sentence))) == []


def test_a_line_the_text_says_takes_no_reports_is_not_a_route(run):
    sentence = "The housing repairs line, 0161 496 0111, cannot take reports of anti-social behaviour."
    assert _contacts(run(_text(sentence))) == []


def test_a_line_that_takes_reports_stays_a_route(run):
    sentence = "To report anti-social behaviour, call the estate's ASB line, 0161 496 0222."
    assert _contacts(run(_text(sentence))) == ["0161 496 0222"]


def test_a_lost_property_mailbox_in_a_sentence_about_lost_things_is_not_a_route(run):
    sentence = "Lost property will be held at the box office after the show: lostproperty@brindlefest.co.uk."
    assert _contacts(run(_text(sentence))) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Lost property will be held after the event: lostproperty@brindlefest.co.uk.",
        "- Lost property: lostproperty@brindlefest.co.uk",
        "For anything lost, e-mail lost.property@brindlefest.co.uk.",
        "A: E-mail lostproperty@brindlefest.co.uk. Please do not use the safety line for lost items.",
    ],
)
def test_a_lost_property_mailbox_is_business_however_it_is_offered(run, sentence):
    # lost property is business in every layout (the brief; ruled 6 December 2026)
    got = run(_text(sentence))
    assert _contacts(got) == []
    assert any("a mailbox for lost property" in note for note in got.notes)


def test_a_mailbox_for_reporting_a_theft_beside_lost_property_is_still_a_route(run):
    sentence = (
        "If your bag was stolen rather than lost, report it to the festival's crime desk at crime@brindlefest.co.uk."
    )
    assert _contacts(run(_text(sentence))) == ["crime@brindlefest.co.uk"]


@pytest.mark.parametrize(
    ("item", "name"),
    [
        ("- Brindle Nirvana honour-based abuse helpline: 0800 5999 111", "Brindle Nirvana"),
        (
            "- Brindle Marriage Unit (including if someone has been taken abroad): 020 7946 0151",
            "Brindle Marriage Unit",
        ),
        ("* Brindle Homes anti-social behaviour line: 0161 496 0251", "Brindle Homes"),
        ("- **Brindle Loan Rescue 24-hour helpline:** 0300 555 0101", "Brindle Loan Rescue"),
    ],
)
def test_a_list_item_labelled_by_its_service_names_the_route(run, item, name):
    text = _text(f"If you are worried about someone, get help:\n\n{item}\n")
    assert [r.name for r in run(text).reporting_routes] == [name]


def test_a_list_item_labelled_by_what_to_do_names_no_service(run):
    text = _text("If you are worried about someone, get help:\n\n- Anyone with information: 0161 496 0377\n")
    assert [r.name for r in run(text).reporting_routes] in ([], ["0161 496 0377"])


def test_a_consultations_mailbox_is_business(run):
    got = run(_text("Have your say on the proposed ban:\n\n- e-mail your comments to consultations@brindle.gov.uk"))
    assert _contacts(got) == []
    assert any("a mailbox for consultations" in note for note in got.notes)
