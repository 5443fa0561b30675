"""The partner embed: the current public version as a small self-contained page for an iframe."""

from __future__ import annotations

from pathlib import Path

from flask import Blueprint, render_template
from flask.typing import ResponseReturnValue

from statements import Viewer
from statements.errors import Gone, NotFound

from .context import services

EMBED_CSS = (Path(__file__).parent / "static" / "embed.css").read_text(encoding="utf-8")

embed_bp = Blueprint("embed", __name__, url_prefix="/embed", template_folder="templates")


@embed_bp.get("/<slug>")
def embed(slug: str) -> ResponseReturnValue:
    return _page(slug, full=False)


@embed_bp.get("/<slug>/full")
def full(slug: str) -> ResponseReturnValue:
    """The whole statement (with its quotes), linked from the embed as "full statement"."""
    return _page(slug, full=True)


def _page(slug: str, full: bool) -> ResponseReturnValue:
    try:
        if "\x00" in slug:  # PostgreSQL cannot compare text holding NUL; no slug has one
            raise NotFound("No statement with that name.")
        view = services().catalogue.get(slug, Viewer.anonymous())
    except NotFound:
        return render_template("embed/missing.html", css=EMBED_CSS), 404
    except Gone as gone:
        return render_template("embed/withdrawn.html", css=EMBED_CSS, gone=gone), 410
    return render_template("embed/statement.html", css=EMBED_CSS, view=view, full=full)
