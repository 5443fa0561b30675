"""The whole journey in a real headless Chromium against a real ``pressline serve`` on 127.0.0.1.

An editor signs in, drafts a statement with a quote and a route, and submits it; an approver approves and
publishes it; the partner API and the embed (framed by a partner's page) serve it; it is withdrawn and the
embed shows the notice. A screenshot of each step goes to ``test-output/browser/``.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run",
]  # fmt: skip
ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "test-output" / "browser"
PRESSLINE = Path(sys.executable).with_name("pressline")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _environment(data_dir: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PRESSLINE_", "SLACK_", "TEAMS_"))}
    env.update(PRESSLINE_DATA_DIR=str(data_dir), PRESSLINE_SECRET_KEY="browser-test-secret")
    # The script imports this checkout's code, not whichever checkout the environment was installed from.
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    return env


def _cli(env: dict[str, str], *args: str) -> str:
    done = subprocess.run([str(PRESSLINE), *args], env=env, capture_output=True, text=True, timeout=60, check=True)
    return done.stdout


def _key(env: dict[str, str], name: str, role: str) -> str:
    return _cli(env, "keys", "create", "--name", name, "--role", role).strip().splitlines()[-1]


def _get(url: str, key: str | None = None) -> tuple[int, dict]:
    request = urllib.request.Request(url, headers={"Authorization": f"Bearer {key}"} if key else {})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, json.loads(response.read() or b"{}")
    except urllib.error.HTTPError as error:
        body = error.read()
        try:
            return error.code, json.loads(body or b"{}")
        except ValueError:
            return error.code, {}


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    if not PRESSLINE.exists():
        pytest.skip("the pressline script is not installed in this environment")
    data_dir = tmp_path_factory.mktemp("browser-data")
    env = _environment(data_dir)
    _cli(env, "init")
    keys = {
        "editor": _key(env, "Edith Editor", "editor"),
        "approver": _key(env, "Abe Approver", "approver"),
        "partner": _key(env, "Westshire Council", "partner"),
    }
    port = _free_port()
    log = (data_dir / "server.log").open("w")
    process = subprocess.Popen(
        [str(PRESSLINE), "serve", "--host", "127.0.0.1", "--port", str(port), "--workers", "2"],
        env=env, stdout=log, stderr=subprocess.STDOUT,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            if _get(base + "/healthz")[0] == 200:
                break
        except OSError:
            pass
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            pytest.fail("pressline serve did not start: " + (data_dir / "server.log").read_text()[-2000:])
        time.sleep(0.2)
    yield {"base": base, "keys": keys}
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
    log.close()


@pytest.fixture(scope="module")
def chromium():
    if not CHROMIUM.exists():
        pytest.skip("no system Chromium at /usr/bin/chromium (apt-get install -y chromium chromium-driver)")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def shots():
    shutil.rmtree(SHOTS, ignore_errors=True)
    SHOTS.mkdir(parents=True)
    taken: list[str] = []

    def shoot(page, name: str) -> None:
        path = SHOTS / f"{len(taken) + 1:02d}-{name}.png"
        page.screenshot(path=str(path), full_page=True)
        taken.append(path.name)

    return shoot


def _page(chromium, problems: list[str]):
    context = chromium.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.on("console", lambda message: problems.append(message.text) if _problem(message) else None)
    page.on("pageerror", lambda error: problems.append(str(error)))
    page.on(
        "response", lambda response: problems.append(f"{response.status} {response.url}") if _failed(response) else None
    )
    return page


def _failed(response) -> bool:
    return response.status >= 500 and ("/console/" in response.url or "/embed/" in response.url)


def _problem(message) -> bool:
    """Script errors and policy violations; a refused favicon or the embed's deliberate 410 are not problems."""
    return message.type == "error" and not message.text.startswith("Failed to load resource")


def _sign_in(page, base: str, key: str) -> None:
    page.goto(base + "/console/login")
    page.get_by_label("Key").fill(key)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(base + "/console/")


