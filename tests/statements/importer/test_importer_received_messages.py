"""Words of a message someone received are nobody's quote, and a contact inside them is the scam's, not a route:
'One patient received a follow-up text: "…"'. The texts are invented."""

from __future__ import annotations

import pytest


def _text(paragraph: str) -> str:
    return f"Title\n\nPatients in Holmbury are being warned about fake flu clinic messages.\n\n{paragraph}"


@pytest.mark.parametrize(
    "paragraph",
    [
        'One patient received a follow-up text: "Holmbury NHS: confirm your flu clinic slot today at '
        'holmbury-nhs-slots.co.uk or lose your place."',
        'Several residents were sent letters from a so-called enforcement unit: "Pay at holmbury-fines.co.uk within '
        'seven days to avoid a visit."',
    ],
)
def test_a_contact_in_a_message_someone_received_is_not_a_route_nor_a_quote(run, paragraph):
    got = run(_text(paragraph))
    assert got.reporting_routes == []
    assert got.quotes == []


def test_words_after_a_person_who_received_news_are_still_a_quote(run):
    got = run(_text('Dr Amal Reid, who received the award on Monday, said: "The clinics are safe and free."'))
    assert [(q.speaker, q.text[:10]) for q in got.quotes] == [("Amal Reid", "The clinic")]


def test_a_person_who_received_a_message_and_then_spoke_is_quoted(run):
    got = run(_text('A resident who received the text said: "It looked official, so I nearly paid."'))
    assert [q.text[:12] for q in got.quotes] == ["It looked of"]
