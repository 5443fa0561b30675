"""What search takes and gives: the contract between the index and the faces."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True)
class SearchQuery:
    text: str = ""
    topic: str | None = None
    kind: str | None = None
    audience: str | None = None
    since: datetime | None = None
    until: datetime | None = None
    order: str = "relevance"  # or "newest"
    offset: int = 0
    limit: int = 10


@dataclass(frozen=True)
class SearchHit:
    slug: str
    title: str
    kind: str
    audience: str
    topics: tuple[str, ...]
    version: int
    snippet: str  # HTML-safe text; matches wrapped in <mark>
    score: float
    publish_at: datetime | None = None


@dataclass(frozen=True)
class QuoteHit:
    slug: str
    version: int
    title: str
    text: str
    speaker: str
    role: str
    snippet: str
    score: float


@dataclass
class SearchResults:
    hits: list[SearchHit]
    total: int
    facets: dict[str, dict[str, int]] = field(default_factory=lambda: {"topic": {}, "kind": {}})
    suggestion: str | None = None
    rebuilding: bool = False
    message: str | None = None  # said to the person searching when the query itself is the problem
