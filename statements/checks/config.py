"""The office's settings for the checks: one TOML file (``PRESSLINE_CHECKS``), checked in full when it is read.

Every key is optional; a missing file section keeps the defaults. A bad file raises :class:`ChecksConfigError`
naming the file and the key, so a server refuses to start with it rather than checking with half a setting.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from ..errors import PresslineError
from .findings import SEVERITIES

OFF = "off"

#: GOV.UK style guide, "words to avoid" (and plain-English swaps): word -> what to write instead.
DEFAULT_WORDS: dict[str, str] = {
    "utilise": "use", "utilize": "use", "utilisation": "use", "facilitate": "help or make possible",
    "leverage": "use or influence", "liaise": "work with or talk to", "commence": "start", "prior to": "before",
    "in order to": "to", "whilst": "while", "empower": "allow or give permission", "incentivise": "encourage",
    "disincentivise": "discourage", "overarching": "a plainer word, or nothing", "going forward": "from now on",
    "robust": "strong or thorough", "combat": "fight or reduce (unless military)", "tackling": "stopping, "
    "reducing or dealing with", "streamline": "simplify",
    "dialogue": "talk or discussion", "in due course": "soon, or a date", "deploy": "send or use",
}  # fmt: skip


class ChecksConfigError(PresslineError):
    """The checks file cannot be used; the message says which file and which key (the CLI: one line, exit 2)."""


@dataclass(frozen=True)
class ElectionPeriod:
    name: str
    start: date
    end: date

    def covers(self, day: date) -> bool:
        return self.start <= day <= self.end


@dataclass(frozen=True)
class ChecksConfig:
    max_reading_age: float = 14.0
    min_words_for_reading_age: int = 60
    max_sentence_words: int = 30
    guilt_words: tuple[str, ...] = ()
    sexual_offence_topics: tuple[str, ...] = ("sexual-offences",)
    short_codes: tuple[str, ...] = ()  # besides phonenumbers' list and statements.phones' extras (7726)
    required_routes: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    election_periods: tuple[ElectionPeriod, ...] = ()
    candidates: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    words: Mapping[str, str] = field(default_factory=lambda: dict(DEFAULT_WORDS))
    severities: Mapping[str, str] = field(default_factory=dict)

    def severity_of(self, rule_id: str, default: str) -> str:
        return self.severities.get(rule_id, default)


def load_config(path: str | Path | None, known_rules: set[str]) -> ChecksConfig:
    """The settings in ``path`` (TOML), or the defaults when no path is given."""
    if not path:
        return ChecksConfig()
    source = str(path)
    try:
        with open(path, "rb") as handle:
            data = tomllib.load(handle)
    except OSError as exc:
        raise ChecksConfigError(f"Checks file {source}: cannot read it ({exc.strerror or exc}).") from None
    except tomllib.TOMLDecodeError as exc:
        raise ChecksConfigError(f"Checks file {source}: not valid TOML ({exc}).") from None
    return parse_config(data, known_rules, source)


def parse_config(data: Mapping[str, Any], known_rules: set[str], source: str = "checks file") -> ChecksConfig:
    reader = _Reader(source)
    sections = {"readability", "legal", "routes", "election", "style", "rules"}
    reader.only(data, sections, "")
    read = reader.section(data, "readability", {"max_reading_age", "min_words", "max_sentence_words"})
    legal = reader.section(data, "legal", {"guilt_words", "sexual_offence_topics"})
    routes = reader.section(data, "routes", {"short_codes", "required"})
    election = reader.section(data, "election", {"periods", "candidates", "roles"})
    style = reader.section(data, "style", {"words", "allow"})
    rules = reader.section(data, "rules", None)
    defaults = ChecksConfig()
    words = dict(defaults.words)
    for word in reader.strings(style, "allow", "style"):
        words.pop(word.lower(), None)
    words.update({k.lower(): v for k, v in reader.table_of(style, "words", "style", str).items()})
    required = dict(defaults.required_routes)
    required.update({topic: tuple(ids) for topic, ids in reader.table_of(routes, "required", "routes", list).items()})
    for topic, ids in required.items():
        if not all(isinstance(i, str) and i for i in ids):
            reader.fail(f'[routes.required] {topic} must be a list of route ids, e.g. ["ceop"]')
    severities = {}
    for rule_id, value in rules.items():
        if rule_id not in known_rules:
            reader.fail(f"[rules] unknown rule {rule_id!r} (known: {', '.join(sorted(known_rules))})")
        if value not in (*SEVERITIES, OFF):
            reader.fail(f'[rules] {rule_id} must be "block", "warn" or "off", not {value!r}')
        severities[rule_id] = value
    return ChecksConfig(
        max_reading_age=reader.number(read, "max_reading_age", "readability", defaults.max_reading_age, 5, 25),
        min_words_for_reading_age=int(
            reader.number(read, "min_words", "readability", defaults.min_words_for_reading_age, 1, 10_000)
        ),
        max_sentence_words=int(
            reader.number(read, "max_sentence_words", "readability", defaults.max_sentence_words, 5, 500)
        ),
        guilt_words=tuple(w.lower() for w in reader.strings(legal, "guilt_words", "legal")),
        sexual_offence_topics=tuple(reader.strings(legal, "sexual_offence_topics", "legal"))
        or defaults.sexual_offence_topics,
        short_codes=tuple(dict.fromkeys([*defaults.short_codes, *reader.strings(routes, "short_codes", "routes")])),
        required_routes=required,
        election_periods=reader.periods(election),
        candidates=tuple(reader.strings(election, "candidates", "election")),
        roles=tuple(reader.strings(election, "roles", "election")),
        words=words,
        severities=severities,
    )


class _Reader:
    """Small typed getters that fail with the file name and the key's place in it."""

    def __init__(self, source: str) -> None:
        self.source = source

    def fail(self, message: str) -> None:
        raise ChecksConfigError(f"Checks file {self.source}: {message}.")

    def only(self, table: Mapping[str, Any], allowed: set[str], where: str) -> None:
        unknown = sorted(set(table) - allowed)
        if unknown:
            place = f"[{where}] " if where else ""
            self.fail(f"{place}unknown key {unknown[0]!r} (expected one of: {', '.join(sorted(allowed))})")

    def section(self, data: Mapping[str, Any], name: str, allowed: set[str] | None) -> Mapping[str, Any]:
        table = data.get(name, {})
        if not isinstance(table, Mapping):
            self.fail(f"{name} must be a table, e.g. [{name}]")
        if allowed is not None:
            self.only(table, allowed, name)
        return table

    def number(self, table: Mapping[str, Any], key: str, where: str, default: float, low: float, high: float) -> float:
        value = table.get(key, default)
        if isinstance(value, bool) or not isinstance(value, int | float) or not low <= value <= high:
            self.fail(f"[{where}] {key} must be a number from {low} to {high}, not {value!r}")
        return float(value)

    def strings(self, table: Mapping[str, Any], key: str, where: str) -> list[str]:
        value = table.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            self.fail(f'[{where}] {key} must be a list of words, e.g. ["one", "two"]')
        return [v.strip() for v in value]

    def table_of(self, table: Mapping[str, Any], key: str, where: str, kind: type) -> dict[str, Any]:
        value = table.get(key, {})
        if not isinstance(value, Mapping) or not all(isinstance(v, kind) for v in value.values()):
            self.fail(f"[{where}.{key}] must be a table of {'texts' if kind is str else 'lists'}")
        return dict(value)

    def periods(self, election: Mapping[str, Any]) -> tuple[ElectionPeriod, ...]:
        periods = election.get("periods", [])
        if not isinstance(periods, list):
            self.fail("[[election.periods]] must be a list of tables with name, start and end")
        out = []
        for i, period in enumerate(periods):
            if not isinstance(period, Mapping):
                self.fail(f"[[election.periods]] number {i + 1} must be a table with name, start and end")
            self.only(period, {"name", "start", "end"}, "election.periods")
            start, end = period.get("start"), period.get("end")
            if type(start) is not date or type(end) is not date or start > end:
                self.fail(
                    f"[[election.periods]] number {i + 1} needs start and end dates (start = 2028-03-27, "
                    "no quotes), start on or before end"
                )
            out.append(ElectionPeriod(str(period.get("name") or "pre-election period"), start, end))
        return tuple(out)
