"""Scoring the importer against the December 2026 blind holdout (``holdout_2026_12/``), by the rules of that
folder's README (its answer keys have their own format: ``text_start``, roles matched by containment of their
words, routes matched by any one contact value, ``not_quotes`` and ``not_routes``). Text normalising is the
one the older fixtures use (importer_scoring.plain).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from importer_scoring import plain

from statements.importer import Extracted, ExtractedQuote, ExtractedRoute, extract, read_press_file

FOLDER = Path(__file__).parent / "holdout_2026_12"
_ARTICLE = re.compile(r"^(?:the|a|an)\s+")


def texts(folder: Path = FOLDER) -> list[Path]:
    """The texts of a holdout folder written to this README's key format (``holdout_2026_12`` by default)."""
    return sorted(p for p in folder.iterdir() if p.suffix in (".txt", ".md") and p.with_suffix(".json").exists())


def key(path: Path) -> dict:
    return json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))


def _words(text: str | None) -> set[str]:
    text = _ARTICLE.sub("", plain(text).lower())
    return set(re.findall(r"[a-z0-9]+", re.sub(r"'s\b", "", text)))


def quote_matches(want: dict, quote: ExtractedQuote) -> bool:
    return plain(quote.text).startswith(plain(want["text_start"]))


def speaker_right(want: dict, quote: ExtractedQuote) -> bool:
    return plain(quote.speaker).lower() == plain(want.get("speaker")).lower()


def role_right(want: dict, quote: ExtractedQuote) -> bool:
    """The extracted role contains the key role's words (any order, punctuation and possessive 's ignored)."""
    return _words(want.get("role")) <= _words(quote.role)


def is_not_quote(not_quote: str, quote: ExtractedQuote) -> bool:
    ours, theirs = plain(quote.text).lower(), plain(not_quote).lower().strip(" .,")
    return bool(theirs) and (ours.startswith(theirs) or theirs.startswith(ours.rstrip(" .,")))


def _digits(phone: str | None) -> str:
    digits = re.sub(r"\D", "", phone or "")
    return "0" + digits[2:] if (phone or "").lstrip().startswith("+44") else digits


def _url(url: str | None) -> str:
    url = (url or "").lower()
    return re.sub(r"^(?:https?://)?(?:www\.)?", "", url).rstrip("/")


def route_matches(want: dict, route: ExtractedRoute) -> bool:
    return bool(
        (want.get("phone") and _digits(route.phone) == _digits(want["phone"]))
        or (want.get("url") and _url(route.url) == _url(want["url"]))
        or (want.get("email") and (route.email or "").lower() == want["email"].lower())
    )


def name_right(want: dict, route: ExtractedRoute) -> bool:
    ours, theirs = route.name.lower(), (want.get("name") or "").lower()
    return not theirs or theirs in ours or ours in theirs


def is_false_route(not_route: str, route: ExtractedRoute) -> bool:
    """A criminal's or a journalist's contact, a reference or a time in a route: phones by digits, the rest by
    containment."""
    digits = re.sub(r"\D", "", not_route)
    # a web or e-mail address is compared as one ("nhs111-priority.co.uk/verify" is not the phone 111)
    address = "@" in not_route or re.search(r"[a-z]\.[a-z]{2,}", not_route.lower()) is not None
    if route.phone and digits and len(digits) >= 3 and not address and _digits(not_route) == _digits(route.phone):
        return True
    # a web address printed with its scheme is the same address without it ("https://www.x.police.uk/y" is the route
    # "x.police.uk/y")
    needle = _url(not_route.strip())
    return any(needle and needle in _url(value) for value in (route.url, route.email))


@dataclass
class Score:
    quotes: int = 0
    found: int = 0
    speaker: int = 0
    correct: int = 0  # speaker and role
    extra_quotes: int = 0
    not_quotes_taken: int = 0
    routes: int = 0
    routes_found: int = 0
    names_right: int = 0
    false_routes: int = 0  # a not_routes value in a route
    false_in_draft: int = 0  # ... of them a registry route, which `pressline import` links to the draft
    unexpected_routes: int = 0  # a route the key does not list (and not a false one)
    misses: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        for name, value in vars(other).items():
            if name == "misses":
                self.misses.extend(value)
            else:
                setattr(self, name, getattr(self, name) + value)


