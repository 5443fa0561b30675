"""Odd numbers and times typed into URLs and forms get a page, never a 500: superscript digits (which
``str.isdigit`` accepts and ``int`` refuses), numbers too long for the database, moments with no UTC time."""

from __future__ import annotations

import pytest

from tests.conftest import EDITOR

ODD_NUMBERS = ["²", "٣", "9" * 40, "-1", " ", "1e3"]


@pytest.mark.parametrize("odd", ODD_NUMBERS)
@pytest.mark.parametrize("query", ["?v={n}", "?from={n}&to=1", "?from=1&to={n}"])
def test_odd_version_numbers_on_the_statement_page_are_not_a_500(signed_in, flow, query, odd):
    view = flow.published()

    response = signed_in("editor").get(f"/console/s/{view.slug}" + query.format(n=odd))

    assert response.status_code in (200, 404)


@pytest.mark.parametrize("odd", ODD_NUMBERS)
def test_an_odd_search_page_number_shows_the_first_page(signed_in, odd):
    assert signed_in("editor").get(f"/console/search?q=online&page={odd}").status_code == 200


@pytest.mark.parametrize("odd", ODD_NUMBERS)
def test_an_action_with_an_odd_revision_changes_nothing(signed_in, flow, app_services, odd):
    view = flow.draft()

    response = signed_in("editor").post(
        f"/console/s/{view.slug}/action", {"action": "submit", "revision": odd}, token_from=f"/console/s/{view.slug}"
    )

    assert response.status_code == 303
    assert app_services.catalogue.working(view.slug, EDITOR).status == "draft"


@pytest.mark.parametrize("odd", ODD_NUMBERS)
def test_a_save_with_odd_revision_quote_rows_and_positions_is_not_a_500(signed_in, flow, app_services, odd):
    view = flow.draft()
    form = {
        "title": "Odd numbers", "body": "Text.", "kind": "press_release", "audience": "public",
        "revision": odd, "quote_rows": odd, "quotes-0-text": "Words.", "quotes-0-speaker": "Jo Bloggs",
        "quotes-0-position": odd,
    }  # fmt: skip

    response = signed_in("editor").post(f"/console/s/{view.slug}/edit", form, token_from=f"/console/s/{view.slug}/edit")

    assert response.status_code in (303, 409, 422)
    assert app_services.catalogue.working(view.slug, EDITOR).title == view.title


@pytest.mark.parametrize("moment", ["9999-12-31T23:59-05:00", "0001-01-01T00:00+14:00"])
def test_a_publish_time_with_no_utc_equivalent_is_refused(signed_in, flow, app_services, moment):
    view = flow.approved()
    approver = signed_in("approver")

    response = approver.post(
        f"/console/s/{view.slug}/action", {"action": "schedule", "revision": str(view.revision), "publish_at": moment},
        token_from=f"/console/s/{view.slug}",
    )  # fmt: skip

    assert response.status_code == 303
    assert "Give a date and time to publish at." in approver.get(response.headers["Location"]).get_data(as_text=True)
    assert app_services.catalogue.working(view.slug, EDITOR).status == "approved"


@pytest.mark.parametrize("url", ["/console/s/a%00b", "/console/search?q=%00"])
def test_a_nul_in_the_address_is_a_400_page_not_a_postgresql_500(signed_in, url):
    response = signed_in("editor").get(url)

    assert response.status_code == 400
    assert "Bad request" in response.get_data(as_text=True)


def test_a_form_holding_a_nul_is_refused_and_nothing_is_saved(signed_in, app_services):
    form = {"title": "Nul \x00 title", "body": "Text.", "kind": "press_release", "quote_rows": "0"}

    response = signed_in("editor").post("/console/new", form, token_from="/console/new")

    assert response.status_code == 400
    assert app_services.catalogue.list(EDITOR, limit=100).total == 0


def test_an_embed_address_holding_a_nul_is_the_not_found_page(browser):
    assert browser.get("/embed/a%00b").status_code == 404
