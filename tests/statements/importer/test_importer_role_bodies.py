"""Whose job a role names, and whose family speaks (issue 17, the thirteenth December 2026 holdout's roles cut
short): a body's job before "is" and the name, "Its TITLE, NAME," after a sentence naming the body by what it is
or as a branch of another, and "his family" after a body whose name reads like a person's. The texts are
invented."""

from __future__ import annotations


def _said(extracted) -> list[tuple[str | None, str | None]]:
    return [(q.speaker, q.role) for q in extracted.quotes]


def test_a_bodys_job_before_is_and_the_name_is_the_role(run):
    got = run("""
        Gaming helpline busier than ever

        Brightway' head of outreach services is Dr Nia Okoro. She said: "Nobody should feel ashamed to call us."
    """)
    assert _said(got) == [("Nia Okoro", "Brightway' head of outreach services")]


def test_a_job_before_is_that_says_something_else_is_not_a_role(run):
    got = run("""
        Gaming helpline busier than ever

        Brightway's head office is moving to Kelbury. Dr Nia Okoro said: "Nobody should feel ashamed to call us."
    """)
    assert _said(got) == [("Nia Okoro", None)]


def test_its_job_after_a_sentence_naming_a_charity_then_its_verb_names_the_charity(run):
    got = run("""
        Most wanted

        The charity Safe Harbour is offering a reward for information. Its regional manager, Tom Ash, said:
        "Nobody will ever know you called."
    """)
    assert _said(got) == [("Tom Ash", "regional manager, Safe Harbour")]


def test_its_job_after_a_sentence_naming_a_branch_of_a_union_names_the_branch(run):
    got = run("""
        Ward violence

        Nurses are represented by the Kelbury health branch of Unison. Its branch secretary, Ann Roe, said:
        "Our members want enough staff on every shift."
    """)
    assert _said(got) == [("Ann Roe", "branch secretary, Kelbury health branch of Unison")]


def test_its_job_with_no_body_before_it_stays_as_written(run):
    got = run("""
        Ward violence

        Nurses met on Tuesday to talk about safety. Its branch secretary, Ann Roe, said:
        "Our members want enough staff on every shift."
    """)
    assert _said(got) == [("Ann Roe", "branch secretary")]


def test_his_family_is_the_man_named_not_a_body_named_after_him(run):
    got = run("""
        Farm death

        He was Owen Price, who had farmed at Lowside for 30 years. The Health and Safety Executive is leading the
        investigation.

        In a statement, his family said:

        > "Owen was a gentle man who loved these hills."
    """)
    assert _said(got) == [("The family of Owen Price", "family statement")]
