"""The classes behind the December 2026 holdouts' misses 12zf and 12zg: a complaint about how the service itself
handled a call or case (business, unlike a complaint about a nuisance or a crime), "Its chief executive" after a
sentence whose subject is a named body that "which" describes, and a rank before a first name that is also a
church title ("PC Dean ..."), and a person's name beside a contact taken as the route's name. The texts are
invented."""

from __future__ import annotations

import pytest
from extracted_views import contacts as _contacts
from extracted_views import who as _who


def _text(paragraph: str) -> str:
    return f"Title\n\nA report into how Carrowby Police answers calls was published on Tuesday.\n\n{paragraph}"


@pytest.mark.parametrize(
    "paragraph",
    [
        "Anyone unhappy with how their call was handled can complain online at www.carrowby.police.uk/feedback.",
        "If you want to complain about the way your case was dealt with, visit www.carrowby.police.uk/feedback.",
        "- Anyone unhappy with how the force has dealt with them can make a complaint at www.carrowby.police.uk/feedback",
        "Details are on the force's complaints page at www.carrowby.police.uk/feedback.",
    ],
)
def test_a_complaint_about_the_service_itself_is_not_a_route(run, paragraph):
    assert _contacts(run(_text(paragraph))) == []


@pytest.mark.parametrize(
    ("paragraph", "contact"),
    [
        (
            "Anyone with a complaint about noise from neighbours can report it at www.carrowby.gov.uk/noise.",
            "www.carrowby.gov.uk/noise",
        ),
        (
            "Anyone who wants to complain about the conduct of an officer can call the force's professional "
            "standards department on 0161 496 0815.",
            "0161 496 0815",
        ),
    ],
)
def test_a_complaint_about_a_nuisance_or_misconduct_stays_a_route(run, paragraph, contact):
    assert contact in _contacts(run(_text(paragraph)))


def test_its_after_a_named_body_that_which_describes(run):
    text = _text(
        "Bright Harbour, which supports young carers across the county, has opened a new drop-in centre.\n\n"
        'Its chief executive, Priya Doyle, said: "Nobody should have to care for a parent alone."'
    )
    assert _who(run(text)) == [("Priya Doyle", "chief executive, Bright Harbour")]


def test_its_after_a_sentence_without_a_named_subject_keeps_the_bare_role(run):
    text = _text(
        "The service, which opened in May, has taken more calls than expected.\n\n"
        'Its director, Priya Doyle, said: "We have been busier than ever."'
    )
    assert _who(run(text)) == [("Priya Doyle", "director")]


def test_a_rank_before_a_first_name_that_is_also_a_church_title(run):
    text = _text(
        "PC Dean Marlow, of Carrowby Police's town centre team, said patrols had been stepped up.\n\n"
        '"We want people to feel safe," he said.'
    )
    assert _who(run(text)) == [("Dean Marlow", "PC, Carrowby Police's town centre team")]


def test_a_church_title_after_another_is_still_part_of_the_title(run):
    text = _text('"We will hold a vigil on Sunday," said the Very Rev Dean Hollis.')
    assert _who(run(text))[0][0] == "Hollis"


def _names(extracted) -> list[str | None]:
    return [r.name for r in extracted.reporting_routes]


def test_a_persons_name_beside_a_mailbox_does_not_name_the_route(run):
    text = _text(
        "If you are worried about a child's safety, tell the school's safeguarding lead, Mrs Jane Porter, at "
        "safeguarding@carrowby-high.sch.uk."
    )
    extracted = run(text)
    assert "safeguarding@carrowby-high.sch.uk" in _contacts(extracted)
    assert "Mrs Jane Porter" not in _names(extracted)


def test_a_service_named_beside_its_number_keeps_its_name(run):
    text = _text("If you have been a victim of crime, call Carrowby Victim Care on 0161 496 0821.")
    assert "Carrowby Victim Care" in _names(run(text))
