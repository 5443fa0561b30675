"""The JavaScript verifier in docs/webhooks.md, run by ``node`` against a real delivery from our sender.

The fenced block that defines ``verify`` is taken from the document as a partner would paste it (Node's own
``crypto``, nothing to install) and called on the headers and raw body a pytest-httpserver receiver got from
the release dispatcher. It must accept that delivery and refuse a tampered body, another secret and a
correctly signed but old timestamp (replays)."""

from __future__ import annotations

import base64
import json
import re
import shutil
import subprocess
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest
from standardwebhooks import Webhook

from tests.api.test_webhooks import Receiver, subscribe

pytestmark = pytest.mark.slow
DOC = Path(__file__).resolve().parents[2] / "docs" / "webhooks.md"
DRIVER = """import { readFileSync } from "node:fs";
import { verify } from "./verify.mjs";

const answers = JSON.parse(readFileSync(process.argv[2], "utf8")).map(({ secret, headers, body }) => {
  try { return { ok: true, event: verify(secret, headers, Buffer.from(body, "base64")) }; }
  catch (error) { return { ok: false, error: error.message }; }
});
console.log(JSON.stringify(answers));
"""


@pytest.fixture
def app_config(app_config):
    return {**app_config, "WEBHOOKS_ALLOW_PRIVATE": True, "WEBHOOKS_TIMEOUT": 2}


@pytest.fixture
def node_verify(tmp_path):
    """Run the document's verifier on a list of cases; returns one answer per case."""
    node = shutil.which("node")
    if node is None:
        pytest.skip("needs Node.js (`node`) on the PATH")
    blocks = re.findall(r"```javascript\n(.*?)```", DOC.read_text(), re.S)
    [verifier] = [block for block in blocks if "export function verify" in block]
    (tmp_path / "verify.mjs").write_text(verifier)
    (tmp_path / "driver.mjs").write_text(DRIVER)

    def run(cases: list[dict]) -> list[dict]:
        (tmp_path / "cases.json").write_text(json.dumps(cases))
        done = subprocess.run([node, "driver.mjs", "cases.json"], cwd=tmp_path, capture_output=True, text=True,
                              timeout=30)  # fmt: skip
        assert done.returncode == 0, done.stderr
        return json.loads(done.stdout)

    return run


def _case(secret: str, headers: dict[str, str], body: bytes) -> dict:
    lowered = {name.lower(): value for name, value in headers.items()}  # as Node's http module gives them
    return {"secret": secret, "headers": lowered, "body": base64.b64encode(body).decode()}


def test_the_documented_javascript_verifier_accepts_our_delivery_and_refuses_forgeries(
    client, keys, workflow, httpserver, app, node_verify
):
    receiver = Receiver(httpserver)
    sub = subscribe(client, keys, receiver.url)
    view = workflow.published(title="Cameras “on” the A140 — café", body="Words with ünïcode.")
    dispatcher = app.extensions["pressline"].release.dispatcher_for(workers=2)
    try:
        dispatcher.run_until_idle()
    finally:
        dispatcher.stop()
    [(_, headers, body)] = receiver.requests
    Webhook(sub["secret"]).verify(body, headers)  # the Python package agrees it is genuine
    old = int(time.time()) - 600
    replayed = {**headers, "webhook-timestamp": str(old),
                "webhook-signature": Webhook(sub["secret"]).sign(headers["Webhook-Id"], _at(old), body.decode())}  # fmt: skip

    good, tampered, other_secret, stale = node_verify([
        _case(sub["secret"], headers, body),
        _case(sub["secret"], headers, body.replace(b"A140", b"A141")),
        _case("whsec_" + "QUJDREVGR0hJSktMTU5PUFFSU1RVVldY", headers, body),
        _case(sub["secret"], replayed, body),
    ])  # fmt: skip

    assert good["ok"] and good["event"]["type"] == "statement.published"
    assert good["event"]["data"]["statement"]["title"] == view.title
    assert not tampered["ok"] and not other_secret["ok"] and not stale["ok"]
    assert stale["error"] == "stale"


def _at(epoch: int) -> datetime:
    return datetime.fromtimestamp(epoch, UTC)
