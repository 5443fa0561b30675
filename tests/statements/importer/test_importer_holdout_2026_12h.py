"""The eighth December 2026 blind holdout (``holdout_2026_12h/``: 20 texts written by a helper who never read
the importer), scored with holdout_2026_12's scorer (holdout_2026_12_scoring: its README's key format and
matching rules).

It was scored once, blind, at 10:13 UTC on 6 December 2026, after the 12g fixes (fad963e) had landed; the
figures and the misses printed then are in docs/importer.md. The floors below were those measured figures (since
raised to the after-fix figures, which are not blind), NOT the issue-17 targets (quotes 95%, routes 97%, zero false routes, zero not-quotes). Run with ``-s`` to see the figures.
"""

from __future__ import annotations

from holdout_2026_12_scoring import FOLDER, holds, scored

BATCH = FOLDER.parent / "holdout_2026_12h"

# Measured at the one blind scoring (6 December 2026, 10:13 UTC): quotes 51/59 = 86% (target 95%), routes
# 76/76 = 100% (target 97%), 9 false routes (target 0), 0 not-quotes taken.
# After the issue-17 fixes (NOT blind, written after reading these misses: contacts for customer service, training,
# business advice, seized property and look-up lists; media labels mid-line and "Tel:" after the press office; a
# quote-only paragraph going on with the attributed quote before it; roles of areas, led units and "Its chair"):
# quotes 59/59, speakers 59/59, false routes 0, extra quotes 10 -> 0; routes unchanged.
FLOOR_QUOTES_RIGHT = 59  # of 59 quotes with the key's speaker and role (blind: 51)
FLOOR_SPEAKERS_RIGHT = 59  # of 59 (blind: 55)
FLOOR_ROUTES_FOUND = 76  # of 76
CEILING_FALSE_ROUTES = 0  # a criminal's or other business's contact taken as a route (target 0; blind: 9)
CEILING_NOT_QUOTES_TAKEN = 0  # a scare quote, slogan, fake name or scam message taken as a quote


def test_holdout_2026_12h_stays_at_or_above_its_blind_score(routes, topics):
    holds(
        scored(BATCH, routes, topics),
        FLOOR_QUOTES_RIGHT,
        FLOOR_SPEAKERS_RIGHT,
        FLOOR_ROUTES_FOUND,
        CEILING_FALSE_ROUTES,
        CEILING_NOT_QUOTES_TAKEN,
    )
