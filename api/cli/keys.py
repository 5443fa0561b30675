"""``pressline keys create|list|revoke``."""

from __future__ import annotations

import click

from statements.errors import PresslineError

from .common import State, fail


@click.group()
def keys() -> None:
    """Manage API keys."""


@keys.command("create")
@click.option("--name", required=True, help="The person or partner the key belongs to.")
@click.option("--role", required=True, type=click.Choice(["partner", "editor", "approver", "admin"]))
@click.option("--slack-user", default=None, help="Slack user id (U024BE7LH) allowed to act with this key's role.")
@click.pass_obj
def create(state: State, name: str, role: str, slack_user: str | None) -> None:
    """Create a key; it is printed once, alone on the last line."""
    try:
        view, token = state.ready().keys.create(name, role, slack_user)
    except PresslineError as exc:
        fail(exc.message)
    click.echo(f"Created {view.role} key #{view.id} for {view.name}. Store it now: it is not shown again.")
    click.echo(token)


@keys.command("list")
@click.pass_obj
def list_keys(state: State) -> None:
    """List keys (never the secrets), one per line under a header; columns are separated by tabs."""
    found = state.ready().keys.list()
    if not found:
        click.echo("No keys yet; make one with `pressline keys create`.", err=True)
        return
    click.echo("\t".join(("id", "prefix", "role", "name", "status", "slack user")))
    for key in found:
        status = f"revoked {key.revoked_at:%Y-%m-%d}" if key.revoked_at else "live"
        click.echo(f"{key.id}\t{key.prefix}…\t{key.role}\t{key.name}\t{status}\t{key.slack_user or '-'}")


@keys.command("revoke")
@click.argument("key")
@click.pass_obj
def revoke(state: State, key: str) -> None:
    """Revoke a key by id, prefix or name."""
    try:
        view = state.ready().keys.revoke(key)
    except PresslineError as exc:
        fail(exc.message)
    click.echo(f"Revoked key #{view.id} ({view.name}).")
