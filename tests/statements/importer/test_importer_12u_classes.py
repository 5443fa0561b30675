"""The classes behind the twenty-first December 2026 holdout's misses (issue 17, 12u): a blockquote attributed by
the sentence after it ("The warning came from …", "The words were those of …"), a spokesperson for a body with a
long name, something that "can be booked on" a number, and a register to check property against or put one's own
on. The texts are invented."""

from __future__ import annotations

import pytest
from extracted_views import contacts as _contacts
from extracted_views import who as _who


def _text(paragraph: str) -> str:
    return f"Title\n\nOfficials in Tarnside are giving advice after a busy week.\n\n{paragraph}"


@pytest.mark.parametrize(
    "after",
    [
        "The warning came from Sergeant Mark Ellery, of Tarnside Police's roads policing unit.",
        "The words were those of Sergeant Mark Ellery, of Tarnside Police's roads policing unit, speaking on Monday.",
    ],
)
def test_a_blockquote_attributed_by_the_sentence_after_it(run, after):
    text = _text(f"> “Black ice forms fast on the moor road. Slow down and leave a bigger gap.”\n\n{after}")
    quotes = run(text).quotes
    assert [q.speaker for q in quotes] == ["Mark Ellery"]
    assert quotes[0].text.startswith("Black ice forms fast")


def test_a_blockquote_before_a_sentence_of_plain_narration_is_not_given_to_its_subject(run):
    text = _text(
        "> “Black ice forms fast on the moor road.”\n\nThe road was closed by Sergeant Mark Ellery on Monday night."
    )
    assert [q.speaker for q in run(text).quotes] != ["Mark Ellery"]


@pytest.mark.parametrize(
    "body",
    ["Tarnside and Holmbeck Integrated Care Board", "the Tarnside and Holmbeck Community Health Services Trust"],
)
def test_a_spokesperson_for_a_body_with_a_long_name_is_read(run, body):
    text = _text(
        f'A spokesperson for {body} said: "Pharmacists can treat many minor illnesses without an appointment."'
    )
    assert _who(run(text)) == [(None, f"spokesperson for {body}")]


def test_a_long_description_of_an_unnamed_speaker_is_still_not_a_role(run):
    text = _text(
        'A man who had been waiting in the queue outside the surgery since six in the morning said: "It was freezing."'
    )
    assert all(len((role or "").split()) <= 20 for _, role in _who(run(text)))


@pytest.mark.parametrize(
    "sentence",
    [
        "Garden waste: extra collections can be booked on 0161 496 0711.",
        "Free loft insulation surveys can be booked online at www.tarnside.gov.uk/insulation.",
        "Places at the winter fair can be booked via fair@tarnside.gov.uk.",
    ],
)
def test_what_can_be_booked_on_a_contact_is_a_booking_not_a_route(run, sentence):
    assert _contacts(run(_text(sentence))) == []


def test_a_number_to_report_a_missed_collection_is_still_a_route(run):
    text = _text("Missed bin collections can be reported to the council's waste team on 0161 496 0712.")
    assert _contacts(run(text)) == ["0161 496 0712"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Owners can check whether a trailer has been reported stolen, and register their own, at www.trailerlist.co.uk.",
        "Check whether a bike is listed as stolen at www.cyclelookup.co.uk before you buy it.",
        "Riders can register their bikes at www.cyclelookup.co.uk.",
    ],
)
def test_a_register_to_check_or_to_put_property_on_is_not_a_route(run, sentence):
    assert _contacts(run(_text(sentence))) == []


def test_reporting_a_stolen_trailer_is_still_a_route(run):
    text = _text(
        "Anyone who sees the stolen trailer should report it to Tarnside Police at www.tarnside.police.uk/report."
    )
    assert _contacts(run(text)) == ["www.tarnside.police.uk/report"]


def test_a_safety_visit_that_can_be_booked_is_still_help(run):
    text = _text("Free home fire safety visits can be booked on 0161 496 0713.")
    assert _contacts(run(text)) == ["0161 496 0713"]


def test_a_short_code_in_the_last_cell_of_a_table_row_is_labelled_by_the_cells_before_it(run):
    table = (
        "## Who to call\n\n| Who | When | Number |\n|---|---|---|\n"
        "| Tarnside Council | Fly-tipping on council land | 0161 496 0714 |\n"
        "| Police | Someone is threatening you at the door | 999 |"
    )
    assert "999" in _contacts(run(_text(table)))


def test_a_count_in_the_last_cell_of_a_table_row_is_still_not_a_route(run):
    table = "| Station | Calls made in 2025 | Total |\n|---|---|---|\n| Tarnside | Calls made in 2025 | 999 |"
    assert "999" not in _contacts(run(_text(table)))
