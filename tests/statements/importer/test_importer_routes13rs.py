"""The route classes behind the misses of the 13r/13s working sets and the false routes left in 13l/13m: who a
complaint is about decides (the organisation giving the contact is business, someone else's wrongdoing reported to a
regulator is a route), a page of advice, information or details under a label or in prose is no route, and helping
with no object ("to help, call …") serves the clause before it. The texts are invented."""

from __future__ import annotations

import pytest
from extracted_views import contacts as _contacts


def _text(paragraph: str) -> str:
    return f"Title\n\nA man has been jailed after a fraud at a Dunstable Vale community centre.\n\n{paragraph}"


# Who a complaint is about


@pytest.mark.parametrize(
    "sentence",
    [
        "Complaints about the practice can be made through the ICB's complaints team at complaints.ashfold@nhs.net.",
        "Complaints about the surgery should be sent to complaints@brookendsurgery.nhs.uk.",
        "If you are unhappy with us, the board's complaints office can be reached at complaints@kelvale.org.uk.",
        "Any complaint can go to our complaints manager on 0117 496 0871.",
    ],
)
def test_a_complaint_about_the_organisation_giving_the_contact_is_not_a_route(run, sentence):
    got = run(_text("Anyone worried about fraud should call Action Fraud on 0300 123 2040.\n\n" + sentence))
    assert _contacts(got) == ["0300 123 2040"]


@pytest.mark.parametrize(
    ("sentence", "contact"),
    [
        (
            "Concerns about how a charity is being run can be reported to the Charity Commission at "
            "www.gov.uk/complain-about-charity.",
            "www.gov.uk/complain-about-charity",
        ),
        (
            "Complaints about the care home can be reported to the Dunstable Vale safeguarding team on 0117 496 0872.",
            "0117 496 0872",
        ),
        # a complaint about a harm stays a report, whoever hears it
        ("To complain about noise from the site, call the council on 0117 496 0873.", "0117 496 0873"),
    ],
)
def test_a_complaint_about_someone_elses_wrongdoing_to_a_regulator_or_body_is_a_route(run, sentence, contact):
    assert contact in _contacts(run(_text(sentence)))


def test_a_page_printed_twice_in_a_markdown_link_is_one_route(run):
    got = run(
        _text(
            "- Concerns about a charity can be reported to the **Charity Commission** at "
            "[gov.uk/complain-about-charity](https://www.gov.uk/complain-about-charity)."
        )
    )
    assert len(got.reporting_routes) == 1


def test_a_guidance_page_of_gov_uk_that_names_no_reporting_or_complaint_is_still_no_route(run):
    got = run(_text("Concerns about a charity can be reported; guidance is at www.gov.uk/guidance/charity-accounts."))
    assert _contacts(got) == []


# Advice, information and details pages


@pytest.mark.parametrize(
    "line",
    [
        "- General advice on fumes from chemical fires: www.kelvalefire.gov.uk/fumes",
        "- Advice on fitting a carbon monoxide alarm: www.kelvalefire.gov.uk/coalarms",
        "Diversion details: www.kelvale.gov.uk/bridgeworks",
        "* Information about the works: www.kelvale.gov.uk/bridge",
        "Advice on water safety for families is also at www.kelvale.gov.uk/watersafety.",
    ],
)
def test_a_page_of_advice_information_or_details_is_not_a_route(run, line):
    got = run(_text("If you see a fire, call 999.\n\n" + line))
    assert _contacts(got) == ["999"]
    assert any("advice page" in note for note in got.notes)


@pytest.mark.parametrize(
    "line",
    [
        "- Advice if you are worried about fumes: www.kelvalefire.gov.uk/worried",
        "- Report a blocked footpath: www.kelvale.gov.uk/reportpath",
        "- Support and advice for victims: www.kelvalevictims.org.uk",
    ],
)
def test_a_labelled_page_offered_for_help_or_reports_stays_a_route(run, line):
    got = run(_text("If you see a fire, call 999.\n\n" + line))
    assert len(_contacts(got)) == 2


# Helping with no object serves the clause before


def test_to_help_with_no_object_serves_the_volunteering_before_it(run):
    got = run(
        _text(
            "Volunteer marshals are still needed for the safety team on the night; to help, call the parish office "
            "on 0117 496 0874."
        )
    )
    assert _contacts(got) == []
    assert any("volunteering" in note for note in got.notes)


def test_to_help_after_a_clause_of_reporting_stays_a_route(run):
    got = run(_text("Officers need to trace anyone who saw the van; to help, call the incident room on 0117 496 0875."))
    assert _contacts(got) == ["0117 496 0875"]


# A report offered after another purpose in a labelled line


def test_a_report_offered_after_another_purpose_takes_the_impostor_as_its_object(run):
    got = run(
        _text(
            "* Caller check line (24 hours), to confirm a caller's ID or report a visitor claiming to be from "
            "Kelvale Gas: 0117 496 0876"
        )
    )
    assert _contacts(got) == ["0117 496 0876"]


def test_a_number_the_impostor_gives_is_still_described_not_offered(run):
    got = run(_text("The visitor, claiming to be from Kelvale Gas, gave a number: 0117 496 0877."))
    assert _contacts(got) == []


# Entering a competition or race, and where roads are closed


@pytest.mark.parametrize(
    "line",
    [
        "Send us your entries for the photo competition at photos@kelvalefair.org.uk.",
        "- Entries and number collection: entries@kelvale10k.org.uk",
        "- Road closures and diversions: www.kelvale.gov.uk/10kroads",
    ],
)
def test_entries_to_a_competition_or_race_and_road_closures_are_not_routes(run, line):
    got = run(_text("If you see anyone in difficulty on the course, call 999.\n\n" + line))
    assert _contacts(got) == ["999"]


@pytest.mark.parametrize(
    "line",
    [
        "- Report a road closure sign that has been moved: www.kelvale.gov.uk/reportsign",
        "If you were hurt at the race and want to speak to someone, the race welfare line is 0117 496 0878.",
    ],
)
def test_a_report_or_help_at_a_race_stays_a_route(run, line):
    got = run(_text("If you see anyone in difficulty on the course, call 999.\n\n" + line))
    assert len(_contacts(got)) == 2
