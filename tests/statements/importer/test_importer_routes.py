"""Reporting routes: web addresses, UK phone numbers and service names, resolved against the registry."""

from __future__ import annotations

import pytest


def _ids(extracted) -> list[str | None]:
    return [r.route_id for r in extracted.reporting_routes]


def _phones(extracted) -> list[str | None]:
    return [r.phone for r in extracted.reporting_routes]


@pytest.mark.parametrize(
    ("sentence", "route_id"),
    [
        ("In an emergency always dial 999.", "police-emergency-999"),
        ("Call police on 101 quoting incident 55 of 3 May.", "police-non-emergency-101"),
        ("Report it at www.ceop.police.uk today.", "ceop"),
        ("Report it at https://www.ceop.police.uk/Safety-Centre/ today.", "ceop"),
        ("Call 0800 555 111 anonymously.", "crimestoppers"),
        ("Call the independent charity on 0800 555 111.", "crimestoppers"),
        ("Report it on 0300 123 2040.", "action-fraud"),
        ("Adults can call 0808 800 5000 for advice.", "nspcc-helpline"),
        ("Children can call 0800 1111 at any time.", "childline"),
        ("Call or text 116 000 free.", "missing-people"),
        ("Anyone can talk to someone on 116 123.", "samaritans"),
        ("The helpline is free on 0808 2000 247.", "national-domestic-abuse-helpline"),
        ("Report images at report.iwf.org.uk.", "iwf"),
        ("Forward the text free to 7726.", "scam-text-7726"),
        ("Hang up and call 159 to reach your bank.", "stop-scams-159"),
    ],
)
def test_a_number_or_address_resolves_to_its_registry_route(run, sentence, route_id):
    assert _ids(run(f"Title\n\n{sentence}")) == [route_id]


@pytest.mark.parametrize(
    ("name", "route_id"),
    [
        ("CEOP", "ceop"),
        ("Crimestoppers", "crimestoppers"),
        ("Action Fraud", "action-fraud"),
        ("the NSPCC", "nspcc-helpline"),
        ("Childline", "childline"),
        ("Missing People", "missing-people"),
        ("the IWF", "iwf"),
        ("the Internet Watch Foundation", "iwf"),
        ("Victim Support", "victim-support"),
        ("Stop It Now", "stop-it-now"),
        ("the Men’s Advice Line", "mens-advice-line"),
        ("Citizens Advice", "citizens-advice-consumer"),
        ("True Vision", "true-vision"),
    ],
)
def test_a_service_named_in_the_text_resolves_by_name(run, name, route_id):
    assert _ids(run(f"Title\n\nPlease contact {name} for help.")) == [route_id]


def test_each_route_is_listed_once_in_order_of_first_mention(run):
    got = run("""
        Title

        Contact Crimestoppers on 0800 555 111 or at crimestoppers-uk.org. If a child is in danger, call 999.
        Crimestoppers never asks your name.
    """)
    assert _ids(got) == ["crimestoppers", "police-emergency-999"]


def test_an_unknown_uk_number_and_website_are_kept_unresolved(run):
    got = run("Title\n\nFor help, call the campaign line on 07700 900461 or visit https://www.example.org.uk/help.")
    assert [(r.route_id, r.phone, r.url) for r in got.reporting_routes] == [
        (None, "07700 900461", None),
        (None, None, "https://www.example.org.uk/help"),
    ]


def test_an_international_form_of_a_uk_number_is_a_phone(run):
    assert _phones(run("Title\n\nRing us on +44 (0)1603 276500 with any information.")) == ["+44 (0)1603 276500"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The collision happened at 4.12pm on Friday.",
        "Officers arrived at 16:30 and again at 06:40.",
        "A 24-year-old man was arrested.",
        "Police received 999 calls and made 101 arrests.",
        "Reports rose to 101 last year.",
        "Please quote reference 36/48213/26 when you call.",
        "Call quoting crime reference 1234 of 5 June.",
        "The payment was made on 12/03/2025.",
        "She lost £48,000 and 2,500 euros in 2024.",
        "The A140 and the M11 were closed for 5 hours.",
        "Incident number 0456 of 12 March relates.",
        "Press 55 when the operator answers.",
        "The force recorded 1,999 offences in 2023-24.",
    ],
)
def test_times_ages_counts_dates_money_and_references_are_never_phones(run, sentence):
    assert run(f"Title\n\n{sentence}").reporting_routes == []


def test_a_media_enquiries_line_is_not_a_reporting_route(run):
    assert run("Title\n\nMedia enquiries: press office, 01603 276500.").reporting_routes == []


def test_routes_inside_quotes_count(run):
    got = run("Title\n\nDI Ann Lee said: 'If you are worried, call Childline on 0800 1111.'")
    assert _ids(got) == ["childline"]


def test_a_resolved_route_carries_the_registry_phone_and_url(run):
    (route,) = run("Title\n\nReport it to Action Fraud.").reporting_routes
    assert (route.name, route.phone, route.url) == (
        "Action Fraud",
        "0300 123 2040",
        "https://www.actionfraud.police.uk",
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "For further information contact the communications team on 01473 260588.",
        "Out of hours, the comms team can be reached on 01473 260588.",
        "Interview requests: 020 8392 4545.",
    ],
)
def test_a_contact_for_journalists_is_not_a_reporting_route(run, sentence):
    assert run(f"Title\n\n{sentence}").reporting_routes == []


@pytest.mark.parametrize("trailer", ["ENDS", "-ENDS-", "**ENDS**", "Notes to editors", "Notes for editors:"])
def test_nothing_after_the_editors_trailer_is_a_reporting_route(run, trailer):
    got = run(f"""
        Title

        If you are in danger, call 999.

        {trailer}

        Out of hours, call the switchboard on 01945 571 000. Crimestoppers is a partner in the campaign.
    """)
    assert _ids(got) == ["police-emergency-999"]


def test_a_short_number_in_markdown_bold_after_call_is_a_phone(run):
    assert _ids(run("Title\n\n- If someone is in danger, call **999**.")) == ["police-emergency-999"]


def test_the_word_ends_inside_a_sentence_is_not_a_trailer(run):
    got = run("Title\n\nThe campaign ENDS on Friday, but you can still call 101.")
    assert _ids(got) == ["police-non-emergency-101"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Text 61016 to report it discreetly.",
        "Text POLICE to 61016 with the details.",
        "If you see anything suspicious, you can text us on 61016.",
    ],
)
def test_a_five_digit_code_after_text_is_a_text_number(run, sentence):
    assert _phones(run(f"Title\n\n{sentence}")) == ["61016"]


@pytest.mark.parametrize(
    "sentence", ["The text was sent to 61016 people.", "About 61016 texts were sent.", "Reference 61016 applies."]
)
def test_a_five_digit_number_without_text_before_it_is_not_a_phone(run, sentence):
    assert _phones(run(f"Title\n\n{sentence}")) == []


def test_an_unknown_address_inside_a_quoted_scam_message_is_not_a_route(run):
    got = run("""
        Council warns of rebate scam

        The messages, which began circulating at the weekend, read: "You are owed a rebate. Claim at
        nndc-rebates-claim.com or call 01632 960000 now."

        Report scam texts by forwarding them to 7726, or visit www.actionfraud.police.uk.
    """)
    assert _ids(got) == ["scam-text-7726", "action-fraud"]


def test_a_known_service_inside_a_quoted_leaflet_is_still_a_route(run):
    got = run("""
        Leaflets go out this week

        The leaflet reads: "If you have information, call Crimestoppers on 0800 555 111."
    """)
    assert _ids(got) == ["crimestoppers"]
