"""Searches per second from one process: one thread against eight searching the same index at once.

    python -m bench.threads --statements 10000 [--seconds 10] [--threads 8] [--dir /tmp/pressline-threads]

Builds the generated corpus (bench/corpus.py) with the rebuild path, opens it as a server would
(``index.SearchIndex``, partner viewer, snippets, totals and facets included), and runs a fixed mix of
one-word, two-word and phrase queries for ``--seconds`` with 1 thread, then with ``--threads`` threads.
Threads share only the GIL: the index files are read with ``pread`` at a position per thread
(index/files.py), and no lock is held across a search. Report the machine's load (``uptime``) with it.
"""

from __future__ import annotations

import argparse
import os
import shutil
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

from bench.search import _Everything, build_whoosh, make_queries


def run(search, queries: list, threads: int, seconds: float) -> tuple[int, float]:
    from index import SearchQuery
    from statements import Viewer

    viewer = Viewer.partner("bench")
    stop = time.perf_counter() + seconds
    counts = [0] * threads

    def work(n: int) -> None:
        i = n
        while time.perf_counter() < stop:
            search.search(SearchQuery(queries[i % len(queries)]), viewer)
            counts[n] += 1
            i += threads

    started = time.perf_counter()
    workers = [threading.Thread(target=work, args=(n,)) for n in range(threads)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    return sum(counts), time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--statements", type=int, default=10000)
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--threads", type=int, default=8)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--dir", type=Path, default=Path("/tmp/pressline-threads"))
    args = parser.parse_args()

    from bench.corpus import Generator
    from index import SearchIndex

    shutil.rmtree(args.dir, ignore_errors=True)
    views = list(Generator(args.seed).statements(args.statements))
    built = build_whoosh(args.dir, views)
    picked = make_queries(views, 200, args.seed)
    queries = [q["text"] for name in ("one word", "two words", "phrase") for q in picked[name]]
    fake = _Everything()
    now = max(v.publish_at for v in views)
    search = SearchIndex(args.dir, fake, fake, lambda: now.astimezone(UTC) if now.tzinfo else now.replace(tzinfo=UTC))
    for text in queries[:50]:
        run(search, [text], 1, 0)  # warm: facts, posting pages
    print(f"{args.statements} statements, {built['segments']} segments; load {os.getloadavg()[0]:.2f}")
    one, one_s = run(search, queries, 1, args.seconds)
    many, many_s = run(search, queries, args.threads, args.seconds)
    print(f"1 thread:  {one / one_s:7.1f} searches/s ({one} in {one_s:.1f}s)")
    print(f"{args.threads} threads: {many / many_s:7.1f} searches/s ({many} in {many_s:.1f}s); "
          f"{many / many_s / (one / one_s):.2f}x one thread")  # fmt: skip
    print(f"load after: {os.getloadavg()[0]:.2f}; at {datetime.now(UTC):%Y-%m-%d %H:%M} UTC")
    search.close()


if __name__ == "__main__":
    main()
