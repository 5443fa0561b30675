"""The seventh December 2026 blind holdout (``holdout_2026_12g/``: 12 texts written by a helper who never read
the importer), scored with holdout_2026_12's scorer (holdout_2026_12_scoring: its README's key format and
matching rules).

It was scored once, blind, at 09:11 UTC on 6 December 2026, after the 12f fixes had landed; the figures and the
misses printed then are in docs/importer.md. The floors below were those measured figures (since raised to the
after-fix figures, which are not blind), NOT the issue-17
targets (quotes 95%, routes 97%, zero false routes, zero not-quotes). Run with ``-s`` to see the figures.
"""

from __future__ import annotations

from holdout_2026_12_scoring import FOLDER, holds, scored

BATCH = FOLDER.parent / "holdout_2026_12g"

# Measured at the one blind scoring (6 December 2026, 09:11 UTC): quotes 37/42 = 88% (target 95%), routes
# 36/37 = 97.3% (target 97%), 9 false routes (target 0), 0 not-quotes taken.
# After the issue-17 fixes (NOT blind, written after reading these misses: evidence tied to the contact's own
# offer, business that beats words of help, a private person's contact, a scam call's number; roles from "its",
# "who chairs", "a member of the X group", "a spokesperson for the network operator"; a blockquote signed by a
# "said X" paragraph): quotes 42/42, speakers 42/42, routes 36/37, false routes 1 (the Environment Agency's
# number, which the 12b key lists as a route in the same kind of sentence), 0 not-quotes taken.
# After the 12j fixes (not blind for 12j): routes 37/37 (a label that says what an emergency is offers 999).
FLOOR_QUOTES_RIGHT = 42  # of 42 quotes with the key's speaker and role (blind: 37)
FLOOR_SPEAKERS_RIGHT = 42  # of 42 (blind: 40)
FLOOR_ROUTES_FOUND = 37  # of 37 (blind: 36)
CEILING_FALSE_ROUTES = 1  # a criminal's or other business's contact taken as a route (target 0; blind: 9)
CEILING_NOT_QUOTES_TAKEN = 0  # a scare quote, slogan, fake name or scam message taken as a quote


def test_holdout_2026_12g_stays_at_or_above_its_blind_score(routes, topics):
    holds(
        scored(BATCH, routes, topics),
        FLOOR_QUOTES_RIGHT,
        FLOOR_SPEAKERS_RIGHT,
        FLOOR_ROUTES_FOUND,
        CEILING_FALSE_ROUTES,
        CEILING_NOT_QUOTES_TAKEN,
    )
