"""The fast paths of the checks agree with the plain ways of doing the same thing (hypothesis-generated text):
the one-pass phrase finder with a regular expression of alternatives, the per-word reading age with textstat's
whole-text figure, and the number scan over likely stretches with phonenumbers' scan of the whole text."""

from __future__ import annotations

import re

import textstat
from hypothesis import given, settings
from hypothesis import strategies as st
from phonenumbers import Leniency, PhoneNumberMatcher

from statements.checks.readability import reading_age
from statements.checks.routes import _full_numbers
from statements.checks.text import phrases

WORDS = ["the", "killer", "whale", "guilty", "of", "thug", "Thug", "in", "order", "to", "cold-blooded", "Killer",
         "red-handed", "caught", "a", "killer-whale"]  # fmt: skip
PHRASES = ("the killer", "killer", "guilty of", "thug", "in order to", "cold-blooded", "caught red-handed")
SEPARATORS = [" ", "  ", "\n", ", ", ". ", "-", "'", " (", ") "]

texts = st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(SEPARATORS)), max_size=40).map(
    lambda parts: "".join(w + s for w, s in parts)
)


def regex_oracle(words: tuple[str, ...], text: str) -> list[tuple[int, int]]:
    ordered = sorted(set(words), key=len, reverse=True)
    body = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)
    # whole words: hyphens and apostrophes join words ("killer-whale", "killer's"), and only join words
    pattern = re.compile(rf"(?<!\w)(?<!\w[-'’])(?:{body})(?!\w)(?![-'’]\w)", re.IGNORECASE)
    return [(m.start(), m.end()) for m in pattern.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(texts)
def test_the_phrase_finder_agrees_with_a_regular_expression(text):
    found = [(m.start(), m.end()) for m in phrases(PHRASES).finditer(text)]
    assert found == regex_oracle(PHRASES, text)


sentences = st.lists(
    st.lists(
        st.sampled_from(
            [
                "we",
                "police",
                "officers",
                "investigation",
                "community",
                "safety",
                "immediately",
                "help",
                "a",
                "the",
                "organisation",
                "report",
            ]
        ),
        min_size=1,
        max_size=25,
    ).map(lambda words: " ".join(words).capitalize() + "."),
    min_size=1,
    max_size=30,
).map(" ".join)


@settings(max_examples=100, deadline=None)
@given(sentences)
def test_the_reading_age_is_textstats_flesch_kincaid_grade_plus_five(text):
    assert abs(reading_age(text) - (textstat.flesch_kincaid_grade(text) + 5)) < 0.051


numbers = st.sampled_from(["0800 555 111", "0300 123 2040", "+44 20 7946 0000", "0800 555 11", "14/999/26",
                           "10.45", "01632 960 744", "(0161) 496 0000", "999", "2026"])  # fmt: skip
lines = st.lists(st.tuples(st.sampled_from(["call", "on", "ref", "at", "text", ""]), numbers), max_size=12).map(
    lambda parts: " ".join(f"{w} {n}" for w, n in parts)
)


@settings(max_examples=200, deadline=None)
@given(lines)
def test_the_number_scan_agrees_with_scanning_the_whole_text(text):
    whole = [
        (m.start, m.end, m.raw_string)
        for m in PhoneNumberMatcher(text, "GB", leniency=Leniency.POSSIBLE)
        if m.raw_string.lstrip("(").startswith(("0", "+")) and not set("/.") & set(m.raw_string)
        and len(re.sub(r"\D", "", m.raw_string)) >= 9
    ]  # fmt: skip
    assert list(_full_numbers(text)) == whole
