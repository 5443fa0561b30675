"""Signed ``/press lines`` round trips against a real server, at 10k and 100k published statements.

    python bench/slack.py                    # 10k and 100k, 300 commands each
    python bench/slack.py --sizes 10000 --requests 100

For each size: a fresh SQLite database (statements bulk-inserted as published versions: seeding 100k through
the workflow would take an hour and measures nothing here), the Whoosh index rebuilt from it, then the app
served by a threaded Werkzeug server on 127.0.0.1. Each command is form-encoded and signed exactly as Slack
does; its ``response_url`` points at a local sink server. Two figures per size:

- ack: the HTTP response to Slack's POST (Slack's 3-second limit applies to this);
- round trip: from sending the POST until the answer arrives at ``response_url`` (what a press officer waits).

Then the same for the "Find approved lines" message shortcut (the Slack side of the compose-box search): a
signed ``message_action`` with a sentence of message text, timed until the filled modal (``views.update``)
reaches the local Web API.
"""

from __future__ import annotations

import argparse
import http.client
import json
import random
import statistics
import sys
import tempfile
import threading
import time
from datetime import UTC, date, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from slack_sdk.signature import SignatureVerifier  # noqa: E402
from sqlalchemy import insert  # noqa: E402
from werkzeug.serving import WSGIRequestHandler, make_server  # noqa: E402

import migrations  # noqa: E402
from api.app import create_app  # noqa: E402
from index.schema import statement_documents  # noqa: E402
from index.store import IndexStore  # noqa: E402
from index.writer import exclusive_writer  # noqa: E402
from statements import Filters, Viewer, open_services  # noqa: E402
from statements.models import ChangeLogEntry, Quote, Statement, Version, version_topics  # noqa: E402
from statements.registry import load_routes, load_topics  # noqa: E402

SECRET = "bench-signing-secret"
QUERIES = [
    "grooming", "courier fraud", "missing teenager", "road closure", "knife amnesty", "romance scam",
    "domestic abuse support", "hate crime reporting", "drink driving", "online safety advice",
]  # fmt: skip
SUBJECTS = [
    ("online grooming", "online-safety"), ("courier fraud", "fraud"), ("romance scam", "fraud"),
    ("missing teenager", "missing-people"), ("road closure", "road-safety"), ("drink driving", "road-safety"),
    ("knife amnesty", "knife-crime"), ("domestic abuse support", "domestic-abuse"),
    ("hate crime reporting", "hate-crime"), ("child exploitation", "child-protection"),
    ("mental health crisis", "mental-health"), ("doorstep crime", "fraud"),
]  # fmt: skip
PLACES = ["Marlbridge", "Kingsford", "Stanbury", "Hollowell", "Westshire", "Ashcombe", "Brindle", "Coldharbour"]
SENTENCES = [
    "Officers are asking anyone with information to come forward.",
    "Residents are reminded to look out for vulnerable neighbours and to report anything suspicious.",
    "The force works with partners across the county to keep people safe.",
    "Every report is looked at by a specialist team and treated in confidence.",
    "Detectives have carried out house-to-house enquiries and are reviewing camera footage from the area.",
    "A spokesperson for the council said support is available for anyone affected.",
    "Neighbourhood teams will be visiting schools, community centres and libraries over the coming weeks.",
    "Anyone who has been a victim is urged to speak to someone they trust.",
    "Patrols have been stepped up and officers will be visible in the town centre.",
    "Information can also be passed on anonymously through the independent charity.",
    "The investigation is at an early stage and we ask people not to speculate on social media.",
    "We know incidents like this cause concern, and we are grateful for the public's patience.",
    "Advice for parents, carers and teachers is available on the force website.",
    "The operation is part of a wider campaign running until the end of the month.",
]
KINDS = ["press_release", "holding_statement", "lines_to_take", "guidance", "qa"]


