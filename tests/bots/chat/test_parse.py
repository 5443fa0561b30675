"""The chat grammar: text in, a neutral Command out, never an exception."""

from __future__ import annotations

import pytest

from bots.chat import Command, parse


@pytest.mark.parametrize(
    ("text", "verb", "query"),
    [
        ("lines grooming", "lines", "grooming"),
        ("  LINES   online   grooming  ", "lines", "online grooming"),
        ("line grooming", "lines", "grooming"),
        ("quote chief constable", "quote", "chief constable"),
        ("quotes hale", "quote", "hale"),
        ("report grooming", "report", "grooming"),
        ("report online-safety", "report", "online-safety"),
        ("latest", "latest", ""),
        ("latest fraud", "latest", "fraud"),
        ("help", "help", ""),
        ("", "help", ""),
        ("   ", "help", ""),
        ("show courier-fraud-warning", "show", "courier-fraud-warning"),
        ("grooming", "unknown", "grooming"),
        ("qoute hale", "unknown", "qoute hale"),
    ],
)
def test_parse_reads_verb_and_query(text, verb, query):
    command = parse(text)
    assert (command.verb, command.query) == (verb, query)
    assert command.raw == text


def test_parse_never_raises_on_none():
    assert parse(None).verb == "help"


def test_slack_link_markup_is_unwrapped():
    assert parse("lines <https://example.org|example.org> scam").query == "example.org scam"


def test_smart_quotes_become_plain():
    assert parse("lines \u201cright care\u201d").query == '"right care"'


def test_query_is_bounded():
    assert len(parse("lines " + "x" * 5000).query) < 300


def test_command_text_round_trips_through_parse():
    command = parse("lines   online grooming", offset=3)
    again = parse(command.text, offset=command.offset)
    assert (again.verb, again.query, again.offset) == ("lines", "online grooming", 3)


def test_at_moves_the_offset_and_never_below_zero():
    assert Command("lines", "x").at(2).offset == 2
    assert Command("lines", "x").at(-5).offset == 0
