"""Threads of one process search at the same time: no process-wide lock, no shared file position."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

from index import SearchIndex, SearchQuery
from tests.conftest import ANON

WORDS = ("fraud", "courier", "grooming", "cameras", "missing", "burglary", "scam", "police")


class HeldCatalogue:
    """The real catalogue, except that the first check of hits waits until ``release`` is set (while that
    search holds its snapshot), so a test can see whether another search gets through meanwhile."""

    def __init__(self, catalogue) -> None:
        self._catalogue = catalogue
        self.holding = threading.Event()
        self.release = threading.Event()

    def check_visible(self, keys, viewer):
        if not self.holding.is_set():
            self.holding.set()
            self.release.wait(10)
        return self._catalogue.check_visible(keys, viewer)

    def __getattr__(self, name):
        return getattr(self._catalogue, name)


def _corpus(publish) -> None:
    for i, word in enumerate(WORDS * 3):
        publish(f"{word.title()} notice {i}", body=f"A {word} warning for residents, number {i}, about {word}.")


def test_a_search_proceeds_while_another_thread_is_inside_one(services, tmp_path, publish):
    _corpus(publish)
    SearchIndex(tmp_path / "index", services.catalogue, services.changes, services.clock).close()
    held = HeldCatalogue(services.catalogue)
    slow = SearchIndex(tmp_path / "index", held, services.changes, services.clock, sync_every=None)
    try:
        first = threading.Thread(target=slow.search, args=(SearchQuery("fraud"), ANON))
        first.start()
        assert held.holding.wait(10)
        done = []
        second = threading.Thread(target=lambda: done.append(slow.quotes("fraud", ANON)))
        second.start()
        second.join(5)
        finished = not second.is_alive()
        held.release.set()
        first.join(10)
        assert finished, "a second search waited for the first one's snapshot"
    finally:
        held.release.set()
        slow.close()


def test_eight_threads_searching_at_once_get_what_one_thread_gets(search, publish):
    _corpus(publish)
    queries = [SearchQuery(word) for word in WORDS] + [SearchQuery(f'"{word} warning"') for word in WORDS]
    alone = [search.search(q, ANON) for q in queries]
    with ThreadPoolExecutor(8) as pool:
        together = list(pool.map(lambda q: search.search(q, ANON), queries * 20))
    assert together == alone * 20
