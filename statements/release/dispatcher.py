"""The outbox dispatcher: runs inside every serving process, fans due events out and delivers them.

One loop thread per process (started by the app factory when serving) does three things on each pass:

1. **Fan out** events whose ``due_at`` has passed: one ``deliveries`` row per sink target, in one transaction.
   The loop sleeps until the next event falls due (at most ``interval``), so a lift fires within a second of
   ``publish_at``; an event missed while no node ran fires on the next start and records how late it was.
2. **Claim** ready deliveries by setting a lease (``lease_until``) in a short transaction. On PostgreSQL the
   rows are selected ``FOR UPDATE SKIP LOCKED``, so nodes never claim the same row; a node killed mid-delivery
   leaves its lease to run out, and another node takes the row again. On SQLite only the process holding the
   lock file (``lock_path``) delivers; the others stand by and take over when it exits.
3. **Deliver** on a pool of worker threads, one task per target, so a receiver that hangs holds one thread
   (up to the sink's timeout) and delays nobody else; results are recorded in batches by the loop.

Delivery is at least once: a repeat happens only if a node dies between the receiver's answer and the record.
"""

from __future__ import annotations

import fcntl
import logging
import os
import queue
import socket
import threading
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import IO

from sqlalchemy import ColumnElement, func, insert, or_, select, update
from sqlalchemy.orm import Session

from ..clock import Clock, utcnow
from ..db import Database
from ..errors import Unavailable
from ..views import VersionView, version_view
from ..visibility import current_number, statement_by_slug
from .models import PUBLISHED, UPDATED, Delivery, ReleaseEvent, Subscription
from .recording import Job, Policy, Result, record_batch
from .sinks import Outcome, Release, Sink

log = logging.getLogger(__name__)

#: seconds to wait after each failed attempt: 8 attempts over about 27.6 hours (the Standard Webhooks schedule)
RETRY_DELAYS = (5, 300, 1800, 7200, 18000, 36000, 36000)
LATE_WARNING = 5.0  # seconds; a lift later than this is logged as missed


@dataclass
class _Task:
    target: str
    jobs: list[Job] = field(default_factory=list)


