"""CSRF refusal, security headers, and user text that always reaches the page as text."""

from __future__ import annotations

import pytest
from markupsafe import escape

from tests.conftest import ADMIN, APPROVER, EDITOR

XSS = "<script>alert('x')</script>"


def test_a_sign_in_without_a_csrf_token_is_refused(browser, keys):
    response = browser.client.post("/console/login", data={"key": keys["editor"]})
    assert response.status_code == 400
    assert "Nothing was changed" in response.get_data(as_text=True)
    assert browser.get("/console/").status_code == 302


def test_a_draft_without_a_csrf_token_is_refused_and_nothing_is_saved(signed_in, app_services):
    editor = signed_in("editor")
    response = editor.client.post("/console/new", data={"title": "Forged", "body": "Forged body"})
    assert response.status_code == 400
    assert app_services.catalogue.all_slugs() == []


def test_a_wrong_csrf_token_is_refused(signed_in, app_services):
    editor = signed_in("editor")
    response = editor.client.post("/console/new", data={"title": "Forged", "body": "x", "csrf_token": "nope"})
    assert response.status_code == 400
    assert app_services.catalogue.all_slugs() == []


@pytest.mark.parametrize(
    ("action", "status"),
    [("submit", "draft"), ("approve", "in_review"), ("publish", "approved"), ("withdraw", "published")],
)
def test_an_action_without_a_csrf_token_changes_nothing(signed_in, flow, app_services, action, status):
    view = {
        "draft": flow.draft, "in_review": flow.in_review, "approved": flow.approved, "published": flow.published,
    }[status]()  # fmt: skip
    approver = signed_in("approver2")
    response = approver.client.post(
        f"/console/s/{view.slug}/action", data={"action": action, "revision": view.revision, "reason": "r"}
    )
    assert response.status_code == 400
    after = app_services.catalogue.working(view.slug, EDITOR)
    assert (after.status, after.revision) == (view.status, view.revision)


def test_route_changes_and_sign_out_need_the_token_too(signed_in, app_services):
    admin = signed_in("admin")
    response = admin.client.post("/console/routes/new", data={"name": "Forged line", "urgency": "standard"})
    assert response.status_code == 400
    assert "Forged line" not in [r.name for r in app_services.routes.list()]
    assert admin.client.post("/console/logout").status_code == 400
    assert admin.get("/console/").status_code == 200


def test_csrf_is_not_demanded_outside_the_console(fresh_app):
    """The JSON API and the signed Slack and Teams endpoints carry no form token."""

    @fresh_app.post("/probe-outside-console")
    def probe():
        return "ok"

    assert fresh_app.test_client().post("/probe-outside-console", data={"a": "b"}).status_code == 200


def test_console_pages_carry_a_strict_content_security_policy(signed_in):
    response = signed_in("editor").get("/console/")
    policy = response.headers["Content-Security-Policy"]
    assert "unsafe-inline" not in policy
    assert "script-src http://localhost/console/static/" in policy
    assert "frame-ancestors 'none'" in policy
    assert response.headers["X-Frame-Options"] == "DENY"
    assert response.headers["X-Content-Type-Options"] == "nosniff"


@pytest.mark.parametrize("url", ["/console/login", "/console/nowhere"])
def test_sign_in_and_error_pages_carry_the_policy_too(browser, url):
    assert "frame-ancestors 'none'" in browser.get(url).headers["Content-Security-Policy"]


def test_console_pages_run_no_inline_script(signed_in, flow):
    view = flow.published()
    page = signed_in("approver").get(f"/console/s/{view.slug}").get_data(as_text=True)
    assert page.count("<script") == 1
    assert '<script src="/console/static/console.js" defer></script>' in page
    assert " on" + "click=" not in page


def test_the_embed_may_be_framed_anywhere_and_runs_no_script(flow, browser):
    view = flow.published()
    response = browser.get(f"/embed/{view.slug}")
    policy = response.headers["Content-Security-Policy"]
    assert "frame-ancestors *" in policy
    assert "script-src 'none'" in policy
    assert "unsafe-inline" not in policy
    assert "X-Frame-Options" not in response.headers
    assert "<script" not in response.get_data(as_text=True)


def _xss_statement(flow, app_services):
    route = app_services.routes.save(
        {"name": f"Helpline {XSS}", "phone": "0800 123 456", "when": XSS, "urgency": "standard"},
        ADMIN,
    )
    return flow.published(
        title=f"Title {XSS}", summary=f"Summary {XSS}", body=f"Body {XSS}\n\n<img src=x onerror=alert(1)>",
        quotes=[{"text": f"Quote {XSS}", "speaker": f"Speaker {XSS}", "role": XSS}],
        reporting_routes=[route.id], change_note=XSS,
    )  # fmt: skip


def test_script_in_user_text_reaches_console_pages_as_text(signed_in, flow, app_services):
    view = _xss_statement(flow, app_services)
    admin = signed_in("admin")
    for url in ("/console/", "/console/s/{slug}", "/console/s/{slug}/edit", "/console/routes",
                "/console/search?q=title", "/console/s/{slug}?from=1&to=1"):  # fmt: skip
        page = admin.get(url.format(slug=view.slug)).get_data(as_text=True)
        assert (url, XSS in page) == (url, False)
        assert "<img src=x" not in page
    assert str(escape(f"Quote {XSS}")) in admin.get(f"/console/s/{view.slug}").get_data(as_text=True)


@pytest.mark.parametrize("suffix", ["", "/full"])
def test_script_in_user_text_reaches_the_embed_as_text(browser, flow, app_services, suffix):
    view = _xss_statement(flow, app_services)
    page = browser.get(f"/embed/{view.slug}{suffix}").get_data(as_text=True)
    assert XSS not in page
    assert str(escape(f"Title {XSS}")) in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page


def test_script_in_the_editor_text_is_kept_as_text_after_a_failed_save(signed_in):
    editor = signed_in("editor")
    response = editor.post("/console/new", {"title": XSS, "body": "", "quote_rows": "1", "quotes-0-text": XSS},
                           token_from="/console/new")  # fmt: skip
    page = response.get_data(as_text=True)
    assert response.status_code == 422
    assert XSS not in page
    assert str(escape(XSS)) in page


def test_markdown_links_to_javascript_are_not_rendered_as_links(signed_in, flow):
    view = flow.published(body="[click me](javascript:alert(1)) and [fine](https://example.org/)")
    page = signed_in("editor").get(f"/console/s/{view.slug}").get_data(as_text=True)
    assert 'href="javascript:' not in page
    assert '<a href="https://example.org/">fine</a>' in page


def test_approver_reason_text_is_escaped_in_the_audit_trail(signed_in, flow, app_services):
    view = flow.in_review()
    app_services.workflow.reject(view.slug, view.revision, APPROVER, XSS)
    page = signed_in("editor").get(f"/console/s/{view.slug}").get_data(as_text=True)
    assert XSS not in page
    assert str(escape(XSS)) in page
