"""``pressline import`` reports each file's check findings: a summary and one line per finding, and
``checks`` in ``--dry-run --json``."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from api.cli import cli

CLEAN = """Knife amnesty at Eastbury police station

People can hand in knives at Eastbury police station all week, with no questions asked.

Inspector Tom Price said: "Every knife handed in is one fewer on our streets."
"""

FLAWED = """Warning about scam texts

Fraudsters are sending texts that claim to come from your bank. We will utilise every tool we have.

Forward suspicious texts to 7726, or call the fraud team on 0800 555 11 for advice.
"""


@pytest.fixture
def files(tmp_path):
    clean, flawed = tmp_path / "clean.txt", tmp_path / "flawed.txt"
    clean.write_text(CLEAN)
    flawed.write_text(FLAWED)
    return clean, flawed


def run(tmp_path, *args):
    env = {"PRESSLINE_DATA_DIR": str(tmp_path / "var")}
    return CliRunner().invoke(cli, [str(a) for a in args], env=env, catch_exceptions=False)


def test_dry_run_json_carries_each_files_checks(tmp_path, files):
    result = run(tmp_path, "import", "--dry-run", "--json", *files)
    clean, flawed = (json.loads(line) for line in result.stdout.splitlines())
    assert clean["checks"] == []
    assert [(f["rule"], f["severity"], f["field"], f["match"]) for f in flawed["checks"]] == [
        ("style.words", "warn", "summary", "utilise"),
        ("style.words", "warn", "body", "utilise"),
        ("routes.phone-number", "block", "body", "0800 555 11"),
    ]
    assert set(flawed["checks"][0]) == {"rule", "severity", "message", "match", "field", "start", "end"}


def test_the_plain_report_tallies_and_lists_findings_per_file(tmp_path, files):
    result = run(tmp_path, "import", "--author", "Jo Press", *files)
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0].endswith("checks: no findings")
    assert lines[1].endswith("checks: 2 warnings, 1 blocking")
    assert lines[2].startswith("  warn style.words: House style avoids “utilise”")
    assert lines[4].startswith("  block routes.phone-number: The number 0800 555 11 is not a valid UK phone number")
