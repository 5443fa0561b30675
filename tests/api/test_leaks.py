"""The first security property: what a caller may not see never reaches them, through any endpoint.

A draft, a rejected, an embargoed and an internal version each carry their own marker word (in the title,
summary, body, a quote and a topic). No response to an anonymous or partner caller may contain any marker.
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from tests.api.conftest import API
from tests.conftest import APPROVER, EDITOR

MARKERS = {"draft": "quetzal", "rejected": "narwhal", "embargoed": "axolotl", "internal": "pangolin"}


def fields(marker: str, **extra):
    return {
        "title": f"Advice {marker} statement",
        "summary": f"Summary mentioning {marker}.",
        "body": f"The body says {marker} several times: {marker}, {marker}.",
        "quotes": [{"text": f"We say {marker} loudly.", "speaker": f"Officer {marker.title()}", "role": "Inspector"}],
        "topics": [f"{marker}-topic", "fraud"],
        **extra,
    }


@pytest.fixture
def hidden(workflow, clock):
    """One visible statement, then the four hidden versions. Returns every slug involved."""
    flow = workflow.services.workflow
    visible = workflow.published(title="Visible fraud advice", body="Public wording about fraud.", topics=["fraud"])

    draft_of = workflow.published(title="Published then redrafted", topics=["fraud"])
    flow.edit_draft(draft_of.slug, draft_of.revision, fields(MARKERS["draft"]), EDITOR)
    only_draft = workflow.draft(**fields(MARKERS["draft"], title="Never published quetzal"))

    rejected_of = workflow.published(title="Published then rejected", topics=["fraud"])
    view = flow.edit_draft(rejected_of.slug, rejected_of.revision, fields(MARKERS["rejected"]), EDITOR)
    view = flow.submit(view.slug, view.revision, EDITOR)
    flow.reject(view.slug, view.revision, APPROVER, "Not yet")

    embargoed = workflow.published(publish_at=clock.now + timedelta(days=2), **fields(MARKERS["embargoed"]))
    internal = workflow.published(kind="lines_to_take", **fields(MARKERS["internal"]))
    assert internal.audience == "internal"
    return [visible.slug, draft_of.slug, only_draft.slug, rejected_of.slug, embargoed.slug, internal.slug]


def leaked(marker: str, path: str, response) -> bool:
    """The marker anywhere in the body; for a probe that names the marker itself (a feed's self link echoes
    its query), any of the marker's wording instead."""
    text = response.get_data(as_text=True).lower()
    if marker not in path:
        return marker in text
    wording = (f"advice {marker}", f"mentioning {marker}", f"says {marker}", f"we say {marker}", f"officer {marker}")
    return any(phrase in text for phrase in wording)


def probes(slugs: list[str]) -> list[str]:
    paths = [
        "/statements", "/statements?per_page=100", "/statements?topic=fraud", "/topics", "/reporting-routes",
        "/feed.atom", "/feed.atom?topic=fraud", "/search", "/search?q=fraud", "/search?q=advice&per_page=50",
        "/search?order=newest", "/search?topic=fraud", "/quotes?q=say", "/quotes?q=inspector", "/withdrawals",
    ]  # fmt: skip
    for marker in MARKERS.values():
        paths += [
            f"/search?q={marker}", f"/search?q={marker[:-1]}", f"/search?q={marker}x", f"/quotes?q={marker}",
            f"/statements?topic={marker}-topic", f"/feed.atom?topic={marker}-topic",
            f"/reporting-routes?topic={marker}-topic", f"/search?topic={marker}-topic",
        ]  # fmt: skip
    for slug in slugs:
        paths += [f"/statements/{slug}", f"/statements/{slug}/versions"]
        paths += [f"/statements/{slug}/versions/{n}" for n in range(1, 5)]
    return paths


@pytest.mark.parametrize("caller", ["anonymous", "partner"])
def test_hidden_versions_never_reach_outsiders(client, keys, hidden, caller):
    leaks = []
    for path in probes(hidden):
        response = client.get(f"{API}{path}", headers=keys.header(caller))
        assert response.status_code in (200, 404, 410), (path, response.status_code)
        leaks += [(path, marker) for marker in MARKERS.values() if leaked(marker, path, response)]
    assert leaks == []


def test_the_probes_would_see_a_marker_once_it_may_be_seen(client, hidden, clock):
    """Sensitivity check: once the embargo lifts, the same probes find that marker."""
    clock.advance(days=3)

    found = [p for p in probes(hidden) if "axolotl" in client.get(f"{API}{p}").get_data(as_text=True).lower()]

    assert "/search?q=axolotl" in found and "/feed.atom" in found and "/topics" in found


def test_partners_statements_do_not_reach_anonymous_callers(client, keys, workflow):
    workflow.published(audience="partners", title="Partner briefing wombat", body="wombat wording", topics=["fraud"])

    seen_by_partner = client.get(f"{API}/search?q=wombat", headers=keys.header("partner")).get_json()["total"]
    anonymous = [client.get(f"{API}{p}").get_data(as_text=True).lower() for p in probes([])]

    assert seen_by_partner == 1
    assert not any("wombat" in text for text in anonymous)