def seed(url: str, n: int) -> None:
    """Bulk-insert ``n`` statements, each with one published version, its topic, a quote and a change-log row."""
    services = open_services(url)
    services.routes.seed(load_routes(), load_topics())
    rng = random.Random(n)
    now = datetime.now(UTC)
    with services.db.writing() as session:
        for start in range(0, n, 5000):
            stop = min(start + 5000, n)
            statements, versions, topics, quotes, changes = [], [], [], [], []
            for i in range(start + 1, stop + 1):
                subject, topic = rng.choice(SUBJECTS)
                place = rng.choice(PLACES)
                kind = KINDS[i % len(KINDS)]
                at = now - timedelta(minutes=n - i + 10)
                statements.append({"id": i, "slug": f"s{i}-{subject.replace(' ', '-')}", "revision": 4,
                                   "created_at": at, "updated_at": at})  # fmt: skip
                versions.append({
                    "id": i, "statement_id": i, "number": 1, "status": "published", "kind": kind,
                    "audience": "internal" if kind == "lines_to_take" else "public",
                    "title": f"{subject.capitalize()} in {place} ({i})",
                    "summary": f"Statement {i} on {subject} in {place}.",
                    "body": f"Statement on {subject} in {place}, reference {rng.randint(1000, 99999)}. "
                            + " ".join(rng.sample(SENTENCES, 8)), "change_note": "First",
                    "author": "Bench Author", "contributors": ["Bench Author"], "created_at": at, "updated_at": at,
                    "submitted_at": at, "approved_by": "Bench Approver", "approved_at": at, "publish_at": at,
                    "review_by": date(2030, 1, 1),
                })  # fmt: skip
                topics.append({"version_id": i, "topic_slug": topic})
                quotes.append({"version_id": i, "position": 0, "text": f"We take every {subject} report seriously.",
                               "speaker": "Rebecca Hale", "role": "Chief Constable"})  # fmt: skip
                changes.append({"at": at, "slug": statements[-1]["slug"], "action": "publish"})
            session.execute(insert(Statement), statements)
            session.execute(insert(Version), versions)
            session.execute(insert(version_topics), topics)
            session.execute(insert(Quote), quotes)
            session.execute(insert(ChangeLogEntry), changes)
    services.db.dispose()


def bulk_index(url: str, index_dir: Path) -> None:
    """What ``pressline index rebuild`` does, reading the catalogue a page at a time instead of one statement
    at a time (that takes many minutes at 100k, and the index build is not what is measured). Done before the
    app starts, so the app finds a live index and starts no background rebuild of its own."""
    services = open_services(url)
    store = IndexStore(index_dir)
    generation = store.create()
    head = services.changes.head()
    with exclusive_writer(store.open(generation), limitmb=256) as writer:
        offset = 0
        while True:
            page = services.catalogue.list(Viewer.bot(), Filters(), offset, 5000)
            for view in page.items:
                for doc in statement_documents(view):
                    writer.add_document(**doc)
            offset += len(page.items)
            if not page.items or offset >= page.total:
                break
    store.write_position(generation, head)
    store.swap(generation)
    services.db.dispose()


class Sink(BaseHTTPRequestHandler):
    """Stands in for Slack's response_url: records when each answer arrives."""

    arrivals: dict[str, float] = {}
    bodies: dict[str, dict] = {}
    done = threading.Condition()

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length)
        path, reply = self.path, b"ok"
        if path.startswith("/api/"):  # the Web API: views.open and views.update, keyed by the modal's thread
            reply = json.dumps({"ok": True, "view": {"id": "V0BENCH", "hash": "h"}}).encode()
            if path == "/api/views.update":
                view = json.loads(body)["view"]
                path = "/modal/" + str(json.loads(view.get("private_metadata") or "{}").get("thread"))
        with Sink.done:
            Sink.arrivals[path] = time.perf_counter()
            Sink.bodies[path] = json.loads(body) if body.startswith(b"{") else {}
            Sink.done.notify_all()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(reply)))
        self.end_headers()
        self.wfile.write(reply)

    def log_message(self, *args) -> None:
        pass


class QuietHandler(WSGIRequestHandler):
    def log_request(self, *args) -> None:
        pass


def serve(server) -> threading.Thread:
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    return thread


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def prepare(size: int, workdir: Path) -> tuple[Path, str, float, float]:
    """The data directory for ``size`` statements, seeded and indexed (reused when ``workdir`` already has it)."""
    data = workdir / f"n{size}"
    url = f"sqlite:///{data / 'pressline.db'}"
    if (data / "ready").exists():
        return data, url, 0.0, 0.0
    data.mkdir(parents=True, exist_ok=True)
    migrations.upgrade(url)
    t0 = time.perf_counter()
    seed(url, size)
    seeded = time.perf_counter() - t0
    t0 = time.perf_counter()
    bulk_index(url, data / "index")
    indexed = time.perf_counter() - t0
    (data / "ready").touch()
    return data, url, seeded, indexed


