"""Contacts for journalists, not for the public: "Media enquiries: …", "the communications team on 01473 …".

``routes.py`` leaves these out before ``offers.judge`` weighs whether a contact is offered to the reader.
"""

from __future__ import annotations

import re

_MEDIA_LINE = re.compile(
    # ("**Cyfryngau / Media:** 029 …": the label in a second language before a slash)
    r"(?i)^[\s*_#>]*(?:[^\W\d][^:/\n]{0,29}?\s*/\s*)?(?:for\s+)?(?:media|press|journalists?)(?:\s+(?:enquiries|enquiry|contacts?|office|desk|"
    r"team|line|information|only))?"
    # "*Media enquiries for the federation: … For the force: …*": the line stays the media's after a qualifier
    r"(?:\s+(?:for|about|to|from|on)\s+[^:\n]{1,40}?)?"
    # "*Media / Y cyfryngau: 029 …*": the label in a second language after a slash
    r"(?:\s*/\s*[^:/\n]{1,30}?)?\s*[:–—-]"
)
# A heading line of its own for the lines below it: "Media enquiries:", "**PRESS CONTACTS**", "For journalists:"
_MEDIA_HEADING = re.compile(
    r"(?i)[\s*_#>]*(?:for\s+)?(?:(?:the\s+)?media|press|journalists?)(?:\s+(?:enquiries|enquiry|contacts?|office|"
    r"desk|team|lines?|information|only))?[\s*_]*:?[\s*_]*"
)
# Contacts for journalists, not for the public: "Media enquiries: ...", "the communications team on 01473 ..."
_MEDIA = re.compile(
    r"(?i)\b(?:(?<!social\s)(?:media|press)\s+(?:enquiries|enquiry|office|officer|desk|contact|team|line|"
    # ("… available to download from the service's media library at …")
    r"relations|library|centre|center|hub|gallery|packs?)|(?:communications|comms)\s+(?:team|office|officer|manager|department|desk)|interview\s+requests?|"
    r"journalists?|newsdesk|(?<!social\s)(?:by|for)\s+(?:the\s+)?(?:media|press))\b"
)
_SEPARATOR = re.compile(r"[^\S\n]+[·•|–—][^\S\n]+")
# "Tel: 01632 …" after "Issued by the X press office.": a bare label whose line names the media contact
_BARE_LABEL = re.compile(r"(?i)^[\s*_]*(?:tel|telephone|phone|mobile|e-?mail|contact)[\s*_]*[:.]?[\s*_]*$")
_MEDIA_ADDRESS = re.compile(r"(?i)^(?:press|media|news|comms|communications|pressoffice|newsdesk)\b")
_PUBLIC = re.compile(r"(?i)\b(?:public|anyone|residents|people|you|victims|members|parents|information)\b")


def is_media_contact(left: str, printed: str, kind: str, line: str, heading: str = "") -> bool:
    """A journalists' contact: on a line or in a sentence labelled for the media ("*Media enquiries: …*",
    "*Crime reference: X. Media: …*"), on a line below a media heading that opens its paragraph ("Media
    enquiries:" / "North Vale Police: 0113 …"), a bare "Tel:" after the line names the press office ("Issued by
    the X press office. Tel: …"), after a media cue shortly before it in the sentence with no word for the public
    after the cue, or a press-office e-mail address."""
    # ("Incident number: WFRS/26/11902 · Media: 0151 …": the part of a trailer line after a separator)
    part = _SEPARATOR.split(line)[-1]
    if (kind == "email" and _MEDIA_ADDRESS.match(printed)) or any(map(_MEDIA_LINE.match, (line, part, left))):
        return True
    if _MEDIA_HEADING.fullmatch(heading):
        return True
    if _BARE_LABEL.match(left) and _MEDIA.search(line):
        return True
    window = left[-90:]
    cues = list(_MEDIA.finditer(window))
    return bool(cues) and not _PUBLIC.search(window[cues[-1].end() :])
