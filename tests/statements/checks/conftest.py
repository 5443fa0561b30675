"""Helpers for the checks tests: build a subject from a few words and run one rule over it."""

from __future__ import annotations

from datetime import date

import pytest

from statements.checks import Checks, ChecksConfig, Finding, QuoteIn, RouteIn, Subject

TODAY = date(2026, 6, 1)
EMERGENCY = RouteIn("police-emergency-999", "Police emergency", "999", None)
CEOP = RouteIn("ceop", "CEOP", None, "https://www.ceop.police.uk")


def subject(body: str = "", **fields) -> Subject:
    fields.setdefault("today", TODAY)
    fields.setdefault("title", "A statement")
    if "quotes" in fields:
        fields["quotes"] = tuple(q if isinstance(q, QuoteIn) else QuoteIn(*q) for q in fields["quotes"])
    if "routes" in fields:
        fields["routes"] = tuple(fields["routes"])
    return Subject(body=body, **fields)


@pytest.fixture(scope="session")
def checks() -> Checks:
    return Checks()


@pytest.fixture
def run(checks):
    """``run(rule_id, body, **fields)``: the findings of one rule, with the default configuration or ``config``."""

    def run(rule_id: str, body: str = "", config: ChecksConfig | None = None, **fields) -> list[Finding]:
        engine = checks if config is None else Checks(config)
        return [f for f in engine.run(subject(body, **fields)) if f.rule == rule_id]

    return run
