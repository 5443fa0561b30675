"""Reporting-route rules: numbers checked with phonenumbers, 999 where there is danger, required routes."""

from __future__ import annotations

import pytest

from statements.checks import ChecksConfig, RouteIn

from .conftest import CEOP, EMERGENCY


@pytest.mark.parametrize(
    "wording",
    ["Call Crimestoppers on 0800 555 11 anonymously.", "Ring us on 0207 123 456 today.", "Call 9999 now."],
)
def test_a_number_that_cannot_be_dialled_blocks(run, wording):
    found = run("routes.phone-number", wording)
    assert found and found[0].severity == "block"
    assert wording[found[0].start : found[0].end] == found[0].match


@pytest.mark.parametrize(
    "wording",
    [
        "Call Crimestoppers on 0800 555 111 anonymously.",
        "Call 101 or, in an emergency, 999.",
        "Call 999.",
        "Samaritans: call 116 123 at any time.",
        "Forward scam texts: text 7726 free of charge.",
        "Call 159 to reach your bank.",
        "Ring +44 20 7946 0000.",
    ],
)
def test_valid_numbers_and_short_codes_pass(run, wording):
    assert run("routes.phone-number", wording) == []


@pytest.mark.parametrize(
    "wording",
    [
        "Call 101 quoting reference 14/999/26.",
        "Quote incident 999 of 5 December when you call 101.",
        "The crash happened at 10.45 on the A412.",
        "Log 41/81542/26 refers.",
    ],
)
def test_short_codes_inside_references_times_and_logs_are_not_numbers(run, wording):
    assert run("routes.phone-number", wording) == []


def test_a_route_with_a_wrong_number_blocks(run):
    route = RouteIn("helpline", "Helpline", "0800 12", None)
    found = run("routes.phone-number", "Call the helpline.", routes=[route])
    assert [(f.field, f.match) for f in found] == [("reporting_routes.0.phone", "0800 12")]


def test_the_office_can_recognise_its_own_short_codes(run):
    assert run("routes.phone-number", "Text 12345 with your report.")
    assert run("routes.phone-number", "Text 12345 with your report.", config=ChecksConfig(short_codes=("12345",))) == []


@pytest.mark.parametrize(
    "wording", ["If a child is in immediate danger, act now.", "If your life is at risk, get help.", "Is a crime in "
                "progress? Tell us."]
)  # fmt: skip
def test_danger_wording_without_a_999_route_blocks(run, wording):
    found = run("routes.danger-without-999", wording.replace("crime in progress", "crime is in progress"))
    assert found and found[0].severity == "block"


def test_danger_wording_with_a_999_route_passes(run):
    assert run("routes.danger-without-999", "If a child is in immediate danger, act now.", routes=[EMERGENCY]) == []


@pytest.mark.parametrize(
    "wording",
    [
        "Emergency services attended the scene.",
        "She is not thought to be in danger.",
        "The danger of online fraud is growing.",
    ],
)
def test_danger_near_misses_pass_without_999(run, wording):
    assert run("routes.danger-without-999", wording) == []


def test_a_topic_the_office_requires_a_route_for_blocks_without_it(run):
    config = ChecksConfig(required_routes={"online-safety": ("ceop",)})
    found = run("routes.required", "Keep children safe online.", config=config, topics=("online-safety",))
    assert found and "ceop" in found[0].message
    assert run("routes.required", "Keep children safe.", config=config, topics=("online-safety",), routes=[CEOP]) == []


def test_no_route_is_required_by_default(run):
    assert run("routes.required", "Keep children safe online.", topics=("online-safety",)) == []


@pytest.mark.parametrize("number", ["07700 900461", "0161 496 0000", "020 7946 0018", "01632 960 744"])
def test_a_drama_number_warns_instead_of_blocking(run, number):
    wording = f"Call the incident room on {number}."
    assert [f.severity for f in run("routes.drama-number", wording)] == ["warn"]
    assert run("routes.phone-number", wording) == []


def test_a_real_number_is_not_a_drama_number(run):
    assert run("routes.drama-number", "Call Crimestoppers on 0800 555 111.") == []
