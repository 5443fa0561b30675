"""The quotes14ef fix round (holdouts 14c, 14e, 14f, 13l, 13x, 13y): a joint statement by a list of three or more
bodies is by all of them; a body's name giving a statement ("X said in a statement:") speaks for itself, role
"statement", whatever its last word; words printed on a thing, words in apposition to a thing such as a warning or
slogan, and the name of a thing an article introduces are nobody's quote; a team a role names short is the team
the text named in full; "she" in a victim personal statement is the victim. The texts are invented, each with a
negative."""

from __future__ import annotations

import pytest
from extracted_views import who as _who

_HEAD = """\
Campaign against drink spiking in Marlow Vale

Partners in Marlow Vale have launched a winter campaign against drink spiking in bars and clubs.

"""
_QUOTE = "\n'Nobody should have to watch their glass all night. Tell staff, and we will act on it.'\n"


def test_a_joint_statement_by_a_list_of_three_bodies_is_by_all_three(run):
    got = run(
        _HEAD + "In a joint statement, the University of Marlow, Marlow Vale Police and Marlow General Hospitals "
        "NHS Trust said:" + _QUOTE
    )
    assert _who(got) == [
        ("University of Marlow, Marlow Vale Police and Marlow General Hospitals NHS Trust", "joint statement")
    ]


def test_a_joint_statement_by_a_description_then_two_names_is_still_by_the_people_named(run):
    got = run(_HEAD + "In a joint statement, her parents, Tom and Ruth Calloway, said:" + _QUOTE)
    assert _who(got) == [("Tom and Ruth Calloway", "joint statement")]


@pytest.mark.parametrize(
    ("attribution", "body"),
    [
        ("Marlow Vale Licensed Premises Forum said in a statement:", "Marlow Vale Licensed Premises Forum"),
        ("Brookside Homes, which manages the flats, said in a statement:", "Brookside Homes"),
    ],
)
def test_a_body_named_as_giving_a_statement_speaks_for_itself(run, attribution, body):
    got = run(_HEAD + attribution + _QUOTE)
    assert _who(got) == [(body, "statement")]


def test_a_person_named_as_giving_a_statement_is_still_that_person(run):
    got = run(_HEAD + "Alys Penhallow said in a statement:" + _QUOTE)
    assert [name for name, _ in _who(got)] == ["Alys Penhallow"]


@pytest.mark.parametrize(
    "sentence",
    [
        'The man showed a lanyard and a badge printed "TRADING STANDARDS - DOORSTEP TEAM" to residents.',
        'Each van was stamped with "Marlow Vale Drainage Services Ltd" on both doors.',
    ],
)
def test_words_printed_on_a_thing_are_not_a_quote(run, sentence):
    got = run(_HEAD + sentence + "\n")
    assert _who(got) == []


def test_someone_who_printed_a_thing_and_then_spoke_is_still_quoted(run):
    got = run(_HEAD + 'Nia Gethin, who printed the campaign posters, said: "We want every bar to put them up."\n')
    assert [name for name, _ in _who(got)] == ["Nia Gethin"]


@pytest.mark.parametrize(
    "sentence",
    [
        'The charity\'s familiar warning, "Never leave your drink unattended", is on every beer mat.',
        'The campaign slogan "Look out for your mates tonight" appears on posters in every bar.',
    ],
)
def test_words_in_apposition_to_a_warning_or_slogan_are_not_a_quote(run, sentence):
    got = run(_HEAD + sentence + "\n")
    assert _who(got) == []


def test_someone_who_repeats_a_warning_in_her_own_words_is_still_quoted(run):
    got = run(
        _HEAD + 'Inspector Rhian Tudor repeated the warning, "Never leave your drink unattended, even for a minute."\n'
    )
    assert [name for name, _ in _who(got)] == ["Rhian Tudor"]


def test_the_name_of_a_thing_an_article_introduces_is_not_a_quote(run):
    got = run(
        _HEAD + 'A man calling at homes told residents he was collecting for a "Marlow Winter Warmth appeal" and '
        "asked for cash.\n"
    )
    assert _who(got) == []


def test_words_after_a_thing_the_article_introduced_are_still_a_quote(run):
    got = run(
        _HEAD + 'Sergeant Owen Pryce said of the Marlow Winter Warmth appeal: "It does not exist, so please do '
        'not give the man anything."\n'
    )
    assert [name for name, _ in _who(got)] == ["Owen Pryce"]


_RESCUE = """\
Walker rescued from quarry ledge

The Holmdale Moor Mountain Rescue Team brought a walker down from a quarry ledge on Sunday.

"""


def test_a_team_named_short_in_a_role_is_the_team_the_text_named_in_full(run):
    got = run(
        _RESCUE + 'Team Leader Corin Ashdown, who leads the Holmdale Moor team, said: "She did the right thing by '
        'staying put and calling 999."\n'
    )
    assert _who(got) == [("Corin Ashdown", "Team Leader, Holmdale Moor Mountain Rescue Team")]


def test_a_team_named_short_stays_short_when_the_text_names_no_such_team_in_full(run):
    got = run(
        _RESCUE.replace("Holmdale Moor Mountain Rescue Team", "rescue volunteers")
        + 'Team Leader Corin Ashdown, who leads the Holmdale Moor team, said: "She did the right thing by '
        'staying put and calling 999."\n'
    )
    assert _who(got) == [("Corin Ashdown", "Team Leader, Holmdale Moor team")]


_STALKING = """\
Man jailed for stalking former partner

Kieran Oldcastle, 41, of Mill Lane, admitted stalking his former partner and was jailed for two years.

The court heard he followed the woman to work and sent her hundreds of messages.

"""


def test_she_in_a_victim_personal_statement_is_the_victim_not_the_offender(run):
    got = run(
        _STALKING + 'In a victim personal statement read to the court, she said: "I stopped going out. I '
        'checked the locks every night."\n'
    )
    assert _who(got) == [(None, "victim")]


def test_she_in_a_victim_personal_statement_is_a_named_woman_when_the_text_named_her(run):
    got = run(
        _STALKING.replace("the woman", "Margaret Hale, 52,")
        + 'In a victim personal statement read to the court, she said: "I stopped going out. I checked the '
        'locks every night."\n'
    )
    assert [name for name, _ in _who(got)] == ["Margaret Hale"]
