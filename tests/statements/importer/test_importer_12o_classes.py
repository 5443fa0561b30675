"""The classes behind the fifteenth December 2026 holdout's misses (issue 17, 12o): a contact offered to
organisations for their own business (a template asked for, a grant applied for, a scheme joined, a talk asked
for by "one"), a label naming business ("Fixtures enquiries:"), a document to read, a trade body's membership
look-up; a short code under a label naming what to tell, a line labelled by its service and a dash, a label's
second contact after "or", the 105 power cut line; a role from "who leads the X for ORG" and "Its TITLE, NAME,"
after "According to ORG,". The texts are invented."""

from __future__ import annotations

import pytest
from extracted_views import contacts as _contacts


def _text(paragraph: str) -> str:
    return (
        f"Title\n\nOfficers in Tolworth are warning parents after a rise in reports of online grooming.\n\n{paragraph}"
    )


def _said(extracted) -> list[tuple[str | None, str | None]]:
    return [(q.speaker, q.role) for q in extracted.quotes]


@pytest.mark.parametrize(
    "sentence",
    [
        "Nurseries wanting the county's new safeguarding induction toolkit should e-mail earlyyears@tolworth.gov.uk.",
        "Youth groups applying for the community safety fund grant should e-mail cs.fund@tolworth.gov.uk.",
        "Shops not yet in the scheme can join Tolworth Retail Watch by e-mailing hello@tolworthretail.org.uk.",
        "Season tickets and bookings enquiries: 01632 960 520.",
        "Taxi rank rotas and late-night event licences: 01632 960 521 (Tolworth Council).",
        "The full dispersal order and map are at www.tolworth.gov.uk/dispersal-order.",
        "The team gives free online safety talks to parent groups; request one through talks.team@tolworth.gov.uk.",
        "Check whether a removal company is a member of the trade association at www.tolworthremovers.org.uk.",
    ],
)
def test_business_offered_to_organisations_and_documents_are_not_routes(run, sentence):
    assert _contacts(run(_text(sentence))) == []


@pytest.mark.parametrize(
    ("sentence", "contact"),
    [
        ("Schools worried about a pupil should call the safeguarding team on 01632 960 530.", "01632 960 530"),
        ("Anyone who saw the incident should e-mail witness@tolworth.police.uk.", "witness@tolworth.police.uk"),
        ("Parents with concerns about a club can e-mail concerns@tolworthfa.org.uk.", "concerns@tolworthfa.org.uk"),
    ],
)
def test_a_contact_for_reporting_or_help_stays_a_route(run, sentence, contact):
    assert contact in _contacts(run(_text(sentence)))


def test_labels_naming_what_to_tell_offer_a_short_code_and_the_labels_second_contact(run):
    got = run(_text(
        "HOW TO REPORT\n\n"
        "* Sheep being worried now: call 999.\n"
        "* Past sightings or vehicle details: 101 or www.tolworth.police.uk/rural\n"
        "* Drivers who are aggressive or intimidating: 999."
    ))  # fmt: skip
    assert "101" in _contacts(got)
    assert "www.tolworth.police.uk/rural" in _contacts(got)


def test_a_line_labelled_by_its_service_and_a_dash_is_offered_for_what_it_names(run):
    got = run(_text(
        "**Where to get help**\n\n"
        "- **Tolworth Council adult safeguarding** — 01632 960 540 or adults@tolworth.gov.uk, for concerns that "
        "an older person is being abused.\n"
        "- **Tolworth Police** — 101 for information about this case."
    ))  # fmt: skip
    assert {"01632 960 540", "101"} <= set(_contacts(got))


def test_a_licensing_team_for_suspected_offences_is_a_route(run):
    got = run(_text("Suspected unlicensed traders: the council's licensing team on 01632 960 550."))
    assert _contacts(got) == ["01632 960 550"]


def test_the_power_cut_line_is_a_registry_route(run):
    got = run(_text("Useful numbers\n\nLife at risk: 999\nPower cuts: 105"))
    assert "105" in _contacts(got)


def test_a_count_labelled_like_a_contact_is_still_not_one(run):
    assert "105" not in _contacts(run(_text("Power cuts recorded: 105")))


def test_who_leads_the_work_for_an_organisation_names_the_organisation(run):
    got = run("""
        Shop theft crackdown

        "It is not victimless," said Sergeant Dara Quinn, who leads the operation for Tolworth Police.
    """)
    assert _said(got) == [("Dara Quinn", "Sergeant, Tolworth Police")]


def test_its_job_after_according_to_a_body_names_the_body(run):
    got = run("""
        Hate crime support

        According to Tolworth Disability Forum, the charity's advocates helped 40 people last year.

        Its chief executive, Remi Adeyemi, said: "Nobody should have to put up with it."
    """)
    assert _said(got) == [("Remi Adeyemi", "chief executive, Tolworth Disability Forum")]
