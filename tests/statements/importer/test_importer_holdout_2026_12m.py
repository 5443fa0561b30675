"""The thirteenth December 2026 blind holdout (``holdout_2026_12m/``: 20 texts written by a helper who never read
the importer), scored with holdout_2026_12's scorer (holdout_2026_12_scoring: its README's key format and
matching rules).

It was scored once, blind, at 11:35 UTC on 6 December 2026, after the 12l fixes (b20efc5) had landed; the
figures and the misses printed then are in docs/importer.md. The floors below are those measured figures, NOT the
issue-17 targets (quotes 95%, routes 97%, zero false routes, zero not-quotes). Run with ``-s`` to see the figures.
"""

from __future__ import annotations

from holdout_2026_12_scoring import FOLDER, holds, scored

BATCH = FOLDER.parent / "holdout_2026_12m"

# Measured at the one blind scoring (6 December 2026, 11:35 UTC): quotes 68/72 = 94.4% (target 95%), routes
# 71/77 = 92.2% (target 97%), 2 false routes (target 0), 0 not-quotes taken. Raised after the 12m fix round
# (6 December 2026, docs/importer.md): quotes 72/72, speakers 72/72, routes 76/77, 0 false routes.
FLOOR_QUOTES_RIGHT = 72  # of 72 quotes with the key's speaker and role
FLOOR_SPEAKERS_RIGHT = 72  # of 72
FLOOR_ROUTES_FOUND = 76  # of 77
CEILING_FALSE_ROUTES = 0  # a criminal's or other business's contact taken as a route (target 0)
CEILING_NOT_QUOTES_TAKEN = 0  # a scare quote, slogan, fake name or scam message taken as a quote


def test_holdout_2026_12m_stays_at_or_above_its_blind_score(routes, topics):
    holds(
        scored(BATCH, routes, topics),
        FLOOR_QUOTES_RIGHT,
        FLOOR_SPEAKERS_RIGHT,
        FLOOR_ROUTES_FOUND,
        CEILING_FALSE_ROUTES,
        CEILING_NOT_QUOTES_TAKEN,
    )
