"""The lead-in that ends a paragraph ("Its chair, X, said:", "… lost £62,000. He said:"): who the quote in the
next paragraph is. Split from ``quotes.py`` (issue 17), which reads the paragraphs."""

from __future__ import annotations

import re
from collections.abc import Callable

from ..sentences import last_sentence_start
from .attribution import ATTRIBUTABLE, INTRO, INTRO_ACCORDING, LABEL, statement_giver
from .messages import introduces_message
from .speaker import NOBODY, Speaker
from .speakers import PRONOUN, Narrative

# "He said:", "Speaking afterwards, she said:": a pronoun is the whole subject
_PRONOUN_SUBJECT = re.compile(rf"(?:^|.*,\s*){PRONOUN}")


def lead_in(tail: str, narrative: Narrative, named: Callable[[str], Speaker | None]) -> Speaker | None:
    """Who ``tail``, a paragraph's words after its last quote ending in a colon, says speaks next; ``named``
    reads a label line ("Councillor Jane Smith, cabinet member for communities:")."""
    if introduces_message(tail):
        return NOBODY
    clause = tail[:-1]
    # the lead-in is the tail's last sentence when it names the speaker: "Elder Voice, which …, said calls had
    # doubled. Its chief executive, Margaret Osei, said:" introduces Margaret Osei, not the body before; and
    # "The rider was named as Callum Reid. In a statement, his family said:" introduces his family, not him; and
    # "One victim, a former bus driver, lost £62,000. He said:" is that victim, a "he" with no name
    sentence = clause[last_sentence_start(clause, len(clause), window=400) :]
    last = INTRO.search(sentence + ":")
    speaker = narrative.resolve(last.group("who"), last.group("verb")) if last else None
    # "His family paid tribute to him in a statement:" (or ", saying:"): who gave the statement speaks
    given = statement_giver(last.group("who") if last else sentence)
    speaker = (narrative.resolve(given, "said") if given else None) or speaker
    by_pronoun = bool(last and _PRONOUN_SUBJECT.fullmatch(last.group("who").strip()))
    nameless = by_pronoun and speaker is not NOBODY and bool(speaker and speaker.role)
    if speaker and (speaker.person or speaker.name or nameless) and not ATTRIBUTABLE.search(tail):
        return speaker
    # "According to Mel Dryden, lead advocate at the charity:" names who the next paragraph quotes
    # (also as the paragraph's last sentence: "Officers are examining the phones. According to DI X, of Y:")
    match = (
        ATTRIBUTABLE.search(tail)
        or INTRO_ACCORDING.match(tail)
        or INTRO_ACCORDING.match(sentence + ":")
        or INTRO.search(clause + ":")
    )
    if match:
        return narrative.resolve(match.group("who"), match.groupdict().get("verb") or "")
    label = LABEL.search(tail)
    return named(label.group("who")) if label else None
