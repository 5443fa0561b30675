"""A family statement is named for the person the text names: "his family" after a name that opens a later
sentence of a paragraph, and "The family of X, whose …, said" with the relative clause left out."""

from __future__ import annotations


def test_his_family_is_named_for_a_man_named_at_the_start_of_a_later_sentence(run):
    got = run("""
        Tribute after house fire

        Crews were called to Mill Lane at 2.40am on Friday 4 December. Gordon Ashworth was carried from the house but died in hospital.

        In a statement, his family said: "He was a kind and funny man who loved his garden."
    """)
    assert [(q.speaker, q.role) for q in got.quotes] == [("The family of Gordon Ashworth", "family statement")]


def test_a_relative_clause_after_the_family_of_a_named_person_is_not_part_of_the_name(run):
    got = run("""
        Thefts from care home

        The family of Winifred Bagshaw, whose brooch was taken, said in a statement: "It was her mother's and she wore it every Sunday."
    """)
    assert [(q.speaker, q.role) for q in got.quotes] == [("The family of Winifred Bagshaw", "family statement")]


def test_a_family_with_no_person_named_in_the_text_stays_the_family(run):
    got = run("""
        Tribute after crash

        A man died after a crash on the A40 on Friday evening.

        His family said: "We are heartbroken and ask for privacy at this time."
    """)
    assert [(q.speaker, q.role) for q in got.quotes] == [("The family", "family statement")]
