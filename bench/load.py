"""A bounded load test on loopback: many clients at once against gunicorn, while an editor keeps publishing.

    python -m bench.load                    # 50 clients, 60 s, gunicorn --workers 4, 2000 statements
    python -m bench.load --clients 20 --seconds 15 --statements 500 --json /tmp/load.json

What it does, all on 127.0.0.1, and it stops by itself (a hard alarm ends it if anything hangs):
1. seeds N published statements into a fresh SQLite database and builds the index (``bench.api.seed``);
2. starts ``pressline serve --workers 4`` with ``SLACK_SIGNING_SECRET`` set and ``SLACK_API_URL`` pointing at
   a local sink, so nothing leaves the machine; every ``response_url`` points at the same sink;
3. measures the trivial endpoint's ceiling (``/healthz``) with the same clients, same server, same run;
4. runs the mix for ``--seconds``: partner item GETs (half with ``If-None-Match``) and list GETs, searches,
   and ``/press`` slash commands signed as Slack signs them (``slack_sdk.signature.SignatureVerifier``), while
   an editor publishes a new version of a public statement every 2 s through the API (edit, submit, approve,
   publish) and a watcher times how long each new version takes to become searchable.

Figures: requests/s, p50/p99 per kind, errors (any unexpected status, exception or missing Slack answer),
the slowest slash command (sent until its answer reached ``response_url``), publish cycle and freshness.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from datetime import UTC, datetime
from http.server import ThreadingHTTPServer
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


from bench.api import ensure_index, free_port, seed  # noqa: E402
from bench.load_clients import HOST, SECRET, Editor, Sink, call, client_process  # noqa: E402

MIX = "item=40,list=10,search=30,slash=20"  # weights of each kind of request in the mixed phase
MAX_SECONDS, MAX_CLIENTS = 300, 200


# -- set-up -------------------------------------------------------------------------------------------------------


def prepare(data_dir: Path, statements: int, seed_value: int) -> dict:
    shutil.rmtree(data_dir, ignore_errors=True)
    meta = seed(data_dir, statements, seed_value)
    indexed = ensure_index(data_dir)
    from statements import open_services
    from statements.db import sqlite_url

    services = open_services(sqlite_url(data_dir))
    keys = {
        "partners": [services.keys.create(f"Partner {n}", "partner")[1] for n in range(5)],
        "editor": services.keys.create("Load Editor", "editor")[1],
        "approver": services.keys.create("Load Approver", "approver")[1],
    }
    topics = [t.slug for t in services.catalogue.topics(services_viewer())]
    services.db.dispose()
    return meta | {"keys": keys, "topics": topics, "indexed_s": indexed}


def services_viewer():
    from statements import Viewer

    return Viewer.partner("Load")


def start_server(data_dir: Path, port: int, workers: int, sink_port: int, redis: str | None) -> subprocess.Popen:
    env = {
        **os.environ, "PRESSLINE_DATA_DIR": str(data_dir), "PRESSLINE_SECRET_KEY": "load",
        "PRESSLINE_RATE_LIMITS": "100000000 per minute", "SLACK_SIGNING_SECRET": SECRET,
        "SLACK_API_URL": f"http://{HOST}:{sink_port}/api/",
    }  # fmt: skip
    for name in ("PRESSLINE_DATABASE_URL", "PRESSLINE_INDEX_DIR", "SLACK_BOT_TOKEN", "SLACK_NOTIFY_CHANNEL",
                 "TEAMS_NOTIFY_WEBHOOK_URL"):  # fmt: skip
        env.pop(name, None)
    if redis:
        env["PRESSLINE_RATELIMIT_STORAGE_URL"] = redis
    log = (data_dir / "serve.log").open("wb")
    process = subprocess.Popen(
        [sys.executable, "-c", "from api.cli import main; main()", "serve", "--host", HOST, "--port", str(port),
         "--workers", str(workers)],
        env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=log, start_new_session=True,
    )  # fmt: skip
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            if call(port, "GET", "/readyz", None)[0] == 200:
                return process
        except OSError:
            time.sleep(0.2)
    stop_server(process)
    raise SystemExit(f"the server did not become ready; see {data_dir / 'serve.log'}")


def stop_server(process: subprocess.Popen) -> None:
    try:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(20)
    except ProcessLookupError:
        return
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(5)


def worker_rss_mb(master: int) -> list[int]:
    """Resident memory of each gunicorn worker (children of the master), in MB."""
    out = subprocess.run(["ps", "-o", "rss=", "--ppid", str(master)], capture_output=True, text=True).stdout
    return sorted(int(line) // 1024 for line in out.split())


def targets(port: int, meta: dict, partner: str) -> dict:
    """What partners ask for, with the ETags they would hold from an earlier visit."""
    items = []
    for slug in meta["public_slugs"][:300]:
        status, headers, _ = call(port, "GET", f"/api/v1/statements/{slug}", partner)
        if status == 200:
            items.append((slug, headers.get("ETag", "")))
    lists = {}
    for topic in meta["topics"]:
        status, headers, _ = call(port, "GET", f"/api/v1/statements?topic={quote(topic)}", partner)
        if status == 200 and headers.get("ETag"):
            lists[topic] = headers["ETag"]
    return {"items": items, "lists": lists}


# -- running and reporting ---------------------------------------------------------------------------------------


def phase(pool, procs: int, clients: int, seconds: float, base: dict, trivial: bool) -> tuple[list[tuple], float]:
    deadline = time.monotonic() + seconds
    per = [clients // procs + (1 if n < clients % procs else 0) for n in range(procs)]
    jobs = [base | {"threads": t, "seed": n + 1, "deadline": deadline, "trivial": trivial} for n, t in enumerate(per)]
    started = time.monotonic()
    results = pool.map(client_process, jobs)
    return [s for r in results for s in r], time.monotonic() - started


def pct(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(round(p / 100 * (len(ordered) - 1)), len(ordered) - 1)]


def summarise(samples: list[tuple], elapsed: float, arrivals: dict[str, tuple[float, bool]]) -> dict:
    kinds: dict[str, dict] = {}
    for kind in sorted({s[0] for s in samples}):
        mine = [s for s in samples if s[0] == kind]
        latencies = [s[2] for s in mine]
        statuses: dict[int, int] = {}
        for s in mine:
            statuses[s[3]] = statuses.get(s[3], 0) + 1
        kinds[kind] = {
            "requests": len(mine), "rps": len(mine) / elapsed, "p50_ms": 1000 * pct(latencies, 50),
            "p99_ms": 1000 * pct(latencies, 99), "max_ms": 1000 * max(latencies),
            "errors": sum(not s[4] for s in mine), "statuses": statuses,
        }  # fmt: skip
    slash = [s for s in samples if s[0] == "slash" and s[4]]
    trips, missing, failed = [], 0, 0
    for _, sent, _, _, _, path in slash:
        arrival = arrivals.get(path)
        if arrival is None:
            missing += 1
            continue
        trips.append(arrival[0] - sent)
        failed += arrival[1]
    if "slash" in kinds:
        kinds["slash"] |= {
            "answer_p50_ms": 1000 * pct(trips, 50), "answer_p99_ms": 1000 * pct(trips, 99),
            "slowest_answer_ms": 1000 * max(trips, default=float("nan")), "answers_missing": missing,
            "answers_failed": failed,
        }  # fmt: skip
        kinds["slash"]["errors"] += missing + failed
    total = len(samples)
    return {"requests": total, "rps": total / elapsed, "errors": sum(k["errors"] for k in kinds.values()),
            "kinds": kinds, "seconds": elapsed}  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--ceiling-seconds", type=float, default=10.0)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--statements", type=int, default=2000)
    parser.add_argument("--publish-every", type=float, default=2.0)
    parser.add_argument(
        "--think",
        type=float,
        default=0.0,
        help="mean pause (s) between one client's requests in the mixed phase; 0: back to back",
    )
    parser.add_argument("--mix", default=MIX, help=f"weights per kind (default {MIX})")
    parser.add_argument("--processes", type=int, default=min(10, os.cpu_count() * 4 or 4),
                        help="client processes the clients are spread over (threads within each)")  # fmt: skip
    parser.add_argument("--redis", help="rate-limit storage URL for the server (default: per-process memory)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--dir", type=Path, default=Path("/tmp/pressline-load"))
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()
    if not (0 < args.seconds <= MAX_SECONDS and 0 < args.clients <= MAX_CLIENTS):
        parser.error(f"--seconds must be in (0, {MAX_SECONDS}] and --clients in (0, {MAX_CLIENTS}]")
    mix = [(kind, int(weight)) for kind, _, weight in (part.partition("=") for part in args.mix.split(","))]
    if not {kind for kind, _ in mix} <= {"item", "list", "search", "slash"}:
        parser.error("--mix kinds: item, list, search, slash")
    signal.alarm(int(args.seconds + args.ceiling_seconds + 600))  # the whole run, seeding included, is bounded

    load_before = os.getloadavg()[0]  # other work on the machine skews every figure: report it
    data_dir = args.dir / str(args.statements)
    meta = prepare(data_dir, args.statements, args.seed)
    print(f"seeded {args.statements} statements in {meta['insert_s']:.1f}s; index built in {meta['indexed_s']:.1f}s")
    procs = max(1, min(args.processes, args.clients))
    pool = multiprocessing.get_context("fork").Pool(procs)  # forked before any thread of ours starts
    sink = ThreadingHTTPServer((HOST, 0), Sink)
    threading.Thread(target=sink.serve_forever, daemon=True).start()
    port = free_port()
    server = start_server(data_dir, port, args.workers, sink.server_port, args.redis)
    try:
        base = {"port": port, "sink_port": sink.server_port, "partner_keys": meta["keys"]["partners"],
                "queries": meta["queries"], "topics": meta["topics"], "mix": mix, "think": args.think}  # fmt: skip
        base |= targets(port, meta, meta["keys"]["partners"][0])
        with pool:
            phase(pool, procs, min(args.clients, 10), 3.0, base, trivial=False)  # warm every worker
            ceiling_samples, ceiling_s = phase(pool, procs, args.clients, args.ceiling_seconds, base, trivial=True)
            ceiling = summarise(ceiling_samples, ceiling_s, {})
            Sink.arrivals.clear()
            editor = Editor(port, meta["keys"]["editor"], meta["keys"]["approver"], meta["public_slugs"][:5],
                            args.publish_every, time.monotonic() + args.seconds)  # fmt: skip
            editor.start()
            samples, elapsed = phase(pool, procs, args.clients, args.seconds, base, trivial=False)
            editor.join(30)
        time.sleep(3)  # the last slash answers
        rss_mb = worker_rss_mb(server.pid)
        mixed = summarise(samples, elapsed, dict(Sink.arrivals))
    finally:
        stop_server(server)
        sink.shutdown()
        pool.terminate()
    report = {
        "at": datetime.now(UTC).isoformat(timespec="seconds"), "cpus": os.cpu_count(), "workers": args.workers,
        "load_before": load_before, "load_after": os.getloadavg()[0],
        "clients": args.clients, "seconds": args.seconds, "statements": args.statements, "think": args.think,
        "ceiling": ceiling, "mixed": mixed, "worker_rss_mb": rss_mb, "errors": mixed["errors"] + len(editor.errors),
        "editor": {"publishes": len(editor.cycles), "cycle_p50_ms": 1000 * pct(editor.cycles, 50),
                   "cycle_max_ms": 1000 * max(editor.cycles, default=float("nan")),
                   "fresh_p50_ms": 1000 * pct(editor.freshness, 50),
                   "fresh_max_ms": 1000 * max(editor.freshness, default=float("nan")), "errors": editor.errors},
    }  # fmt: skip
    print_report(report)
    if args.json:
        args.json.write_text(json.dumps(report, indent=2))


def print_report(report: dict) -> None:
    ceiling, mixed, editor = report["ceiling"], report["mixed"], report["editor"]
    print(f"\ngunicorn --workers {report['workers']}, {report['clients']} clients (think {report['think']}s), "
          f"{report['cpus']} CPUs, "
          f"{report['statements']} statements; load average {report['load_before']:.1f} before, "
          f"{report['load_after']:.1f} after")  # fmt: skip
    print(f"ceiling  /healthz alone: {ceiling['rps']:.0f} req/s, p50 {ceiling['kinds']['trivial']['p50_ms']:.1f} ms, "
          f"p99 {ceiling['kinds']['trivial']['p99_ms']:.1f} ms, errors {ceiling['errors']}")  # fmt: skip
    print(f"mixed    {mixed['rps']:.0f} req/s over {mixed['seconds']:.0f}s ({mixed['rps'] / ceiling['rps']:.0%} of the "
          f"ceiling), errors {mixed['errors']} of {mixed['requests']}")  # fmt: skip
    print(f"{'kind':<8} {'req/s':>7} {'p50 ms':>8} {'p99 ms':>8} {'max ms':>8} {'errors':>6}  statuses")
    for kind, k in mixed["kinds"].items():
        print(f"{kind:<8} {k['rps']:>7.1f} {k['p50_ms']:>8.1f} {k['p99_ms']:>8.1f} {k['max_ms']:>8.1f} "
              f"{k['errors']:>6}  {k['statuses']}")  # fmt: skip
    slash = mixed["kinds"].get("slash")
    if slash:
        print(f"slash answers at response_url: p50 {slash['answer_p50_ms']:.0f} ms, "
              f"p99 {slash['answer_p99_ms']:.0f} ms, slowest {slash['slowest_answer_ms']:.0f} ms; "
              f"missing {slash['answers_missing']}, failed {slash['answers_failed']}")  # fmt: skip
    print(f"errors in all: {report['errors']}; worker memory (RSS MB): {report['worker_rss_mb']}")
    print(f"editor: {editor['publishes']} publishes, cycle p50 {editor['cycle_p50_ms']:.0f} ms max "
          f"{editor['cycle_max_ms']:.0f} ms; searchable after p50 {editor['fresh_p50_ms']:.0f} ms max "
          f"{editor['fresh_max_ms']:.0f} ms; errors {len(editor['errors'])} {editor['errors'][:3]}")  # fmt: skip


if __name__ == "__main__":
    main()
