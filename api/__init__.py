"""Pressline's HTTP face: the app factory, the JSON API, auth and the CLI."""

from .app import close_app, create_app

__all__ = ["close_app", "create_app"]
