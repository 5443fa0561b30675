"""The statement store: Pressline's domain. It knows no HTTP, chat or search engine.

Build everything once with :func:`open_services` and hand the bundle to the faces.
"""

from __future__ import annotations

from dataclasses import dataclass

from .catalogue import Catalogue, Filters, Page
from .changes import ChangeLog
from .clock import Clock, utcnow
from .db import Database
from .keys import Keys
from .release import ReleaseDesk
from .replays import ReplayMemory
from .routes import Routes
from .sessions import ConsoleSessions
from .viewer import Role, Viewer
from .workflow import ChangeEvent, Workflow

__all__ = [
    "Catalogue", "ChangeEvent", "ChangeLog", "ConsoleSessions", "Database", "Filters", "Keys", "Page",
    "ReleaseDesk", "ReplayMemory", "Role", "Routes", "Services", "Viewer", "Workflow", "open_services",
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
    release: ReleaseDesk


def open_services(url: str, clock: Clock = utcnow) -> Services:
    db = Database(url)
    release = ReleaseDesk(db, clock)
    workflow = Workflow(db, clock)
    workflow.subscribe(release.on_change)
    return Services(
        db=db,
        catalogue=Catalogue(db, clock),
        workflow=workflow,
        keys=Keys(db, clock),
        routes=Routes(db, clock),
        changes=ChangeLog(db),
        clock=clock,
        release=release,
    )
