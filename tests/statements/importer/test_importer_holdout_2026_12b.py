"""The second December 2026 blind holdout (``holdout_2026_12b/``, written by another helper who never read the
importer), scored with holdout_2026_12's scorer (holdout_2026_12_scoring: its README's key format and
matching rules).

It was scored once, blind, on 6 December 2026, after the role-convention fixes had landed; the figures and the
misses printed then are in docs/importer.md. The floors below are the figures measured after the fixes that
followed, made while reading this set's misses (so no longer blind), NOT the issue-17 targets: they keep the
importer from getting worse on this set, and a fix that raises a figure should raise its floor. Run with ``-s`` to see
the figures and the list of misses.
"""

from __future__ import annotations

from holdout_2026_12_scoring import FOLDER, holds, scored

BATCH = FOLDER.parent / "holdout_2026_12b"

# The one blind scoring (6 December 2026, 04:24 UTC) missed the targets: quotes 56/68 = 82% against 95%,
# routes 82/86 = 95% against 97%, 9 false routes against 0. The floors are the latest after-fix figures.
FLOOR_QUOTES_RIGHT = 68  # of 68 quotes with the key's speaker and role (blind: 56)
FLOOR_SPEAKERS_RIGHT = 68  # of 68 (blind: 59)
FLOOR_ROUTES_FOUND = 86  # of 86 (blind: 82)
# After fixes on 6 December 2026 (no longer blind): false routes 9 -> 0, quotes 56 -> 62 (a split
# quote's comma, described speakers). After the second fixes the same day (issue 17's second pass, made while
# reading this set's misses, so these are after-fix, non-blind figures that say nothing about unseen text):
# quotes 62 -> 68, speakers 63 -> 68, routes 82 -> 86 (docs/importer.md, "After second fixes").
CEILING_FALSE_ROUTES = 0  # a criminal's, journalist's or reference contact taken as a route (target 0; blind: 9)
CEILING_NOT_QUOTES_TAKEN = 0  # a scare quote, slogan, fake name or scam message taken as a quote


def test_holdout_2026_12b_stays_at_or_above_its_blind_score(routes, topics):
    holds(
        scored(BATCH, routes, topics),
        FLOOR_QUOTES_RIGHT,
        FLOOR_SPEAKERS_RIGHT,
        FLOOR_ROUTES_FOUND,
        CEILING_FALSE_ROUTES,
        CEILING_NOT_QUOTES_TAKEN,
    )
