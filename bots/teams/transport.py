"""Posting a card to a Teams Workflows webhook, with pymsteams as the HTTP transport.

pymsteams was written for the retired Office 365 connectors (MessageCard); we only use its synchronous
``connectorcard.send()``, which posts ``payload`` as JSON and accepts any 2xx (a Workflows webhook answers 202
before the flow runs). ``async_connectorcard`` is never used: it treats anything but "200 1" as a failure.
429 and 5xx (and connection errors) are retried with exponential backoff, honouring ``Retry-After`` up to a
bound; anything else fails at once. Failures are returned and logged, never raised to the caller.
"""

from __future__ import annotations

import email.utils
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import pymsteams
import requests

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Delivery:
    ok: bool
    attempts: int
    status: int | None
    error: str | None = None


class WorkflowsPoster:
    """Sends envelopes to one webhook URL. ``sleep`` is passed in so tests need not wait for real backoff."""

    def __init__(
        self,
        url: str,
        *,
        attempts: int = 4,
        backoff: float = 0.5,
        max_delay: float = 30.0,
        timeout: float = 10.0,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.url = url
        self.attempts = max(1, attempts)
        self.backoff = backoff
        self.max_delay = max_delay
        self.timeout = timeout
        self.sleep = sleep

    def send(self, envelope: dict[str, Any]) -> Delivery:
        status: int | None = None
        error = ""
        for attempt in range(1, self.attempts + 1):
            card = pymsteams.connectorcard(self.url, http_timeout=self.timeout)
            card.payload = envelope
            retry_after: float | None = None
            try:
                card.send()
                return Delivery(True, attempt, _status(card))
            except pymsteams.TeamsWebhookException as exc:
                status = _status(card)
                error = f"HTTP {status}: {str(exc)[:200]}"
                if not _retryable(status):
                    break
                retry_after = _retry_after(card.last_http_response)
            except requests.RequestException as exc:
                status = None
                error = f"{type(exc).__name__}: {exc}"
            if attempt < self.attempts:
                delay = retry_after if retry_after is not None else self.backoff * 2 ** (attempt - 1)
                self.sleep(min(max(delay, 0.0), self.max_delay))
        log.warning("Teams notice not delivered after %d attempt(s): %s", attempt, error)
        return Delivery(False, attempt, status, error)


def _status(card: pymsteams.connectorcard) -> int | None:
    response = card.last_http_response
    return response.status_code if response is not None else None


def _retryable(status: int | None) -> bool:
    return status is not None and (status == 429 or 500 <= status < 600)


def _retry_after(response: requests.Response | None) -> float | None:
    """Seconds from a ``Retry-After`` header (delta-seconds or an HTTP date), or None."""
    value = response.headers.get("Retry-After") if response is not None else None
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max((when - datetime.now(UTC)).total_seconds(), 0.0)
