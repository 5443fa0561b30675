"""What a contact is offered for (issue 17, the fourth December 2026 holdout's false routes): a contact is a
reporting route only when the text offers it for reporting, giving information, or getting help about the
matter. A contact offered for other business (donating, rehoming, joining, licensing, pitches, research,
customer service, a site where something will be published) is left out and named in the import report; a
contact the text warns the reader off, or disowns in the next sentence, is left out too. Negatives keep the
routes these rules must not touch: a word of reporting or help in the same sentence wins."""

from __future__ import annotations

import pytest
from extracted_views import contacts as _contacts


@pytest.mark.parametrize(
    "sentence, business",
    [
        ("Gifts to the hospice appeal can be made at www.oakleyhospice.org.uk/give or on 01632 960 201.", "donations"),
        (
            "Anyone who would like to sponsor a guide dog puppy can ring the fundraising desk on 0113 496 0202.",
            "donations",
        ),
        (
            "People hoping to adopt one of the rescued cats can register interest at www.meadowcats.org.uk/adopt.",
            "adoption",
        ),
        ("Shops that want to join the scheme can contact the partnership team on 0121 496 0203.", "membership"),
        (
            "Questions about shotgun certificate renewals should go to the licensing office on 01632 960 204.",
            "licensing",
        ),
        ("Stallholders wanting a pitch at the winter fair should contact the events team on 029 2018 0205.", "buying"),
        ("Residents can take part in the survey at www.harbourvale.ac.uk/nightsafe until March.", "research"),
        ("Passengers with timetable questions should call Coastlink customer services on 0117 496 0206.", "customer"),
        (
            "Owners with faults on their alarm units should call the maker's technical team on 0113 496 0207.",
            "customer",
        ),
        (
            "The review's findings will be published on the council's website, www.brackenfold.gov.uk, in May.",
            "publication",
        ),
    ],
)
def test_a_contact_offered_for_other_business_is_not_a_route(run, sentence, business):
    got = run(f"Winter news from the county\n\n{sentence} Anyone who sees anything suspicious should call 101.")
    assert _contacts(got) == ["101"]
    assert any(business in note and "not a reporting route" in note for note in got.notes)


def test_the_import_report_names_the_business_a_contact_was_left_out_for(run):
    got = run("""
        Charity thanks dog handlers

        Donations can be made by calling the trust on 01632 960 211.
    """)
    assert got.reporting_routes == []
    assert got.notes == ["number a contact for donations, not a reporting route left out: 01632 960 211"]


@pytest.mark.parametrize(
    "sentence, contact",
    [
        # a word of reporting or help in the same sentence makes it a route, whatever else the sentence names
        (
            "Anyone who saw the fight near the football pitch should call the incident room on 0161 496 0221.",
            "0161 496 0221",
        ),
        ("Donors who are worried they gave to the bogus collectors can get advice on 0808 157 0222.", "0808 157 0222"),
        (
            "Customers who have had a suspicious call can report it to the bank's fraud team on 0113 496 0223.",
            "0113 496 0223",
        ),
        (
            "Members of the public with information about the stolen charity tins can call 01632 960 224.",
            "01632 960 224",
        ),
        # "licensed premises" is not licensing business; the line goes on from a sentence about reporting
        (
            "Report drink-driving on 101. A campaign line for licensed premises staff, 01632 960 225, is open every night.",
            "01632 960 225",
        ),
    ],
)
def test_a_contact_offered_for_reporting_or_help_stays_a_route(run, sentence, contact):
    got = run(f"Appeal\n\n{sentence}")
    assert contact in _contacts(got)


def test_a_title_is_not_an_act_of_reporting_but_an_offer_of_help_passes_the_rules(run, rules_only):
    got = run("Appeal\n\nHelp and guidance is published at www.fernleigh.gov.uk/floods for anyone affected.")
    assert _contacts(got) == ["www.fernleigh.gov.uk/floods"]


def test_a_guidance_page_that_names_no_reporting_act_is_left_to_the_veto(run):
    # general advice pages are not routes (the brief); the model is not sure enough of this one (route_model)
    got = run("Appeal\n\nHelp and guidance is published at www.fernleigh.gov.uk/floods for anyone affected.")
    assert _contacts(got) == []


def test_a_report_named_as_a_title_does_not_make_a_publication_site_a_route(run):
    got = run("""
        Inquest concludes

        The Prevention of Future Deaths report will be published on the judiciary website, www.courtsnotices.uk.
    """)
    assert got.reporting_routes == []
    assert any("publication" in note for note in got.notes)


def test_a_number_the_text_warns_the_reader_off_is_not_a_route(run):
    got = run("""
        Wanted man arrested

        Please do not call 07700 900 231, which has been shared online as a tip line. Call 101 instead.
    """)
    assert _contacts(got) == ["101"]
    assert any("warns against" in note for note in got.notes)


def test_a_number_disowned_by_it_in_the_next_sentence_is_not_a_route(run):
    got = run("""
        Appeal update

        A number, 0161 496 0232, has been passed around on social media as a hotline. It is not connected to the
        force in any way. Information should go to police on 101.
    """)
    assert _contacts(got) == ["101"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Never ignore a call from us: ring the incident room on 0161 496 0233 if you have information.",
        "If you do not want to call police, contact the helpline on 0808 157 0234 instead.",
    ],
)
def test_a_negative_earlier_in_the_sentence_does_not_warn_off_a_route(run, sentence):
    got = run(f"Appeal\n\n{sentence}")
    assert len(got.reporting_routes) == 1
