"""Approved lines for a piece of text, as the chat bots find them: the domain's :class:`LineFinder` over this
index (the enquiry log's suggestions). Searched as ``Viewer.bot()``, like every bot answer; the enquiry log then
keeps only wording that may be given to the media."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from statements import Viewer

from .damage import IndexDamaged
from .types import SearchQuery

if TYPE_CHECKING:
    from .engine import SearchIndex

log = logging.getLogger(__name__)


def line_finder(search: SearchIndex) -> Callable[[str, int], Sequence[str]]:
    """Slugs best first. A damaged index (being rebuilt) suggests nothing rather than failing the page that
    asked: suggestions are a convenience, the enquiry itself must still open."""
    viewer = Viewer.bot()

    def find(text: str, limit: int) -> Sequence[str]:
        try:
            results = search.search(SearchQuery(text=text, limit=min(max(limit, 1), 100)), viewer)
        except IndexDamaged as exc:
            log.warning("no suggested lines while the index is damaged: %s", exc)
            return []
        return [hit.slug for hit in results.hits]

    return find
