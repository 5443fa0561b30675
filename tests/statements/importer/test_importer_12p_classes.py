"""The classes behind the sixteenth December 2026 holdout's misses (issue 17, 12p): a service booked ("book
assistance"), a line the text disowns for reports after a semicolon, a party described using contacts that asks
someone to use one, "genuine" beside a list of events, business labels (mortgage, bus times), recruiting,
alerts by phone, a heading naming other enquiries; a fraud line label, a helpline that "can help", a short code
in a blockquoted label after the service's name, "999 in an emergency; otherwise 101", a WhatsApp number under a
"TO REPORT" heading; a joint statement's role, "Its TITLE" after a body named as a branch. The texts are
invented."""

from __future__ import annotations

import pytest
from extracted_views import contacts as _contacts


def _text(paragraph: str) -> str:
    return f"Title\n\nOfficers in Marrowby are appealing for witnesses after a series of assaults.\n\n{paragraph}"


def _said(extracted) -> list[tuple[str | None, str | None]]:
    return [(q.speaker, q.role) for q in extracted.quotes]


@pytest.mark.parametrize(
    "sentence",
    [
        "Travellers who need help getting on board can book assistance on 01632 960 610.",
        "Farmers planning a stubble burn must tell the control room beforehand on 01632 960 611; that line takes "
        "notifications only and is not for reporting fires.",
        "One profile used the address scout.trials@gmail.com and another asked parents to ring 07700 900 612.",
        "The only genuine open days are those listed at www.marrowbyunited.co.uk/academy/open-days.",
        "Mortgage enquiries: 01632 960 613.",
        "Account and billing enquiries: 01632 960 614.",
        "We are also recruiting apprentice electricians: www.marrowbypower.co.uk/apprentices",
        "- Flooding is handled elsewhere: to get free flood warnings by phone, text or e-mail, sign up online or call "
        "01632 960 615.",
        "Real-time train times: text the station code to 80 616.",
    ],
)
def test_business_and_disowned_contacts_are_not_routes(run, sentence):
    assert _contacts(run(_text(sentence))) == []


def test_lines_under_an_other_enquiries_heading_are_not_routes_unless_they_offer_reporting(run):
    got = run(_text(
        "GENERAL ENQUIRIES\n"
        "Lost property: 01632 960 620. To report a hate crime on a bus, call the safety line on 01632 960 621."
    ))  # fmt: skip
    assert _contacts(got) == ["01632 960 621"]


@pytest.mark.parametrize(
    ("sentence", "contact"),
    [
        ("If you need help after an assault on a train, call 01632 960 630.", "01632 960 630"),
        ("Report it: 01632 960 631.", "01632 960 631"),
        ("Report suspicious activity on the line to the rail police on 01632 960 632.", "01632 960 632"),
        ("If you are not sure a caller is genuine, ring the fraud team on 01632 960 633.", "01632 960 633"),
        ("Marrowby Savings Bank's 24-hour fraud line: 01632 960 634.", "01632 960 634"),
        ("If you think a friend is being pressured by a partner, the Marrowby Advice Line can help: **01632 960 635**.",
         "01632 960 635"),
    ],
)  # fmt: skip
def test_contacts_for_reporting_or_help_stay_routes(run, sentence, contact):
    assert contact in _contacts(run(_text(sentence)))


def test_short_codes_in_labels_after_a_service_name_and_in_an_emergency(run):
    got = run(_text(
        "**Police:** 999 in an emergency; otherwise 101\n\n"
        "> - To report a crime that has already happened: Marrowby Police, **101**\n"
    ))  # fmt: skip
    assert {"999", "101"} <= set(_contacts(got))


def test_a_whatsapp_number_under_a_to_report_heading_is_a_route(run):
    got = run(
        _text("TO REPORT\n- Anti-social behaviour on a Marrowby tram: WhatsApp 07700 900 640 (monitored daily)\n")
    )
    assert _contacts(got) == ["07700 900 640"]


def test_a_whatsapp_number_with_no_heading_or_offer_stays_out(run):
    got = run(_text("The gang's members kept in touch on WhatsApp 07700 900 641 before the raid."))
    assert _contacts(got) == []


def test_a_joint_statement_is_spoken_by_the_bodies_together(run):
    # (since the 13b fix round: speaker the bodies, role "joint statement"; until then no speaker, the bodies in
    # the role)
    got = run(_text('In a joint statement, Marrowby Police and Marrowby Council said: "We will not tolerate this."'))
    assert _said(got) == [("Marrowby Police and Marrowby Council", "joint statement")]


def test_its_title_after_a_body_named_as_a_branch(run):
    got = run(_text(
        "The dogs are being looked after by the Marrowby and District Animal Welfare Branch, which runs the town's kennels. Its "
        "manager, Ruth Alder, said: 'We have no room left.'"
    ))  # fmt: skip
    assert _said(got) == [("Ruth Alder", "manager, Marrowby and District Animal Welfare Branch")]