def run(size: int, requests: int, workdir: Path) -> dict:
    data, url, seeded, indexed = prepare(size, workdir)
    sink = ThreadingHTTPServer(("127.0.0.1", 0), Sink)
    serve(sink)
    app = create_app({"DATA_DIR": data, "DATABASE_URL": url, "SECRET_KEY": "bench", "SLACK_SIGNING_SECRET": SECRET,
                      "SLACK_BOT_TOKEN": "xoxb-bench", "SLACK_API_URL": f"http://127.0.0.1:{sink.server_port}/api/",
                      "RATE_LIMITS": "1000000 per minute"})  # fmt: skip
    server = make_server("127.0.0.1", 0, app, threaded=True, request_handler=QuietHandler)
    serve(server)
    conn = http.client.HTTPConnection("127.0.0.1", server.server_port)
    verifier = SignatureVerifier(SECRET)
    acks, trips, empty = [], [], 0
    warmup = 20
    for i in range(warmup + requests):
        query = QUERIES[i % len(QUERIES)]
        path = f"/response/{size}-{i}"
        body = urlencode({
            "token": "x", "team_id": "T0BENCH", "team_domain": "bench", "channel_id": "C0BENCH",
            "channel_name": "press", "user_id": "U0BENCH", "user_name": "bench", "command": "/press",
            "text": f"lines {query}", "api_app_id": "A0BENCH", "is_enterprise_install": "false",
            "response_url": f"http://127.0.0.1:{sink.server_port}{path}", "trigger_id": f"{size}.{i}.bench",
        })  # fmt: skip
        ts = str(int(time.time()))
        headers = {
            "Content-Type": "application/x-www-form-urlencoded",
            "X-Slack-Request-Timestamp": ts,
            "X-Slack-Signature": verifier.generate_signature(timestamp=ts, body=body),
        }
        start = time.perf_counter()
        conn.request("POST", "/slack/events", body=body, headers=headers)
        response = conn.getresponse()
        response.read()
        acked = time.perf_counter()
        assert response.status == 200, response.status
        with Sink.done:
            if not Sink.done.wait_for(lambda path=path: path in Sink.arrivals, timeout=10):
                raise RuntimeError(f"no answer at {path}")
        answer = Sink.bodies[path]
        if "Nothing for" in json.dumps(answer):
            empty += 1
        if i >= warmup:
            acks.append((acked - start) * 1000)
            trips.append((Sink.arrivals[path] - start) * 1000)
    shortcuts = []
    for i in range(warmup + requests // 3):
        thread = f"{size}.{i}"
        text = f"Reporter asking whether there is anything new on {QUERIES[i % len(QUERIES)]} this week in the county?"
        payload = {"type": "message_action", "callback_id": "find_approved_lines", "trigger_id": f"{thread}.sc",
                   "user": {"id": "U0BENCH"}, "team": {"id": "T0BENCH"}, "channel": {"id": "C0BENCH"},
                   "message": {"type": "message", "text": text, "ts": thread},
                   "response_url": f"http://127.0.0.1:{sink.server_port}/response/sc",
                   "api_app_id": "A0BENCH"}  # fmt: skip
        body = urlencode({"payload": json.dumps(payload)})
        ts = str(int(time.time()))
        headers = {"Content-Type": "application/x-www-form-urlencoded", "X-Slack-Request-Timestamp": ts,
                   "X-Slack-Signature": verifier.generate_signature(timestamp=ts, body=body)}  # fmt: skip
        start = time.perf_counter()
        conn.request("POST", "/slack/events", body=body, headers=headers)
        response = conn.getresponse()
        response.read()
        assert response.status == 200, response.status
        with Sink.done:
            if not Sink.done.wait_for(lambda k=f"/modal/{thread}": k in Sink.arrivals, timeout=10):
                raise RuntimeError(f"no modal for {thread}")
        if i >= warmup:
            shortcuts.append((Sink.arrivals[f"/modal/{thread}"] - start) * 1000)
    server.shutdown()
    sink.shutdown()
    app.extensions["pressline.slack"].pool.wait_idle(10)
    app.extensions["pressline.search"].close()
    return {
        "size": size, "requests": requests, "seed_s": seeded, "index_s": indexed, "empty": empty,
        "ack_p50": percentile(acks, 50), "ack_p99": percentile(acks, 99),
        "trip_p50": percentile(trips, 50), "trip_p99": percentile(trips, 99), "trip_mean": statistics.mean(trips),
        "shortcut_p50": percentile(shortcuts, 50), "shortcut_p99": percentile(shortcuts, 99),
        "shortcuts": len(shortcuts),
    }  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--requests", type=int, default=300)
    parser.add_argument("--keep", type=Path, help="keep the seeded data here and reuse it on the next run")
    args = parser.parse_args()
    print("| statements | commands | ack p50 | ack p99 | round trip p50 | round trip p99 | seed | index build |")
    print("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes:
            r = run(size, args.requests, args.keep or Path(tmp))
            print(
                f"| {r['size']:,} | {r['requests']} | {r['ack_p50']:.1f} ms | {r['ack_p99']:.1f} ms | "
                f"{r['trip_p50']:.1f} ms | {r['trip_p99']:.1f} ms | {r['seed_s']:.0f} s | {r['index_s']:.0f} s |",
                flush=True,
            )
            print(
                f"  shortcut (message text -> filled modal), {r['shortcuts']} runs: "
                f"p50 {r['shortcut_p50']:.1f} ms, p99 {r['shortcut_p99']:.1f} ms",
                flush=True,
            )
            if r["empty"]:
                print(f"  ({r['empty']} answers found nothing)", file=sys.stderr)


if __name__ == "__main__":
    main()
