"""The ``pressline`` command. Each command group lives in its own module; errors are one line and exit 2."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import Any

import click

from statements.errors import PresslineError

from .backup import export, import_backup
from .common import State
from .imports import import_command
from .index_commands import index
from .keys import keys
from .setup import demo, init, serve


class OneLineErrors(click.Group):
    """Click prints usage errors as usage, a hint and the error (three lines); the README promises one line."""

    def main(  # type: ignore[override]  # always exits, as click's standalone mode does
        self, args: Sequence[str] | None = None, prog_name: str | None = None, **extra: Any
    ) -> None:
        if extra.get("standalone_mode", True) is False:
            return super().main(args, prog_name, **extra)
        try:
            status = super().main(args, prog_name, **{**extra, "standalone_mode": False})
        except click.UsageError as exc:
            where = f" (see `{exc.ctx.command_path} --help`)" if exc.ctx else ""
            click.echo(f"Error: {exc.format_message()}{where}", err=True)
            sys.exit(2)
        except click.ClickException as exc:
            click.echo(f"Error: {exc.format_message()}", err=True)
            sys.exit(exc.exit_code)
        except PresslineError as exc:
            click.echo(f"Error: {exc.message}", err=True)
            sys.exit(2)
        except click.Abort:
            click.echo("Aborted.", err=True)
            sys.exit(1)
        sys.exit(status if isinstance(status, int) else 0)


@click.group(cls=OneLineErrors)
@click.pass_context
def cli(ctx: click.Context) -> None:
    """Pressline: approved wording for press offices."""
    ctx.obj = State()
    ctx.call_on_close(ctx.obj.close)


cli.add_command(init)
cli.add_command(demo)
cli.add_command(serve)
cli.add_command(import_command)
cli.add_command(keys)
cli.add_command(index)
cli.add_command(export)
cli.add_command(import_backup)


def main() -> None:
    cli.main(prog_name="pressline")