def score(name: str, want: dict, got: Extracted) -> Score:
    s = Score()
    for q in want.get("quotes", []):
        s.quotes += 1
        matching = [x for x in got.quotes if quote_matches(q, x)]
        s.found += bool(matching)
        s.speaker += any(speaker_right(q, x) for x in matching)
        if any(speaker_right(q, x) and role_right(q, x) for x in matching):
            s.correct += 1
        elif matching:
            x = matching[0]
            s.misses.append(
                f"{name}: quote {q['text_start'][:32]!r} -> {x.speaker!r}/{x.role!r}, "
                f"key {q.get('speaker')!r}/{q.get('role')!r}"
            )
        else:
            s.misses.append(f"{name}: quote {q['text_start'][:32]!r} not found (key {q.get('speaker')!r})")
    for x in got.quotes:
        if not any(quote_matches(q, x) for q in want.get("quotes", [])):
            taken = [n for n in want.get("not_quotes", []) if is_not_quote(n, x)]
            s.not_quotes_taken += bool(taken)
            s.extra_quotes += not taken
            s.misses.append(f"{name}: {'NOT-QUOTE taken' if taken else 'extra quote'} {x.text[:40]!r} ({x.speaker})")
    for r in want.get("routes", []):
        s.routes += 1
        matching = [x for x in got.reporting_routes if route_matches(r, x)]
        if matching:
            s.routes_found += 1
            s.names_right += any(name_right(r, x) for x in matching)
            if not any(name_right(r, x) for x in matching):
                s.misses.append(f"{name}: route {r} named {matching[0].name!r}")
        else:
            s.misses.append(f"{name}: route not found {r}")
    for x in got.reporting_routes:
        # (a route the key lists is never false, though a not-route such as a reference stands inside its address:
        # "www.x.police.uk/appeal-26-41937" and "26-41937")
        listed = any(route_matches(r, x) for r in want.get("routes", []))
        false = [] if listed else [n for n in want.get("not_routes", []) if is_false_route(n, x)]
        if false:
            s.false_routes += 1
            s.false_in_draft += x.route_id is not None
            s.misses.append(f"{name}: FALSE ROUTE {x.name!r} {x.phone or x.url or x.email!r} ({false[0]!r})")
        elif not any(route_matches(r, x) for r in want.get("routes", [])):
            s.unexpected_routes += 1
            s.misses.append(f"{name}: unexpected route {x.name!r} {x.phone or x.url or x.email!r}")
    return s


def figures(s: Score) -> list[str]:
    """The figures of a score as printed by bench/importer_eval.py and the holdout scoring tests."""
    pct = lambda part, whole: f"{100 * part / whole:5.1f}%" if whole else "  n/a"  # noqa: E731
    return [
        f"quotes: {s.correct}/{s.quotes} right speaker and role ({pct(s.correct, s.quotes)}), speaker right "
        f"{s.speaker}/{s.quotes}, words found {s.found}/{s.quotes}, extra quotes {s.extra_quotes}, "
        f"not-quotes taken {s.not_quotes_taken}",
        f"routes: {s.routes_found}/{s.routes} found ({pct(s.routes_found, s.routes)}), named as the key names "
        f"them {s.names_right}/{s.routes_found}, false routes (a not_routes value) {s.false_routes} "
        f"({s.false_in_draft} of them registry routes a draft would link), unexpected routes {s.unexpected_routes}",
    ]


def scored(folder: Path, routes, topics) -> Score:
    """Every text of the holdout ``folder`` extracted and scored together; the figures and the misses are
    printed (run pytest with ``-s`` to see them)."""
    total = Score()
    for path in texts(folder):
        total.add(score(path.name, key(path), extract(read_press_file(path), routes, topics)))
    print(f"\n[{folder.name}] {len(texts(folder))} files")
    for line in figures(total):
        print("  " + line)
    for miss in total.misses:
        print("    -", miss)
    return total


def holds(s: Score, quotes: int, speakers: int, routes: int, false_routes: int = 0, not_quotes: int = 0) -> None:
    """A holdout's floors: at least ``quotes`` right (speaker and role), ``speakers`` right and ``routes`` found;
    at most ``false_routes`` and ``not_quotes`` taken."""
    assert s.correct >= quotes
    assert s.speaker >= speakers
    assert s.routes_found >= routes
    assert s.false_routes <= false_routes
    assert s.not_quotes_taken <= not_quotes
