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
@click.option("--slack-user", default=None, help="Slack user id (UXXXX) allowed to act with this key's role.")
@click.pass_obj
def create(state: State, name: str, role: str, slack_user: str | None) -> None:
    """Create a key; it is printed once, alone on the last line."""
    try:
        view, token = state.services.keys.create(name, role, slack_user)
    except PresslineError as exc:
        fail(exc.message)
    click.echo(f"Created {view.role} key #{view.id} for {view.name}. Store it now: it is not shown again.")
    click.echo(token)


@keys.command("list")
@click.pass_obj
def list_keys(state: State) -> None:
    """List keys (never the secrets)."""
    for key in state.services.keys.list():
        status = f"revoked {key.revoked_at:%Y-%m-%d}" if key.revoked_at else "live"
        slack = f" slack={key.slack_user}" if key.slack_user else ""
        click.echo(f"{key.id}\t{key.prefix}…\t{key.role}\t{key.name}\t{status}{slack}")


@keys.command("revoke")
@click.argument("key")
@click.pass_obj
def revoke(state: State, key: str) -> None:
    """Revoke a key by id, prefix or name."""
    try:
        view = state.services.keys.revoke(key)
    except PresslineError as exc:
        fail(exc.message)
    click.echo(f"Revoked key #{view.id} ({view.name}).")
