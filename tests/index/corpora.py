"""Generated corpora and queries for the search property tests: statements with edits, withdrawals,
embargoes, audiences and several index segments, and queries of every class the search box accepts."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from hypothesis import strategies as st

from index import SearchIndex, SearchQuery
from statements import Services, open_services
from statements.drafting import KINDS
from statements.viewer import AUDIENCES
from tests.conftest import APPROVER, EDITOR, FakeClock

# A small vocabulary, so words, stems, phrases and exclusions meet often: inflections of one stem, accents,
# apostrophes, stop words (which the analyzer drops, also inside phrases) and the words of the default synonym
# groups; queries may also hold words nothing can be searched for (punctuation, emoji, AND/OR/NOT).
WORDS = ("fraud", "scam", "scams", "scammed", "courier", "couriers", "online", "grooming", "groomed", "police",
         "officer", "officers", "flood", "floods", "warning", "residents", "Café", "cafe", "bank", "rogue",
         "trader", "traders", "Clare's", "the", "to", "of", "and", "999", "emergency", "ASB", "anti-social",
         "behaviour", "child", "exploitation", "CEOP")  # fmt: skip
TOPICS = ("fraud", "online-safety", "child-protection", "roads")
SPEAKERS = ("Inspector Jones", "Sergeant Café", "Clare Officer")
# What happens to a generated statement after it is first written.
FATES = ("published", "published", "published", "scheduled", "withdrawn", "republished", "redrafted", "draft",
         "scheduled_update", "rewritten_audience")  # fmt: skip
VIEWER_NAMES = ("anonymous", "partner", "staff")

text = st.lists(st.sampled_from(WORDS), min_size=1, max_size=9).map(" ".join)
quote = st.fixed_dictionaries({"text": text, "speaker": st.sampled_from(SPEAKERS), "role": st.just("Inspector")})
fields = st.fixed_dictionaries(
    {
        "title": text,
        "summary": st.one_of(st.just(""), text),
        "body": text,
        "quotes": st.lists(quote, max_size=2),
        "topics": st.lists(st.sampled_from(TOPICS), max_size=2, unique=True),
        "kind": st.sampled_from(KINDS),
        "audience": st.sampled_from(AUDIENCES),
    }
)
spec = st.fixed_dictionaries(
    {
        "fields": fields,
        "fate": st.sampled_from(FATES),
        "change": fields,
        "hours": st.integers(1, 30),
        "batch": st.integers(0, 3),
    }
)


def corpus(min_size: int = 1, max_size: int = 10):
    return st.lists(spec, min_size=min_size, max_size=max_size)


def _word():
    return st.sampled_from((*WORDS, "zebra", "scamm", "*", "AND", "OR", "NOT", "!", "🙂"))


def _query_text():
    words = st.lists(_word(), min_size=1, max_size=3).map(" ".join)
    phrase = st.lists(_word(), min_size=2, max_size=3).map(lambda w: f'"{" ".join(w)}"')
    return st.one_of(
        _word(),  # one word
        words,  # several words (all of them; any of them when none holds all)
        phrase,  # a phrase
        st.tuples(words, _word()).map(lambda p: f"{p[0]} -{p[1]}"),  # an exclusion
        st.tuples(words, phrase).map(lambda p: f"{p[0]} -{p[1]}"),  # an excluded phrase
        st.tuples(st.sampled_from(TOPICS), st.one_of(st.just(""), words)).map(lambda p: f"topic:{p[0]} {p[1]}"),
        st.tuples(st.sampled_from(KINDS), st.one_of(st.just(""), words)).map(lambda p: f"kind:{p[0]} {p[1]}"),
        st.just(""),  # filters only
    )


queries = st.builds(
    SearchQuery,
    text=_query_text(),
    topic=st.one_of(st.none(), st.sampled_from(TOPICS)),
    kind=st.one_of(st.none(), st.sampled_from(KINDS)),
    audience=st.one_of(st.none(), st.sampled_from(AUDIENCES)),
    order=st.sampled_from(("relevance", "newest")),
    offset=st.sampled_from((0, 0, 0, 1, 3, 7, 40, 5000)),  # pages past the end, and past the deepest window
    limit=st.sampled_from((1, 2, 3, 10, 100)),
)


@dataclass
class World:
    services: Services
    clock: FakeClock
    search: SearchIndex
    root: Path


@contextmanager
def world(template: Path) -> Iterator[World]:
    """A fresh database (copied from a migrated, seeded template) and index, for one generated example."""
    root = Path(tempfile.mkdtemp(prefix="pressline-oracle-"))
    try:
        shutil.copy(template, root / "pressline.db")
        clock = FakeClock()
        services = open_services(f"sqlite:///{root / 'pressline.db'}", clock)
        search = SearchIndex(root / "index", services.catalogue, services.changes, clock, sync_every=None)
        try:
            yield World(services, clock, search, root)
        finally:
            search.close()
            services.db.dispose()
    finally:
        shutil.rmtree(root, ignore_errors=True)


def write(services: Services, clock: FakeClock, item: dict) -> str:
    """Write one generated statement and give it its fate; returns its slug."""
    flow, catalogue = services.workflow, services.catalogue
    fate, change = item["fate"], item["change"]
    later = clock.now + timedelta(hours=item["hours"])
    view = flow.create_draft(dict(item["fields"]), EDITOR)
    if fate == "draft":
        return view.slug
    view = flow.submit(view.slug, view.revision, EDITOR)
    view = flow.approve(view.slug, view.revision, APPROVER)
    view = flow.publish(view.slug, view.revision, APPROVER, later if fate == "scheduled" else None)
    if fate == "withdrawn":
        flow.withdraw(view.slug, view.revision, APPROVER, "Wrong")
    elif fate in ("republished", "redrafted", "scheduled_update", "rewritten_audience"):
        edits = dict(change) if fate != "rewritten_audience" else {"audience": change["audience"]}
        view = catalogue.working(view.slug, EDITOR)
        view = flow.edit_draft(view.slug, view.revision, edits, EDITOR)
        if fate != "redrafted":
            view = flow.submit(view.slug, view.revision, EDITOR)
            view = flow.approve(view.slug, view.revision, APPROVER)
            flow.publish(view.slug, view.revision, APPROVER, later if fate == "scheduled_update" else None)
    return view.slug


def populate(w: World, items: list[dict]) -> list[str]:
    """Write ``items`` in their batches, syncing the index after each batch (a segment or more each)."""
    slugs = []
    for batch in sorted({item["batch"] for item in items}):
        for item in items:
            if item["batch"] == batch:
                slugs.append(write(w.services, w.clock, item))
        w.search.sync()
        w.clock.advance(minutes=1)
    return slugs
