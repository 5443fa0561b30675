"""'She went on:' before a quote attributes it, like 'she added:', to the speaker who was already talking."""

from __future__ import annotations


def test_she_went_on_before_a_quote_continues_the_last_speaker(run):
    got = run("""
        Waste carrier fined

        Councillor Anna Price, cabinet member for the environment, said: "This was a deliberate scheme."

        She went on: "Ask to see a waste carrier licence before you hand anything over."
    """)
    assert [(q.speaker, q.text[:20]) for q in got.quotes] == [
        ("Anna Price", "This was a deliberat"),
        ("Anna Price", "Ask to see a waste c"),
    ]


def test_the_trial_went_on_in_narrative_is_not_an_attribution(run):
    got = run("""
        Trial update

        The trial went on for three days, and the jury heard the 'cash for parcels' plan described.
    """)
    assert got.quotes == []
