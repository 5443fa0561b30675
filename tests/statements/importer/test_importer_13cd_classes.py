"""The route classes behind the 13c and 13d holdouts' misses (issue 17): a complaint about the organisation's own
service however it is worded, the reader backing a campaign or appeal, a Q&A's question as the purpose of the
contacts in its answer, a report whose object describes a party ("Report a caller claiming to be …: …"), and a
registry short code after a named service and "on" whatever word follows it. The texts are invented."""

from __future__ import annotations

import pytest
from extracted_views import contacts as _contacts


def _text(paragraph: str) -> str:
    return f"Title\n\nA man was arrested after a series of thefts from cars in Oldbury on Tuesday.\n\n{paragraph}\n"


@pytest.mark.parametrize(
    "paragraph",
    [
        "To complain about the service you have received from the force, visit www.oldbury.police.uk/feedback.",
        "Patients who want to complain about their treatment can call the patient experience team on 01632 960 201.",
        "Anyone dissatisfied with the council's handling of their case can e-mail feedback.team@oldbury.gov.uk.",
        "If you are unhappy with your own care on the ward, contact the patient team on 01632 960 202.",
    ],
)
def test_a_complaint_about_the_organisations_own_service_is_not_a_route(run, paragraph):
    assert _contacts(run(_text(paragraph))) == []


@pytest.mark.parametrize(
    ("paragraph", "contact"),
    [
        ("Anyone who wants to complain about noisy neighbours can call the council on 01632 960 203.", "01632 960 203"),
        (
            "Anyone who wants to complain about the behaviour of an officer can call professional standards on "
            "01632 960 204.",
            "01632 960 204",
        ),
    ],
)
def test_a_complaint_about_a_harm_stays_a_route(run, paragraph, contact):
    assert contact in _contacts(run(_text(paragraph)))


@pytest.mark.parametrize(
    "paragraph",
    [
        "## Get involved\n\n- Sign our open letter to the council at www.safeoldburyroads.org.uk",
        "Residents who want to back the family's campaign for a crossing can visit www.crossingforjay.co.uk.",
        "**How can we help fund a defibrillator?**\nThe residents' association's appeal page is at "
        "www.oldburyresidents.org.uk/appeal.",
    ],
)
def test_the_reader_backing_a_campaign_or_appeal_is_not_a_route(run, paragraph):
    assert _contacts(run(_text(paragraph))) == []


def test_a_campaign_backed_by_reporting_stays_a_route(run):
    paragraph = (
        "Support the Safe Streets campaign by reporting anyone carrying a knife to the hotline on 01632 960 205."
    )
    assert "01632 960 205" in _contacts(run(_text(paragraph)))


def test_a_qa_question_naming_business_beats_the_words_of_help_in_its_answer(run):
    paragraph = (
        "**I would like to raise money for the victims. Who do I contact?**\n"
        "Please contact the Oldbury Help and Advice Centre on 01632 960 206."
    )
    assert _contacts(run(_text(paragraph))) == []


def test_a_qa_question_stating_a_concern_in_bold_is_evidence_for_its_answer(run):
    paragraph = "**I'm worried about a coach who works with children.**\nContact the designated officer at dofficer@oldbury.gov.uk."
    assert _contacts(run(_text(paragraph))) == ["dofficer@oldbury.gov.uk"]


def test_a_qa_answer_under_a_question_about_reporting_stays_a_route(run):
    paragraph = "**Where can I report a theft from my car?**\nCall the Oldbury neighbourhood team on 01632 960 207."
    assert _contacts(run(_text(paragraph))) == ["01632 960 207"]


def test_the_asker_offering_help_is_no_evidence(run):
    paragraph = "**Can our club help?**\nYes. Clubs that can lend a minibus should e-mail transport@oldburyfc.org.uk."
    assert _contacts(run(_text(paragraph))) == []


@pytest.mark.parametrize(
    ("paragraph", "contact"),
    [
        ("Report a caller claiming to be from Oldbury Water: 01632 960 208 (24 hours)", "01632 960 208"),
        (
            "To report a man posing as a meter reader, call Oldbury Water's doorstep security line on 01632 960 209.",
            "01632 960 209",
        ),
    ],
)
def test_a_report_whose_object_describes_a_party_is_a_route(run, paragraph, contact):
    assert contact in _contacts(run(_text(paragraph)))


@pytest.mark.parametrize(
    "paragraph",
    [
        "Householders received a card claiming to be from Oldbury Water with a number, 01632 960 210.",
        "The callers were using a number claiming to be the water board's, 01632 960 211.",
    ],
)
def test_a_party_described_with_its_contact_is_still_not_a_route(run, paragraph):
    assert _contacts(run(_text(paragraph))) == []


def test_a_registry_short_code_after_a_named_service_and_on_is_a_route(run):
    paragraph = "If your child has a rash and a fever, phone your GP or NHS 24 on 111 before going in."
    assert "111" in _contacts(run(_text(paragraph)))


def test_a_count_after_to_is_still_not_a_short_code(run):
    paragraph = "Calls about thefts from cars rose to 101 last year, the force said."
    assert _contacts(run(_text(paragraph))) == []
