"""The checks in a real headless Chromium against a real ``pressline serve``: the editor sees a blocking finding
appear beside the text while typing, highlighted in place; the approver cannot simply approve, and overrides
with a reason that the audit trail then shows. Screenshots go to ``test-output/browser/``."""

from __future__ import annotations

import pytest

from tests.console.test_browser import SHOTS, _page, _sign_in, chromium, server  # noqa: F401  (fixtures)

pytestmark = pytest.mark.browser


def test_a_blocking_finding_is_overridden_with_a_reason_in_a_real_browser(server, chromium):  # noqa: F811
    base, keys, problems = server["base"], server["keys"], []
    SHOTS.mkdir(parents=True, exist_ok=True)

    editor = _page(chromium, problems)
    _sign_in(editor, base, keys["editor"])
    editor.get_by_role("link", name="New draft", exact=True).click()
    editor.get_by_label("Title", exact=True).fill("Man arrested after Eastfield assault")
    editor.get_by_label("Case stage").select_option("arrest")
    editor.locator("#body").fill("Officers arrested the thug in Eastfield on Friday night.")
    panel = editor.locator("#checks-panel")
    panel.get_by_text("Checks: 1 blocking").wait_for()  # live, before any save
    assert panel.locator("mark.finding-block").inner_text() == "thug"
    editor.screenshot(path=str(SHOTS / "checks-editor-live.png"), full_page=True)
    editor.get_by_role("button", name="Save draft", exact=True).last.click()
    editor.wait_for_selector("text=Saved version 1 as a draft.")
    editor.get_by_role("button", name="Submit for review").click()
    editor.wait_for_selector("text=Version 1 submitted for review.")
    slug = editor.url.rsplit("/", 1)[1]

    approver = _page(chromium, problems)
    _sign_in(approver, base, keys["approver"])
    approver.goto(f"{base}/console/s/{slug}")
    assert "presumes guilt" in approver.locator("#checks-panel").inner_text()
    assert approver.get_by_role("button", name="Approve", exact=True).count() == 0
    approver.get_by_label("Reason to approve despite 1 blocking finding").fill("Quoting the court's own words")
    approver.screenshot(path=str(SHOTS / "checks-override.png"), full_page=True)
    approver.get_by_role("button", name="Approve with override").click()
    approver.wait_for_selector("text=Version 1 approved.")
    audit = approver.locator("section", has=approver.get_by_role("heading", name="Audit trail")).inner_text()
    assert "checks overridden: Quoting the court's own words" in audit
    assert "blocking legal.presumed-guilt “thug”" in audit
    assert problems == []
