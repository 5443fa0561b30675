"""The Whoosh schema and how a statement version becomes an index document.

One catch-all ``content`` field carries every searchable word of a statement; region boosts (title and
quotes above summary above body) are folded into each posting's weight at index time, so a query is a
handful of ``Term`` objects on one field, and each posting keeps the term's positions (two bytes each) so
quoted phrases are checked exactly without a bigram field. ``quoted`` holds the words of the quotes and
their speakers (postings only), which is where quote search looks first.
"""

from __future__ import annotations

import json
import zlib
from array import array
from datetime import datetime

from whoosh.fields import ID, KEYWORD, NUMERIC, STORED, FieldType, Schema
from whoosh.formats import Existence, Frequency
from whoosh.system import _INT_SIZE, pack_uint, unpack_uint

from statements.views import VersionView
from statements.wording import plain

from .analysis import BODY, EXTRA, QUOTES, SUMMARY, TITLE, positioned_terms, terms
from .ondisk import TERM_SET, WEIGHTED_POSITIONS, reducer

STATEMENT = "s"
MAX_POSITION = 65535


class WeightedPositions(Frequency):
    """Takes ``((term, weight, positions), ...)`` already analysed; a posting's value is its frequency
    followed by its positions as unsigned 16-bit integers."""

    posting_size = -1
    __reduce__ = reducer(WEIGHTED_POSITIONS)

    def word_values(self, value, analyzer, **kwargs):
        for term, weight, positions in value:
            yield term, len(positions), weight, pack_uint(len(positions)) + array("H", positions).tobytes()

    def decode_frequency(self, valuestring):
        return unpack_uint(valuestring[:_INT_SIZE])[0]

    def decode_weight(self, valuestring):
        return float(self.decode_frequency(valuestring))

    def decode_positions(self, valuestring):
        return array("H", valuestring[_INT_SIZE:]).tolist()


class TermSet(Existence):
    """Takes ``(term, ...)`` already analysed: postings without frequencies."""

    __reduce__ = reducer(TERM_SET)

    def word_values(self, value, analyzer, **kwargs):
        fb = self.field_boost
        return ((term, 1, fb, b"") for term in value)


def _text_field(format_) -> FieldType:
    # scorable=True on both: Whoosh's posting writer looks up a length column for every posting and, when a
    # field has none, stats the file system each time.
    return FieldType(format=format_, analyzer=None, scorable=True)


SCHEMA = "statements/2"  # change with build_schema: indexes of another schema are rebuilt (index/store.py)


def _column_number(stored: bool) -> NUMERIC:
    """A 64-bit number kept as a column (and stored), not indexed: nothing searches these by term, and
    Whoosh's tiered numeric terms (16 per value) were a tenth of a rebuild's postings, almost all unique."""
    number = NUMERIC(bits=64, signed=True, stored=stored, sortable=True)
    number.indexed = False
    return number


def build_schema() -> Schema:
    return Schema(
        key=ID(stored=True, unique=True),
        slug=ID(stored=True),
        doctype=ID(),
        version=STORED(),
        audience=ID(stored=True),
        kind=ID(stored=True),
        topics=KEYWORD(stored=True),
        publish_at=_column_number(stored=True),
        until=_column_number(stored=False),
        review_by=STORED(),
        updated=STORED(),
        content=_text_field(WeightedPositions()),
        quoted=_text_field(TermSet()),
        stored=STORED(),
    )


def epoch(value: datetime | None) -> int:
    return int(value.timestamp()) if value is not None else 0


def pack(data: dict) -> bytes:
    return zlib.compress(json.dumps(data, separators=(",", ":")).encode(), 3)


def unpack(blob: bytes) -> dict:
    return json.loads(zlib.decompress(blob))


def _clamped(positions: list[int]) -> list[int]:
    return positions if positions[-1] <= MAX_POSITION else [min(p, MAX_POSITION) for p in positions]


def statement_document(view: VersionView, until: datetime | None = None) -> dict:
    """The index document for one published or scheduled version; ``until``: when a newer indexed version of
    the same statement goes live (a scheduled update), after which this one is no longer the current one."""
    quotes = [f"{q.text} {q.speaker} {q.role}" for q in view.quotes]
    parts = [(TITLE, view.title), (SUMMARY, view.summary), (BODY, view.body)]
    parts += [(QUOTES, q) for q in quotes]
    parts += [(EXTRA, f"{r.name} {r.when}") for r in view.reporting_routes]
    weights, positions = positioned_terms(parts)
    content = tuple((t, weights[t], _clamped(positions[t])) for t in weights)
    quoted = tuple({t for q in quotes for t in terms(q)})
    text = {"title": view.title, "summary": plain(view.summary, urls=False, one_line=True),
            "body": plain(view.body, urls=False, one_line=True),
            "quotes": [[q.text, q.speaker, q.role] for q in view.quotes]}  # fmt: skip
    return {
        "key": f"{view.slug}#{view.version}",
        "slug": view.slug,
        "doctype": STATEMENT,
        "version": view.version,
        "audience": view.audience,
        "kind": view.kind,
        "topics": " ".join(view.topics),
        "publish_at": epoch(view.publish_at),
        "until": epoch(until),
        "review_by": view.review_by.isoformat() if view.review_by else None,
        "updated": view.updated_at.isoformat(),
        "content": content,
        "quoted": quoted,
        "stored": pack(text),
    }


def statement_documents(view: VersionView, until: datetime | None = None) -> list[dict]:
    """The index documents for one version (one today; a list so callers need not change if that grows)."""
    return [statement_document(view, until)]


def versions_documents(views: list[VersionView]) -> list[dict]:
    """The index documents for what the catalogue says one statement should have indexed (its current version
    and any scheduled ones), each ending where a newer one of them goes live."""
    documents = []
    for i, view in enumerate(views):
        later = [v.publish_at for v in views[i + 1 :] if v.version > view.version and v.publish_at is not None]
        documents += statement_documents(view, min(later, default=None))
    return documents
