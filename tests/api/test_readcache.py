"""The per-process read cache: a write in this process clears it at once, one in another worker on the same
database within ``READ_CACHE_HEAD_EVERY`` seconds; embargoes lift through it on time (within its TTL)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from api import create_app
from tests.api.conftest import API
from tests.conftest import APPROVER, WorkflowHelper

HEAD_EVERY = 30  # seconds of the injected clock: the tests move it, nothing sleeps


@pytest.fixture
def app_config(app_config):
    return {**app_config, "READ_CACHE_HEAD_EVERY": HEAD_EVERY, "READ_CACHE_SECONDS": 4 * HEAD_EVERY}


@pytest.fixture
def other_worker(app_config):
    """A second app on the same database: another gunicorn worker, with its own cache."""
    app = create_app(app_config)
    yield app
    app.extensions["pressline.search"].close()
    app.extensions["pressline"].db.dispose()


def test_a_withdrawal_in_another_worker_is_seen_within_the_head_interval(client, other_worker, workflow, clock):
    view = workflow.published()
    assert client.get(f"{API}/statements/{view.slug}").status_code == 200  # now cached here

    services = other_worker.extensions["pressline"]
    services.workflow.withdraw(view.slug, view.revision, APPROVER, "Court order")
    clock.advance(seconds=HEAD_EVERY)

    assert client.get(f"{API}/statements/{view.slug}").status_code == 410


def test_a_write_in_another_worker_is_not_looked_for_again_before_the_head_interval(
    client, other_worker, workflow, clock
):
    view = workflow.published(summary="First")
    client.get(f"{API}/statements/{view.slug}")

    WorkflowHelper(other_worker.extensions["pressline"]).republish(view.slug, summary="Second")
    clock.advance(seconds=HEAD_EVERY - 1)

    assert client.get(f"{API}/statements/{view.slug}").get_json()["summary"] == "First"


def test_a_new_version_published_elsewhere_replaces_the_cached_one(client, other_worker, workflow, clock):
    view = workflow.published(summary="First")
    client.get(f"{API}/statements/{view.slug}")

    WorkflowHelper(other_worker.extensions["pressline"]).republish(view.slug, summary="Second")
    clock.advance(seconds=HEAD_EVERY)

    assert client.get(f"{API}/statements/{view.slug}").get_json()["summary"] == "Second"


def test_an_embargo_lifting_shows_the_new_version_once_the_cache_entry_ages_out(client, workflow, clock):
    view = workflow.published(summary="Current")
    workflow.republish(view.slug, summary="Embargoed", publish_at=clock.now + timedelta(hours=1))
    assert client.get(f"{API}/statements/{view.slug}").get_json()["summary"] == "Current"

    clock.advance(hours=1, seconds=1)

    assert client.get(f"{API}/statements/{view.slug}").get_json()["summary"] == "Embargoed"


def test_errors_are_not_cached(client, workflow, clock):
    view = workflow.published(publish_at=clock.now + timedelta(minutes=1))
    assert client.get(f"{API}/statements/{view.slug}").status_code == 404

    clock.advance(minutes=1)

    assert client.get(f"{API}/statements/{view.slug}").status_code == 200


def test_a_cached_list_never_hands_one_callers_query_to_another_in_its_link_header(client, workflow):
    for n in range(3):
        workflow.published(title=f"Statement number {n}")

    client.get(f"{API}/statements?per_page=1&utm_source=elsewhere")
    response = client.get(f"{API}/statements?per_page=1")

    assert "utm_source" not in response.headers["Link"]
