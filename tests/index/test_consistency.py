"""The index never drifts for long: sync repairs a crash, rebuild swaps under live searches, verify tells."""

from __future__ import annotations

import threading
from datetime import timedelta

from click.testing import CliRunner

from api.cli import cli
from index import SearchQuery
from index.writer import exclusive_writer
from tests.conftest import ANON, APPROVER, BOT, PARTNER


def test_a_commit_the_index_never_heard_of_is_repaired_by_sync(engine, services, workflow, tmp_path):
    search = engine(sync_every=None)
    view = workflow.published(title="Crash between commit and index", body="Sandbag warning.")  # no listener
    assert search.lag() > 0 and search.search(SearchQuery("sandbag"), ANON).total == 0
    assert search.verify() == [view.slug]
    assert search.sync() == 1
    assert search.lag() == 0 and [h.slug for h in search.search(SearchQuery("sandbag"), ANON).hits] == [view.slug]


def test_reapplying_changes_after_a_lost_position_write_is_harmless(search, workflow):
    view = workflow.published(title="Applied twice", body="Floodgate wording.")
    generation = search.store.current()
    search.store.write_position(generation, 0)  # as if we crashed after the index commit
    search.sync()
    results = search.search(SearchQuery("floodgate"), ANON)
    assert [h.slug for h in results.hits] == [view.slug] and results.total == 1
    assert search.verify() == [] and search.lag() == 0


def test_rebuild_swaps_in_a_new_index_while_searches_keep_answering(search, workflow):
    for n in range(5):
        workflow.published(title=f"Flood advice {n}", body="Sandbags and flood wardens.")
    seen, errors, stop = [], [], threading.Event()

    def keep_searching() -> None:
        while not stop.is_set():
            try:
                seen.append(search.search(SearchQuery("flood"), ANON).total)
            except Exception as exc:  # the assertion below reports it
                errors.append(exc)

    worker = threading.Thread(target=keep_searching)
    worker.start()
    before = search.store.current()
    try:
        for _ in range(3):
            assert search.rebuild() == 5
    finally:
        stop.set()
        worker.join()
    assert errors == [] and seen and set(seen) == {5}
    assert search.store.current() != before and search.verify() == []


def test_verify_names_each_drifted_statement(search, workflow):
    kept = workflow.published(title="Kept", body="Wording.")
    lost = workflow.published(title="Lost", body="Wording.")
    with exclusive_writer(search.store.open(search.store.current())) as writer:
        writer.delete_by_term("slug", lost.slug)
    assert search.verify() == [lost.slug]
    assert kept.slug not in search.verify()


def test_a_missing_index_is_rebuilt_when_the_engine_starts(engine, services, workflow, tmp_path):
    view = workflow.published(title="Survives", body="Rebuilt wording.")
    (tmp_path / "index").mkdir()
    (tmp_path / "index" / "current").write_text("gen-that-was-deleted\n")
    search = engine()
    assert [h.slug for h in search.search(SearchQuery("rebuilt"), ANON).hits] == [view.slug]


def test_a_corrupt_index_is_rebuilt_when_the_engine_starts(engine, services, workflow, tmp_path):
    view = workflow.published(title="Survives", body="Rebuilt wording.")
    first = engine()
    first.close()
    for toc in (tmp_path / "index" / first.store.current()).glob("_MAIN_*.toc"):
        toc.write_bytes(b"garbage")
    search = engine()
    assert [h.slug for h in search.search(SearchQuery("rebuilt"), ANON).hits] == [view.slug]


def test_a_held_writer_lock_delays_a_change_but_never_fails_the_write(engine, services, workflow, tmp_path):
    search = engine(write_wait=0.05)
    services.workflow.subscribe(search.on_change)
    other = search.store.open(search.store.current()).writer()  # another process's writer
    try:
        view = workflow.published(title="Queued", body="Waiting wording.")  # must not raise LockError
        assert search.lag() > 0
    finally:
        other.cancel()
    search.sync()
    assert [h.slug for h in search.search(SearchQuery("waiting"), ANON).hits] == [view.slug]


def test_an_embargo_lifts_in_search_on_the_second(search, workflow, clock):
    at = clock.now + timedelta(hours=2)
    view = workflow.published(title="Embargoed", body="Budget wording.", publish_at=at)
    assert search.search(SearchQuery("budget"), ANON).total == 0
    clock.now = at
    assert [h.slug for h in search.search(SearchQuery("budget"), ANON).hits] == [view.slug]


