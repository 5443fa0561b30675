"""The ``pressline`` command. Each command group lives in its own module; errors are one line and exit 2."""

from __future__ import annotations

import sys

import click

from statements.errors import PresslineError

from .backup import export, import_backup
from .common import State
from .imports import import_command
from .index_commands import index
from .keys import keys
from .setup import demo, init, serve


@click.group()
@click.pass_context
def cli(ctx: click.Context) -> None:
    """Pressline: approved wording for press offices."""
    ctx.obj = State()


cli.add_command(init)
cli.add_command(demo)
cli.add_command(serve)
cli.add_command(import_command)
cli.add_command(keys)
cli.add_command(index)
cli.add_command(export)
cli.add_command(import_backup)


def main() -> None:
    try:
        cli.main(prog_name="pressline", standalone_mode=True)
    except PresslineError as exc:
        click.echo(f"Error: {exc.message}", err=True)
        sys.exit(2)
