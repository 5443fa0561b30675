"""Choosing media lists in the console: a multi-select with recipient counts on the approve and publish forms."""

from __future__ import annotations

import html
from datetime import timedelta

from tests.conftest import APPROVER, EDITOR
from tests.media_rows import add_contact, add_list, chosen, newsroom


def _act(browser, view, action: str, **fields):
    data = {"action": action, "revision": str(view.revision), **fields}
    response = browser.post(f"/console/s/{view.slug}/action", data, token_from=f"/console/s/{view.slug}")
    assert response.status_code == 303
    return html.unescape(browser.get(response.headers["Location"]).get_data(as_text=True))


def test_the_approve_form_offers_each_list_with_how_many_it_reaches(signed_in, flow, app_services):
    reachable = add_contact(app_services, "Jo", "jo@paper.example.com")
    blocked = add_contact(app_services, "No", "no@paper.example.com", do_not_send=True)
    add_list(app_services, "Regional desks", [reachable, blocked])
    view = flow.in_review()
    page = signed_in("approver").get(f"/console/s/{view.slug}").get_data(as_text=True)
    assert 'name="lists" multiple' in page
    assert "Regional desks (1 recipient)" in page


def test_approving_with_lists_picked_chooses_them(signed_in, flow, app_services):
    first, _ = newsroom(app_services, "Regional desks")
    second, _ = newsroom(app_services, "Nationals", start=10)
    view = flow.in_review()
    page = _act(signed_in("approver"), view, "approve", choose_lists="1", lists=[str(first), str(second)])
    assert "Version 1 approved." in page
    assert chosen(app_services, view.slug, 1) == sorted([first, second])
    view = app_services.catalogue.working(view.slug, EDITOR)
    page = signed_in("approver").get(f"/console/s/{view.slug}").get_data(as_text=True)
    assert f'<option value="{first}" selected>' in page


def test_an_internal_version_offers_no_lists_and_refuses_them(signed_in, flow, app_services):
    media, _ = newsroom(app_services)
    view = flow.in_review(audience="internal")
    approver = signed_in("approver")
    assert 'name="lists"' not in approver.get(f"/console/s/{view.slug}").get_data(as_text=True)
    page = _act(approver, view, "approve", choose_lists="1", lists=[str(media)])
    assert "only public wording is emailed to media lists" in page
    assert chosen(app_services, view.slug, 1) == []


def test_a_scheduled_public_version_offers_an_embargoed_advance_copy(signed_in, flow, app_services, clock):
    media, _ = newsroom(app_services, "Trusted newsrooms", count=2)
    view = flow.approved()
    view = app_services.workflow.publish(view.slug, view.revision, APPROVER, clock.now + timedelta(days=1))
    approver = signed_in("approver")
    page = approver.get(f"/console/s/{view.slug}").get_data(as_text=True)
    assert "Send embargoed advance copy of version 1" in page
    response = approver.post(f"/console/s/{view.slug}/advance", {"lists": [str(media)]},
                             token_from=f"/console/s/{view.slug}")  # fmt: skip
    assert response.status_code == 303
    page = html.unescape(approver.get(response.headers["Location"]).get_data(as_text=True))
    assert "Advance copy of version 1 going to 2 recipients, embargoed until" in page
    assert "Sent an embargoed advance copy to 2 recipients on media lists" in page


def test_editors_are_not_offered_advance_copies(signed_in, flow, app_services, clock):
    newsroom(app_services)
    view = flow.approved()
    view = app_services.workflow.publish(view.slug, view.revision, APPROVER, clock.now + timedelta(days=1))
    page = signed_in("editor").get(f"/console/s/{view.slug}").get_data(as_text=True)
    assert "advance copy" not in page
