"""The Whoosh schema and how a statement version becomes index documents.

One catch-all ``content`` field carries every searchable word of a statement; region boosts (title and
quotes above summary above body) are folded into each posting's weight at index time, so a query is a
handful of ``Term`` objects on one field. Quoted phrases match ``pairs`` terms (adjacent word pairs,
postings without frequencies). Each quote is also its own small document (``doctype`` "q") for quote search.
"""

from __future__ import annotations

import json
import zlib
from datetime import datetime

from whoosh.fields import ID, KEYWORD, NUMERIC, STORED, FieldType, Schema
from whoosh.formats import Existence, Frequency
from whoosh.system import pack_uint

from statements.views import VersionView

from .analysis import BODY, EXTRA, QUOTES, SUMMARY, TITLE, weighted_terms

STATEMENT, QUOTE = "s", "q"


class WeightedTerms(Frequency):
    """Takes ``((term, freq, weight), ...)`` already analysed (see :func:`statement_documents`)."""

    def word_values(self, value, analyzer, **kwargs):
        return ((term, freq, weight, pack_uint(freq)) for term, freq, weight in value)


class TermSet(Existence):
    """Takes ``(term, ...)`` already analysed: postings without frequencies."""

    def word_values(self, value, analyzer, **kwargs):
        fb = self.field_boost
        return ((term, 1, fb, b"") for term in value)


def _text_field(format_) -> FieldType:
    return FieldType(format=format_, analyzer=None, scorable=isinstance(format_, Frequency))


def build_schema() -> Schema:
    return Schema(
        key=ID(stored=True, unique=True),
        slug=ID(stored=True),
        doctype=ID(),
        version=STORED(),
        audience=ID(stored=True),
        kind=ID(stored=True),
        topics=KEYWORD(stored=True),
        publish_at=NUMERIC(bits=64, signed=True, stored=True, sortable=True),
        review_by=STORED(),
        updated=STORED(),
        content=_text_field(WeightedTerms()),
        pairs=_text_field(TermSet()),
        stored=STORED(),
    )


def epoch(value: datetime | None) -> int:
    return int(value.timestamp()) if value is not None else 0


def pack(data: dict) -> bytes:
    return zlib.compress(json.dumps(data, separators=(",", ":")).encode(), 3)


def unpack(blob: bytes) -> dict:
    return json.loads(zlib.decompress(blob))


def _analysed(parts: list[tuple[float, str]]) -> tuple[tuple, tuple]:
    weights, freqs, pairs = weighted_terms(parts)
    return tuple((t, freqs[t], weights[t]) for t in weights), tuple(pairs)


def statement_documents(view: VersionView) -> list[dict]:
    """The index documents for one published or scheduled version: the statement and each of its quotes."""
    common = {
        "slug": view.slug,
        "version": view.version,
        "audience": view.audience,
        "kind": view.kind,
        "topics": " ".join(view.topics),
        "publish_at": epoch(view.publish_at),
        "review_by": view.review_by.isoformat() if view.review_by else None,
        "updated": view.updated_at.isoformat(),
    }
    quotes = [f"{q.text} {q.speaker} {q.role}" for q in view.quotes]
    parts = [(TITLE, view.title), (SUMMARY, view.summary), (BODY, view.body)]
    parts += [(QUOTES, q) for q in quotes]
    parts += [(EXTRA, f"{r.name} {r.when}") for r in view.reporting_routes]
    content, pairs = _analysed(parts)
    text = {"title": view.title, "summary": view.summary, "body": view.body,
            "quotes": [[q.text, q.speaker, q.role] for q in view.quotes]}  # fmt: skip
    docs = [
        dict(common, key=f"{view.slug}#{view.version}", doctype=STATEMENT, content=content, pairs=pairs,
             stored=pack(text))
    ]  # fmt: skip
    for i, q in enumerate(view.quotes):
        content, pairs = _analysed([(QUOTES, q.text), (EXTRA, f"{q.speaker} {q.role}")])
        data = {"title": view.title, "text": q.text, "speaker": q.speaker, "role": q.role}
        docs.append(
            dict(common, key=f"{view.slug}#{view.version}#q{i}", doctype=QUOTE, content=content, pairs=pairs,
                 stored=pack(data))
        )  # fmt: skip
    return docs
