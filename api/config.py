"""Settings: defaults, then the environment, then an explicit override (tests). Read once, in the faces, and
checked there (:func:`validate_settings`), so a bad value stops start-up with one sentence naming it."""

from __future__ import annotations

import os
import secrets
from collections.abc import Mapping
from email.utils import parseaddr
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from statements.checks import ChecksConfig, open_config
from statements.db import sqlite_url
from statements.media.smtp import parse_smtp_url

ENV = {
    "DATA_DIR": "PRESSLINE_DATA_DIR",
    "DATABASE_URL": "PRESSLINE_DATABASE_URL",
    "INDEX_DIR": "PRESSLINE_INDEX_DIR",
    "SYNONYMS_FILE": "PRESSLINE_SYNONYMS_FILE",
    "SECRET_KEY": "PRESSLINE_SECRET_KEY",
    "RATE_LIMITS": "PRESSLINE_RATE_LIMITS",
    "RATELIMIT_STORAGE_URL": "PRESSLINE_RATELIMIT_STORAGE_URL",
    "TIMEZONE": "PRESSLINE_TIMEZONE",
    "CHECKS": "PRESSLINE_CHECKS",
    "PROXY_COUNT": "PRESSLINE_PROXY_COUNT",
    "PUBLIC_URL": "PRESSLINE_PUBLIC_URL",
    "READ_CACHE_SECONDS": "PRESSLINE_READ_CACHE_SECONDS",
    "READ_CACHE_HEAD_EVERY": "PRESSLINE_READ_CACHE_HEAD_EVERY",
    "WEBHOOKS_ALLOW_PRIVATE": "PRESSLINE_WEBHOOKS_ALLOW_PRIVATE",
    "WEBHOOKS_TIMEOUT": "PRESSLINE_WEBHOOKS_TIMEOUT",
    "RELEASE_WORKERS": "PRESSLINE_RELEASE_WORKERS",
    "RELEASE_LEASE_SECONDS": "PRESSLINE_RELEASE_LEASE_SECONDS",
    "SMTP_URL": "PRESSLINE_SMTP_URL",
    "MAIL_FROM": "PRESSLINE_MAIL_FROM",
    "MAIL_CONTACT": "PRESSLINE_MAIL_CONTACT",
    "SLACK_SIGNING_SECRET": "SLACK_SIGNING_SECRET",
    "SLACK_BOT_TOKEN": "SLACK_BOT_TOKEN",
    "SLACK_NOTIFY_CHANNEL": "SLACK_NOTIFY_CHANNEL",
    "SLACK_API_URL": "SLACK_API_URL",
    "SLACK_APP_TOKEN": "SLACK_APP_TOKEN",
    "SLACK_SOCKET_CONNECTIONS": "SLACK_SOCKET_CONNECTIONS",
    "CHAT_MEMORY_URL": "PRESSLINE_CHAT_MEMORY_URL",
    "TEAMS_APP_ID": "TEAMS_APP_ID",
    "TEAMS_OPENID_METADATA_URL": "TEAMS_OPENID_METADATA_URL",
    "TEAMS_OUTGOING_WEBHOOK_SECRET": "TEAMS_OUTGOING_WEBHOOK_SECRET",
    "TEAMS_NOTIFY_WEBHOOK_URL": "TEAMS_NOTIFY_WEBHOOK_URL",
}

DEFAULTS: dict[str, Any] = {
    "DATA_DIR": "./var",
    "RATE_LIMITS": "600 per minute",
    "RATELIMIT_STORAGE_URL": "memory://",
    "TIMEZONE": "Europe/London",
    "READ_CACHE_SECONDS": 5,
    "READ_CACHE_HEAD_EVERY": 0.25,
    "SLACK_API_URL": "https://slack.com/api/",
}


def load_settings(override: Mapping[str, Any] | None = None, environ: Mapping[str, str] = os.environ) -> dict[str, Any]:
    settings = dict(DEFAULTS)
    for key, var in ENV.items():
        if environ.get(var):
            settings[key] = environ[var]
    settings.update(override or {})
    data_dir = Path(settings["DATA_DIR"])
    settings["DATA_DIR"] = data_dir
    settings.setdefault("DATABASE_URL", sqlite_url(data_dir))
    settings["INDEX_DIR"] = Path(settings.get("INDEX_DIR") or data_dir / "index")
    return validate_settings(settings)


