"""``POST /teams/messages``: verify, de-duplicate, answer within Teams' 5 seconds.

Order matters: the HMAC is checked on the raw bytes before the body is parsed or anything runs; a verified
repeat of an activity id gets the reply it got the first time without running the command again; the answer
is computed in a worker with a deadline, so Teams always hears back in time.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from concurrent.futures import Executor
from concurrent.futures import TimeoutError as FutureTimeout
from typing import Any

from . import cards, signature
from .activity import command_text, reply_key
from .dedupe import ReplyCache

log = logging.getLogger(__name__)

MAX_BODY = 256 * 1024  # a Teams message activity is a few KB
SLOW = "That is taking longer than Teams waits for. Try again in a moment, or with fewer words."
FAILED = "Something went wrong while answering. Try again shortly."

Json = dict[str, Any]
Answerer = Callable[[str], Json]


class TeamsWebhook:
    """The endpoint's logic without Flask: ``handle(raw body, Authorization header) -> (status, JSON)``."""

    def __init__(
        self, key: bytes, answer: Answerer, cache: ReplyCache, executor: Executor, deadline: float = 4.0
    ) -> None:
        self.key = key
        self.answer = answer
        self.cache = cache
        self.executor = executor
        self.deadline = deadline

    def handle(self, body: bytes, authorization: str | None) -> tuple[int, Json]:
        if len(body) > MAX_BODY:
            return 413, {"error": "Request too large."}
        if not signature.verify(self.key, body, authorization):
            return 401, {"error": "The request is not signed with this webhook's security token."}
        try:
            activity = json.loads(body)
        except (ValueError, UnicodeDecodeError):
            return 400, {"error": "The body is not JSON."}
        if not isinstance(activity, dict):
            return 400, {"error": "The body is not a Teams activity."}
        key = reply_key(activity)
        if key is not None:
            earlier = self.cache.get(key)
            if earlier is not None:
                return 200, earlier
        message = self._answer(command_text(activity))
        if message is None:
            return 200, plain(SLOW)
        if key is not None and message is not FAILURE:
            self.cache.put(key, message)
        return 200, message

    def _answer(self, text: str) -> Json | None:
        """The reply, FAILURE when the core raised, None when it missed the deadline (neither is remembered)."""
        future = self.executor.submit(self.answer, text)
        try:
            return future.result(timeout=self.deadline)
        except FutureTimeout:
            log.warning("Teams answer for %r missed the %.1fs deadline", text[:80], self.deadline)
            return None
        except Exception:
            log.exception("Teams answer for %r failed", text[:80])
            return FAILURE


def plain(sentence: str) -> Json:
    """A one-sentence reply (failures read like a good CLI's: one plain sentence)."""
    return cards.envelope(cards.card([cards.text(sentence)], fallback=sentence), sentence)


FAILURE = plain(FAILED)
