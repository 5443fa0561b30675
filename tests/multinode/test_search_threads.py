"""Several threads of one process searching at once (Slack answers run on a thread pool) get clean answers."""

from __future__ import annotations

import threading

from index import SearchIndex, SearchQuery
from statements import Viewer
from statements.corpus import load_corpus, read_corpus

QUERIES = ["fraud", "missing", "police report", "online safety", "courier", "knife", "scam texts", "grooming"]


def test_concurrent_searches_and_quote_lookups_in_one_process_never_fail(services, tmp_path):
    load_corpus(services, read_corpus())
    search = SearchIndex(tmp_path / "index", services.catalogue, services.changes, services.clock)
    expected = {q: [h.slug for h in search.search(SearchQuery(q), Viewer.bot()).hits] for q in QUERIES}
    failures: list[str] = []

    def worker(n: int) -> None:
        for i in range(12):
            query = QUERIES[(n + i) % len(QUERIES)]
            try:
                search.quotes(query, Viewer.bot(), 5)
                found = [h.slug for h in search.search(SearchQuery(query), Viewer.bot()).hits]
            except Exception as exc:  # the failure under test: readers sharing a file position
                failures.append(f"{type(exc).__name__}: {exc}")
                continue
            if found != expected[query]:
                failures.append(f"{query}: {found}")

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    search.close()
    assert failures == []
