"""E-mail addresses people type into forms and files: one pattern for every record that holds one (reporting
routes, media contacts). A light shape check, not deliverability: mail servers decide that."""

from __future__ import annotations

import re

MAX_LENGTH = 254
_EMAIL = re.compile(r"[^@\s]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})+")


def is_valid_email(text: str) -> bool:
    """Whether ``text`` looks like ``local@domain.tld`` (no spaces, one @, a dotted domain, at most 254 chars)."""
    return len(text) <= MAX_LENGTH and _EMAIL.fullmatch(text) is not None
