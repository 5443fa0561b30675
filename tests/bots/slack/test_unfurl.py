"""Link previews: a pasted link to a statement's console or embed page unfurls into its status, version,
approver and (published public wording only) its summary; drafts to their status only."""

from __future__ import annotations

from datetime import timedelta

import pytest

from tests.bots.slack.conftest import SlackClient, make_app
from tests.bots.slack.test_commands import texts

BASE = "https://pressline.example.police.uk"


@pytest.fixture
def slack(tmp_path, database_url, clock, services, slack_api):
    return SlackClient(make_app(tmp_path, database_url, clock, slack_api, PUBLIC_URL=BASE), slack_api)


@pytest.fixture
def flow(slack):
    from tests.conftest import WorkflowHelper

    return WorkflowHelper(slack.app.extensions["pressline"])


def share(slack, *urls: str) -> dict | None:
    event = {"type": "link_shared", "channel": "C0PRESSDESK", "user": "U0OFFICER", "message_ts": "1700000090.1",
             "unfurl_id": "U0UNFURL", "source": "conversations_history",
             "links": [{"domain": "pressline.example.police.uk", "url": url} for url in urls]}  # fmt: skip
    assert slack.event(event).status_code == 200
    slack.settle()
    calls = slack.received("/api/chat.unfurl")
    return calls[-1] if calls else None


def test_a_published_public_statement_unfurls_with_status_version_approver_and_summary(slack, flow):
    view = flow.published(title="Courier fraud warning", summary="Never hand your card to a courier.", body="x")
    url = f"{BASE}/console/s/{view.slug}"
    call = share(slack, url)
    assert call["channel"] == "C0PRESSDESK" and call["ts"] == "1700000090.1"
    shown = texts(call)
    for expected in ("Courier fraud warning", "Published", "v1", "approved by Abe Approver",
                     "Never hand your card to a courier."):  # fmt: skip
        assert expected in shown
    assert url in call["unfurls"]


def test_an_embed_link_unfurls_too(slack, flow):
    view = flow.published(title="Courier fraud warning", summary="Never hand your card to a courier.", body="x")
    assert "Courier fraud warning" in texts(share(slack, f"{BASE}/embed/{view.slug}"))


def test_internal_wording_unfurls_without_its_summary_and_marked(slack, flow):
    view = flow.published(title="Lines on the sting", kind="lines_to_take", summary="Secret line.", body="x")
    shown = texts(share(slack, f"{BASE}/console/s/{view.slug}"))
    assert "Secret line." not in shown
    assert "Internal: do not share outside" in shown


def test_a_draft_unfurls_to_its_status_only(slack, flow):
    view = flow.draft(title="Arrest in operation heron", summary="Draft summary.", body="Draft body.")
    shown = texts(share(slack, f"{BASE}/console/s/{view.slug}"))
    assert "Draft" in shown
    assert "Arrest in operation heron" not in shown and "Draft summary." not in shown


def test_an_embargoed_version_unfurls_to_its_status_only(slack, flow, clock):
    view = flow.published(title="Embargoed news", summary="Not yet.", body="x", publish_at=clock() + timedelta(days=1))
    shown = texts(share(slack, f"{BASE}/console/s/{view.slug}"))
    assert "Not yet." not in shown and "Embargoed news" not in shown


def test_links_to_other_sites_or_pages_are_not_unfurled(slack, flow):
    view = flow.published(title="Courier fraud warning", body="x")
    assert share(slack, f"https://evil.example/console/s/{view.slug}", f"{BASE}/api/v1/statements") is None
