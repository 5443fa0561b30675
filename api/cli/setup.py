"""``pressline init``, ``demo`` and ``serve``."""

from __future__ import annotations

import os
import sys

import click

from statements.corpus import load_corpus, read_corpus
from statements.errors import PresslineError

from ..sizes import GUNICORN_ARGS
from .common import State, fail


@click.command()
@click.pass_obj
def init(state: State) -> None:
    """Create or upgrade the database and load the bundled reporting routes (safe to repeat)."""
    try:
        count = state.initialise()
    except PresslineError as exc:
        fail(exc.message)
    click.echo(f"Database ready at {state.settings['DATABASE_URL']}; {count} reporting routes loaded.")


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8080, show_default=True, type=click.IntRange(1, 65535))
@click.option("--workers", default=2, show_default=True, type=click.IntRange(1, 64))
@click.option("--no-serve", is_flag=True, help="Load the sample statements and stop.")
@click.pass_obj
def demo(state: State, host: str, port: int, workers: int, no_serve: bool) -> None:
    """Initialise, load the sample statements and keys, and serve on http://127.0.0.1:8080."""
    try:
        state.initialise()
        loaded = load_corpus(state.services, read_corpus())
        editor = state.services.keys.create("Demo Editor", "editor")[1]
        approver = state.services.keys.create("Demo Approver", "approver")[1]
    except PresslineError as exc:
        fail(exc.message)
    click.echo(f"Loaded {loaded} sample statements (already-loaded ones are kept).")
    click.echo(f"Editor key:   {editor}")
    click.echo(f"Approver key: {approver}")
    if not no_serve:
        _exec_gunicorn(host, port, workers)


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8080, show_default=True, type=click.IntRange(1, 65535))
@click.option("--workers", default=2, show_default=True, type=click.IntRange(1, 64))
@click.pass_obj
def serve(state: State, host: str, port: int, workers: int) -> None:
    """Serve the API, console and bots with gunicorn."""
    try:
        state.initialise()
    except PresslineError as exc:
        fail(exc.message)
    _exec_gunicorn(host, port, workers)


def _exec_gunicorn(host: str, port: int, workers: int) -> None:
    click.echo(f"Serving on http://{host}:{port} with {workers} worker(s).", err=True)
    sys.stdout.flush()
    args = [
        sys.executable, "-m", "gunicorn", "--workers", str(workers), "--bind", f"{host}:{port}",
        "--timeout", "60", "--graceful-timeout", "10", "--access-logfile", "-", *GUNICORN_ARGS, "api.wsgi:app",
    ]  # fmt: skip
    os.execv(sys.executable, args)
