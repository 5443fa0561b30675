"""The 13g-13j quote fix round: a spokesperson for a body only described at length (a relative clause, a
preposition stranded at the end) is still a spokesperson; "said in a victim personal statement" (two words before
"statement") introduces the quote after it. The texts are invented, each class with a negative."""

from __future__ import annotations

from extracted_views import who


def test_a_spokesperson_for_a_body_described_at_length_speaks(run):
    got = run("""
        Ferry cancelled

        A spokesperson for the company whose boats were meant to sail from the harbour on Friday said: "We are sorry for the disruption and will refund every ticket."
    """)
    assert [(speaker, (role or "").split()[0]) for speaker, role in who(got)] == [(None, "spokesperson")]


def test_a_spokesperson_for_a_body_with_a_stranded_preposition_speaks(run):
    got = run("""
        Ferry cancelled

        A spokesman for the agency most of the crew were hired through said:
        'We are helping the families and answering the council's questions.'
    """)
    assert who(got) == [(None, "spokesman for the agency most of the crew were hired through")]


def test_a_short_spokesperson_description_keeps_its_body(run):
    got = run("""
        Ferry cancelled

        A spokesperson for the ferry company said: "We are sorry for the disruption and will refund every ticket."
    """)
    assert who(got) == [(None, "spokesperson for the ferry company")]


def test_a_long_spokesperson_description_without_a_said_verb_attributes_nothing(run):
    got = run("""
        Ferry cancelled

        A spokesperson for the company most of the boats were hired from called the delay "regrettable but brief".
    """)
    assert who(got) == []


def test_said_in_a_statement_with_two_words_before_it_introduces_the_blockquote(run):
    got = run("""
        Stalker jailed

        His former neighbour said in a victim impact statement read to the court:

        > "I moved house twice and he found me both times."
    """)
    assert who(got) == [(None, "former neighbour")]


def test_said_in_a_statement_with_a_sentence_before_it_is_still_read(run):
    got = run("""
        Stalker jailed

        His former neighbour said in a short statement:

        > "I moved house twice and he found me both times."
    """)
    assert who(got) == [(None, "former neighbour")]


def test_a_quoted_campaign_name_inside_the_lead_in_does_not_hide_it(run):
    got = run("""
        Litter campaign

        A pupil who drew the posters for the school's new campaign, "Bin it or take it home", said: "Nobody wants to eat lunch next to a crisp packet."
    """)
    assert who(got) == [(None, "pupil who drew the posters for the school's new campaign")]


def test_a_quoted_sentence_before_an_unattributed_quote_gives_no_lead_in(run):
    got = run("""
        Litter campaign

        The posters read "Bin it or take it home." Teachers were pleased. "Nobody wants to eat lunch next to a crisp packet."
    """)
    assert who(got) == []


def test_a_joint_statement_of_a_named_body_and_a_branch_speaks_for_both(run):
    got = run("""
        Bench vandalised

        In a joint statement, Hollowby Parish Council and the Hollowby branch of the Women's Institute said: 'The bench was paid for by the whole village and we will mend it.'
    """)
    assert who(got) == [("Hollowby Parish Council and the Hollowby branch of the Women's Institute", "joint statement")]


def test_two_people_without_a_joint_statement_are_not_bodies(run):
    got = run("""
        Bench vandalised

        Hollowby Parish Council and the Hollowby branch of the Women's Institute met on Monday. The clerk said: "The bench will be mended."
    """)
    assert [role for _, role in who(got)] != ["joint statement"]
