"""Scoring the importer against fixtures: shared by the fixture tests and bench/importer_eval.py.

A fixture is ``NAME.txt`` or ``NAME.md`` with ``NAME.json`` beside it:
``quotes`` [{text (a prefix), speaker, role}], ``routes`` [{route_id} | {url} | {phone} | {email}],
``optional_routes`` (fine to find or not), ``not_phones`` (numbers that must never become phones),
``scare_quotes`` (quoted words that must never become quotes), ``kind``, ``topics`` (must be among the
guessed ones), ``body_excludes`` (caption junk that must not reach the body).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from statements.importer import Extracted, ExtractedQuote, ExtractedRoute

FIXTURES = Path(__file__).parent / "fixtures"

_ABBREVIATIONS = {
    "pc": "police constable",
    "dc": "detective constable",
    "ds": "detective sergeant",
    "di": "detective inspector",
    "dci": "detective chief inspector",
    "sgt": "sergeant",
    "supt": "superintendent",
    "cllr": "councillor",
    "insp": "inspector",
    "ch supt": "chief superintendent",
    "det supt": "detective superintendent",
    "pcso": "police community support officer",
    "acc": "assistant chief constable",
}


def fixture_paths(split: str) -> list[Path]:
    return sorted(p for p in (FIXTURES / split).iterdir() if p.suffix in (".txt", ".md"))


def expectation(path: Path) -> dict:
    return json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))


def plain(text: str | None) -> str:
    text = (text or "").replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return " ".join(text.split())


def same_role(a: str | None, b: str | None) -> bool:
    def norm(role: str | None) -> str:
        role = plain(role).lower().strip(" .,")
        role = re.sub(r"^(?:the|a|an|his|her|their|its)\s+", "", role)
        return _ABBREVIATIONS.get(role, role)

    return norm(a) == norm(b)


def quote_matches(expected: dict, quote: ExtractedQuote) -> bool:
    return plain(quote.text).startswith(plain(expected["text"]))


def quote_correct(expected: dict, quote: ExtractedQuote) -> bool:
    return (
        quote_matches(expected, quote)
        and plain(quote.speaker) == plain(expected["speaker"])
        and same_role(quote.role, expected["role"])
    )


def is_scare_quote(expected: dict, quote: ExtractedQuote) -> bool:
    """A quote taken from a listed scare quote (a real quote that merely begins with the same word is not)."""
    if any(quote_matches(w, quote) for w in expected.get("quotes", [])):
        return False
    text = plain(quote.text).lower()
    return any(text.startswith(plain(sq).lower()) for sq in expected.get("scare_quotes", []))


def _digits(phone: str | None) -> str:
    return re.sub(r"\D", "", phone or "")


def _domain(url: str | None) -> str:
    if not url:
        return ""
    host = urlsplit(url if "://" in url else "http://" + url).hostname or ""
    return host.lower().removeprefix("www.")


def route_matches(expected: dict, route: ExtractedRoute) -> bool:
    if "route_id" in expected:
        return route.route_id == expected["route_id"]
    if "email" in expected:
        return route.route_id is None and (route.email or "").lower() == expected["email"].lower()
    if "phone" in expected:
        return route.route_id is None and _digits(route.phone) == _digits(expected["phone"])
    return route.route_id is None and _domain(route.url) == _domain(expected["url"])


@dataclass
class Score:
    quotes_expected: int = 0
    quotes_found: int = 0  # the quoted words were found
    quotes_correct: int = 0  # ... with the right speaker and role
    quotes_extracted: int = 0
    quotes_false: int = 0  # extracted quotes that are not expected at all
    scare_quotes_taken: int = 0
    routes_expected: int = 0
    routes_found: int = 0
    routes_extracted: int = 0  # optional routes not counted
    routes_false: int = 0
    false_phones: int = 0  # a number (time, age, count, date, reference) taken for a phone
    problems: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        for name, value in vars(other).items():
            if name == "problems":
                self.problems.extend(value)
            else:
                setattr(self, name, getattr(self, name) + value)


def score(name: str, expected: dict, got: Extracted) -> Score:
    s = Score()
    for want in expected.get("quotes", []):
        s.quotes_expected += 1
        matching = [q for q in got.quotes if quote_matches(want, q)]
        if matching:
            s.quotes_found += 1
        if any(quote_correct(want, q) for q in matching):
            s.quotes_correct += 1
        elif matching:
            q = matching[0]
            s.problems.append(
                f"{name}: quote {want['text'][:30]!r} attributed to {q.speaker!r}/{q.role!r}, "
                f"expected {want['speaker']!r}/{want['role']!r}"
            )
        else:
            s.problems.append(f"{name}: quote {want['text'][:30]!r} not found")
    s.quotes_extracted = len(got.quotes)
    for q in got.quotes:
        if not any(quote_matches(w, q) for w in expected.get("quotes", [])):
            s.quotes_false += 1
            s.problems.append(f"{name}: unexpected quote {q.text[:40]!r} ({q.speaker})")
        if is_scare_quote(expected, q):
            s.scare_quotes_taken += 1
    optional = expected.get("optional_routes", [])
    for want in expected.get("routes", []):
        s.routes_expected += 1
        if any(route_matches(want, r) for r in got.reporting_routes):
            s.routes_found += 1
        else:
            s.problems.append(f"{name}: route {want} not found")
    for r in got.reporting_routes:
        if any(route_matches(w, r) for w in optional):
            continue
        s.routes_extracted += 1
        if not any(route_matches(w, r) for w in expected.get("routes", [])):
            s.routes_false += 1
            s.problems.append(f"{name}: unexpected route {r.name!r} {r.phone!r} {r.url!r}")
            if r.route_id is None and r.phone:
                s.false_phones += 1
    for number in expected.get("not_phones", []):
        if any(_digits(r.phone) == _digits(number) for r in got.reporting_routes if r.route_id is None):
            s.problems.append(f"{name}: {number!r} taken for a phone number")
    return s
