"""The classes behind the December 2026 holdouts' misses 12zh and 12zi: a collection booked from the council
(business), a web address its sentence gives as a look-up service to check something on, a title-case name in
quote marks inside narrative (not a quote), a place's name between an article and a described noun (not a
person's name), a subject body that an apposition calls a charity, and "Its chief executive" opening a paragraph
after a paragraph that names no body. The texts are invented."""

from __future__ import annotations

import pytest
from extracted_views import contacts as _contacts
from extracted_views import who as _who


def _text(*paragraphs: str) -> str:
    return "Title\n\nFly-tipping in Dunmere rose by a third last year, the council said.\n\n" + "\n\n".join(paragraphs)


def test_a_collection_booked_is_business_under_any_heading(run):
    text = _text(
        "### Report fly-tipping",
        "Report dumped rubbish online at www.dunmere.gov.uk/flytipping.",
        "### More information",
        "- Book a garden waste collection at www.dunmere.gov.uk/gardenwaste or on 0114 496 0710.",
    )
    assert _contacts(run(text)) == ["www.dunmere.gov.uk/flytipping"]


def test_a_report_of_a_collection_missed_is_still_a_route(run):
    text = _text("If your bin was not emptied or rubbish has been dumped, report it on 0114 496 0711.")
    assert _contacts(run(text)) == ["0114 496 0711"]


@pytest.mark.parametrize(
    "sentence",
    [
        "You can check whether a found cat is microchipped by searching the free look-up service at www.chipfinder.com.",
        "Buyers can check a seller's licence by searching the national database at www.petlicences.org.uk.",
    ],
)
def test_a_look_up_service_to_check_on_is_not_a_route(run, sentence):
    assert _contacts(run(_text(sentence))) == []


def test_a_service_named_without_a_look_up_is_still_a_route(run):
    text = _text("If you are worried a pet has been stolen, check whether it was reported and call 0114 496 0712.")
    assert _contacts(run(text)) == ["0114 496 0712"]


def test_a_title_case_name_in_quote_marks_is_not_a_quote(run):
    text = _text(
        "The callers wear hi-vis jackets, say they are working for the "
        '"National Clean Streets Initiative" and tell residents to pay cash up front.'
    )
    assert _who(run(text)) == []


def test_a_quote_after_a_colon_in_title_case_is_kept(run):
    text = _text('Asked what the tenants wanted, their chair Ellen Prior said: "Fair Rents For All"')
    assert [q.text for q in run(text).quotes] == ["Fair Rents For All"]


def test_a_place_before_a_described_noun_is_not_a_name(run):
    text = _text('A Morgan Heath man who found a sofa dumped outside his house said: "It was there for a fortnight."')
    assert _who(run(text)) == [(None, "Morgan Heath man who found a sofa dumped outside his house")]


def test_a_name_set_off_before_a_description_is_still_a_name(run):
    text = _text('Morgan Heath, a man who found a sofa outside his house, said: "It was there for a fortnight."')
    assert [speaker for speaker, _ in _who(run(text))] == ["Morgan Heath"]


def test_its_chief_executive_after_a_paragraph_naming_no_body(run):
    text = (
        "Title\n\nKind Hands Dunmere, the domestic abuse charity, has opened a new drop-in centre.\n\n"
        "The centre, paid for by a lottery grant, will open three days a week.\n\n"
        'Its chief executive, Ruth Ambler, said: "Nobody should have to wait for help."'
    )
    assert _who(run(text)) == [("Ruth Ambler", "chief executive, Kind Hands Dunmere")]


def test_its_chief_executive_mid_paragraph_looks_only_one_sentence_back(run):
    text = (
        "Title\n\nThe appeal was launched by Dunmere Borough Council on Monday.\n\n"
        "Kind Hands tries to help victims. "
        'Its chief executive, Ruth Ambler, said: "Nobody should have to wait for help."'
    )
    assert _who(run(text))[0][1] != "chief executive, Dunmere Borough Council"
