"""Release emails and embargoed advance copies to media lists, sent from the release outbox."""

from __future__ import annotations

from datetime import tzinfo

from ..clock import Clock
from ..db import Database
from ..release import ReleaseDesk


class MediaDesk:
    def __init__(self, db: Database, clock: Clock, release: ReleaseDesk, zone: tzinfo) -> None:
        self.db = db
        self.clock = clock
        self.release = release
        self.zone = zone
