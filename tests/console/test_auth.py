"""Sign-in with a staff key, sessions that end when the key is revoked, sign-out, and the session cookie."""

from __future__ import annotations

import pytest

PAGES = [
    "/console/", "/console/new", "/console/search", "/console/import", "/console/routes", "/console/routes/new",
    "/console/s/anything", "/console/s/anything/edit", "/console/routes/999/edit",
]  # fmt: skip


def test_anonymous_visitors_are_sent_to_sign_in_from_every_page(browser):
    for url in PAGES:
        response = browser.get(url)
        assert (url, response.status_code) == (url, 302)
        assert response.headers["Location"].startswith("/console/login?next=")


def test_the_sign_in_page_has_a_labelled_key_field_and_a_csrf_token(browser):
    page = browser.get("/console/login").get_data(as_text=True)
    assert '<label for="key">Key</label>' in page
    assert 'name="key"' in page and 'name="csrf_token"' in page


@pytest.mark.parametrize("who", ["editor", "approver", "admin"])
def test_staff_keys_sign_in_and_reach_the_dashboard(browser, keys, who):
    response = browser.sign_in(keys[who])
    assert response.status_code == 303
    assert response.headers["Location"] == "/console/"
    assert browser.get("/console/").status_code == 200


def test_a_partner_key_is_refused(browser, keys):
    response = browser.sign_in(keys["partner"])
    assert response.status_code == 401
    assert "Partner keys cannot sign in" in response.get_data(as_text=True)
    assert browser.get("/console/").status_code == 302


@pytest.mark.parametrize("key", ["", "pl_not-a-real-key", "x" * 500])
def test_an_unknown_key_is_refused(browser, key):
    response = browser.sign_in(key)
    assert response.status_code == 401
    assert "not recognised" in response.get_data(as_text=True)


def test_sign_in_returns_to_the_page_asked_for(browser, keys):
    browser.get("/console/search?q=fraud")
    response = browser.post("/console/login", {"key": keys["editor"], "next": "/console/search?q=fraud"})
    assert response.headers["Location"] == "/console/search?q=fraud"


@pytest.mark.parametrize("target", ["https://evil.example/", "//evil.example/console/", "/api/v1/statements"])
def test_sign_in_never_redirects_outside_the_console(browser, keys, target):
    response = browser.post("/console/login", {"key": keys["editor"], "next": target})
    assert response.headers["Location"] == "/console/"


def test_a_revoked_key_ends_its_session_on_the_next_request(signed_in, app_services):
    editor = signed_in("editor")
    assert editor.get("/console/").status_code == 200
    app_services.keys.revoke("Edith Editor")
    response = editor.get("/console/")
    assert response.status_code == 302
    assert response.headers["Location"].startswith("/console/login")


def test_the_session_cookie_holds_no_raw_key(app, browser, keys):
    browser.sign_in(keys["editor"])
    cookie = browser.client.get_cookie(app.config["SESSION_COOKIE_NAME"])
    assert cookie is not None
    with app.test_request_context():
        data = app.session_interface.get_signing_serializer(app).loads(cookie.value)
    assert keys["editor"] not in str(data)
    assert keys["editor"] not in cookie.value


def test_signing_out_ends_the_session(signed_in):
    editor = signed_in("editor")
    response = editor.post("/console/logout", token_from="/console/")
    assert response.status_code == 303
    assert editor.get("/console/").status_code == 302


def test_a_cookie_copied_before_signing_out_no_longer_works(app, signed_in):
    editor = signed_in("editor")
    copied = editor.client.get_cookie(app.config["SESSION_COOKIE_NAME"]).value
    editor.post("/console/logout", token_from="/console/")

    replay = app.test_client()
    replay.set_cookie(app.config["SESSION_COOKIE_NAME"], copied)
    response = replay.get("/console/")

    assert response.status_code == 302
    assert response.headers["Location"].startswith("/console/login")


def test_signing_out_ends_only_that_session(app, keys, browser):
    other = type(browser)(app.test_client())
    browser.sign_in(keys["editor"])
    other.sign_in(keys["editor"])

    browser.post("/console/logout", token_from="/console/")

    assert other.get("/console/").status_code == 200


def test_a_session_ends_after_its_lifetime_even_if_never_signed_out(signed_in, clock, app):
    editor = signed_in("editor")
    clock.advance(seconds=app.config["PERMANENT_SESSION_LIFETIME"].total_seconds())

    assert editor.get("/console/").status_code == 302


def test_the_session_cookie_is_httponly_and_samesite_lax(browser, keys):
    response = browser.sign_in(keys["editor"])
    cookie = response.headers["Set-Cookie"]
    assert "HttpOnly" in cookie
    assert "SameSite=Lax" in cookie
    assert "Secure" not in cookie


def test_the_session_cookie_is_secure_over_https(app, keys):
    client = app.test_client()
    page = client.get("/console/login", base_url="https://console.example")
    token = page.get_data(as_text=True).split('name="csrf_token" value="')[1].split('"')[0]
    response = client.post(
        "/console/login", data={"key": keys["editor"], "csrf_token": token}, base_url="https://console.example",
        headers={"Referer": "https://console.example/console/login"},
    )  # fmt: skip
    assert response.status_code == 303
    assert "Secure" in response.headers["Set-Cookie"]


def test_the_stylesheet_and_script_load_without_signing_in(browser):
    for name in ("console.css", "console.js"):
        response = browser.get(f"/console/static/{name}")
        response.close()
        assert response.status_code == 200