def test_the_press_office_journey_in_a_real_browser(server, chromium, shots, httpserver):
    base, keys, problems = server["base"], server["keys"], []

    # 1. The editor signs in and drafts a statement with a quote and a reporting route.
    editor = _page(chromium, problems)
    _sign_in(editor, base, keys["editor"])
    shots(editor, "editor-dashboard")
    editor.get_by_role("link", name="New draft", exact=True).click()
    editor.get_by_label("Title", exact=True).fill("Report online grooming to police")
    editor.get_by_label("Summary", exact=True).fill("What parents should do if a stranger contacts their child online.")
    editor.locator("#body").fill("If you are worried, **keep the messages** and report them.")
    editor.get_by_label("Audience", exact=True).select_option("public")
    editor.get_by_label("Quote 1: words").fill("Tell us straight away; we will act.")
    editor.get_by_label("Quote 1: speaker", exact=True).fill("Jo Bloggs")
    editor.get_by_label("Quote 1: speaker's role").fill("Chief Constable")
    editor.locator("#route-police-emergency-999").check()
    editor.locator("#route-crimestoppers").check()
    editor.locator("#topic-online-safety").check()
    shots(editor, "editor-drafting")
    editor.get_by_role("button", name="Save draft", exact=True).last.click()
    editor.wait_for_selector("text=Saved version 1 as a draft.")
    slug = editor.url.rsplit("/", 1)[1]
    shots(editor, "draft-saved")

    # 2. The editor submits it; an editor sees no approve, publish or withdraw buttons.
    editor.get_by_role("button", name="Submit for review").click()
    editor.wait_for_selector("text=Version 1 submitted for review.")
    assert editor.get_by_role("button", name="Approve").count() == 0
    shots(editor, "submitted")

    # 3. The approver finds it waiting, approves and publishes it.
    approver = _page(chromium, problems)
    _sign_in(approver, base, keys["approver"])
    waiting = approver.locator("section", has=approver.get_by_role("heading", name="Waiting for my review"))
    assert "Report online grooming to police" in waiting.inner_text()
    shots(approver, "approver-dashboard")
    waiting.get_by_role("link", name="Report online grooming to police").click()
    approver.get_by_role("button", name="Approve").click()
    approver.wait_for_selector("text=Version 1 approved.")
    shots(approver, "approved")
    approver.get_by_role("button", name="Publish now").click()
    approver.wait_for_selector("text=Version 1 published.")
    assert "Tell us straight away; we will act." in approver.content()
    shots(approver, "published")

    # 4. The partner API serves it (when the API's endpoints are mounted) ...
    api_mounted = _get(base + "/api/v1/openapi.json")[0] == 200
    if api_mounted:
        status, body = _get(f"{base}/api/v1/statements/{slug}", keys["partner"])
        assert status == 200
        assert body["title"] == "Report online grooming to police"
        assert body["quotes"][0]["speaker"] == "Jo Bloggs"

    # 5. ... and so does the embed, framed by a partner's own page.
    embed = _page(chromium, problems)
    embed.goto(f"{base}/embed/{slug}")
    assert embed.locator("h1").inner_text() == "Report online grooming to police"
    assert embed.locator('a[href="tel:999"]').count() == 1
    shots(embed, "embed")
    httpserver.expect_request("/partner").respond_with_data(
        f"<!doctype html><title>Westshire Council</title><h1>Council safety page</h1>"
        f'<iframe src="{base}/embed/{slug}" title="Police guidance" width="600" height="500"></iframe>',
        content_type="text/html",
    )
    partner = _page(chromium, problems)
    partner.goto(httpserver.url_for("/partner"))
    framed = partner.frame_locator("iframe")
    assert framed.locator("h1").inner_text() == "Report online grooming to police"
    shots(partner, "partner-page-with-embed")

    # 6. The statement is withdrawn (withdrawing is an approver's right) and the embed shows the notice.
    editor.reload()
    assert editor.get_by_role("button", name="Withdraw").count() == 0
    approver.get_by_label("Reason to withdraw").fill("Superseded by national guidance")
    approver.get_by_role("button", name="Withdraw").click()
    approver.wait_for_selector("text=Withdrawn: partners, the API and the bots now say")
    shots(approver, "withdrawn")
    embed.reload()
    assert "This statement has been withdrawn" in embed.content()
    assert "Superseded by national guidance" in embed.content()
    assert "Tell us straight away" not in embed.content()
    shots(embed, "embed-withdrawn")
    partner.reload()
    assert "This statement has been withdrawn" in partner.frame_locator("iframe").locator("h1").inner_text()
    shots(partner, "partner-page-withdrawn")
    if api_mounted:
        assert _get(f"{base}/api/v1/statements/{slug}", keys["partner"])[0] == 410

    # 7. No policy violations or script errors anywhere on the way.
    assert problems == []


def test_the_console_is_keyboard_usable_and_fits_a_phone(server, chromium, shots):
    problems: list[str] = []
    context = chromium.new_context(viewport={"width": 375, "height": 740}, is_mobile=True)
    page = context.new_page()
    page.on("console", lambda message: problems.append(message.text) if message.type == "error" else None)
    page.goto(server["base"] + "/console/login")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Skip to content"
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Pressline"
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "key"
    page.keyboard.type(server["keys"]["editor"])
    page.keyboard.press("Enter")
    page.wait_for_url(server["base"] + "/console/")
    page.goto(server["base"] + "/console/new")
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    page.locator("#body").fill("A **live** preview")
    assert page.locator("#body-preview strong").inner_text(timeout=5000) == "live"
    page.get_by_label("Title", exact=True).focus()
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline == "solid"
    shots(page, "phone-editor")
    assert problems == []


def test_a_blocking_finding_is_overridden_with_a_reason_in_a_real_browser(server, chromium):
    """The checks: the editor sees a blocking finding appear beside the text while typing, highlighted in place;
    the approver cannot simply approve, and overrides with a reason that the audit trail then shows."""
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


def test_text_typed_before_the_script_loads_is_still_checked(server, chromium):
    """On a slow connection the editor can type before the deferred script runs; the checks still appear
    (the CI run of 6 December saw this race: the input events fired before any listener existed)."""
    base, keys, problems = server["base"], server["keys"], []
    editor = _page(chromium, problems)
    _sign_in(editor, base, keys["editor"])
    held = []
    editor.route("**/console.js", lambda route: held.append(route))  # held back until the form is filled
    editor.get_by_role("link", name="New draft", exact=True).click()
    editor.get_by_label("Case stage").select_option("arrest")
    editor.locator("#body").fill("Officers arrested the thug in Eastfield on Friday night.")
    assert held, "the page asked for its script"
    held[0].continue_()
    editor.locator("#checks-panel").get_by_text("Checks: 1 blocking").wait_for()
    assert problems == []
