"""Bot Framework authentication for ``POST /teams/bot``: the ``Authorization: Bearer`` JWT the Bot Connector
sends with every activity, validated with PyJWT against the configured OpenID metadata and its JWKS.

Checked, as Microsoft's "Authenticate requests from the Bot Connector service" lists: an RS256 signature by a
key of the JWKS named by the OpenID metadata (``TEAMS_OPENID_METADATA_URL``, Microsoft's by default); issuer
``https://api.botframework.com``; audience our app id (``TEAMS_APP_ID``); not expired (5 minutes of clock skew
allowed); the ``serviceurl`` claim equal to the activity's ``serviceUrl``; and the signing key endorsed for the
activity's channel (``msteams``), which Microsoft's Teams SDK does not check. The metadata and keys are cached
for a day, and fetched again (at most once a minute) when a token names a key we do not know.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Mapping
from typing import Any

import jwt
import requests

MICROSOFT_METADATA = "https://login.botframework.com/v1/.well-known/openidconfiguration"
ISSUER = "https://api.botframework.com"
CACHE_SECONDS = 24 * 3600
REFETCH_SECONDS = 60
LEEWAY = 300


class Refused(Exception):
    """The request is not from the Bot Connector for this app; the message says why (for the log only)."""


class BotAuth:
    def __init__(
        self,
        app_id: str,
        metadata_url: str = MICROSOFT_METADATA,
        *,
        timeout: float = 5.0,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.app_id = app_id
        self.metadata_url = metadata_url
        self.timeout = timeout
        self.clock = clock
        self._keys: dict[str, dict[str, Any]] = {}
        self._fetched = 0.0
        self._lock = threading.Lock()

    def claims(self, authorization: str | None) -> dict[str, Any]:
        """The verified claims of the bearer token; raises :class:`Refused`."""
        scheme, _, token = (authorization or "").partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise Refused("no bearer token")
        token = token.strip()
        try:
            header = jwt.get_unverified_header(token)
        except jwt.InvalidTokenError as exc:
            raise Refused(f"unreadable token: {exc}") from exc
        if header.get("alg") != "RS256":
            raise Refused(f"algorithm {header.get('alg')!r} is not RS256")
        key = self._key(str(header.get("kid") or ""))
        try:
            claims = jwt.decode(
                token,
                jwt.PyJWK(key, algorithm="RS256").key,
                algorithms=["RS256"],
                audience=self.app_id,
                issuer=ISSUER,
                leeway=LEEWAY,
                options={"require": ["exp", "iss", "aud"]},
            )
        except (jwt.InvalidTokenError, jwt.PyJWKError) as exc:
            raise Refused(f"invalid token: {exc}") from exc
        claims["_endorsements"] = list(key.get("endorsements") or [])
        return claims

    def check_activity(self, claims: Mapping[str, Any], activity: Mapping[str, Any]) -> None:
        """The token was issued for this activity's service URL, by a key endorsed for its channel."""
        service_url = claims.get("serviceurl")
        if service_url is not None and service_url != activity.get("serviceUrl"):
            raise Refused("serviceurl claim does not match the activity")
        channel = activity.get("channelId")
        if not isinstance(channel, str) or channel not in claims.get("_endorsements", []):
            raise Refused(f"signing key not endorsed for channel {channel!r}")

    def _key(self, kid: str) -> dict[str, Any]:
        with self._lock:
            now = self.clock()
            stale = now - self._fetched > CACHE_SECONDS
            unknown = kid not in self._keys and now - self._fetched > REFETCH_SECONDS
            if stale or unknown:
                self._keys = self._fetch()
                self._fetched = now
            key = self._keys.get(kid)
        if key is None:
            raise Refused(f"unknown signing key {kid!r}")
        return key

    def _fetch(self) -> dict[str, dict[str, Any]]:
        try:
            metadata = requests.get(self.metadata_url, timeout=self.timeout).json()
            keys = requests.get(metadata["jwks_uri"], timeout=self.timeout).json()["keys"]
        except (requests.RequestException, ValueError, KeyError, TypeError) as exc:
            if self._keys:
                return self._keys  # keep serving with the keys we have
            raise Refused(f"OpenID metadata or keys unavailable: {exc}") from exc
        return {str(k.get("kid")): k for k in keys if isinstance(k, dict) and k.get("kid")}
