"""Quoted words nobody is speaking for: a scam text, a letter, what a caller or fraudster might say.

'A typical message reads: "…"', 'The caller says: "…"', '"…," the text said.' are not quotes with a
speaker, and precision comes first: a false quote is worse than a missed one, so these are dropped.
:func:`message_spans` finds where a text quotes such words, so the route reader leaves their contacts out.
"""

from __future__ import annotations

import re

from ..sentences import last_sentence_start
from .marks import MAX_SEGMENTS, Budget, find_segments

_NON_HUMAN = (
    r"(?:message|text|e-?mail|letter|caller|scammer|fraudster|criminal|conman|con artist|sign|leaflet|post|advert|"
    r"voicemail|answerphone|script|notice|poster|website|pop-up|note|flyer|recording|(?:business\s+)?card|sticker|label|banner|"
    r"advertisement|listing|voice|(?:recorded|automated|pre-?recorded|robotic|computeri[sz]ed)\s+call)s?"
)
# 'a message that began "…"', 'The letter ends:': where a written thing's words begin or end are still its words
_BEGAN = r"(?:beg[ai]n|begins|beginning|start(?:s|ed|ing)|(?:open|clos)(?:s|ed|ing)\s+with|end(?:s|ed|ing))"
_NOT_SPOKEN = (
    r"(?:reads?|says?|said|states?|goes|went|asks?|asked|tells?|told|warns?|warned|claims?|claimed|demands?|"
    r"demanded|promises?|promised|threatens?|threatened|might|may|will|would|could|typically|often|usually|"
    rf"{_BEGAN})"
)
# the verbs of a person speaking (not "reads", "goes" or "began", which a thing does too)
_SAID_BY_PERSON = r"(?:said|says|added|adds|told|tells|explained|explains|commented|recalled|admitted|wrote|writes)"
MESSAGE_INTRO = re.compile(
    rf"(?i)(?:^|[,;]\s*)(?:\S+\s+){{0,3}}?{_NON_HUMAN}\s+(?:[\w'’-]+\s+){{0,6}}?{_NOT_SPOKEN}\b[^:,.!?]{{0,30}}[:,]?\s*$"
)
MESSAGE_OUTRO = re.compile(
    rf"(?i)^\s*[,.]?\s*(?:(?:the|a|an|one|this|that|each|every|typical|fake|scam|bogus)\s+){{0,2}}{_NON_HUMAN}"
    rf"\s+(?:\w+\s+)?{_NOT_SPOKEN}\b"
)

