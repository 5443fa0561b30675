"""Every page for every role; the dashboard's lists; the statement page and its role-appropriate buttons."""

from __future__ import annotations

import html
import re
from datetime import UTC, date, datetime

import pytest

from tests.conftest import APPROVER, APPROVER2, EDITOR, EDITOR2

STAFF = ["editor", "approver", "admin"]
PAGES = {
    "/console/": 200, "/console/new": 200, "/console/search?q=online": 200, "/console/import": 200,
    "/console/routes": 200, "/console/s/{slug}": 200, "/console/s/{slug}/edit": 200,
    "/console/s/{slug}?from=1&to=2": 200, "/console/routes/new": 403, "/console/routes/crimestoppers/edit": 403,
}  # fmt: skip


@pytest.mark.parametrize("who", STAFF)
def test_every_page_answers_every_staff_role(signed_in, flow, who):
    view = flow.published()
    flow.flow.edit_draft(view.slug, view.revision, {"summary": "A newer draft"}, EDITOR)
    browser = signed_in(who)
    for url, expected in PAGES.items():
        if who == "admin" and expected == 403:
            expected = 200
        response = browser.get(url.format(slug=view.slug))
        assert (url, response.status_code) == (url, expected)
        assert "text/html" in response.headers["Content-Type"]


def test_an_unknown_statement_is_a_404_page(signed_in):
    response = signed_in("editor").get("/console/s/no-such-thing")
    assert response.status_code == 404
    assert "Not found" in response.get_data(as_text=True)


def test_an_unknown_version_is_a_404(signed_in, flow):
    view = flow.published()
    assert signed_in("editor").get(f"/console/s/{view.slug}?v=9").status_code == 404
    assert signed_in("editor").get(f"/console/s/{view.slug}?from=1&to=9").status_code == 404


def _section(page: str, heading: str) -> str:
    start = page.index(f">{heading}</h2>")
    end = page.find("</section>", start)
    return page[start:end]


def test_the_dashboard_lists_my_drafts_and_not_others(signed_in, flow):
    flow.draft(EDITOR, title="Mine to finish")
    flow.draft(EDITOR2, title="Someone else's draft")
    page = signed_in("editor").get("/console/").get_data(as_text=True)
    mine = _section(page, "My drafts")
    assert "Mine to finish" in mine
    assert "Someone else" not in mine


def test_waiting_for_my_review_never_shows_my_own_versions(signed_in, flow):
    flow.in_review(EDITOR, title="Written by the editor")
    flow.in_review(APPROVER, title="Written by Abe himself")
    page = signed_in("approver").get("/console/").get_data(as_text=True)
    waiting = _section(page, "Waiting for my review")
    assert "Written by the editor" in waiting
    assert "Abe himself" not in waiting
    assert "Abe himself" in _section(page, "My versions in review")


def test_editors_have_no_review_queue(signed_in, flow):
    flow.in_review(EDITOR2, title="Needs review")
    page = signed_in("editor").get("/console/").get_data(as_text=True)
    assert "Waiting for my review" not in page


def test_scheduled_statements_show_their_embargo_countdown(signed_in, flow, clock):
    at = datetime(2026, 6, 3, 12, 30, tzinfo=UTC)
    flow.published(title="Embargoed line", publish_at=at)
    page = signed_in("editor").get("/console/").get_data(as_text=True)
    scheduled = _section(page, "Scheduled (embargoed)")
    assert "Embargoed line" in scheduled
    assert "in 2 days 3 h" in scheduled
    assert "Wed 3 Jun 2026, 13:30 BST" in scheduled
    assert 'datetime="2026-06-03T12:30:00+00:00" data-countdown' in scheduled


def test_past_review_by_and_recent_lists(signed_in, flow, clock, app_services):
    flow.published(title="Old advice", review_by=date(2026, 5, 1))
    flow.published(title="Fresh advice", review_by=date(2027, 5, 1))
    gone = flow.published(title="Pulled line")
    app_services.workflow.withdraw(gone.slug, gone.revision, APPROVER, "Facts changed")
    page = signed_in("editor").get("/console/").get_data(as_text=True)
    stale = _section(page, "Past review-by")
    assert "Old advice" in stale and "Fresh advice" not in stale
    recent = _section(page, "Recently published")
    assert "Fresh advice" in recent and "Pulled line" not in recent
    withdrawn = _section(page, "Recently withdrawn")
    assert "Pulled line" in withdrawn and "Facts changed" in withdrawn


def test_the_statement_page_shows_badges_quotes_routes_history_and_audit(signed_in, flow):
    view = flow.published(
        title="Report online grooming", audience="public", topics=["online-safety"],
        quotes=[{"text": "Tell us at once.", "speaker": "Jo Bloggs", "role": "Chief Constable"}],
        reporting_routes=["ceop"], change_note="First issue",
    )  # fmt: skip
    page = signed_in("editor").get(f"/console/s/{view.slug}").get_data(as_text=True)
    assert "status-published" in page and "audience-public" in page
    assert "Tell us at once." in page and "Jo Bloggs, Chief Constable" in page
    assert "CEOP" in page
    assert ">v1</a>" in page
    assert "Audit trail" in page and "Publish" in page and "Abe Approver" in page


