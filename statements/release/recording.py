"""Recording delivery attempts: one transaction per batch of finished attempts, with each delivery's fate
(delivered, retried later on the backoff schedule, skipped, failed) and its subscription's health (failures in a
row, paused, ended by a 410). Only the node holding a delivery's lease decides its fate; every attempt is logged.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from .models import Delivery, DeliveryAttempt, Subscription
from .sinks import Outcome, Release, Sink


@dataclass
class Job:
    delivery_id: int
    release: Release
    sink: Sink


@dataclass
class Result:
    job: Job
    outcome: Outcome | None  # None: released unattempted (an earlier delivery to the same target failed)
    at: datetime
    latency_ms: int = 0


@dataclass(frozen=True)
class Policy:
    node: str
    retry_delays: tuple[float, ...]
    pause_after: int


def record_batch(session: Session, results: list[Result], policy: Policy) -> None:
    ids = [r.job.delivery_id for r in results]
    rows = {
        d.id: d
        for d in session.execute(
            select(Delivery.id, Delivery.status, Delivery.lease_owner, Delivery.attempts,
                   Delivery.subscription_id).where(Delivery.id.in_(ids))
        )
    }  # fmt: skip
    wanted = {d.subscription_id for d in rows.values() if d.subscription_id}
    subs = {s.id: s for s in session.scalars(select(Subscription).where(Subscription.id.in_(wanted)))}
    attempts: list[dict[str, Any]] = []
    changes: list[dict[str, Any]] = []
    ended: list[tuple[str, int, str]] = []
    for result in results:
        row = rows.get(result.job.delivery_id)
        if row is None:
            continue
        mine = row.lease_owner == policy.node and row.status == "pending"
        outcome = result.outcome
        if outcome is None:
            if mine:
                changes.append({"id": row.id, "lease_until": None, "lease_owner": None})
            continue
        attempts.append({
            "delivery_id": row.id, "at": result.at, "ok": outcome.ok, "response_code": outcome.response_code,
            "latency_ms": result.latency_ms, "error": outcome.error, "node": policy.node,
        })  # fmt: skip
        if not mine:
            continue  # our lease ran out and another node took the row over: it decides its fate
        sub = subs.get(row.subscription_id) if row.subscription_id else None
        change = _fate(row.attempts + 1, outcome, result.at, sub, policy)
        changes.append({"id": row.id, "attempts": row.attempts + 1, "lease_until": None, "lease_owner": None,
                        **change})  # fmt: skip
        if outcome.end and sub is not None:
            ended.append((sub.id, row.id, outcome.end))
    if attempts:
        session.execute(insert(DeliveryAttempt), attempts)
    for group in _grouped(changes):  # bulk UPDATE by primary key: one statement per set of columns
        session.execute(update(Delivery), group, execution_options={"synchronize_session": False})
    _tell_sinks(session, results)
    for sub_id, delivery_id, reason in ended:
        session.execute(
            update(Delivery)
            .where(Delivery.subscription_id == sub_id, Delivery.status == "pending", Delivery.id != delivery_id)
            .values(status="skipped", last_error=reason)
        )


def _tell_sinks(session: Session, results: list[Result]) -> None:
    """Each sink hears of its finished attempts in this transaction (the media sink records its sends)."""
    by_sink: dict[int, tuple[Sink, list[tuple[Release, Outcome]]]] = {}
    for result in results:
        if result.outcome is not None:
            sink = result.job.sink
            by_sink.setdefault(id(sink), (sink, []))[1].append((result.job.release, result.outcome))
    for sink, attempts in by_sink.values():
        sink.recorded(session, attempts)


def _fate(attempts: int, outcome: Outcome, at: datetime, sub: Subscription | None, policy: Policy) -> dict[str, Any]:
    """The delivery's new columns after an attempt; updates its subscription (failures, pause, end)."""
    if outcome.ok:
        if sub is not None:
            sub.failures = 0
        return {"status": "delivered", "delivered_at": at, "last_error": ""}
    if outcome.skip:
        return {"status": "skipped", "last_error": outcome.error}
    if outcome.end and sub is not None:
        sub.status, sub.status_reason, sub.updated_at = "ended", outcome.end, at
        return {"status": "failed", "last_error": outcome.error}
    change: dict[str, Any] = {"last_error": outcome.error}
    if outcome.final or attempts > len(policy.retry_delays):
        change["status"] = "failed"
    else:
        change["next_attempt_at"] = at + timedelta(seconds=policy.retry_delays[attempts - 1])
    if sub is not None:
        sub.failures += 1
        if sub.failures >= policy.pause_after and sub.status == "active":
            sub.status, sub.updated_at = "paused", at
            sub.status_reason = (
                f"Paused after {sub.failures} failed attempts in a row (last: {outcome.error}). "
                "Fix the receiver, then resume the subscription."
            )
    return change


def _grouped(changes: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Bulk UPDATE by primary key needs the same columns in every row of one call."""
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for change in changes:
        groups.setdefault(tuple(sorted(change)), []).append(change)
    return list(groups.values())
