"""Speakers with job titles outside the rank list, stronger job descriptions than "Professor", and quoted
words nobody speaks for (scam messages, what a caller says): rules added after the h41-h46 batch."""

from __future__ import annotations

import pytest


def _who(extracted) -> list[tuple[str | None, str | None, str]]:
    return [(q.speaker, q.role, q.text[:20]) for q in extracted.quotes]


def test_a_job_title_outside_the_rank_list_splits_into_role_and_name(run):
    got = run("""
        Title

        Ambulance Operations Manager Gareth Pye, who will lead the control room, said: 'Please keep 999 free.'
    """)
    assert _who(got) == [("Gareth Pye", "Ambulance Operations Manager", "Please keep 999 free")]


def test_a_label_with_a_job_title_introduces_the_quote_under_it(run):
    got = run("""
        Title

        Regional Probation Director Alison Mayhew:
        "Public protection is our priority."
    """)
    assert _who(got) == [("Alison Mayhew", "Regional Probation Director", "Public protection is")]


def test_a_bold_label_with_a_long_job_title_and_an_organisation_introduces_the_quote(run):
    got = run("""
        # Title

        **Senior Coastal Operations Officer Martin Egan, HM Coastguard:**

        "Check the tide times before you set out."
    """)
    assert _who(got) == [("Martin Egan", "Senior Coastal Operations Officer, HM Coastguard", "Check the tide times")]


def test_a_job_title_with_of_splits_at_a_known_first_name(run):
    got = run("""
        Title

        Head of Road Safety Jane Marsh said: "Slow down near schools."
    """)
    assert _who(got) == [("Jane Marsh", "Head of Road Safety", "Slow down near schoo")]


def test_a_lower_case_job_noun_after_capitalised_words_is_a_role(run):
    got = run("""
        Title

        Students' Union president Ollie Barnes said: "Look out for your friends tonight."
    """)
    assert _who(got) == [("Ollie Barnes", "Students' Union president", "Look out for your fr")]


def test_a_bracketed_abbreviation_inside_a_rank_is_dropped_from_the_role(run):
    got = run("""
        Title

        Detective Chief Inspector (DCI) Rosa Kendrick, who leads the investigation, said: "These were fast robberies."
    """)
    assert _who(got) == [("Rosa Kendrick", "Detective Chief Inspector", "These were fast robb")]


def test_a_force_name_before_a_rank_is_not_part_of_the_role(run):
    got = run("""
        Title

        Police Scotland Chief Superintendent Iain Dunn said: "Call 101 with any information."
    """)
    assert _who(got) == [("Iain Dunn", "Chief Superintendent", "Call 101 with any in")]


def test_a_word_opening_the_sentence_is_not_part_of_the_job_title(run):
    got = run("""
        Title

        Today Regional Director Amy Holt said: "We are proud of our volunteers."
    """)
    assert _who(got) == [("Amy Holt", "Regional Director", "We are proud of our ")]


def test_a_job_description_after_the_name_beats_professor(run):
    got = run("""
        Title

        Professor Helen Ashworth, Pro-Vice-Chancellor (Student Experience), said: "It is never the victim's fault."

        Professor Tom Reed said: "Report it to us."
    """)
    assert _who(got) == [
        ("Helen Ashworth", "Pro-Vice-Chancellor (Student Experience)", "It is never the vict"),
        ("Tom Reed", "Professor", "Report it to us."),
    ]


def test_a_quoted_scam_message_is_not_a_quote(run):
    got = run("""
        Title

        A typical message reads: "We missed you today. Pay the redelivery fee at the link below." The link leads to a fake site.

        The caller says: "We have stopped a suspicious payment on your account."

        "Your account has been frozen," the text said.

        Detective Sergeant Nick Bryce said: "These criminals are organised."
    """)
    assert _who(got) == [("Nick Bryce", "Detective Sergeant", "These criminals are ")]


def test_a_person_writing_a_letter_is_still_a_speaker(run):
    got = run("""
        Title

        In a letter to parents, headteacher Jane Smith said: "Every pupil is safe."
    """)
    assert [q.speaker for q in got.quotes] == ["Jane Smith"]


def test_a_label_ending_in_a_colon_never_signs_the_quote_above_it(run):
    # lines over 100 characters are paragraphs of their own, so the label is the paragraph after the first quote
    got = run("""
        Title

        Daniel Kerr was arrested at an address in Thetford today.

        "Public protection is our priority. When someone on licence breaks their conditions, we recall them."

        Detective Inspector Paul Okonjo, Thetford CID:
        "I'd like to thank the members of the public who contacted us. It helped us to find him within a few hours of his recall."
    """)
    assert _who(got) == [("Paul Okonjo", "Detective Inspector, Thetford CID", "I'd like to thank th")]


