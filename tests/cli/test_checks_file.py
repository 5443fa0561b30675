"""``PRESSLINE_CHECKS``: a bad file stops the app and the commands at start with one clear line."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from api import create_app
from api.cli import cli
from statements.checks import ChecksConfigError


@pytest.fixture
def bad_file(tmp_path):
    path = tmp_path / "checks.toml"
    path.write_text("[readability]\nmax_reading_age = 'twelve'\n")
    return path


def test_the_app_refuses_to_start_with_a_bad_checks_file(tmp_path, bad_file):
    with pytest.raises(ChecksConfigError, match="max_reading_age"):
        create_app({"DATA_DIR": tmp_path / "var", "CHECKS": str(bad_file), "SECRET_KEY": "x", "TESTING": True})


@pytest.mark.parametrize("command", ["init", "serve"])
def test_commands_stop_with_one_line_and_exit_2_on_a_bad_checks_file(tmp_path, bad_file, command):
    env = {"PRESSLINE_DATA_DIR": str(tmp_path / "var"), "PRESSLINE_CHECKS": str(bad_file)}
    result = CliRunner().invoke(cli, [command], env=env)
    assert result.exit_code == 2
    assert (
        result.output.strip() == f"Error: Checks file {bad_file}: [readability] max_reading_age must be a number "
        "from 5 to 25, not 'twelve'."
    )
