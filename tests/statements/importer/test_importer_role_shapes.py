"""Roles the third December 2026 holdout found left out or cut (issue 17, class 2): a lower-case job title
between "said" and the name, a job given by "X is the council's …", a church title after another with the
parish before it, and a spokesperson met after "According to". Negatives: reported speech about a named
person, and a copula that gives no job."""

from __future__ import annotations

from extracted_views import who as _who


def test_a_lower_case_job_title_after_said_is_the_role(run):
    got = run('Market notice\n\n"Please look after each other tonight," said market manager Tomasz Wilk.')
    assert _who(got) == [("Tomasz Wilk", "market manager")]


def test_reported_speech_about_a_named_person_gives_no_job_title(run):
    got = run('Title\n\nPolice said officer Dan Hale was hurt. Mr Hale said: "I am fine, thank you all."')
    assert [q.role for q in got.quotes] == [None]


def test_a_job_given_with_is_the_is_the_role(run):
    got = run("""
        Cuckooing

        Nadia Ferris is the council's housing support manager and has visited every flat. She said the signs were easy to miss.

        "Please tell someone if a neighbour seems frightened," she said.
    """)
    assert _who(got) == [("Nadia Ferris", "housing support manager")]


def test_a_copula_without_a_job_gives_no_role(run):
    got = run("""
        Appeal

        Ellen Marsh is a mother of three and has lived in the village all her life.

        "We just want our road back," she said.
    """)
    assert _who(got) == [("Ellen Marsh", None)]


def test_a_church_title_after_another_stays_out_of_the_name_and_the_parish_is_the_role(run):
    got = run("""
        Lead stolen from church roof

        The vicar of St Aldhelm's, the Reverend Canon Ruth Orme, said the parish was devastated.

        "It has stood for seven hundred years," she said.
    """)
    assert _who(got) == [("Ruth Orme", "Reverend Canon, vicar of St Aldhelm's")]


def test_a_spokesperson_met_after_according_to_keeps_the_organisation(run):
    got = run("""
        Church thefts

        According to a spokesperson for the Diocese of Wexford Vale, six churches have lost lead this year. "Every theft costs parishes dearly," the spokesperson said.
    """)
    assert _who(got) == [(None, "spokesperson for the Diocese of Wexford Vale")]
