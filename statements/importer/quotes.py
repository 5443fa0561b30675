"""Quotes with their speaker: who said each quoted passage, and which quoted words are not quotes.

A quoted passage counts as a quote only when something attributes it: a said-verb before it
("Mr Bailey said:", "Judge Katherine Moss told Nolan:"), after it ("..., said Ms Doe", "..., she added"),
a preceding "attributable to X:" line, or the open quote of the paragraph before it continuing. Quoted
words inside a sentence with no attribution (an older "friend", 'significant resources' according to X)
and quotes that start mid-sentence in lower case are scare quotes or reported speech, and are skipped.
"""

from __future__ import annotations

import re

from ..sentences import last_sentence_start
from .attribution import (
    ATTRIBUTABLE,
    DASH_SIGNATURE,
    DESCRIBED_WHO,
    INTRO,
    INTRO_ACCORDING,
    LABEL,
    OUTRO_ACCORDING,
    OUTRO_DASH,
    OUTRO_VERB_FIRST,
    OUTRO_WHO_FIRST,
    REPORTING,
    THAT_WAS,
    statement_giver,
    with_named_body,
)
from .body_mentions import body_giving_statement
from .described import describes_a_person
from .lead_ins import lead_in
from .marks import MAX_SEGMENTS, Budget, Segment, find_segments, names_a_title, names_given
from .messages import MESSAGE_OUTRO, NAME_INTRO, impostor_tells, introduces_message, reads_thing_before
from .organisations import Organisations
from .people import People
from .quote_text import closed, ends_with_its_attribution, outside_quotes, tidy, unquote_blocks
from .result import ExtractedQuote
from .roles import clean_role, nameless_role, unit_in_full
from .speaker import NOBODY, Speaker
from .speakers import SAID, Narrative
from .thing_names import names_a_thing

_MIN_WORDS = 2
# "said in a statement:", "said in a brief written statement:" (what INTRO's object is)
_IN_A_STATEMENT = re.compile(r"\s*in\s+a\s+(?:[a-z]+\s+){0,2}statement\b")


# 'collecting for a "Christmas Lights appeal"', 'signed up to the "Safer Streets pledge"': quoted words an article
# introduces are the name of a thing, not anyone's speech
_ARTICLE_BEFORE = re.compile(r"(?i)\b(?:a|an|the)\s*$")


