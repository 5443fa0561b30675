"""Reporting-route rules: numbers that work, 999 where there is danger, the routes the office requires.

Numbers are found with ``phonenumbers``' matcher (full numbers) and, for short codes (999, 101, 116 123,
159...), after a calling word ("call", "text", "dial"), because the matcher never returns short codes; each is
judged by :mod:`statements.phones`, the one place that says what a valid UK number is.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

import phonenumbers
from phonenumbers import Leniency, PhoneNumberMatcher

from ..phones import is_valid_phone
from .config import ChecksConfig
from .findings import BLOCK, WARN, Hit
from .registry import rule
from .subject import Subject
from .text import before

EMERGENCY = ("999", "112")
#: Ofcom's numbers for drama (national significant numbers, without the leading 0)
DRAMA_RANGES = (
    "1134960", "1144960", "1154960", "1164960", "1174960", "1184960", "1214960", "1314960", "1414960", "1514960",
    "1614960", "1914980", "2079460", "2896496", "2920180", "1632960", "7700900", "8081570", "9098790", "3069990",
)  # fmt: skip
_STRETCH = re.compile(r"[+(]?\d[\d\s()./-]{7,}\d\)?")
#: a number a person is told to call or text: "call 101", "text 7726", "ring us on 116 123"
SHORT_CODE = re.compile(
    r"\b(?:call|calling|dial|dialling|ring|phone|telephone|text|texting)\b(?:[^\S\n]+(?:us|them|the\s+police|"
    r"police|free|for\s+free|now|immediately|on|at|via|number))*[^\S\n]+(?P<number>\d{3}(?:[^\S\n]?\d{3})?|\d{4,5})"
    r"(?![\d/:-]|\.\d|\s\d)",
    re.IGNORECASE,
)
DANGER = re.compile(
    r"(?<!not )\b(?:(?:in|at)\s+immediate\s+(?:danger|risk)|immediate\s+(?:danger|threat|risk)|in\s+danger|"
    r"life\s+is\s+(?:in\s+danger|at\s+risk)|crime\s+is\s+(?:in\s+progress|happening)|in\s+an\s+emergency|"
    r"happening\s+(?:right\s+)?now)\b",
    re.IGNORECASE,
)


def valid_number(raw: str, config: ChecksConfig) -> bool:
    """A valid UK number, or a short code phonenumbers knows or the office recognises."""
    digits = re.sub(r"\D", "", raw)
    if digits in {re.sub(r"\D", "", c) for c in config.short_codes}:
        return True
    return _valid(raw.strip())


@lru_cache(maxsize=4096)
def _valid(raw: str) -> bool:
    """The verdict of :func:`statements.phones.is_valid_phone` on one number as written (the same few numbers
    recur in every statement)."""
    return is_valid_phone(raw)


@lru_cache(maxsize=4096)
def _parsed(raw: str) -> phonenumbers.PhoneNumber | None:
    try:
        return phonenumbers.parse(raw, "GB")
    except phonenumbers.NumberParseException:
        return None


def _full_numbers(text: str) -> Iterator[tuple[int, int, str]]:
    """Dialable numbers in ``text`` written as UK or international numbers (start with 0 or +).

    phonenumbers' matcher reads only the stretches that could hold a number (a digit, then eight or more
    digits, spaces, dashes, dots, slashes or brackets, with a character either side): scanning the whole text
    costs about ten times more and finds nothing else."""
    for stretch in _STRETCH.finditer(text):
        start = max(0, stretch.start() - 1)
        window = text[start : stretch.end() + 1]
        for match in PhoneNumberMatcher(window, "GB", leniency=Leniency.POSSIBLE):
            raw = match.raw_string
            if not raw.lstrip("(").startswith(("0", "+")) or "/" in raw or "." in raw:
                continue  # "41/81542/26", "10.45": references and times, not numbers
            if len(re.sub(r"\D", "", raw)) < 9:
                continue
            yield start + match.start, start + match.end, raw


@lru_cache(maxsize=64)
def numbers(subject: Subject) -> tuple[tuple[str, int, int, str], ...]:
    """``(field, start, end, number)`` of every phone number in the routes and the wording (two rules read
    them: worked out once per subject)."""
    found = []
    for i, route in enumerate(subject.routes):
        if route.phone:
            found.append((f"reporting_routes.{i}.phone", 0, len(route.phone), route.phone))
    for field, text in subject.passages():
        found.extend((field, start, end, raw) for start, end, raw in _full_numbers(text))
        found.extend((field, m.start("number"), m.end("number"), m.group("number")) for m in SHORT_CODE.finditer(text))
    return tuple(found)


def is_drama(raw: str) -> bool:
    """A number in a range Ofcom keeps for TV, radio and film (07700 900xxx, 020 7946 0xxx...): never in use."""
    number = _parsed(raw.strip())
    return number is not None and str(number.national_number).startswith(DRAMA_RANGES)


@rule("routes.phone-number", BLOCK)
def phone_numbers(subject: Subject, config: ChecksConfig) -> Iterator[Hit]:
    """A phone number in the routes or the wording that is not a valid UK number or known short code."""
    for field, start, end, raw in numbers(subject):
        if is_drama(raw) or valid_number(raw, config):
            continue
        where = "route's number" if field.startswith("reporting_routes") else "number"
        yield Hit(
            field, start, end, raw,
            f"The {where} {raw} is not a valid UK phone number or recognised short code (999, 101, 111, 116 123, "
            "159...): check every digit.",
        )  # fmt: skip


@rule("routes.drama-number", WARN)
def drama_numbers(subject: Subject, config: ChecksConfig) -> Iterator[Hit]:
    """A number from Ofcom's drama ranges: a placeholder nobody answers."""
    for field, start, end, raw in numbers(subject):
        if is_drama(raw):
            yield Hit(
                field, start, end, raw,
                f"{raw} is in a range Ofcom reserves for drama, so nobody will answer it: put the real number in "
                "before this goes out.",
            )  # fmt: skip


@rule("routes.danger-without-999", BLOCK)
def danger_without_999(subject: Subject, config: ChecksConfig) -> Iterator[Hit]:
    """Wording about immediate danger in a version with no 999 route."""
    if any(r.phone and re.sub(r"\D", "", r.phone) in EMERGENCY for r in subject.routes):
        return
    for field, text in subject.passages():
        for m in DANGER.finditer(text):
            if re.search(r"\bnot\s+(?:be\s+|thought\s+to\s+be\s+|believed\s+to\s+be\s+)?$", before(text, m.start())):
                continue
            yield Hit(
                field, m.start(), m.end(), m.group(),
                f"“{m.group()}” speaks of immediate danger but the version has no 999 route: add the emergency "
                "route so readers know to call 999.",
            )  # fmt: skip
            return


@rule("routes.required", BLOCK)
def required_routes(subject: Subject, config: ChecksConfig) -> Iterator[Hit]:
    """A topic the office says needs a route (online-safety needs CEOP) without that route."""
    linked = {r.id for r in subject.routes}
    for topic in subject.topics:
        needed = config.required_routes.get(topic)
        if needed and not linked.intersection(needed):
            yield Hit(
                "reporting_routes",
                0,
                0,
                topic,
                f"Statements on {topic} need the {' or '.join(needed)} reporting route: add it.",
            )
