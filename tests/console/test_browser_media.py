"""The media journey in a real headless Chromium against a real ``pressline serve``: an editor imports a contact
CSV (checking it first), builds a list from the imported contacts and sees it listed; at phone width the
contacts table fits the screen. Screenshots go to ``test-output/browser/media/``."""

from __future__ import annotations

import shutil

import pytest

from tests.console.media_journey import GOOD_ROWS, build_list, import_contacts
from tests.console.test_browser import ROOT, _page, _sign_in, chromium, server  # noqa: F401  (fixtures)

pytestmark = pytest.mark.browser

SHOTS = ROOT / "test-output" / "browser" / "media"


def test_an_editor_imports_contacts_and_builds_a_list_in_a_real_browser(server, chromium):  # noqa: F811
    base, problems = server["base"], []
    shutil.rmtree(SHOTS, ignore_errors=True)
    SHOTS.mkdir(parents=True)
    editor = _page(chromium, problems)
    _sign_in(editor, base, server["keys"]["editor"])

    summary = import_contacts(editor, base)
    editor.screenshot(path=str(SHOTS / "01-imported.png"), full_page=True)
    build_list(editor, base, "Local press", ["Rita Reporter", "Sam Smith"], description="Papers and radio")
    editor.screenshot(path=str(SHOTS / "02-list-saved.png"), full_page=True)

    assert f"{GOOD_ROWS} new contacts" in summary and "2 not imported" in summary
    row = editor.get_by_role("row", name="Local press")
    assert row.locator('td[data-label="Contacts"]').inner_text() == "2"
    editor.goto(base + "/console/contacts?q=radio")
    assert "Sam Smith" in editor.content() and "Local press" in editor.content()
    assert problems == []


def test_the_contacts_page_fits_a_phone(server, chromium):  # noqa: F811
    context = chromium.new_context(viewport={"width": 375, "height": 740}, is_mobile=True)
    page = context.new_page()
    _sign_in(page, server["base"], server["keys"]["editor"])

    for path in ("/console/contacts", "/console/contacts/import", "/console/lists", "/console/contacts/new"):
        page.goto(server["base"] + path)
        assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"), path
    page.screenshot(path=str(SHOTS / "03-phone-contact-form.png"), full_page=True)
    context.close()