class _Reader:
    def __init__(self, paragraphs: list[str], captions: list[str], title: str = "") -> None:
        self.paragraphs = paragraphs
        self.people = People()
        budget = Budget(MAX_SEGMENTS)
        self.segments = [find_segments(paragraph, budget.take) for paragraph in paragraphs]
        for caption in captions:
            self.people.learn(outside_quotes(caption, find_segments(caption, budget.take)))
        before = ["", ""]  # the two paragraphs before ("Its chair, X," can mean a body named two paragraphs up)
        organisations = Organisations()  # "Its chief executive, X," means the body the text last referred to
        organisations.read(title)
        for paragraph, segments in zip(paragraphs, self.segments, strict=True):
            outside = outside_quotes(paragraph, segments)
            self.people.learn(outside, "\n\n".join(before).strip(), organisations)
            organisations.read(outside)
            before = [before[1], outside] if re.search(r"\w", outside) else before  # an all-quote one passed over
        self.narrative = Narrative(self.people)
        self.narrative.organisations.read(title)
        self.quotes: list[ExtractedQuote] = []
        self.unheard: list[str] = []  # whole sentences quoted with no speaker found: reported, not dropped unseen
        self.open_quote: tuple[ExtractedQuote, Speaker] | None = None
        # an unattributed quote left open at its paragraph's end: "“I didn't think … too late for me." then "“The
        # police came … home,” she said.": the next paragraph's opening quote goes on with it and attributes both
        self.open_unheard: tuple[int, str] | None = None
        self.last_quote_paragraph = -2
        self.pending: Speaker | None = None
        self.said_after = -2  # the paragraph that attributed the quote before it ("said Dr X, …")
        self.last: tuple[ExtractedQuote, Speaker] | None = None  # the last quote taken, with its speaker

    @staticmethod
    def _according_to_sentence(outside: str, seg: Segment, floor: int, text: str) -> bool:
        """'According to Ms Ambrose, "the single most useful thing is to talk."': a whole sentence in lower case
        straight after "according to X," is a quote; a fragment is still reported speech."""
        clause = outside[last_sentence_start(outside, seg.start, window=200, floor=floor) : seg.start]
        return (
            bool(INTRO_ACCORDING.match(clause)) and len(text.split()) >= 6 and text.rstrip().endswith((".", "!", "?"))
        )

    def _intro(self, outside: str, seg: Segment, floor: int) -> Speaker | None:
        clause = outside[last_sentence_start(outside, seg.start, window=400, floor=floor) : seg.start]
        if not clause.strip():
            return None
        if introduces_message(clause) or NAME_INTRO.search(clause) or _ARTICLE_BEFORE.search(clause):
            return NOBODY
        before = outside[max(0, seg.start - len(clause) - 300) : seg.start - len(clause)]
        if reads_thing_before(clause, before) or impostor_tells(clause, before):
            return NOBODY
        according = INTRO_ACCORDING.match(clause)
        if according:
            return self.narrative.resolve(according.group("who"))
        attributable = ATTRIBUTABLE.search(clause)
        if attributable:
            return self.narrative.resolve(attributable.group("who"))
        label = LABEL.search(clause)
        labelled = self._named(label.group("who"), dashed=False) if label else None
        if labelled:
            return labelled
        match = INTRO.search(clause)
        # "Her family paid tribute to her in a statement: '…'" (or ", saying:"): who gave the statement speaks
        given = statement_giver(match.group("who") if match else clause)
        giver = self.narrative.resolve(given, "said") if given else None
        if giver and (giver.person or giver.name):
            return giver
        if not match or re.search(rf"\b{SAID}\b", match.group("obj") or ""):
            return None
        if (match.group("obj") or "").strip().lower() in {"that", "how", "why", "the"}:
            return None
        who = match.group("who")
        if _IN_A_STATEMENT.match(match.group("obj") or "") and body_giving_statement(who):
            who = f"In a statement, {who}"
        # the subject is the last clause before the verb: "Sentencing him, Judge Katherine Moss told Nolan:"
        speaker = self.narrative.resolve(who, match.group("verb"))
        if speaker is not None and speaker.person is None and not (speaker.role or speaker.name):
            speaker = self._named_before(outside, seg.start - len(clause), floor)
        # "Northern Powergrid engineers made the supply safe. A spokesperson for the network operator said:"
        return with_named_body(speaker, outside[max(floor, seg.start - 400) : seg.start - len(clause)])

    def _named_before(self, outside: str, end: int, floor: int) -> Speaker:
        """Whom "She said:" means when nobody has spoken or been described: the last person the sentence before
        names ("The review was led by Janet Hollis, the … midwife. She said:"); else nobody (a caller described
        but never named)."""
        before = outside[last_sentence_start(outside, max(floor, end - 1), window=400, floor=floor) : end]
        named = [m for m in self.people.learn(before) if not m.possessive]
        return Speaker(named[-1].person) if named else NOBODY

    def _reported_before(self, outside: str, at: int, floor: int) -> Speaker | None:
        """The subject of the sentence of reported speech or narration just before an unattributed quote at
        ``at`` ("A neighbour, who asked not to be named, said she had seen a van. 'I thought…'"); only a person."""
        end = len(outside[floor:at].rstrip()) + floor
        if end <= floor or outside[end - 1] not in ".!?":
            return None
        start = last_sentence_start(outside, end - 1, window=400, floor=floor)
        match = REPORTING.match(outside[start:end])
        if not match:
            return None
        who = match.group("who")
        speaker = self.narrative.resolve(who, match.group("verb"))
        described = DESCRIBED_WHO.match(who)
        if speaker and speaker.person and described and describes_a_person(described.group("head")):
            # "One of the firefighters who carried Mr Ogunleye said …": the firefighter, not Mr Ogunleye
            speaker = self.narrative.resolve(described.group("head"), match.group("verb"))
            if speaker and speaker.role:  # "one of the firefighters" is a firefighter
                speaker.role = re.sub(r"(?i)^one of the (\w+?)s$", r"\1", speaker.role)
        if speaker is None or speaker is NOBODY:
            return None
        if speaker.person is None and not describes_a_person(speaker.role or ""):
            return None  # "The report said …": not a person
        return speaker

    def _outro(self, outside: str, seg: Segment, ceiling: int) -> Speaker | None:
        tail = outside[seg.end : ceiling]
        if MESSAGE_OUTRO.match(tail):
            return NOBODY
        according = OUTRO_ACCORDING.match(tail)
        if according:
            return self.narrative.resolve(according.group("who"))
        for pattern in (OUTRO_VERB_FIRST, OUTRO_WHO_FIRST):
            match = pattern.match(tail)
            if match:
                speaker = self.narrative.resolve(match.group("who"), match.group("verb"))
                if speaker:
                    return with_named_body(speaker, outside[max(0, seg.start - 400) : seg.start])
        dash = OUTRO_DASH.match(tail)
        if dash:  # “…” – Jane Smith, Head of Road Safety; “…” – a spokesperson for the council
            who = dash.group("who") or dash.group("who2")
            mentions = self.people.learn(who)
            if mentions:
                return Speaker(mentions[0].person)
            role = nameless_role(who)
            return Speaker(None, role) if role and who[:1].islower() else None
        if re.match(r"[^\S\n]*\n", tail):  # the name, then the role, on the lines after the quote
            return self._signature(tail)
        return None

    def _signature(self, text: str) -> Speaker | None:
        """A quote signed after it: "— Jane Smith, Head of X", "— Jane Smith (Head of X)", or a line with
        only the name and a line with the role. Anything longer is prose, not a signature."""
        # Markdown emphasis around a signature ("*Owain Jenkins, Clinical Contact Centre Manager*") is not part of it
        lines = [re.sub(r"\*\*|__", "", line).strip(" \t*_") for line in text.strip().split("\n") if line.strip(" *_")]
        if not lines or len(lines) > 3 or any(len(line.split()) > 16 for line in lines):
            return None
        if lines[0].endswith(":"):  # "Detective Inspector X, Thetford CID:" introduces the next quote
            return None
        dashed = DASH_SIGNATURE.match(lines[0])
        first = lines[0][dashed.end() :] if dashed else lines[0]
        if any(re.search(r"[.!?]$", line) and len(line.split()) > 6 for line in lines):
            return None  # a sentence, not a name or a role
        speaker = self._named(first, dashed=bool(dashed))
        role_lines = lines[1:]
        if speaker and speaker.person and role_lines and not speaker.person.role:
            speaker.person.apposition = clean_role(", ".join(role_lines))
        return speaker

    def _named(self, text: str, dashed: bool) -> Speaker | None:
        """The person ``text`` consists of: a name, with a rank or an apposition ("Jane Smith, Head of X",
        "Jane Smith (Head of X)"); for a dashed signature, an unnamed speaker ("a spokesperson for X")."""
        mentions = self.people.learn(text)
        if not mentions or mentions[0].start > 0 or not (mentions[0].full or mentions[0].titled):
            role = nameless_role(text) if dashed and text[:1].islower() else None
            return Speaker(None, role) if role else None
        rest = text[mentions[0].end :].strip()
        if rest and not rest.startswith((",", "(")):
            return None
        mentions[0].person.apposition = unit_in_full(mentions[0].person.apposition, self.narrative.read)
        return Speaker(mentions[0].person)

    def _signed_run(self, index: int) -> Speaker | None:
        """The signature after a run of quoted paragraphs starting at ``index``: each but the last leaves
        its quote open and the next opens with a quote mark; the signature follows the closing mark, on
        the next line or as the next paragraph."""
        j = index
        while True:
            if j - index > 12:
                return None  # a run of open quotes that long is not a quote (bounded work)
            paragraph = self.paragraphs[j]
            segments = self.segments[j]
            if not segments:
                return None
            if segments[-1].closed:
                break
            if j + 1 >= len(self.paragraphs):
                return None
            following = self.paragraphs[j + 1]
            opening = self.segments[j + 1]
            if not opening or opening[0].start > len(following) - len(following.lstrip(" >-*_")):
                # "> “Fake parts are no bargain." then "said Jo Hale, …": a quote left open ends before a said-line
                if following.lstrip(" *_")[:1].islower() and OUTRO_VERB_FIRST.match(following):
                    break
                return None
            j += 1
        tail = outside_quotes(paragraph, segments)[segments[-1].end :]
        if tail.strip():
            return self._signature(tail) if re.match(r"[^\S\n]*(?:\n|[–—])", tail) else None
        following = self.paragraphs[j + 1] if j + 1 < len(self.paragraphs) else ""
        if following and (not self.segments[j + 1] or THAT_WAS.match(following)):  # its own scare quotes too
            # "> “…,”" then a paragraph "said Dr X, the trust's medical director.": the sentence goes on there
            # "> “….”" then "said the man, who …": a paragraph opening in lower case with a said-verb goes on too
            goes_on = segments[-1].text.rstrip().endswith(",") or following.lstrip(" *_")[:1].islower()
            # or "That was the message from DC X, …"
            said = OUTRO_VERB_FIRST.match(following) if goes_on else THAT_WAS.match(following)
            if said:
                speaker = self.narrative.resolve(said.group("who"), said.groupdict().get("verb") or "said")
                if speaker:
                    self.said_after = j + 1
                return speaker
            return self._signature(following)
        return None

    def read(self) -> list[ExtractedQuote]:
        for index, paragraph in enumerate(self.paragraphs):
            self._paragraph(index, paragraph)
        self.unheard += [self.open_unheard[1]] if self.open_unheard else []
        for quote in self.quotes:
            quote.text = closed(quote.text)
        return self.quotes + [ExtractedQuote(text=closed(text), speaker=None, role=None) for text in self.unheard]

    def _paragraph(self, index: int, paragraph: str) -> None:
        segments = self.segments[index]
        outside = outside_quotes(paragraph, segments)
        self.narrative.new_paragraph(outside)
        lead = len(paragraph) - len(paragraph.lstrip(" >-*_"))
        # a quote left open, then its said-line ("said Jo Hale, …"), then "> “More words…": one quote goes on
        if self.open_quote and not (segments and segments[0].start <= lead) and self.said_after != index:
            self.open_quote = None
        carried = self.open_unheard[1] if self.open_unheard and self.open_unheard[0] == index - 1 else None
        self.unheard += [self.open_unheard[1]] if self.open_unheard and carried is None else []
        self.open_unheard = None
        floor = 0
        previous: tuple[ExtractedQuote, Speaker] | None = None
        previous_closed = False
        intro_floor: int | None = None  # where the lead-in may start when a quoted name stands in it
        speaker: Speaker | None
        for k, seg in enumerate(segments):
            ceiling = segments[k + 1].start if k + 1 < len(segments) else len(paragraph)
            self.narrative.note_mentions(outside, seg.start, floor)
            text = tidy(seg.text)
            first = seg.start <= lead
            if first and self.open_quote:
                quote, speaker = self.open_quote
                quote.text += "\n\n" + text
                self._finish(seg, quote, speaker, index)
                previous, previous_closed, floor = (quote, speaker), seg.closed, seg.end
                continue
            gap = outside[floor : seg.start]
            if previous and text[:1].islower() and gap.rstrip().endswith(","):
                # "We were lucky," said X, "because the alarm went off.": the sentence goes on
                quote, speaker = previous
                quote.text = quote.text.rstrip(".,") + ", " + text
                self._finish(seg, quote, speaker, index)
                previous_closed, floor = seg.closed, seg.end
                continue
            named_thing = names_a_thing(gap, seg.text, paragraph[seg.end : seg.end + 80])  # 'its "…" campaign'
            if (names_a_title(seg.text) and not gap.rstrip().endswith(":")) or names_given(gap, text) or named_thing:
                # it may stand in the lead-in ('A student who named the campaign, "Breathe Easy", said:')
                intro_floor, floor = intro_floor if intro_floor is not None else floor, seg.end
                continue
            if (
                (not text[:1].isupper() and not self._according_to_sentence(outside, seg, floor, text))
                or len(text.split()) < _MIN_WORDS
                or (len(text.split()) < 4 and not seg.text.rstrip().endswith((".", "!", "?", ",")))
            ):
                intro_floor, floor = None, seg.end
                continue
            start = floor if intro_floor is None else intro_floor
            intro_floor = None
            speaker = self._intro(outside, seg, start) or self._outro(outside, seg, ceiling)
            if speaker is None and first and not self.pending:
                speaker = self._signed_run(index)
            if speaker is None and previous and len(outside[floor : seg.start].strip()) < 150:
                if previous_closed:
                    # "...," said X. "More words": the same speaker goes on.
                    quote, speaker = previous
                    quote.text += " " + text
                    self._finish(seg, quote, speaker, index)
                    floor = seg.end
                    continue
                speaker = previous[1]  # a new quote opened before the last one was closed
            if speaker is None and not previous:
                speaker = self._reported_before(outside, seg.start, floor)
            if speaker is None and first and index and not self.segments[index - 1] and not outside.strip(" \n>*_"):
                # "One tenant … said she had reported the damp." then a paragraph that is only a quote: theirs
                before = self.paragraphs[index - 1]
                speaker = self._reported_before(before, len(before), 0)
            if speaker is None and first and self.pending:
                speaker = self.pending
            if speaker is None and first and self._goes_on(index, outside):
                assert self.last is not None
                quote, speaker = self.last
                quote.text = re.sub(r",$", ".", quote.text.rstrip()) + "\n\n" + text  # "…,” she said." ended it
                self._finish(seg, quote, speaker, index)
                previous, previous_closed, floor = (quote, speaker), seg.closed, seg.end
                continue
            follows = self.last_quote_paragraph == index - 1 or (
                self.last_quote_paragraph == index - 2 and self.said_after == index - 1
            )
            if speaker is None and first and follows and self.narrative.recent:
                speaker = self.narrative.recent[-1]
            if speaker is None or speaker is NOBODY:
                # quoted words that are no sentence ('its campaign, "Know what you're breathing", said:') may
                # stand in the next quote's lead-in
                name = len(text.split()) <= 8 and not text.endswith((".", "!", "?"))
                intro_floor, floor = (start if name else None), seg.end
                if not name and speaker is None and first and not seg.closed:
                    self.open_unheard = (index, f"{carried}\n\n{text}" if carried else text)
                elif not name:
                    self.unheard.append(f"{carried}\n\n{text}" if first and carried else text)
                carried = None if first and not name else carried
                continue
            quote = speaker.quote(f"{carried}\n\n{text}" if first and carried else text)
            carried = None if first else carried
            self.quotes.append(quote)
            self.narrative.push(speaker)
            self._finish(seg, quote, speaker, index)
            previous, previous_closed, floor = (quote, speaker), seg.closed, seg.end
        self.narrative.note_mentions(outside, len(paragraph), floor)
        self.unheard += [carried] if carried else []  # (what went on it was no quote: still nobody's words)
        self.pending = None
        whole_tail = outside[floor:].rstrip()
        tail = whole_tail[-400:]  # an attribution line is short: bounded, so long paragraphs stay linear
        if tail.endswith(":"):  # (after the last quote: 'its "Look Out" campaign would run … She said:' leads in)
            self.pending = lead_in(tail, self.narrative, lambda who: self._named(who, dashed=False))

    def _goes_on(self, index: int, outside: str) -> bool:
        """An unattributed paragraph that is only a quote, straight after a paragraph that ended with an
        attributed quote ("“…,” she said." then "“More words.”"), goes on with that quote: one quote."""
        if self.last is None or outside.strip(" \n>*_-–—"):
            return False
        if self.last_quote_paragraph == index - 2 and self.said_after == index - 1:
            # "> “…,”", "said Inspector X, of …." and "> “More words.”": split by its attribution (not "That was the
            # message from X, who said …", narrative, after which a quote is a new one)
            return OUTRO_VERB_FIRST.match(self.paragraphs[index - 1].lstrip(" *_")) is not None
        return self.last_quote_paragraph == index - 1 and ends_with_its_attribution(
            self.paragraphs[index - 1], self.segments[index - 1]
        )

    def _finish(self, seg: Segment, quote: ExtractedQuote, speaker: Speaker, index: int) -> None:
        self.open_quote = None if seg.closed else (quote, speaker)
        self.last_quote_paragraph = index
        self.last = (quote, speaker)


def extract_quotes(paragraphs: list[str], captions: list[str], title: str = "") -> list[ExtractedQuote]:
    """Every attributed quote in the body paragraphs, in order; captions only teach names and roles, the title
    only the organisations "its" can mean."""
    return _Reader(unquote_blocks(paragraphs), captions, title).read()
