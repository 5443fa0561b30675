"""``pressline export PATH`` and ``pressline import-backup PATH``: logical backups as JSON Lines."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

import migrations
from statements import backup
from statements.errors import PresslineError

from ..config import ensure_data_dir
from .common import State, fail


@click.command("export")
@click.argument("path", type=click.Path(dir_okay=False, allow_dash=True, path_type=Path))
@click.option("--force", is_flag=True, help="Replace PATH if it already exists.")
@click.pass_obj
def export(state: State, path: Path, force: bool) -> None:
    """Write every statement, version, quote, route, topic, audit event, change-log row and API key hash
    to PATH as JSON Lines ("-" for standard output), from one consistent snapshot; safe while serving."""
    state.ready()
    if str(path) != "-" and path.exists() and not force:
        fail(f"{path} already exists; give --force to replace it.")
    try:
        counts = backup.export_backup(state.services.db, sys.stdout) if str(path) == "-" else _export_file(state, path)
    except PresslineError as exc:
        fail(exc.message)
    except OSError as exc:
        fail(f"Cannot write {path}: {exc.strerror or exc}.")
    click.echo(f"Exported {_summary(counts)} to {path}.", err=True)


@click.command("import-backup")
@click.argument("path", type=click.Path(dir_okay=False, allow_dash=True, path_type=Path))
@click.pass_obj
def import_backup(state: State, path: Path) -> None:
    """Restore a backup made by `pressline export` into a new, empty database (all or nothing)."""
    ensure_data_dir(state.settings)
    try:
        state.services.db.ping()  # Unavailable here, rather than a traceback from the migration
        migrations.upgrade(state.settings["DATABASE_URL"])
        if str(path) == "-":
            counts = backup.import_backup(state.services.db, sys.stdin)
        else:
            with path.open(encoding="utf-8") as handle:
                counts = backup.import_backup(state.services.db, handle)
    except PresslineError as exc:
        fail(exc.message)
    except OSError as exc:
        fail(f"Cannot read {path}: {exc.strerror or exc}.")
    except UnicodeDecodeError:
        fail(f"{path} is not a Pressline backup (not UTF-8 text).")
    click.echo(f"Restored {_summary(counts)} from {path}.")
    click.echo("Rebuild each node's search index now: pressline index rebuild")


def _export_file(state: State, path: Path) -> dict[str, int]:
    """Write beside PATH, then rename: PATH is either the old file or a complete new backup, never half."""
    partial = path.with_name(path.name + ".partial")
    try:
        descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)  # it holds drafts
        with open(descriptor, "w", encoding="utf-8") as handle:
            counts = backup.export_backup(state.services.db, handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)
    return counts


def _summary(counts: dict[str, int]) -> str:
    shown = ("statements", "versions", "quotes", "reporting_routes", "audit_events", "change_log", "api_keys")
    return ", ".join(f"{counts.get(name, 0)} {name.replace('_', ' ')}" for name in shown)
