"""Search benchmark: Pressline's engine, tantivy and SQLite FTS5 on the same generated corpus, in one run.

    python -m bench.search --statements 10000 [--seed 1] [--queries 200] [--dir /tmp/pressline-bench]

Measures the index build rate and size of each engine, then p50/p95 latency (CPU and wall) for four query
classes (one common word, two words, a quoted phrase, a topic-filtered newest-first query), each returning
the top 10 with highlighted snippets and the exact total, as a partner (public + partners audiences, embargo
applied). Pressline's queries run through ``index.SearchIndex.search`` (facets and a suggestion included)
in a fresh process, which also reports its resident memory. FTS5 picks the top 10 rowids by bm25 (or newest
first), then takes ``snippet()`` of those 10 only, and counts the total; tantivy (``bench.tantivy_side``)
does the same work with its own query parser, filters and snippet generator.
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


_FTS_VISIBLE = "m.audience IN ('public', 'partners') AND m.publish_at <= :now"
_FTS_TOPIC = "fts.rowid IN (SELECT id FROM topics WHERE topic = :topic)"
# The top 10 rowids first, snippets only for those (snippet() in the ranked query itself ran on every match
# before the sort), and the exact total, as the other engines compute.
_FTS_TOP = f"""SELECT fts.rowid FROM fts JOIN meta m ON m.id = fts.rowid WHERE fts MATCH :q AND {_FTS_VISIBLE}
               ORDER BY bm25(fts, 4.0, 1.8, 1.0, 2.5) LIMIT 10"""
_FTS_NEWEST = f"""SELECT fts.rowid FROM fts JOIN meta m ON m.id = fts.rowid WHERE fts MATCH :q AND {_FTS_VISIBLE}
                  AND {_FTS_TOPIC} ORDER BY m.publish_at DESC LIMIT 10"""
_FTS_COUNT = f"SELECT count(*) FROM fts JOIN meta m ON m.id = fts.rowid WHERE fts MATCH :q AND {_FTS_VISIBLE}"
_FTS_SNIPPETS = """SELECT fts.rowid, m.slug, snippet(fts, -1, '<mark>', '</mark>', '…', 32) FROM fts
                   JOIN meta m ON m.id = fts.rowid WHERE fts MATCH :q AND fts.rowid IN ({ids})"""


def run_fts(path: Path, queries: dict[str, list[dict]], now: int) -> tuple[dict[str, list[float]], dict]:
    db = sqlite3.connect(path)
    timings: dict[str, list[float]] = {}
    totals: dict[str, list[int]] = {}
    for name, items in queries.items():
        for q in items[:20]:  # warm the page cache like the Whoosh side's warm-up
            _fts_one(db, q, now)
        timings[name], timings[name + " cpu"], totals[name] = [], [], []
        for q in items:
            started, cpu = time.perf_counter(), time.thread_time()
            total, _ = _fts_one(db, q, now)
            timings[name].append((time.perf_counter() - started) * 1000)
            timings[name + " cpu"].append((time.thread_time() - cpu) * 1000)
            totals[name].append(total)
    db.close()
    return timings, totals


def _fts_one(db, q, now) -> tuple[int, list]:
    params = {"q": fts_match(q["text"]), "now": now, "topic": q.get("topic")}
    if "topic" in q:
        ids = [r[0] for r in db.execute(_FTS_NEWEST, params)]
        total = db.execute(f"{_FTS_COUNT} AND {_FTS_TOPIC}", params).fetchone()[0]
    else:
        ids = [r[0] for r in db.execute(_FTS_TOP, params)]
        total = db.execute(_FTS_COUNT, params).fetchone()[0]
    found = {r[0]: r[1:] for r in db.execute(_FTS_SNIPPETS.format(ids=",".join(map(str, ids)) or "NULL"), params)}
    return total, [found[i] for i in ids]


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
        tantivy = {"seconds": 0.0, "cpu_seconds": 0.0, "bytes": _du(work / "tantivy")}
        _measure(args, work, qfile, now, whoosh, fts, tantivy)
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
    from bench import tantivy_side

    tantivy = tantivy_side.build(work / "tantivy", views)
    print(f"tantivy build {tantivy['seconds']:.1f}s, {tantivy['bytes'] / 1e6:.0f} MB")

    now = int(views[-1].publish_at.timestamp()) - 86400 * 30  # the newest month is still under embargo
    queries = make_queries(views, args.queries, args.seed)
    qfile = work / f"queries.{now}.json"
    qfile.write_text(json.dumps(queries))
    del views
    _measure(args, work, qfile, now, whoosh, fts, tantivy)


def _measure(args, work: Path, qfile: Path, now: int, whoosh: dict, fts: dict, tantivy: dict) -> None:
    from bench import tantivy_side

    queries = json.loads(qfile.read_text())
    command = [sys.executable, "-m", "bench.search", "--serve", str(work / "index"), str(qfile)]
    child = subprocess.run(command, capture_output=True, text=True, check=True)
    served = json.loads(child.stdout.strip().splitlines()[-1])
    timings = {"pressline": served["timings"]}
    totals = {"pressline": served["totals"]}
    timings["tantivy"], totals["tantivy"] = tantivy_side.run(work / "tantivy", queries, now)
    timings["fts5"], totals["fts5"] = run_fts(work / "fts.db", queries, now)

    report = {"statements": args.statements, "seed": args.seed, "queries_per_class": args.queries,
              "builds": {"pressline": whoosh, "tantivy": tantivy, "fts5": fts}, "rss": served["rss"],
              "peak_rss": served["peak_rss"], "first_query_s": served["first_query_s"],
              "load_average": os.getloadavg(), "classes": {}}  # fmt: skip
    engines = ("pressline", "tantivy", "fts5")
    for clock in (" cpu", ""):
        print(f"\n{'ms, ' + ('CPU' if clock else 'wall') + ' p50/p95':<22}" + "".join(f"{e:>16}" for e in engines)
              + f"{'p95 vs tantivy':>16}{'vs fts5':>9}  median totals (pressline/tantivy/fts5)")  # fmt: skip
        for name in CLASSES:
            row = {e: [pct(timings[e][name + clock], p) for p in (50, 95)] for e in engines}
            row["vs_tantivy"] = row["pressline"][1] / max(row["tantivy"][1], 1e-6)
            row["vs_fts5"] = row["pressline"][1] / max(row["fts5"][1], 1e-6)
            row["median_totals"] = [statistics.median(totals[e][name]) for e in engines]
            report["classes"][name + clock] = row
            cells = "".join(f"{row[e][0]:>8.1f}/{row[e][1]:<7.1f}" for e in engines)
            print(f"{name:<22}{cells}{row['vs_tantivy']:>15.1f}x{row['vs_fts5']:>8.2f}x  "
                  + "/".join(f"{t:.0f}" for t in row["median_totals"]))  # fmt: skip
    n = args.statements
    for name, build in (("pressline", whoosh), ("tantivy", tantivy), ("fts5", fts)):
        rate = ""
        if build["seconds"]:
            rate = f"build {n / build['seconds']:.0f}/s (CPU {n / build['cpu_seconds']:.0f}/s), "
        print(f"{name:<10} {rate}index {build['bytes'] / 1e6:.1f} MB ({build['bytes'] / fts['bytes']:.2f}x fts5)")
    print(f"serving process RSS {served['rss'] / 1e6:.0f} MB (peak {served['peak_rss'] / 1e6:.0f} MB); "
          f"open + first query {served['first_query_s']:.2f}s; load average {os.getloadavg()[0]:.1f}")  # fmt: skip
    if args.json:
        args.json.write_text(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
