"""Pre-publication checks: legal, safety, accessibility and house-style rules over a version's wording.

A rule is one function in its family's module (``legal``, ``routes``, ``election``, ``readability``,
``style``) registered with :func:`~.registry.rule`; :class:`Checks` runs them all. No face, no database.
"""

from __future__ import annotations

from .config import ChecksConfig, ChecksConfigError, load_config, parse_config
from .engine import Checks
from .findings import BLOCK, WARN, Finding, blocking, first_line, tally
from .registry import RULES
from .subject import CASE_STAGES, QuoteIn, RouteIn, Subject

__all__ = [
    "BLOCK", "CASE_STAGES", "RULES", "WARN", "Checks", "ChecksConfig", "ChecksConfigError", "Finding", "QuoteIn",
    "RouteIn", "Subject", "blocking", "first_line", "load_config", "open_config", "parse_config", "tally",
]  # fmt: skip


def open_config(path: str | None) -> ChecksConfig:
    """The office's configuration from ``path`` (``PRESSLINE_CHECKS``), validated against the known rules."""
    return load_config(path, set(RULES))