# "calls in which a recorded voice says:": the thing's own words, its verb straight after it (in "the platform on
# which the adverts appeared said:" the saying is someone else's)
MESSAGE_IN_CLAUSE = re.compile(
    rf"(?i)\b(?:in|on)\s+which\s+(?:(?:a|an|the|one)\s+)?(?:[\w'’-]+\s+){{0,2}}?{_NON_HUMAN}\s+(?:\w+ly\s+)?"
    rf"{_NOT_SPOKEN}\s*[:,]?\s*$"
)
# 'a printed notice beside the screen reading "…"', 'a flyer handed out near schools, which promised "…"',
# 'a text message a few days after paying, reading:': a written thing, then a verb for what it says, ending the
# words before a quote (wherever the sentence begins)
WRITTEN_SAYS = re.compile(
    rf"(?i)\b(?:{_NON_HUMAN}|stickers?|QR\s+codes?|cards?|labels?|banners?)\b(?:[^\"“”.!?;:]|\.(?=\w)){{0,60}}?\b(?:reading|"
    r"(?:which|that)\s+(?:\w+\s+)?(?:reads?|read|said|says|promised|promises|offered|offers|urged|urges|told|tells|"
    rf"stated|states|gave|gives|{_BEGAN})|saying|stating|promising|offering|urging|headed|titled|{_BEGAN}|"
    r"(?:with|carr(?:y|ies|ied|ying)|bear(?:s|ing)?|bore|show(?:s|ed|ing)?|display(?:s|ed|ing)?|ha[ds])\s+"
    r"(?:the\s+)?(?:words?|message|slogan|text))"
    r"\s*[:,]?\s*$"
)
# 'The bags carry a picture of a child and the words "…"', 'vans displaying the slogan "…"': words a thing bears,
# whatever the thing ("bags", "vans", "T-shirts"), are printed, not anyone's quote
PRINTED_WORDS = re.compile(
    r"(?i)\b(?:carr(?:y|ies|ied|ying)|bear(?:s|ing)?|bore|show(?:s|ed|ing)?|display(?:s|ed|ing)?|feature[sd]?|"
    r"featuring|printed\s+with|emblazoned\s+with)\b(?:[^\"“”.!?;:]|\.(?=\w)){0,80}?\b(?:the\s+)?"
    r"(?:words?|slogan|wording|tagline|strapline)\s*[:,]?\s*$"
)
# 'a card printed "…"', 'a plaque engraved with "…"': words straight after a verb of printing are printed on
# whatever the thing is, not anyone's quote
PRINTED_ON = re.compile(
    r"(?i)\b(?:printed|stamped|inscribed|engraved|embossed|emblazoned|embroidered|marked|labelled|painted)"
    r"(?:\s+(?:with|on\s+it|across\s+it))?\s*[:,]?\s*$"
)
# 'The RSPCA's well-known warning, "Dogs die in hot cars", appears …', 'the club's motto "…"': words in apposition
# to a thing that bears or is words, the sentence's subject (in "she repeated the warning, "…"" she says them)
NAMED_WORDS = re.compile(
    r"(?i)^[\s*_]*(?:the|a|an|its|their|our|[\w-]+['’]s)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:warning|slogan|motto|catchphrase|tagline|strapline|message|sign|notice|caption|headline|"
    r"title|maxim|mantra|advice|rule)s?\s*,?\s*$"
)
# 'Boswell added that the service's message was "Get out, stay out, call 999"': words a thing is said to be
THING_IS = re.compile(
    r"(?i)\b(?:the|its|their|our|his|her|[\w-]+['’]s)\s+(?:[\w'’-]+\s+){0,2}?(?:message|slogan|motto|mantra|"
    r"catchphrase|tagline|strapline|watchword|advice|warning|rule)\s+(?:was|is|remains|has\s+always\s+been)\s*[:,]?\s*$"
)
# 'the boys received messages such as *"Pay £200 or …"*': an example of a written thing, not anyone's words
MESSAGE_EXAMPLE = re.compile(rf"(?i)\b{_NON_HUMAN}\s+(?:such\s+as|including)[\s*_:,]*$")
# "One read:", "It said:", "One of them went like this:": a lead-in naming no thing, after a sentence that does
PRONOUN_LEAD_IN = re.compile(
    r"(?i)^(?:one|it|another|they|some|many|most|each|this|that|these|the\s+latest|the\s+first)(?:\s+of\s+them)?"
    r"\s+(?:typically\s+|usually\s+|often\s+|simply\s+)?(?:read|reads|said|says|stated|states|went|goes)"
    r"(?:\s+like\s+this)?\s*:$"
)
# "One patient was told by a caller:", "a pensioner was sent this by a scammer:": words a caller or message gave
TOLD_BY_THING = re.compile(
    rf"(?i)\b(?:told|sent|left|asked|warned|given)\s+(?:this\s+|these\s+words\s+)?(?:by|in)\s+"
    rf"(?:(?:a|an|the|one|another)\s+)?(?:[\w'’-]+\s+){{0,2}}?{_NON_HUMAN}\s*[:,]?\s*$"
)
# "In messages seen by officers, he wrote:": a stream of messages quoted as evidence, not words anyone speaks for
MESSAGES_WRITTEN = re.compile(
    r"(?i)\bin\s+(?:[\w'’-]+\s+){0,3}?(?:messages|texts|text\s+messages|e-?mails|chats|DMs)\b[^\"“”.!?;:]{0,60}?,\s*"
    r"(?:he|she|they)\s+(?:wrote|writes|texted|typed|messaged)\s*[:,]?\s*$"
)
# "One patient received a follow-up text:", "Residents were sent letters from a 'council enforcement unit':": the
# words of a thing someone received, whatever follows the noun; but a said-verb there ("A patient who received a
# letter on Friday said:") has the person for its subject: the person speaks
RECEIVED_THING = re.compile(
    rf"(?i)\b(?:received|receives?|receiving|got|gets|(?:was|were|had\s+been|have\s+been|has\s+been|being)\s+sent)\s+"
    rf"(?:[\w'’-]+\s+){{0,4}}?{_NON_HUMAN}\b(?:\s+(?:from|by|on|in|via|with|at|about)\s+"
    rf"(?!(?:[^\"“”.!?;:,]*\s)?{_SAID_BY_PERSON}\b)[^\"“”.!?;:,]{{1,50}})?"
    r"\s*:[\s*_]*$"
)
# "One woman was told: '…'": words said to someone by a teller the text does not name (the caller of a scam), never
# a speaker's quote
TOLD_UNNAMED = re.compile(r"(?i)\bw(?:as|ere)\s+(?:then\s+|later\s+|simply\s+)?told\s*:[\s*_]*$")
WRITTEN_THING = re.compile(rf"(?i)\b{_NON_HUMAN}\b")
# "… a real job advert that had been used to recruit victims. It read:": a thing's words, never a person's
# "One version seen by the council reads:", "A later copy, sent on Friday, read:": a copy of it, however described
_THING_READ = re.compile(
    r"(?i)^(?:it\s+(?:read|reads|said|says|stated|states)|(?:one|another)(?:\s+of\s+them)?\s+(?:read|reads)|"
    r"(?:one|another|a|the|this|that)\s+(?:(?:later|earlier|new|newer|recent|typical|latest|first|second|third)\s+)?"
    r"(?:version|variant|example|copy|edition|draft|wording)\b(?:\s+[^:;,.!?\"“”]{1,50}?|,[^:;.!?\"“”]{1,60},)?\s+"
    r"(?:read|reads|said|says|stated|states|went|goes))\s*:$"
)

