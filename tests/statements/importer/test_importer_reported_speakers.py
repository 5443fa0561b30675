"""Someone described but not named, as the subject of reported speech, speaks the quote after it (issue 17,
the third December 2026 holdout's biggest class): "One tenant, who asked not to be named, said the change had
been immediate. '…,' she said." The role is the whole description, words before the noun and the clause
after it included; the quote does not go to the officer named earlier. Negatives: a named speaker set off
after the description, a named person's relation, a passive "was told", and a named subject of reported
speech after a described one."""

from __future__ import annotations

import pytest
from extracted_views import who as _who

_OFFICER = 'Inspector Carol Dunmore said: "We will keep patrolling the estate every night."'


@pytest.mark.parametrize(
    "introduction, pronoun, role",
    [
        (
            "One shopkeeper, who has traded on the parade for twenty years and asked not to be named, said she had "
            "lost customers.",
            "she",
            "shopkeeper, who has traded on the parade for twenty years and asked not to be named",
        ),
        (
            "A commuter, who had been travelling home from a hospital shift, said her train sat in the tunnel.",
            "she",
            "commuter, who had been travelling home from a hospital shift",
        ),
        (
            "The son of the man hurt on Mill Lane said his father had stopped going out.",
            "he",
            "son of the man hurt on Mill Lane",
        ),
        (
            "A third-year nursing student from Ghana, who lost her savings in October, said the advert looked real.",
            "she",
            "third-year nursing student from Ghana, who lost her savings in October",
        ),
        (
            "The cyclist who found the van, a retired postman who asked not to be named, said he had called 999.",
            "he",
            "cyclist who found the van, a retired postman who asked not to be named",
        ),
        (
            "A Riverside tenant, whose kitchen flooded twice in a month, said she had given up on the landlord.",
            "she",
            "Riverside tenant, whose kitchen flooded twice in a month",
        ),
    ],
)
def test_a_described_subject_of_reported_speech_speaks_the_next_quote(run, introduction, pronoun, role):
    got = run(f"""
        Estate update

        {_OFFICER}

        {introduction}

        "It has changed everything for us," {pronoun} said.
    """)
    assert _who(got)[1] == (None, role)


def test_a_described_speaker_in_the_same_paragraph_as_the_quote_speaks_it(run):
    got = run(f"""
        Cuckooing warning

        {_OFFICER}

        A neighbour on Brook Row, who did not want to be identified, said the flat had changed. "Strangers came and went all night," she said.
    """)
    assert _who(got)[1] == (None, "neighbour on Brook Row, who did not want to be identified")


def test_an_opening_clause_before_a_described_subject_is_not_part_of_the_role(run):
    got = run("""
        Burglar jailed

        Detective Constable Ian Shaw said: "He targeted people working nights."

        In a statement read to the court, one midwife described finding her door forced.

        "I came home from a night shift and knew at once," she said.
    """)
    assert _who(got)[1] == (None, "midwife")


def test_a_place_possessive_before_a_described_worker_is_kept(run):
    got = run("""
        Knife bins

        Chief Inspector Ruth Allen said: "Every blade handed in is one fewer on the street."

        Ashby Green's youth worker, who asked not to be named because of his work, said many carried knives out of fear.

        "They are frightened," he said.
    """)
    assert _who(got)[1] == (None, "Ashby Green's youth worker, who asked not to be named because of his work")


def test_a_name_set_off_after_the_description_is_the_speaker(run):
    got = run(f"""
        Estate update

        {_OFFICER}

        The manager of the community centre, Joan Pell, said bookings had risen.

        "We are full most evenings," she said.
    """)
    assert _who(got)[1][0] == "Joan Pell"


def test_a_passive_told_does_not_end_the_description(run):
    got = run(f"""
        Puppy fraud

        {_OFFICER}

        One father from Leyton, who paid £700 for a puppy he was told would arrive by courier, said his children cried.

        "We had the basket ready," he said.
    """)
    assert _who(got)[1] == (None, "father from Leyton, who paid £700 for a puppy he was told would arrive by courier")


def test_a_named_subject_of_reported_speech_after_a_described_one_speaks_the_next_quote(run):
    got = run("""
        Water impostors

        A man wearing a yellow jacket told residents he was from the water company.

        Detective Sergeant Alun Price of Westmere Police said the men were targeting bungalows.

        "They are convincing and quick," he said.
    """)
    assert _who(got) == [("Alun Price", "Detective Sergeant, Westmere Police")]


def test_the_possessive_of_an_unnamed_person_before_a_described_relation_is_kept(run):
    got = run(f"""
        Roofers warning

        {_OFFICER}

        The woman's son, who rang the council after his mother mentioned the work, said the family were angry.

        "Mum didn't want to bother anybody," he said.
    """)
    assert _who(got)[1] == (None, "woman's son, who rang the council after his mother mentioned the work")


@pytest.mark.parametrize(
    "paragraph, role",
    [
        (
            '"I slept right through for once," said a tenant, who has lived on the estate for thirty years.',
            "tenant, who has lived on the estate for thirty years",
        ),
        (
            '"They are scared," a youth worker, who asked not to be named, said.',
            "youth worker, who asked not to be named",
        ),
        (
            'The daughter of the man injured on Station Road said: "Dad will not go out alone now."',
            "daughter of the man injured on Station Road",
        ),
        (
            '"Dad will not go out alone now," said the daughter of the man injured on Station Road.',
            "daughter of the man injured on Station Road",
        ),
    ],
)
def test_a_described_speaker_in_the_attribution_itself_keeps_the_whole_description(run, paragraph, role):
    got = run(f"Estate update\n\n{_OFFICER}\n\n{paragraph}")
    assert _who(got)[1] == (None, role)


def test_a_named_speaker_after_a_description_in_the_attribution_is_the_speaker(run):
    got = run(f'Estate update\n\n{_OFFICER}\n\n"We are full," said the manager of the centre, Joan Pell.')
    assert _who(got)[1][0] == "Joan Pell"


def test_someone_described_who_told_officers_what_happened_does_not_take_the_officers_next_quote(run):
    got = run("""
        Assault appeal

        Detective Sergeant Ali Khan said: "We are appealing for witnesses."

        The victim, a man in his forties, told officers he was punched from behind.

        "This was an unprovoked attack," he said.
    """)
    assert _who(got)[1] == ("Ali Khan", "Detective Sergeant")
