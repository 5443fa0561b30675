"""The one-line summary every face uses for notifications: separate sentences, internal wording marked first."""

from __future__ import annotations

from bots.chat import parse
from bots.chat.answers import sentences


def test_sentences_are_separated_with_full_stops():
    assert sentences("Pressline: approved wording on demand", "Didn't catch that.") == (
        "Pressline: approved wording on demand. Didn't catch that."
    )
    assert sentences(None, "", "Already ends?") == "Already ends?"


def test_unknown_input_summary_reads_as_sentences(core):
    summary = core.answer(parse("qoute grooming")).summary("/press")
    assert summary == "Didn't catch that. Did you mean `/press quote grooming`?"


def test_an_unknown_topic_says_so_without_running_words_together(core):
    answer = core.answer(parse("report zzzz"))
    assert answer.title == "Topics you can ask about"
    assert answer.summary("/press") == "No topic matches “zzzz”."
    assert "Topics No topic" not in answer.summary("/press")


def test_help_summary_is_a_sentence(core):
    assert core.answer(parse("help")).summary("/press") == "Pressline: approved wording on demand."
