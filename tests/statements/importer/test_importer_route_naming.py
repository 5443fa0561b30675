"""Routes the second pass on the 12b holdout taught the importer to find and to name (issue 17): the emergency
number after "in an emergency,", text relay numbers, an e-mail address a scheme "can be sent" things at, the
page of a registry route's site that the text prints, and a service's name where the text puts it (set off by
commas, with an acronym or a qualifier before its number, or once for several contacts in a row)."""

from __future__ import annotations

import pytest


def _named(extracted) -> list[tuple[str, str | None]]:
    return [(r.name, r.phone or r.email or r.url) for r in extracted.reporting_routes if r.route_id is None]


def test_the_emergency_number_after_in_an_emergency_is_a_route(run):
    got = run("Title\n\nVictims can call Wexford Police on 101 or, in an emergency, 999.")
    assert [r.route_id for r in got.reporting_routes] == ["police-non-emergency-101", "police-emergency-999"]


def test_emergency_calls_counted_are_not_a_route(run):
    assert run("Title\n\nEmergency 999 calls in the county rose last winter.").reporting_routes == []


@pytest.mark.parametrize(
    ("sentence", "phone"),
    [
        ("Callers with hearing loss can use text relay on 18001 101.", "18001 101"),
        ("Deaf callers can use text relay on 18001 0300 123 4567.", "18001 0300 123 4567"),
    ],
)
def test_a_text_relay_number_is_a_route_named_text_relay(run, sentence, phone):
    assert ("text relay", phone) in _named(run(f"Title\n\n{sentence}"))


@pytest.mark.parametrize(
    "sentence",
    ["Please quote crime number 18001 101 234 when you call.", "The incident log number was 18001 101."],
)
def test_a_reference_that_starts_like_a_relay_number_is_not_a_route(run, sentence):
    assert run(f"Title\n\n{sentence}").reporting_routes == []


def test_an_email_things_can_be_sent_to_is_offered(run):
    got = run(
        "Title\n\nWorries about parking near the school can be sent to the Park Safe scheme at parksafe@wexford.gov.uk."
    )
    assert _named(got) == [("Park Safe scheme", "parksafe@wexford.gov.uk")]


def test_an_email_a_message_was_sent_from_is_still_described(run):
    got = run("Title\n\nThe message was sent from payments@wexford-refunds.co.uk and asked for card details.")
    assert got.reporting_routes == []


def test_a_printed_page_of_a_registry_site_is_kept_as_the_route_address(run):
    (route,) = run("Title\n\nParents can report grooming at www.ceop.police.uk/safety-centre.").reporting_routes
    assert (route.route_id, route.url) == ("ceop", "www.ceop.police.uk/safety-centre")


def test_a_registry_name_then_its_printed_page_keeps_the_printed_page(run):
    got = run("Title\n\n- Use the **CEOP Safety Centre** at www.ceop.police.uk/safety-centre to report.")
    assert [(r.route_id, r.url) for r in got.reporting_routes] == [("ceop", "www.ceop.police.uk/safety-centre")]


def test_a_service_hosted_on_another_services_site_keeps_its_own_route(run):
    got = run("Title\n\nTeenagers can use the Report Remove tool from Childline at www.childline.org.uk/remove.")
    assert ("report-remove", "www.childline.org.uk/remove") in [(r.route_id, r.url) for r in got.reporting_routes]


@pytest.mark.parametrize(
    ("sentence", "name", "contact"),
    [
        (
            "Millbrook Council's Rogue Trader Hotline, 0113 496 0501, takes reports every day.",
            "Millbrook Council's Rogue Trader Hotline",
            "0113 496 0501",
        ),
        (
            "Students can contact **Campus Patrol** 24 hours a day on **0117 496 0611**.",
            "Campus Patrol",
            "0117 496 0611",
        ),
        (
            "Talk to **Millbrook Nightline**, the student-run listening service, on **0117 496 0722**.",
            "Millbrook Nightline",
            "0117 496 0722",
        ),
        (
            "Concerns about a patient's safety can go to the Patient Advice and Liaison Service (PALS) on 0161 496 0833.",
            "Patient Advice and Liaison Service (PALS)",
            "0161 496 0833",
        ),
        ("Call the Safe at Home line free on 0808 157 0944 on weekdays.", "Safe at Home line", "0808 157 0944"),
        (
            "The wildlife crime team can be e-mailed at wildlife@millbrook.police.uk.",
            "wildlife crime team",
            "wildlife@millbrook.police.uk",
        ),
        ("- **Ashgrove Women's Aid** local helpline: 0113 496 0901", "Ashgrove Women's Aid", "0113 496 0901"),
        (
            "- **Safe Bonds**, for forced marriage and so-called honour abuse: 0800 5999 902",
            "Safe Bonds",
            "0800 5999 902",
        ),
        ("- Call the incident room directly on 0113 496 0903.", "incident room", "0113 496 0903"),
        (
            "Send clips to the force's Road Watch Upload portal at www.millbrookroads.org.uk/upload.",
            "Road Watch Upload portal",
            "www.millbrookroads.org.uk/upload",
        ),
    ],
)
def test_a_service_is_named_where_the_text_puts_its_name(run, sentence, name, contact):
    assert _named(run(f"Title\n\n{sentence}")) == [(name, contact)]


def test_a_service_named_once_names_each_contact_given_after_it(run):
    got = run(
        "Title\n\nReport litter louts to Millbrook Borough Council online at www.millbrook.gov.uk/litter, by e-mail "
        "to litter@millbrook.gov.uk, or by calling 01632 960 512."
    )
    assert [(r.name, r.url, r.email, r.phone) for r in got.reporting_routes] == [
        ("Millbrook Borough Council", "www.millbrook.gov.uk/litter", "litter@millbrook.gov.uk", "01632 960 512")
    ]


def test_two_numbers_of_one_service_are_two_routes_with_its_name(run):
    got = run("Title\n\nPlease contact Northline Rail Police by texting 61234 or calling 0800 40 50 99.")
    assert _named(got) == [("Northline Rail Police", "61234"), ("Northline Rail Police", "0800 40 50 99")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Report online at www.millbrook.police.uk today.",
        "Fill in the short form at www.millbrook.gov.uk/safe-home to book a fire safety visit.",
        "Where to get help:\n\n- Monday to Friday: www.millbrook.gov.uk/hours",
    ],
)
def test_an_offer_word_or_a_plain_noun_is_not_a_service_name(run, sentence):
    (route,) = run(f"Title\n\n{sentence}").reporting_routes
    assert route.name == "millbrook.police.uk" or route.name == "millbrook.gov.uk"
