"""The enquiry log: media enquiries, the approved lines given, and their status."""

from __future__ import annotations

from ..clock import Clock
from ..db import Database


class Enquiries:
    def __init__(self, db: Database, clock: Clock) -> None:
        self.db = db
        self.clock = clock
