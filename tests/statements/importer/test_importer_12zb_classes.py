"""The classes behind the twenty-eighth and twenty-ninth December 2026 holdouts' misses (12zb and 12zc): a list
item labelled with plain information (term dates), recruiting foster carers, an advice page named over a long
sentence, an identity a described caller claims, a written thing's words after "It read:", and "She said:" after
a sentence naming a person when nobody has spoken yet. The texts are invented."""

from __future__ import annotations

import pytest
from extracted_views import contacts as _contacts
from extracted_views import who as _who


def _text(paragraph: str) -> str:
    return f"Title\n\nParents in Oakworth are being reminded of the rules on school attendance.\n\n{paragraph}"


@pytest.mark.parametrize(
    "paragraph",
    [
        "Useful links:\n\n- Holiday term dates: www.oakworth.gov.uk/term-dates\n",
        "Could you foster? The council needs more foster carers for teenagers; call the fostering team on "
        "0161 496 0733.",
        "Advice on keeping bikes secure, including the best locks and where to mark a frame, is on the force's "
        "website at www.oakworth.police.uk/advice/bike-locks.",
    ],
)
def test_term_dates_fostering_and_an_advice_page_are_not_routes(run, paragraph):
    assert _contacts(run(_text(paragraph))) == []


@pytest.mark.parametrize(
    ("paragraph", "contact"),
    [
        (
            "Useful links:\n\n- Worried about a child's attendance: www.oakworth.gov.uk/attendance-help\n",
            "www.oakworth.gov.uk/attendance-help",
        ),
        ("If you are worried about a child in foster care, call the fostering team on 0161 496 0734.", "0161 496 0734"),
        (
            "If your bike has been stolen, report it on the force's website at www.oakworth.police.uk/report.",
            "www.oakworth.police.uk/report",
        ),
    ],
)
def test_harm_beside_the_same_words_keeps_the_route(run, paragraph, contact):
    assert contact in _contacts(run(_text(paragraph)))


def test_a_described_callers_claimed_identity_and_his_words_are_not_quotes(run):
    text = _text(
        'Each victim took a call from a man who said he was "Inspector Carr from the Oakworth Police fraud team". '
        'He told them: "Your savings are at risk and we need your help to move them today."\n\n'
        '"Nobody from the police will ever ask you to move money," said Detective Sergeant Asha Bell.'
    )
    assert _who(run(text)) == [("Asha Bell", "Detective Sergeant")]


def test_it_read_after_a_written_thing_is_not_a_quote(run):
    text = _text(
        'Officers showed parents a leaflet that had been pushed through doors on the estate. It read: "Cash paid '
        'for school uniforms, no questions asked."\n\n"We have never seen anything like it," said Amira Khan, the '
        "head teacher."
    )
    assert [q.speaker for q in run(text).quotes] == ["Amira Khan"]


def test_it_said_with_no_written_thing_before_is_left_alone(run):
    text = _text(
        'Amira Khan, the head teacher, spoke to parents on Monday. She said: "Every day in school counts, and we '
        'will help any family that is struggling."'
    )
    assert [q.speaker for q in run(text).quotes] == ["Amira Khan"]


def test_she_said_after_a_sentence_naming_her_is_hers(run):
    text = _text(
        "The inquiry was chaired by Helen Marsh, the retired judge who led it for two years. She said: 'Families "
        "were let down again and again, and that has to change now.'"
    )
    assert [q.speaker for q in run(text).quotes] == ["Helen Marsh"]


def test_he_said_with_nobody_named_or_described_is_not_a_quote(run):
    text = _text(
        'The victim answered a knock at the door late at night. He said: "I am from the water board and need to '
        'check your pipes."'
    )
    assert run(text).quotes == []


def test_one_of_an_organisations_group_is_its_singular(run):
    text = _text("Dr Nia Patel, one of the surgery's practice nurses, said: 'Staff are shouted at every single day.'")
    assert _who(run(text)) == [("Nia Patel", "practice nurse")]


def test_one_of_a_number_of_a_group_stays_as_written(run):
    text = _text("Dr Nia Patel, one of three partners at the surgery, said: 'Staff are shouted at every day.'")
    assert _who(run(text)) == [("Nia Patel", "one of three partners at the surgery")]


def test_who_led_the_investigation_for_a_bodys_unit_gives_the_unit(run):
    text = _text(
        '"They thought nobody was watching," said Detective Sergeant Omar Reid, who led the investigation for '
        "Oakworth Police's burglary unit."
    )
    assert _who(run(text)) == [("Omar Reid", "Detective Sergeant, Oakworth Police's burglary unit")]


def test_who_led_a_generic_investigation_adds_nothing(run):
    text = _text('"They thought nobody was watching," said Detective Sergeant Omar Reid, who led the investigation.')
    assert _who(run(text)) == [("Omar Reid", "Detective Sergeant")]