def test_a_known_first_name_after_capitalised_words_starts_the_name(run):
    got = run("""
        Title

        Lifeboat Helm Jane Marsh said: "The sea was rough."
    """)
    assert _who(got) == [("Jane Marsh", "Lifeboat Helm", "The sea was rough.")]


def test_lower_case_words_before_a_job_noun_are_part_of_the_role(run):
    got = run("""
        Title

        Norwich City FC chief executive Ben Knapper said: "Supporters deserve better."
    """)
    assert _who(got) == [("Ben Knapper", "Norwich City FC chief executive", "Supporters deserve b")]


def test_a_title_then_an_honorific_leaves_the_honorific_out_of_the_name(run):
    got = run("""
        Title

        Professor Dame Jane Hollis, Vice-Chancellor, said: "We are shocked."
    """)
    assert _who(got) == [("Jane Hollis", "Vice-Chancellor", "We are shocked.")]


def test_an_organisation_possessive_before_the_name_is_kept_whole_in_the_role(run):
    got = run("""
        Title

        Anglian Water's head of water recycling, Tom Baxter, said: "We are sorry."
    """)
    assert _who(got) == [("Tom Baxter", "Anglian Water's head of water recycling", "We are sorry.")]


def test_a_name_after_for_or_of_is_not_the_speaker(run):
    got = run("""
        Title

        "We are deeply saddened," said a spokesperson for Anglian Water.

        The university's Director of Student Wellbeing, Dr Sam Patel, said: "Help is there."
    """)
    assert _who(got) == [
        (None, "spokesperson for Anglian Water", "We are deeply sadden"),
        ("Sam Patel", "Director of Student Wellbeing", "Help is there."),  # "the university's" is generic
    ]


def test_an_organisation_speaking_for_itself_is_the_speaker_of_a_statement(run):
    got = run("""
        Title

        Norfolk Constabulary said: "Enquiries are ongoing."

        In a statement, Anglian Water said: "We are sorry for the disruption."
    """)
    assert _who(got) == [
        ("Norfolk Constabulary", "statement", "Enquiries are ongoin"),
        ("Anglian Water", "statement", "We are sorry for the"),
    ]


def test_a_joint_statement_by_two_organisations_is_spoken_by_both(run):
    got = run("""
        Title

        In a joint statement, Norwich City Football Club and Norfolk Constabulary said: "Violence has no place here."
    """)
    assert _who(got) == [
        ("Norwich City Football Club and Norfolk Constabulary", "joint statement", "Violence has no plac")
    ]


def test_a_phrase_after_a_preposition_is_not_the_speakers_role(run):
    got = run("""
        Title

        In a statement read to the court by his solicitor, Tom Reed said: "I am sorry."
    """)
    assert _who(got) == [("Tom Reed", None, "I am sorry.")]


def test_a_rank_after_an_organisation_that_is_not_a_police_force_keeps_the_organisation(run):
    got = run("""
        Title

        "It was cruel," RSPCA Inspector Ruth Kerr said.
    """)
    assert _who(got) == [("Ruth Kerr", "RSPCA Inspector", "It was cruel.")]


@pytest.mark.parametrize(
    ("sentence", "speaker", "role"),
    [
        ('Neighbour Priya Lomax said: "We heard the alarm at midnight."', "Priya Lomax", "Neighbour"),
        ('Cadet Owen Marsh, 15, said: "We heard the alarm at midnight."', "Owen Marsh", "Cadet"),
        ('Resident Tomasz Wick said: "We heard the alarm at midnight."', "Tomasz Wick", "Resident"),
        ('Passenger Hannah Rhys said: "We heard the alarm at midnight."', "Hannah Rhys", "Passenger"),
    ],
)
def test_a_word_for_who_someone_is_before_a_name_is_the_role_not_part_of_the_name(run, sentence, speaker, role):
    (quote,) = run(f"Title\n\n{sentence}").quotes
    assert (quote.speaker, quote.role) == (speaker, role)


def test_a_job_title_run_ending_in_a_name_still_keeps_an_ordinary_surname(run):
    got = run('Title\n\nStation Manager Kate Student said: "We heard the alarm at midnight."')
    assert _who(got)[0][:2] == ("Kate Student", "Station Manager")
