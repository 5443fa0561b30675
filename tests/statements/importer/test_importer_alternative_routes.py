"""Routes the fourth December 2026 holdout found missing (issue 17): a second short code offered as the
alternative to one after a strong cue ("Dial 999 or 112"), a short code after "or any scam …" (a following
alternative is not what the text calls fake), a site on the same domain as a contact left out for other business,
and a bare domain under a longer suffix (".gov.wales") is not cut to ".gov". Negatives: a count stays a count."""

from __future__ import annotations

import pytest
from extracted_views import contacts as _contacts


@pytest.mark.parametrize(
    "line",
    [
        "- Ring **999** or **112** and ask for the Coastguard",
        "If someone is in the water, call 999, or 112 from a mobile, and ask for the Coastguard.",
    ],
)
def test_a_short_code_offered_as_the_alternative_to_another_is_a_route(run, line):
    got = run(f"Beach safety\n\n{line}")
    assert "112" in _contacts(got)


@pytest.mark.parametrize(
    "sentence",
    [
        "Calls to 999 or 112 rose by a fifth last summer.",
        "The lifeboat launched 112 times, up from 999 or 101 in the decade before.",
    ],
)
def test_a_count_after_or_is_not_a_short_code(run, sentence):
    got = run(f"Figures\n\n{sentence}")
    assert "112" not in _contacts(got)


def test_a_short_code_before_an_alternative_for_scam_texts_is_not_called_fake(run):
    got = run("""
        Tax scam texts

        - Forward texts that claim to come from the tax office to 60599, or any other scam text to 7726
    """)
    assert _contacts(got)[:2] == ["60599", "7726"]


def test_a_route_on_the_same_site_as_a_contact_for_research_is_kept(run):
    got = run("""
        Night safety study

        Anyone over 18 can take part in the study at www.harrowfield.ac.uk/nightsafe until March.

        If something has happened to you, use the university's Speak Up tool at https://speakup.harrowfield.ac.uk.
    """)
    assert _contacts(got) == ["https://speakup.harrowfield.ac.uk"]
    assert any("research" in note for note in got.notes)


def test_a_bare_domain_under_a_longer_suffix_is_not_cut_short(run):
    got = run("""
        Counterfeit goods

        Report fake goods to trading standards at [cyngor.gov.wales/safonau](https://www.cyngor.gov.wales/safonau).
    """)
    assert _contacts(got) == ["https://www.cyngor.gov.wales/safonau"]
