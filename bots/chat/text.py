"""Chat text helpers. Markdown-to-plain and ``shorten`` live in :mod:`statements.wording` (one of each for
every face); they are re-exported here for the chat core."""

from __future__ import annotations

import re

from statements.wording import SHORT, plain, shorten

__all__ = ["SHORT", "plain", "shorten", "tel_url"]


def tel_url(phone: str | None) -> str | None:
    """``tel:`` link for a UK number as written (``0800 555 111`` -> ``tel:+44800555111``; ``999`` stays)."""
    if not phone:
        return None
    digits = re.sub(r"[^\d+]", "", phone)
    if not digits:
        return None
    if digits.startswith("0") and len(digits) >= 10:
        digits = "+44" + digits[1:]
    return f"tel:{digits}"
