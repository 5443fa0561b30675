"""Speakers the 13n and 13o holdouts got wrong, by class (issue 17): a relation introduced by a pronoun ("Her
daughter, who asked not to be named, said …") speaks the next "she said"; the last word of a place after a word
such as "Station" or "Market" ("on Station Parade, who did not want to be named") is nobody's first name; and
"the family of NAME, 91, one of the residents …" is the family's statement whatever follows the name. The texts
are invented; each class has negatives the rule must leave alone."""

from __future__ import annotations

import pytest
from extracted_views import who as _who

_OFFICER = 'Detective Constable Helen Carr said: "These fraudsters are patient and very convincing."'


@pytest.mark.parametrize(
    "introduction, pronoun, role",
    [
        (
            "Her daughter, who asked not to be named, said the family only found out when the bank rang.",
            "she",
            "daughter, who asked not to be named",
        ),
        ("His widow said the family had been told on the Friday evening.", "she", "widow"),
        (
            "Their son, who lives in Canada, said his parents had stopped answering the phone.",
            "he",
            "son, who lives in Canada",
        ),
    ],
)
def test_a_relation_introduced_by_a_pronoun_speaks_the_quote_after_their_reported_speech(
    run, introduction, pronoun, role
):
    got = run(f"""
        Romance fraud warning

        {_OFFICER}

        {introduction}

        'It could have been anyone's mum,' {pronoun} said.
    """)
    assert _who(got)[1] == (None, role)


def test_a_relation_named_after_the_pronoun_is_the_named_speaker(run):
    got = run(f"""
        Romance fraud warning

        {_OFFICER}

        Her daughter, Megan Holt, said the family only found out when the bank rang.

        'It could have been anyone's mum,' she said.
    """)
    assert _who(got)[1][0] == "Megan Holt"


def test_a_relation_who_told_police_something_does_not_take_the_officers_next_quote(run):
    got = run(f"""
        Romance fraud warning

        {_OFFICER}

        Her daughter told police she had found the messages in March.

        'They spend months building trust,' she said.
    """)
    assert _who(got)[1] == ("Helen Carr", "Detective Constable")


@pytest.mark.parametrize("place", ["Station Parade", "Market Walk", "Church Row"])
def test_the_last_word_of_a_place_in_a_described_speakers_phrase_is_not_a_first_name(run, place):
    got = run(f"""
        Pharmacy break-in

        Detective Constable Omar Reid said: "They knew exactly what they were looking for."

        A shopkeeper on {place}, who did not want to be named, said he had heard an alarm. 'It went on for ages.'
    """)
    assert _who(got)[1] == (None, f"shopkeeper on {place}, who did not want to be named")


@pytest.mark.parametrize(
    "sentence",
    [
        "Danny, 34, who asked that his surname not be used, said he had lost his savings.",
        "Yesterday Danny, 34, who asked that his surname not be used, said he had lost his savings.",
    ],
)
def test_a_first_name_alone_set_off_by_an_age_is_still_a_person(run, sentence):
    got = run(f"""
        Gambling harm

        Inspector Ruth Allen said: "Help is there for anyone who needs it."

        {sentence} 'I hid it from everyone.'
    """)
    assert _who(got)[1][0] == "Danny"


@pytest.mark.parametrize(
    "family",
    [
        "the family of Harold Briggs, 84, one of the residents she stole from,",
        "the family of Harold Briggs, a retired miner,",
        "the family of Harold Briggs, 84, who lived at the home for six years,",
        "the family of one of the residents, Harold Briggs, 84,",
    ],
)
def test_the_family_of_a_named_person_described_after_the_name_gives_a_family_statement(run, family):
    got = run(f"""
        Care worker jailed

        Rachel Dunn, 41, stole from residents at Elmfield Lodge.

        In a statement, {family} said:

        "Dad felt safe there, and she took that from him."
    """)
    assert _who(got) == [("The family of Harold Briggs", "family statement")]


def test_someone_who_supported_the_family_of_a_named_person_is_still_the_speaker(run):
    got = run("""
        Care worker jailed

        Rachel Dunn, 41, stole from residents at Elmfield Lodge.

        Detective Sergeant Jo Hale, who supported the family of Harold Briggs, 84, throughout, said:

        "They have shown remarkable patience."
    """)
    assert _who(got) == [("Jo Hale", "Detective Sergeant")]
