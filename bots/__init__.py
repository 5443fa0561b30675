"""The chat faces: one chat core, rendered for Slack and for Microsoft Teams."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from flask import Flask

from index import SearchIndex
from statements import Services


def init_app(app: Flask, services: Services, search: SearchIndex, settings: Mapping[str, Any]) -> None:
    """Mount POST /slack/events and POST /teams/messages, and subscribe the publication notices."""
