"""The enquiry journey in a real headless Chromium against a real ``pressline serve`` on 127.0.0.1: an editor logs
a journalist's question in the console, sees the suggested lines, answers with them, and finds the enquiry under
"Given to" on the statement's page; the pages fit a phone. Screenshots go to ``test-output/browser/``.

Run it from a worktree with ``PYTHONPATH`` set to that worktree, so the served app is the code under test."""

from __future__ import annotations

import json
import time
import urllib.request

import pytest

from tests.console.test_browser import SHOTS, _get, _page, _sign_in, chromium, server

pytestmark = pytest.mark.browser

__all__ = ["chromium", "server"]  # module-scoped fixtures shared with the main journey's module


def _send(url: str, key: str, body: dict | None = None, etag: str | None = None) -> tuple[dict, str]:
    headers = {"Authorization": f"Bearer {key}", "Content-Type": "application/json"}
    if etag:
        headers["If-Match"] = etag
    data = json.dumps(body or {}).encode()
    request = urllib.request.Request(url, data=data, headers=headers, method="POST")
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.loads(response.read()), response.headers["ETag"]


def _published(base: str, keys: dict) -> dict:
    """A public statement, through the staff API: drafted by the editor, approved and published by the approver."""
    api = base + "/api/v1/statements"
    draft = {
        "title": "Bypass closure: schools stay open", "audience": "public",
        "summary": "Schools near the bypass stay open during the closure.",
        "body": "The bypass is closed for repairs until Friday. Schools near it stay open as usual.",
    }  # fmt: skip
    view, etag = _send(api, keys["editor"], draft)
    slug = view["slug"]
    _, etag = _send(f"{api}/{slug}/draft/submit", keys["editor"], etag=etag)
    _, etag = _send(f"{api}/{slug}/draft/approve", keys["approver"], etag=etag)
    view, _ = _send(f"{api}/{slug}/publish", keys["approver"], etag=etag)
    deadline = time.monotonic() + 10  # each serving worker's index follows the change log
    found = 0
    while found < 4 and time.monotonic() < deadline:
        _, results = _get(base + "/api/v1/search?q=bypass+schools")
        found = found + 1 if any(r["slug"] == slug for r in results.get("results", [])) else 0
        time.sleep(0.1)
    return view


def test_an_enquiry_is_logged_answered_with_suggested_lines_and_shown_as_given(server, chromium):
    base, keys, problems = server["base"], server["keys"], []
    SHOTS.mkdir(parents=True, exist_ok=True)
    statement = _published(base, keys)

    # 1. The editor logs the journalist's question from the Enquiries page.
    page = _page(chromium, problems)
    _sign_in(page, base, keys["editor"])
    page.get_by_role("link", name="Enquiries", exact=True).click()
    page.get_by_label("Journalist", exact=True).fill("Jo Bloggs")
    page.get_by_label("Outlet", exact=True).fill("Daily Gazette")
    page.get_by_label("Question", exact=True).fill("Are the schools near the bypass affected by the closure?")
    page.screenshot(path=str(SHOTS / "enquiry-form.png"), full_page=True)
    page.get_by_role("button", name="Log enquiry").click()
    page.wait_for_selector("text=Enquiry from Jo Bloggs (Daily Gazette)")

    # 2. The enquiry's page suggests the published lines; the editor answers with them.
    suggested = page.locator("section", has=page.get_by_role("heading", name="Suggested lines"))
    assert statement["title"] in suggested.inner_text()
    page.screenshot(path=str(SHOTS / "enquiry-suggested-lines.png"), full_page=True)
    choice = suggested.locator("li", has_text=statement["title"])
    choice.get_by_role("button", name="Answer with these lines").click()
    page.wait_for_selector("text=Answer recorded.")
    assert "Answered" in page.locator("main").inner_text()

    # 3. The statement's page lists who was given it.
    page.get_by_role("link", name=statement["slug"]).click()
    given = page.locator("section", has=page.get_by_role("heading", name="Given to"))
    row = given.locator("tbody tr").first
    assert "Jo Bloggs" in row.inner_text() and "Daily Gazette" in row.inner_text()
    assert "Edith Editor" in row.inner_text() and "v1" in row.inner_text()
    page.screenshot(path=str(SHOTS / "statement-given-to.png"), full_page=True)

    # 4. The log lists it, and the pages fit a phone without sideways scrolling.
    phone = chromium.new_context(viewport={"width": 375, "height": 740}, is_mobile=True).new_page()
    phone.on("pageerror", lambda error: problems.append(str(error)))
    _sign_in(phone, base, keys["editor"])
    phone.goto(base + "/console/enquiries")
    assert "Jo Bloggs" in phone.locator("table.enquiries").inner_text()
    assert phone.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    phone.screenshot(path=str(SHOTS / "phone-enquiries.png"), full_page=True)
    phone.get_by_role("link", name="Jo Bloggs (Daily Gazette)").click()
    phone.wait_for_selector("text=Enquiry from Jo Bloggs (Daily Gazette)")
    assert phone.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    phone.goto(f"{base}/console/s/{statement['slug']}")
    assert phone.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    assert problems == []