class SettingsError(ValueError):
    """A setting that cannot work: raised at start-up, naming the environment variable, before anything serves."""


def validate_settings(settings: dict[str, Any]) -> dict[str, Any]:
    """Check and convert the settings that would otherwise fail later, or silently differ between faces (a bad
    time zone was UTC in the console but an exception in notices). Raises :class:`SettingsError`."""
    problems: list[str] = []
    try:
        ZoneInfo(str(settings["TIMEZONE"]))
    except (ZoneInfoNotFoundError, ValueError):
        problems.append(
            f"PRESSLINE_TIMEZONE: {settings['TIMEZONE']!r} is not a time zone; use an IANA name such as Europe/London."
        )
    for key, floor in (("READ_CACHE_SECONDS", 0.0), ("READ_CACHE_HEAD_EVERY", 0.0), ("PROXY_COUNT", 0)):
        value = settings.get(key)
        if value in (None, ""):
            continue
        try:
            number = type(floor)(value)
        except (TypeError, ValueError):
            number = None
        if number is None or number < floor:
            kind = "a whole number" if isinstance(floor, int) else "a number of seconds"
            problems.append(f"{ENV[key]}: {value!r} is not {kind} (0 or more).")
        else:
            settings[key] = number
    synonyms = settings.get("SYNONYMS_FILE")
    if synonyms and not Path(synonyms).is_file():
        problems.append(f"PRESSLINE_SYNONYMS_FILE: {str(synonyms)!r} is not a readable file of synonym groups.")
    public_url = settings.get("PUBLIC_URL")
    if public_url and not str(public_url).startswith(("https://", "http://")):
        problems.append(f"PRESSLINE_PUBLIC_URL: {public_url!r} must start with https:// (or http://).")
    problems.extend(_mail_problems(settings))
    if problems:
        raise SettingsError(" ".join(problems))
    return settings


def _mail_problems(settings: Mapping[str, Any]) -> list[str]:
    """Release emails need a server, a sender, and the public address their unsubscribe links point to."""
    if not settings.get("SMTP_URL"):
        return []
    problems = []
    try:
        parse_smtp_url(str(settings["SMTP_URL"]))
    except ValueError as exc:
        problems.append(f"PRESSLINE_SMTP_URL: {exc} (e.g. smtp://user:password@mail.example.org:587).")
    if "@" not in parseaddr(str(settings.get("MAIL_FROM") or ""))[1]:
        problems.append("PRESSLINE_MAIL_FROM: give the address release emails come from, e.g. "
                        "'Press office <press@example.org>' (needed with PRESSLINE_SMTP_URL).")  # fmt: skip
    if not settings.get("PUBLIC_URL"):
        problems.append("PRESSLINE_PUBLIC_URL: needed with PRESSLINE_SMTP_URL (unsubscribe links point there).")
    return problems


def ensure_data_dir(settings: Mapping[str, Any]) -> None:
    Path(settings["DATA_DIR"]).mkdir(parents=True, exist_ok=True)


def secret_key(settings: Mapping[str, Any]) -> str:
    """``PRESSLINE_SECRET_KEY``, else a random key made once and kept in the data directory."""
    if settings.get("SECRET_KEY"):
        return str(settings["SECRET_KEY"])
    path = Path(settings["DATA_DIR"]) / "secret_key"
    if not path.exists():
        ensure_data_dir(settings)
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            pass  # another worker made it first
        else:
            with os.fdopen(fd, "w") as handle:
                handle.write(secrets.token_hex(32))
    return path.read_text().strip()


def office_zone(settings: Mapping[str, Any]) -> ZoneInfo:
    """The office's time zone (``PRESSLINE_TIMEZONE``): what "today" is for stale wording and election periods."""
    try:
        return ZoneInfo(str(settings.get("TIMEZONE") or "Europe/London"))
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def checks_config(settings: Mapping[str, Any]) -> ChecksConfig:
    """The office's checks file (``PRESSLINE_CHECKS``, TOML), validated now; the defaults when it is not set.
    A bad file raises ``ChecksConfigError`` saying which file and key, so nothing starts with it."""
    return open_config(settings.get("CHECKS"))
