"""API benchmark: requests per second and latency under gunicorn, for a published item GET (200 and 304) and
a search, against a trivial endpoint of the same app in the same run (the ratio is the figure).

    python -m bench.api --statements 10000 [--workers 2 4] [--clients 4] [--seconds 10] [--reuse]
                        [--dir /tmp/pressline-api-bench] [--json FILE]

Seeds N published statements (generated text from ``bench.corpus``) straight into a migrated SQLite database
(the workflow's four audited writes per statement would take minutes), builds the search index with
``SearchIndex.rebuild()``, then for each worker count starts gunicorn as ``pressline serve`` does (sync
workers, access log off) and drives it from ``--clients`` client processes, one request at a time each,
for ``--seconds`` per scenario. "item 200/304" ask for 20 popular statements (the read cache answers);
"item cold" for thousands of others once each (the catalogue answers); "list by topic" pages through the
partner list filtered by each topic (200 distinct URLs, mostly past the read cache). Targets: item GET >= 60% of the
trivial endpoint's throughput; search p99 under 100 ms at 10k statements.
"""

from __future__ import annotations

import argparse
import http.client
import json
import multiprocessing
import os
import random
import shutil
import signal
import socket
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import quote

SCENARIOS = ("trivial", "item 200", "item 304", "item cold", "search", "list by topic")
HOT = 20  # statements a partner site keeps asking for


# -- seeding -------------------------------------------------------------------------------------------------


def seed(data_dir: Path, count: int, seed_value: int) -> dict:
    """Migrate, load the registry, insert ``count`` published statements, build the index."""
    import migrations
    from bench.corpus import Generator
    from statements import open_services
    from statements.db import sqlite_url
    from statements.models import Quote, Statement, Topic, Version, VersionRoute
    from statements.registry import load_routes, load_topics

    data_dir.mkdir(parents=True)
    url = sqlite_url(data_dir)
    migrations.upgrade(url)
    services = open_services(url)
    services.routes.seed(load_routes(), load_topics())
    started = time.perf_counter()
    views = list(Generator(seed_value).statements(count))
    with services.db.writing() as session:
        topics = {t.slug: t for t in session.query(Topic)}
        for view in views:
            for slug in view.topics:
                if slug not in topics:
                    topics[slug] = Topic(slug=slug, name=slug.replace("-", " ").capitalize())
                    session.add(topics[slug])
        for view in views:
            statement = Statement(slug=view.slug, revision=4, created_at=view.created_at, updated_at=view.updated_at)
            version = Version(
                statement=statement, number=1, status="published", kind=view.kind, audience=view.audience,
                title=view.title, summary=view.summary, body=view.body, change_note="", author="Bench Editor",
                contributors=["Bench Editor"], created_at=view.created_at, updated_at=view.updated_at,
                approved_by="Bench Approver", approved_at=view.approved_at, publish_at=view.publish_at,
            )  # fmt: skip
            version.topics = [topics[slug] for slug in view.topics]
            version.quotes = [Quote(position=i, text=q.text, speaker=q.speaker, role=q.role)
                              for i, q in enumerate(view.quotes)]  # fmt: skip
            version.route_links = [VersionRoute(route_id=r.id, position=i) for i, r in enumerate(view.reporting_routes)]
            session.add(statement)
    inserted = time.perf_counter() - started
    public = [v.slug for v in views if v.audience == "public"]
    words = _query_words(views, seed_value)
    services.db.dispose()
    meta = {"statements": count, "public_slugs": public, "queries": words, "insert_s": inserted}
    (data_dir / "bench.json").write_text(json.dumps(meta))
    return meta


def ensure_index(data_dir: Path) -> float | None:
    """Build the search index unless a readable one is there (seconds taken, or None if kept)."""
    from index import SearchIndex
    from statements import open_services
    from statements.db import sqlite_url

    services = open_services(sqlite_url(data_dir))
    index = SearchIndex(data_dir / "index", services.catalogue, services.changes, ensure=False)
    try:
        generation = index.store.current()
        if generation is not None:
            with index.store.open(generation).searcher():
                return None
    except Exception:
        pass
    started = time.perf_counter()
    index.rebuild()
    index.close()
    services.db.dispose()
    return time.perf_counter() - started


def _query_words(views, seed_value: int) -> list[str]:
    from bench.corpus import content_words

    rnd = random.Random(seed_value)
    public = [v for v in views if v.audience == "public"]
    queries = []
    for _ in range(300):
        words = content_words(rnd.choice(public))
        queries.append(" ".join(rnd.sample(words, rnd.choice((1, 1, 2)))) if len(words) > 2 else "police")
    return queries


# -- load ----------------------------------------------------------------------------------------------------


def _client(args: tuple[str, int, list[tuple[str, dict]], float, int]) -> list[tuple[float, int]]:
    host, port, requests, seconds, seed_value = args
    rnd = random.Random(seed_value)
    connection = http.client.HTTPConnection(host, port, timeout=30)
    samples: list[tuple[float, int]] = []
    deadline = time.perf_counter() + seconds
    while time.perf_counter() < deadline:
        path, headers = rnd.choice(requests)
        started = time.perf_counter()
        try:
            connection.request("GET", path, headers=headers)
            response = connection.getresponse()
            response.read()
            status = response.status
            if response.getheader("Connection", "").lower() == "close":
                connection.close()
        except (OSError, http.client.HTTPException):
            connection.close()
            status = 0
        samples.append((time.perf_counter() - started, status))
    connection.close()
    return samples


