"""What every command shares: settings from the environment and services opened on demand."""

from __future__ import annotations

from functools import cached_property
from typing import Any, NoReturn

import click
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError

import migrations
from statements import Services, open_services
from statements.errors import PresslineError, Unavailable
from statements.registry import load_routes, load_topics

from ..config import SettingsError, ensure_data_dir, load_settings


class State:
    @cached_property
    def settings(self) -> dict[str, Any]:
        try:
            return load_settings()
        except SettingsError as exc:
            fail(str(exc))

    @cached_property
    def services(self) -> Services:
        return open_services(self.settings["DATABASE_URL"])

    def initialise(self) -> int:
        """Create or upgrade the database and (re)load the bundled registry. Idempotent."""
        url = self.settings["DATABASE_URL"]
        try:
            ensure_data_dir(self.settings)
            migrations.upgrade(url)
        except (ArgumentError, NoSuchModuleError) as exc:
            raise Unavailable(f"PRESSLINE_DATABASE_URL is not a usable database URL: {exc}") from exc
        except DBAPIError as exc:
            raise Unavailable(f"Cannot reach the database: {str(exc.orig).strip().splitlines()[0]}") from exc
        except OSError as exc:
            raise Unavailable(f"Cannot create the data directory: {exc}") from exc
        return self.services.routes.seed(load_routes(), load_topics())


def fail(message: str) -> NoReturn:
    """Stop with one clear line on standard error and exit status 2."""
    raise click.exceptions.Exit(_echo_error(message))


def _echo_error(message: str) -> int:
    click.echo(f"Error: {message}", err=True)
    return 2


def domain_error(exc: PresslineError) -> None:
    fail(exc.message)
