"""The ``pressline`` command. Each command group lives in its own module; errors are one line and exit 2."""

from __future__ import annotations

import sys

import click

from statements.errors import PresslineError

from .common import State
from .imports import import_command
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

for module_name, attribute in (("index_commands", "index"), ("backup", "export"), ("backup", "import_backup")):
    try:
        module = __import__(f"api.cli.{module_name}", fromlist=[attribute])
    except ImportError:
        continue
    cli.add_command(getattr(module, attribute))


def main() -> None:
    try:
        cli.main(prog_name="pressline", standalone_mode=True)
    except PresslineError as exc:
        click.echo(f"Error: {exc.message}", err=True)
        sys.exit(2)
