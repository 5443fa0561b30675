"""What every command shares: settings from the environment and services opened on demand."""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import Any, NoReturn

import click
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError

import migrations
from statements import Checks, Services, open_services
from statements.backup import schema_revision
from statements.errors import PresslineError, Unavailable
from statements.registry import load_routes, load_topics

from ..config import SettingsError, checks_config, ensure_data_dir, load_settings, office_zone


class State:
    @cached_property
    def settings(self) -> dict[str, Any]:
        try:
            return load_settings()
        except SettingsError as exc:
            fail(str(exc))

    @cached_property
    def checks(self) -> Checks:
        """The checks alone (``import --dry-run`` needs no database); the services' own when they are open."""
        if "services" in self.__dict__:
            return self.services.checks
        return Checks(checks_config(self.settings), zone=office_zone(self.settings))

    @cached_property
    def services(self) -> Services:
        return open_services(
            self.settings["DATABASE_URL"], checks_config=checks_config(self.settings), zone=office_zone(self.settings)
        )

    @property
    def database(self) -> str:
        """The database URL as shown to people (no password)."""
        try:
            return make_url(self.settings["DATABASE_URL"]).render_as_string(hide_password=True)
        except ArgumentError:
            return str(self.settings["DATABASE_URL"])

    def ready(self) -> Services:
        """The services over an initialised database; otherwise stop with one line saying to run ``init``."""
        try:
            url = make_url(self.settings["DATABASE_URL"])
        except ArgumentError as exc:
            fail(f"PRESSLINE_DATABASE_URL is not a usable database URL: {exc}")
        # Opening a SQLite file that is not there would create an empty one: look before connecting.
        initialised = url.get_backend_name() != "sqlite" or Path(url.database or "").is_file()
        try:
            if initialised:
                with self.services.db.reading() as session:
                    initialised = schema_revision(session) is not None
        except PresslineError as exc:
            fail(exc.message)
        if not initialised:
            fail(f"No Pressline database at {self.database} (run `pressline init` first).")
        return self.services

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

    def close(self) -> None:
        """Close the database connections this command opened (each command closes its own)."""
        if "services" in self.__dict__:
            self.services.db.dispose()


def fail(message: str) -> NoReturn:
    """Stop with one clear line on standard error and exit status 2."""
    raise click.exceptions.Exit(_echo_error(message))


def _echo_error(message: str) -> int:
    click.echo(f"Error: {message}", err=True)
    return 2
