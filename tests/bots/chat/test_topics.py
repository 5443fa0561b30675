"""Plain words matched to topics, for `report` and `latest`."""

from __future__ import annotations

import pytest

from bots.chat.topics import TopicMatcher
from statements.registry import load_topics


@pytest.fixture
def matcher() -> TopicMatcher:
    return TopicMatcher.build({t.slug: t.name for t in load_topics()})


@pytest.mark.parametrize(
    ("words", "topics"),
    [
        ("online-safety", ["online-safety"]),
        ("online safety", ["online-safety"]),
        ("Fraud and scams", ["fraud"]),
        ("grooming", ["online-safety", "child-protection"]),
        ("scam", ["fraud"]),
        ("courier fraud", ["fraud"]),
        ("someone impersonating the bank", ["fraud"]),
        ("stabbing", ["knife-crime"]),
        ("missing", ["missing-people"]),
        ("weather", []),
        ("", []),
    ],
)
def test_words_match_topics(matcher, words, topics):
    assert matcher.match(words) == topics


def test_topics_made_in_the_database_match_by_name():
    matcher = TopicMatcher.build({"flooding": "Flooding"}, specs=[])
    assert matcher.match("flooding") == ["flooding"]
