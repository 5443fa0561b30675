"""The checks engine: runs every registered rule over a subject and returns findings in reading order."""

from __future__ import annotations

import threading
from collections.abc import Iterable
from datetime import UTC, date, tzinfo
from typing import Any

from cachetools import LRUCache

from ..clock import Clock, utcnow
from . import election, legal, readability, routes, style  # noqa: F401  (each module registers its rules)
from .config import OFF, ChecksConfig
from .findings import Finding
from .registry import RULES
from .subject import Subject

FIELD_ORDER = ("title", "summary", "body", "quotes", "reporting_routes", "review_by")


class Checks:
    """Built once per process: the office's configuration, a clock and the office's time zone (for "today")."""

    def __init__(self, config: ChecksConfig | None = None, clock: Clock = utcnow, zone: tzinfo = UTC) -> None:
        self.config = config or ChecksConfig()
        self.clock = clock
        self.zone = zone
        self._cache: LRUCache[Subject, tuple[Finding, ...]] = LRUCache(maxsize=2048)
        self._lock = threading.Lock()

    def warm_up(self) -> None:
        """Load what the first check would load (textstat's dictionary, about half a second). Serving processes
        call it at start, so the first approval is not slow; a quick CLI command does not pay for it."""
        readability.warm_up()

    def today(self) -> date:
        return self.clock().astimezone(self.zone).date()

    def run(self, subject: Subject) -> tuple[Finding, ...]:
        """Every finding for ``subject``; the same subject is answered from a small cache."""
        with self._lock:
            cached = self._cache.get(subject)
        if cached is not None:
            return cached
        findings = tuple(sorted(self._findings(subject), key=_reading_order))
        with self._lock:
            self._cache[subject] = findings
        return findings

    def of_view(self, view: Any) -> tuple[Finding, ...]:
        """Findings for a :class:`~statements.views.VersionView`, as of today."""
        return self.run(Subject.of_view(view, self.today()))

    def _findings(self, subject: Subject) -> Iterable[Finding]:
        for rule in RULES.values():
            severity = self.config.severity_of(rule.id, rule.severity)
            if severity == OFF:
                continue
            for hit in rule.check(subject, self.config):
                yield Finding(rule.id, severity, hit.message, hit.match, hit.field, hit.start, hit.end)


def _reading_order(finding: Finding) -> tuple[int, str, int]:
    head = finding.field.split(".", 1)[0]
    rank = FIELD_ORDER.index(head) if head in FIELD_ORDER else len(FIELD_ORDER)
    return (rank, finding.field, finding.start)
