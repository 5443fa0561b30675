"""A real ``pressline serve`` (gunicorn) on 127.0.0.1, queried over HTTP."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from statements import open_services

pytestmark = pytest.mark.slow


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fetch(url: str, method: str = "GET", body: dict | None = None, headers: dict | None = None):
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(url, data=data, method=method, headers=headers or {})
    if data is not None:
        request.add_header("Content-Type", "application/json")
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, dict(exc.headers), exc.read()


@pytest.fixture
def served(tmp_path):
    port = free_port()
    env = {**os.environ, "PRESSLINE_DATA_DIR": str(tmp_path), "PRESSLINE_SECRET_KEY": "serve-test"}
    env.pop("PRESSLINE_DATABASE_URL", None)
    log = tmp_path / "serve.log"
    log_file = log.open("wb")
    process = subprocess.Popen(
        [sys.executable, "-c", "from api.cli import main; main()", "serve", "--port", str(port), "--workers", "2"],
        env=env, cwd=Path(__file__).resolve().parents[2], stdout=subprocess.DEVNULL, stderr=log_file,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            if fetch(f"{base}/healthz")[0] == 200:
                break
        except OSError:
            time.sleep(0.1)
    else:
        process.kill()
        process.wait(5)
        log_file.close()
        pytest.fail(f"pressline serve did not come up: {log.read_text()[-2000:]}")
    yield base, tmp_path
    process.send_signal(signal.SIGTERM)
    try:
        process.wait(15)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(5)
    log_file.close()


def test_pressline_serve_answers_over_http(served):
    base, data_dir = served
    services = open_services(f"sqlite:///{data_dir / 'pressline.db'}")
    editor = services.keys.create("Served Editor", "editor")[1]
    services.db.dispose()

    ready = fetch(f"{base}/readyz")
    created = fetch(f"{base}/api/v1/statements", "POST", {"title": "Served", "body": "Over HTTP."},
                    {"Authorization": f"Bearer {editor}"})  # fmt: skip
    anonymous = fetch(f"{base}/api/v1/statements/served")
    routes = fetch(f"{base}/api/v1/reporting-routes?topic=fraud")

    assert ready[0] == 200
    assert created[0] == 201 and created[1]["ETag"]
    assert anonymous[0] == 404 and anonymous[1]["Content-Type"] == "application/problem+json"
    assert routes[0] == 200 and json.loads(routes[2])["items"][0]["phone"] == "999"


def test_served_long_addresses_and_headers_get_problem_json_not_gunicorns_page(served):
    base, _ = served

    six_kb = fetch(f"{base}/api/v1/search?q={'a' * 6000}")
    long_url = fetch(f"{base}/api/v1/search?q={'a' * 8100}")
    long_header = fetch(f"{base}/api/v1/topics", headers={"X-Padding": "b" * 12000})

    assert six_kb[0] == 422  # reaches the app: q is at most 500 characters
    assert long_url[0] == 414 and long_url[1]["Content-Type"] == "application/problem+json"
    assert long_header[0] == 431 and long_header[1]["Content-Type"] == "application/problem+json"
