"""Release benchmark: how fast lifted embargoes reach partner webhooks, and whether a hanging receiver delays
anyone else. Runs the real dispatcher (one process) against a local threaded HTTP receiver on 127.0.0.1.

    python -m bench.release [--database-url postgresql+psycopg://postgres@127.0.0.1/pl_bench] [--workers 32]

Scenarios: ``fanout`` (1,000 subscriptions, one statement lifting: every delivery within 5 s of publish_at?),
``burst`` (100 statements lifting in the same second to 100 subscriptions: 10,000 deliveries; time from
publish_at to each delivery, p50/p99/max, and deliveries per second), and ``hang`` (one receiver that hangs for
30 s among 99 healthy ones, 10 lifts: the healthy ones' delays). SQLite by default, in a temporary directory.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import threading
import time
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path


class Receiver:
    """Records the arrival time of every delivery by path; paths starting /hang sleep ``hang`` seconds."""

    def __init__(self, hang: float = 30.0) -> None:
        self.arrivals: dict[str, list[float]] = {}
        self.lock = threading.Lock()
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                self.rfile.read(int(self.headers.get("Content-Length") or 0))
                with outer.lock:
                    outer.arrivals.setdefault(self.path, []).append(time.time())
                if self.path.startswith("/hang"):
                    time.sleep(hang)
                self.send_response(204)
                self.end_headers()

            def log_message(self, *args: object) -> None:
                pass

        ThreadingHTTPServer.request_queue_size = 1024  # the default backlog of 5 refuses a burst of connections
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def count(self, prefix: str = "/") -> int:
        with self.lock:
            return sum(len(v) for k, v in self.arrivals.items() if k.startswith(prefix))

    def times(self, prefix: str = "/") -> list[float]:
        with self.lock:
            return [t for k, v in self.arrivals.items() if k.startswith(prefix) for t in v]


def open_desk(url: str, workers: int):
    import migrations
    from api.release import render_version
    from statements import open_services
    from statements.models import Base
    from statements.registry import load_routes, load_topics
    from statements.release.webhooks import WebhookSink

    if url.startswith("postgresql"):
        from sqlalchemy import create_engine, text

        engine = create_engine(url)
        with engine.begin() as conn:
            conn.execute(text("DROP SCHEMA public CASCADE"))
            conn.execute(text("CREATE SCHEMA public"))
        engine.dispose()
    migrations.upgrade(url)
    services = open_services(url)
    services.routes.seed(load_routes(), load_topics())
    services.release.subscriptions.allow_private = True
    services.release.add_sink("webhooks", WebhookSink(services.db, render_version, allow_private=True, timeout=10))
    dispatcher = services.release.dispatcher_for(workers=workers, lease=60)
    assert Base  # the tables exist
    return services, dispatcher


def subscribe(services, urls: list[str]) -> None:
    from statements.keys import hash_token

    for start in range(0, len(urls), 20):  # a key holds at most 20 subscriptions
        _, token = services.keys.create(f"Partner {start // 20}", "partner")
        for url in urls[start : start + 20]:
            services.release.subscriptions.create(hash_token(token), url)


def lift(services, count: int, lead: float) -> datetime:
    """``count`` approved statements, all scheduled for the same second ``lead`` seconds after set-up ends."""
    from statements import Viewer

    editor, approver = Viewer.staff("Bench Editor", "editor"), Viewer.staff("Bench Approver", "approver")
    flow = services.workflow
    ready = []
    for n in range(count):
        view = flow.create_draft({"title": f"Bench lift {n}", "body": "Words for partners."}, editor)
        view = flow.submit(view.slug, view.revision, editor)
        ready.append(flow.approve(view.slug, view.revision, approver))
    # time to schedule them all first (a publish_at already past is refused): a generous 0.3 s each
    when = datetime.now(UTC).replace(microsecond=0) + timedelta(seconds=lead + 1 + 0.3 * count)
    for view in ready:
        flow.publish(view.slug, view.revision, approver, when)
    return when


def wait(receiver: Receiver, prefix: str, expected: int, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while receiver.count(prefix) < expected and time.monotonic() < deadline:
        time.sleep(0.02)


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def report(name: str, delays: list[float], expected: int) -> None:
    if not delays:
        print(f"{name}: nothing delivered (expected {expected})")
        return
    span = max(delays) - min(delays) if len(delays) > 1 else 0.0
    rate = len(delays) / span if span > 0 else float("nan")
    print(f"{name}: {len(delays)}/{expected} delivered; from publish_at p50 {statistics.median(delays):.2f} s, "
          f"p99 {percentile(delays, 99):.2f} s, max {max(delays):.2f} s; {rate:.0f} deliveries/s")  # fmt: skip


def run(url: str, scenario: str, workers: int) -> None:
    services, dispatcher = open_desk(url, workers)
    receiver = Receiver()
    try:
        if scenario == "fanout":
            subscribe(services, [f"{receiver.base}/ok/{n}" for n in range(1000)])
            dispatcher.start()
            when = lift(services, 1, 2)
            wait(receiver, "/ok", 1000, 60)
            report("1,000 subscriptions, 1 lift", [t - when.timestamp() for t in receiver.times("/ok")], 1000)
        elif scenario == "burst":
            subscribe(services, [f"{receiver.base}/ok/{n}" for n in range(100)])
            dispatcher.start()
            when = lift(services, 100, 2)
            wait(receiver, "/ok", 10_000, 300)
            report("100 subscriptions, 100 lifts", [t - when.timestamp() for t in receiver.times("/ok")], 10_000)
        else:
            subscribe(services, [f"{receiver.base}/hang"] + [f"{receiver.base}/ok/{n}" for n in range(99)])
            dispatcher.start()
            when = lift(services, 10, 2)
            wait(receiver, "/ok", 990, 120)
            report("99 healthy beside 1 hanging (30 s), 10 lifts",
                   [t - when.timestamp() for t in receiver.times("/ok")], 990)  # fmt: skip
            print(f"  the hanging receiver had {receiver.count('/hang')} request(s) open or done meanwhile")
    finally:
        dispatcher.stop()
        receiver.server.shutdown()
        services.db.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", help="default: SQLite in a temporary directory")
    parser.add_argument("--scenario", choices=("fanout", "burst", "hang", "all"), default="all")
    parser.add_argument("--workers", type=int, default=32)
    args = parser.parse_args()
    scenarios = ("fanout", "burst", "hang") if args.scenario == "all" else (args.scenario,)
    for scenario in scenarios:
        with tempfile.TemporaryDirectory() as tmp:
            url = args.database_url or f"sqlite:///{Path(tmp) / 'bench.db'}"
            run(url, scenario, args.workers)


if __name__ == "__main__":
    main()
