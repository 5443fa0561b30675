"""Media contacts and lists (CRUD, CSV import with a dry run, export, a person's data export and erasure)."""

from __future__ import annotations

from ..clock import Clock
from ..db import Database


class Contacts:
    def __init__(self, db: Database, clock: Clock) -> None:
        self.db = db
        self.clock = clock