def drive(pool, port: int, requests: list[tuple[str, dict]], clients: int, seconds: float) -> dict:
    started = time.perf_counter()
    results = pool.map(_client, [("127.0.0.1", port, requests, seconds, n) for n in range(clients)])
    elapsed = time.perf_counter() - started
    samples = [s for result in results for s in result]
    latencies = sorted(latency for latency, _ in samples)
    statuses: dict[int, int] = {}
    for _, status in samples:
        statuses[status] = statuses.get(status, 0) + 1
    return {
        "requests": len(samples),
        "rps": len(samples) / elapsed,
        "p50_ms": 1000 * pct(latencies, 50),
        "p99_ms": 1000 * pct(latencies, 99),
        "statuses": statuses,
    }


def pct(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    return values[min(round(p / 100 * (len(values) - 1)), len(values) - 1)]


def scenario_requests(port: int, meta: dict) -> dict[str, list[tuple[str, dict]]]:
    from statements.registry import load_topics

    topics = [topic.slug for topic in load_topics()]
    slugs = meta["public_slugs"][:HOT]
    cold = meta["public_slugs"][HOT:]
    etags = {}
    for slug in slugs:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        connection.request("GET", f"/api/v1/statements/{slug}")
        response = connection.getresponse()
        response.read()
        etags[slug] = response.getheader("ETag")
        connection.close()
    return {
        "trivial": [("/healthz", {})],
        "item 200": [(f"/api/v1/statements/{slug}", {}) for slug in slugs],
        "item 304": [(f"/api/v1/statements/{slug}", {"If-None-Match": etags[slug]}) for slug in slugs],
        "item cold": [(f"/api/v1/statements/{slug}", {}) for slug in cold],
        "search": [(f"/api/v1/search?q={quote(q)}", {}) for q in meta["queries"]],
        "list by topic": [(f"/api/v1/statements?topic={t}&offset={20 * n}", {}) for t in topics for n in range(10)],
    }


# -- gunicorn ------------------------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_gunicorn(data_dir: Path, workers: int, port: int) -> subprocess.Popen:
    env = {
        **os.environ, "PRESSLINE_DATA_DIR": str(data_dir), "PRESSLINE_SECRET_KEY": "bench",
        "PRESSLINE_RATE_LIMITS": "10000000 per minute",
    }  # fmt: skip
    env.pop("PRESSLINE_DATABASE_URL", None)
    env.pop("PRESSLINE_INDEX_DIR", None)
    process = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "--workers", str(workers), "--bind", f"127.0.0.1:{port}",
         "--timeout", "60", "api.wsgi:app"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            connection.request("GET", "/readyz")
            if connection.getresponse().status == 200:
                return process
        except OSError:
            time.sleep(0.2)
    process.kill()
    raise SystemExit("gunicorn did not become ready")


def stop(process: subprocess.Popen) -> None:
    process.send_signal(signal.SIGTERM)
    try:
        process.wait(20)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(5)


# -- main ----------------------------------------------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--statements", type=int, default=10_000)
    parser.add_argument("--workers", type=int, nargs="+", default=[2, 4])
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--dir", type=Path, default=Path("/tmp/pressline-api-bench"))
    parser.add_argument("--reuse", action="store_true", help="keep an already seeded data directory")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()

    data_dir = args.dir / str(args.statements)
    if args.reuse and (data_dir / "bench.json").exists():
        meta = json.loads((data_dir / "bench.json").read_text())
        print(f"reusing {data_dir}")
    else:
        shutil.rmtree(data_dir, ignore_errors=True)
        meta = seed(data_dir, args.statements, args.seed)
        print(f"seeded {args.statements} statements in {meta['insert_s']:.1f}s")
    indexed = ensure_index(data_dir)
    if indexed is not None:
        print(f"built the search index in {indexed:.1f}s ({args.statements / indexed:.0f} statements/s)")

    report = {"statements": args.statements, "clients": args.clients, "seconds": args.seconds, "cpus": os.cpu_count(),
              "at": datetime.now(UTC).isoformat(timespec="seconds"), "runs": {}}  # fmt: skip
    with multiprocessing.get_context("spawn").Pool(args.clients) as pool:
        for workers in args.workers:
            port = free_port()
            process = start_gunicorn(data_dir, workers, port)
            try:
                requests = scenario_requests(port, meta)
                drive(pool, port, requests["trivial"], args.clients, 1.0)  # warm every worker
                runs = {name: drive(pool, port, requests[name], args.clients, args.seconds) for name in SCENARIOS}
            finally:
                stop(process)
            report["runs"][workers] = runs
            print(f"\ngunicorn --workers {workers}, {args.clients} clients, {args.seconds:.0f}s each")
            print(f"{'scenario':<13} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} {'vs trivial':>10}  statuses")
            for name in SCENARIOS:
                run = runs[name]
                ratio = run["rps"] / runs["trivial"]["rps"]
                print(f"{name:<13} {run['rps']:>8.0f} {run['p50_ms']:>8.1f} {run['p99_ms']:>8.1f} {ratio:>9.0%}  "
                      f"{run['statuses']}")  # fmt: skip
    if args.json:
        args.json.write_text(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
