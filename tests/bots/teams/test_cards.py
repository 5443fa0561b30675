"""Adaptive Card building blocks and the 28 KB size guard."""

from __future__ import annotations

from bots.teams import cards

from .adaptive_card import validate_envelope


def long_card(words: int) -> dict:
    body = [
        cards.text("Warning about online grooming", weight="bolder", size="medium"),
        cards.text(" ".join(["wording"] * words)),
        cards.facts([("Version", "3"), ("Approved by", "Abe Approver")]),
        cards.text("Past its review date: check before use.", color="warning"),
    ]
    return cards.envelope(cards.card(body, [cards.open_url("Call 999", "tel:999")], fallback="Lines"), "Lines")


def test_a_built_envelope_is_a_valid_adaptive_card_1_4_message():
    assert validate_envelope(long_card(10)) == []


def test_a_small_card_is_left_alone():
    message = long_card(10)
    assert cards.fit(message) == message


def test_an_oversized_card_is_shortened_under_the_limit_keeping_title_facts_and_warnings():
    message = long_card(20_000)
    assert cards.size(message) > cards.MAX_BYTES
    fitted = cards.fit(message)
    assert cards.size(fitted) <= cards.MAX_BYTES
    body = fitted["attachments"][0]["content"]["body"]
    assert body[0]["text"] == "Warning about online grooming"
    assert body[1]["text"].endswith(cards.ELLIPSIS)
    assert body[2]["type"] == "FactSet"
    assert body[3]["color"] == "warning"
    assert validate_envelope(fitted) == []


def test_non_ascii_text_is_measured_as_sent_escaped():
    message = long_card(0)
    message["attachments"][0]["content"]["body"][1]["text"] = "é" * 6000
    assert cards.size(message) > 6 * 6000
    assert cards.size(cards.fit(message, limit=8000)) <= 8000
