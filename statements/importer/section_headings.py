"""Headings over a contact: one naming other or general enquiries puts the lines below it out of reporting, one
naming reports ("TO REPORT", "## Report animal cruelty") gives its list items and labelled lines for reports. Split
from ``purposes.py``."""

from __future__ import annotations

import re

from .purposes import LABEL_LINE, LIST_ITEM, evidence

# "OTHER ENQUIRIES", "## General enquiries", "## Other council services", "## Not for reporting": a heading that
# puts the lines below it out of reporting
_ENQUIRIES_HEADING = re.compile(
    r"(?im)^[^\S\n]*[#*_]*[^\S\n]*(?:(?:other|general|all\s+other|further|more)\s+(?:[\w'’-]+\s+)?"
    r"(?:enquiries|services|contacts|numbers|information)|not\s+for\s+report(?:ing|s))[^\S\n]*[*_:]*[^\S\n]*$"
)
# A heading line that ends the section: "## Where to get help", "TO REPORT", "**Useful contacts**"
_ANY_HEADING = re.compile(
    r"(?m)^[^\S\n]*(?:#+[^\n]*|[A-Z][A-Z0-9 '’&,-]{2,60}|\*\*[^*\n]{2,60}\*\*:?|[A-Z][^\n.:!?]{2,60}:)[^\S\n]*$"
)


def under_enquiries_heading(sentence_left: str, sentence_right: str, text_before: str) -> bool:
    """Whether a contact stands in the section below a heading naming other or general enquiries, services or
    contacts ("OTHER ENQUIRIES", "## Other council services") and its own line gives no evidence of reporting or
    help."""
    before = text_before + sentence_left
    headings = list(_ENQUIRIES_HEADING.finditer(before))
    if not headings:
        return False
    section = before[headings[-1].end() :]
    if _ANY_HEADING.search(section[: section.rfind("\n") + 1]):  # (the contact's own line may be a label)
        return False
    line = sentence_left.rsplit("\n", 1)[-1] + sentence_right.split("\n", 1)[0]
    return not evidence(line)


# "TO REPORT", "## How to report", "GET HELP AND REPORT ILLEGAL LENDING", "## Report animal cruelty": a heading
# that gives the lines below it for reports (not "Inspection report")
_REPORT_HEADING = re.compile(
    r"(?im)^[^\S\n]*[#*_]*[^\S\n]*(?:(?:how\s+|where\s+)?to\s+|(?:[\w'’-]+[^\S\n]+){1,2}?(?:and|&)[^\S\n]+)?report\b"
    r"[^\n.!?]{0,60}[*_:]*[^\S\n]*$"
)


def under_report_heading(sentence_left: str, text_before: str) -> str | None:
    """The heading that gives a contact for reports when it stands on a list item or a "Label: value" line in the
    section below it ("TO REPORT" over "- Anti-social behaviour on a bus: WhatsApp 07700 …", "Report a concern
    about a taxi driver" over "Council licensing team: 0121 …"); else None."""
    before = text_before + sentence_left
    headings = list(_REPORT_HEADING.finditer(before))
    # (its list mark may end the text before its sentence)
    if not headings or not (LIST_ITEM.search(before) or LABEL_LINE.search(sentence_left)):
        return None
    section = before[headings[-1].end() :]
    return None if _ANY_HEADING.search(section[: section.rfind("\n") + 1]) else headings[-1].group(0)
