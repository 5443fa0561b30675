"""The classes behind the nineteenth December 2026 holdout's misses (issue 17, 12s): a hospital line for visiting
or asking after a patient, concerns about the reader's own care, a short code offered "otherwise", relatives
speaking together as a family, and a venue named before its noun ("the Old Mill pub") taken for a person. The
texts are invented."""

from __future__ import annotations

import pytest
from extracted_views import contacts as _contacts
from extracted_views import who as _who


def _text(paragraph: str) -> str:
    return f"Title\n\nOfficials in Tarnside are giving advice after a busy week.\n\n{paragraph}"


@pytest.mark.parametrize(
    "sentence",
    [
        "To find out whether the unit is open to visitors today, ring the ward enquiry line on 0161 496 0581.",
        "Relatives who want to ask after a patient can call 0161 496 0582 between 10am and 6pm.",
        "For visiting times on the children's wards, call 0161 496 0583.",
    ],
)
def test_a_line_for_visiting_or_asking_after_a_patient_is_not_a_route(run, sentence):
    assert _contacts(run(_text(sentence))) == []


def test_a_hospital_line_for_reporting_symptoms_is_still_left_to_the_other_rules(run):
    text = _text("Anyone who has been in contact with a patient and now feels unwell should call NHS 111.")
    assert "111" in _contacts(run(text))


@pytest.mark.parametrize(
    "sentence",
    [
        "Comments or concerns about your care can be raised with the patient advice team on 0161 496 0584.",
        "Concerns about your own treatment can be e-mailed to advice@tarnside-hospitals.nhs.uk.",
    ],
)
def test_concerns_about_your_own_care_are_not_a_route(run, sentence):
    assert _contacts(run(_text(sentence))) == []


def test_concerns_about_someone_else_s_welfare_are_still_a_route(run):
    text = _text(
        "Anyone with concerns about the welfare of a child should call the council's safeguarding team on 0161 496 0585."
    )
    assert _contacts(run(text)) == ["0161 496 0585"]


@pytest.mark.parametrize(
    "sentence",
    [
        "If you are threatened, call the police on 999 in an emergency or on 101 otherwise.",
        "Call 999 if a crime is happening now, or 101 unless it is urgent.",
    ],
)
def test_a_short_code_offered_otherwise_is_found(run, sentence):
    assert "101" in _contacts(run(_text(sentence)))


def test_a_short_code_before_a_count_is_still_not_a_route(run):
    text = _text("Calls to the force rose to 101 arrests last winter, the report said.")
    assert "101" not in _contacts(run(text))


# (named parents in a joint statement speak together as named since 7 December 2026: test_importer_16_classes.py)
@pytest.mark.parametrize("attribution", ["Her mum and dad said:", "Kirsty's parents said:"])
def test_relatives_speaking_together_are_her_family(run, attribution):
    text = (
        "Title\n\nPolice are searching for Kirsty Marlowe, 24, who has not been seen since Friday.\n\n"
        f'{attribution} "Kirsty, please just let us know you are safe. Nobody is cross with you."'
    )
    assert _who(run(text)) == [("The family of Kirsty Marlowe", "family statement")]


def test_one_named_relative_still_speaks_for_herself(run):
    text = (
        "Title\n\nPolice are searching for Kirsty Marlowe, 24, who has not been seen since Friday.\n\n"
        'Her mother, Susan Marlowe, said: "Kirsty, please just let us know you are safe."'
    )
    assert _who(run(text))[0][0] == "Susan Marlowe"


@pytest.mark.parametrize("venue", ["the Old Mill pub", "the Silver Birch hotel", "the Blue Anchor cafe"])
def test_a_venue_named_before_its_noun_is_not_a_person(run, venue):
    text = (
        f"Title\n\nA man was assaulted outside {venue} in Tarnside late on Friday.\n\n"
        f"The manager of {venue}, Gail Hendry, said staff had helped him. 'He was very shaken,' she said."
    )
    assert _who(run(text))[0][0] == "Gail Hendry"


def test_a_person_named_before_a_lower_case_word_is_still_a_person(run):
    text = 'Title\n\nResident Gail Hendry said: "We heard the glass break and called the police."'
    assert _who(run(text))[0][0] == "Gail Hendry"
