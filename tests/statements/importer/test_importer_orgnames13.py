"""The 13n/13o fix round on organisation names and body roles: a body's name with "and" inside it before a job
("X Fire and Rescue Service's head of prevention, NAME,"), a joint statement hard-wrapped inside a party's name,
a place after a preposition that is no one's first name ("A prison officer at Greyholme, who did not want to be
named,"), a prison named after its place ("governor of HMP X"), and a body named after what it is to something
("The holiday park's owners, X Leisure, said in a statement:"). The texts are invented, each class with a negative.
"""

from __future__ import annotations

from extracted_views import who

from statements.importer.text import unwrap


def test_a_bodys_name_with_and_inside_it_is_kept_whole_before_a_job(run):
    got = run("""
        Chimney fire warning

        Ravensby Fire and Rescue Service's station manager for prevention, Imogen Carr, said crews had been busy.
        "Sweep your chimney before the first fire of winter," she said.
    """)
    assert who(got) == [("Imogen Carr", "Ravensby Fire and Rescue Service's station manager for prevention")]


def test_a_bodys_name_with_of_inside_it_is_kept_whole_before_a_job(run):
    got = run("""
        Fraud warning

        The Bank of Alderley's fraud lead, Martin Hale, said: "We will never ask you to move money to a safe account."
    """)
    assert who(got) == [("Martin Hale", "Bank of Alderley's fraud lead")]


def test_a_possessive_body_without_and_is_read_as_before(run):
    got = run("""
        Chimney fire warning

        Ravensby Police's head of crime prevention, Imogen Carr, said: "Lock your shed and mark your tools."
    """)
    assert who(got) == [("Imogen Carr", "Ravensby Police's head of crime prevention")]


def test_a_joint_statement_wrapped_inside_a_partys_name_is_one_attribution(run):
    got = run("""
        Flood warning

        In a joint statement, Easterby District Council and Lowmoor Fire and
        Rescue Service said: "Please do not drive through flood water, however
        shallow it looks. It takes very little to float a car and it could cost
        your life."
    """)
    assert who(got) == [("Easterby District Council and Lowmoor Fire and Rescue Service", "joint statement")]


def test_a_line_that_is_an_attribution_is_not_a_label_line():
    wrapped = (
        "In a joint statement, Easterby District Council and Lowmoor Fire and\n"
        "Rescue Service said: 'Please do not drive through flood water at all.'"
    )
    assert "\n" not in unwrap(wrapped)


def test_a_label_line_after_a_wrapped_line_stays_its_own_line():
    text = (
        "For more information about the flood scheme and the work going on\n"
        "Drop-in sessions: every Tuesday at the library from 10am to noon"
    )
    assert unwrap(text) == text


def test_a_place_after_a_preposition_is_no_ones_first_name(run):
    got = run("""
        Prison officer jailed

        The governor of HMP Kestrelmoor, Fiona Bright, said: "Almost all of our staff are honest and hard-working."

        A nurse at Kestrelmoor, who did not want to be named, said staff had been "shocked" by the case.
    """)
    assert who(got) == [("Fiona Bright", "governor of HMP Kestrelmoor")]


def test_a_first_name_set_off_by_who_did_not_want_to_be_named_is_still_a_person(run):
    got = run("""
        Gambling support

        One man from Leeds, Danny, who did not want to be named, said: "I lost everything in a year."
    """)
    assert who(got) == [("Danny", "man from Leeds")]


def test_a_prisons_place_name_is_not_the_speaker_even_when_learnt_as_a_name(run):
    got = run("""
        Prison officer jailed

        The governor of HMP Ashmere, Sarah Lyle, said: "Almost all of our staff are honest and hard-working."

        Ashmere, 34, said: "I was there when it happened."
    """)
    assert who(got)[0] == ("Sarah Lyle", "governor of HMP Ashmere")


def test_a_body_named_after_its_description_speaks_for_itself(run):
    got = run("""
        Gas leak at campsite

        The campsite's operators, Harbourside Holidays, said in a statement: "Every heater on site is being checked."
    """)
    assert who(got) == [("Harbourside Holidays", "statement")]


def test_a_bus_operator_named_after_its_noun_speaks_for_itself(run):
    got = run("""
        Route withdrawn

        The town's bus operator, Ridgeway Coaches, said: "We are sorry for the disruption this will cause."
    """)
    assert who(got) == [("Ridgeway Coaches", "statement")]


def test_a_person_named_after_a_description_of_an_owner_stays_a_person(run):
    got = run("""
        Shop break-in

        The shop's owner, Gurpreet Sandhu, said: "They took everything from the till and smashed the window."
    """)
    assert who(got) == [("Gurpreet Sandhu", "shop's owner")]


def test_people_named_after_a_description_of_owners_are_not_a_body(run):
    got = run("""
        Shop break-in

        The firm's owners, Jo and Sam Hale, said: "They took everything from the till and smashed the window."
    """)
    assert ("Jo and Sam Hale", "statement") not in who(got)
