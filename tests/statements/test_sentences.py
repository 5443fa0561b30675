"""The one sentence splitter every part of the importer uses."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from statements.sentences import last_sentence_start, sentence_ends, sentences


def test_sentences_end_at_full_stops_question_and_exclamation_marks():
    assert sentences("Call 101. Is it safe? Yes! Go.") == ["Call 101.", "Is it safe?", "Yes!", "Go."]


def test_a_closing_quote_mark_stays_with_its_sentence():
    assert sentences("He said “Run.” Then he left.") == ["He said “Run.”", "Then he left."]


@pytest.mark.parametrize(
    "text",
    [
        "Mr. Smith and Dr. Jones met St. Paul's vicar.",
        "It happened at 4.12pm and cost £10.50 today.",
        "J. R. Hartley wrote it.",
        "See fig. 3 and No. 10 for details.",
    ],
)
def test_abbreviations_initials_and_decimals_do_not_end_a_sentence(text):
    assert sentences(text) == [text]


def test_a_hard_wrapped_line_is_not_a_sentence_end():
    assert sentences("The messages\ntypically read: hello.") == ["The messages\ntypically read: hello."]


def test_a_line_break_before_a_list_item_or_after_punctuation_ends_a_sentence():
    assert sentences("How to report:\n- call 101\n- visit the website") == [
        "How to report:",
        "- call 101",
        "- visit the website",
    ]


def test_the_sentence_before_a_position_is_found_within_a_bounded_window():
    text = "First one. Second one runs on: "
    assert text[last_sentence_start(text, len(text)) :] == "Second one runs on: "
    assert last_sentence_start(text, len(text), window=5) >= len(text) - 5


@given(st.text(alphabet="ab .!?\n“”\"'", max_size=200))
def test_sentences_cover_every_non_space_character_in_order(text):
    joined = "".join(sentences(text))
    assert joined.replace(" ", "").replace("\n", "") == text.replace(" ", "").replace("\n", "")
    ends = list(sentence_ends(text))
    assert ends == sorted(ends)
