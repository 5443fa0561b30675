"""Roles in the text's own wording: "head of X at Organisation" as written, one of a body's officers as that
officer, a job before a titled name, a job after a preposition, a place's possessive as the body named after the
place (issue 17, the ninth December 2026 holdout's quote misses). The texts are invented."""

from __future__ import annotations

from extracted_views import who as _who


def test_a_title_at_an_organisation_keeps_the_wording_as_written(run):
    got = run('Title\n\nMaya Oduya, head of public health at Tolworth Borough Council, said: "Get the jab."')
    assert _who(got) == [("Maya Oduya", "head of public health at Tolworth Borough Council")]


def test_a_rank_then_a_title_at_an_organisation_keeps_the_wording(run):
    got = run('Title\n\nInspector Sam Reid, head of road safety at Tolworth Police, said: "Slow down this winter."')
    assert _who(got) == [("Sam Reid", "Inspector, head of road safety at Tolworth Police")]


def test_one_of_a_bodys_officers_is_that_officer(run):
    got = run(
        'Title\n\n"Keep your dog on a lead near livestock," said PC Jo Marsh, one of the force\'s rural crime officers.'
    )
    assert _who(got) == [("Jo Marsh", "PC, rural crime officer")]


def test_one_of_a_group_without_a_body_keeps_its_wording(run):
    got = run('Title\n\nAmir Khan, one of the walkers, said: "We saw the smoke from the hill."')
    assert _who(got) == [("Amir Khan", "one of the walkers")]


def test_a_job_before_a_titled_name_is_its_apposition(run):
    got = run(
        "Title\n\nThe council's cabinet member for housing and planning, Councillor Rhian Pryce, said:\n\n"
        '"Landlords who ignore the rules will be prosecuted."'
    )
    assert _who(got) == [("Rhian Pryce", "Councillor, cabinet member for housing and planning")]


def test_a_job_after_a_preposition_is_the_persons_role(run):
    got = run(
        "Title\n\nA new victims' plan was launched by the county's police and crime commissioner, Ola Bamidele.\n\n"
        'Mr Bamidele said: "Victims deserve to be kept informed."'
    )
    assert _who(got) == [("Ola Bamidele", "county's police and crime commissioner")]


def test_a_statement_after_a_preposition_still_gives_no_role(run):
    got = run('Title\n\nIn a statement read to the court, Tom Reed said: "I am sorry for what I did."')
    assert _who(got) == [("Tom Reed", None)]


def test_a_places_possessive_names_the_body_named_after_the_place(run):
    got = run(
        "Title\n\nThree men were jailed for smuggling phones into HMP Eastwold.\n\n"
        'Eastwold\'s governor, Dana Pike, said: "Our staff spotted the drones."'
    )
    assert _who(got) == [("Dana Pike", "governor, HMP Eastwold")]


def test_a_places_possessive_with_no_body_named_stays_as_written(run):
    got = run('Title\n\nKelby\'s headteacher, Jo Marsh, said: "We are proud of every pupil."')
    assert _who(got) == [("Jo Marsh", "Kelby's headteacher")]


def test_its_job_with_no_body_named_before_leaves_the_rank(run):
    got = run(
        "Title\n\nThe raids were led by a joint team. Its head, Detective Inspector Ruth Kaye, said the work goes on."
        '\n\n"Every image is a real child," said Ms Kaye.'
    )
    assert _who(got) == [("Ruth Kaye", "Detective Inspector")]
