"""The client side of ``bench/load.py``: the clients, the editor, and the sink standing in for Slack."""

from __future__ import annotations

import http.client
import json
import random
import threading
import time
import uuid
from http.server import BaseHTTPRequestHandler
from urllib.parse import quote, urlencode

from slack_sdk.signature import SignatureVerifier

HOST = "127.0.0.1"  # loopback only, by construction: nothing here takes another host
SECRET = "load-test-signing-secret"
SLASH_QUERIES = ("lines fraud", "lines missing", "quote police", "report online-safety", "latest", "lines road safety")


# -- the sink standing in for Slack ----------------------------------------------------------------------------


class Sink(BaseHTTPRequestHandler):
    """Records when each answer reaches its ``response_url`` (monotonic clock: the same in every process)."""

    arrivals: dict[str, tuple[float, bool]] = {}
    lock = threading.Lock()

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        failed = b"Something went wrong" in body
        with Sink.lock:
            Sink.arrivals.setdefault(self.path, (time.monotonic(), failed))
        self.send_response(200)
        self.send_header("Content-Length", "2")
        self.end_headers()
        self.wfile.write(b"ok")

    def log_message(self, *args) -> None:
        pass


# -- clients (in worker processes) ------------------------------------------------------------------------------


def client_process(args: dict) -> list[tuple]:
    """``threads`` clients in one process, each one request at a time until the deadline."""
    results: list[tuple] = []
    lock = threading.Lock()

    def one_client(n: int) -> None:
        rnd = random.Random(args["seed"] * 1000 + n)
        mine = _drive(rnd, args)
        with lock:
            results.extend(mine)

    threads = [threading.Thread(target=one_client, args=(n,)) for n in range(args["threads"])]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


def _drive(rnd: random.Random, args: dict) -> list[tuple]:
    """Samples ``(kind, sent, seconds, status, ok, slash_path)``."""
    port, deadline, trivial = args["port"], args["deadline"], args["trivial"]
    kinds = [kind for kind, weight in args["mix"] for _ in range(weight)]
    verifier = SignatureVerifier(SECRET)
    samples = []
    while time.monotonic() < deadline:
        kind = "trivial" if trivial else rnd.choice(kinds)
        method, path, body, headers, expected = _request(kind, rnd, args, verifier)
        sent = time.monotonic()
        status = 0
        try:
            connection = http.client.HTTPConnection(HOST, port, timeout=30)
            connection.request(method, path, body=body, headers=headers)
            response = connection.getresponse()
            response.read()
            status = response.status
            connection.close()
        except (OSError, http.client.HTTPException):
            pass
        slash_path = headers.get("X-Bench-Answer", "")
        samples.append((kind, sent, time.monotonic() - sent, status, status in expected, slash_path))
        if args["think"] and not trivial:
            time.sleep(rnd.expovariate(1 / args["think"]))  # a person or a site between two requests
    return samples


def _request(kind: str, rnd: random.Random, args: dict, verifier: SignatureVerifier):
    partner = {"Authorization": f"Bearer {rnd.choice(args['partner_keys'])}"}
    if kind == "trivial":
        return "GET", "/healthz", None, {}, {200}
    if kind == "item":
        slug, etag = rnd.choice(args["items"])
        headers = partner | ({"If-None-Match": etag} if rnd.random() < 0.5 else {})
        return "GET", f"/api/v1/statements/{slug}", None, headers, {200, 304}
    if kind == "list":
        topic = rnd.choice(args["topics"])
        etag = args["lists"].get(topic)
        headers = partner | ({"If-None-Match": etag} if etag and rnd.random() < 0.5 else {})
        return "GET", f"/api/v1/statements?topic={quote(topic)}", None, headers, {200, 304}
    if kind == "search":
        return "GET", f"/api/v1/search?q={quote(rnd.choice(args['queries']))}", None, partner, {200}
    trigger = uuid.uuid4().hex  # unique in every phase and run: the bot drops a trigger_id it has seen (replays)
    answer = f"/answer/{trigger}"
    body = urlencode({
        "token": "x", "team_id": "T0LOAD", "team_domain": "load", "channel_id": "C0LOAD", "channel_name": "press",
        "user_id": "U0LOAD", "user_name": "load", "command": "/press", "text": rnd.choice(SLASH_QUERIES),
        "api_app_id": "A0LOAD", "is_enterprise_install": "false",
        "response_url": f"http://{HOST}:{args['sink_port']}{answer}", "trigger_id": trigger,
    })  # fmt: skip
    stamp = str(int(time.time()))
    headers = {
        "Content-Type": "application/x-www-form-urlencoded", "X-Slack-Request-Timestamp": stamp,
        "X-Slack-Signature": verifier.generate_signature(timestamp=stamp, body=body), "X-Bench-Answer": answer,
    }  # fmt: skip
    return "POST", "/slack/events", body, headers, {200}


