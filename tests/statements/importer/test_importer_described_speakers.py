"""Speakers the text describes but does not name keep the words that say who they are: the possessive of a
relation ("his former partner") and the organisation of a spokesperson met earlier in reported speech."""

from __future__ import annotations


def _who(extracted) -> list[tuple[str | None, str | None]]:
    return [(q.speaker, q.role) for q in extracted.quotes]


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
