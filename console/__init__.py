"""The press office's web pages and the partner embed."""

from __future__ import annotations

from flask import Flask

from index import SearchIndex
from statements import Services


def init_app(app: Flask, services: Services, search: SearchIndex) -> None:
    """Mount the console at /console/ and the embed at /embed/<slug>."""
