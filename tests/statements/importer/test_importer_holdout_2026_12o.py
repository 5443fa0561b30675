"""The fifteenth December 2026 blind holdout (``holdout_2026_12o/``: 20 texts written by a helper who never read
the importer), scored with holdout_2026_12's scorer (holdout_2026_12_scoring: its README's key format and
matching rules).

It was scored once, blind, at 13:30 UTC on 6 December 2026, after the 12n fixes (0371362) had landed; the
figures and the misses printed then are in docs/importer.md. The floors below are those measured figures, NOT the
issue-17 targets (quotes 95%, routes 97%, zero false routes, zero not-quotes). Run with ``-s`` to see the figures.
"""

from __future__ import annotations

from holdout_2026_12_scoring import FOLDER, holds, scored

BATCH = FOLDER.parent / "holdout_2026_12o"

# Measured at the one blind scoring (6 December 2026, 13:30 UTC): quotes 58/61 = 95.1% (target 95%), routes
# 83/89 = 93.3% (target 97%), 7 false routes (target 0), 0 not-quotes taken. Raised after the 12o fix round
# (docs/importer.md): quotes 60/61 = 98.4%, routes 89/89, 1 false route (the FCA register, a route in older keys).
# Raised again after the 12p fix round (one joint-statement convention): quotes 61/61.
FLOOR_QUOTES_RIGHT = 61  # of 61 quotes with the key's speaker and role
FLOOR_SPEAKERS_RIGHT = 61  # of 61
FLOOR_ROUTES_FOUND = 89  # of 89
CEILING_FALSE_ROUTES = 1  # a criminal's or other business's contact taken as a route (target 0)
CEILING_NOT_QUOTES_TAKEN = 0  # a scare quote, slogan, fake name or scam message taken as a quote


def test_holdout_2026_12o_stays_at_or_above_its_blind_score(routes, topics):
    holds(
        scored(BATCH, routes, topics),
        FLOOR_QUOTES_RIGHT,
        FLOOR_SPEAKERS_RIGHT,
        FLOOR_ROUTES_FOUND,
        CEILING_FALSE_ROUTES,
        CEILING_NOT_QUOTES_TAKEN,
    )
