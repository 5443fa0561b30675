"""Speakers follow the narrative: pronouns, described speakers, "according to", family and organisation
statements (recorded as statements/quoting.py says)."""

from __future__ import annotations

import pytest


def _who(extracted) -> list[tuple[str | None, str | None, str]]:
    return [(q.speaker, q.role, q.text[:20]) for q in extracted.quotes]


def test_she_said_goes_to_the_mother_introduced_after_the_officers_quote(run):
    got = run("""
        Vigil held for Daniel

        Detective Inspector Mark Green said: "We are determined to find whoever did this."

        Sarah Jones, whose son Daniel died in the attack, spoke at the vigil on Sunday.

        "Not a day goes by when I do not think of him," she said.
    """)
    assert _who(got) == [
        ("Mark Green", "Detective Inspector", "We are determined to"),
        ("Sarah Jones", None, "Not a day goes by wh"),
    ]


def test_she_said_goes_to_a_described_mother_over_an_officer_of_unknown_gender(run):
    got = run("""
        Crash victim's mother backs campaign

        Detective Inspector Alex Reid said: "Speed kills on this road."

        A bereaved mother whose son died on the A47 spoke at the launch.

        "I would give anything to have him back," she said.
    """)
    assert _who(got)[1] == (None, "bereaved mother", "I would give anythin")


def test_he_added_goes_on_with_the_speaker(run):
    got = run("""
        Title

        "We need your help," said Sergeant Tom Rix. A man, 45, was arrested. "Please call us," he added.
    """)
    assert [q.speaker for q in got.quotes] == ["Tom Rix", "Tom Rix"]


def test_a_person_named_only_in_passing_is_not_the_referent(run):
    got = run("""
        Title

        Judge Roger Pell jailed Tom Reed for six years. He said: "You showed no remorse."
    """)
    assert _who(got) == [("Roger Pell", "Judge", "You showed no remors")]


@pytest.mark.parametrize(
    ("intro", "role"),
    [
        ("A survivor who now volunteers with a local refuge said:", "survivor who now volunteers with a local refuge"),
        ("A survivor, now a volunteer with a local refuge, said:", "survivor, now a volunteer with a local refuge"),
        ("One survivor, who asked not to be named, said:", "survivor, who asked not to be named"),
    ],
)
def test_a_described_speaker_keeps_the_quote_and_the_whole_description_as_role(run, intro, role):
    got = run(f'Title\n\n{intro} "Nobody should feel they have to stay."')
    assert _who(got) == [(None, role, "Nobody should feel t")]


@pytest.mark.parametrize(
    "paragraph",
    [
        '"We will find the people responsible," according to Detective Constable Priya Shah.',
        'According to Detective Constable Priya Shah, "We will find the people responsible."',
        'The victim was "terrified", according to Detective Constable Priya Shah, who said: "We will find the '
        'people responsible."',
    ],
)
def test_according_to_attributes_a_full_sentence_in_every_position(run, paragraph):
    got = run(f"Title\n\n{paragraph}")
    assert _who(got) == [("Priya Shah", "Detective Constable", "We will find the peo")]


def test_according_to_before_a_fragment_is_still_reported_speech(run):
    got = run("Title\n\nThe woman was 'very frightened' according to Detective Constable Priya Shah.")
    assert got.quotes == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Mark Elston, 47, died at the scene. In a statement, his family said: "Mark was our world."',
            "The family of Mark Elston",
        ),
        ('Conor Walsh, 19, died in hospital. Conor’s family said: "Conor was our world."', "The family of Conor Walsh"),
        ('The family of Amy Lowe said: "Amy was our world."', "The family of Amy Lowe"),
        ('In a statement, the family said: "She was our world."', "The family"),
    ],
)
def test_a_family_statement_is_recorded_as_the_family_of_the_person(run, text, speaker):
    got = run(f"Title\n\n{text}")
    assert [(q.speaker, q.role) for q in got.quotes] == [(speaker, "family statement")]


def test_his_family_is_the_family_of_the_man_who_died_not_of_the_officer_who_spoke(run):
    got = run("""
        Tribute to cyclist

        Mark Elston, 47, died at the scene on Tuesday.

        Sergeant Tom Rix said: "Our thoughts are with his loved ones."

        In a statement, his family said: "Mark was the heart of our family."
    """)
    assert got.quotes[1].speaker == "The family of Mark Elston"


@pytest.mark.parametrize(
    ("intro", "speaker", "role"),
    [
        ("Norfolk Constabulary said:", "Norfolk Constabulary", "statement"),
        ("In a statement, Avon and Somerset Police said:", "Avon and Somerset Police", "statement"),
        ("In a joint statement, Wensum City FC and Norfolk Constabulary said:",
         "Wensum City FC and Norfolk Constabulary", "joint statement"),
    ],
)  # fmt: skip
def test_an_organisation_speaking_for_itself_is_the_speaker(run, intro, speaker, role):
    got = run(f'Title\n\n{intro} "Enquiries are ongoing."')
    assert [(q.speaker, q.role) for q in got.quotes] == [(speaker, role)]


def test_the_name_criminals_gave_themselves_is_not_a_quote(run):
    got = run("""
        Courier fraud

        Victims were called by a man claiming to be "DS Grant from the fraud squad" and told to hand over cards.
        Others heard from a woman calling herself "Inspector Kay Moss of the bank security team".
    """)
    assert got.quotes == []


def test_a_pronoun_after_a_newly_introduced_person_gives_her_gender_and_she_said_goes_to_her(run):
    got = run("""
        Title

        Police Constable Nadia Marsh said: "The deadline in the message is there to rush you."

        Retired teacher Edwina Colley, 78, was one of those targeted. She clicked the link before her son noticed.

        "It looked exactly like the real thing," she said.
    """)
    assert [q.speaker for q in got.quotes] == ["Nadia Marsh", "Edwina Colley"]


def test_a_mother_named_in_an_apposition_is_the_referent_and_keeps_the_relation_as_role(run):
    got = run("""
        Title

        Detective Chief Inspector Owen Hale said: "We need to hear from anyone on the footpath."

        Ryan's mother, Lorna Pike, spoke at a vigil on Thursday night.

        "He was the light of our house," she said.
    """)
    assert [(q.speaker, q.role) for q in got.quotes][1] == ("Lorna Pike", "Ryan's mother")


def test_a_whole_sentence_in_lower_case_after_according_to_is_a_quote(run):
    got = run('Title\n\nAccording to Ms Ruth Ambler, "the best thing a parent can do is stay calm and listen."')
    assert [(q.speaker, q.text[:12]) for q in got.quotes] == [("Ruth Ambler", "the best thi")]


def test_a_name_after_an_organisation_noun_is_the_organisation_not_the_speaker(run):
    got = run('Title\n\nA support worker from the charity Open Door said: "Many of the men had no money at all."')
    assert [(q.speaker, q.role) for q in got.quotes] == [(None, "support worker from the charity Open Door")]
