"""Teams outgoing-webhook signatures: ``Authorization: HMAC <base64>``.

The signature is base64(HMAC-SHA256(key, raw body bytes)) where the key is the base64-DECODED security token
Teams showed when the webhook was created (Microsoft's samples: ``Buffer(sharedSecret, "base64")`` in Node,
``Convert.FromBase64String(signingKey)`` in C#). There is no timestamp, so a valid request can be replayed:
the view de-duplicates on the activity id.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac

SCHEME = "HMAC "


def decode_secret(secret: str | None) -> bytes | None:
    """The signing key from the token Teams shows, or None when it is unset or not base64."""
    if not secret or not secret.strip():
        return None
    try:
        key = base64.b64decode(secret.strip(), validate=True)
    except (binascii.Error, ValueError):
        return None
    return key or None


def sign(key: bytes, body: bytes) -> str:
    """The ``Authorization`` header value Teams sends for ``body`` (also what tests use to sign)."""
    digest = hmac.new(key, body, hashlib.sha256).digest()
    return SCHEME + base64.b64encode(digest).decode("ascii")


def verify(key: bytes, body: bytes, header: str | None) -> bool:
    """True only when ``header`` is exactly the signature of these raw bytes, compared in constant time."""
    if not header or not header.startswith(SCHEME):
        return False
    return hmac.compare_digest(header.encode("utf-8", "replace"), sign(key, body).encode("ascii"))
