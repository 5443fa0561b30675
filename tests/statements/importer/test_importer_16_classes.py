"""The sixth session's fix rounds (16a and 16b, the working checks, and the 15f/15g misses left over). The texts are
invented, each class with a negative where the rule must not fire; the shared opening is that of
test_importer_14opq_classes.py."""

from __future__ import annotations

from test_importer_14opq_classes import _HEARING


def test_a_who_is_clause_after_a_name_gives_the_job_it_names(run):
    got = run(
        _HEARING + "Superintendent Rhiannon Cole, who is the force's domestic abuse lead, said: \"Nobody should "
        'have to live in fear in their own home."\n'
    )
    assert [(q.speaker, q.role) for q in got.quotes] == [("Rhiannon Cole", "Superintendent, domestic abuse lead")]


def test_a_who_is_clause_keeps_the_named_body_of_the_job(run):
    got = run(
        _HEARING + "Amira Haddad, who is the chief executive of Kelby Women's Aid, said: \"Help is there, day or "
        'night."\n'
    )
    assert [(q.speaker, q.role) for q in got.quotes] == [("Amira Haddad", "chief executive of Kelby Women's Aid")]


def test_a_who_was_clause_that_tells_of_the_incident_gives_no_role(run):
    got = run(_HEARING + 'Tom Bell, who was the first firefighter at the scene, said: "The heat was intense."\n')
    assert [(q.speaker, q.role) for q in got.quotes] == [("Tom Bell", None)]


def test_a_congregation_named_after_of_is_the_speaker_s_body(run):
    got = run(
        _HEARING + 'Rabbi Eli Stern, of Kelby Reform Congregation, said the community had been shaken. "People are '
        'upset, of course, and angry."\n'
    )
    assert [(q.speaker, q.role) for q in got.quotes] == [("Eli Stern", "Rabbi, Kelby Reform Congregation")]
