"""Where a speaker works, as their role gives it (issue 17, the eighth December 2026 holdout's cut roles): "of
X's area" names a part of an organisation; "who leads X's unit" names a named organisation's unit (a generic
"the force's team" or "the investigation" still gives the rank alone); "Its chair, …" after a sentence that names
a body by what it is (a Foundation, a Trust) gives "chair, BODY"; a described speaker whose noun is not a common
one ("A gamekeeper …, who …, said") is who "he said" means. The texts are invented."""

from __future__ import annotations

import pytest


def _roles(extracted) -> list[tuple[str | None, str | None]]:
    return [(q.speaker, q.role) for q in extracted.quotes]


def test_of_an_organisations_area_is_part_of_the_role(run):
    got = run('Title\n\nInspector Leah Moss, of BTP\'s Northern area, said: "We want every report."\n')
    assert _roles(got) == [("Leah Moss", "Inspector, BTP's Northern area")]


def test_of_a_place_is_still_not_a_role(run):
    got = run('Title\n\nKaren Moss, of Dereham, said: "We want the road fixed."\n')
    assert _roles(got) == [("Karen Moss", None)]


def test_who_leads_a_named_organisations_unit_gives_the_unit(run):
    got = run(
        'Title\n\nDetective Inspector Omar Patel, who leads Kelby Police\'s fraud unit, said: "Hang up on them."\n'
    )
    assert _roles(got) == [("Omar Patel", "Detective Inspector, Kelby Police's fraud unit")]


@pytest.mark.parametrize("unit", ["the force's fraud unit", "the investigation", "the joint Fraud Unit"])
def test_who_leads_a_generic_unit_or_an_investigation_gives_the_rank_alone(run, unit):
    got = run(f'Title\n\nDetective Inspector Omar Patel, who leads {unit}, said: "Hang up on them."\n')
    assert _roles(got) == [("Omar Patel", "Detective Inspector")]


def test_its_chair_takes_the_body_named_in_the_sentence_before(run):
    got = run(
        "Title\n\nThe walk was organised by the Amy Hale Trust, set up after Amy died in 2021. Its chair, Rosa "
        "Hale, who is Amy's aunt, said: 'We walk so other families never have to.'\n"
    )
    assert _roles(got) == [("Rosa Hale", "chair, Amy Hale Trust")]


def test_its_chair_with_no_body_named_before_gives_the_title_alone(run):
    got = run("Title\n\nThe walk raised £4,000 on Sunday. Its chair, Rosa Hale, said: 'We walk for Amy.'\n")
    assert _roles(got) == [("Rosa Hale", "chair")]


def test_he_said_after_a_described_speaker_with_a_rare_noun_is_theirs(run):
    got = run(
        """
        Title

        Tom Reeve, who farms near Hollow End, said: "They come at night."

        A gamekeeper on the next estate, who asked not to be named, said the gangs had returned. "They are
        back every weekend," he said.
        """
    )
    assert _roles(got)[-1] == (None, "gamekeeper on the next estate, who asked not to be named")


def test_he_said_after_narrative_without_a_described_speaker_is_still_the_named_one(run):
    got = run(
        """
        Title

        Tom Reeve, who farms near Hollow End, said: "They come at night."

        The gangs had returned to the estate on Sunday. "They are back every weekend," he said.
        """
    )
    assert _roles(got)[-1] == ("Tom Reeve", None)