def test_the_statement_page_offers_the_iframe_snippet_for_public_statements(signed_in, flow):
    view = flow.published()
    page = signed_in("editor").get(f"/console/s/{view.slug}").get_data(as_text=True)
    assert f'&lt;iframe src="http://localhost/embed/{view.slug}"' in page


def test_the_iframe_snippet_a_partner_pastes_keeps_the_title_inside_its_attribute(signed_in, flow):
    view = flow.published(title='Say "no" <script>alert(1)</script>')
    page = signed_in("editor").get(f"/console/s/{view.slug}").get_data(as_text=True)

    snippet = html.unescape(re.search(r'<textarea id="embed-snippet"[^>]*>(.*?)</textarea>', page, re.S).group(1))

    assert 'title="Say &#34;no&#34; &lt;script&gt;alert(1)&lt;/script&gt;"' in snippet
    assert "<script>" not in snippet


def test_no_iframe_snippet_for_internal_lines(signed_in, flow):
    view = flow.published(kind="lines_to_take")
    page = signed_in("editor").get(f"/console/s/{view.slug}").get_data(as_text=True)
    assert "&lt;iframe" not in page


def test_the_word_diff_marks_insertions_and_deletions(signed_in, flow):
    view = flow.published(body="Call the police on the usual number.")
    flow.republish(view.slug, body="Call the police on 101 now.")
    page = signed_in("editor").get(f"/console/s/{view.slug}?from=1&to=2").get_data(as_text=True)
    assert "<del>the</del><ins>101</ins>" in page
    assert "<del>usual number.</del><ins>now.</ins>" in page


def test_an_old_version_can_be_shown(signed_in, flow):
    view = flow.published(title="First wording")
    flow.republish(view.slug, title="Second wording")
    page = signed_in("editor").get(f"/console/s/{view.slug}?v=1").get_data(as_text=True)
    assert "<h1>First wording</h1>" in page
    assert "status-superseded" in page


def _buttons(page: str) -> set[str]:
    found = set()
    for action in ("submit", "approve", "reject", "publish", "schedule", "withdraw", "start_draft"):
        if f'name="action" value="{action}"' in page:
            found.add(action)
    if "/edit" in page and "Edit" in page:
        found.add("edit")
    return found


@pytest.mark.parametrize(
    ("state", "who", "expected"),
    [
        ("draft", "editor", {"edit", "submit"}),
        ("draft", "approver", {"edit", "submit"}),
        ("in_review", "editor", set()),
        ("in_review", "approver", {"approve", "reject"}),
        ("in_review", "approver2", {"reject"}),  # wrote it: the two-person rule hides approve
        ("approved", "editor", set()),
        ("approved", "approver", {"publish", "schedule"}),
        ("published", "editor", {"edit", "start_draft"}),
        ("published", "approver", {"edit", "start_draft", "withdraw"}),
        ("withdrawn", "admin", {"edit", "start_draft"}),
    ],
)
def test_each_button_appears_only_to_roles_that_may_use_it(signed_in, flow, state, who, expected):
    author = APPROVER2 if state == "in_review" else EDITOR
    if state == "withdrawn":
        view = flow.withdrawn()
    elif state == "in_review":
        view = flow.in_review(author)
    else:
        view = getattr(flow, state)()
    page = signed_in(who).get(f"/console/s/{view.slug}").get_data(as_text=True)
    assert _buttons(page) == expected


def test_a_served_version_past_review_by_is_listed_even_under_a_newer_draft(signed_in, flow):
    view = flow.published(title="Old advice being redrafted", review_by=date(2026, 5, 1), kind="lines_to_take")
    flow.flow.edit_draft(view.slug, view.revision, {"summary": "Rewriting"}, EDITOR)
    page = signed_in("editor").get("/console/").get_data(as_text=True)
    assert "Old advice being redrafted" in _section(page, "Past review-by")


def test_an_unexpected_failure_in_the_console_is_an_html_page_without_a_traceback(fresh_app):
    fresh_app.config["PROPAGATE_EXCEPTIONS"] = False

    @fresh_app.get("/console/boom")
    def boom():
        raise RuntimeError("secret detail")

    response = fresh_app.test_client().get("/console/boom")

    assert response.status_code == 500 and response.content_type.startswith("text/html")
    assert "secret detail" not in response.get_data(as_text=True)
    assert "Traceback" not in response.get_data(as_text=True)


def test_the_two_ways_to_a_new_draft_are_named_apart_and_explained(signed_in, flow):
    view = flow.published()

    page = signed_in("editor").get(f"/console/s/{view.slug}").get_data(as_text=True)

    assert "Edit in a new draft" in page and "Copy to a new draft, edit later" in page
    assert 'id="new-draft-hint"' in page


def test_the_favicon_is_served(app):
    response = app.test_client().get("/favicon.ico")

    assert response.status_code == 200 and response.data[:4] == b"\x00\x00\x01\x00"


def test_the_audience_choice_fits_its_drop_down(signed_in):
    page = signed_in("editor").get("/console/new").get_data(as_text=True)

    assert '<option value="">Default for the kind</option>' in page