# "The texts, seen by officers, read:", "The messages, which began on Monday, read:": an aside between commas
_ASIDE = re.compile(r",\s+[^,:]{1,60},")
# A name the criminals use, not words anyone speaks: 'a man claiming to be "DC Harris from the Met"'
NAME_INTRO = re.compile(
    r"(?i)\b(?:claim(?:s|ed|ing)?\s+to\s+be|call(?:s|ed|ing)\s+(?:him|her|them)sel(?:f|ves)|pos(?:es|ed|ing)\s+as|"
    r"pretend(?:s|ed|ing)?\s+to\s+be|introduc(?:es|ed|ing)\s+(?:him|her|them)sel(?:f|ves)\s+as|known\s+as|"
    r"(?:going|went|goes)\s+by|using\s+the\s+names?|names?\s+(?:of|such\s+as)|purport(?:s|ed|ing)?\s+to\s+be|"
    r"signed\s+off\s+as|"
    # 'a call from a man who said he was "Detective Sergeant Hughes from …"', 'showed a warrant card and said he was
    # "DC Harris from the fraud squad"': an identity someone claims, with or without "who"
    r"\b(?:said|says|told\s+\w+)\s+(?:that\s+)?(?:he|she|they)\s+(?:was|were|is|are|worked\s+for|"
    r"w(?:as|ere)\s+calling\s+from))"
    r"\s*[:,]?\s*$"
)


def pronoun_lead_in(tail: str) -> bool:
    """Whether ``tail`` is a lead-in naming no thing ("One read:"), an aside between commas allowed ("One, sent
    to hundreds of people on Monday, read:")."""
    tail = tail.strip()
    return bool(PRONOUN_LEAD_IN.match(tail) or PRONOUN_LEAD_IN.match(_ASIDE.sub("", tail)))


def reads_thing_before(clause: str, before: str) -> bool:
    """Whether ``clause`` ("It read:") gives the words of a written thing named in ``before``, the text before it
    ("Trainers showed delegates a job advert used to recruit victims.")."""
    return bool(_THING_READ.match(clause.strip())) and bool(WRITTEN_THING.search(before[-300:]))


# "a man claiming to be from their bank's fraud team … He told one of them: '…'": an impostor telling a victim
_IMPOSTOR = re.compile(
    r"(?i)\b(?:man|woman|men|women|caller|callers|someone|person|people|fraudsters?|criminals?)\s+"
    r"(?:(?:who\s+)?(?:claim(?:s|ed|ing)?|pretend(?:s|ed|ing)?)\s+to\s+be|(?:who\s+)?pos(?:es|ed|ing)\s+as)\b"
)
_TELLS_A_VICTIM = re.compile(
    r"(?i)^(?:he|she|they|the\s+(?:man|woman|caller)|one)\s+(?:then\s+|later\s+)?(?:told|tells|warned|asked)\s+"
    r"(?:one\s+of\s+(?:them|the\s+\w+)|her|him|them|the\s+(?:victim|woman|man|pensioner|resident|customer)s?)"
    r"\s*[:,]?$"
)


