"""The 13r/13s quote fix round: people named together in a joint statement are its speaker, as the text names them;
"In a statement, the BODY said:" is the body speaking for itself (speaker the body, role "statement"); words printed
on a thing ("the bags carry the words '…'") are nobody's quote; "his family" is the man the story is about even
after he spoke; "X, a charity in PLACE," names a body "Its chair" can mean. The texts are invented, each with a negative."""

from __future__ import annotations

import pytest
from extracted_views import who as _who

from statements.importer.organisations import Organisations


@pytest.mark.parametrize(
    ("attribution", "speaker"),
    [
        ("In a joint statement, the couple, Priya Natt and Owen Natt, said:", "Priya Natt and Owen Natt"),
        ("In a joint statement, the couple, Derek and Lynne Hollis, said:", "Derek and Lynne Hollis"),
        ("In a joint statement, Priya Natt and Owen Natt said:", "Priya Natt and Owen Natt"),
    ],
)
def test_people_named_in_a_joint_statement_speak_together_as_named(run, attribution, speaker):
    got = run(f"""
        Van stolen from driveway

        A white van was taken from a driveway in Carrowby overnight on Sunday.

        {attribution} "The van is our livelihood. Please check your doorbell cameras."
    """)
    assert _who(got) == [(speaker, "joint statement")]


def test_one_named_person_after_a_description_still_speaks_alone(run):
    got = run("""
        Van stolen from driveway

        A white van was taken from a driveway in Carrowby overnight on Sunday.

        In a statement, the owner, Priya Natt, said: "The van is our livelihood. Please check your cameras."
    """)
    assert [speaker for speaker, _ in _who(got)] == ["Priya Natt"]


def test_parents_named_in_a_joint_statement_speak_together_as_named(run):
    got = run("""
        Missing teenager

        Police are searching for Ellie Marsh, 16, who has not been seen since Friday.

        In a joint statement, her parents, Gavin and Rose Marsh, said: "Ellie, please just let us know you are safe."
    """)
    # (the convention seven blind keys of eight record; until 7 December 2026 this was "The family of Ellie Marsh")
    assert _who(got) == [("Gavin and Rose Marsh", "joint statement")]


@pytest.mark.parametrize(
    ("attribution", "speaker"),
    [
        ("In a statement, the RNLI said:", "RNLI"),
        ("In a statement, the Carrowby Sailing Club said:", "Carrowby Sailing Club"),
        ("In a statement, Carrowby Sailing Club said:", "Carrowby Sailing Club"),
    ],
)
def test_a_body_after_the_in_a_statement_speaks_for_itself(run, attribution, speaker):
    got = run(f"""
        Dinghy capsize

        Two teenagers were rescued after their dinghy capsized off Carrowby on Saturday.

        {attribution} "Always check the forecast and tell someone where you are going."
    """)
    assert _who(got) == [(speaker, "statement")]


def test_a_spokesperson_for_the_body_is_still_no_statement(run):
    got = run("""
        Dinghy capsize

        Two teenagers were rescued after their dinghy capsized off Carrowby on Saturday.

        A spokesperson for the RNLI said: "Always check the forecast and tell someone where you are going."
    """)
    assert _who(got) == [(None, "spokesperson for the RNLI")]


def test_a_titled_person_after_the_in_a_statement_is_no_body(run):
    got = run("""
        Dinghy capsize

        Two teenagers were rescued after their dinghy capsized off Carrowby on Saturday.

        In a statement, the Reverend Alan Pike said: "We give thanks that both boys are safe tonight."
    """)
    assert [role for _, role in _who(got)] != ["statement"]


@pytest.mark.parametrize(
    "sentence",
    [
        'The bags carry a cartoon of a puppy and the words "Paws for Kids – every bag helps a child".',
        'Vans displaying the slogan "Clean Drives, Happy Homes" have been seen in the area.',
        'The leaflets are printed with "Registered charity – all proceeds to local families".',
    ],
)
def test_words_printed_on_a_thing_are_no_quote(run, sentence):
    got = run(f"""
        Bogus collections

        Residents in Carrowby are being warned about bogus doorstep collections.

        {sentence}

        Trading standards officer Mark Dent said: "No genuine charity will mind you checking its number."
    """)
    assert _who(got) == [("Mark Dent", "Trading standards officer")]


def test_someone_who_said_the_words_still_speaks_them(run):
    got = run("""
        Bogus collections

        Residents in Carrowby are being warned about bogus doorstep collections.

        Trading standards officer Mark Dent, who carried out the checks, said: "No genuine charity will mind."
    """)
    assert _who(got) == [("Mark Dent", "Trading standards officer")]


def test_his_family_is_the_man_the_story_is_about_even_after_he_spoke(run):
    got = run("""
        Missing fell runner found

        Gareth Bowe, from Tarnside, was found safe on Sunday morning after a night on the fells.

        "I was cold, but I knew to stay put," Mr Bowe said.

        Inspector Lucy Vane, of Tarnside Police, said: "The search teams did a superb job."

        In a statement, his family said: "We cannot thank the volunteers enough."
    """)
    assert _who(got)[-1] == ("The family of Gareth Bowe", "family statement")


def test_his_family_is_no_officer_who_spoke(run):
    got = run("""
        Missing fell runner found

        A walker was found safe on Sunday morning after a night on the fells.

        Inspector Carl Vane, of Tarnside Police, said: "The search teams did a superb job."

        In a statement, his family said: "We cannot thank the volunteers enough."
    """)
    assert _who(got)[-1] == ("The family", "family statement")


def test_its_chair_is_the_body_an_apposition_calls_a_charity_in_a_place(run):
    got = run("""
        Minibus lift stolen

        Fernway Community Transport, a charity in Ellerby, has cancelled trips after thieves stole a lift.

        "Passengers have been ringing in tears," said Joan Pike, the charity's operations manager.

        Its chair, Robin Dale, said: "Whoever did this will get a few pounds for it as scrap."
    """)
    assert _who(got)[-1] == ("Robin Dale", "chair, Fernway Community Transport")


@pytest.mark.parametrize(
    "sentence",
    [
        "Sarah Pike, a charity worker in Ellerby, said trips were cancelled.",
        "Sarah Pike, a charity trustee from Ellerby, said trips were cancelled.",
    ],
)
def test_a_person_described_by_a_job_at_a_charity_in_a_place_is_no_body(sentence):
    organisations = Organisations()
    organisations.read(sentence)
    assert organisations.its() is None


def test_a_described_victim_after_reading_her_statement_is_the_speaker(run):
    got = run("""
        Bookkeeper jailed

        A bookkeeper who stole from her clients has been jailed for four years.

        Reading her statement to the court, a baker from Tarnside who was among the victims said: "I lost my savings."
    """)
    assert [speaker for speaker, _ in _who(got)] == [None]
    assert "baker from Tarnside" in _who(got)[0][1]


def test_a_named_victim_after_reading_her_statement_is_still_herself(run):
    got = run("""
        Bookkeeper jailed

        A bookkeeper who stole from her clients has been jailed for four years.

        Reading her statement to the court, Alison Hebb said: "I lost my savings."
    """)
    assert [speaker for speaker, _ in _who(got)] == ["Alison Hebb"]