# -- the editor ---------------------------------------------------------------------------------------------------


class Editor(threading.Thread):
    """Publishes a new version of one of a few public statements every ``every`` seconds through the API,
    then times how long the new wording takes to be found by search."""

    def __init__(self, port: int, editor: str, approver: str, slugs: list[str], every: float, until: float) -> None:
        super().__init__(daemon=True)
        self.port, self.editor, self.approver, self.slugs = port, editor, approver, slugs
        self.every, self.until = every, until
        self.cycles: list[float] = []
        self.freshness: list[float] = []
        self.errors: list[str] = []
        self._watchers: list[threading.Thread] = []

    def run(self) -> None:
        n = 0
        next_at = time.monotonic()
        while next_at < self.until:
            time.sleep(max(0.0, next_at - time.monotonic()))
            slug = self.slugs[n % len(self.slugs)]
            marker = f"loadmark{n:04d}x{random.getrandbits(20):05x}"
            started = time.monotonic()
            try:
                self._publish(slug, marker)
            except Exception as exc:  # every failure is a figure here
                self.errors.append(f"publish {slug}: {exc}")
            else:
                done = time.monotonic()
                self.cycles.append(done - started)
                watcher = threading.Thread(target=self._watch, args=(marker, slug, done), daemon=True)
                watcher.start()
                self._watchers.append(watcher)
            n += 1
            next_at += self.every
        for watcher in self._watchers:
            watcher.join(10)

    def _publish(self, slug: str, marker: str) -> None:
        status, headers, _ = call(self.port, "GET", f"/api/v1/statements/{slug}", self.editor)
        etag = headers.get("ETag")
        steps = [
            ("PATCH", f"/api/v1/statements/{slug}/draft", self.editor,
             {"summary": f"Updated advice ({marker}).", "change_note": "Load test"}),
            ("POST", f"/api/v1/statements/{slug}/draft/submit", self.editor, None),
            ("POST", f"/api/v1/statements/{slug}/draft/approve", self.approver, None),
            ("POST", f"/api/v1/statements/{slug}/publish", self.approver, None),
        ]  # fmt: skip
        for method, path, key, body in steps:
            status, headers, text = call(self.port, method, path, key, body, {"If-Match": etag or ""})
            if status != 200:
                raise RuntimeError(f"{method} {path}: {status} {text[:200]}")
            etag = headers.get("ETag")

    def _watch(self, marker: str, slug: str, published: float) -> None:
        while time.monotonic() - published < 10:
            status, _, text = call(self.port, "GET", f"/api/v1/search?q={marker}", None)
            if status == 200 and slug in text:
                self.freshness.append(time.monotonic() - published)
                return
            time.sleep(0.05)
        self.errors.append(f"{marker} not searchable within 10 s")


def call(port: int, method: str, path: str, key: str | None, body: dict | None = None, extra: dict | None = None):
    headers = {"Authorization": f"Bearer {key}"} if key else {}
    headers |= extra or {}
    data = None
    if body is not None:
        data = json.dumps(body)
        headers["Content-Type"] = "application/json"
    connection = http.client.HTTPConnection(HOST, port, timeout=30)
    try:
        connection.request(method, path, body=data, headers=headers)
        response = connection.getresponse()
        return response.status, dict(response.headers), response.read().decode(errors="replace")
    finally:
        connection.close()
