"""Speakers described as one of a group, and organisations a role names by initials or by what they are (issue 17,
the tenth December 2026 holdout's quote misses): "one of the/his/her Xs" is an X, and a relative clause or
participle phrase after it says how they spoke, not who they are; an apposition after it is kept whole; "of the
Pennine ROCU" names an organisation by its initials; "Its head coach" takes the academy the sentence before names.
The texts are invented."""

from __future__ import annotations

import pytest


def _quotes(extracted) -> list[tuple[str | None, str | None]]:
    return [(q.speaker, q.role) for q in extracted.quotes]


@pytest.mark.parametrize(
    ("who", "role"),
    [
        ("One of the nurses, who has asked not to be named,", "nurse"),
        ("One of the drivers, speaking through an interpreter,", "driver"),
        ("In a statement read to the court, one of his victims", "victim"),
        ("One of her neighbours", "neighbour"),
    ],
)
def test_one_of_a_group_is_one_of_them(run, who, role):
    got = run(f'Title\n\nA man was jailed on Monday.\n\n{who} said: "It changed how I live."')
    assert _quotes(got) == [(None, role)]


def test_one_of_a_group_with_an_apposition_keeps_the_apposition(run):
    got = run(
        'Title\n\nTwo walkers were rescued.\n\nOne of the walkers, a retired teacher from Leeds, said: "We were lucky."'
    )
    assert _quotes(got) == [(None, "one of the walkers, a retired teacher from Leeds")]


def test_one_of_a_named_persons_colleagues_keeps_the_words(run):
    got = run(
        'Title\n\nPC Ruth Adeyemi, one of the school liaison officers at Brindle Police, said: "Talk to your children."'
    )
    assert _quotes(got) == [("Ruth Adeyemi", "PC, one of the school liaison officers at Brindle Police")]


def test_an_organisation_named_by_its_initials_after_of_is_in_the_role(run):
    got = run('Title\n\nDetective Sergeant Omar Hale of the Northern ROCU said: "We will find them."')
    assert _quotes(got) == [("Omar Hale", "Detective Sergeant, Northern ROCU")]


def test_a_place_after_of_is_still_no_role(run):
    got = run('Title\n\nSam Ellery of Dereham said: "We will not be scared off."')
    assert _quotes(got) == [("Sam Ellery", None)]


def test_its_head_coach_takes_the_academy_the_sentence_before_names(run):
    got = run(
        "Title\n\nOne of the clubs funded was the Millbank Youth Football Academy, which trains 200 children. "
        'Its head coach, Tariq Osei, said: "The money kept us going."'
    )
    assert _quotes(got) == [("Tariq Osei", "head coach, Millbank Youth Football Academy")]
