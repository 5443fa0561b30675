"""The ``pressline`` command: init, keys and demo loading, run in-process against a temp data dir."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from api.cli import cli
from statements import Viewer, open_services
from statements.db import sqlite_url
from tests.conftest import WorkflowHelper

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def run(tmp_path):
    runner = CliRunner()

    def invoke(*args: str):
        return runner.invoke(cli, list(args), env={"PRESSLINE_DATA_DIR": str(tmp_path)}, catch_exceptions=False)

    return invoke


def test_init_is_idempotent(run, tmp_path):
    first, second = run("init"), run("init")
    assert first.exit_code == second.exit_code == 0
    assert "reporting routes loaded" in second.output
    assert (tmp_path / "pressline.db").exists()


def test_keys_create_prints_the_key_alone_on_the_last_line(run, tmp_path):
    run("init")
    result = run("keys", "create", "--name", "Jo Press", "--role", "approver")
    token = result.output.strip().splitlines()[-1]
    services = open_services(sqlite_url(tmp_path))
    assert services.keys.authenticate(token).name == "Jo Press"


def test_keys_list_never_shows_secrets_and_revoke_stops_a_key(run, tmp_path):
    run("init")
    token = run("keys", "create", "--name", "Jo", "--role", "editor").output.strip().splitlines()[-1]
    listing = run("keys", "list").output
    assert "Jo" in listing and token not in listing
    assert run("keys", "revoke", "1").exit_code == 0
    assert open_services(sqlite_url(tmp_path)).keys.authenticate(token) is None


def test_errors_are_one_line_with_exit_status_2(run):
    run("init")
    result = run("keys", "revoke", "nobody")
    assert result.exit_code == 2
    assert result.output.strip().startswith("Error: ") and len(result.output.strip().splitlines()) == 1


def test_a_bad_role_is_a_usage_error(run):
    assert run("keys", "create", "--name", "x", "--role", "god").exit_code == 2


def test_demo_loads_the_sample_statements_once(run, tmp_path):
    first = run("demo", "--no-serve")
    assert first.exit_code == 0, first.output
    again = run("demo", "--no-serve")
    assert "Loaded 0 sample statements" in again.output
    services = open_services(sqlite_url(tmp_path))
    page = services.catalogue.list(Viewer.anonymous(), limit=100)
    assert page.total >= 8
    staff = services.catalogue.list(Viewer.staff("x", "editor"), limit=100)
    assert {"draft", "in_review", "withdrawn"} <= {v.status for v in staff.items}


def test_init_with_an_unreachable_database_is_one_line_and_exit_2(tmp_path):
    url = "postgresql+psycopg://postgres@127.0.0.1:1/nothing"
    result = CliRunner().invoke(cli, ["init"], env={"PRESSLINE_DATA_DIR": str(tmp_path), "PRESSLINE_DATABASE_URL": url})
    assert result.exit_code == 2
    assert result.stderr.startswith("Error: Cannot reach the database") and len(result.stderr.splitlines()) == 1


def test_init_with_a_malformed_database_url_is_one_line_and_exit_2(tmp_path):
    env = {"PRESSLINE_DATA_DIR": str(tmp_path), "PRESSLINE_DATABASE_URL": "nonsense://"}
    result = CliRunner().invoke(cli, ["init"], env=env)
    assert result.exit_code == 2 and result.stderr.startswith("Error: PRESSLINE_DATABASE_URL")


def test_a_command_module_that_fails_to_import_stops_the_cli_loudly():
    broken = "import sys; sys.modules['api.cli.backup'] = None; import api.cli"
    result = subprocess.run([sys.executable, "-c", broken], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode != 0
    assert "api.cli.backup" in result.stderr


@pytest.mark.parametrize("command", ["init", "demo", "serve", "import", "keys", "index", "export", "import-backup"])
def test_every_command_is_offered(command):
    assert command in cli.commands


def test_index_verify_names_a_damaged_file_without_a_traceback(run, tmp_path):
    run("init")
    services = open_services(sqlite_url(tmp_path))
    WorkflowHelper(services).published(title="Speed cameras", body="Cameras on the A140.")
    run("index", "rebuild")
    [generation] = (tmp_path / "index").glob("gen-*")
    for path in generation.glob("MAIN_*.pst"):
        path.write_bytes(path.read_bytes()[:10])
    result = run("index", "verify")
    assert result.exit_code == 1
    assert "damaged: " in result.output and ".pst is 10 bytes" in result.output
    assert "Traceback" not in result.output and "zlib" not in result.output
