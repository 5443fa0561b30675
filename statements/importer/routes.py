"""Reporting routes in press text: web addresses, UK phone numbers and the names of known services.

Everything found is resolved against the routes registry (by phone digits, web domain, or name and
alias); what the registry does not know is kept as an unresolved route. Numbers are only phones when
they have a phone's shape: times (4.12pm, 16:30), ages, counts, dates, money, years and incident
references (36/48213/26, "1234 of 5 June") never are.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

from ..registry import RouteSpec
from .marks import find_segments
from .messages import MESSAGE_INTRO, MESSAGE_OUTRO
from .result import ExtractedRoute

_URL = re.compile(
    r"(?<![@\w.-])(?:https?://[^\s<>()\"“”'‘’\[\]]+"
    r"|www\.[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:/[^\s<>()\"“”'‘’\[\]]*)?"
    r"|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:uk|org|com|net|info|gov)(?:/[^\s<>()\"“”'‘’\[\]]*)?)"
    r"(?![\w@-])",
    re.IGNORECASE,
)
# A UK number starting 0 (or +44): 0300 123 2040, 0800 1111, 0808 16 89 111, 01603 276500, +44 (0)1603 276500
_LONG_PHONE = re.compile(
    r"(?<![\w/£$€.,:-])(?:\+44\s?\(0\)\s?|\+44\s?|0)\d{2,4}(?:[ -]?\d{2,4}){1,3}(?![\w/%:£]|[.,]\d)"
)
# 116 000, 116 123 (European harmonised numbers)
_HARMONISED = re.compile(r"(?<![\w/£.,:-])116[ ]?\d{3}(?![\w/%:]|[.,]\d)")
# 999, 101, 111, 159, 7726: only after a word that means "phone it"; after a weaker word ("on", "or", "to")
# the next word must not make it a count ("999 calls", "rose to 101 last year").
_SHORT = re.compile(
    r"(?:\b(?P<verb>(?i:call|calling|called|dial|dialling|dialing|ring|ringing|phone|phoning|text|texting|forward|"
    r"forwarding))|\b(?i:contact|contacting|on|via|or|to|number|line)|\bNHS)\b[^\S\n]*"
    r"(?:(?i:it\s+(?:free\s+)?to|the\s+police\s+on|police\s+on|us\s+on|free\s+on|free)\s+)?(?P<num>999|101|111|159|7726)"
    r"(?![\w/%:]|[.,]\d)"
)
# A five-digit text short code after "text": "text 61016", "text POLICE to 61016"
_SMS = re.compile(
    r"\b(?i:text|texting|sms)(?:[^\S\n]+(?:[A-Z]{2,12}|[\"“'‘][A-Z]{2,12}[\"”'’]|us|it))?(?:[^\S\n]+(?i:to|on))?"
    r"[^\S\n]+(?P<num>\d{5})(?![\w/%:£]|[.,]\d)"
)
_NOT_AFTER_SHORT = re.compile(
    r"^\s+(?!(?:if|and|or|for|to|in|immediately|straight|now|quoting|quote|free|which|where|when|on|at|as|"
    r"anonymously|option|service|the|with|about|so|but|instead|too|also|first|right|any|day|24|from|—|–|-)\b)[a-z]+"
)
# Contacts for journalists, not for the public: "Media enquiries: ...", "the communications team on 01473 ..."
_MEDIA_LINE = re.compile(
    r"\b(?:media|press)\s+(?:enquiries|office|officer|desk|contact|team|line|relations)\b"
    r"|\b(?:communications|comms)\s+(?:team|office|officer|manager|department|desk)\b|\binterview\s+requests?\b",
    re.IGNORECASE,
)
# Where the text for the public ends: an "ENDS" line, or a "Notes to editors" heading and what follows it.
_EDITORS_TRAILER = re.compile(
    r"^[^\S\n]*[#*_]*[^\S\n]*(?:[-–—#]*[^\S\n]*ENDS[^\S\n]*[-–—#]*[^\S\n]*[*_]*[^\S\n]*$"
    r"|(?i:notes?\s+(?:to|for)\s+editors?|editors?['’]?\s+notes?)\b)",
    re.MULTILINE,
)
_SECOND_LEVEL = ("co.uk", "org.uk", "police.uk", "gov.uk", "nhs.uk", "ac.uk", "sch.uk", "ltd.uk", "me.uk", "net.uk")


def _digits(phone: str) -> str:
    digits = re.sub(r"\D", "", phone)
    if digits.startswith("440"):
        digits = digits[2:]
    elif digits.startswith("44") and len(digits) > 10:
        digits = "0" + digits[2:]
    return digits


def _valid_long(digits: str) -> bool:
    if digits.startswith(("0800", "0808")):
        return 8 <= len(digits) <= 11
    return len(digits) in (10, 11) and digits[1] in "12378"


def _site(url: str) -> tuple[str, str]:
    """(registrable domain, path) of a url written with or without a scheme."""
    parts = urlsplit(url if "://" in url else "http://" + url)
    host = (parts.hostname or "").lower()
    labels = host.split(".")
    keep = 3 if ".".join(labels[-2:]) in _SECOND_LEVEL else 2
    return ".".join(labels[-keep:]), parts.path.rstrip("/")


@dataclass
class _Found:
    position: int
    route: ExtractedRoute


class RouteFinder:
    def __init__(self, routes: Sequence[RouteSpec]) -> None:
        self.routes = list(routes)
        self.by_digits = {_digits(r.phone): r for r in self.routes if r.phone}
        names = []
        for route in self.routes:
            for label in (route.name, *route.aliases):
                names.append((label, route))
        names.sort(key=lambda pair: len(pair[0]), reverse=True)
        self.names = [(self._name_pattern(label), route) for label, route in names]

    @staticmethod
    def _name_pattern(label: str) -> re.Pattern[str]:
        body = "".join(r"\s+" if ch == " " else "['’]" if ch in "'’" else re.escape(ch) for ch in label)
        return re.compile(rf"(?<![\w-]){body}(?![\w-])")

    def _resolved(self, spec: RouteSpec) -> ExtractedRoute:
        return ExtractedRoute(name=spec.name, phone=spec.phone, url=spec.url, route_id=spec.id)

    def _by_url(self, url: str) -> RouteSpec | None:
        domain, path = _site(url)
        candidates = [r for r in self.routes if r.url and _site(r.url)[0] == domain]
        if not candidates:
            return None
        with_path = [r for r in candidates if _site(r.url or "")[1] and path.startswith(_site(r.url or "")[1])]
        if with_path:
            return with_path[0]
        roots = [r for r in candidates if not _site(r.url or "")[1]]
        return (roots or candidates)[0]

    def find(self, text: str) -> list[ExtractedRoute]:
        trailer = _EDITORS_TRAILER.search(text)
        if trailer:
            text = text[: trailer.start()]
        text = text.replace("**", "  ")  # "call **999**": emphasis is not part of the number
        found: list[_Found] = []
        taken: list[tuple[int, int]] = []
        messages = message_spans(text)
        for match in _URL.finditer(text):
            url = match.group(0).rstrip(".,;:!?)")
            if "." not in url.split("//")[-1] or re.fullmatch(r"[\d.]+", url):
                continue
            taken.append((match.start(), match.end()))
            spec = self._by_url(url)
            if spec is None and any(a <= match.start() < b for a, b in messages):
                continue  # a scam text's link: words nobody speaks for are not advice
            route = self._resolved(spec) if spec else ExtractedRoute(name=_site(url)[0], phone=None, url=url)
            found.append(_Found(match.start(), route))
        for line_start, line in _lines(text):
            if _MEDIA_LINE.search(line):
                continue
            for pattern in (_LONG_PHONE, _HARMONISED):
                for match in pattern.finditer(line):
                    self._phone(match.group(0).strip(), line_start + match.start(), found, taken, messages)
            for match in _SHORT.finditer(line):
                if not match.group("verb") and _NOT_AFTER_SHORT.match(line[match.end() :]):
                    continue
                self._phone(match.group("num"), line_start + match.start("num"), found, taken, messages)
            for match in _SMS.finditer(line):
                self._phone(match.group("num"), line_start + match.start("num"), found, taken, messages, True)
        for pattern, spec in self.names:
            for match in pattern.finditer(text):
                if any(a <= match.start() < b for a, b in taken):
                    continue
                taken.append((match.start(), match.end()))
                found.append(_Found(match.start(), self._resolved(spec)))
        return _dedupe(found)

    def _phone(self, printed: str, position: int, found: list[_Found], taken: list[tuple[int, int]],
               messages: list[tuple[int, int]], short_code: bool = False) -> None:  # fmt: skip
        """Keep a phone number unless already taken, not shaped like a phone, or an unknown number inside a
        quoted message."""
        if any(a <= position < b for a, b in taken):
            return
        digits = _digits(printed)
        spec = self.by_digits.get(digits)
        if spec is None and not (short_code or digits.startswith("116") or _valid_long(digits)):
            return
        if spec is None and any(a <= position < b for a, b in messages):
            return
        taken.append((position, position + len(printed)))
        route = self._resolved(spec) if spec else ExtractedRoute(name=printed, phone=printed, url=None)
        found.append(_Found(position, route))


def message_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text`` quotes words nobody speaks for ('The messages read: "…"', '"…," the text said.'): an
    address or number there belongs to the scam, not to a service, unless it is a known one."""
    spans: list[tuple[int, int]] = []
    offset = 0
    for paragraph in re.split(r"(\n\s*\n)", text):
        for seg in find_segments(paragraph):
            head = re.split(r"[.!?]\s+", paragraph[: seg.start])[-1]
            head = re.sub(r",\s+(?:which|who|that)\b[^,]*,", "", head)  # "The messages, which began …, read:"
            if MESSAGE_INTRO.search(head) or MESSAGE_OUTRO.match(paragraph[seg.end :]):
                spans.append((offset + seg.start, offset + seg.end))
        offset += len(paragraph)
    return spans


def _lines(text: str) -> list[tuple[int, str]]:
    """Sentences-ish units (split on line breaks and sentence ends) with their offsets."""
    out, offset = [], 0
    for piece in re.split(r"(?<=[.!?])\s+|\n", text):
        index = text.find(piece, offset)
        out.append((index, piece))
        offset = index + len(piece)
    return out


def _dedupe(found: list[_Found]) -> list[ExtractedRoute]:
    seen: set[str] = set()
    routes: list[ExtractedRoute] = []
    for item in sorted(found, key=lambda f: f.position):
        route = item.route
        key = route.route_id or _digits(route.phone or "") or _site(route.url or "")[0]
        if key in seen:
            continue
        seen.add(key)
        routes.append(route)
    return routes


def find_routes(text: str, routes: Sequence[RouteSpec]) -> list[ExtractedRoute]:
    """Every reporting route mentioned in ``text``, in order of first mention, each once."""
    return RouteFinder(routes).find(text)
