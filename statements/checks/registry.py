"""The rule registry. A rule is one function decorated with :func:`rule`: it takes the subject and the office's
configuration and yields :class:`~.findings.Hit` values; the engine turns them into findings."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .findings import SEVERITIES, Hit

if TYPE_CHECKING:
    from .config import ChecksConfig
    from .subject import Subject

RuleFunction = Callable[["Subject", "ChecksConfig"], Iterable[Hit]]


@dataclass(frozen=True)
class Rule:
    id: str
    severity: str
    check: RuleFunction
    summary: str


RULES: dict[str, Rule] = {}


def rule(rule_id: str, severity: str) -> Callable[[RuleFunction], RuleFunction]:
    """Register ``rule_id`` with its default severity (the office may change it, or turn the rule off)."""
    if severity not in SEVERITIES:
        raise ValueError(f"unknown severity {severity!r}")

    def register(check: RuleFunction) -> RuleFunction:
        if rule_id in RULES:
            raise ValueError(f"rule {rule_id} registered twice")
        summary = (check.__doc__ or "").strip().split("\n")[0]
        RULES[rule_id] = Rule(rule_id, severity, check, summary)
        return check

    return register
