"""The classes behind the twenty-fourth and twenty-fifth December 2026 holdouts' misses (issue 17, 12z and 12za): a
public register is never a route, a look-up of a list, a complaint about the service itself, lost property, an
alert sent to an outreach service, a nuisance reported as it happens, a label before a Markdown link, a body "its"
means named by what it is, an assistant's job before a name, a young person called by a first name, one of a group
described, and "The apology came from X". The texts are invented."""

from __future__ import annotations

import pytest
from extracted_views import contacts as _contacts
from extracted_views import who as _who


def _text(paragraph: str) -> str:
    return f"Title\n\nOfficers in Brackley are asking anyone with information about the thefts to come forward.\n\n{paragraph}"


@pytest.mark.parametrize(
    "sentence",
    [
        "Savers can check whether a firm is authorised on the regulator's register at register.wickfin.org.uk.",
        "Drivers can check whether their car is a known target at www.brackley.police.uk/targets.",
        "Complaints about how the police have handled a case can be made at www.brackley.police.uk/complaints.",
        "Patients who want to make a complaint about the hospital's care can call the advice service on 0161 496 0871.",
        "For lost property call the fair office on 0161 496 0872.",
    ],
)
def test_a_look_up_a_complaint_about_the_service_or_lost_property_is_not_a_route(run, sentence):
    assert _contacts(run(_text(sentence))) == []


@pytest.mark.parametrize(
    ("sentence", "contact"),
    [
        (
            "Anyone who saw the thefts can report them at www.brackley.police.uk/report.",
            "www.brackley.police.uk/report",
        ),
        ("Complaints about noise from the site can be reported on 0161 496 0873.", "0161 496 0873"),
    ],
)
def test_a_report_line_beside_those_words_is_still_a_route(run, sentence, contact):
    assert _contacts(run(_text(sentence))) == [contact]


def test_an_alert_sent_from_a_list_item_before_a_markdown_link_is_a_route(run):
    text = _text("## What you can do\n\n1. **Send an alert:** [alertbrackley.org.uk](https://www.alertbrackley.org.uk)")
    assert _contacts(run(text)) == ["alertbrackley.org.uk"]


def test_a_line_for_a_nuisance_happening_now_is_a_route(run):
    text = _text("For noise happening now after midnight, the night patrol can be reached on 0161 496 0874.")
    assert _contacts(run(text)) == ["0161 496 0874"]


def test_a_markdown_link_after_a_label_naming_nothing_is_still_left_out(run):
    text = "Title\n\nThe Brackley fair opens on Friday.\n\n## More\n\n1. **Our history:** [brackleyfair.org.uk](https://www.brackleyfair.org.uk)"
    assert _contacts(run(text)) == []


@pytest.mark.parametrize(
    ("before", "role"),
    [
        (
            "The Brackley Traders group, which speaks for shops in the town, backs the plan.",
            "chair, Brackley Traders group",
        ),
        ("Support workers from the charity Open Door are helping the men.", "chair, Open Door"),
    ],
)
def test_its_chair_belongs_to_the_body_the_sentence_before_names(run, before, role):
    text = _text(f'{before} Its chair, Ruth Mallory, said: "We are glad to help."')
    assert _who(run(text)) == [("Ruth Mallory", role)]


def test_its_chair_after_a_sentence_naming_no_body_has_no_body(run):
    text = _text('The plan starts on Monday. Its chair, Ruth Mallory, said: "We are glad to help."')
    assert _who(run(text)) == [("Ruth Mallory", "chair")]


def test_an_assistants_job_before_a_name_is_the_role(run):
    text = _text('Care assistant Kofi Mensah got his bike back. "I never thought I would see it again," he said.')
    assert _who(run(text)) == [("Kofi Mensah", "Care assistant")]


def test_a_young_person_named_in_full_and_then_by_first_name_is_the_speaker(run):
    text = _text(
        "Last year 15-year-old Tayo Brennan was hurt near the station.\n\n"
        '"We wanted to talk about why people carry," said Tayo, now 16.'
    )
    assert _who(run(text)) == [("Tayo Brennan", None)]


def test_a_first_name_alone_that_matches_nobody_gives_no_speaker(run):
    text = _text('Tayo Brennan was hurt near the station.\n\n"We wanted to talk about it," said Marcus.')
    assert [speaker for speaker, _ in _who(run(text))] != ["Tayo Brennan"]


def test_one_of_a_group_described_by_what_they_are_is_the_speaker_of_she_said(run):
    text = _text(
        '"Never walk out on the sands alone," said Tom Pryor, a coastguard officer.\n\n'
        "One of the rescued walkers, a retired nurse from Brackley, said she had checked the wrong day.\n\n"
        "'It was terrifying,' she said."
    )
    assert _who(run(text))[-1] == (None, "retired nurse from Brackley")


def test_the_apology_came_from_names_the_speaker_of_the_quote_before(run):
    text = _text(
        '> "I am very sorry. We let our patients down."\n\n'
        "The apology came from Dr Ama Okafor, the hospital's medical director."
    )
    assert _who(run(text)) == [("Ama Okafor", "medical director")]
