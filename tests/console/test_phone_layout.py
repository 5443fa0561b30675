"""The console at phone width (375 x 667) in a real headless Chromium, against ``pressline serve`` with the demo
statements: the reporting routes read as compact cards (no row taller than its content, no blank rows), and
search shows the results before the facets that narrow them, in the page's order as well as on screen."""

from __future__ import annotations

import subprocess
import time

import pytest

from tests.console.test_browser import ARGS, CHROMIUM, PRESSLINE, SHOTS, _cli, _environment, _free_port, _get, _key

pytestmark = pytest.mark.browser

PHONE = {"width": 375, "height": 667}


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    if not PRESSLINE.exists():
        pytest.skip("the pressline script is not installed in this environment")
    data_dir = tmp_path_factory.mktemp("phone-data")
    env = _environment(data_dir)
    _cli(env, "demo", "--no-serve")
    key = _key(env, "Edith Editor", "editor")
    port = _free_port()
    with (data_dir / "server.log").open("w") as log:
        process = subprocess.Popen(
            [str(PRESSLINE), "serve", "--host", "127.0.0.1", "--port", str(port), "--workers", "1"],
            env=env, stdout=log, stderr=subprocess.STDOUT,
        )  # fmt: skip
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 30
        while not _up(base):
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                pytest.fail("pressline serve did not start: " + (data_dir / "server.log").read_text()[-2000:])
            time.sleep(0.2)
        yield base, key
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()


def _up(base: str) -> bool:
    try:
        return _get(base + "/healthz")[0] == 200
    except OSError:
        return False


@pytest.fixture(scope="module")
def phone(demo):
    if not CHROMIUM.exists():
        pytest.skip("no system Chromium at /usr/bin/chromium (apt-get install -y chromium chromium-driver)")
    sync_api = pytest.importorskip("playwright.sync_api")
    base, key = demo
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        page = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True).new_page()
        page.goto(base + "/console/login")
        page.get_by_label("Key").fill(key)
        page.get_by_role("button", name="Sign in").click()
        page.wait_for_url(base + "/console/")
        yield page
        browser.close()


def _shoot(page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"phone-{name}.png"), full_page=True)


ROW_BOXES = """() => [...document.querySelectorAll('table.registry tbody tr')].map(row => {
  const box = row.getBoundingClientRect();
  const cells = [...row.children].filter(c => getComputedStyle(c).display !== 'none');
  const content = cells.reduce((sum, c) => sum + c.getBoundingClientRect().height, 0);
  return {name: row.querySelector('th').textContent, height: box.height, content: content, width: box.width,
          text: row.innerText.trim().length};
})"""


def test_reporting_routes_at_phone_width_are_compact_cards_without_blank_rows(demo, phone):
    base, _ = demo
    phone.goto(base + "/console/routes")
    _shoot(phone, "routes")
    rows = phone.evaluate(ROW_BOXES)

    assert len(rows) >= 5
    assert phone.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    for row in rows:
        assert row["text"] > 0, f"{row['name']}: a blank row"
        assert row["width"] <= PHONE["width"], f"{row['name']}: {row['width']}px wide on a 375px screen"
        assert row["height"] < 400, f"{row['name']}: {row['height']:.0f}px tall"
        assert row["height"] <= row["content"] + 40, f"{row['name']}: {row['height']:.0f}px for {row['content']:.0f}px"


FIRST_RESULT_AND_FACETS = """() => {
  const result = document.querySelector('#h-results ~ ol.items li');
  const facets = document.querySelector('#h-facets');
  return {
    headingTop: document.querySelector('#h-results').getBoundingClientRect().top,
    resultTop: result.getBoundingClientRect().top,
    facetsTop: facets.getBoundingClientRect().top,
    resultFirstInPage: !!(result.compareDocumentPosition(facets) & Node.DOCUMENT_POSITION_FOLLOWING),
  };
}"""


def test_search_at_phone_width_shows_the_results_before_the_facets(demo, phone):
    base, _ = demo
    phone.goto(base + "/console/search?q=police")
    _shoot(phone, "search")
    assert phone.locator("#h-facets ~ ul.facets li").count() > 0, "the demo statements give facets to show"

    layout = phone.evaluate(FIRST_RESULT_AND_FACETS)

    assert layout["resultTop"] < layout["facetsTop"]
    assert layout["resultFirstInPage"], "the facets come before the results for screen readers and keyboards"
    assert layout["headingTop"] < PHONE["height"], "the results start on the first screen"


SELECT_ROOM = """() => [...document.querySelectorAll('main form select')].map(select => {
  const style = getComputedStyle(select);
  const pen = document.createElement('canvas').getContext('2d');
  pen.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
  const widest = Math.max(...[...select.options].map(option => pen.measureText(option.text).width));
  const arrow = style.appearance === 'none' ? 0 : 20;  // Chromium draws its own arrow inside the box
  const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - arrow;
  return {id: select.id || select.name, widest: widest, room: room};
})"""


def test_the_editors_drop_downs_show_their_whole_choice_at_phone_width(demo, phone):
    base, _ = demo
    phone.goto(base + "/console/new")
    _shoot(phone, "editor")
    selects = phone.evaluate(SELECT_ROOM)

    assert "audience" in {s["id"] for s in selects}
    for select in selects:
        assert select["widest"] <= select["room"], (
            f"{select['id']}: {select['widest']:.0f}px of text in {select['room']:.0f}px"
        )
