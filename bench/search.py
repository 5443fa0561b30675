"""Search benchmark: Pressline's Whoosh engine against SQLite FTS5 on the same generated corpus, in one run.

    python -m bench.search --statements 10000 [--seed 1] [--queries 200] [--dir /tmp/pressline-bench]

Measures the index build rate and size for both engines, then p50/p95/p99 latency for four query classes
(one common word, two words, a quoted phrase, a topic-filtered newest-first query), each returning 10 hits
with highlighted snippets, as a partner (public + partners audiences, embargo applied). Whoosh queries run
through ``index.SearchIndex.search`` (totals, facets and snippets included) in a fresh process, which also
reports its resident memory. FTS5 runs bm25 top-10 with ``snippet()`` and the same audience/time filter.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
from collections import Counter
from datetime import UTC, datetime
from itertools import pairwise
from pathlib import Path

CLASSES = ("one word", "two words", "phrase", "filtered newest")


def _du(path: Path) -> int:
    return sum(p.stat().st_size for p in Path(path).rglob("*") if p.is_file())


# -- building ----------------------------------------------------------------------------------------------


def build_whoosh(root: Path, views) -> dict:
    """The rebuild path (``index.writer.write_all``) from in-memory statements instead of the database."""
    from index.store import IndexStore
    from index.writer import write_all

    store = IndexStore(root)
    generation = store.create()
    ix = store.open(generation)
    started, cpu = time.perf_counter(), time.process_time()
    write_all(ix, ([view] for view in views))
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    store.swap(generation)
    return {"seconds": seconds, "cpu_seconds": cpu, "bytes": _du(store.path(generation)),
            "segments": len(ix.reader().leaf_readers()) if hasattr(ix.reader(), "leaf_readers") else 1}  # fmt: skip


FTS_SCHEMA = """
CREATE TABLE meta(id INTEGER PRIMARY KEY, slug TEXT, audience TEXT, kind TEXT, publish_at INTEGER);
CREATE TABLE topics(topic TEXT, id INTEGER);
CREATE VIRTUAL TABLE fts USING fts5(title, summary, body, quotes, tokenize='porter unicode61 remove_diacritics 2');
"""


def build_fts(path: Path, views) -> dict:
    if path.exists():
        path.unlink()
    db = sqlite3.connect(path)
    db.executescript(FTS_SCHEMA)
    started, cpu = time.perf_counter(), time.process_time()
    for i, v in enumerate(views, start=1):
        published = int(v.publish_at.timestamp())
        db.execute("INSERT INTO meta VALUES (?,?,?,?,?)", (i, v.slug, v.audience, v.kind, published))
        db.executemany("INSERT INTO topics VALUES (?,?)", [(t, i) for t in v.topics])
        quotes = " ".join(f"{q.text} {q.speaker} {q.role}" for q in v.quotes)
        db.execute("INSERT INTO fts(rowid, title, summary, body, quotes) VALUES (?,?,?,?,?)",
                   (i, v.title, v.summary, v.body, quotes))  # fmt: skip
    db.execute("CREATE INDEX topics_topic ON topics(topic, id)")
    db.execute("CREATE INDEX meta_publish ON meta(publish_at)")
    db.commit()
    db.execute("INSERT INTO fts(fts) VALUES ('optimize')")
    db.commit()
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    db.close()
    return {"seconds": seconds, "cpu_seconds": cpu, "bytes": path.stat().st_size}


# -- queries -----------------------------------------------------------------------------------------------


def make_queries(views, count: int, seed: int) -> dict[str, list[dict]]:
    from bench.corpus import content_words

    rnd = random.Random(seed)
    sample = rnd.sample(views, min(len(views), 2000))
    freq = Counter(w for v in sample for w in sorted(set(content_words(v))))
    common = [w for w, _ in sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:300]]
    queries: dict[str, list[dict]] = {c: [] for c in CLASSES}
    for _ in range(count):
        view = rnd.choice(sample)
        words = content_words(view)
        queries["one word"].append({"text": rnd.choice(common)})
        a, b = rnd.sample(words, 2) if len(set(words)) > 1 else (words[0], words[0])
        queries["two words"].append({"text": f"{a} {b}"})
        body = [w.strip(".,:;\"'()").lower() for w in view.body.split()]
        pairs = [(x, y) for x, y in pairwise(body) if x in words and y in words and x.isalpha() and y.isalpha()]
        x, y = rnd.choice(pairs) if pairs else (a, b)
        queries["phrase"].append({"text": f'"{x} {y}"'})
        queries["filtered newest"].append({"text": rnd.choice(common[:100]), "topic": rnd.choice(view.topics)})
    return queries


def fts_match(text: str) -> str:
    if text.startswith('"'):
        return text
    return " ".join(f'"{w}"' for w in text.split())


def run_fts(path: Path, queries: dict[str, list[dict]], now: int) -> dict[str, list[float]]:
    db = sqlite3.connect(path)
    top = """SELECT m.slug, snippet(fts, -1, '<mark>', '</mark>', '…', 32) FROM fts JOIN meta m ON m.id = fts.rowid
             WHERE fts MATCH ? AND m.audience IN ('public', 'partners') AND m.publish_at <= ?
             ORDER BY bm25(fts, 4.0, 1.8, 1.0, 2.5) LIMIT 10"""
    newest = """SELECT m.slug, snippet(fts, -1, '<mark>', '</mark>', '…', 32) FROM fts JOIN meta m ON m.id = fts.rowid
                WHERE fts MATCH ? AND m.audience IN ('public', 'partners') AND m.publish_at <= ?
                AND fts.rowid IN (SELECT id FROM topics WHERE topic = ?) ORDER BY m.publish_at DESC LIMIT 10"""
    timings: dict[str, list[float]] = {}
    for name, items in queries.items():
        for q in items[:20]:  # warm the page cache like the Whoosh side's warm-up
            _fts_one(db, top, newest, q, now)
        timings[name], timings[name + " cpu"] = [], []
        for q in items:
            started, cpu = time.perf_counter(), time.thread_time()
            _fts_one(db, top, newest, q, now)
            timings[name].append((time.perf_counter() - started) * 1000)
            timings[name + " cpu"].append((time.thread_time() - cpu) * 1000)
    db.close()
    return timings


def _fts_one(db, top, newest, q, now):
    if "topic" in q:
        return db.execute(newest, (fts_match(q["text"]), now, q["topic"])).fetchall()
    return db.execute(top, (fts_match(q["text"]), now)).fetchall()


class _Everything:
    """Stands in for the catalogue and change log: every indexed version is visible, nothing is pending."""

    def check_visible(self, keys, viewer):
        return set(keys)

    def all_slugs(self):
        return []

    def head(self):
        return 0

    def since(self, position, limit=1000):
        return []


def serve_queries(root: Path, queries_file: Path, now: int) -> None:
    """Child process: open the index as a server would, run the queries, print timings and RSS as JSON."""
    from index import SearchIndex, SearchQuery
    from statements import Viewer

    queries = json.loads(queries_file.read_text())
    fake = _Everything()
    clock = lambda: datetime.fromtimestamp(now, UTC)  # noqa: E731
    opened = time.perf_counter()
    search = SearchIndex(root, fake, fake, clock)
    viewer = Viewer.partner("bench")

    def one(q):
        if "topic" in q:
            return search.search(SearchQuery(q["text"], topic=q["topic"], order="newest"), viewer)
        return search.search(SearchQuery(q["text"]), viewer)

    one({"text": "police"})
    first = time.perf_counter() - opened
    timings, totals = {}, {}
    for name, items in queries.items():
        for q in items[:20]:
            one(q)
        timings[name], timings[name + " cpu"] = [], []
        totals[name] = []
        for q in items:
            started, cpu = time.perf_counter(), time.thread_time()
            results = one(q)
            timings[name].append((time.perf_counter() - started) * 1000)
            timings[name + " cpu"].append((time.thread_time() - cpu) * 1000)
            totals[name].append(results.total)
    status = dict(line.split(":", 1) for line in Path("/proc/self/status").read_text().splitlines())
    rss = int(status["VmRSS"].split()[0]) * 1024
    peak = int(status["VmHWM"].split()[0]) * 1024  # not ru_maxrss: it counts the parent's pages before exec
    search.close()
    print(json.dumps({"timings": timings, "totals": totals, "rss": rss, "peak_rss": peak, "first_query_s": first}))


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(round(p / 100 * (len(ordered) - 1)), len(ordered) - 1)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--statements", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--queries", type=int, default=200, help="queries per class")
    parser.add_argument("--dir", type=Path, default=Path("/tmp/pressline-bench"))
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument("--reuse", action="store_true",
                        help="query the indexes and queries a previous run left in --dir")  # fmt: skip
    parser.add_argument("--serve", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        serve_queries(Path(args.serve[0]), Path(args.serve[1]), int(args.serve[1].split(".")[-2]))
        return

    work = args.dir / str(args.statements)
    if args.reuse:
        qfile = max(work.glob("queries.*.json"))
        now = int(qfile.name.split(".")[-2])
        whoosh = {"seconds": 0.0, "cpu_seconds": 0.0, "bytes": _du(work / "index")}
        fts = {"seconds": 0.0, "cpu_seconds": 0.0, "bytes": (work / "fts.db").stat().st_size}
        _measure(args, work, qfile, now, whoosh, fts)
        return

    from bench.corpus import Generator

    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    started = time.perf_counter()
    views = list(Generator(args.seed).statements(args.statements))
    words = statistics.mean(len(f"{v.title} {v.summary} {v.body} {' '.join(q.text for q in v.quotes)}".split())
                            for v in views[:2000])  # fmt: skip
    print(f"generated {len(views)} statements (~{words:.0f} words each) in {time.perf_counter() - started:.0f}s")

    whoosh = build_whoosh(work / "index", views)
    print(f"whoosh build {whoosh['seconds']:.1f}s, {whoosh['bytes'] / 1e6:.0f} MB")
    fts = build_fts(work / "fts.db", views)
    print(f"fts5   build {fts['seconds']:.1f}s, {fts['bytes'] / 1e6:.0f} MB")

    now = int(views[-1].publish_at.timestamp()) - 86400 * 30  # the newest month is still under embargo
    queries = make_queries(views, args.queries, args.seed)
    qfile = work / f"queries.{now}.json"
    qfile.write_text(json.dumps(queries))
    del views
    _measure(args, work, qfile, now, whoosh, fts)


def _measure(args, work: Path, qfile: Path, now: int, whoosh: dict, fts: dict) -> None:
    queries = json.loads(qfile.read_text())
    command = [sys.executable, "-m", "bench.search", "--serve", str(work / "index"), str(qfile)]
    child = subprocess.run(command, capture_output=True, text=True, check=True)
    served = json.loads(child.stdout.strip().splitlines()[-1])
    fts_timings = run_fts(work / "fts.db", queries, now)

    report = {"statements": args.statements, "seed": args.seed, "queries_per_class": args.queries,
              "whoosh_build": whoosh, "fts_build": fts, "rss": served["rss"], "peak_rss": served["peak_rss"],
              "first_query_s": served["first_query_s"], "load_average": os.getloadavg(), "classes": {}}  # fmt: skip
    header = f"{'class':<22} {'whoosh p50/p95/p99 ms':>24} {'fts5 p50/p95/p99 ms':>22} {'p95 ratio':>9} {'hits':>7}"
    print(f"\n{header}")
    for name in CLASSES:
        for clock in ("", " cpu"):
            w, f = served["timings"][name + clock], fts_timings[name + clock]
            row = {"whoosh": [pct(w, p) for p in (50, 95, 99)], "fts5": [pct(f, p) for p in (50, 95, 99)],
                   "median_total": statistics.median(served["totals"][name])}  # fmt: skip
            row["ratio_p95"] = row["whoosh"][1] / max(row["fts5"][1], 1e-6)
            report["classes"][name + clock] = row
            ws, fs = "/".join(f"{x:.1f}" for x in row["whoosh"]), "/".join(f"{x:.1f}" for x in row["fts5"])
            label = f"{name} ({'cpu' if clock else 'wall'})"
            print(f"{label:<22} {ws:>24} {fs:>22} {row['ratio_p95']:>8.2f}x {row['median_total']:>7.0f}")
    n = args.statements
    print(f"\nwhoosh index {whoosh['bytes'] / 1e6:.0f} MB vs fts5 {fts['bytes'] / 1e6:.0f} MB "
          f"({whoosh['bytes'] / fts['bytes']:.2f}x)")  # fmt: skip
    if whoosh["seconds"]:
        print(f"build wall {n / whoosh['seconds']:.0f}/s (cpu {n / whoosh['cpu_seconds']:.0f}/s) vs fts5 "
              f"{n / fts['seconds']:.0f}/s (cpu {n / fts['cpu_seconds']:.0f}/s)")  # fmt: skip
    print(f"serving process RSS {served['rss'] / 1e6:.0f} MB (peak {served['peak_rss'] / 1e6:.0f} MB); "
          f"open + first query {served['first_query_s']:.2f}s; load average {os.getloadavg()[0]:.1f}")  # fmt: skip
    if args.json:
        args.json.write_text(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
