"""Quoted words nobody is speaking for: a scam text, a letter, what a caller or fraudster might say.

'A typical message reads: "…"', 'The caller says: "…"', '"…," the text said.' are not quotes with a
speaker, and precision comes first: a false quote is worse than a missed one, so these are dropped.
"""

from __future__ import annotations

import re

_NON_HUMAN = (
    r"(?:message|text|e-?mail|letter|caller|scammer|fraudster|criminal|conman|con artist|sign|leaflet|post|advert|"
    r"voicemail|script|notice|poster|website|pop-up|note|flyer|recording)s?"
)
_NOT_SPOKEN = (
    r"(?:reads?|says?|said|states?|goes|went|asks?|asked|tells?|told|warns?|warned|claims?|claimed|demands?|"
    r"demanded|promises?|promised|threatens?|threatened|might|may|will|would|could|typically|often|usually)"
)
MESSAGE_INTRO = re.compile(
    rf"(?i)(?:^|[,;]\s*)(?:\S+\s+){{0,3}}?{_NON_HUMAN}\s+(?:\w+\s+){{0,3}}?{_NOT_SPOKEN}\b[^:,.!?]{{0,30}}[:,]?\s*$"
)
MESSAGE_OUTRO = re.compile(
    rf"(?i)^\s*[,.]?\s*(?:(?:the|a|an|one|this|that|each|every|typical|fake|scam|bogus)\s+){{0,2}}{_NON_HUMAN}"
    rf"\s+(?:\w+\s+)?{_NOT_SPOKEN}\b"
)
