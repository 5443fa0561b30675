"""Speakers the text describes but does not name keep the words that say who they are: the possessive of a
relation ("his former partner"), the organisation of a spokesperson met earlier in reported speech, what the
text says of someone it introduced without a name, and a name inside the description (a firm, a place) is
not the speaker."""

from __future__ import annotations

import pytest
from extracted_views import who as _who


def test_a_relation_keeps_the_possessive_that_says_whose_it_is(run):
    got = run("""
        Man jailed for harassment

        Daniel Moss, 41, admitted harassment at Wexcombe Crown Court.

        In a statement read to the court, his former wife said: "I spent a year afraid to answer the door."
    """)
    assert _who(got) == [(None, "his former wife")]


def test_the_spokesperson_added_is_the_spokesperson_described_earlier(run):
    got = run("""
        Clinic letters warning

        A spokesperson for the health board said the letters had not come from any of its clinics.

        "Please check any letter that asks for payment with the clinic directly," the spokesperson added.
    """)
    assert _who(got) == [(None, "spokesperson for the health board")]


def test_a_firm_with_an_ampersand_in_a_spokespersons_description_is_not_the_speaker(run):
    got = run("""
        Tribute to rider

        Tom Reed, 41, died after the crash on the A140.

        A spokesperson for Marlow & Daughters Joinery, where Tom had worked for ten years, said: "Tom was the heart
        of the workshop."
    """)
    (quote,) = got.quotes
    assert quote.speaker is None
    assert quote.role and quote.role.startswith("spokesperson for Marlow & Daughters Joinery")


def test_a_place_in_a_described_speakers_clause_is_not_the_speaker(run):
    got = run("""
        Signal cable theft

        Cable was stolen near Oakfield Junction, causing delays for thousands of passengers.

        One passenger, who was stuck on a train outside Oakfield Junction for two hours, said: "Nobody could tell us
        anything."
    """)
    (quote,) = got.quotes
    assert quote.speaker is None
    assert quote.role and quote.role.startswith("passenger, who was stuck on a train outside Oakfield Junction")


def test_someone_introduced_without_a_name_keeps_the_apposition_that_describes_them(run):
    got = run("""
        Bogus collectors warning

        Police are warning residents in Elmstead about people collecting for a charity that does not exist.

        One resident, a retired teacher in his eighties, handed over £30 on Monday.

        "He had a badge and a bucket and seemed genuine," he said.
    """)
    assert _who(got) == [(None, "resident, a retired teacher in his eighties")]


def test_a_described_parent_whose_reported_speech_says_she_is_the_she_who_said_it(run):
    got = run("""
        Online challenge warning

        Mrs Jane Hollis, our Designated Safeguarding Lead, said: "Please talk to your children about this account."

        A parent who contacted the school after her son was messaged said she wanted other families to know.
        "My son told me at once because of a lesson the week before," she said.
    """)
    assert _who(got)[1] == (None, "parent who contacted the school after her son was messaged")


def test_a_sum_with_a_thousands_comma_does_not_end_a_speakers_relative_clause(run):
    got = run("""
        Parking code warning

        A retired postman from Elm Cross, who lost £2,350 after scanning a code in the station car park, said: "I
        thought paying by phone was the safe option."
    """)
    (quote,) = got.quotes
    assert quote.speaker is None
    assert quote.role and quote.role.startswith("retired postman from Elm Cross, who lost £2,350")


def test_a_stallholder_described_but_not_named_speaks_the_next_pronoun_quote(run):
    got = run(
        "Title\n\nA spokesperson for Fernley Fayre said: 'We are shocked.'\n\n"
        "A stallholder who was trading nearby said he heard shouting. 'It was over fast,' he said."
    )
    assert [(q.speaker, q.role) for q in got.quotes][-1] == (None, "stallholder who was trading nearby")


@pytest.mark.parametrize("opening", ["One", "Another"])
def test_one_or_another_before_a_place_and_a_person_noun_is_no_name(run, opening):
    got = run(f"Title\n\n{opening} Fernley resident, whose van was hit twice, said: 'I just laughed.'")
    assert [(q.speaker, q.role) for q in got.quotes] == [(None, "Fernley resident, whose van was hit twice")]
