"""Release emails in a real headless Chromium against a real ``pressline serve`` with SMTP set up: an approver
picks a media list on the approve form, publishes, the two journalists on it each get one email at a loopback
SMTP server, and the admin watches the sends in the release desk's delivery log."""

from __future__ import annotations

import subprocess
import time

import pytest

from statements import Viewer, open_services
from tests.console.test_browser import CHROMIUM, PRESSLINE, _cli, _environment, _free_port, _get, _key, _page
from tests.console.test_browser import _sign_in as sign_in
from tests.mailbox import start_inbox
from tests.media_rows import add_contact, add_list

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def inbox():
    found, controller = start_inbox()
    found.port = controller.port
    yield found
    controller.stop()


@pytest.fixture(scope="module")
def mail_server(tmp_path_factory, inbox):
    if not PRESSLINE.exists():
        pytest.skip("the pressline script is not installed in this environment")
    data_dir = tmp_path_factory.mktemp("mail-browser-data")
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    env = _environment(data_dir)
    env.update(PRESSLINE_SMTP_URL=f"smtp://127.0.0.1:{inbox.port}", PRESSLINE_PUBLIC_URL=base,
               PRESSLINE_MAIL_FROM="Westshire Press Office <press@westshire.example.org>")  # fmt: skip
    _cli(env, "init")
    keys = {"approver": _key(env, "Abe Approver", "approver"), "admin": _key(env, "Adam Admin", "admin")}
    services = open_services(f"sqlite:///{data_dir.resolve() / 'pressline.db'}")
    people = [add_contact(services, f"Reporter {n}", f"reporter{n}@paper.example.com") for n in (1, 2)]
    add_list(services, "Regional desks", people)
    editor = Viewer.staff("Edith Editor", "editor")
    draft = services.workflow.create_draft({"title": "Bridge closed for repairs", "audience": "public",
                                            "body": "The **A47 bridge** closes on Monday."}, editor)  # fmt: skip
    services.workflow.submit(draft.slug, draft.revision, editor)
    services.db.dispose()
    log = (data_dir / "server.log").open("w")
    process = subprocess.Popen(
        [str(PRESSLINE), "serve", "--host", "127.0.0.1", "--port", str(port), "--workers", "2"],
        env=env, stdout=log, stderr=subprocess.STDOUT,
    )  # fmt: skip
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
    yield {"base": base, "keys": keys, "slug": draft.slug}
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
    log.close()


@pytest.fixture(scope="module")
def chromium():
    if not CHROMIUM.exists():
        pytest.skip("no system Chromium at /usr/bin/chromium")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox", "--headless"])
        yield browser
        browser.close()


def test_approving_with_a_list_emails_it_and_the_delivery_log_shows_the_sends(mail_server, chromium, inbox):
    base, keys, slug, problems = mail_server["base"], mail_server["keys"], mail_server["slug"], []
    approver = _page(chromium, problems)
    sign_in(approver, base, keys["approver"])
    approver.goto(f"{base}/console/s/{slug}")
    picker = approver.get_by_label("Email to media lists when live").first
    assert "Regional desks (2 recipients)" in picker.inner_text()
    picker.select_option(label="Regional desks (2 recipients)")
    approver.get_by_role("button", name="Approve", exact=True).click()
    approver.wait_for_selector("text=Version 1 approved.")
    approver.get_by_role("button", name="Publish now").click()
    approver.wait_for_selector("text=Version 1 published.")

    deadline = time.monotonic() + 20
    while len(inbox.messages) < 2 and time.monotonic() < deadline:
        time.sleep(0.1)
    assert sorted(to for _, [to] in inbox.envelopes) == ["reporter1@paper.example.com", "reporter2@paper.example.com"]
    assert {m["Subject"] for m in inbox.messages} == {"Bridge closed for repairs"}

    admin = _page(chromium, problems)
    sign_in(admin, base, keys["admin"])
    admin.goto(f"{base}/console/releases")
    log = admin.locator("section", has=admin.get_by_role("heading", name="Delivery log (newest 100)")).inner_text()
    assert log.count("mail:") == 2 and "delivered" in log
    assert problems == []
