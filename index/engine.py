"""Placeholder search over the catalogue until the Whoosh engine lands (same interface)."""

from __future__ import annotations

import html
from pathlib import Path

from statements import Catalogue, ChangeEvent, ChangeLog, Filters, Viewer
from statements.clock import Clock, utcnow

from .types import QuoteHit, SearchHit, SearchQuery, SearchResults


class SearchIndex:
    def __init__(self, path: Path, catalogue: Catalogue, changes: ChangeLog, clock: Clock = utcnow) -> None:
        self.path = Path(path)
        self.catalogue = catalogue
        self.changes = changes
        self.clock = clock

    def search(self, query: SearchQuery, viewer: Viewer) -> SearchResults:
        words = query.text.lower().split()
        page = self.catalogue.list(viewer, Filters(topic=query.topic, kind=query.kind), 0, 10_000)
        items = [v for v in page.items if v.status == "published" or not viewer.is_staff]
        hits = [
            SearchHit(
                v.slug, v.title, v.kind, v.audience, v.topics, v.version, html.escape(v.summary), 1.0, v.publish_at
            )
            for v in items
            if all(w in f"{v.title} {v.summary} {v.body}".lower() for w in words)
        ]
        return SearchResults(hits[query.offset : query.offset + query.limit], len(hits))

    def quotes(self, text: str, viewer: Viewer, limit: int = 10) -> list[QuoteHit]:
        found = []
        for hit in self.search(SearchQuery(limit=10_000), viewer).hits:
            view = self.catalogue.get(hit.slug, viewer)
            found += [
                QuoteHit(view.slug, view.version, view.title, q.text, q.speaker, q.role, html.escape(q.text), 1.0)
                for q in view.quotes
                if text.lower() in f"{q.text} {q.speaker}".lower()
            ]
        return found[:limit]

    def on_change(self, event: ChangeEvent) -> None:
        return None

    def sync(self) -> int:
        return 0

    def rebuild(self) -> int:
        return 0

    def verify(self) -> list[str]:
        return []

    def lag(self) -> int:
        return 0

    def close(self) -> None:
        return None
