"""Derived search data: the Whoosh index, kept in step with the database through the change log.

Faces use :class:`SearchIndex` and the types in :mod:`index.types`; nothing here knows HTTP or chat.
``SearchIndex`` is imported on first use, so importing one part of the package (the query path, say) does
not load the rest.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .damage import IndexDamaged
from .types import QuoteHit, SearchHit, SearchQuery, SearchResults

if TYPE_CHECKING:
    from .engine import SearchIndex


def __getattr__(name: str) -> Any:
    if name == "SearchIndex":
        from .engine import SearchIndex

        return SearchIndex
    raise AttributeError(f"module 'index' has no attribute {name!r}")


__all__ = ["IndexDamaged", "QuoteHit", "SearchHit", "SearchIndex", "SearchQuery", "SearchResults"]
