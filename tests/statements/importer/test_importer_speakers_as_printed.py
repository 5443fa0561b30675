"""Speakers and roles as press text prints them, by family rather than phrase (issue 17, the eleventh December 2026
holdout's quote misses): one of a group with an irregular plural ("one of the women" is a woman), an office written
in lower case before a name ("area coroner Ruth Ellery"), a body by its initials before a job ("Hartwell BID's chief
executive"), utility words that are never a person's name ("Pennine Gas Networks"), and a body its sentence
introduces by what it is, then its name ("The Ollerby charity Knives Off, …. Its chair, …"). The texts are
invented."""

from __future__ import annotations

import pytest


def _first(extracted) -> tuple[str | None, str | None]:
    quote = extracted.quotes[0]
    return quote.speaker, quote.role


@pytest.mark.parametrize(
    ("group", "one"),
    [("women", "woman"), ("men", "man"), ("children", "child"), ("cleaners", "cleaner")],
)
def test_one_of_a_group_with_any_plural_is_one_of_them(run, group, one):
    text = f'Title\n\nOne of the {group}, speaking through an interpreter, said: "We were never paid."\n'
    assert _first(run(text)) == (None, one)


def test_one_of_a_group_with_an_apposition_keeps_it_whole(run):
    text = 'Title\n\nOne of the women, a retired nurse from Ollerby, said: "We were never paid."\n'
    assert _first(run(text)) == (None, "one of the women, a retired nurse from Ollerby")


@pytest.mark.parametrize("office", ["area coroner", "senior coroner", "assistant coroner", "head teacher"])
def test_an_office_in_lower_case_before_a_name_is_the_role(run, office):
    text = f'Title\n\nClosing the hearing, {office} Ruth Ellery said: "This was avoidable."\n'
    assert _first(run(text)) == ("Ruth Ellery", office)


def test_a_participle_phrase_before_a_name_is_not_a_role(run):
    text = 'Title\n\nRecording a conclusion of misadventure, Ruth Ellery said: "This was avoidable."\n'
    assert _first(run(text)) == ("Ruth Ellery", None)


@pytest.mark.parametrize("body", ["Hartwell BID", "Ollerby RNLI"])
def test_a_body_by_its_initials_before_a_job_is_kept_in_the_role(run, body):
    text = f'Title\n\nShops are busy.\n\n{body}\'s chief executive, Lydia Stone, said: "We want a safe Christmas."\n'
    assert _first(run(text)) == ("Lydia Stone", f"{body}'s chief executive")


def test_a_utility_company_is_never_a_persons_name(run):
    text = (
        "Title\n\nA boiler leaked.\n\nA spokesperson for Pennine Gas Networks, which made the boiler safe, said: "
        '"Anyone who smells gas should get out."\n'
    )
    speaker, role = _first(run(text))
    assert speaker is None
    assert role is not None and "Pennine Gas Networks" in role


def test_its_chair_takes_the_body_introduced_by_what_it_is(run):
    text = (
        "Title\n\nThe Ollerby charity Knives Off, set up in 2019, runs mentoring. Its chair, Pat Okoye, said: "
        '"We can help."\n'
    )
    assert _first(run(text)) == ("Pat Okoye", "chair, Knives Off")


def test_its_chair_without_a_named_body_is_chair(run):
    text = 'Title\n\nThe charity, set up in 2019, runs mentoring. Its chair, Pat Okoye, said: "We can help."\n'
    assert _first(run(text)) == ("Pat Okoye", "chair")
