"""House style: words to avoid (GOV.UK defaults, extendable) and stale wording."""

from __future__ import annotations

from datetime import date

from statements.checks import ChecksConfig, parse_config
from statements.checks.config import DEFAULT_WORDS


def test_a_word_to_avoid_warns_with_what_to_write(run):
    found = run("style.words", "We will utilise every officer.")
    assert found and found[0].severity == "warn" and "“use”" in found[0].message and found[0].match == "utilise"


def test_words_are_matched_whole(run):
    assert run("style.words", "Utilities were cut off; we commenced nothing.") == []


def test_the_office_can_add_and_allow_words(run):
    config = parse_config({"style": {"words": {"synergy": "working together"}, "allow": ["robust"]}}, set())
    assert run("style.words", "Real synergy.", config=config)
    assert run("style.words", "A robust plan.", config=config) == []
    assert run("style.words", "A robust plan.")
    assert "utilise" in DEFAULT_WORDS


def test_a_past_review_by_date_warns(run):
    found = run("style.stale", "Text.", review_by=date(2026, 5, 31))
    assert found and "2026-05-31" in found[0].message


def test_a_review_by_date_today_or_later_passes(run):
    assert run("style.stale", "Text.", review_by=date(2026, 6, 1)) == []


def test_lines_to_take_without_a_review_by_date_warn(run):
    assert run("style.stale", "Lines.", kind="lines_to_take")
    assert run("style.stale", "Lines.", kind="press_release") == []


def test_a_rule_can_be_turned_off(run):
    assert run("style.words", "We will utilise it.", config=ChecksConfig(severities={"style.words": "off"})) == []
