"""The classes behind the twentieth December 2026 holdout's misses (issue 17, 12t): a complaints page for
someone unhappy with the service itself, a service booked by "to book one, call …", a list item led by a short
code ("- **999** if you are in danger"), a line for anyone at risk of losing their home, a named team someone
"leads", and a long organisation's name before its job. The texts are invented."""

from __future__ import annotations

import pytest
from extracted_views import contacts as _contacts


def _text(paragraph: str) -> str:
    return f"Title\n\nOfficers in Tarnside are warning residents after a series of incidents.\n\n{paragraph}"


@pytest.mark.parametrize(
    "sentence",
    [
        "If you are unhappy with the service you received from Tarnside Police, visit www.tarnside.police.uk/feedback.",
        "Anyone dissatisfied with the care they were given can write to care.feedback@tarnside.nhs.uk.",
    ],
)
def test_a_complaint_about_the_service_itself_is_not_a_route(run, sentence):
    assert _contacts(run(_text(sentence))) == []


def test_a_complaint_about_an_officer_s_conduct_is_still_left_to_the_other_rules(run):
    text = _text("Anyone who saw the assault or has information should call Tarnside Police on 0161 496 0571.")
    assert _contacts(run(text)) == ["0161 496 0571"]


def test_a_visit_booked_by_one_is_not_a_route(run):
    sentence = "The council runs energy advice visits for tenants; to arrange one, ring 0161 496 0573."
    assert _contacts(run(_text(sentence))) == []


def test_a_free_home_safety_visit_from_the_fire_service_booked_by_one_is_a_route(run):
    # (this sentence was a negative above until the fifth session: the brief's settled convention of 6 December,
    # 16:30 UTC, makes a free home fire safety visit offered to residents a route however it is booked)
    sentence = "The fire service offers free home safety visits to older people; to book one, call 0161 496 0572."
    assert _contacts(run(_text(sentence))) == ["0161 496 0572"]


def test_a_visit_for_someone_worried_is_still_a_route(run):
    text = _text("If you are worried about an older neighbour, call the fire service on 0161 496 0574.")
    assert _contacts(run(text)) == ["0161 496 0574"]


@pytest.mark.parametrize(
    "item",
    [
        "- **999** if you are in danger or a crime is happening now",
        "- 999 if someone is hurt",
        "* **999** in an emergency",
    ],
)
def test_a_list_item_led_by_the_emergency_number_is_a_route(run, item):
    got = run(_text(f"## How to report\n\n{item}\n- Crimestoppers: 0800 555 111"))
    assert "999" in _contacts(got)


@pytest.mark.parametrize(
    "item",
    ["- 999 calls were made to the force that night", "- 101 officers took part in the operation"],
)
def test_a_list_item_led_by_a_count_is_not_a_route(run, item):
    assert "999" not in _contacts(run(_text(f"## Figures\n\n{item}"))) and "101" not in _contacts(
        run(_text(f"## Figures\n\n{item}"))
    )


def test_a_line_for_anyone_at_risk_of_losing_their_home_is_a_route(run):
    text = _text("Anyone at risk of losing their home tonight can call the council's housing line on 0161 496 0575.")
    assert _contacts(run(text)) == ["0161 496 0575"]


def test_a_line_without_any_reader_at_risk_is_not_taken(run):
    text = _text("Tenants of the new flats will be at the opening; the council's lettings line is 0161 496 0576.")
    assert _contacts(run(text)) == []


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        (
            '"Lock your bikes," said Inspector Ruth Okafor, who leads the Tarnside town centre neighbourhood team.',
            "Inspector, Tarnside town centre neighbourhood team",
        ),
        (
            'Sergeant Paul Greaves, who leads the Tarnside Rural policing team, said: "Lock your sheds."',
            "Sergeant, Tarnside Rural policing team",
        ),
    ],
)
def test_a_named_team_someone_leads_is_in_the_role(run, sentence, role):
    got = run(_text(sentence))
    assert [q.role for q in got.quotes] == [role]


def test_leading_an_unnamed_team_adds_nothing(run):
    got = run(_text('"Lock your bikes," said Inspector Ruth Okafor, who leads the team.'))
    assert [q.role for q in got.quotes] == ["Inspector"]


def test_a_long_organisation_name_before_its_job_is_kept_whole(run):
    got = run(_text("Tarnside Fell Mountain Rescue Team’s deputy team leader, Ann Pike, said: ‘Carry a torch.’"))
    assert [q.role for q in got.quotes] == ["Tarnside Fell Mountain Rescue Team’s deputy team leader"]
