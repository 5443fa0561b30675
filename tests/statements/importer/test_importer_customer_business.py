"""A contact a clause gives for a customer's own dealings with the organisation is not a reporting route, even
beside words of help: places booked without an article ("book places"), questions about rent or a tenancy, and
trade business (customs declarations, clearance, a freight office); and a force's short number after a label
ends its line's first sentence (issue 17, the eleventh December 2026 holdout). The texts are invented."""

from __future__ import annotations

import pytest
from extracted_views import contacts as _contacts


def _text(body: str) -> str:
    return (
        f"Title\n\nOfficers are asking anyone with information about the thefts in Ollerby to come forward.\n\n{body}"
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "A free safety session is on next week; door supervisors can book places by e-mailing safe@ollerbybid.co.uk.",
        "Questions about rent or your tenancy: call 0113 496 0771.",
        "Council tax enquiries about the help scheme go to 0113 496 0772.",
        "Hauliers can get help with customs clearance from the port's freight office on 0113 496 0773.",
    ],
)
def test_a_contact_for_a_customers_own_dealings_is_not_a_route(run, sentence):
    assert _contacts(run(_text(sentence))) == []


def test_a_tenancy_helpline_for_reports_is_still_a_route(run):
    got = run(_text("Tenants who see anti-social behaviour can report it on 0113 496 0774."))
    assert _contacts(got) == ["0113 496 0774"]


def test_a_forces_101_after_a_label_ending_a_sentence_is_a_route(run):
    got = run(_text("GETTING HELP\n\nOllerby Police: 101. In an emergency, always call 999."))
    assert "101" in _contacts(got)


def test_a_count_label_before_a_full_stop_is_not_a_route(run):
    got = run(_text("Thefts recorded: 101. Officers say most were from vans."))
    assert "101" not in _contacts(got)
