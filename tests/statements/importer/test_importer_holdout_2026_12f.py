"""The sixth December 2026 blind holdout (``holdout_2026_12f/``: 22 texts written by a helper who never read
the importer), scored with holdout_2026_12's scorer (holdout_2026_12_scoring: its README's key format and
matching rules).

It was scored once, blind, at 08:05 UTC on 6 December 2026, after the 12e fixes (the positive-evidence rule for
routes) had landed; the figures and the misses printed then are in docs/importer.md. The floors below are those
measured figures (quotes and speakers since raised to the after-fix figures, which are not blind), NOT the issue-17 targets (quotes 95%, routes 97%, zero false routes, zero not-quotes). Run
with ``-s`` to see the figures and the list of misses.
"""

from __future__ import annotations

from holdout_2026_12_scoring import FOLDER, holds, scored

BATCH = FOLDER.parent / "holdout_2026_12f"

# Measured at the one blind scoring (6 December 2026, 08:05 UTC): quotes 53/78 = 68% (target 95%; 18 quotes not
# found at all), speakers 55/78, routes 78/80 = 97.5% (target 97%), 4 false routes (target 0), 0 not-quotes taken.
# After the issue-17 fix (a described speaker's reported speech, then an unattributed quote; NOT blind, written
# after reading these misses): quotes 70/78 = 90%, speakers 72/78; then family statements named for the person
# (also not blind): quotes 72/78 = 92%, speakers 74/78; routes, false routes and not-quotes unchanged throughout.
# After the 12g fixes (evidence tied to the contact's own offer; not blind for 12f either): false routes 4 -> 2
# (the education team's booking e-mail and a community hub's opening-times page left out), all else unchanged.
# After the 12h fixes (not blind for 12f either): quotes 73/78, speakers 75/78, false routes 2 -> 1 (the media
# line), extra quotes 4 -> 0.
# After the 12i fixes (not blind for 12f either): quotes 74/78 (a cabinet member's title before "Councillor X").
FLOOR_QUOTES_RIGHT = 74  # of 78 quotes with the key's speaker and role (blind: 53)
FLOOR_SPEAKERS_RIGHT = 75  # of 78 (blind: 55)
FLOOR_ROUTES_FOUND = 78  # of 80
CEILING_FALSE_ROUTES = 1  # a criminal's or other business's contact taken as a route (target 0; blind: 4)
CEILING_NOT_QUOTES_TAKEN = 0  # a scare quote, slogan, fake name or scam message taken as a quote


def test_holdout_2026_12f_stays_at_or_above_its_blind_score(routes, topics):
    holds(
        scored(BATCH, routes, topics),
        FLOOR_QUOTES_RIGHT,
        FLOOR_SPEAKERS_RIGHT,
        FLOOR_ROUTES_FOUND,
        CEILING_FALSE_ROUTES,
        CEILING_NOT_QUOTES_TAKEN,
    )
