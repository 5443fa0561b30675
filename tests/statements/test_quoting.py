"""The one convention for speakers and roles (statements/quoting.py)."""

from __future__ import annotations

import pytest

from statements.quoting import byline, stored_quote


@pytest.mark.parametrize(
    ("speaker", "role", "stored"),
    [
        ("Jane Smith", "Detective Inspector", ("Jane Smith", "Detective Inspector")),
        ("The family of John Smith", "family statement", ("The family of John Smith", "family statement")),
        (None, "Norfolk Police spokesperson", ("Norfolk Police spokesperson", "")),
        (None, "survivor", ("Survivor", "")),
        (None, None, ("Unattributed", "")),
    ],
)
def test_a_quote_is_stored_with_a_speaker_always(speaker, role, stored):
    quote = stored_quote("Words.", speaker, role)
    assert (quote["speaker"], quote["role"]) == stored


@pytest.mark.parametrize(
    ("speaker", "role", "line"),
    [
        ("Jane Smith", "Detective Inspector", "Jane Smith, Detective Inspector"),
        ("Jo Smith", "Detective Inspector, Northshire Police", "Jo Smith, Detective Inspector, Northshire Police"),
        ("The family of John Smith", "family statement", "The family of John Smith (family statement)"),
        ("Norfolk Constabulary", "statement", "Norfolk Constabulary"),
        ("Westshire FC and Westshire Police", "joint statement", "Westshire FC and Westshire Police (joint statement)"),
        ("Norfolk Police spokesperson", "", "Norfolk Police spokesperson"),
    ],
)
def test_every_face_writes_the_byline_the_same_way(speaker, role, line):
    assert byline(speaker, role) == line
