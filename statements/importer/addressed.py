"""A criminal word that does not make a contact the criminals' own (issue 17, 13g/13j).

``offers.judge`` leaves out a contact in a sentence about criminals, scams or dealers. Two such words name someone
else: the party the text addresses ("Scrap metal dealers who are offered bronze plaques should call …") and, in a
list item, the thing its label says is reported ("- **Fake stickers:** tell the council's parking team on …").
"""

from __future__ import annotations

import re

from .text import BULLET

# "Scrap metal dealers who are offered bronze plaques should call …": the party named is the one addressed
_ADDRESSED_PARTY = re.compile(
    r"(?i)[^\S\n]+(?:who|that)\b[^.;:\n]{0,100}?\b(?:should|must|can|may|are\s+(?:asked|urged|advised)\s+to)\s+"
    r"(?:also\s+)?(?:call|contact|ring|phone|report|tell|e-?mail|text)\b"
)
# "- **Fake stickers:** tell the council's parking team on …": a list item's label names what is reported
_REPORTED_LABEL = re.compile(
    r"(?i)[^:\n]{0,60}:[*_\s]*(?:please\s+)?(?:call|contact|ring|phone|report|tell|e-?mail|text)\b(?=[^\n]*$)"
)
_LIST_ITEM = re.compile(r"[^\S\n]*" + BULLET + r"[^\S\n]")


def not_the_offerer(left: str, criminal: re.Match[str]) -> bool:
    """Whether a criminal word names the party addressed or, in a list item's label, what is reported."""
    if _ADDRESSED_PARTY.match(left, criminal.end()):
        return True
    line_start = left.rfind("\n", 0, criminal.start()) + 1
    return bool(_LIST_ITEM.match(left, line_start) and _REPORTED_LABEL.match(left, criminal.end()))
