"""What a draft may contain: the domain's own validation of draft fields, independent of any face."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from slugify import slugify as _slugify

from .errors import ValidationFailed
from .viewer import AUDIENCES

KINDS = ("press_release", "holding_statement", "lines_to_take", "guidance", "qa")
WRITABLE = (
    "slug", "title", "kind", "audience", "topics", "summary", "body", "quotes", "reporting_routes",
    "change_note", "review_by",
)  # fmt: skip
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_APOSTROPHES = [["'", ""], ["’", ""]]  # straight and curly apostrophes differ otherwise
LIMITS = {"title": 300, "summary": 2000, "body": 100_000, "change_note": 2000}


def default_audience(kind: str) -> str:
    return "internal" if kind == "lines_to_take" else "public"


def slugify(text: str, max_length: int = 80) -> str:
    """The one place slugs are made (statements and reporting routes): transliterated to ASCII, so titles in
    any script get a readable slug, with apostrophes dropped ("Chief Constable's" -> ``chief-constables``)."""
    return _slugify(text, max_length=max_length, replacements=_APOSTROPHES) or "statement"


def clean_draft(data: dict[str, Any], *, creating: bool) -> dict[str, Any]:
    """Check and normalise draft fields; raise :class:`ValidationFailed` with every problem at once."""
    errors: dict[str, list[str]] = {}
    out: dict[str, Any] = {}

    def fail(name: str, message: str) -> None:
        errors.setdefault(name, []).append(message)

    for name in data:
        if name not in WRITABLE:
            fail(name, "Unknown field.")
        elif _has_nul(data[name]):
            fail(name, "Contains a NUL character.")
    for name, limit in LIMITS.items():
        if name in data:
            value = data[name]
            if not isinstance(value, str):
                fail(name, "Must be text.")
                continue
            value = value.strip()
            if len(value) > limit:
                fail(name, f"At most {limit} characters.")
            out[name] = value
    for name in ("title", "body"):
        if (creating or name in data) and not out.get(name):
            fail(name, "Required.")
    if "slug" in data and data["slug"] is not None:
        if not creating:
            fail("slug", "The slug is fixed once the statement exists.")
        elif not isinstance(data["slug"], str) or not SLUG.match(data["slug"]) or len(data["slug"]) > 100:
            fail("slug", "Lower-case letters, digits and single hyphens, at most 100 characters.")
        else:
            out["slug"] = data["slug"]
    if "kind" in data:
        if data["kind"] not in KINDS:
            fail("kind", f"One of: {', '.join(KINDS)}.")
        else:
            out["kind"] = data["kind"]
    elif creating:
        out["kind"] = "press_release"
    if "audience" in data and data["audience"] is not None:
        if data["audience"] not in AUDIENCES:
            fail("audience", f"One of: {', '.join(AUDIENCES)}.")
        else:
            out["audience"] = data["audience"]
    elif creating:
        out["audience"] = default_audience(out.get("kind", "press_release"))
    if "topics" in data:
        topics = data["topics"]
        if not isinstance(topics, list) or not all(isinstance(t, str) and SLUG.match(t) for t in topics):
            fail("topics", "A list of topic slugs such as online-safety.")
        else:
            out["topics"] = list(dict.fromkeys(topics))
    if "quotes" in data:
        out["quotes"] = _quotes(data["quotes"], fail)
    if "reporting_routes" in data:
        routes = data["reporting_routes"]
        if not isinstance(routes, list) or not all(isinstance(r, str) and r for r in routes):
            fail("reporting_routes", "A list of reporting route ids.")
        else:
            out["reporting_routes"] = list(dict.fromkeys(routes))
    if "review_by" in data:
        value = data["review_by"]
        if value is not None and not isinstance(value, date):
            try:
                value = date.fromisoformat(str(value))
            except ValueError:
                fail("review_by", "A date such as 2027-03-31.")
        out["review_by"] = value
    if errors:
        raise ValidationFailed(errors)
    return out


def _quotes(quotes: Any, fail) -> list[dict[str, str]]:
    if not isinstance(quotes, list):
        fail("quotes", "A list of quotes with text, speaker and role.")
        return []
    cleaned = []
    for i, quote in enumerate(quotes):
        if not isinstance(quote, dict) or set(quote) - {"text", "speaker", "role"}:
            fail(f"quotes.{i}", "A quote has text, speaker and role, nothing else.")
            continue
        text = str(quote.get("text") or "").strip()
        speaker = str(quote.get("speaker") or "").strip()
        role = str(quote.get("role") or "").strip()
        if not text:
            fail(f"quotes.{i}.text", "Required.")
        if not speaker:
            fail(f"quotes.{i}.speaker", "Required.")
        if len(text) > 10_000 or len(speaker) > 200 or len(role) > 200:
            fail(f"quotes.{i}", "Too long.")
        cleaned.append({"text": text, "speaker": speaker, "role": role})
    return cleaned


def _has_nul(value: Any) -> bool:
    """NUL bytes are refused everywhere: PostgreSQL cannot store them and no press text needs them."""
    if isinstance(value, str):
        return "\x00" in value
    if isinstance(value, dict):
        return any(_has_nul(v) for v in value.values())
    if isinstance(value, list):
        return any(_has_nul(v) for v in value)
    return False
