"""Quotes with their speaker: who said each quoted passage, and which quoted words are not quotes.

A quoted passage counts as a quote only when something attributes it: a said-verb before it
("Mr Bailey said:", "Judge Katherine Moss told Nolan:"), after it ("..., said Ms Doe", "..., she added"),
a preceding "attributable to X:" line, or the open quote of the paragraph before it continuing. Quoted
words inside a sentence with no attribution (an older "friend", 'significant resources' according to X)
and quotes that start mid-sentence in lower case are scare quotes or reported speech, and are skipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..quoting import FAMILY_STATEMENT, JOINT_STATEMENT, ORGANISATION_STATEMENT, family_speaker
from ..sentences import last_sentence_start
from .marks import MAX_SEGMENTS, Budget, Segment, blank_out, find_segments
from .messages import MESSAGE_OUTRO, NAME_INTRO, introduces_message
from .people import (
    COLLECTIVE,
    People,
    Person,
    clean_role,
    gender_of_pronoun,
    gender_of_word,
    is_organisation,
    nameless_role,
    opening_clause_removed,
)
from .result import ExtractedQuote

SAID = (
    r"(?:said|says|say|added|adds|explained|explains|warned|warns|urged|urges|told|tells|commented|comments|"
    r"continued|continues|stated|states|appealed|appeals|insisted|insists|admitted|pleaded|stressed|stresses|"
    r"emphasised|emphasized|noted|notes|concluded|remarked|revealed|acknowledged|confirmed|asked|asks|replied|"
    r"responded|reflected|recalled|advised|advises|encouraged|reminded|assured|promised|declared|announced|"
    r"wrote|writes|admits|describes|described|urging|adding|saying|explaining|warning)"
)
_PRONOUN = r"(?:he|she|they|He|She|They)"
_INTRO = re.compile(
    rf"(?P<who>\S.*)\s+(?:also\s+|then\s+|later\s+|previously\s+|today\s+|yesterday\s+)?(?P<verb>{SAID})\b"
    r"(?P<obj>[^:;.!?\"“”]{0,40}?)\s*[:,]?\s*$"
)
_ATTRIBUTABLE = re.compile(
    r"(?:\b(?:attributable|attributed)\s+to|^[^\S\n]*[*_]*(?:quotes?|comments?|statement)\s+(?:from|by))"
    r"\s+(?P<who>[^:\n]+?)[*_]*:?\s*$",
    re.IGNORECASE | re.MULTILINE,
)
# A label line before the quote: "Councillor Jane Smith, cabinet member for communities:"
_LABEL = re.compile(r"(?:^|\n)[^\S\n]*[*_]*(?P<who>[A-Z][^:\n\"“”]{2,150}?)[*_]*:[^\S\n]*\n?[^\S\n]*$")
_OUTRO_VERB_FIRST = re.compile(rf"^\s*[,.]?\s*(?P<verb>{SAID})\s+(?P<who>[^.!?;“”\"]+?)\s*(?:[.!?;:]|$|[“\"‘])")
_OUTRO_WHO_FIRST = re.compile(
    rf"^\s*[,.]?\s*(?P<who>{_PRONOUN}|{COLLECTIVE}|(?:the|a|an|his|her|their)\s+[^.!?;“”\"]{{1,60}}?|[A-Z][^.!?;“”\"]{{0,80}}?)"
    rf"\s+(?:also\s+|then\s+)?(?P<verb>{SAID})\b"
)
_OUTRO_DASH = re.compile(
    r"^\s*[–—]\s*(?P<who>[^.!?;“”\"]{3,120}?)\s*(?:[.!?;]|$)|^\s+-\s+(?P<who2>[A-Z][^.!?;“”\"]{2,120}?)\s*(?:[.!?;]|$)"
)
_KNOWN_AS = re.compile(
    r"^(?P<desc>[^,]{2,60}),\s+who\b[^,]*?\b(?:known|named|called|identified|referred to)\s+(?:only\s+)?as\s+"
    r"(?P<name>[A-Z][a-z]+)\b"
)
_RELATIVE_CLAUSE = re.compile(r",\s+(?:who|whose|which)\b[^,]*,?")
_RESTRICTIVE_CLAUSE = re.compile(r"^(?P<head>(?:A|An|One|The|Another)\s+[^,]{1,60}?)\s+(?:who|whose|that)\s.*$")
_APPOSITION_AFTER_DESCRIPTION = re.compile(r"(?<=\w),\s+[^,]{2,80},?$")
_FAMILY = re.compile(
    r"(?:(?P<pronoun>[Hh]is|[Hh]er|[Tt]heir|[Tt]he)\s+|(?P<owner>(?:[A-Z][\w'’-]*\s+){0,2}[A-Z][\w-]*)['’]s\s+)?"
    r"(?:[Ff]amily|[Ff]amilies|[Ll]oved\s+ones|[Rr]elatives)(?:\s+of\s+(?P<of>[A-Z][^,]{1,60}))?"
)
_SPEECH_AFTER_MENTION = re.compile(rf"^[^.!?“”\"]{{0,160}}?\b{SAID}\b")
_ACCORDING_TO = re.compile(r"according to\s*$", re.IGNORECASE)
# "According to DC Priya Shah, “…”" and "“…,” according to DC Priya Shah."
_INTRO_ACCORDING = re.compile(r"^\s*(?i:according\s+to)\s+(?P<who>[^:;]{2,120}?)\s*[,:]\s*$")
_OUTRO_ACCORDING = re.compile(r"^\s*[,.]?\s*(?i:according\s+to)\s+(?P<who>[^.!?;“”\"]{2,120}?)\s*(?:[.!?;,:]|$|[“\"‘])")
# "…, according to DC Priya Shah, who said:": the relative pronoun's antecedent speaks
_WHO_SAID = re.compile(r"^(?P<head>.*\S)\s*,\s+who$")
# "Speaking afterwards, she said:": the subject is the pronoun after the opening clause
_CLAUSE_THEN_PRONOUN = re.compile(rf"^[^\"“”]*,\s*(?P<pronoun>{_PRONOUN})$")
# Someone described but never named: "A mother whose son was stabbed in 2023 spoke to pupils."
_NAMELESS_PERSON = re.compile(
    r"(?:^|[.!?]\s+)(?:A|An|One)\s+(?:[a-z0-9-]+\s+){0,2}?(?P<noun>mother|father|mum|dad|parent|grandmother|"
    r"grandfather|woman|man|girl|boy|neighbour|witness|resident|survivor|victim|pupil|student|teenager|volunteer)\b"
)
_AFTER_PREPOSITION = re.compile(r"\b(?:of|for|at|from|with|to|by|on|in)\s*$")
_SUBJECT_PRONOUN = re.compile(r"(?:^|[.!?]\s+)(She|He)\s+(?!said|says|added|adds|told|continued)[a-z]")
# "a support worker from the charity Bright Path": the name after an organisation noun is the organisation's
_AFTER_BODY = re.compile(
    r"(?i)\b(?:charity|company|firm|organisation|organization|group|trust|agency|club|network|project|campaign|"
    r"service|business)\s*$"
)
_GOES_ON = {"added", "adds", "adding", "continued", "continues", "concluded"}  # the same speaker goes on
_DASH_SIGNATURE = re.compile(r"^[–—-]+\s*")
_MIN_WORDS = 2


@dataclass
class _Speaker:
    person: Person | None
    role: str | None = None  # for a speaker with no name ("Norfolk Police spokesperson")
    gender: str = ""  # for a speaker with no name: "m", "f" or "" when unknown
    name: str | None = None  # a group speaking: "The family of John Smith", "Norfolk Constabulary"

    def compatible(self, gender: str) -> bool:
        own = self.person.gender if self.person else self.gender
        return not gender or own in ("", gender)

    def quote(self, text: str) -> ExtractedQuote:
        if self.person is None:
            return ExtractedQuote(text=text, speaker=self.name, role=self.role)
        return ExtractedQuote(text=text, speaker=self.person.name, role=self.person.role)


# Quoted words nobody is speaking for (a scam text, what a caller might say): never a quote
_NOBODY = _Speaker(None, "not a speaker")


def _outside(paragraph: str, segments: list[Segment]) -> str:
    """The words around the quotes, with Markdown emphasis marks blanked (positions kept)."""
    return re.sub(r"\*+|(?<!\w)_+|_+(?!\w)", lambda m: " " * len(m.group(0)), blank_out(paragraph, segments))


def _tidy(text: str) -> str:
    text = " ".join(text.split())
    if text.endswith(","):
        text = text[:-1] + "."
    return text


def _same(a: _Speaker, b: _Speaker) -> bool:
    return a.person is b.person if (a.person or b.person) else (a.role, a.gender) == (b.role, b.gender)


class _Reader:
    def __init__(self, paragraphs: list[str], captions: list[str]) -> None:
        self.paragraphs = paragraphs
        self.people = People()
        budget = Budget(MAX_SEGMENTS)
        self.segments = [find_segments(paragraph, budget.take) for paragraph in paragraphs]
        for caption in captions:
            self.people.learn(_outside(caption, find_segments(caption, budget.take)))
        for paragraph, segments in zip(paragraphs, self.segments, strict=True):
            self.people.learn(_outside(paragraph, segments))
        self.recent: list[_Speaker] = []
        # everyone introduced so far, in reading order (speakers, people named with a rank or as a sentence's
        # subject, people described but not named): what "she said" can refer to; only the latest are kept
        self.introduced: list[_Speaker] = []
        self.quotes: list[ExtractedQuote] = []
        self.open_quote: tuple[ExtractedQuote, _Speaker] | None = None
        self.last_quote_paragraph = -2
        self.pending: _Speaker | None = None

    def _resolve(self, who: str, verb: str = "") -> _Speaker | None:
        who = who.strip(" ,")
        after_clause = _CLAUSE_THEN_PRONOUN.match(who)
        if after_clause:
            who = after_clause.group("pronoun")
        if re.fullmatch(_PRONOUN, who):
            return self._referent(gender_of_pronoun(who), verb)
        antecedent = _WHO_SAID.match(who)
        if antecedent:
            found = [m for m in self.people.learn(antecedent.group("head")) if not m.possessive]
            if found:
                return _Speaker(found[-1].person)
        # "a spokesperson for Anglian Water", "Director of Student Wellbeing, Dr X": not the speaker
        mentions = [
            m
            for m in self.people.learn(who)
            if not m.possessive
            and not _AFTER_PREPOSITION.search(who[: m.start])
            and not _AFTER_BODY.search(who[: m.start])
        ]
        if mentions:
            return _Speaker(mentions[0].person)
        alias = _KNOWN_AS.search(who)
        if alias:  # "One survivor, who asked to be known only as Amy"
            return _Speaker(Person(name=alias.group("name"), apposition=clean_role(alias.group("desc"))))
        group = self._group(who)
        if group:
            return group
        # "A survivor who now volunteers with a local refuge", "A survivor, now a volunteer at a refuge,"
        described = _RESTRICTIVE_CLAUSE.sub(r"\g<head>", _RELATIVE_CLAUSE.sub("", who))
        role = nameless_role(described)
        cut = described != who.strip(" ,") or not role
        role = role or nameless_role(_APPOSITION_AFTER_DESCRIPTION.sub("", described))
        if not role:
            return None
        # "The chief constable added:" after "Chief Constable Paul Sanford said:" is the same person
        for person in reversed(self.people.people):
            if role.lower() in {(person.title or "").lower(), (person.apposition or "").lower()}:
                return _Speaker(person)
        # the description as written, relative clause and all: "survivor who now volunteers with a local refuge"
        whole = clean_role(opening_clause_removed(who), limit=20) if cut else None
        return _Speaker(None, whole or role)

    def _group(self, who: str) -> _Speaker | None:
        """A family or an organisation speaking, recorded as statements.quoting says."""
        phrase = opening_clause_removed(who)
        family = _FAMILY.fullmatch(phrase)
        if family:
            return _Speaker(None, FAMILY_STATEMENT, name=family_speaker(self._family_name(family)))
        if is_organisation(phrase):
            parts = re.split(r"\s+(?:and|&)\s+", phrase)
            joint = len(parts) > 1 and all(is_organisation(part) for part in parts)
            return _Speaker(None, JOINT_STATEMENT if joint else ORGANISATION_STATEMENT, name=phrase)
        return None

    def _family_name(self, family: re.Match[str]) -> str | None:
        """Whose family: "the family of John Smith", "Conor's family" (the full name if the text gives it),
        "his family" (the latest man introduced who has not spoken), "the family" (the latest person who has not)."""
        if family.group("of"):
            mentions = self.people.learn(family.group("of"))
            return mentions[0].person.name if mentions else family.group("of").strip()
        if family.group("owner"):
            owner = family.group("owner").strip()
            known = self.people.by_surname(owner.split()[-1], first_name=True)
            return known.name if known else owner
        gender = {"his": "m", "her": "f"}.get((family.group("pronoun") or "").lower(), "")
        speakers = {id(s.person) for s in self.recent if s.person}
        for speaker in reversed(self.introduced):
            person = speaker.person
            if person and id(person) not in speakers and (not gender or person.gender in ("", gender)):
                return person.name
        return None

    def _referent(self, gender: str, verb: str) -> _Speaker:
        """Who "he"/"she"/"they" said it: "she added" goes on with the speaker when it can; otherwise the most
        recently introduced person of that gender ("A bereaved mother spoke at the vigil. She said:" after a
        police officer's quote), else the most recent one whose gender is unknown."""
        if verb in _GOES_ON and self.recent and self.recent[-1].compatible(gender):
            return self.recent[-1]
        if gender:
            for speaker in reversed(self.introduced):
                if (speaker.person.gender if speaker.person else speaker.gender) == gender:
                    return speaker
        for speaker in reversed(self.introduced):
            if speaker.compatible(gender):
                return speaker
        return self.recent[-1] if self.recent else _Speaker(None)

    def _introduce(self, speaker: _Speaker) -> None:
        if self.introduced and _same(self.introduced[-1], speaker):
            return
        self.introduced.append(speaker)
        del self.introduced[:-40]

    def _push(self, speaker: _Speaker) -> None:
        self.recent.append(speaker)
        del self.recent[:-40]
        self._introduce(speaker)

    def _note_mentions(self, outside: str, upto: int, start: int) -> None:
        """Reported speech ("Mr Pryce said the callers...") makes its subject the one "he" refers to."""
        events: list[tuple[int, _Speaker]] = []
        for described in _NAMELESS_PERSON.finditer(outside[start:upto]):
            noun = described.group("noun")
            events.append((described.start("noun"), _Speaker(None, noun, gender_of_word(noun))))
        skip_until = 0
        subject_sentence = -1  # the sentence whose first person has been seen
        for mention in self.people.learn(outside[start:upto]):
            if mention.possessive or mention.start < skip_until:
                continue
            # a rank or honorific, or a sentence's first person near its start ("Sarah Jones, whose son died, ...",
            # "Kieran's mother, Angela Pryce, spoke...", "Retired teacher Doreen Hallam, 78, was targeted")
            sentence = last_sentence_start(outside, start + mention.start, window=200, floor=start)
            first = sentence != subject_sentence and len(outside[sentence : start + mention.start].split()) <= 6
            subject_sentence = sentence
            if mention.titled or (first and not _AFTER_PREPOSITION.search(outside[sentence : start + mention.start])):
                events.append((mention.start, _Speaker(mention.person)))
            # bounded windows on both sides keep this linear in the paragraph's length
            rest = outside[start + mention.end : min(upto + 200, start + mention.end + 240)]
            before = outside[max(start, start + mention.start - 40) : start + mention.start]
            speech = _SPEECH_AFTER_MENTION.match(rest)
            if speech or _ACCORDING_TO.search(before):
                self._push(_Speaker(mention.person))
                # "Imam X, of the Central Mosque, said": the subject is X, not what stands beside X
                skip_until = mention.end + (speech.end() if speech else 0)
        # "Doreen Hallam was targeted. She clicked the link": a pronoun opening the next sentence gives the
        # person just introduced the gender their name did not
        for pronoun in _SUBJECT_PRONOUN.finditer(outside, start, upto):
            events.append((pronoun.start() - start, _Speaker(None, "", gender_of_pronoun(pronoun.group(1)), "\0")))
        for _, speaker in sorted(events, key=lambda event: event[0]):
            if speaker.name == "\0":
                last = self.introduced[-1] if self.introduced else None
                if last is not None and last.person is not None and not last.person.gender:
                    last.person.gender = speaker.gender
                continue
            self._introduce(speaker)

    @staticmethod
    def _according_to_sentence(outside: str, seg: Segment, floor: int, text: str) -> bool:
        """'According to Ms Ambrose, "the single most useful thing is to talk."': a whole sentence in lower case
        straight after "according to X," is a quote; a fragment is still reported speech."""
        clause = outside[last_sentence_start(outside, seg.start, window=200, floor=floor) : seg.start]
        return (
            bool(_INTRO_ACCORDING.match(clause)) and len(text.split()) >= 6 and text.rstrip().endswith((".", "!", "?"))
        )

    def _intro(self, outside: str, seg: Segment, floor: int) -> _Speaker | None:
        clause = outside[last_sentence_start(outside, seg.start, window=400, floor=floor) : seg.start]
        if not clause.strip():
            return None
        if introduces_message(clause) or NAME_INTRO.search(clause):
            return _NOBODY
        according = _INTRO_ACCORDING.match(clause)
        if according:
            return self._resolve(according.group("who"))
        attributable = _ATTRIBUTABLE.search(clause)
        if attributable:
            return self._resolve(attributable.group("who"))
        label = _LABEL.search(clause)
        labelled = self._named(label.group("who"), dashed=False) if label else None
        if labelled:
            return labelled
        match = _INTRO.search(clause)
        if not match or re.search(rf"\b{SAID}\b", match.group("obj") or ""):
            return None
        if (match.group("obj") or "").strip().lower() in {"that", "how", "why", "the"}:
            return None
        who = match.group("who")
        # the subject is the last clause before the verb: "Sentencing him, Judge Katherine Moss told Nolan:"
        return self._resolve(who, match.group("verb"))

    def _outro(self, outside: str, seg: Segment, ceiling: int) -> _Speaker | None:
        tail = outside[seg.end : ceiling]
        if MESSAGE_OUTRO.match(tail):
            return _NOBODY
        according = _OUTRO_ACCORDING.match(tail)
        if according:
            return self._resolve(according.group("who"))
        for pattern in (_OUTRO_VERB_FIRST, _OUTRO_WHO_FIRST):
            match = pattern.match(tail)
            if match:
                speaker = self._resolve(match.group("who"), match.group("verb"))
                if speaker:
                    return speaker
        dash = _OUTRO_DASH.match(tail)
        if dash:  # “…” – Jane Smith, Head of Road Safety; “…” – a spokesperson for the council
            who = dash.group("who") or dash.group("who2")
            mentions = self.people.learn(who)
            if mentions:
                return _Speaker(mentions[0].person)
            role = nameless_role(who)
            return _Speaker(None, role) if role and who[:1].islower() else None
        if re.match(r"[^\S\n]*\n", tail):  # the name, then the role, on the lines after the quote
            return self._signature(tail)
        return None

    def _signature(self, text: str) -> _Speaker | None:
        """A quote signed after it: "— Jane Smith, Head of X", "— Jane Smith (Head of X)", or a line with
        only the name and a line with the role. Anything longer is prose, not a signature."""
        # Markdown emphasis around a signature ("*Owain Jenkins, Clinical Contact Centre Manager*") is not part of it
        lines = [line.strip().strip("*_").strip() for line in text.strip().split("\n") if line.strip().strip("*_")]
        if not lines or len(lines) > 3 or any(len(line.split()) > 16 for line in lines):
            return None
        if lines[0].endswith(":"):  # "Detective Inspector X, Thetford CID:" introduces the next quote
            return None
        dashed = _DASH_SIGNATURE.match(lines[0])
        first = lines[0][dashed.end() :] if dashed else lines[0]
        if any(re.search(r"[.!?]$", line) and len(line.split()) > 6 for line in lines):
            return None  # a sentence, not a name or a role
        speaker = self._named(first, dashed=bool(dashed))
        role_lines = lines[1:]
        if speaker and speaker.person and role_lines and not speaker.person.role:
            speaker.person.apposition = clean_role(", ".join(role_lines))
        return speaker

    def _named(self, text: str, dashed: bool) -> _Speaker | None:
        """The person ``text`` consists of: a name, with a rank or an apposition ("Jane Smith, Head of X",
        "Jane Smith (Head of X)"); for a dashed signature, an unnamed speaker ("a spokesperson for X")."""
        mentions = self.people.learn(text)
        if not mentions or mentions[0].start > 0 or not (mentions[0].full or mentions[0].titled):
            role = nameless_role(text) if dashed and text[:1].islower() else None
            return _Speaker(None, role) if role else None
        rest = text[mentions[0].end :].strip()
        if rest and not rest.startswith((",", "(")):
            return None
        return _Speaker(mentions[0].person)

    def _signed_run(self, index: int) -> _Speaker | None:
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
                return None
            j += 1
        tail = _outside(paragraph, segments)[segments[-1].end :]
        if tail.strip():
            return self._signature(tail) if re.match(r"[^\S\n]*(?:\n|[–—])", tail) else None
        if j + 1 < len(self.paragraphs) and not self.segments[j + 1]:
            return self._signature(self.paragraphs[j + 1])
        return None

    def read(self) -> list[ExtractedQuote]:
        for index, paragraph in enumerate(self.paragraphs):
            self._paragraph(index, paragraph)
        return self.quotes

    def _paragraph(self, index: int, paragraph: str) -> None:
        segments = self.segments[index]
        outside = _outside(paragraph, segments)
        lead = len(paragraph) - len(paragraph.lstrip(" >-*_"))
        if self.open_quote and not (segments and segments[0].start <= lead):
            self.open_quote = None
        floor = 0
        previous: tuple[ExtractedQuote, _Speaker] | None = None
        previous_closed = False
        speaker: _Speaker | None
        for k, seg in enumerate(segments):
            ceiling = segments[k + 1].start if k + 1 < len(segments) else len(paragraph)
            self._note_mentions(outside, seg.start, floor)
            text = _tidy(seg.text)
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
                quote.text = quote.text.rstrip(".") + ", " + text
                self._finish(seg, quote, speaker, index)
                previous_closed, floor = seg.closed, seg.end
                continue
            if (
                (not text[:1].isupper() and not self._according_to_sentence(outside, seg, floor, text))
                or len(text.split()) < _MIN_WORDS
                or (len(text.split()) < 4 and not seg.text.rstrip().endswith((".", "!", "?", ",")))
            ):
                floor = seg.end
                continue
            speaker = self._intro(outside, seg, floor) or self._outro(outside, seg, ceiling)
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
            if speaker is None and first and self.pending:
                speaker = self.pending
            if speaker is None and first and self.last_quote_paragraph == index - 1 and self.recent:
                speaker = self.recent[-1]
            if speaker is None or speaker is _NOBODY:
                floor = seg.end
                continue
            quote = speaker.quote(text)
            self.quotes.append(quote)
            self._push(speaker)
            self._finish(seg, quote, speaker, index)
            previous, previous_closed, floor = (quote, speaker), seg.closed, seg.end
        self._note_mentions(outside, len(paragraph), floor)
        self.pending = None
        whole_tail = outside[floor:].rstrip()
        tail = whole_tail[-400:]  # an attribution line is short: bounded, so long paragraphs stay linear
        if tail.endswith(":") and (not segments or segments[-1].end <= len(whole_tail)):
            clause = tail[:-1]
            if introduces_message(tail):
                self.pending = _NOBODY
                return
            match = _ATTRIBUTABLE.search(tail) or _INTRO.search(clause + ":")
            if match:
                self.pending = self._resolve(match.group("who"), match.groupdict().get("verb") or "")
            elif label := _LABEL.search(tail):
                self.pending = self._named(label.group("who"), dashed=False)

    def _finish(self, seg: Segment, quote: ExtractedQuote, speaker: _Speaker, index: int) -> None:
        self.open_quote = None if seg.closed else (quote, speaker)
        self.last_quote_paragraph = index


def _unquote_blocks(paragraphs: list[str]) -> list[str]:
    """Markdown blockquotes ("> “…”", ">", "> — Name") read as the paragraphs they quote."""
    out: list[str] = []
    for paragraph in paragraphs:
        lines = paragraph.split("\n")
        if not all(line.lstrip().startswith(">") for line in lines):
            out.append(paragraph)
            continue
        inner = "\n".join(re.sub(r"^\s*>[^\S\n]?", "", line) for line in lines)
        out.extend(piece.strip() for piece in re.split(r"\n\s*\n", inner) if piece.strip())
    return out


def extract_quotes(paragraphs: list[str], captions: list[str]) -> list[ExtractedQuote]:
    """Every attributed quote in the body paragraphs, in order; captions only teach names and roles."""
    return _Reader(_unquote_blocks(paragraphs), captions).read()
