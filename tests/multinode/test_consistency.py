"""The crash tests' consistency check is not vacuous: it notices each kind of half-written state."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, text

from .consistency import problems

QUOTES = [{"text": "Report it.", "speaker": "Jo Bloggs", "role": "Inspector"}, {"text": "Call us.", "speaker": "Sam"}]


@pytest.fixture
def written(workflow, database_url):
    view = workflow.published(quotes=QUOTES, reporting_routes=["ceop", "childline"])
    workflow.republish(view.slug)
    return database_url


def _run(url: str, sql: str) -> None:
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text(sql))
    engine.dispose()


def test_a_whole_history_has_no_problems(written):
    assert problems(written, quotes=2, routes=2) == []


@pytest.mark.parametrize(
    ("damage", "found"),
    [
        ("DELETE FROM quotes WHERE position = 1", "quotes at positions [0]"),
        ("DELETE FROM version_routes WHERE position = 0", "routes at positions [1]"),
        ("DELETE FROM change_log WHERE action = 'approve'", "change log and audit differ"),
        ("UPDATE statements SET revision = revision + 1", "audited writes"),
        ("UPDATE versions SET approved_by = NULL WHERE number = 2", "published without an approval"),
        ("UPDATE versions SET status = 'draft' WHERE number = 1", "a working version that is not the newest"),
        ("DELETE FROM versions WHERE number = 1", "version numbers [2]"),
    ],
)
def test_each_kind_of_half_written_state_is_found(written, damage, found):
    _run(written, damage)
    assert any(found in problem for problem in problems(written, quotes=2, routes=2))
