"""The statement store: Pressline's domain. It knows no HTTP, chat or search engine.

Build everything once with :func:`open_services` and hand the bundle to the faces.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, tzinfo

from .catalogue import Catalogue, Filters, Page
from .changes import ChangeLog
from .checks import Checks, ChecksConfig
from .clock import Clock, utcnow
from .db import Database
from .keys import Keys
from .media.contacts import Contacts
from .media.desk import MediaDesk
from .media.enquiries import Enquiries
from .release import ReleaseDesk
from .replays import ReplayMemory
from .routes import Routes
from .sessions import ConsoleSessions
from .viewer import Role, Viewer
from .workflow import ChangeEvent, Workflow

__all__ = [
    "Catalogue", "ChangeEvent", "ChangeLog", "Checks", "ConsoleSessions", "Contacts", "Database", "Enquiries",
    "Filters", "Keys", "MediaDesk", "Page", "ReleaseDesk", "ReplayMemory", "Role", "Routes", "Services", "Viewer",
    "Workflow", "open_services",
]  # fmt: skip


@dataclass
class Services:
    db: Database
    catalogue: Catalogue
    workflow: Workflow
    keys: Keys
    routes: Routes
    changes: ChangeLog
    clock: Clock
    checks: Checks
    release: ReleaseDesk
    contacts: Contacts
    media: MediaDesk
    enquiries: Enquiries


def open_services(
    url: str, clock: Clock = utcnow, checks_config: ChecksConfig | None = None, zone: tzinfo = UTC
) -> Services:
    """Everything the faces need. ``checks_config`` is the office's checks file (defaults without one);
    ``zone`` is the office's time zone, which says what "today" is for stale wording and election periods."""
    db = Database(url)
    checks = Checks(checks_config, clock, zone)
    release = ReleaseDesk(db, clock)
    workflow = Workflow(db, clock, checks)
    workflow.subscribe(release.on_change)
    media = MediaDesk(db, clock, release, zone)
    workflow.within(media.on_write)  # release lists and embargo notices, in the transaction of the change
    return Services(
        db=db,
        catalogue=Catalogue(db, clock),
        workflow=workflow,
        keys=Keys(db, clock),
        routes=Routes(db, clock),
        changes=ChangeLog(db),
        clock=clock,
        checks=checks,
        release=release,
        contacts=Contacts(db, clock),
        media=media,
        enquiries=Enquiries(db, clock),
    )
