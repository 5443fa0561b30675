"""Turning statements into index documents in a second process while a rebuild writes.

A rebuild spends about as long analysing statements (words, stems, positions, plain text, the stored JSON) as
writing them, and both are Python holding the GIL. Past :data:`PARALLEL_FROM` statements, the analysis moves
to one helper process (``spawn``: nothing of the parent, threads or connections included, is inherited) that
takes batches of statements and returns their documents with the ``content`` postings packed into a few flat
arrays (:class:`index.bulk.PackedContent`: unpickling a document's hundreds of small tuples cost more than
analysing it). At most :data:`WINDOW` batches are in flight, so memory stays bounded. Small rebuilds (and
every test of a few statements) never start a process.
"""

from __future__ import annotations

import multiprocessing
from array import array
from collections import deque
from collections.abc import Generator, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from itertools import chain, islice

from .bulk import PackedContent
from .schema import versions_documents
from .skipped import machine_trouble, reason

PARALLEL_FROM = 5000  # statements analysed in this process before a helper process takes over
BATCH = 250  # statements sent to the helper at a time
WINDOW = 4  # batches in flight

# (slug, its documents, or None and why the index cannot take it)
Analysed = tuple[str, list[dict] | None, str | None]


def analyse(views: list) -> Analysed:
    """One statement's index documents (``views``: what the catalogue says it should have indexed)."""
    slug = views[0].slug if views else "?"
    try:
        return slug, versions_documents(views), None
    except Exception as exc:
        if machine_trouble(exc):
            raise
        return slug, None, reason(exc)


def analysed(statements: Iterable[list], parallel_from: int = PARALLEL_FROM) -> Generator[Analysed, None, None]:
    """Every statement of ``statements`` analysed, in order: the first ``parallel_from`` here, the rest (if
    any) by a helper process."""
    pending = iter(statements)
    for views in islice(pending, parallel_from):
        yield analyse(views)
    first = next(pending, None)
    if first is not None:
        yield from _in_helper(chain([first], pending))


def _in_helper(pending: Iterator[list]) -> Iterator[Analysed]:
    pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"))
    try:
        futures: deque = deque()
        while batch := list(islice(pending, BATCH)):
            futures.append(pool.submit(analyse_packed, batch))
            if len(futures) >= WINDOW:
                yield from futures.popleft().result()
        while futures:
            yield from futures.popleft().result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def analyse_packed(batch: list[list]) -> list[Analysed]:
    """The helper process's work: :func:`analyse` each statement, ``content`` packed for the trip back."""
    out = []
    for views in batch:
        slug, documents, why = analyse(views)
        out.append((slug, [_packed(d) for d in documents] if documents is not None else None, why))
    return out


def _packed(document: dict) -> dict:
    content = document.get("content")
    if not content:
        return document
    terms, weights, positions = zip(*content, strict=True)
    packed = PackedContent(list(terms), array("f", weights).tobytes(), array("I", map(len, positions)).tobytes(),
                           array("H", chain.from_iterable(positions)).tobytes())  # fmt: skip
    return {**document, "content": packed}
