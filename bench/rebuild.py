"""Index rebuild from the database: what ``pressline index rebuild`` does, timed in parts.

    python -m bench.rebuild --statements 10000 [--seed 1] [--dir /tmp/pressline-rebuild] [--reuse]

Seeds a SQLite database with the search benchmark's generated statements (``bench.corpus``, one published
version each, with topics, quotes and reporting routes), then measures, in this order and each in CPU and
wall time: reading every statement as the rebuild reads it (``Catalogue.indexable_all``), turning them into
index documents, and the whole ``SearchIndex.rebuild()`` (read, analyse, write, swap). Prints statements per
second for each; the issue-16 target is 1,000 statements/s for the whole rebuild.
"""

from __future__ import annotations

import argparse
import shutil
import time
from pathlib import Path


def _timed(work) -> tuple[float, float, object]:
    started, cpu = time.perf_counter(), time.process_time()
    result = work()
    return time.perf_counter() - started, time.process_time() - cpu, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--statements", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--dir", type=Path, default=Path("/tmp/pressline-rebuild"))
    parser.add_argument("--reuse", action="store_true", help="use the database a previous run seeded in --dir")
    args = parser.parse_args()

    from bench.api import seed
    from index import SearchIndex
    from index.schema import versions_documents
    from statements import open_services
    from statements.db import sqlite_url

    work = args.dir / str(args.statements)
    if args.reuse:
        shutil.rmtree(work / "index", ignore_errors=True)
    else:
        shutil.rmtree(work, ignore_errors=True)
        meta = seed(work, args.statements, args.seed)
        print(f"seeded {args.statements} statements in {meta['insert_s']:.0f}s")
    services = open_services(sqlite_url(work))
    n = args.statements

    def report(name: str, wall: float, cpu: float) -> None:
        print(f"{name:<10} {wall:7.1f}s wall {cpu:7.1f}s CPU  {n / wall:7.0f}/s ({n / cpu:.0f}/s CPU)")

    report("read", *_timed(lambda: sum(1 for _ in services.catalogue.indexable_all()))[:2])
    report(
        "read+docs", *_timed(lambda: sum(len(versions_documents(v)) for v in services.catalogue.indexable_all()))[:2]
    )
    search = SearchIndex(work / "index", services.catalogue, services.changes, ensure=False)
    wall, cpu, count = _timed(search.rebuild)
    report("rebuild", wall, cpu)
    print(f"indexed {count} of {n}")
    search.close()
    services.db.dispose()


if __name__ == "__main__":
    main()