class Dispatcher:
    def __init__(
        self,
        db: Database,
        sinks: Callable[[], Sequence[Sink]],
        clock: Clock = utcnow,
        *,
        workers: int = 32,
        lease: float = 60.0,
        interval: float = 0.25,
        batch: int = 500,
        retry_delays: Sequence[float] = RETRY_DELAYS,
        pause_after: int = 10,
        lock_path: str | None = None,
        node: str | None = None,
    ) -> None:
        self.db = db
        self.sinks = sinks
        self.clock = clock
        self.workers = workers
        self.lease = timedelta(seconds=lease)
        self.interval = interval
        self.batch = batch
        self.retry_delays = tuple(retry_delays)
        self.pause_after = pause_after
        self.lock_path = lock_path
        self.node = node or f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}"
        self._busy: set[str] = set()
        self._results: queue.Queue[Result | str] = queue.Queue()
        self._tasks: queue.Queue[_Task | None] = queue.Queue()
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._pool: list[threading.Thread] = []
        self._lock_file: IO[str] | None = None
        self._next_due: datetime | None = None

    # -- running -------------------------------------------------------------------------------------------

    def start(self) -> None:
        """Start the loop thread and the worker pool (daemon threads: they never hold a process open)."""
        if self._thread is not None and self._thread.is_alive():
            return
        self._stop.clear()
        self._pool = [
            threading.Thread(target=self._work, name=f"pressline-release-{i}", daemon=True) for i in range(self.workers)
        ]
        for thread in self._pool:
            thread.start()
        self._thread = threading.Thread(target=self._loop, name="pressline-release", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        self._wake.set()
        for _ in self._pool:
            self._tasks.put(None)
        if self._thread is not None:
            self._thread.join(timeout)
        if self._lock_file is not None:
            self._lock_file.close()
            self._lock_file = None
        for sink in self.sinks():
            sink.close()

    def wake(self) -> None:
        """Look for due work now (called after a local write, so a publish-now goes out at once)."""
        self._wake.set()

    def _loop(self) -> None:
        while not self._stop.is_set():
            wait = self.interval
            if self._leading():
                try:
                    self.step()
                    wait = self._wait()
                except Unavailable:
                    log.warning("release dispatcher: database unavailable; retrying")
                    wait = 1.0
                except Exception:  # keep the loop alive whatever one pass meets
                    log.exception("release dispatcher pass failed")
                    wait = 1.0
            else:
                wait = 1.0
            self._wake.wait(wait)
            self._wake.clear()

    def _wait(self) -> float:
        if not self._results.empty():
            return 0.0
        if self._next_due is None:
            return self.interval
        return max(0.0, min(self.interval, (self._next_due - self.clock()).total_seconds()))

    def _leading(self) -> bool:
        """On SQLite, only the process holding the lock file delivers (the kernel frees it when a process dies)."""
        if self.lock_path is None or self._lock_file is not None:
            return True
        handle = open(self.lock_path, "a")  # noqa: SIM115 - held open for the life of the process
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            handle.close()
            return False
        self._lock_file = handle
        log.info("release dispatcher: this process (%s) delivers", self.node)
        return True

    def _work(self) -> None:
        while True:
            task = self._tasks.get()
            if task is None:
                return
            failed = False
            for job in task.jobs:
                if failed:
                    self._results.put(Result(job, None, self.clock()))
                    continue
                started = time.monotonic()
                try:
                    outcome = job.sink.deliver(job.release)
                except Exception as exc:  # a sink that raises is a failed attempt, never a dead worker
                    outcome = Outcome(False, error=f"{type(exc).__name__}: {exc}"[:500])
                latency = int((time.monotonic() - started) * 1000)
                self._results.put(Result(job, outcome, self.clock(), latency))
                failed = not outcome.ok and not outcome.skip
            self._results.put(task.target)
            self._wake.set()

    # -- one pass ------------------------------------------------------------------------------------------

    def step(self) -> int:
        """One pass: record finished deliveries, fan out due events, claim and hand out ready deliveries.
        Returns how many deliveries were handed out."""
        self.record()
        self.fan_out()
        return self.claim()

    def run_until_idle(self, timeout: float = 10.0) -> None:
        """Deliver everything due now, synchronously from the caller's point of view (tests, benchmarks)."""
        if not self._pool:
            self.start_workers_only()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            handed = self.step()
            if not handed and not self._busy and self._results.empty():
                return
            time.sleep(0.005)
        raise TimeoutError("release deliveries still in flight")

    def start_workers_only(self) -> None:
        self._pool = [threading.Thread(target=self._work, daemon=True) for _ in range(self.workers)]
        for thread in self._pool:
            thread.start()

    def fan_out(self) -> int:
        now = self.clock()
        with self.db.reading() as session:
            self._next_due = session.scalar(select(func.min(ReleaseEvent.due_at)).where(_waiting()))
        if self._next_due is None or self._next_due > now:
            return 0
        query = select(ReleaseEvent).where(_waiting(), ReleaseEvent.due_at <= now).order_by(ReleaseEvent.due_at)
        query = query.limit(200)
        if not self.db.is_sqlite:
            query = query.with_for_update(skip_locked=True)
        sinks = list(self.sinks())
        with self.db.transaction() as session:
            events = session.scalars(query).all()
            for event in events:
                self._fan(session, event, now, sinks)
        with self.db.reading() as session:
            self._next_due = session.scalar(select(func.min(ReleaseEvent.due_at)).where(_waiting()))
        return len(events)

    def _fan(self, session: Session, event: ReleaseEvent, now: datetime, sinks: list[Sink]) -> None:
        statement = statement_by_slug(session, event.slug)
        versions = statement.versions if statement is not None else []
        version = next((v for v in versions if v.number == event.version), None)
        if event.type == PUBLISHED:  # a lift: other events (withdrawals, media notices) fire as written
            lift = version.publish_at if version is not None and version.status == "published" else None
            if lift is None or lift > now:
                event.cancelled_at = now
                event.detail = {**(event.detail or {}), "cancelled": "no longer due to go live"}
                return
            earlier = [v for v in versions if v.number < event.version and v.status == "published"]
            event.type = UPDATED if earlier else event.type
        late = max(0.0, (now - event.due_at).total_seconds())
        if late > LATE_WARNING:
            log.warning("%s for %s v%d fires %.0f s late (due %s)", event.type, event.slug, event.version, late,
                        event.due_at.isoformat())  # fmt: skip
        event.fanned_out_at = now
        event.detail = {**(event.detail or {}), "late_seconds": round(late, 3)}
        view = None
        if statement is not None and version is not None:
            view = version_view(version, now, current_number(session, statement.id, now))
        for sink in sinks:
            if event.type not in sink.types:
                continue
            rows = [
                {"event_id": event.id, "target": target.key, "subscription_id": target.subscription_id,
                 "message_id": f"msg_{event.id}_{target.key.replace(':', '_')}", "status": "pending", "attempts": 0,
                 "next_attempt_at": now, "last_error": "", "created_at": now}
                for target in sink.targets(session, event, view)
            ]  # fmt: skip
            if rows:
                session.execute(insert(Delivery), rows)  # one statement per sink, not one per row

    def claim(self) -> int:
        if len(self._busy) >= self.workers * 4:  # enough targets in hand
            return 0
        now = self.clock()
        ready = (
            select(Delivery)
            .where(
                Delivery.status == "pending",
                Delivery.next_attempt_at <= now,
                or_(Delivery.lease_until.is_(None), Delivery.lease_until < now),
                or_(
                    Delivery.subscription_id.is_(None),
                    Delivery.subscription_id.in_(select(Subscription.id).where(Subscription.status == "active")),
                ),
            )
            .order_by(Delivery.next_attempt_at, Delivery.id)
            .limit(self.batch)
        )
        if self._busy:
            ready = ready.where(Delivery.target.not_in(sorted(self._busy)))
        with self.db.reading() as session:
            if session.scalar(ready.with_only_columns(Delivery.id).limit(1)) is None:
                return 0
        if not self.db.is_sqlite:
            ready = ready.with_for_update(skip_locked=True, of=Delivery)
        sinks = {sink.name: sink for sink in self.sinks()}
        tasks: dict[str, _Task] = {}
        with self.db.transaction() as session:
            rows = [r for r in session.scalars(ready).all() if self._sink_for(r.target, sinks) is not None]
            # one UPDATE for the whole batch (row by row, SQLite spent most of a fan-out here)
            session.execute(
                update(Delivery)
                .where(Delivery.id.in_([r.id for r in rows]))
                .values(lease_until=now + self.lease, lease_owner=self.node)
                .execution_options(synchronize_session=False)
            )
            events: dict[int, tuple[ReleaseEvent, VersionView | None]] = {}
            for row in rows:
                sink = self._sink_for(row.target, sinks)
                assert sink is not None  # a sink this process does not have is left to a process that has it
                if row.event_id not in events:
                    found = session.get_one(ReleaseEvent, row.event_id)
                    events[row.event_id] = (found, _view_of(session, found, now))
                event, view = events[row.event_id]
                release = Release(
                    event_id=event.id, type=event.type, slug=event.slug, version=event.version,
                    due_at=event.due_at, fired_at=event.fanned_out_at or now,
                    late_seconds=float((event.detail or {}).get("late_seconds", 0.0)), actor=event.actor,
                    detail=dict(event.detail or {}), message_id=row.message_id, attempt=row.attempts + 1,
                    target=row.target, view=view, scheduled=event.due_at > event.created_at,
                )  # fmt: skip
                tasks.setdefault(row.target, _Task(row.target)).jobs.append(Job(row.id, release, sink))
            for sink in sinks.values():
                mine = [t for t in tasks if self._sink_for(t, sinks) is sink]
                if mine:
                    sink.prepare(session, mine)
        for task in tasks.values():
            self._busy.add(task.target)
            self._tasks.put(task)
        return sum(len(t.jobs) for t in tasks.values())

    @staticmethod
    def _sink_for(target: str, sinks: dict[str, Sink]) -> Sink | None:
        """``sink:NAME`` is the sink of that name; other targets belong to the sink whose ``prefix`` they carry
        (``webhook:`` partner subscriptions, ``mail:`` media contacts)."""
        if target.startswith("sink:"):
            return sinks.get(target.removeprefix("sink:"))
        return next((s for s in sinks.values() if s.prefix and target.startswith(s.prefix)), None)

    def record(self) -> int:
        """Write finished attempts in one transaction, then free their targets for the next claim."""
        results: list[Result] = []
        done: list[str] = []
        while True:
            try:
                item = self._results.get_nowait()
            except queue.Empty:
                break
            if isinstance(item, str):
                done.append(item)
            else:
                results.append(item)
        try:
            if results:
                with self.db.transaction() as session:
                    record_batch(session, results, Policy(self.node, self.retry_delays, self.pause_after))
        finally:  # on failure the leases run out and the rows are tried again: at least once
            for target in done:
                self._busy.discard(target)
        return len(results)


def _waiting() -> ColumnElement[bool]:
    return ReleaseEvent.fanned_out_at.is_(None) & ReleaseEvent.cancelled_at.is_(None)


def _view_of(session: Session, event: ReleaseEvent, now: datetime) -> VersionView | None:
    statement = statement_by_slug(session, event.slug)
    if statement is None:
        return None
    for version in statement.versions:
        if version.number == event.version:
            return version_view(version, now, current_number(session, statement.id, now))
    return None
