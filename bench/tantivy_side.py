"""The tantivy side of ``bench.search``: the Rust engine's Python bindings on the same corpus and queries.

Same work per query as the other two engines: the caller's audiences and ``publish_at <= now`` as filters,
every word required (a quoted phrase as a phrase), title 4 / quotes 2.5 / summary 1.8 / body 1 boosts, the
top 10 by BM25 (or newest first within a topic), an exact total, and an HTML snippet of each hit's body.
English stemming is tantivy's ``en_stem`` (Snowball). Benchmark-only: ``pip install .[bench]``.
"""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import tantivy

TEXT = ("title", "summary", "body", "quotes")
BOOSTS = {"title": 4.0, "quotes": 2.5, "summary": 1.8, "body": 1.0}


def _schema():
    builder = tantivy.SchemaBuilder()
    for name in TEXT:
        builder.add_text_field(name, stored=name == "body", tokenizer_name="en_stem")
    builder.add_text_field("slug", stored=True, tokenizer_name="raw")
    for name in ("audience", "kind", "topics"):
        builder.add_text_field(name, tokenizer_name="raw")
    builder.add_integer_field("publish_at", indexed=True, fast=True)
    return builder.build()


def build(root: Path, views) -> dict:
    shutil.rmtree(root, ignore_errors=True)
    root.mkdir(parents=True)
    index = tantivy.Index(_schema(), path=str(root))
    started, cpu = time.perf_counter(), time.process_time()
    writer = index.writer(heap_size=256_000_000, num_threads=1)
    for v in views:
        writer.add_document(
            tantivy.Document(
                title=v.title, summary=v.summary, body=v.body,
                quotes=" ".join(f"{q.text} {q.speaker} {q.role}" for q in v.quotes),
                slug=v.slug, audience=v.audience, kind=v.kind, topics=list(v.topics),
                publish_at=int(v.publish_at.timestamp()),
            )
        )  # fmt: skip
    writer.commit()
    writer.wait_merging_threads()
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    size = sum(p.stat().st_size for p in root.rglob("*") if p.is_file())
    return {"seconds": seconds, "cpu_seconds": cpu, "bytes": size}


class Engine:
    def __init__(self, root: Path, now: int) -> None:
        self.index = tantivy.Index.open(str(root))
        self.index.reload()
        self.searcher = self.index.searcher()
        self.schema = self.index.schema
        audiences = tantivy.Query.term_set_query(self.schema, "audience", ["public", "partners"])
        published = tantivy.Query.range_query(self.schema, "publish_at", tantivy.FieldType.Integer, None, now)
        self.visible = [(tantivy.Occur.Must, audiences), (tantivy.Occur.Must, published)]

    def search(self, q: dict) -> tuple[int, list[tuple[str, str]]]:
        """(total, [(slug, snippet html)...]) for one benchmark query."""
        text = q["text"] if q["text"].startswith('"') else " ".join(f"+{w}" for w in q["text"].split())
        words = self.index.parse_query(text, list(TEXT), field_boosts=BOOSTS)
        clauses = [(tantivy.Occur.Must, words), *self.visible]
        if "topic" in q:
            clauses.append((tantivy.Occur.Must, tantivy.Query.term_query(self.schema, "topics", q["topic"])))
        query = tantivy.Query.boolean_query(clauses)
        if "topic" in q:
            found = self.searcher.search(query, 10, count=True, order_by_field="publish_at")
        else:
            found = self.searcher.search(query, 10, count=True)
        snippets = tantivy.SnippetGenerator.create(self.searcher, words, self.schema, "body")
        hits = []
        for _, address in found.hits:
            doc = self.searcher.doc(address)
            hits.append((doc["slug"][0], snippets.snippet_from_doc(doc).to_html()))
        return found.count, hits


def run(root: Path, queries: dict[str, list[dict]], now: int) -> tuple[dict[str, list[float]], dict[str, list[int]]]:
    engine = Engine(root, now)
    timings: dict[str, list[float]] = {}
    totals: dict[str, list[int]] = {}
    for name, items in queries.items():
        for q in items[:20]:
            engine.search(q)
        timings[name], timings[name + " cpu"], totals[name] = [], [], []
        for q in items:
            started, cpu = time.perf_counter(), time.thread_time()
            total, _ = engine.search(q)
            timings[name].append((time.perf_counter() - started) * 1000)
            timings[name + " cpu"].append((time.thread_time() - cpu) * 1000)
            totals[name].append(total)
    return timings, totals
