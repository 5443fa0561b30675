"""How long a publish takes to reach search on an index built by ``bench.search``.

    python -m bench.freshness --dir /tmp/pressline-bench/100000 [--publishes 8]

Each round does what ``SearchIndex.on_change`` does after a commit (delete the statement's documents, add the
new version, commit through the one writer path), then searches for a word only that version holds. Prints the
write and the next search (which opens a fresh searcher) in milliseconds.
"""

from __future__ import annotations

import argparse
import random
import time
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from bench.corpus import Generator
from bench.search import _Everything
from index import SearchIndex, SearchQuery
from index.schema import statement_document
from index.writer import exclusive_writer
from statements import Viewer


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir", type=Path, default=Path("/tmp/pressline-bench/100000"))
    parser.add_argument("--publishes", type=int, default=8)
    args = parser.parse_args()
    now = int(next(args.dir.glob("queries.*.json")).name.split(".")[1])
    fake = _Everything()
    search = SearchIndex(args.dir / "index", fake, fake, lambda: datetime.fromtimestamp(now, UTC))
    viewer = Viewer.partner("bench")
    search.search(SearchQuery("police"), viewer)
    generator, rnd = Generator(7), random.Random(3)
    for n in range(args.publishes):
        word = f"quokkafresh{n}"
        view = replace(generator.one(rnd, n, 10), slug=f"fresh-{n}", title=f"Freshness marker {word}",
                       audience="public", publish_at=datetime.fromtimestamp(now - 60, UTC))  # fmt: skip
        started = time.perf_counter()
        with exclusive_writer(search.store.open(search.store.current())) as writer:
            writer.delete_by_term("slug", view.slug)
            writer.add_document(**statement_document(view))
        search.pool.invalidate()
        written = time.perf_counter()
        found = search.search(SearchQuery(word), viewer).total
        done = time.perf_counter()
        print(f"publish {n}: write {1000 * (written - started):.0f} ms, next search {1000 * (done - written):.0f} ms, "
              f"found {found}")  # fmt: skip
    search.close()


if __name__ == "__main__":
    main()
