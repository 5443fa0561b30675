"""Looking a fact up and giving feedback on the service are not reporting routes (issue 17, the blind holdout 13a):
"check whether a product is legally notified on the council's list at …", "check whether their model is one of
the most targeted at …", "To make a complaint or pass on a compliment about the care you received, contact …".
Checking that a caller, message or trader is genuine, or whether someone is safe, still is. The texts are
invented."""

from __future__ import annotations

import pytest
from extracted_views import contacts


def _text(paragraph: str) -> str:
    return (
        "Warning after van thefts\n\n"
        "Thieves have stolen tools from twelve vans in Marlow Cross since October, police said on Friday.\n\n"
        f"{paragraph}\n"
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Retailers can check whether a product is legally notified on the council's Vape Checker list at "
        "www.marlow.gov.uk/vapecheck.",
        "Drivers can check whether their van is one of the most targeted at www.marlow.police.uk/vantargets.",
        "Owners can find out if their lock has been tested to the new standard at www.lockcheck.example.org.uk.",
        "To make a complaint or pass on a compliment about the care you received, contact the patient experience "
        "team on 01632 960 501.",
        "If you are unhappy about the service you received, call 01632 960 502.",
        "Locksmiths vetted by trading standards can be looked up at www.marlowlocks.example.org.uk.",
    ],
)
def test_a_look_up_or_feedback_on_the_service_is_not_a_route(run, sentence):
    assert contacts(run(_text(sentence))) == []


@pytest.mark.parametrize(
    ("sentence", "contact"),
    [
        ("If you want to check whether a caller is genuine, ring the force on 01632 960 503.", "01632 960 503"),
        ("To check if a trader who knocks at your door is really from the council, call 01632 960 504.",
         "01632 960 504"),
        ("If you are worried and want to check whether a neighbour is safe, call 01632 960 505.", "01632 960 505"),
        ("Anyone who has information about the thefts should call 01632 960 506.", "01632 960 506"),
    ],
)  # fmt: skip
def test_checking_that_someone_is_genuine_or_safe_is_still_a_route(run, sentence, contact):
    assert contacts(run(_text(sentence))) == [contact]
