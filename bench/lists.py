"""List benchmark: one page of ``Catalogue.list`` (what ``GET /api/v1/statements`` and the console dashboard ask
for) and ``Catalogue.topics``, straight on the catalogue, at a given corpus size.

    python -m bench.lists --statements 100000 [--dir /tmp/pressline-api-bench] [--repeat 5]

Seeds published statements like ``bench.api`` (reusing its data directory when present), then times page 1
and page 11 (offset 200) for an anonymous caller, a partner, the chat bot and an editor, unfiltered and by
topic: the first call (the total is counted) and the median of the following ones (nothing was written in
between, so the counted total is reused, see ``statements/totals.py``). Compare code versions on the same data.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--statements", type=int, default=100_000)
    parser.add_argument("--dir", type=Path, default=Path("/tmp/pressline-api-bench"))
    parser.add_argument("--repeat", type=int, default=6)
    args = parser.parse_args()

    from bench.api import seed
    from statements import Filters, Viewer, open_services
    from statements.db import sqlite_url

    data_dir = args.dir / str(args.statements)
    if not (data_dir / "bench.json").exists():
        started = time.perf_counter()
        seed(data_dir, args.statements, 1)
        print(f"seeded {args.statements} statements in {time.perf_counter() - started:.0f}s")
    services = open_services(sqlite_url(data_dir))
    viewers = (Viewer.anonymous(), Viewer.partner("bench"), Viewer.bot(), Viewer.staff("bench", "editor"))
    print(f"{'viewer':<10} {'filter':<12} {'total':>7} {'first ms':>9} {'then (median) ms':>17}")
    for viewer in viewers:
        for filters in (Filters(), Filters(topic="fraud")):
            times = []
            for n in range(args.repeat):
                started = time.perf_counter()
                page = services.catalogue.list(viewer, filters, 200 * (n % 2), 20)
                times.append((time.perf_counter() - started) * 1000)
            label = f"topic={filters.topic}" if filters.topic else "none"
            then = statistics.median(times[1:])
            print(f"{viewer.kind:<10} {label:<12} {page.total:>7} {times[0]:>9.1f} {then:>17.1f}")
    times = []
    for _ in range(args.repeat):
        started = time.perf_counter()
        services.catalogue.topics(Viewer.anonymous())
        times.append((time.perf_counter() - started) * 1000)
    print(f"topics (anonymous) median {statistics.median(times):.1f} ms")
    services.db.dispose()


if __name__ == "__main__":
    main()
