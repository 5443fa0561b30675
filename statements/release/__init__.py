"""The release desk: release events in an outbox, delivered by the serving nodes to sinks.

- :mod:`.schedule`: the rules for ``publish_at`` (nothing in the past; office-local times that exist).
- :mod:`.outbox`: the workflow writes events here, inside the transaction of the change.
- :mod:`.dispatcher`: the loop each serving process runs: fan out due events, claim, deliver, record.
- :mod:`.sinks`: the seam for consumers (:class:`Sink`, :class:`Release`); :mod:`.webhooks` is one of them.
- :mod:`.subscriptions`: partner webhook subscriptions and their delivery logs.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from ..clock import Clock, utcnow
from ..db import Database
from .dispatcher import Dispatcher
from .models import EVENT_TYPES, PUBLISHED, UPDATED, WITHDRAWN
from .sinks import Outcome, Release, Sink, Target, as_sink
from .subscriptions import Subscriptions

__all__ = [
    "EVENT_TYPES", "PUBLISHED", "UPDATED", "WITHDRAWN", "Dispatcher", "Outcome", "Release", "ReleaseDesk", "Sink",
    "Subscriptions", "Target",
]  # fmt: skip


class ReleaseDesk:
    """Sinks registered by the faces, the subscriptions service, and (when serving) the dispatcher."""

    def __init__(self, db: Database, clock: Clock = utcnow) -> None:
        self.db = db
        self.clock = clock
        self.subscriptions = Subscriptions(db, clock)
        self._sinks: dict[str, Sink] = {}
        self.dispatcher: Dispatcher | None = None

    def add_sink(self, name: str, handler: Callable[[Release], Any] | Sink, types: Sequence[str] | None = None) -> Sink:
        """Hear about every release event of ``types`` (default: all) from now on. ``handler`` is a
        :class:`Sink`, or a function taking a :class:`Release` that raises to be retried later."""
        if name in self._sinks:
            raise ValueError(f"a sink named {name!r} is already registered")
        sink = as_sink(name, handler, types)
        sink.name = name
        self._sinks[name] = sink
        return sink

    @property
    def sinks(self) -> list[Sink]:
        return list(self._sinks.values())

    def dispatcher_for(self, **options: Any) -> Dispatcher:
        """The process's dispatcher (made on first call with ``options``; see :class:`Dispatcher`)."""
        if self.dispatcher is None:
            self.dispatcher = Dispatcher(self.db, lambda: self.sinks, self.clock, **options)
        return self.dispatcher

    def on_change(self, event: Any) -> None:
        """Workflow listener: a local publish or withdrawal wakes the dispatcher at once."""
        if self.dispatcher is not None:
            self.dispatcher.wake()
