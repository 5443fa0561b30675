"""The schedule's rules, shared by every face: no embargo in the past, and office-local times that exist.

A ``publish_at`` more than :data:`SKEW` before now is refused rather than treated as "now": a typo in an embargo
must never publish. Local times typed in the office's zone are refused at the clock changes when they do not
exist (01:30 on the last Sunday of March in London) or happen twice (01:30 on the last Sunday of October).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from ..clock import as_utc
from ..errors import ValidationFailed

#: how far behind the server's clock a client's "now" may be before its time counts as past
SKEW = timedelta(seconds=5)
PAST = "That time has passed: publish now, or choose a later time."
NEEDS_ZONE = "Give a time zone, e.g. 2027-01-05T09:00:00+00:00."


def check_publish_at(publish_at: datetime | None, now: datetime, field: str = "publish_at") -> datetime:
    """The UTC moment to publish: ``now`` when none is given, ``publish_at`` when it is in the future (or within
    the skew allowance, which counts as now); a past time is a :class:`ValidationFailed`."""
    if publish_at is None:
        return now
    try:
        when = as_utc(publish_at)
    except ValueError:
        raise ValidationFailed({field: [NEEDS_ZONE]}) from None
    if when < now - SKEW:
        raise ValidationFailed({field: [PAST]})
    return max(when, now)


def office_time(local: datetime, timezone: str, field: str = "publish_at") -> datetime:
    """A naive wall-clock time in the office zone as UTC; refuses times that do not exist or are ambiguous."""
    zone = ZoneInfo(timezone)
    naive = local.replace(tzinfo=None)
    early, late = naive.replace(tzinfo=zone, fold=0), naive.replace(tzinfo=zone, fold=1)
    stamp = f"{naive:%H:%M} on {naive.day} {naive:%B %Y}"
    if not _round_trips(early):
        message = f"{stamp} does not exist in {timezone} (the clocks go forward): choose another time."
        raise ValidationFailed({field: [message]})
    if early.utcoffset() != late.utcoffset():
        message = f"{stamp} happens twice in {timezone} (the clocks go back): choose another time."
        raise ValidationFailed({field: [message]})
    return as_utc(early)


def _round_trips(aware: datetime) -> bool:
    """True when the wall time survives a trip through UTC (false for times inside a spring-forward gap)."""
    back = aware.astimezone(UTC).astimezone(aware.tzinfo)
    return back.replace(tzinfo=None) == aware.replace(tzinfo=None)


def local_label(moment: datetime, timezone: str) -> str:
    """``moment`` in the office zone with its abbreviation, e.g. "Mon 5 Jan 2027, 09:00 GMT"."""
    local = as_utc(moment).astimezone(ZoneInfo(timezone))
    return f"{local:%a} {local.day} {local:%b %Y, %H:%M} {local.tzname()}"
