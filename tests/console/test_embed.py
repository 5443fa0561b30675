"""The partner embed: the current public version only, routes as tel: links, a notice once withdrawn."""

from __future__ import annotations

import base64
import hashlib
import re
from datetime import UTC, datetime

import pytest

from tests.conftest import APPROVER


def test_the_embed_shows_the_current_public_version(browser, flow):
    view = flow.published(
        title="Report online grooming", summary="What parents should do.", body="Talk to your **children**.",
        quotes=[{"text": "Tell us at once.", "speaker": "Jo Bloggs", "role": "Chief Constable"}],
        reporting_routes=["police-emergency-999", "crimestoppers"],
    )  # fmt: skip
    response = browser.get(f"/embed/{view.slug}")
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "<h1>Report online grooming</h1>" in page and "What parents should do." in page
    assert "Talk to your <strong>children</strong>." in page
    assert '<a href="tel:999">999</a>' in page and '<a href="tel:0800555111">0800 555 111</a>' in page
    assert "Last updated" in page and "Mon 1 Jun 2026, 10:00 BST" in page
    assert f'href="http://localhost/embed/{view.slug}/full"' in page
    assert "Tell us at once." not in page  # quotes are on the full page
    assert "Tell us at once." in browser.get(f"/embed/{view.slug}/full").get_data(as_text=True)


def test_the_embed_serves_the_published_version_not_a_newer_draft(browser, flow):
    view = flow.published(title="Published wording")
    flow.flow.edit_draft(view.slug, view.revision, {"title": "Draft wording"}, APPROVER)
    page = browser.get(f"/embed/{view.slug}").get_data(as_text=True)
    assert "Published wording" in page and "Draft wording" not in page


def test_a_withdrawn_statement_shows_the_notice_without_its_wording(browser, flow):
    view = flow.withdrawn(reason="Advice changed after review", body="The old advice text.")
    response = browser.get(f"/embed/{view.slug}")
    page = response.get_data(as_text=True)
    assert response.status_code == 410
    assert "This statement has been withdrawn" in page
    assert "Withdrawn on 1 Jun 2026: Advice changed after review" in page
    assert "The old advice text." not in page and "Warning about online grooming" not in page
    assert "frame-ancestors *" in response.headers["Content-Security-Policy"]


@pytest.mark.parametrize("state", ["unknown", "draft", "in_review", "approved", "partners", "internal", "embargoed"])
def test_anything_not_public_is_a_404(browser, flow, state):
    if state == "unknown":
        slug = "never-existed"
    elif state in ("draft", "in_review", "approved"):
        slug = getattr(flow, state)().slug
    elif state == "embargoed":
        slug = flow.published(publish_at=datetime(2026, 6, 2, 9, 0, tzinfo=UTC)).slug
    else:
        slug = flow.published(audience=state).slug
    response = browser.get(f"/embed/{slug}")
    assert response.status_code == 404
    assert "There is no public statement at this address." in response.get_data(as_text=True)


def test_the_embargo_lifts_on_the_second(browser, flow, clock):
    view = flow.published(title="Embargoed", publish_at=datetime(2026, 6, 1, 10, 0, tzinfo=UTC))
    assert browser.get(f"/embed/{view.slug}").status_code == 404
    clock.advance(hours=1)
    assert browser.get(f"/embed/{view.slug}").status_code == 200


def test_the_embed_needs_no_sign_in_and_sets_no_cookie(browser, flow):
    view = flow.published()
    response = browser.get(f"/embed/{view.slug}")
    assert response.status_code == 200
    assert "Set-Cookie" not in response.headers


def test_the_embed_inline_style_is_allowed_by_its_hash(browser, flow):
    view = flow.published()
    response = browser.get(f"/embed/{view.slug}")
    css = re.search(r"<style>(.*?)</style>", response.get_data(as_text=True), re.S).group(1)
    digest = base64.b64encode(hashlib.sha256(css.encode()).digest()).decode()
    assert f"style-src 'sha256-{digest}'" in response.headers["Content-Security-Policy"]
