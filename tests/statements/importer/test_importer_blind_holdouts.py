"""The December 2026 blind holdouts 12b to 12zv (``holdout_2026_12b/`` …: about 20 texts each, written by helpers who
never read the importer), scored with holdout_2026_12's scorer (holdout_2026_12_scoring: its README's key format and
matching rules). ``holdout_2026_12/`` itself has its own per-text tests (test_importer_holdout_2026_12.py).

Each set was scored once, blind, on 6 December 2026 after the previous set's fixes had landed; the comment beside its
floors gives that scoring's time and figures, and docs/importer.md gives its misses and every fix round that
followed ("The … December 2026 blind holdout"). The floors are the figures measured after the latest fix round, so
no longer blind, and NOT the issue-17 targets (quotes 95%, routes 97%, zero false routes, zero not-quotes): they
keep the importer from getting worse on a set, and a fix that raises a figure raises its floor. Run with ``-s`` to
see each set's figures and misses.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from holdout_2026_12_scoring import FOLDER, holds, scored


@dataclass(frozen=True)
class Floors:
    quotes: int  # at least this many of the key's quotes with its speaker and role
    speakers: int  # at least this many with its speaker
    routes: int  # at least this many of the key's routes found
    false_routes: int = 0  # at most this many not-routes (a criminal's, journalist's or other business's contact)
    not_quotes: int = 0  # at most this many scare quotes, slogans or scam messages taken as quotes


# The one false route left in 12g is the Environment Agency's number, which the 12b key lists as a route in the same
# kind of sentence (docs/importer.md, key conflicts); the two left in 12za are a fire service's home safety visit,
# a route in most older keys. The 12zv fix round (organisations named in full, "The family of NAME" for the person
# the text says died) raised quotes (speakers) to: 12e 90 (90), 12k 65 (65), 12l 68 (69), 12u 59 (60), 12v 50 (55),
# 12zc 73 (74), 12zf 64 (65), 12zj 67 (68), 12zn 76 (77), 12zs 67 (72), 12zt 65 (66), 12zv 65 (69); routes unchanged.
# The routes13 fix round (the Silent Solution's "55" a registry route by the brief's ruling, a link named by its service
# after a label, a site's opening information as business) raised routes in 12c, 12m, 12v, 12zb, 12zd, 12zm, 13m, 13o
# and took 13n's one false route. The routes13rs fix round (who a complaint is about; advice, information and details
# pages under a label or in prose; "to help, call …" serving the clause before; a report offered after another
# purpose; a competition's or race's entries, road closures) took 13l's false routes 4 -> 1 (routes 70 -> 71), 13m's 3 -> 0, 13r's 1 -> 0 (routes 57 -> 58), 13s's
# 1 -> 0, and raised 12zu's routes 66 -> 67. The routes13tu fix round (lost property however labelled, courses and
# refreshers to book, pages listing facts, a contact handed to someone in the story, "using 159", a list item's value
# wrapped onto the next line, a reference to quote no count) took 13t to 67/67 routes, false 3 -> 0; 13u to 71/71,
# false 3 -> 0; 13l's false routes 1 -> 0 (fix rounds, not blind).
# 12t, 12za and 12zb: a home fire safety visit relabelled as a route (the settled convention), 7 December 2026
FLOORS = {
    "holdout_2026_12b": Floors(68, 68, 86, 0, 0),  # blind 04:24: quotes 56/68, routes 82/86, false 9, not-quotes 0
    "holdout_2026_12c": Floors(75, 75, 117, 0, 0),  # blind 06:56: quotes 53/75, routes 112/118; 117/117 (key)
    "holdout_2026_12d": Floors(
        79, 79, 93, 0, 0
    ),  # key conflict: Gas Safe Register, a look-up by the brief; blind 07:22
    # 12e blind 07:42: quotes 84/91, routes 91/92, false 19, not-quotes 0
    "holdout_2026_12e": Floors(90, 90, 90, 0, 0),  # key conflict: FCA register, a register by the brief; blind 07:42
    "holdout_2026_12f": Floors(
        75, 76, 77, 0, 0
    ),  # key conflict: a recalls look-up, not a route by the brief; blind 08:05
    "holdout_2026_12g": Floors(42, 42, 37, 1, 0),  # blind 09:11: quotes 37/42, routes 36/37, false 9, not-quotes 0
    "holdout_2026_12h": Floors(59, 59, 76, 0, 0),  # blind 10:13: quotes 51/59, routes 76/76, false 9, not-quotes 0
    "holdout_2026_12i": Floors(75, 75, 84, 0, 0),  # blind 10:28: quotes 63/75, routes 79/84, false 7, not-quotes 0
    "holdout_2026_12j": Floors(60, 62, 71, 0, 0),  # blind 10:45: quotes 53/62, routes 69/72, false 7, not-quotes 0
    "holdout_2026_12k": Floors(65, 65, 69, 0, 0),  # blind 10:59: quotes 58/65, routes 67/69, false 9, not-quotes 0
    "holdout_2026_12l": Floors(69, 69, 74, 0, 0),  # blind 11:17: quotes 63/69, false 9; fix round: its-body, quotes 69
    "holdout_2026_12m": Floors(72, 72, 77, 0, 0),  # blind 11:35: quotes 68/72, routes 71/77, false 2; routes13: 77
    "holdout_2026_12n": Floors(71, 71, 69, 0, 0),  # blind 13:19: quotes 66/71, routes 65/69, false 7, not-quotes 1
    "holdout_2026_12o": Floors(61, 61, 89, 0, 0),  # blind 13:30: quotes 58/61, routes 83/89, false 7, not-quotes 0
    # 12p blind 13:37: quotes 67/69, routes 77/83, false 9, not-quotes 0
    "holdout_2026_12p": Floors(69, 69, 83, 0, 0),  # fix round: 13b quotes (joint statement) 69/69
    "holdout_2026_12q": Floors(68, 70, 69, 0, 0),  # blind 13:52: quotes 64/71, routes 69/69, false 8, not-quotes 0
    "holdout_2026_12r": Floors(60, 61, 69, 0, 0),  # blind 14:05: quotes 57/62, routes 66/69, false 5, not-quotes 1
    # 12s: its parents' joint statement keyed as the family's, against the convention seven later keys record
    "holdout_2026_12s": Floors(63, 64, 73, 0, 0),  # blind 14:25: quotes 62/66, routes 72/73, false 2, not-quotes 0
    "holdout_2026_12t": Floors(68, 68, 82, 0, 0),  # blind 14:20: quotes 64/68, routes 79/81, false 2, not-quotes 0
    "holdout_2026_12u": Floors(59, 60, 80, 0, 0),  # blind 14:31: quotes 55/61, routes 79/80, false 2, not-quotes 0
    "holdout_2026_12v": Floors(51, 55, 73, 0, 0),  # blind 15:04: quotes 47/58, false 4; its-body: q 51; routes13: 73
    "holdout_2026_12w": Floors(63, 63, 73, 1, 0),  # blind 15:12: quotes 61/64, routes 71/73, false 6, not-quotes 0
    "holdout_2026_12z": Floors(55, 55, 69, 0, 0),  # blind 16:22: quotes 54/55, routes 69/69, false 3, not-quotes 0
    "holdout_2026_12za": Floors(59, 59, 64, 0, 0),  # blind 16:22: quotes 54/59, routes 61/63, false 4, not-quotes 0
    "holdout_2026_12x": Floors(73, 73, 72, 0, 0),  # blind 16:31: quotes 70/74, routes 70/72, false 4, not-quotes 1
    "holdout_2026_12y": Floors(63, 63, 71, 0, 0),  # blind 16:31: quotes 62/63, routes 70/71, false 2, not-quotes 0
    "holdout_2026_12zb": Floors(56, 57, 62, 0, 0),  # blind 16:43: quotes 52/60, false 2, NQ 2; now 56, 1, 0; routes 61
    "holdout_2026_12zc": Floors(74, 74, 67, 0, 0),  # blind 16:43: quotes 69/75, false 2; fix round: its-body, quotes 74
    "holdout_2026_12zd": Floors(66, 66, 73, 0, 0),  # blind 16:51: quotes 64/67, routes 72/73, false 7; routes13: 73
    "holdout_2026_12ze": Floors(75, 75, 69, 0, 0),  # blind 16:51: quotes 73/75, routes 67/69, false 1, not-quotes 1
    "holdout_2026_12zf": Floors(65, 65, 76, 0, 0),  # blind 17:01: quotes 62/65, false 0; fix round: its-body, quotes 65
    "holdout_2026_12zg": Floors(64, 64, 68, 0, 0),  # blind 17:01: quotes 62/64, routes 68/68, false 1; now 64, 0
    "holdout_2026_12zh": Floors(70, 70, 73, 0, 0),  # blind 17:11: 69/70, false 1, not-q 1; now 70, 0, 0
    "holdout_2026_12zi": Floors(63, 64, 64, 0, 0),  # blind 17:11: quotes 62/64, false 2; now 63, 0
    "holdout_2026_12zj": Floors(67, 68, 66, 0, 0),  # blind 17:19: quotes 65/69, NQ 2; fixed: NQ 0
    # fix round speakers13 (a place's last word is no first name): quotes 71/71, speakers 71
    "holdout_2026_12zk": Floors(71, 71, 67, 0, 0),  # blind 17:19: quotes 70/71, false 4, NQ 1; fixed: 0, 0
    "holdout_2026_12zl": Floors(65, 65, 61, 1, 0),  # routes 61/61 (PALS: key conflict with 12b); its-body: quotes 65
    "holdout_2026_12zm": Floors(63, 64, 76, 0, 0),  # 12zl fix round: quotes 63/66, routes 75/76; routes13: 76/76
    "holdout_2026_12zn": Floors(76, 77, 68, 0, 0),  # blind 17:39: quotes 75/77, routes 67/68; 12zn round: routes 68
    # 12zo blind 17:39: quotes 63/70, false 1; fix round: its-body, quotes 65
    "holdout_2026_12zo": Floors(66, 67, 71, 0, 0),  # fix round: 13b quotes (a name in a relative clause) 66, 67
    "holdout_2026_12zp": Floors(73, 73, 79, 0, 0),  # blind 17:45: quotes 73/74, routes 79/79, false 1 (fix round: 0)
    "holdout_2026_12zq": Floors(69, 69, 77, 0, 0),  # blind 17:45: quotes 67/69, false 5; fix round: its-body, quotes 69
    "holdout_2026_12zr": Floors(69, 69, 60, 0, 0),  # blind 17:52: quotes 68/70, routes 58/60, false 2; quotes13rs 69
    "holdout_2026_12zs": Floors(67, 72, 68, 0, 0),  # blind 17:52: quotes 66/73, routes 67/68, false 1, not-quotes 0
    "holdout_2026_12zt": Floors(66, 66, 66, 0, 0),  # blind 18:00: quotes 60/68, false 1; fix round: its-body, quotes 66
    "holdout_2026_12zu": Floors(
        71, 71, 67, 0, 0
    ),  # blind 18:00: quotes 70/72, routes 66/68, false 1, not-quotes 1; now 0, 0; fix round: its-body, quotes 71;
    # routes13rs: routes 67
    "holdout_2026_12zv": Floors(
        66, 69, 66, 0, 0
    ),  # blind 18:36: quotes 64/69, false 2, NQ 1; now 0, 0; org-names fix round: quotes 65, speakers 69; its-body: 66
    # 13b blind 19:28: quotes 67/72, routes 69/71, false 1, not-quotes 0; fix round: routes 71/71; alternatives: false 0
    "holdout_2026_13b": Floors(72, 72, 71, 0, 0),  # quotes fix round: quotes 70/72, speakers 71/72; quotes13vw 72/72
    "holdout_2026_13a": Floors(
        73, 74, 86, 0, 0
    ),  # blind 19:29: quotes 70/76, routes 86/87, false 3, not-quotes 0; now 0; quotes13rs 73/76, speakers 74
    # 13c blind 19:47: quotes 70/76, routes 73/75, false 3, not-quotes 0
    "holdout_2026_13c": Floors(
        76, 76, 75, 0, 0
    ),  # fix rounds: 13b joint statement; routes-13cd 75, 0; quotes-13cd 76, 76
    # 13d blind 19:47: quotes 70/76, routes 80/81, false 1, not-quotes 1
    "holdout_2026_13d": Floors(
        76, 76, 81, 0, 0
    ),  # fix rounds: 13b joint statement; routes-13cd 81, 0; quotes-13cd 76, 76, NQ 0
    # 13e blind 20:09: quotes 68/71, routes 76/77, false 0, not-quotes 0
    "holdout_2026_13e": Floors(71, 71, 77, 0, 0),  # fix round: quotes-13ef 71/71, routes 77/77
    # 13f blind 20:09: quotes 62/66, speakers 64, routes 71/71, false 0, not-quotes 0
    "holdout_2026_13f": Floors(66, 66, 71, 0, 0),  # fix round: quotes-13ef 66/66, speakers 66
    # 13g blind 20:25: quotes 64/70, speakers 67, routes 79/81, false 2, not-quotes 0
    "holdout_2026_13g": Floors(68, 70, 81, 0, 0),  # fix rounds: quotes-13gj 67/70, speakers 69; routes-13gj 81/81, 0
    # quotes13vw: quotes 68/70, speakers 70
    # 13h blind 20:25: quotes 72/76, speakers 74, routes 81/82, false 1, not-quotes 0
    "holdout_2026_13h": Floors(75, 75, 81, 0, 0),  # fix rounds: quotes-13gj 73/76, speakers 75; routes-13gj false 0;
    # quotes13t 75/76 (a role "The group's"/"The association's" holds carries the body)
    # 13i blind 20:25: quotes 68/71, speakers 70, routes 73/73, false 5, not-quotes 0
    "holdout_2026_13i": Floors(70, 71, 73, 0, 0),  # fix rounds: quotes-13gj 69/71 (quotes13rs 70); routes-13gj false 0
    # 13j blind 20:25: quotes 72/78, speakers 74, routes 74/75, false 3, not-quotes 0
    "holdout_2026_13j": Floors(76, 78, 75, 0, 0),  # fix rounds: quotes-13gj 74/78, speakers 76; routes-13gj 75/75, 0
    # quotes13t 75/78, speakers 77 (a search team is not whose family speaks); quotes13vw 76/78, speakers 78
    "holdout_2026_13k": Floors(74, 76, 64, 2, 0),  # blind 20:43: quotes 71/78, routes 64/65, false 2; quotes13rs 72;
    # quotes13rs speakers 75; quotes13t 74, speakers 76 (Its chair of a group named in apposition; a search team's family)
    # 13l blind 20:43: quotes 69/74, speakers 71, routes 69/71, false 4, not-quotes 1
    "holdout_2026_13l": Floors(74, 74, 71, 0, 0),  # orgnames13 71/74; quotes13rs 74/74; routes13rs 71/71; 13tu false 0
    "holdout_2026_13m": Floors(68, 68, 68, 0, 0),  # blind 21:19: routes 66/68, false 3; routes13: 68/68; 13rs: false 0
    # 13n blind 22:26: quotes 65/67, speakers 65, routes 64/64, false 1, not-quotes 0
    "holdout_2026_13n": Floors(67, 67, 64, 0, 0),  # speakers13 + orgnames13: quotes 67/67; routes13: false 0
    # 13o blind 22:26: quotes 51/56, speakers 53, routes 69/70, false 0, not-quotes 0
    "holdout_2026_13o": Floors(56, 56, 70, 0, 0),  # speakers13 + orgnames13: quotes 56/56; routes13: 70/70
    "holdout_2026_13r": Floors(70, 70, 58, 0, 0),  # blind 22:45: quotes 68/70, routes 57/58, false 1, nq 1; fixed since
    "holdout_2026_13s": Floors(78, 78, 72, 0, 0),  # blind 22:45: quotes 76/78, false 1; quotes13rs 78/78; routes13rs 0
    # 13t blind 22:53: quotes 70/74, speakers 72, routes 65/67, false 3, not-quotes 0
    "holdout_2026_13t": Floors(74, 74, 67, 0, 0),  # quotes13t: quotes 73/74, speakers 74; routes13tu: 67/67, false 0
    # quotes13vw: quotes 74/74 ("The team is …. Its team leader" means the rescue team named before)
    # 13u blind 22:53: quotes 76/77, speakers 76, routes 70/71, false 4, not-quotes 0
    "holdout_2026_13u": Floors(77, 77, 71, 0, 0),  # quotes13rs 77/77; routes13tu: routes 71/71, false 0
    # 13v blind 23:23: quotes 65/66, routes 73/73, false 1, not-quotes 1
    "holdout_2026_13v": Floors(66, 66, 73, 0, 0),  # quotes13vw: quotes 66/66; routes13vw: false 0, not-quotes 0
    # 13w blind 23:23: quotes 61/62, routes 66/66, false 1, not-quotes 0
    "holdout_2026_13w": Floors(62, 62, 66, 0, 0),  # quotes13vw: quotes 62/62, speakers 62; routes13vw: false 0
    # the final measurement of the third session of 6 December (13p and 13q pooled), scored once at 23:38 on 6f58d7c
    # blind 23:38: 13p quotes 67/69, routes 70/70, false 2, not-quotes 1; 13q quotes 65/69, routes 69/70, false 1
    # fix rounds after it (not blind): routes13pq 13p false 0, not-quotes 0, 13q routes 70/70, false 0; quotes13pq
    # 13p and 13q quotes 69/69
    "holdout_2026_13p": Floors(69, 69, 70, 0, 0),
    "holdout_2026_13q": Floors(69, 69, 70, 0, 0),
    # a check of the importer as left on main (decided at 23:54 before they were written), scored once at 23:59
    "holdout_2026_13x": Floors(67, 68, 67, 0, 0),  # blind 23:59: quotes 67/69, routes 67/68, false 0, not-quotes 2
    "holdout_2026_13y": Floors(61, 62, 64, 1, 0),  # blind 23:59: quotes 61/63, routes 64/65, false 1, not-quotes 1
    # 13z blind 00:31 on the final code: quotes 64/66, routes 64/65, 1, 1; quotes14: quotes 65/66, speakers 66
    "holdout_2026_13z": Floors(65, 66, 65, 0, 0),
    "holdout_2026_14c": Floors(72, 72, 68, 0, 0),  # blind 7 Dec 01:43 on 85d51a8: quotes 71/72, routes 68/68, 1, 0
    # 14d blind 01:44 on 85d51a8: quotes 66/70, routes 63/63, 1, 1; quotes14: quotes 70/70, not-quotes 0
    "holdout_2026_14d": Floors(70, 70, 63, 0, 0),
    "holdout_2026_14e": Floors(75, 75, 74, 0, 0),  # blind 7 Dec 01:57 on 176a4c7: quotes 74/75, routes 74/74, 0, 0
    # 14f blind 01:57 on 176a4c7: quotes 74/77, routes 75/75, 1, 0; 9fba4fe: 0 false routes
    # quotes14ef: 13l, 13x, 13y not-quotes 1 -> 0; 14c quotes 72/72; 14e quotes 75/75; 14f quotes 77/77
    "holdout_2026_14f": Floors(77, 77, 75, 0, 0),
    # 14g blind 7 Dec 02:06 on 813fde1: quotes 76/77, routes 68/69, 0, 2; 14h: quotes 67/69, routes 70/70, 0, 0
    # quotes14gh: 14g quotes 77/77, not-quotes 0; 14h quotes 69/69
    "holdout_2026_14g": Floors(77, 77, 69, 0, 0),
    "holdout_2026_14h": Floors(69, 69, 70, 0, 0),
    "holdout_2026_14i": Floors(76, 78, 66, 0, 0),  # blind 7 Dec 02:20 on 2ef3bd3: quotes 76/78, routes 66/67, 0, 0
    # 14j blind 02:20 on 2ef3bd3: quotes 73/74, routes 72/73, 2 false routes, 0; the media heading and visit: 73/73, 0
    "holdout_2026_14j": Floors(73, 74, 73, 0, 0),
    "holdout_2026_14k": Floors(73, 75, 67, 0, 0),  # blind 7 Dec 02:33 on 5e36f7a: quotes 72/75, routes 67/67, 1, 0
    "holdout_2026_14l": Floors(70, 70, 68, 0, 0),  # blind 02:33 on 5e36f7a: quotes 70/72, routes 68/68, 0, 0
    "holdout_2026_14m": Floors(67, 70, 77, 0, 0),  # blind 7 Dec 02:45 on aa9f4ef: quotes 67/71, routes 77/78, 1, 0
    "holdout_2026_14n": Floors(72, 73, 69, 0, 0),  # blind 02:45 on aa9f4ef: quotes 72/73, routes 69/69, 0, 0
    # 14a + 14b: the fourth session's final measurement, decided at 01:50 UTC, scored once at 02:47 on 7202e02
    "holdout_2026_14a": Floors(71, 71, 79, 0, 0),  # quotes 71/72, routes 79/79, 0 false routes, 0 not-quotes
    "holdout_2026_14b": Floors(71, 72, 69, 0, 0),  # quotes 71/73, routes 69/69, 0 false routes, 0 not-quotes
    # 14o: the importer after the review (12b9020, extraction identical to 7202e02), scored once at 03:15 UTC
    # (recorded as 1 false route: the scorer then missed a not-route printed with "https://www." against a route
    # printed without it, so the first scoring had 2; see docs/importer.md, "A defect in the scorer")
    # 14o classes (fifth session): quotes 73/73 (hard-wrapped attributions), the winter advice page left out
    "holdout_2026_14o": Floors(73, 73, 70, 1, 0),
    # 14p + 14q: the fifth session's working check, scored once at 04:08 UTC on d7739a0 (true figures: 14p
    # quotes 64/68, routes 64/64, 1 false route, 0 not-quotes; 14q quotes 71/76, routes 73/76, 0, 0); after the
    # fixes of its classes:
    "holdout_2026_14p": Floors(65, 68, 64, 0, 0),
    "holdout_2026_14q": Floors(75, 75, 76, 0, 0),
    # 14u + 14v: the second working check, scored once at 04:31 UTC on c1d72db (the retrained veto): 14u quotes
    # 61/62, routes 62/64, 0, 0; 14v quotes 66/67, routes 77/79, 0, 0; after the fixes of its route classes:
    "holdout_2026_14u": Floors(61, 61, 64, 0, 0),
    "holdout_2026_14v": Floors(66, 66, 79, 0, 0),
    # 14w + 14x + 14y: the third working check, scored once at 04:56 UTC on 308267f: 14w quotes 61/63, routes
    # 66/66, 1 false route, 0; 14x quotes 55/62, routes 68/68, 0, 0; 14y quotes 65/67, routes 84/85, 1, 0; after the
    # fixes of its classes:
    "holdout_2026_14w": Floors(63, 63, 66, 0, 0),
    "holdout_2026_14x": Floors(59, 62, 68, 0, 0),
    "holdout_2026_14y": Floors(65, 67, 85, 0, 0),
    # 14z + 15a + 15b: the fourth working check, scored once at 05:11 UTC on 9632b18: 14z quotes 68/71, routes 68/69,
    # 0, 0; 15a quotes 64/67, routes 72/72, 0, 0; 15b quotes 70/72, routes 69/70, 0, 0; after the route fixes:
    "holdout_2026_14z": Floors(71, 71, 69, 0, 0),  # (and its quote classes: 71/71)
    "holdout_2026_15a": Floors(64, 67, 72, 0, 0),
    "holdout_2026_15b": Floors(70, 71, 70, 0, 0),
    # 15c + 15d + 15e: the fifth working check, scored once at 05:25 UTC on dfb0933: 15c quotes 64/67, routes 82/82,
    # 0, 0; 15d quotes 63/64, routes 64/65, 1 false route, 0; 15e quotes 59/67, routes 71/71, 0, 0; after the fixes:
    "holdout_2026_15c": Floors(65, 66, 82, 0, 0),
    "holdout_2026_15d": Floors(63, 64, 65, 0, 0),
    "holdout_2026_15e": Floors(63, 67, 71, 0, 0),
    # 14r + 14s + 14t: the fifth session's final measurement, decided at 04:00 UTC, scored once at 05:34 UTC on
    # 7fe28ba: quotes 194/202, routes 227/230, 5 false routes as printed (one the scorer's: a keyed appeal page holding
    # the reference number), 0 not-quotes
    # quotes 64/68, routes 70/71, 2 false routes, 0 not-quotes (14r); quotes 61/62, routes 68/70, 0, 0 (14s); quotes
    # 69/72, routes 89/89, 3 false routes as printed, 0 (14t); after the measurement was recorded, the scorer mended and
    # the four false routes' classes fixed (an airport's noise line, campaign advice, an events programme, referrals
    # from schools): no false route left
    "holdout_2026_14r": Floors(64, 66, 70, 0, 0),
    "holdout_2026_14s": Floors(61, 62, 68, 0, 0),
    "holdout_2026_14t": Floors(69, 69, 89, 0, 0),
    # 15f + 15g: the check after the final measurement's fixes, scored once at 05:39 UTC on 295f798 (the session's
    # last importer but one): 15f quotes 61/67, routes 76/77, 1 false route, 0; 15g quotes 58/62, routes 87/88, 0, 0
    "holdout_2026_15f": Floors(63, 66, 76, 0, 0),  # (and "the mother of NAME": 63/67; THINK! no route: 0 false)
    "holdout_2026_15g": Floors(58, 62, 87, 0, 0),
    # 15h (12 texts): the session's final importer (edcce09, as on a3c733d), scored once at 06:22 UTC: quotes 40/40,
    # routes 47/47, 0 false routes, 0 not-quotes
    "holdout_2026_15h": Floors(40, 40, 47, 0, 0),
    # 16a + 16b: the sixth session's working checks, scored once at 07:41 UTC on b20d6cb: 16a quotes 66/68, routes
    # 64/64, 1 false route, 0 not-quotes; 16b quotes 77/80, routes 83/83, 1 false route, 0; then fixed by class
    # (test_importer_16_classes.py)
    "holdout_2026_16a": Floors(67, 68, 64, 0, 0),
    "holdout_2026_16b": Floors(80, 80, 83, 0, 0),
    # 16f + 16g (scored once at 07:59 UTC on 9ce3948): 16f quotes 77/78, routes 77/80, 1 false route, 0 not-quotes;
    # 16g quotes 70/70, routes 84/86, 0, 0. 16h (08:02 UTC on 3f37b04): quotes 76/77, routes 74/74, 1 false route, 0.
    # Then fixed by class (test_importer_16_classes.py)
    "holdout_2026_16f": Floors(77, 78, 80, 0, 0),
    "holdout_2026_16g": Floors(70, 70, 86, 0, 0),
    "holdout_2026_16h": Floors(77, 77, 74, 0, 0),
    # 16i + 16j (scored once at 08:19 UTC on 2235b07): 16i quotes 75/79, routes 75/75, 1 false route, 0 not-quotes;
    # 16j quotes 67/71, routes 73/73, 1, 0. 16k (08:23 UTC on a35e6d2): quotes 67/70, routes 73/78, 1, 0. Then fixed by
    # class (test_importer_16_classes.py)
    "holdout_2026_16i": Floors(79, 79, 75, 0, 0),
    "holdout_2026_16j": Floors(69, 70, 73, 0, 0),
    "holdout_2026_16k": Floors(70, 70, 77, 0, 0),
    # 16l, 16m, 16n (scored once at 08:40 UTC on ac19de8): 16l quotes 68/72, routes 64/67, 1 false route; 16m 69/73,
    # 85/85, 1; 16n 59/61, 89/91, 2; 0 not-quotes. Then fixed by class (test_importer_16_classes.py)
    "holdout_2026_16l": Floors(69, 70, 65, 0, 0),
    "holdout_2026_16m": Floors(71, 72, 85, 0, 0),
    "holdout_2026_16n": Floors(59, 60, 90, 0, 0),
    # 16c + 16d + 16e: the sixth session's final measurement (decided at 07:29 UTC), scored once at 08:56 UTC on the
    # session's last importer change (65cf0b8): quotes 220/227, routes 236/238, 2 false routes, 0 not-quotes
    # (after the measurement the two false routes' classes were fixed, and report@phishing.gov.uk after "and scam
    # texts": no false route left, 16d routes 83/84)
    "holdout_2026_16c": Floors(71, 72, 81, 0, 0),
    "holdout_2026_16d": Floors(70, 71, 83, 0, 0),
    "holdout_2026_16e": Floors(79, 79, 73, 0, 0),
    # 16o (12 texts): the session's final importer (1551ae1; extraction as 583bab2), scored once at 10:05 UTC: quotes
    # 37/38, routes 44/46, 1 false route (a complaints e-mail, an unknown contact no draft links), 0 not-quotes
    # (the seventh session fixed all three route misses: routes 46/46, no false route)
    "holdout_2026_16o": Floors(37, 37, 46, 0, 0),
    # 17a and 17b: the seventh session's working checks, scored once each on the candidate of its moment
    # (17b at 11:03 UTC, then 17a at 11:06 after 17b's fixes): 17b quotes 64/69, routes 92/92, 1 false route (a fostering
    # information evening's number), 0 not-quotes; 17a quotes 69/72, routes 72/72, 0 false routes, 0 not-quotes
    "holdout_2026_17a": Floors(72, 72, 72, 0, 0),
    "holdout_2026_17b": Floors(69, 69, 92, 0, 0),
    # 17f, 17g and 17h: further working checks, scored once each on the candidate of its moment (17g at 11:22 UTC,
    # 17f at 11:24, 17h at 11:25, each after the fixes of the one before): 17g quotes 69/70, routes 83/83, 0 false
    # routes; 17f 76/77, 74/75, 0; 17h 74/76, 86/86, 1 (a Scam Marshals e-mail under "GET INVOLVED"); 0 not-quotes
    "holdout_2026_17f": Floors(77, 77, 75, 0, 0),
    "holdout_2026_17g": Floors(70, 70, 83, 0, 0),
    "holdout_2026_17h": Floors(76, 76, 86, 0, 0),
    # 17i, 17j and 17k: the last working checks, scored once each on the candidate of its moment (17i at 11:38 UTC,
    # 17j at 11:40, 17k at 11:41): 17i quotes 72/74, routes 76/76, 1 false route (an appointments line whose label
    # says it cannot take reports of scams); 17j 74/75, 80/80, 1 (an annual safety report to read); 17k 68/69, 68/69,
    # 0; 0 not-quotes
    "holdout_2026_17i": Floors(72, 74, 76, 0, 0),
    "holdout_2026_17j": Floors(75, 75, 80, 0, 0),
    "holdout_2026_17k": Floors(69, 69, 69, 0, 0),
    # 17l, 17m and 17n: the last working checks, scored once each on the candidate of its moment (17m at 11:56 UTC,
    # 17n at 11:57, 17l at 11:59): 17m quotes 62/65, routes 82/84, 1 false route (a number in a quoted scam letter);
    # 17n 67/70, 85/86, 1 (a school absence line); 17l 76/80, 87/87, 1 (a bilingual media line); 0 not-quotes
    "holdout_2026_17l": Floors(80, 80, 87, 0, 0),
    "holdout_2026_17m": Floors(63, 63, 83, 0, 0),
    "holdout_2026_17n": Floors(67, 69, 86, 0, 0),
    # 17o, 17p and 17q: the last working checks, scored once each on the candidate of its moment (17p at 12:16 UTC,
    # 17o and 17q at 12:17): 17p quotes 72/72, routes 76/76, 1 false route (Floodline signed up for warnings); 17o
    # 74/74, 71/71, 0; 17q 60/68 (an all-capitals release's four quotes not found), 91/93, 3 (two office lines
    # labelled as no helpline, a hospital charity's appeal); 0 not-quotes
    "holdout_2026_17o": Floors(74, 74, 71, 0, 0),
    "holdout_2026_17p": Floors(72, 72, 76, 0, 0),
    "holdout_2026_17q": Floors(60, 63, 92, 0, 0),
    # 17c + 17d + 17e: the seventh session's final measurement (decided at 10:55 UTC), scored once at 12:25 UTC on the
    # session's last importer change (686bd16): quotes 222/226, routes 232/235, 3 false routes (a look-up page, a
    # lifeboat shop's opening line, a reporting-centre partners' e-mail; none a criminal's, none a draft would link),
    # 0 not-quotes (after the measurement the three classes were fixed, not measured on a fresh set: no false route left)
    "holdout_2026_17c": Floors(79, 80, 75, 0, 0),
    "holdout_2026_17d": Floors(67, 67, 65, 0, 0),
    "holdout_2026_17e": Floors(76, 76, 92, 0, 0),
    # 17r (20 texts): a blind check of the session's final importer (6bec28a), decided at 12:30 UTC and scored once at
    # 12:38 UTC: quotes 65/66, routes 81/82, 0 false routes, 0 not-quotes (a check, not the decided measurement)
    "holdout_2026_17r": Floors(65, 65, 81, 0, 0),
    # 18a, 18b, 18c (60 texts): the eighth session's working checks, written from 14:20 UTC and scored once at 14:30
    # (18b, 18c on 10de91a) and 14:33 UTC (18a, extraction the same): quotes 225/228, routes 249/249, 1 false route (a
    # family's "Please text Mum on 07…" to the missing man, since fixed), 0 not-quotes
    "holdout_2026_18a": Floors(76, 76, 79, 0, 0),
    "holdout_2026_18b": Floors(78, 78, 69, 0, 0),
    "holdout_2026_18c": Floors(71, 71, 101, 0, 0),
    # 18g, 18h, 18i (60 texts): further working checks, written from 14:36 UTC and scored once at 14:45 UTC on 6e220f3:
    # quotes 209/213, routes 236/241, 4 false routes (a media line labelled in Welsh first, a council tax payments
    # line and its Direct Debit page, a travel information line; all since fixed), 0 not-quotes
    "holdout_2026_18g": Floors(64, 65, 84, 0, 0),
    "holdout_2026_18h": Floors(65, 67, 78, 0, 0),
    "holdout_2026_18i": Floors(80, 80, 74, 0, 0),
    # 18j, 18k, 18l (60 texts): further working checks, written from 14:53 UTC and scored once at 15:02 UTC on 0bd4913:
    # quotes 217/226, routes 222/222, 4 false routes (a general tips site, a leaflet under "More information", an
    # avalanche report page and a mountain weather page), 1 not-quote (an impostor's words to a victim); all fixed
    "holdout_2026_18j": Floors(73, 75, 75, 0, 0),
    "holdout_2026_18k": Floors(69, 70, 70, 0, 0),
    "holdout_2026_18l": Floors(75, 76, 77, 0, 0),
    # 18m, 18n, 18o (60 texts): the last working checks, written from 15:20 UTC and scored once at 15:30 UTC on ce5afe4:
    # quotes 206/209, routes 237/241, 1 false route (a public register named with a possessive), 1 not-quote (words a
    # service's message "was"); both fixed
    # 18d, 18e, 18f (60 texts): the eighth session's final measurement, decided at 14:19 UTC before any set was written,
    # scored once at 15:37 UTC on c649d3a: quotes 229/236, routes 242/245, 1 false route (a mailbox for organisations
    # interested in becoming a reporting centre), 0 not-quotes; the false route and the two route misses (101 and 999
    # in "Police: 101 (999 in an emergency)") fixed after
    "holdout_2026_18d": Floors(84, 84, 99, 0, 0),
    "holdout_2026_18e": Floors(70, 72, 64, 0, 0),
    "holdout_2026_18f": Floors(75, 76, 81, 0, 0),
    "holdout_2026_18m": Floors(77, 77, 63, 0, 0),
    # 18p (20 texts): a blind check of the code after the final measurement (0e1dea7), decided at 15:39 UTC and scored
    # once at 15:48 UTC: quotes 68/68, routes 74/74, 1 false route (a foodbank's "/give" page), 0 not-quotes (a check,
    # not the decided measurement); the false route and a registry name inside a longer name fixed after
    "holdout_2026_18p": Floors(68, 68, 74, 0, 0),
    # 18q (20 texts): a blind check of the session's final importer (3b13818, extraction as c4b73d2), decided at 16:26
    # UTC and scored once at 16:34 UTC: quotes 69/72, routes 85/85, 0 false routes, 0 not-quotes (a check, not the
    # decided measurement)
    "holdout_2026_18q": Floors(69, 72, 85, 0, 0),
    "holdout_2026_18n": Floors(65, 66, 98, 0, 0),
    "holdout_2026_18o": Floors(64, 65, 78, 0, 0),
}


@pytest.mark.parametrize("folder", list(FLOORS))
def test_a_blind_holdout_stays_at_or_above_its_floors(folder, routes, topics):
    floors = FLOORS[folder]
    holds(
        scored(FOLDER.parent / folder, routes, topics),
        floors.quotes,
        floors.speakers,
        floors.routes,
        floors.false_routes,
        floors.not_quotes,
    )
