"""People described but not named, as the fourth December 2026 holdout found them missed (issue 17): more person
nouns for the subject of reported speech (an assistant, a caseworker), the words before the noun and where the
person is from kept in the role ("16-year-old boy from Cleveshire"), and a pronoun quote after someone described
but not named, of no known gender, goes to them rather than to an officer quoted earlier."""

from __future__ import annotations

import pytest
from extracted_views import who as _who


@pytest.mark.parametrize(
    "sentence, role",
    [
        (
            "A shop assistant who was punched in June said the scheme had given her the confidence to go back.",
            "shop assistant who was punched in June",
        ),
        (
            "One caseworker, who supports victims of trafficking, said the women had been frightened.",
            "caseworker, who supports victims of trafficking",
        ),
    ],
)
def test_an_assistant_or_caseworker_in_reported_speech_takes_the_next_pronoun_quote(run, sentence, role):
    got = run(f"""
        Partnership praised

        "We will keep patrolling the area," said Inspector Marcus Hale.

        {sentence} "It has made all the difference," she said.
    """)
    assert _who(got)[1] == (None, role)


@pytest.mark.parametrize(
    "sentence, role",
    [
        (
            "A 15-year-old girl from Ashby, who was targeted online, agreed to speak through the force.",
            "15-year-old girl from Ashby",
        ),
        (
            "A student at Fernhill College, whose scooter was stolen in May, is backing the campaign.",
            "student at Fernhill College",
        ),
    ],
)
def test_someone_introduced_without_a_name_keeps_the_words_before_the_noun_and_where_they_are_from(run, sentence, role):
    got = run(f"""
        Campaign launched

        "Lock it or lose it," said Sergeant Owen Price.

        {sentence} 'I wish I had known sooner,' she said.
    """)
    assert _who(got)[1] == (None, role)


def test_a_pronoun_quote_after_someone_of_no_known_gender_introduced_last_is_theirs(run):
    got = run("""
        Bike thefts

        "We recover bikes every week," said Sergeant Owen Price.

        A student at Fernhill College, whose bike was stolen in May, is backing the campaign. 'It was gone in
        ten minutes,' he said.
    """)
    assert _who(got)[1] == (None, "student at Fernhill College")


def test_a_pronoun_quote_after_a_named_person_is_not_given_to_someone_described_before(run):
    got = run("""
        Bike thefts

        A student at Fernhill College, whose bike was stolen in May, is backing the campaign.

        Sergeant Owen Price leads the city centre team. "We recover bikes every week," he said.
    """)
    assert _who(got)[0][0] == "Owen Price"


def test_a_place_phrase_runs_only_to_a_comma_or_a_relative_clause(run):
    got = run("""
        Crash

        "We ask anyone who saw it to come forward," said Inspector Jo Hart.

        A girl from Leeds spoke to officers after the crash. "It was terrifying," she said.
    """)
    assert _who(got)[-1] == (None, "girl")