def impostor_tells(clause: str, before: str) -> bool:
    """Whether ``clause`` ("He told one of them:") gives the words of an impostor described in ``before``, the text
    before it ("… calls from a man claiming to be from their bank's fraud team."): a criminal's script, not a quote."""
    return bool(_TELLS_A_VICTIM.match(clause.strip())) and bool(_IMPOSTOR.search(before[-300:]))


def introduces_message(clause: str) -> bool:
    """Whether ``clause`` (the words before a quote, or ending a paragraph) introduces words nobody speaks for:
    "The text reads:", a written thing then what it says ("Buyers were sent a message reading:"), a thing someone
    received ("One patient received a follow-up text:"), an example of one ("messages such as"), or words told to
    someone by a teller the text does not name ("One woman was told:")."""
    return bool(
        MESSAGE_INTRO.search(clause)
        or MESSAGE_INTRO.search(_ASIDE.sub("", clause))
        or MESSAGE_IN_CLAUSE.search(clause)
        or WRITTEN_SAYS.search(clause)
        or PRINTED_WORDS.search(clause)
        or PRINTED_ON.search(clause)
        or NAMED_WORDS.search(clause)
        or THING_IS.search(clause)
        or MESSAGE_EXAMPLE.search(clause)
        or MESSAGES_WRITTEN.search(clause)
        or TOLD_BY_THING.search(clause)
        or RECEIVED_THING.search(clause)
        or TOLD_UNNAMED.search(clause)
    )


_LEAD_IN = re.compile(r":[\s*_]*$")
_QUOTED = re.compile(r"[\"“][^\"“”\n]{0,200}[\"”]")


def message_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text`` quotes words nobody speaks for ('The messages read: "…"', '"…," the text said.', or a
    paragraph after a lead-in such as "The messages typically read:"): an address or number there belongs
    to the scam, not to a service, unless the registry knows it."""
    spans: list[tuple[int, int]] = []
    offset = 0
    after_lead_in = in_blockquote = False
    budget = Budget(MAX_SEGMENTS)
    for paragraph in re.split(r"(\n[^\S\n]*\n)", text):
        if not paragraph.strip() or paragraph.isspace():
            offset += len(paragraph)
            continue
        segments = find_segments(paragraph, budget.take)
        quoted_block = paragraph.lstrip().startswith(">")
        if after_lead_in or (in_blockquote and quoted_block):
            spans.append((offset, offset + len(paragraph)))
            # a message running over several paragraphs: "…" left open, or a Markdown blockquote
            after_lead_in = bool(segments) and not segments[-1].closed
            in_blockquote = quoted_block
            offset += len(paragraph)
            continue
        in_blockquote = False
        floor = 0
        for seg in segments:
            head = paragraph[last_sentence_start(paragraph, seg.start, window=300, floor=floor) : seg.start]
            floor = seg.end
            head = re.sub(r",\s+(?:which|who|that)\b[^,]*,", "", head)  # "The messages, which began …, read:"
            if (
                introduces_message(head)
                or WRITTEN_SAYS.search(head)
                or MESSAGE_OUTRO.match(paragraph[seg.end : seg.end + 200])
                or _quoted_words_in_lead_in(paragraph, seg.start, head)
            ):
                spans.append((offset + seg.start, offset + seg.end))
        tail = paragraph[last_sentence_start(paragraph, len(paragraph), window=300) :].rstrip()
        outside_last = not segments or segments[-1].end < len(paragraph.rstrip()) - 1
        after_lead_in = outside_last and _is_lead_in(tail.rstrip(" *_"), paragraph[-400:])
        offset += len(paragraph)
    return _disjoint(spans)


def _quoted_words_in_lead_in(paragraph: str, start: int, head: str) -> bool:
    """Whether the whole sentence before a quote, words quoted in it collapsed, introduces a message ('One letter,
    headed "FINAL DEMAND", said: "…"'), when ``head`` (read from the last quote only) differs from it."""
    whole = _QUOTED.sub("“…”", paragraph[last_sentence_start(paragraph, start, window=300) : start])
    return whole != head and introduces_message(whole)


def _is_lead_in(tail: str, paragraph_end: str) -> bool:
    """Whether a paragraph's last sentence introduces a message in the next paragraph: "The texts read:",
    "a letter arrived, reading:", or "One read:" after a sentence about the messages."""
    if not _LEAD_IN.search(tail):
        return False
    if introduces_message(tail) or WRITTEN_SAYS.search(tail):
        return True
    return pronoun_lead_in(tail) and bool(WRITTEN_THING.search(paragraph_end))


def _disjoint(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and start < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out
