"""Wiring the release desk into a process: the partner webhook sink, and the dispatcher when serving.

Settings: ``WEBHOOKS_ALLOW_PRIVATE`` (http and private addresses allowed: tests, on-premises receivers),
``WEBHOOKS_TIMEOUT`` (seconds a receiver may take), ``SMTP_URL`` with ``MAIL_FROM``, ``MAIL_CONTACT`` and
``PUBLIC_URL`` (release emails to media lists; none without ``SMTP_URL``), ``RELEASE_DISPATCH`` (run the
dispatcher in this process: ``pressline serve`` does), ``RELEASE_WORKERS``, ``RELEASE_LEASE_SECONDS``,
``RELEASE_INTERVAL``.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from statements import Services, Viewer
from statements.media.compose import Letterhead
from statements.media.smtp import Mailer, parse_smtp_url
from statements.release.webhooks import WebhookSink
from statements.views import VersionView

from .v1.schemas.versions import PUBLIC_VERSION

TRUE = ("1", "true", "yes", "on")


def _flag(value: Any) -> bool:
    return value is True or str(value or "").strip().lower() in TRUE


def render_version(view: VersionView, viewer: Viewer) -> dict[str, Any]:
    """The version JSON a partner reads from ``GET /api/v1/statements/{slug}``."""
    return PUBLIC_VERSION.dump(view)


def init_app(services: Services, settings: Mapping[str, Any]) -> None:
    desk = services.release
    allow_private = _flag(settings.get("WEBHOOKS_ALLOW_PRIVATE"))
    desk.subscriptions.allow_private = allow_private
    timeout = float(settings.get("WEBHOOKS_TIMEOUT") or 10)
    desk.add_sink("webhooks", WebhookSink(services.db, render_version, allow_private=allow_private, timeout=timeout))
    if settings.get("SMTP_URL"):
        contact = str(settings.get("MAIL_CONTACT") or "")
        head = Letterhead(str(settings["MAIL_FROM"]), contact, str(settings["PUBLIC_URL"]))
        mailer = Mailer(parse_smtp_url(str(settings["SMTP_URL"])), local_hostname=head.domain)
        desk.add_sink("media", services.media.sink(mailer, head))
    if not _flag(settings.get("RELEASE_DISPATCH")):
        return
    lease = max(float(settings.get("RELEASE_LEASE_SECONDS") or 60), timeout * 3)
    lock = str(Path(settings["DATA_DIR"]) / "release.lock") if services.db.is_sqlite else None
    if lock:
        Path(settings["DATA_DIR"]).mkdir(parents=True, exist_ok=True)
    desk.dispatcher_for(
        workers=int(settings.get("RELEASE_WORKERS") or 32),
        lease=lease,
        interval=float(settings.get("RELEASE_INTERVAL") or 0.25),
        lock_path=lock,
    )


def start(services: Services) -> None:
    """Start the dispatcher made by :func:`init_app` (after every sink is registered)."""
    if services.release.dispatcher is not None:
        services.release.dispatcher.start()
