"""The tenth December 2026 blind holdout (``holdout_2026_12j/``: 20 texts written by a helper who never read
the importer), scored with holdout_2026_12's scorer (holdout_2026_12_scoring: its README's key format and
matching rules).

It was scored once, blind, at 10:45 UTC on 6 December 2026, after the 12i fixes (d6d47af) had landed; the
figures and the misses printed then are in docs/importer.md. The floors below are those measured figures, NOT the
issue-17 targets (quotes 95%, routes 97%, zero false routes, zero not-quotes). Run with ``-s`` to see the figures.
One of the key's 72 routes (an app) has no phone, address or e-mail, so no extraction can match it.
"""

from __future__ import annotations

from holdout_2026_12_scoring import FOLDER, holds, scored

BATCH = FOLDER.parent / "holdout_2026_12j"

# Measured at the one blind scoring (6 December 2026, 10:45 UTC): quotes 53/62 = 85% (target 95%), routes
# 69/72 = 95.8% (69/71 = 97.2% of the routes with a contact; target 97%), 7 false routes (target 0), 0 not-quotes.
# After the issue-17 fixes (NOT blind, written after reading these misses: business pages by their address, booking,
# joining, rent and payments, a list item is no heading, a label naming an emergency offers 999; "one of the Xs" is
# an X, an organisation's initials after "of", "Its head coach" of an academy, a bold dash signature, "That warning
# came from X, who said"): quotes 60/62, speakers 62/62, routes 71/72 (the app has no contact), 0 false routes.
FLOOR_QUOTES_RIGHT = 60  # of 62 quotes with the key's speaker and role (blind: 53)
FLOOR_SPEAKERS_RIGHT = 62  # of 62 (blind: 60)
FLOOR_ROUTES_FOUND = 71  # of 72 (blind: 69)
CEILING_FALSE_ROUTES = 0  # a criminal's or other business's contact taken as a route (target 0; blind: 7)
CEILING_NOT_QUOTES_TAKEN = 0  # a scare quote, slogan, fake name or scam message taken as a quote


def test_holdout_2026_12j_stays_at_or_above_its_blind_score(routes, topics):
    holds(
        scored(BATCH, routes, topics),
        FLOOR_QUOTES_RIGHT,
        FLOOR_SPEAKERS_RIGHT,
        FLOOR_ROUTES_FOUND,
        CEILING_FALSE_ROUTES,
        CEILING_NOT_QUOTES_TAKEN,
    )
