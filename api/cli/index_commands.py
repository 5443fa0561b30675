"""``pressline index rebuild|verify|sync``: keep this node's search index in step with the database."""

from __future__ import annotations

import time

import click

from index import SearchIndex
from index.writer import IndexBusy

from .common import State, fail


def _search(state: State) -> SearchIndex:
    services = state.ready()
    return SearchIndex(state.settings["INDEX_DIR"], services.catalogue, services.changes, services.clock, ensure=False)


@click.group()
def index() -> None:
    """Build, check and catch up the search index."""


@index.command()
@click.pass_obj
def rebuild(state: State) -> None:
    """Build a new index beside the live one, swap it in (searches keep answering) and delete the old one."""
    search = _search(state)
    started = time.monotonic()
    try:
        count = search.rebuild(progress=lambda n: click.echo(f"  {n} statements…", err=True))
        search.prune()
    except IndexBusy as exc:
        fail(f"The index is busy ({exc}); try again.")
    finally:
        search.close()
    seconds = time.monotonic() - started
    click.echo(f"Rebuilt the index: {count} statements in {seconds:.1f}s.")


@index.command()
@click.pass_obj
def verify(state: State) -> None:
    """Check the index's files and compare it with the database; exit 1 naming each damaged file, each
    statement the index could not take, and each drifted statement."""
    search = _search(state)
    if not search.exists():
        search.close()
        fail(f"There is no search index at {search.path} (build one with `pressline index rebuild`).")
    try:
        report = search.check()
    finally:
        search.close()
    for line in report.damaged:
        click.echo(f"damaged: {report.generation}: {line}")
    for slug, why in sorted(report.skipped.items()):
        click.echo(f"skipped: {slug} (the index cannot take it: {why})")
    for slug in report.drifted:
        click.echo(f"drifted: {slug}")
    if report.damaged:
        click.echo("The index is damaged; a serving node rebuilds it by itself, or run `pressline index rebuild`.",
                   err=True)  # fmt: skip
    elif report.drifted:
        click.echo(f"{len(report.drifted)} statement(s) differ; run `pressline index sync` or `rebuild`.", err=True)
    if not report.sound:
        raise SystemExit(1)
    click.echo("The index matches the database.")


@index.command()
@click.pass_obj
def sync(state: State) -> None:
    """Apply changes since the last applied change-log position (safe on any node, any time)."""
    search = _search(state)
    try:
        changed = search.sync(timeout=5.0, attempts=6)
    except IndexBusy as exc:
        fail(f"The index is busy ({exc}); try again.")
    finally:
        search.close()
    click.echo(f"Synced: {changed} statement(s) updated; lag {search.lag()}.")
