"""The HMAC check of Teams outgoing webhooks, against Microsoft's recipe (key = base64-decoded token)."""

from __future__ import annotations

import base64
import hashlib
import hmac

import pytest

from bots.teams.signature import decode_secret, sign, verify

TOKEN = base64.b64encode(b"k" * 32).decode()
BODY = b'{"type":"message","id":"1","text":"<at>Pressline</at> help"}'


def reference_header(token: str, body: bytes) -> str:
    """Microsoft's samples, in Python: HMAC-SHA256 keyed by the decoded token, base64, after 'HMAC '."""
    digest = hmac.new(base64.b64decode(token), body, hashlib.sha256).digest()
    return "HMAC " + base64.b64encode(digest).decode()


def test_a_header_made_by_the_reference_recipe_verifies():
    assert verify(decode_secret(TOKEN), BODY, reference_header(TOKEN, BODY))


def test_sign_matches_the_reference_recipe():
    assert sign(decode_secret(TOKEN), BODY) == reference_header(TOKEN, BODY)


@pytest.mark.parametrize(
    "header",
    [
        None,
        "",
        "HMAC ",
        "Bearer " + reference_header(TOKEN, BODY)[5:],
        reference_header(base64.b64encode(b"x" * 32).decode(), BODY),
        reference_header(TOKEN, BODY + b" "),
        "HMAC " + base64.b64encode(hmac.new(TOKEN.encode(), BODY, hashlib.sha256).digest()).decode(),
        reference_header(TOKEN, BODY).lower(),
        reference_header(TOKEN, BODY) + "=",
        "HMAC é",
    ],
    ids=[
        "missing",
        "empty",
        "no-digest",
        "other-scheme",
        "wrong-key",
        "other-body",
        "undecoded-key",
        "case-changed",
        "padded",
        "non-ascii",
    ],
)
def test_anything_but_the_exact_signature_fails(header):
    assert not verify(decode_secret(TOKEN), BODY, header)


@pytest.mark.parametrize("secret", [None, "", "   ", "not base64!", "====="])
def test_an_unset_or_malformed_secret_gives_no_key(secret):
    assert decode_secret(secret) is None
