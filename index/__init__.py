"""Derived search data: the Whoosh index, kept in step with the database through the change log.

Faces use :class:`SearchIndex` and the types in :mod:`index.types`; nothing here knows HTTP or chat.
"""

from .engine import SearchIndex
from .types import QuoteHit, SearchHit, SearchQuery, SearchResults

__all__ = ["QuoteHit", "SearchHit", "SearchIndex", "SearchQuery", "SearchResults"]
