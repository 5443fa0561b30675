"""Roles the fourth December 2026 holdout found cut (issue 17): an apposition after a name in Markdown bold
("**Councillor X**, the council's cabinet member for transport,"), a plural possessive before the job ("Ridgeway
Buses' operations director, Kwame Asante" — the firm is not the speaker), and "According to the service's water
safety lead, Martin Ogunleye, owners should …" (the description before the name is the role, the rest of the
sentence is not, and the pronoun quote after it is hers or his). Negatives keep the rules from over-firing."""

from __future__ import annotations

import pytest
from extracted_views import who as _who


def test_an_apposition_after_a_bold_name_is_the_role(run):
    got = run("""
        Cycle stands

        **Councillor Amira Lowe**, the council's cabinet member for environment, said new stands were going in.

        > “Parking is part of the answer,” she said.
    """)
    assert _who(got) == [("Amira Lowe", "Councillor, cabinet member for environment")]


def test_a_plural_possessive_before_a_job_is_the_organisation_not_the_speaker(run):
    got = run("""
        Driver assaults

        “Our drivers deserve better,” said Harbour Coaches' managing director, Priya Menon. “Enough.”

        Priya Menon added: “We have put support in place.”
    """)
    assert _who(got) == [
        ("Priya Menon", "Harbour Coaches' managing director"),
        ("Priya Menon", "Harbour Coaches' managing director"),
    ]


def test_a_quote_closed_by_a_name_ending_in_s_is_not_a_possessive(run):
    got = run("""
        Appeal

        “We need your help,” said Inspector Tom Rhodes. “Please call 101.”
    """)
    assert _who(got) == [("Tom Rhodes", "Inspector")]


def test_according_to_a_described_person_named_after_a_comma_gives_the_role_and_the_next_pronoun_quote(run):
    got = run("""
        River warning

        "Keep dogs on leads near the weir," said Station Manager Paul Greaves.

        According to the service's water safety lead, Dan Ibekwe, owners should call for help rather than go in.

        "Stay on the bank and call 999," he said.
    """)
    assert _who(got)[1] == ("Dan Ibekwe", "water safety lead")


def test_a_sentence_after_a_name_is_still_its_apposition_when_nothing_describes_it_before(run):
    got = run("""
        Launch

        Jo Marsh, head of prevention at Eastmere Fire and Rescue Service, said: "Test your alarms."
    """)
    assert _who(got) == [("Jo Marsh", "head of prevention at Eastmere Fire and Rescue Service")]


def test_a_firm_named_after_a_spokespersons_organisation_noun_is_not_the_speaker(run):
    got = run("""
        Tractor thefts

        A spokesperson for the alarm company, Gatewatch Systems, said: "Our unit raised the alert in minutes."
    """)
    assert _who(got) == [(None, "spokesperson for the alarm company, Gatewatch Systems")]


def test_a_person_named_after_a_spokespersons_organisation_noun_is_the_speaker(run):
    got = run("""
        Tractor thefts

        A spokesperson for the company, Jane Hollis, said: "We are helping officers with their inquiries."
    """)
    assert _who(got)[0][0] == "Jane Hollis"


def test_a_job_before_an_academic_title_is_the_role(run):
    got = run("""
        Study launched

        Project lead Professor Nadia Kerr, of the university's School of Law, said: "We want to hear from you."

        Research manager Dr Tom Hale said: "We will publish the findings in May."
    """)
    assert _who(got) == [("Nadia Kerr", "Project lead, School of Law"), ("Tom Hale", "Research manager")]


def test_an_academic_title_alone_still_gives_no_job(run):
    got = run("""
        Study launched

        Dr Tom Hale, who leads the study, said: "We will publish the findings in May."
    """)
    assert _who(got)[0][0] == "Tom Hale"


@pytest.mark.parametrize(
    "organisation",
    ["the Fernley branch of the Royal British Legion", "the Hallam Legion", "the Fernley Rugby Union"],
)
def test_an_organisation_before_an_appositive_name_is_not_the_speaker(run, organisation):
    got = run(f"Title\n\nThe chair of {organisation}, Edith Marlow, said members were upset. 'It hurts,' she said.")
    assert [(q.speaker, q.role) for q in got.quotes] == [("Edith Marlow", f"chair of {organisation}")]
