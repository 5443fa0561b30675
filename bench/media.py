"""Release-email benchmark: one statement lifting to a media list of 5,000 recipients, one message each, over
SMTP to a local aiosmtpd sink in a separate process; and whether choosing lists slows the publish down.

    python -m bench.media [--recipients 5000] [--workers 32] [--database-url postgresql+psycopg://...]

Reports messages per second, the time from ``publish_at`` to the first and the last accepted message (target:
the last within 60 s), and the publish call's latency with and without lists (target: the same). The real
dispatcher and media sink run in this process (SQLite by default, in a temporary directory).
"""

from __future__ import annotations

import argparse
import multiprocessing
import secrets
import statistics
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any


def sink_process(port: Any, accepted: Any, first: Any, last: Any, stop: Any) -> None:
    """An SMTP server that accepts everything and counts it (its own process: a mail server is elsewhere)."""
    from tests.mailbox import LoopbackController

    class Counter:
        async def handle_DATA(self, server, session, envelope) -> str:
            now = time.time()
            with accepted.get_lock():
                accepted.value += 1
                if not first.value:
                    first.value = now
                last.value = now
            return "250 2.0.0 OK"

    controller = LoopbackController(Counter())
    controller.start()
    port.value = controller.port
    stop.wait()
    controller.stop()


def open_desk(url: str, workers: int, smtp_port: int):
    import migrations
    from statements import open_services
    from statements.media.compose import Letterhead
    from statements.media.smtp import Mailer, parse_smtp_url
    from statements.registry import load_routes, load_topics

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
    head = Letterhead("Bench Press Office <press@bench.example.org>", "Press office: 01632 960000",
                      "https://press.bench.example.org")  # fmt: skip
    mailer = Mailer(parse_smtp_url(f"smtp://127.0.0.1:{smtp_port}"), local_hostname=head.domain)
    services.release.add_sink("media", services.media.sink(mailer, head))
    return services, services.release.dispatcher_for(workers=workers, lease=120)


def media_list(services, count: int) -> int:
    from sqlalchemy import insert

    from statements.media.models import Contact, ListMember, MediaList

    now = datetime.now(UTC)
    with services.db.writing() as session:
        session.execute(insert(Contact), [
            {"name": f"Reporter {n}", "email": f"reporter{n}@paper{n % 97}.example.com", "outlet": "", "phone": "",
             "topics": [], "notes": "", "do_not_send": False, "unsubscribe_token": secrets.token_urlsafe(32),
             "created_at": now, "updated_at": now} for n in range(count)
        ])  # fmt: skip
        listed = MediaList(name="Everyone", description="", created_at=now, updated_at=now)
        session.add(listed)
        session.flush()
        ids = session.scalars(Contact.__table__.select().with_only_columns(Contact.id)).all()
        session.execute(insert(ListMember), [{"list_id": listed.id, "contact_id": i} for i in ids])
        return listed.id


def approved(services, n: int):
    from statements import Viewer

    editor, approver = Viewer.staff("Bench Editor", "editor"), Viewer.staff("Bench Approver", "approver")
    flow = services.workflow
    body = "Police are warning residents about a courier scam. Never hand your bank card to anyone at the door."
    view = flow.create_draft({"title": f"Courier fraud warning {n}", "body": body, "summary": "Hang up.",
                              "quotes": [{"text": "Call us on 101.", "speaker": "Jane Smith",
                                          "role": "Detective Inspector"}]}, editor)  # fmt: skip
    view = flow.submit(view.slug, view.revision, editor)
    return flow.approve(view.slug, view.revision, approver), approver


def publish_latency(services, list_id: int, repeats: int) -> dict[str, list[float]]:
    """Publish calls timed alternately with and without lists (scheduled a day ahead: nothing is sent)."""
    later = datetime.now(UTC) + timedelta(days=1)
    timings: dict[str, list[float]] = {"without lists": [], "with lists": []}
    for n in range(repeats * 2):
        view, approver = approved(services, n)
        lists = [list_id] if n % 2 else None
        started = time.perf_counter()
        services.workflow.publish(view.slug, view.revision, approver, later, lists)
        timings["with lists" if lists else "without lists"].append((time.perf_counter() - started) * 1000)
    return timings


def run(url: str, recipients: int, workers: int, repeats: int) -> None:
    port, accepted = multiprocessing.Value("i", 0), multiprocessing.Value("i", 0)
    first, last, stop = multiprocessing.Value("d", 0.0), multiprocessing.Value("d", 0.0), multiprocessing.Event()
    server = multiprocessing.Process(target=sink_process, args=(port, accepted, first, last, stop), daemon=True)
    server.start()
    while not port.value:
        time.sleep(0.01)
    services, dispatcher = open_desk(url, workers, port.value)
    try:
        list_id = media_list(services, recipients)
        for name, values in publish_latency(services, list_id, repeats).items():
            print(f"publish call {name}: p50 {statistics.median(values):.1f} ms, max {max(values):.1f} ms "
                  f"({len(values)} publishes)")  # fmt: skip
        view, approver = approved(services, 999_999)
        dispatcher.start()
        when = datetime.now(UTC).replace(microsecond=0) + timedelta(seconds=3)
        services.workflow.publish(view.slug, view.revision, approver, when, [list_id])
        deadline = time.monotonic() + 300
        while accepted.value < recipients and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(1.0)  # anything doubled would arrive now
        lift = when.timestamp()
        count = accepted.value
        span = last.value - first.value
        print(f"{recipients:,} recipients: {count:,} messages accepted; first {first.value - lift:.2f} s and last "
              f"{last.value - lift:.2f} s after publish_at; {count / span if span else float('nan'):.0f} "
              f"messages/s over {span:.1f} s")  # fmt: skip
    finally:
        dispatcher.stop()
        stop.set()
        server.join(5)
        services.db.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", help="default: SQLite in a temporary directory")
    parser.add_argument("--recipients", type=int, default=5000)
    parser.add_argument("--workers", type=int, default=32)
    parser.add_argument("--repeats", type=int, default=20, help="publishes timed with lists, and as many without")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        url = args.database_url or f"sqlite:///{Path(tmp) / 'bench.db'}"
        run(url, args.recipients, args.workers, args.repeats)


if __name__ == "__main__":
    main()
