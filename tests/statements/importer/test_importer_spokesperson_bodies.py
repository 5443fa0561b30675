"""Speakers by family: the object of "spokesperson for X" is an organisation, never a person, whatever capitalised
words it holds; a paragraph's lead-in is its last sentence when that names the speaker ("X, which …, said … Its
chief executive, Y, said:"); "his family" is the family of the person the text names when nobody was introduced as
a sentence's subject (issue 17, the twelfth December 2026 holdout's quote misses). The texts are invented."""

from __future__ import annotations

import pytest


def _speakers(extracted) -> list[tuple[str | None, str | None]]:
    return [(q.speaker, q.role) for q in extracted.quotes]


@pytest.mark.parametrize(
    ("lead", "body"),
    [
        ("A spokesperson for the National Stalking Helpline", "National Stalking Helpline"),
        ("A spokesperson for Marlow Rape Crisis", "Marlow Rape Crisis"),
        ("A spokeswoman from Marlow Rape Crisis", "Marlow Rape Crisis"),
        ("A representative of Holt Women's Aid", "Holt Women's Aid"),
        ("A spokesman at the Brinley Debt Line", "Brinley Debt Line"),
    ],
)
def test_the_object_of_spokesperson_for_is_an_organisation_not_a_person(run, lead, body):
    got = run(f"Title\n\nA man was jailed on Monday.\n\n{lead}, which helped the victim, said: 'She was brave.'")
    assert [(speaker, body in (role or "")) for speaker, role in _speakers(got)] == [(None, True)]


def test_a_person_set_off_after_a_spokesperson_for_a_body_is_the_speaker(run):
    got = run("Title\n\nA man was jailed.\n\nA spokesperson for the council, Jane Holt, said: 'We are pleased.'")
    assert [speaker for speaker, _ in _speakers(got)] == ["Jane Holt"]


def test_a_lead_in_sentence_naming_a_person_beats_the_body_of_the_sentence_before(run):
    got = run(
        "Title\n\nResidents raised concerns.\n\nElder Friends, which campaigns for older people, said calls had "
        "doubled. Its chief executive, Linda Marsh, said:\n\n> “Neglect is not always obvious to families.”"
    )
    assert _speakers(got) == [("Linda Marsh", "chief executive, Elder Friends")]


def test_his_family_is_the_family_of_the_person_the_text_names(run):
    got = run(
        "Title\n\nOxton College is mourning the death of first-year art student Daniel Pryce, 19, who died on "
        "Friday.\n\nIn a statement, his family said: 'Daniel was gentle and generous. He lit up every room.'"
    )
    assert _speakers(got) == [("The family of Daniel Pryce", "family statement")]


def test_his_family_is_not_the_family_of_a_service_named_like_a_person(run):
    got = run(
        "Title\n\nA student died on Friday after being found by Campus Security.\n\nIn a statement, his family said: "
        "'He was gentle and generous and lit up every room.'"
    )
    assert _speakers(got) == [("The family", "family statement")]
