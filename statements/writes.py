"""Hooks into the workflow's transactions: what a write is about to commit, for code that must write with it.

The media desk uses this to store the lists chosen at approval or publication and to tell advance-copy
recipients of a moved or cancelled embargo, in the same transaction as the change (see :mod:`statements.media`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from .models import Statement, Version
from .viewer import Viewer


@dataclass(frozen=True)
class Write:
    """A write about to commit. ``detail`` becomes its audit event's detail: a hook may add to it, or raise a
    domain error to refuse the whole write."""

    session: Session
    action: str
    statement: Statement
    version: Version
    actor: Viewer
    detail: dict[str, Any]
    at: datetime


Hook = Callable[[Write], None]
