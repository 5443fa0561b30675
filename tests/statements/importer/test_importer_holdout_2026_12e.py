"""The fifth December 2026 blind holdout (``holdout_2026_12e/``: 24 texts written by a helper who never read
the importer), scored with holdout_2026_12's scorer (holdout_2026_12_scoring: its README's key format and
matching rules).

It was scored once, blind, at 07:42 UTC on 6 December 2026, after the 12d fixes had landed; the figures and the
misses printed then are in docs/importer.md. The floors below are the figures measured after the fixes (not
blind), NOT the issue-17 targets (quotes 95%, routes 97%, zero false routes, zero not-quotes). Run with ``-s``
to see the figures and the list of misses.
"""

from __future__ import annotations

from holdout_2026_12_scoring import FOLDER, holds, scored

BATCH = FOLDER.parent / "holdout_2026_12e"

# Measured at the one blind scoring (6 December 2026, 07:42 UTC): quotes 84/91 = 92% (target 95%), routes
# 91/92 = 99% (target 97%), 19 false routes (target 0), 0 not-quotes taken.
# After fixes (not blind): a contact the registry does not know needs positive evidence that it is offered for
# reporting or help (false routes 0). Then "Neighbour", "Cadet", "Resident" before a name are a role: quotes
# 86/91, speakers 87/91. Then "Legion", "Institute", "Union"… are never a person's name: quotes 87/91, speakers
# 88/91. Then a stallholder described but not named, and "One"/"Another" never a name ("One Hatherley
# resident"): quotes 89/91, speakers 89/91, routes 91/92 (read misses, so not an unseen-text figure).
FLOOR_QUOTES_RIGHT = 89  # of 91 quotes with the key's speaker and role
FLOOR_SPEAKERS_RIGHT = 89  # of 91
FLOOR_ROUTES_FOUND = 91  # of 92
CEILING_FALSE_ROUTES = 0  # a criminal's or other business's contact taken as a route (blind: 19)
CEILING_NOT_QUOTES_TAKEN = 0  # a scare quote, slogan, fake name or scam message taken as a quote


def test_holdout_2026_12e_stays_at_or_above_its_blind_score(routes, topics):
    holds(
        scored(BATCH, routes, topics),
        FLOOR_QUOTES_RIGHT,
        FLOOR_SPEAKERS_RIGHT,
        FLOOR_ROUTES_FOUND,
        CEILING_FALSE_ROUTES,
        CEILING_NOT_QUOTES_TAKEN,
    )
