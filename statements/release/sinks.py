"""The seam where consumers hook onto release events: sinks.

A sink is anything that must hear about release events (partner webhooks, the chat channels, media emails).
Register it once per process with :meth:`statements.release.ReleaseDesk.add_sink`; when an event falls due, the
dispatcher writes one delivery row per target the sink names (by default one target, ``sink:NAME``), and then
calls :meth:`Sink.deliver` for each, on a worker thread, with at-least-once retries on the outbox's backoff
schedule. Every node must register the same sinks (the app factory does), since any node may fan an event out.

The simplest sink is a function: ``desk.add_sink("media", send_release_email)``, where the function takes a
:class:`Release` and raises to have the delivery retried later.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from ..views import VersionView
from .models import EVENT_TYPES, ReleaseEvent


@dataclass(frozen=True)
class Release:
    """What a sink receives. ``view`` is the version as staff see it (including internal wording): a sink
    that speaks outside the office must apply its audience's rules itself. ``message_id`` is stable across
    attempts, for receivers that drop repeats."""

    event_id: int
    type: str
    slug: str
    version: int
    due_at: datetime
    fired_at: datetime
    late_seconds: float
    actor: str
    detail: dict[str, Any]
    message_id: str
    attempt: int
    target: str
    view: VersionView | None
    scheduled: bool = False  # a lift that was scheduled ahead (an embargo), not a publish-now

    @property
    def withdrawn(self) -> bool:
        return self.type == "statement.withdrawn"


@dataclass(frozen=True)
class Outcome:
    """How one attempt went. ``ok`` ends the delivery; otherwise it is retried unless ``final``. ``end`` (a
    reason) ends the whole subscription, as a 410 does; ``skip`` marks a delivery that must not be made."""

    ok: bool
    response_code: int | None = None
    error: str = ""
    final: bool = False
    end: str | None = None
    skip: bool = False


@dataclass(frozen=True)
class Target:
    key: str  # unique per event: "sink:NAME", or the sink's prefix and more ("webhook:SUBSCRIPTION")
    subscription_id: str | None = None


class Sink:
    """Base class: one delivery per event of ``types``; override :meth:`targets` to fan out further."""

    name: str = "sink"
    types: tuple[str, ...] = EVENT_TYPES
    prefix: str = ""  # targets other than "sink:NAME" that are this sink's, e.g. "webhook:"

    def targets(self, session: Session, event: ReleaseEvent, view: VersionView | None) -> list[Target]:
        return [Target(f"sink:{self.name}")]

    def prepare(self, session: Session, targets: list[str]) -> None:
        """Called in the claim transaction with the targets about to be delivered: load what :meth:`deliver`
        needs in one query rather than one per delivery (optional)."""

    def deliver(self, release: Release) -> Outcome:
        raise NotImplementedError

    def close(self) -> None:
        """Release what the sink holds between deliveries (connections); called when the dispatcher stops."""

    def recorded(self, session: Session, attempts: list[tuple[Release, Outcome]]) -> None:
        """Called in the transaction that records finished attempts of this sink's deliveries, after their fate
        is written: keep a record that must commit with it (optional)."""


class FunctionSink(Sink):
    """A sink made from a function that raises on failure (retried later) and returns anything otherwise."""

    def __init__(self, name: str, handler: Callable[[Release], Any], types: Sequence[str] = EVENT_TYPES) -> None:
        self.name = name
        self.handler = handler
        self.types = tuple(types)

    def __repr__(self) -> str:
        return f"FunctionSink({self.name!r}, {self.handler!r})"

    def deliver(self, release: Release) -> Outcome:
        try:
            self.handler(release)
        except Exception as exc:  # the sink's own failure: record it and retry on the schedule
            return Outcome(False, error=f"{type(exc).__name__}: {exc}"[:500])
        return Outcome(True)


def as_sink(name: str, handler: Callable[[Release], Any] | Sink, types: Sequence[str] | None = None) -> Sink:
    if isinstance(handler, Sink):
        return handler
    return FunctionSink(name, handler, types or EVENT_TYPES)