def test_a_new_version_replaces_the_old_one_at_once(search, workflow):
    view = workflow.published(title="Road closure", body="The bridge is closed.")
    workflow.republish(view.slug, body="The bridge has reopened.")
    assert search.search(SearchQuery("closed"), ANON).total == 0
    hits = search.search(SearchQuery("reopened"), ANON).hits
    assert [(h.slug, h.version) for h in hits] == [(view.slug, 2)]


def test_a_searching_process_catches_up_with_changes_made_elsewhere(engine, services, workflow, tmp_path):
    search = engine(sync_every=0)
    view = workflow.published(title="Elsewhere", body="Another node's wording.")  # no listener here
    assert [h.slug for h in search.search(SearchQuery("node"), ANON).hits] == [view.slug]


def test_a_withdrawn_hit_still_in_a_stale_index_is_never_returned(engine, services, workflow, tmp_path):
    search = engine(sync_every=None)
    view = workflow.published(title="Stale", body="Lingering wording.")
    search.sync()
    services.workflow.withdraw(view.slug, services.catalogue.get(view.slug, APPROVER).revision, APPROVER, "Wrong")
    results = search.search(SearchQuery("lingering"), ANON)  # the index has not heard of the withdrawal
    assert results.hits == []


def test_the_index_commands_rebuild_sync_and_verify(tmp_path, monkeypatch):
    runner = CliRunner()
    env = {"PRESSLINE_DATA_DIR": str(tmp_path)}

    def run(*args):
        return runner.invoke(cli, list(args), env=env, catch_exceptions=False)

    assert run("demo", "--no-serve").exit_code == 0
    rebuilt = run("index", "rebuild")
    assert rebuilt.exit_code == 0 and "Rebuilt the index" in rebuilt.output
    assert run("index", "verify").exit_code == 0
    assert run("index", "sync").exit_code == 0
    index_dir = tmp_path / "index"
    search_dir = index_dir / (index_dir / "current").read_text().strip()
    from whoosh import index as whoosh_index

    with whoosh_index.open_dir(str(search_dir)).writer() as writer:
        writer.delete_by_term("slug", "online-grooming-warning")
    drifted = run("index", "verify")
    assert drifted.exit_code == 1 and "drifted: online-grooming-warning" in drifted.output
    assert run("index", "rebuild").exit_code == 0 and run("index", "verify").exit_code == 0


def test_totals_and_facets_are_exact_after_a_rebuild_into_one_segment(search, workflow):
    for n in range(12):
        audience = ("public", "partners", "internal")[n % 3]
        kind = "lines_to_take" if audience == "internal" else "press_release"
        workflow.published(title=f"Harbour notice {n}", body="Harbour wording.", audience=audience, kind=kind)
    search.rebuild()
    assert search.search(SearchQuery("harbour"), ANON).total == 4
    assert search.search(SearchQuery("harbour"), PARTNER).facets["kind"] == {"press_release": 8}
    assert search.search(SearchQuery("harbour", order="newest", limit=50), BOT).total == 12


def test_a_change_behind_a_hole_in_the_change_log_is_still_searchable_at_once(search, workflow, services):
    from statements.models import ChangeLogEntry

    with services.db.writing() as session:  # leaves a hole: as if a transaction holds the number before it
        session.add(ChangeLogEntry(position=services.changes.head() + 2, at=services.clock(), slug="x", action="edit"))
    view = workflow.published(title="Behind a hole", body="Gapped wording.")
    assert search.lag() > 0
    assert [h.slug for h in search.search(SearchQuery("gapped"), ANON).hits] == [view.slug]


def test_replaced_versions_leave_the_ranking_statistics_before_any_merge_or_rebuild(search, publish, workflow):
    publish("Courier fraud", body="Fraud by couriers at the door.", slug="courier")
    publish("Romance fraud", body="Fraud online.", slug="romance")
    for n in range(3):  # each edit deletes the old document; the deletions stay in their segments
        workflow.republish("romance", body=f"Fraud fraud fraud online, edit {n}.")
    before = {hit.slug: hit.score for hit in search.search(SearchQuery("fraud"), ANON).hits}
    search.rebuild()  # a fresh generation: no deleted documents anywhere
    after = {hit.slug: hit.score for hit in search.search(SearchQuery("fraud"), ANON).hits}
    assert before == after
