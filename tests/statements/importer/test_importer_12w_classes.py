"""The classes behind the twenty-third December 2026 holdout's misses (12w): links under "Other information" to
join a group, become a special constable, read a report or apply for a licence; a form to download and keep
ready for officers; support a company gives its own staff; a welfare officer's mobile offered to be reached on;
"its" after a body named then called a scheme; and a welfare officer described, not named. The texts are
invented."""

from __future__ import annotations

import pytest
from extracted_views import contacts as _contacts
from extracted_views import who as _who


def _text(paragraph: str) -> str:
    return f"Title\n\nServices in Ormsby are giving advice after a busy week.\n\n{paragraph}"


@pytest.mark.parametrize(
    "line",
    [
        "Join Ormsby Farmwatch: www.ormsbyfarmwatch.org.uk",
        "Become a rural special constable: www.ormsbyconstabulary.org.uk/specials",
        "Premises and event licence applications: licensing@ormsby.gov.uk",
        "- [Read the full safeguarding report](https://www.ormsby.gov.uk/festivalreview)",
    ],
)
def test_joining_recruitment_applications_reports_and_forms_kept_are_not_routes(run, line):
    assert _contacts(run(_text(f"Other information\n{line}"))) == []


def test_a_form_to_keep_ready_for_officers_is_not_a_route_on_the_force_site(run):
    text = _text(
        "Anyone who sees Mr Hale should call Ormsby Police on 101 or report online at www.ormsby.police.uk/report.\n\n"
        "**The Herbert Protocol:** download the form, fill in details of the person, and keep it at home, ready to "
        "hand to officers: www.ormsby.police.uk/herbert."
    )
    assert "www.ormsby.police.uk/herbert" not in _contacts(run(text))


def test_a_form_to_report_a_sighting_on_the_force_site_is_still_a_route(run):
    text = _text(
        "Anyone who sees Mr Hale should call Ormsby Police on 101 or report online at www.ormsby.police.uk/report.\n\n"
        "If you see him, fill in the sighting form to report it: www.ormsby.police.uk/sighting."
    )
    assert "www.ormsby.police.uk/sighting" in _contacts(run(text))


@pytest.mark.parametrize(
    ("line", "contact"),
    [
        ("Join us in reporting fly-tipping: www.ormsby.gov.uk/flytipping", "www.ormsby.gov.uk/flytipping"),
        ("If you have become a victim of fraud and need help, call 0161 496 0873.", "0161 496 0873"),
        ("Report a breach of a premises licence: licensing@ormsby.gov.uk", "licensing@ormsby.gov.uk"),
        ("Report it online at https://www.ormsby.gov.uk/report", "https://www.ormsby.gov.uk/report"),
    ],
)
def test_reporting_beside_those_words_is_still_a_route(run, line, contact):
    assert _contacts(run(_text(line))) == [contact]


def test_a_company_line_for_its_own_staff_is_support_not_customer_service(run):
    text = _text(
        "Ormsby Buses staff who have been assaulted at work can get confidential support through the company's "
        "employee assistance line, 0161 496 0874."
    )
    assert _contacts(run(text)) == ["0161 496 0874"]


def test_a_company_support_line_for_its_customers_is_still_customer_service(run):
    assert _contacts(run(_text("Customers can call the company's support line on 0161 496 0875."))) == []


def test_a_mobile_someone_can_be_reached_on_is_offered(run):
    text = _text(
        "If you're worried that someone living aboard is at risk, the marina's welfare officer can be reached "
        "24 hours a day on 07700 900461."
    )
    assert _contacts(run(text)) == ["07700 900461"]


def test_a_mobile_described_is_still_no_route(run):
    assert _contacts(run(_text("A man calling himself Dave rang her from 07700 900462."))) == []


def test_its_after_a_body_named_then_called_a_scheme(run):
    text = _text(
        "The Ormsby Farmwatch scheme welcomed the figures. Its chair, Ann Lowe, said: 'Farmers have waited for this.'"
    )
    assert _who(run(text)) == [("Ann Lowe", "chair, Ormsby Farmwatch scheme")]


def test_its_after_a_person_named_then_a_noun_is_not_a_body(run):
    text = _text("Sarah Lowe campaign workers welcomed the figures. Its chair, Ann Lowe, said: 'We waited.'")
    assert _who(run(text))[0][1] != "chair, Sarah Lowe"


def test_a_welfare_officer_described_is_the_one_she_means(run):
    text = _text(
        "Councillor Priya Mandal, the council's leader, said owners would pay.\n\nA horse welfare officer from the "
        "charity Hoofcare North described the ponies as thin. She said: 'Two of them had never been handled.'"
    )
    assert _who(run(text)) == [(None, "horse welfare officer from the charity Hoofcare North")]


def test_a_named_liaison_officer_is_still_named(run):
    text = _text(
        "Councillor Priya Mandal, the council's leader, said owners would pay.\n\nThe welfare officer, Jo Hale, "
        "described the ponies as thin. She said: 'Two of them had never been handled.'"
    )
    assert _who(run(text))[0][0] == "Jo Hale"
