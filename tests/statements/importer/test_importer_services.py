"""Routes the registry does not know are named by the service the text names; e-mail addresses offered for
reports are routes; short codes after "on", "to", "text", "call"; only the media contact is dropped."""

from __future__ import annotations

import pytest


def _named(extracted) -> list[tuple[str, str | None]]:
    return [(r.name, r.phone or r.email or r.url) for r in extracted.reporting_routes if r.route_id is None]


@pytest.mark.parametrize(
    ("sentence", "name", "phone"),
    [
        (
            "Anyone with concerns can call the Modern Slavery & Exploitation Helpline on 08000 121 700.",
            "Modern Slavery & Exploitation Helpline",
            "08000 121 700",
        ),
        ("LGBT+ victims can contact Galop on 0800 999 5428.", "Galop", "0800 999 5428"),
        ("Galop, the anti-abuse charity, can be contacted on 0800 999 5428.", "Galop", "0800 999 5428"),
        ("Support is available from Galop (0800 999 5428) every weekday.", "Galop", "0800 999 5428"),
        ("Where to get support:\n\n- Galop: 0800 999 5428", "Galop", "0800 999 5428"),
        (
            "Call the council's trading standards team on 01603 222 333 to report it.",
            "council's trading standards team",
            "01603 222 333",
        ),
    ],
)
def test_an_unknown_route_is_named_by_the_service_beside_it(run, sentence, name, phone):
    assert _named(run(f"Title\n\n{sentence}")) == [(name, phone)]


def test_a_number_with_no_service_named_keeps_the_number_as_its_name(run):
    assert _named(run("Title\n\nPlease call 01603 222 333 with any information.")) == [
        ("01603 222 333", "01603 222 333")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Suspicious e-mails can be forwarded to report@phishing.gov.uk.",
        "Anyone with footage should email collisions@wensum.police.uk.",
        "Send any information to collisions@wensum.police.uk, quoting Operation Ash.",
    ],
)
def test_an_email_address_offered_for_reports_is_a_route_with_an_email(run, sentence):
    (route,) = run(f"Title\n\n{sentence}").reporting_routes
    assert route.email and route.email in sentence
    assert (route.phone, route.url, route.route_id) == (None, None, None)


def test_an_email_for_the_press_office_is_not_a_route(run):
    assert run("Title\n\nJournalists can email press.office@wensum.police.uk.").reporting_routes == []


def test_a_service_named_beside_its_number_and_address_is_one_route(run):
    got = run("Title\n\nFor support, contact Galop on 0800 999 5428 or Galop at help@galop.org.uk.")
    assert [(r.name, r.phone, r.email) for r in got.reporting_routes] == [
        ("Galop", "0800 999 5428", "help@galop.org.uk")
    ]


@pytest.mark.parametrize(
    ("sentence", "number"),
    [
        ("Scam texts about tax refunds can be forwarded to HMRC on 60599.", "60599"),
        ("Forward suspicious texts to 7726.", "7726"),
        ("Text 61016 to report it discreetly.", "61016"),
        ("If you cannot speak, text POLICE to 61016.", "61016"),
        ("Call 101 to report it.", "101"),
        ("Call the Samaritans free on 116 123.", "116 123"),
    ],
)
def test_a_short_code_after_on_to_text_or_call_is_a_route(run, sentence, number):
    assert number in [r.phone for r in run(f"Title\n\n{sentence}").reporting_routes]


@pytest.mark.parametrize(
    "sentence",
    [
        "Calls to 101 rose to 60599 last year.",
        "Officers made 101 arrests and received 999 calls.",
        "The campaign reached 61016 people on social media.",
    ],
)
def test_a_count_is_not_a_short_code(run, sentence):
    assert run(f"Title\n\n{sentence}").reporting_routes == []


def test_a_line_mentioning_the_social_media_desk_keeps_its_route(run):
    got = run("Title\n\nOur social media desk cannot take reports, so please call 101 or report online.")
    assert [r.route_id for r in got.reporting_routes] == ["police-non-emergency-101"]


def test_the_media_contact_is_dropped_but_the_public_route_in_the_same_line_is_kept(run):
    got = run("Title\n\nMedia enquiries: 01603 276500. Members of the public should call 0808 223 1133.")
    assert [r.route_id for r in got.reporting_routes] == ["citizens-advice-consumer"]


@pytest.mark.parametrize("number", ["0300 123 2040", "0808 16 89 111", "+44 (0)1603 276500", "01632 960 744"])
def test_full_numbers_are_validated_by_phonenumbers(run, number):
    assert [r.phone for r in run(f"Title\n\nCall {number} for advice.").reporting_routes] == [
        number if number != "0300 123 2040" else "0300 123 2040"
    ]


@pytest.mark.parametrize("number", ["0199 123 456", "0800 12", "01603 27650099"])
def test_a_number_phonenumbers_calls_invalid_is_not_a_route(run, number):
    assert run(f"Title\n\nCall {number} for advice.").reporting_routes == []
