"""The classes behind the twenty-second December 2026 holdout's misses (issue 17, 12v): a rank's base named as a
station ("Crew Manager X, from Y fire station"), recruiting foster carers, written representations to a licensing
hearing, and a page of recovered property to look up. The texts are invented."""

from __future__ import annotations

import pytest
from extracted_views import contacts as _contacts
from extracted_views import who as _who


def _text(paragraph: str) -> str:
    return f"Title\n\nServices in Ormsby are giving advice after a busy week.\n\n{paragraph}"


@pytest.mark.parametrize(
    ("base", "role"),
    [
        ("from Ormsby fire station", "Crew Manager, Ormsby fire station"),
        ("of Tollgate lifeboat station", "Crew Manager, Tollgate lifeboat station"),
    ],
)
def test_a_station_the_speaker_is_from_is_part_of_the_role(run, base, role):
    text = _text(f'Crew Manager Aled Prowse, {base}, said: "Never leave a charging e-scooter unattended."')
    assert _who(run(text)) == [("Aled Prowse", role)]


def test_a_railway_station_someone_came_from_is_still_no_role(run):
    text = _text('Aled Prowse, from Ormsby station, said: "The trains were late all week."')
    assert _who(run(text)) == [("Aled Prowse", None)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Foster carers are needed across Ormsby. To find out about fostering, visit www.ormsbyfostering.gov.uk.",
        "Anyone interested in becoming one of our foster carers can call 0161 496 0871.",
        "Residents may submit written representations about the licence review by e-mailing licensing@ormsby.gov.uk.",
        "Pictures of the recovered bikes are on the force's lost and found page at www.ormsby.police.uk/found.",
    ],
)
def test_fostering_representations_and_recovered_property_are_not_routes(run, sentence):
    assert _contacts(run(_text(sentence))) == []


def test_reporting_a_concern_about_a_child_in_foster_care_is_still_a_route(run):
    text = _text("If you are worried about a child, including a child in foster care, call 0161 496 0872.")
    assert _contacts(run(text)) == ["0161 496 0872"]


def test_reporting_a_stolen_bike_is_still_a_route(run):
    text = _text("If your bike has been stolen, report it online at www.ormsby.police.uk/report.")
    assert _contacts(run(text)) == ["www.ormsby.police.uk/report"]
