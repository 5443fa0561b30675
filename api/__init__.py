"""Pressline's HTTP face: the app factory, the JSON API, auth and the CLI."""

from .app import create_app

__all__ = ["create_app"]
