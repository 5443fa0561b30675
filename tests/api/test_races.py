"""Racing writers: eight PATCHes with the same ETag through a real threaded server, exactly one wins."""

from __future__ import annotations

import json
import threading
import urllib.error
import urllib.request

import pytest
from werkzeug.serving import make_server

from tests.api.conftest import API


@pytest.fixture
def server(app):
    httpd = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_port}"
    httpd.shutdown()
    thread.join(5)


def patch(url: str, token: str, etag: str, summary: str) -> int:
    request = urllib.request.Request(
        url,
        data=json.dumps({"summary": summary}).encode(),
        method="PATCH",
        headers={"Authorization": f"Bearer {token}", "If-Match": etag, "Content-Type": "application/json"},
    )
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status
    except urllib.error.HTTPError as exc:
        return exc.code


def test_eight_racing_patches_with_one_etag_make_exactly_one_edit(server, client, keys):
    created = client.post(f"{API}/statements", json={"title": "Race", "body": "Body"}, headers=keys.header("editor"))
    slug, etag = created.get_json()["slug"], created.headers["ETag"]
    url = f"{server}{API}/statements/{slug}/draft"
    barrier = threading.Barrier(8)
    statuses: list[int] = []

    def racer(n: int) -> None:
        barrier.wait()
        statuses.append(patch(url, keys.editor, etag, f"Edit number {n}"))

    threads = [threading.Thread(target=racer, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)

    assert sorted(statuses) == [200] + [412] * 7
    history = client.get(f"{API}/audit?slug={slug}", headers=keys.header("editor")).get_json()["items"]
    assert [event["action"] for event in history] == ["edit", "create"]
