"""What a check reports: a finding (rule, severity, message, the words and where they are)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

BLOCK = "block"
WARN = "warn"
SEVERITIES = (BLOCK, WARN)


@dataclass(frozen=True)
class Hit:
    """What a rule function yields: where the problem is and what to say about it."""

    field: str
    start: int
    end: int
    match: str
    message: str


@dataclass(frozen=True)
class Finding:
    """One problem found in a version. ``field`` names where (``body``, ``quotes.0.text``,
    ``reporting_routes.2.phone``...), ``start``/``end`` are character offsets in that field's text."""

    rule: str
    severity: str
    message: str
    match: str
    field: str
    start: int
    end: int

    @property
    def blocking(self) -> bool:
        return self.severity == BLOCK

    def brief(self) -> dict[str, str]:
        """What the audit trail and the refusal keep: the rule, severity, message, words and field."""
        return {
            "rule": self.rule, "severity": self.severity, "message": self.message, "match": self.match,
            "field": self.field,
        }  # fmt: skip

    def as_dict(self) -> dict[str, Any]:
        return {
            "rule": self.rule, "severity": self.severity, "message": self.message, "match": self.match,
            "field": self.field, "start": self.start, "end": self.end,
        }  # fmt: skip


def blocking(findings: list[Finding] | tuple[Finding, ...]) -> list[Finding]:
    return [f for f in findings if f.blocking]


def tally(findings: list[Finding] | tuple[Finding, ...]) -> str:
    """ "2 warnings, 1 blocking", "1 warning", or "no findings": what approval requests say."""
    warns = sum(1 for f in findings if not f.blocking)
    blocks = len(findings) - warns
    parts = []
    if warns:
        parts.append(f"{warns} warning{'s' if warns != 1 else ''}")
    if blocks:
        parts.append(f"{blocks} blocking")
    return ", ".join(parts) or "no findings"


def first_line(findings: list[Finding] | tuple[Finding, ...]) -> str | None:
    """The finding an approver should read first (blocking before warnings), as one line."""
    if not findings:
        return None
    first = sorted(findings, key=lambda f: f.severity != BLOCK)[0]
    return f"{first.message} (“{first.match}”)" if first.match else first.message
