"""Getting the command out of what Teams sends: the @mention and the HTML go, the words stay."""

from __future__ import annotations

import pytest

from bots.teams.activity import command_text, reply_key


@pytest.mark.parametrize(
    ("text", "command"),
    [
        ("<at>Pressline</at> lines grooming", "lines grooming"),
        ("<at>Pressline</at>&nbsp;lines grooming\n", "lines grooming"),
        ("<p><at>Pressline</at> quote <b>chief</b> constable</p>", "quote chief constable"),
        ('<div><at id="0">Press Line Bot</at>  report   fraud<br/></div>', "report fraud"),
        ("report fish &amp; chips", "report fish & chips"),
        ("<at>Pressline</at>", ""),
        ("help <at>Someone Else</at>", "help"),
        ("latest\u00a0road-safety", "latest road-safety"),
    ],
)
def test_command_text_strips_mentions_and_markup(text, command):
    assert command_text({"type": "message", "text": text}) == command


@pytest.mark.parametrize("activity", [{}, {"text": None}, {"text": 42}])
def test_no_text_is_an_empty_command(activity):
    assert command_text(activity) == ""


def test_reply_key_is_the_activity_id_within_its_conversation():
    assert reply_key({"id": "17", "conversation": {"id": "19:abc;messageid=17"}}) == "19:abc;messageid=17|17"
    assert reply_key({"id": "17"}) == "17"
    assert reply_key({"id": ""}) is None
    assert reply_key({}) is None
