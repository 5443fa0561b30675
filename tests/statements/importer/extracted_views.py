"""What the importer tests compare: the contact of each route, and the speaker and role of each quote."""

from __future__ import annotations

from statements.importer import Extracted


def contacts(extracted: Extracted) -> list[str | None]:
    """Each reporting route's phone, else its web address, else its e-mail, in order."""
    return [r.phone or r.url or r.email for r in extracted.reporting_routes]


def who(extracted: Extracted) -> list[tuple[str | None, str | None]]:
    """Each quote's speaker and role, in order."""
    return [(q.speaker, q.role) for q in extracted.quotes]
