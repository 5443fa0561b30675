"""Console error pages: the domain's errors and HTTP errors as plain pages inside the console layout."""

from __future__ import annotations

from collections.abc import Callable

from flask import render_template
from flask.typing import ResponseReturnValue

from statements.errors import Forbidden, NotFound, Unavailable

from .blueprint import bp


def _page(status: int, title: str) -> Callable[[Exception], ResponseReturnValue]:
    def handler(error: Exception) -> ResponseReturnValue:
        message = getattr(error, "message", "") or title
        return render_template("console/error.html", status=status, title=title, message=message), status

    return handler


bp.register_error_handler(400, _page(400, "Bad request"))
bp.register_error_handler(NotFound, _page(404, "Not found"))
bp.register_error_handler(404, _page(404, "Not found"))
bp.register_error_handler(Forbidden, _page(403, "Not allowed"))
bp.register_error_handler(413, _page(413, "Too large: uploads and forms may be at most 1 MB"))
bp.register_error_handler(Unavailable, _page(503, "Unavailable"))
