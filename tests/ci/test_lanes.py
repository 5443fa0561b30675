"""Under CI=true a missing service fails its lane instead of skipping it; locally a skip stays a skip."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytest_plugins = ["pytester"]

SKIPPING = """
import pytest

def test_needs_a_server():
    pytest.skip("needs PostgreSQL")

@pytest.mark.xfail(reason="known miss", strict=True)
def test_known_miss():
    assert False
"""


@pytest.fixture
def lane(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch):
    pytester.makepyfile(test_lane=SKIPPING)
    monkeypatch.setenv("PYTHONPATH", str(ROOT))

    def run(ci: str | None):
        if ci is None:
            monkeypatch.delenv("CI", raising=False)
        else:
            monkeypatch.setenv("CI", ci)
        return pytester.runpytest_subprocess("-p", "tests.lanes", "-p", "no:cacheprovider")

    return run


def test_under_ci_a_skipped_test_fails_the_run_and_names_the_reason(lane):
    result = lane("true")
    result.assert_outcomes(failed=1, xfailed=1)
    result.stdout.fnmatch_lines(["*CI=true and this test would skip*needs PostgreSQL*"])


def test_outside_ci_a_skipped_test_is_still_a_skip(lane):
    lane(None).assert_outcomes(skipped=1, xfailed=1)
