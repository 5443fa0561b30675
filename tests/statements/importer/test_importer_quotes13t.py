"""The 13t quote fix round: a role a body named before holds ("The group's chair, X," as well as "Its chair, X,";
"Its manager" after "… is funded by X, which …") carries that body; a known first name before a surname that is
also a place or brand word ("Sarah Kent", "Anna Ford") is a person, and "Kent added:" is her again. The texts are
invented, each with a negative."""

from __future__ import annotations

import pytest
from extracted_views import who as _who


@pytest.mark.parametrize(
    ("body", "owner"),
    [
        ("The group's", "Orchard Lane Allotments group"),
        ("The association's", "Orchard Lane Allotments Association"),
    ],
)
def test_a_role_the_group_holds_names_the_group_said_before(run, body, owner):
    kind = owner.split()[-1]
    got = run(f"""
        Allotment sheds broken into

        Six sheds were forced open at the Orchard Lane allotments in Pelham on Tuesday night.

        The Orchard Lane Allotments {kind}, which has 80 members, said tools worth £3,000 were taken.
        {body} treasurer, Nadia Frost, said: "People have lost tools they have had for forty years."
    """)
    assert _who(got) == [("Nadia Frost", f"treasurer, {owner}")]


def test_the_groups_role_with_no_body_named_before_stays_the_role_alone(run):
    got = run("""
        Allotment sheds broken into

        On Tuesday night sheds were forced open at the allotments in Pelham and tools worth £3,000 were taken.

        The group's treasurer, Nadia Frost, said: "People have lost tools they have had for forty years."
    """)
    assert _who(got) == [("Nadia Frost", "treasurer")]


@pytest.mark.parametrize("verb", ["funded", "supported", "backed", "organised"])
def test_its_role_after_a_body_that_backs_the_work_which_does_more_names_that_body(run, verb):
    got = run(f"""
        Town centre patrols extended

        Evening patrols in Halby town centre will run until March.

        The patrols are {verb} by Halby Traders Partnership Board, which also pays for the shop radio scheme. Its
        director, Colin Ames, said: "Traders feel safer when they see officers on the street."
    """)
    assert _who(got) == [("Colin Ames", "director, Halby Traders Partnership Board")]


def test_a_body_that_backs_the_work_in_the_middle_of_a_sentence_is_not_what_its_means(run):
    got = run("""
        Town centre patrols extended

        The patrols, funded by Halby Traders Partnership Board, will run until March. The rota has been agreed.
        Its organiser, Colin Ames, said: "Traders feel safer when they see officers on the street."
    """)
    assert _who(got)[0][1] != "organiser, Halby Traders Partnership Board"


@pytest.mark.parametrize("name", ["Sarah Kent", "Anna Ford", "Tom Little", "Jack West"])
def test_a_first_name_before_a_place_or_brand_surname_is_a_person_called_again_by_surname(run, name):
    surname = name.split()[1]
    got = run(f"""
        Warning over fake parcel cards

        Fake delivery cards have been pushed through letterboxes in Brinford.

        "There is no parcel," said {name}, the council's trading standards manager.

        {surname} added: "Never ring the number printed on the card."
    """)
    assert _who(got) == [(name, "trading standards manager")] * 2


@pytest.mark.parametrize("place", ["Victoria Park", "Albert Hall", "Elizabeth Street", "Ford Focus"])
def test_a_place_or_body_with_a_first_name_or_county_is_no_speaker(run, place):
    got = run(f"""
        Bikes stolen

        Two bikes were taken on Friday.

        "We are asking for help," said {place}.
    """)
    assert all(speaker != place for speaker, _ in _who(got))


def test_its_role_after_a_group_named_in_apposition_to_what_it_is_names_the_group(run):
    got = run("""
        Abuse at the ground

        A man was ejected from the North Stand after shouting abuse at a player on Saturday.

        The club's disabled supporters' group, the Pelham Access Allies, said it was appalled. Its chair, Dev
        Mistry, said: "Nobody should have to hear that at a football match."
    """)
    assert _who(got) == [("Dev Mistry", "chair, Pelham Access Allies")]


def test_a_group_described_but_not_named_in_apposition_gives_its_role_no_name(run):
    got = run("""
        Abuse at the ground

        A man was ejected from the North Stand after shouting abuse at a player on Saturday.

        The club's disabled supporters' group, which has 200 members, said it was appalled. Its chair, Dev
        Mistry, said: "Nobody should have to hear that at a football match."
    """)
    assert _who(got) == [("Dev Mistry", "chair")]


@pytest.mark.parametrize("team", ["Kelby Lowland Search and Rescue", "Kelby Search and Rescue", "Kelby Lifeboat"])
def test_a_search_team_named_in_the_story_is_not_whose_family_speaks(run, team):
    got = run(f"""
        Missing Kelby man found safe

        Edwin Marsh, 79, was found safe on Sunday morning after an overnight search by police and volunteers.

        {team} has 40 volunteer members and is funded by donations.

        In a statement, the family said: "We cannot thank everyone who searched for Dad enough."
    """)
    assert _who(got) == [("The family of Edwin Marsh", "family statement")]


def test_the_family_of_a_missing_man_named_with_no_search_team_is_his(run):
    got = run("""
        Missing Kelby man found safe

        Edwin Marsh, 79, was found safe on Sunday morning after an overnight search by police.

        In a statement, the family said: "We cannot thank everyone who searched for Dad enough."
    """)
    assert _who(got) == [("The family of Edwin Marsh", "family statement")]
