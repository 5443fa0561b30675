"""The classes behind the seventeenth December 2026 holdout's misses (issue 17, 12q): a page or mailbox named for
fines, training or permits, a post applied for ("Apply to be a …"), alerts joined, checking a database, a trusted
trader directory, comments or complaints about "your own" care, a council's training booked, a Project as a unit,
a family statement before a later speaker is named, "she said" after a reported subject whose first name is
given to either gender. The texts are invented."""

from __future__ import annotations

import pytest
from extracted_views import contacts as _contacts


def _text(paragraph: str) -> str:
    return f"Title\n\nOfficers in Wendlow are appealing for witnesses after a series of thefts.\n\n{paragraph}"


@pytest.mark.parametrize(
    "sentence",
    [
        "Pay or challenge a parking fine: www.wendlow.gov.uk/pcn",
        "Residents' parking permits: permits@wendlow.gov.uk",
        "Apply to be a community warden: 01632 960 701",
        "Join Wendlow Horse Watch alerts: www.wendlowhorsewatch.org.uk",
        "- Check a pet insurance database record: www.petcoverlookup.co.uk",
        "**Finding a builder:** Wendlow Council's Trusted Trader directory lists vetted local firms at "
        "www.wendlow.gov.uk/approvedtraders.",
        "Comments or complaints about your own treatment: Patient Advice and Liaison Service, 01632 960 702 or "
        "advice@wendlowhospitals.nhs.uk",
        "Door staff can book the council's free first-aid training at www.wendlow.gov.uk/doorstaff.",
        "Cab drivers must complete the course: www.wendlow.gov.uk/drivers/training",
    ],
)
def test_business_look_ups_and_complaints_about_care_are_not_routes(run, sentence):
    assert _contacts(run(_text(sentence))) == []


@pytest.mark.parametrize(
    ("sentence", "route"),
    [
        ("To report illegal parking outside a school, call 01632 960 710.", "01632 960 710"),
        ("If you see a dog being stolen, report it at www.wendlow.police.uk/report", "www.wendlow.police.uk/report"),
        ("Anyone with information about the thefts should e-mail thefts@wendlow.police.uk", "thefts@wendlow.police.uk"),
        ("If you are worried about a child, the council's safeguarding team can help: 01632 960 711.",
         "01632 960 711"),
    ],
)  # fmt: skip
def test_reporting_routes_beside_them_are_kept(run, sentence, route):
    assert route in _contacts(run(_text(sentence)))


def _said(extracted) -> list[tuple[str | None, str | None]]:
    return [(q.speaker, q.role) for q in extracted.quotes]


def test_a_project_after_of_is_in_the_role(run):
    got = run(_text('Mentor Dana Pryce, of the Wendlow Young Carers Project, said: "They need a night off."'))
    assert _said(got) == [("Dana Pryce", "Mentor, Wendlow Young Carers Project")]


def test_a_place_after_of_is_still_no_role(run):
    got = run(_text('Shopkeeper Dana Pryce, of Wendlow, said: "They need a night off."'))
    assert _said(got) == [("Dana Pryce", "Shopkeeper")]


def test_a_family_statement_is_the_family_of_the_person_who_died_not_of_an_officer_named_after_it(run):
    got = run(_text(
        "The appeal comes a year after 19-year-old Tobi Ankrah was stabbed to death in Wendlow.\n\n"
        'In a statement, the family said: "Tobi lit up every room."\n\n'
        'Inspector Helen Marsh, who leads the appeal, said: "Please come forward."'
    ))  # fmt: skip
    assert _said(got)[0] == ("The family of Tobi Ankrah", "family statement")
    assert _said(got)[1][0] == "Helen Marsh"


def test_a_family_statement_before_anyone_is_named_names_no_one_named_later(run):
    got = run(_text(
        'In a statement, the family said: "We are heartbroken."\n\n'
        'Inspector Helen Marsh said: "Please come forward."'
    ))  # fmt: skip
    assert _said(got)[0] == ("The family", "family statement")


def test_she_after_a_reported_subject_with_a_name_given_to_either_gender_is_that_subject(run):
    got = run(_text(
        'Detective Inspector Laura Finch said: "We will listen."\n\n'
        "Sam Rees, director of Wendlow Refuge, said calls had risen every winter.\n\n"
        '"Most callers have waited months," she said.'
    ))  # fmt: skip
    assert [s for s, _ in _said(got)] == ["Laura Finch", "Sam Rees"]


def test_she_after_a_reported_subject_with_a_mans_name_stays_with_the_woman(run):
    got = run(_text(
        'Detective Inspector Laura Finch said: "We will listen."\n\n'
        "Samuel Rees, director of Wendlow Refuge, said calls had risen every winter.\n\n"
        '"Most callers have waited months," she said.'
    ))  # fmt: skip
    assert [s for s, _ in _said(got)] == ["Laura Finch", "Laura Finch"]
