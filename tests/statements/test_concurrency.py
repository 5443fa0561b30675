"""Optimistic concurrency with real threads: one winner, clean conflicts, nothing lost."""

from __future__ import annotations

import threading

from statements.errors import StaleRevision
from tests.conftest import EDITOR


def test_two_concurrent_edits_from_one_revision_have_exactly_one_winner(workflow, services):
    view = workflow.draft(body="Start")
    barrier = threading.Barrier(8)
    outcomes: list[str] = []

    def edit(n: int) -> None:
        barrier.wait()
        try:
            services.workflow.edit_draft(view.slug, view.revision, {"body": f"Edit {n}"}, EDITOR)
            outcomes.append("won")
        except StaleRevision:
            outcomes.append("stale")

    threads = [threading.Thread(target=edit, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes) == ["stale"] * 7 + ["won"]
    events, _ = services.catalogue.audit(EDITOR, slug=view.slug)
    assert [e.action for e in events].count("edit") == 1
    assert services.catalogue.working(view.slug, EDITOR).body.startswith("Edit ")
