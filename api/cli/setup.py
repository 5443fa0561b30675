"""``pressline init``, ``demo`` and ``serve``."""

from __future__ import annotations

import errno
import os
import socket
import sys

import click

from statements.corpus import load_corpus, read_corpus
from statements.errors import PresslineError

from ..config import checks_config
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
    click.echo(f"Database ready at {state.database}; {count} reporting routes loaded.")


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8080, show_default=True, type=click.IntRange(1, 65535))
@click.option("--workers", default=2, show_default=True, type=click.IntRange(1, 64))
@click.option("--no-serve", is_flag=True, help="Load the sample statements and stop.")
@click.pass_obj
def demo(state: State, host: str, port: int, workers: int, no_serve: bool) -> None:
    """Initialise, load the sample statements, replace the demo keys and serve on http://127.0.0.1:8080.

    The keys are printed on standard error (the access log goes to standard output); running the demo again
    revokes the previous demo keys."""
    if not no_serve:
        _check_port(host, port, "demo")
    try:
        state.initialise()
        loaded = load_corpus(state.services, read_corpus())
        editor = state.services.keys.replace("Demo Editor", "editor")[1]
        approver = state.services.keys.replace("Demo Approver", "approver")[1]
    except PresslineError as exc:
        fail(exc.message)
    click.echo(f"Loaded {loaded} sample statements (already-loaded ones are kept).")
    keys = f"Demo keys (earlier demo keys are revoked):\n  editor:   {editor}\n  approver: {approver}"
    if no_serve:
        click.echo(keys, err=True)
    else:
        _exec_gunicorn(state, host, port, workers, then=keys)


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8080, show_default=True, type=click.IntRange(1, 65535))
@click.option("--workers", default=2, show_default=True, type=click.IntRange(1, 64))
@click.pass_obj
def serve(state: State, host: str, port: int, workers: int) -> None:
    """Serve the API, console and bots with gunicorn."""
    _check_port(host, port, "serve")
    try:
        checks_config(state.settings)  # a bad PRESSLINE_CHECKS file stops here, in one line, not in each worker
        state.initialise()
    except PresslineError as exc:
        fail(exc.message)
    _exec_gunicorn(state, host, port, workers)


def _check_port(host: str, port: int, command: str) -> None:
    """Stop with one line when gunicorn could not listen on ``host:port`` (rather than its ten error lines)."""
    try:
        family = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0][0]
    except socket.gaierror:
        fail(f"Cannot serve on {host}: no such host.")
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as gunicorn does
        try:
            probe.bind((host, port))
        except OSError as exc:
            if exc.errno == errno.EADDRINUSE:
                fail(f"Port {port} on {host} is already in use; choose another: pressline {command} --port 8081")
            fail(f"Cannot serve on {host}:{port}: {exc.strerror or exc}.")


def _exec_gunicorn(state: State, host: str, port: int, workers: int, then: str | None = None) -> None:
    click.echo(f"Serving on http://{host}:{port} with {workers} worker(s).", err=True)
    if then:
        click.echo(then, err=True)
    sys.stdout.flush()
    sys.stderr.flush()
    state.close()
    args = [
        sys.executable, "-m", "gunicorn", "--workers", str(workers), "--bind", f"{host}:{port}",
        "--timeout", "60", "--graceful-timeout", "10", "--access-logfile", "-", *GUNICORN_ARGS, "api.wsgi:app",
    ]  # fmt: skip
    os.execv(sys.executable, args)
