"""The audit trail written for people: "Scheduled to publish Mon 1 Jun 2026, 10:00 BST", not
``publish_at: 2026-06-01T09:00:00+00:00; scheduled: False``. The API keeps the raw detail for machines."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from .context import label, local

FIELD_NAMES = {"review_by": "review-by date", "reporting_routes": "reporting routes", "change_note": "change note"}


def describe(action: str, detail: dict[str, Any] | None) -> str:
    """One sentence for an audit event."""
    detail = dict(detail or {})
    if action == "advance":
        lists = _and([str(i) for i in detail.get("lists", [])])
        until = _moment(detail["embargo_until"]) if detail.get("embargo_until") else "its lift"
        return (
            f"Sent an embargoed advance copy to {detail.get('recipients', 0)} recipients on media lists {lists} "
            f"(embargoed until {until})"
        )
    if "lists" in detail and action in ("approve", "publish"):
        lists = detail.pop("lists")
        chosen = f"media lists {_and([str(i) for i in lists])}" if lists else "no media lists"
        return f"{describe(action, detail)}; to be emailed to {chosen} when live"
    if action == "create":
        return "Created the draft"
    if action == "edit":
        return (
            "Changed the " + _and([field_name(f) for f in detail.get("fields", [])])
            if detail.get("fields")
            else "Edited"
        )
    if action == "start_draft" and "from" in detail:
        return f"Started a new draft from version {detail['from']}"
    if action == "submit":
        return "Submitted for review"
    if action == "approve" and not detail:
        return "Approved"
    if action == "approve" and "override_reason" in detail:
        return f"Approved, checks overridden: {detail['override_reason']} (findings at approval: {_findings(detail)})"
    if action == "approve" and set(detail) == {"checks"}:
        return f"Approved (checks: {detail['checks']})"
    if action == "publish" and "publish_at" in detail:
        when = _moment(detail["publish_at"])
        return f"Scheduled to publish {when}" if detail.get("scheduled") else f"Published {when}"
    if action in ("reject", "withdraw") and "reason" in detail:
        text = f"{'Rejected' if action == 'reject' else 'Withdrawn'}: {detail['reason']}"
        if detail.get("cancelled"):
            text += f" (cancelled scheduled version {_and([str(n) for n in detail['cancelled']])})"
        return text
    rest = "; ".join(f"{field_name(key)}: {_value(value)}" for key, value in detail.items())
    return f"{label(action)}{': ' + rest if rest else ''}"


def _findings(detail: dict[str, Any]) -> str:
    return _and([_finding(f) for f in detail.get("findings") or []]) or "none"


def _finding(finding: dict[str, Any]) -> str:
    kind = "blocking" if finding.get("severity") == "block" else "warning"
    return f"{kind} {finding.get('rule')} “{str(finding.get('match', ''))[:60]}”"


def field_name(name: str) -> str:
    return FIELD_NAMES.get(name, name.replace("_", " "))


def _and(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1] if items else ""


def _moment(value: Any) -> str:
    try:
        return local(datetime.fromisoformat(str(value)))
    except ValueError:
        return str(value)


def _value(value: Any) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list | tuple):
        return _and([_value(v) for v in value]) or "none"
    if isinstance(value, str) and len(value) >= 19 and value[4] == "-" and "T" in value:
        return _moment(value)
    return str(value)
