"""The role convention (docs/importer.md): the rank or job title, plus the organisation, unit or job the
attribution gives beside the name; the rank alone when that is all; an unnamed speaker's whole description."""

from __future__ import annotations

import pytest
from extracted_views import who as _who


@pytest.mark.parametrize(
    ("attribution", "role"),
    [
        ("Detective Inspector Jo Smith, of Northshire Police, said:", "Detective Inspector, Northshire Police"),
        (
            "Ben Ward, Chief Fire Officer at Westmere Fire and Rescue Service, said:",
            "Chief Fire Officer at Westmere Fire and Rescue Service",
        ),
        (
            "Station Manager Ben Ward, head of protection at Kelby Fire and Rescue Service, said:",
            "Station Manager, head of protection at Kelby Fire and Rescue Service",
        ),
        ("Sergeant Ben Ward of the force's dog unit said:", "Sergeant, dog unit"),  # a generic possessive is dropped
        ("Inspector Ben Ward, Kelby Police's rural crime lead, said:", "Inspector, Kelby Police's rural crime lead"),
    ],
)
def test_the_role_is_the_rank_plus_the_organisation_the_attribution_gives(run, attribution, role):
    got = run(f'Title\n\n{attribution} "Lock your sheds and mark your tools."')
    assert _who(got) == [(got.quotes[0].speaker, role)]


def test_the_role_is_the_rank_alone_when_only_a_rank_is_given(run):
    got = run('Title\n\nDetective Inspector Jo Smith said: "Lock your sheds and mark your tools."')
    assert _who(got) == [("Jo Smith", "Detective Inspector")]


def test_where_a_speaker_lives_is_not_a_role(run):
    got = run('Title\n\nJo Smith, of Dereham, said: "Somebody took the lot while we slept."')
    assert _who(got) == [("Jo Smith", None)]


def test_the_organisation_is_added_to_the_rank_on_a_later_quote_by_surname(run):
    got = run("""
        Title

        Detective Inspector Jo Smith, of Northshire Police, said: "Lock your sheds and mark your tools."

        Ms Smith added: "Call us on 101 if you see anything."
    """)
    assert _who(got) == [("Jo Smith", "Detective Inspector, Northshire Police")] * 2


@pytest.mark.parametrize(
    ("intro", "role"),
    [
        (
            "A man in his seventies who lost his savings to a caller said:",
            "man in his seventies who lost his savings to a caller",
        ),
        ("The pensioner's son, who asked not to be named, said:", "pensioner's son, who asked not to be named"),
    ],
)
def test_an_unnamed_speaker_keeps_the_whole_description_as_role(run, intro, role):
    got = run(f'Title\n\n{intro} "It was all gone in an afternoon."')
    assert _who(got) == [(None, role)]


def test_one_of_a_group_keeps_the_group_in_the_description(run):
    got = run("""
        Title

        One of the cyclists, a 40-year-old woman from Leeds, said: "We had no idea the road would flood so fast."
    """)
    assert _who(got) == [(None, "one of the cyclists, a 40-year-old woman from Leeds")]


@pytest.mark.parametrize(
    ("attribution", "speaker", "role"),
    [
        ("Lifeboat operations manager Sam Pike said:", "Sam Pike", "Lifeboat operations manager"),
        ("Harbour duty controller Ann Reeve said:", "Ann Reeve", "Harbour duty controller"),
        ("Shopkeeper Ravi Mehta said:", "Ravi Mehta", "Shopkeeper"),
        ("Farmer Aled Pritchard, whose sheep were taken, said:", "Aled Pritchard", "Farmer"),
    ],
)
def test_an_occupation_before_the_name_is_the_role_not_part_of_the_name(run, attribution, speaker, role):
    got = run(f'Title\n\n{attribution} "Nobody expected it to happen here."')
    assert _who(got) == [(speaker, role)]


def test_a_said_verb_is_never_part_of_a_job_title(run):
    got = run('Title\n\nPolice said officer Sam Pike was hurt. Mr Pike said: "I am fine, thank you all."')
    assert [q.role for q in got.quotes] == [None]
