"""The ``pressline`` command: init, keys and demo loading, run in-process against a temp data dir."""

from __future__ import annotations

import socket
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


@pytest.fixture
def stored(tmp_path):
    """Open the data directory's database (closed again after the test)."""
    opened = []

    def open_stored():
        opened.append(open_services(sqlite_url(tmp_path)))
        return opened[-1]

    yield open_stored
    for services in opened:
        services.db.dispose()


def test_init_is_idempotent(run, tmp_path):
    first, second = run("init"), run("init")
    assert first.exit_code == second.exit_code == 0
    assert "reporting routes loaded" in second.output
    assert (tmp_path / "pressline.db").exists()


def test_keys_create_prints_the_key_alone_on_the_last_line(run, stored):
    run("init")
    result = run("keys", "create", "--name", "Jo Press", "--role", "approver")
    token = result.output.strip().splitlines()[-1]
    services = stored()
    assert services.keys.authenticate(token).name == "Jo Press"


def test_keys_list_never_shows_secrets_and_revoke_stops_a_key(run, stored):
    run("init")
    token = run("keys", "create", "--name", "Jo", "--role", "editor").output.strip().splitlines()[-1]
    listing = run("keys", "list").output
    assert "Jo" in listing and token not in listing
    assert run("keys", "revoke", "1").exit_code == 0
    assert stored().keys.authenticate(token) is None


def test_errors_are_one_line_with_exit_status_2(run):
    run("init")
    result = run("keys", "revoke", "nobody")
    assert result.exit_code == 2
    assert result.output.strip().startswith("Error: ") and len(result.output.strip().splitlines()) == 1


def test_a_bad_role_is_a_usage_error(run):
    assert run("keys", "create", "--name", "x", "--role", "god").exit_code == 2


def test_demo_loads_the_sample_statements_once(run, stored):
    first = run("demo", "--no-serve")
    assert first.exit_code == 0, first.output
    again = run("demo", "--no-serve")
    assert "Loaded 0 sample statements" in again.output
    services = stored()
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


def test_index_verify_names_a_damaged_file_without_a_traceback(run, stored, tmp_path):
    run("init")
    WorkflowHelper(stored()).published(title="Speed cameras", body="Cameras on the A140.")
    run("index", "rebuild")
    [generation] = (tmp_path / "index").glob("gen-*")
    for path in generation.glob("MAIN_*.pst"):
        path.write_bytes(path.read_bytes()[:10])
    result = run("index", "verify")
    assert result.exit_code == 1
    assert "damaged: " in result.output and ".pst is 10 bytes" in result.output
    assert "Traceback" not in result.output and "zlib" not in result.output


@pytest.mark.parametrize(
    "args",
    [
        ("keys", "list"),
        ("keys", "create", "--name", "Jo", "--role", "editor"),
        ("keys", "revoke", "1"),
        ("index", "sync"),
        ("index", "verify"),
        ("index", "rebuild"),
        ("export", "backup.jsonl"),
    ],
)
def test_every_command_on_a_never_initialised_data_directory_says_to_run_init(run, tmp_path, args):
    result = run(*args)
    assert result.exit_code == 2
    assert result.stderr.startswith("Error: No Pressline database at sqlite:///")
    assert result.stderr.rstrip().endswith("(run `pressline init` first).")
    assert len(result.stderr.splitlines()) == 1
    assert not (tmp_path / "pressline.db").exists()


@pytest.mark.parametrize(
    "args",
    [
        ("keys", "create", "--name", "x", "--role", "god"),
        ("keys", "create", "--role", "editor"),
        ("keys", "--bogus"),
        ("nonsense",),
        ("index", "verify", "extra"),
    ],
)
def test_usage_errors_are_one_line_with_exit_status_2(run, args):
    result = run(*args)
    assert result.exit_code == 2
    assert result.stderr.startswith("Error: ") and len(result.stderr.splitlines()) == 1
    assert "--help`" in result.stderr


def test_keys_list_has_a_header_row(run):
    run("init")
    run("keys", "create", "--name", "Jo Press", "--role", "editor", "--slack-user", "U024BE7LH")
    header, row = run("keys", "list").stdout.splitlines()
    assert header.split("\t") == ["id", "prefix", "role", "name", "status", "slack user"]
    assert row.split("\t")[2:] == ["editor", "Jo Press", "live", "U024BE7LH"]


def test_a_slack_user_that_is_not_a_slack_user_id_is_a_one_line_error(run):
    run("init")
    result = run("keys", "create", "--name", "Jo", "--role", "editor", "--slack-user", "jo.bloggs")
    assert result.exit_code == 2
    assert result.stderr.startswith("Error: slack_user: A Slack user id") and len(result.stderr.splitlines()) == 1


def test_index_verify_without_an_index_says_there_is_none(run, tmp_path):
    run("init")
    result = run("index", "verify")
    assert result.exit_code == 2
    assert (
        result.stderr
        == f"Error: There is no search index at {tmp_path / 'index'} (build one with `pressline index rebuild`).\n"
    )


def test_index_rebuild_leaves_only_the_new_index_on_disk(run, tmp_path):
    run("demo", "--no-serve")
    assert run("index", "rebuild").exit_code == 0
    first = {p.name for p in (tmp_path / "index").glob("gen-*")}
    assert run("index", "rebuild").exit_code == 0
    second = {p.name for p in (tmp_path / "index").glob("gen-*")}
    assert len(first) == len(second) == 1 and first != second
    assert run("index", "verify").exit_code == 0


def test_export_refuses_to_overwrite_a_file_without_force(run, tmp_path):
    run("init")
    target = tmp_path / "backup.jsonl"
    target.write_text("keep me")
    refused = run("export", str(target))
    assert refused.exit_code == 2 and refused.stderr == f"Error: {target} already exists; give --force to replace it.\n"
    assert target.read_text() == "keep me"
    assert run("export", "--force", str(target)).exit_code == 0
    assert target.read_text() != "keep me"


def test_demo_run_again_replaces_its_keys_instead_of_adding_more(run, stored):
    first, second = run("demo", "--no-serve"), run("demo", "--no-serve")
    old = [line.split()[-1] for line in first.stderr.splitlines() if line.strip().startswith(("editor:", "approver:"))]
    services = stored()
    live = [key for key in services.keys.list() if key.revoked_at is None]
    assert sorted(key.name for key in live) == ["Demo Approver", "Demo Editor"]
    assert len(old) == 2 and all(services.keys.authenticate(token) is None for token in old)
    assert "editor:" in second.stderr and "pl_" not in second.stdout


def test_demo_on_a_port_in_use_is_one_line_suggesting_another_port(run, tmp_path):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = run("demo", "--port", str(port))
    assert result.exit_code == 2
    assert result.stderr == (
        f"Error: Port {port} on 127.0.0.1 is already in use; choose another: pressline demo --port 8081\n"
    )
    assert not (tmp_path / "pressline.db").exists()  # nothing loaded, no keys made
