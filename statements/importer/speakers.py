"""Who is speaking: the narrative a quote's attribution is read against.

The speakers quoted so far and everyone introduced (named with a rank, a sentence's subject, someone described
but not named) are kept in reading order, so "she said" goes to the most recently introduced woman, "his family"
to the latest man who has not spoken, and "The chief constable added:" to the chief constable named earlier.
Families and organisations are recorded as statements/quoting.py says (whose family it is: families.py).
"""

from __future__ import annotations

import re

from ..quoting import FAMILY_STATEMENT, JOINT_STATEMENT, ORGANISATION_STATEMENT, family_speaker
from ..sentences import last_sentence_start
from .bodies import body_named_before, body_of_kind
from .body_mentions import (
    AFTER_PREPOSITION,
    SPOKESPERSON_FOR,
    a_body_named,
    described_body,
    joint_names,
    joint_people,
    of_the,
    stated_by_organisation,
)
from .described import PERSON_NOUNS, described_attribution, described_speakers, place_before_noun
from .families import FAMILY, family_name
from .firstnames import FIRST_NAMES
from .names import TITLE_RE, gender_of_pronoun
from .narrative_people import SAID, is_role_of, nameless_in_narrative
from .organisations import Organisations
from .people import People, Person
from .roles import (
    OPENING_CLAUSE_WORD,
    clean_role,
    family_of_named,
    is_organisation,
    nameless_role,
    opening_clause_removed,
    organisation_named,
    unit_in_full,
)
from .speaker import Speaker, same

PRONOUN = r"(?:he|she|they|He|She|They)"
_KNOWN_AS = re.compile(
    r"^(?P<desc>[^,]{2,60}),\s+who\b[^,]*?\b(?:known|named|called|identified|referred to)\s+(?:only\s+)?as\s+"
    r"(?P<name>[A-Z][a-z]+)\b"
)
# (a comma inside a number, "£1,240", does not end the clause)
_RELATIVE_CLAUSE = re.compile(r",\s+(?:who|whose|which|where)\b(?:[^,]|(?<=\d),(?=\d))*,?")
_RESTRICTIVE_CLAUSE = re.compile(r"^(?P<head>(?:A|An|One|The|Another)\s+[^,]{1,60}?)\s+(?:who|whose|that)\s.*$")
# "A householder who paid Petts £90, and who was interviewed,": a person's relative clause, up to its comma
_WHO_CLAUSE = re.compile(r"(?:,\s+(?:and\s+)?|\s)(?:who|whose)\s(?:[^,]|(?<=\d),(?=\d))*")
_APPOSITION_AFTER_DESCRIPTION = re.compile(r"(?<=\w),\s+[^,]{2,80},?$")
_ARTICLE = re.compile(r"^[Tt]he\s+")
_INCLUDING = re.compile(r",\s+(?:including|among\s+them|led\s+by|together\s+with)\b.*$")
_SPEECH_AFTER_MENTION = re.compile(rf"^[^.!?“”\"]{{0,160}}?\b{SAID}\b")
_WHO_SPOKE = re.compile(r"^(?:,[^,.;!?“”\"]{1,120})?,\s+who\s+(?:said|says|told|explained|added|warned)\b")
# "according to DC Shah", "According to the service's water safety lead, Martin Ogunleye, owners should …"
# ("According to Westmarch Ambulance Service's medical director, Dr X, …": a named body's job before the name)
_ACCORDING_TO = re.compile(
    r"according to(?:\s+(?:(?:the|a|an|its|their)\s+|(?-i:[A-Z])[\w&'’ -]{1,60}['’]s\s+)[^,.;:!?\"“”]{1,80},)?\s*$",
    re.IGNORECASE,
)
# "…, according to DC Priya Shah, who said:": the relative pronoun's antecedent speaks
_WHO_SAID = re.compile(r"^(?P<head>.*\S)\s*,\s+who$")
# "Speaking afterwards, she said:": the subject is the pronoun after the opening clause
_CLAUSE_THEN_PRONOUN = re.compile(
    rf"^[^\"“”]*,\s*(?P<pronoun>{PRONOUN})$"
    # "After the decision she said:", "Outside court he said:": a short opening phrase of time or place, no comma
    r"|^(?:After|Afterwards|Later|Outside|Following|Today|Yesterday|Earlier|Then|Before)\b[^\"“”,.;:]{0,50}?"
    r"\s(?P<bare>he|she|they)$"
)
# "Daniel's family continue to be supported by specialist officers. In a statement released through police, they
# said:": a family the sentence before has as its subject gives the statement "they" gives
_STATEMENT_CLAUSE = re.compile(r"(?i)^in\s+a\s+(?:short\s+|brief\s+|joint\s+|further\s+)?statement\b")
_FAMILY_SUBJECT = re.compile(
    r"(?:^|[.!?]\s+)(?P<family>(?:[A-Z][\w'’-]*\s+){0,2}[A-Z][\w-]*['’]s\s+family|(?:His|Her|Their)\s+family|"
    r"The\s+family\s+of\s+(?:[A-Z][\w'’-]*\s+){0,2}[A-Z][\w'’-]*)\s+(?!said\b|says\b)[a-z][^.!?]*[.!?]\s+"
    r"In\s+a\s+(?:[a-z]+\s+)?statement\b[^.!?]*$"
)
_INITIALS = re.compile(r"[A-Z]{3,6}")
_VICTIM_STATEMENT = re.compile(r"(?i)^in\s+(?:a|an|her|his|their)\s+victim\s+(?:personal\s+|impact\s+)?statement\b")
_SUBJECT_PRONOUN = re.compile(r"(?:^|[.!?]\s+)(She|He)\s+(?!said|says|added|adds|told|continued)[a-z]")
_INVERTED = re.compile(r"[\s*_]*(?:Among|Also|Joining|One\s+of)\b[^.,;:!?\"“”]{0,80}\b(?:was|were|is|are)\s+")
# "The wife of one of the men, Morag Lindsay, thanked the crew.": a description of the subject, then the name
_DESCRIPTION_FIRST = re.compile(
    r"[\s*_]*(?:The|A|An|His|Her|Their|Its|One)\s+(?:[a-z][\w'’-]*\s+){0,3}?(?:"
    + PERSON_NOUNS
    + r")\s+of\s+[^.,;:!?\"“”]{2,60},\s+"
)
# "Rosa Bellini, whose family …", "Ted Marsh, 81,": what follows a name marks it as a person's (not "Marsh End")
_A_PERSON = re.compile(r",\s+(?:who|whose|\d{1,3}\s*,)")
_THE_NOUN = re.compile(r"[\s*_]*The\s+[a-z]+\s+")  # "The officer Doyle attacked"
# "Speaking through a X interpreter,", "In a statement released through Y,": a clause before the subject
_OPENING_CLAUSE = re.compile(OPENING_CLAUSE_WORD + r"[^,]*,")
_GOES_ON = {"added", "adds", "adding", "continued", "continues", "concluded", "went on"}  # the same speaker goes on


class Narrative:
    """The speakers and people of one text so far, and who an attribution names."""

    def __init__(self, people: People) -> None:
        self.people = people
        self.recent: list[Speaker] = []
        # everyone introduced so far, in reading order (speakers, people named with a rank or as a sentence's
        # subject, people described but not named): what "she said" can refer to; only the latest are kept
        self.introduced: list[Speaker] = []
        self.introduced_here = False  # whether the latest of them was introduced in the paragraph being read
        self.read = ""  # the text outside quotes of the paragraphs read so far, the current one included
        self.organisations = Organisations()  # the bodies named before the current paragraph: what "its" can mean
        self.unread = ""  # the current paragraph, taken into ``organisations`` when the next one starts
        self.paragraph = 0  # the number of the paragraph being read
        # people named in full but not as a sentence's subject ("The van belongs to Rosa Bellini"), with the number
        # of their paragraph: whom a pronoun next can mean when nobody introduced fits
        self.named_aside: list[tuple[int, Speaker]] = []

    def new_paragraph(self, outside: str = "") -> None:
        self.introduced_here = False
        self.paragraph += 1
        self.read += "\n" + outside
        self.organisations.read(self.unread)
        self.unread = outside

    def resolve(self, who: str, verb: str = "") -> Speaker | None:
        together = joint_names(who)  # the people named, before "her parents, NAMES" is read as "her family"
        who = family_of_named(who.strip(" ,"))
        after_clause = _CLAUSE_THEN_PRONOUN.match(who)
        if after_clause:
            who = after_clause.group("pronoun") or after_clause.group("bare")
        if re.fullmatch(PRONOUN, who):
            referent = self._referent(gender_of_pronoun(who), verb)
            # "In a victim personal statement, she said:": a victim speaks; the pronoun means someone introduced
            # only if that someone is known to be of its gender (not the offender, of a gender not known)
            known = referent.person is not None and referent.person.gender == gender_of_pronoun(who) != ""
            if after_clause and _VICTIM_STATEMENT.match(after_clause.string) and not known:
                return Speaker(None, "victim", gender_of_pronoun(who))
            family = _FAMILY_SUBJECT.search(self.unread[-600:]) if who.lower() == "they" and after_clause else None
            if family and after_clause and _STATEMENT_CLAUSE.match(after_clause.string):
                return self._group(family.group("family")) or referent
            return referent
        antecedent = _WHO_SAID.match(who)
        if antecedent:
            head = antecedent.group("head")
            # "A member of the Lindale Dog Walkers group, who …,": a group after a preposition is not the speaker
            found = [m for m in self.people.learn(head) if not m.possessive and not of_the(head[: m.start])]
            if found:
                return Speaker(found[-1].person)
        # a family or an organisation speaking is read before the names in it: "the family of baby Isla Brennan",
        # "Hallam Vale NHS Foundation Trust" (no person called Hallam Vale)
        group = self._group(who, together)
        if group:
            return group
        # "a spokesperson for Anglian Water", "Director of Student Wellbeing, Dr X": not the speaker
        spokesperson = SPOKESPERSON_FOR.search(who)
        # "A householder who paid Petts £90 said:": a name inside the speaker's relative clause is not the speaker
        clauses = [clause.span() for clause in _WHO_CLAUSE.finditer(who)]
        # "Speaking through a British Sign Language interpreter, the woman": a name in the opening clause is not
        # the subject either
        # (the clause is up to its first comma: "Speaking for the trust, Neil Okafor, head of …," is Neil Okafor;
        # "Yesterday Danny, 34," opens with its subject)
        opening = _OPENING_CLAUSE.match(who)
        if opening:
            clauses.append(opening.span())
        mentions = [
            m
            for m in self.people.learn(who)
            if not m.possessive
            and not any(start <= m.start < end for start, end in clauses)
            and not a_body_named(who, m.start, m.end, m.person.name, spokesperson)
            and not place_before_noun(who, m.start, m.end)
        ]
        if mentions:
            mentions[0].person.apposition = unit_in_full(mentions[0].person.apposition, self.read)
            return Speaker(mentions[0].person)
        alias = _KNOWN_AS.search(who)
        nameless = None if alias else described_attribution(who)
        if nameless:  # "said the daughter of the woman injured on Queen's Parade"
            return Speaker(None, nameless.role, nameless.gender)
        if alias:  # "One survivor, who asked to be known only as Amy"
            return Speaker(Person(name=alias.group("name"), apposition=clean_role(alias.group("desc"))))
        # "A survivor who now volunteers with a local refuge", "A survivor, now a volunteer at a refuge,"
        described = _RESTRICTIVE_CLAUSE.sub(r"\g<head>", _RELATIVE_CLAUSE.sub("", who))
        role = nameless_role(described)
        cut = described != who.strip(" ,") or not role
        role = role or nameless_role(_APPOSITION_AFTER_DESCRIPTION.sub("", described))
        opened = opening_clause_removed(who)  # "Reading her statement to the court, a florist … who was …"
        if not role and opened != who.strip(" ,"):
            role = nameless_role(_RESTRICTIVE_CLAUSE.sub(r"\g<head>", opened[:1].upper() + opened[1:]))
        if not role:
            return None
        # "The chief constable added:" after "Chief Constable Paul Sanford said:" is the same person
        for person in reversed(self.people.people):
            if role.lower() in {(person.title or "").lower(), (person.apposition or "").lower()}:
                return Speaker(person)
        # "the inspector said" after "Gareth Lowe, an inspector with the …" or "Detective Inspector Gareth Lowe"
        if re.match(r"(?i)the\s", who):
            for person in reversed(self.people.people):
                if is_role_of(role, person):
                    return Speaker(person)
        # "the spokesperson added" after "A spokesperson for the trust said …": the one described there
        if re.match(r"(?i)the\s", who):
            for speaker in reversed(self.introduced):
                if speaker.person is None and (speaker.role or "").lower().startswith(role.lower() + " "):
                    return speaker
        # the description as written, relative clause and all: "survivor who now volunteers with a local refuge"
        whole = clean_role(opening_clause_removed(who), limit=20) if cut else None
        return Speaker(None, whole or role)

    def _group(self, who: str, together: str | None = None) -> Speaker | None:
        """A family or an organisation speaking, recorded as statements.quoting says. ``together``: the people
        a joint statement names, if it does."""
        phrase = opening_clause_removed(who)
        # "The family of Edna Whitcombe, whose rings were taken,", "Broadstone Learning Trust, which runs the
        # school,": the relative clause is not part of the name (taken out before the opening clause is, as it has
        # commas of its own); "Daniel's family, including his parents Grace and Samuel,": nor who it includes
        phrases = (
            phrase,
            opening_clause_removed(_RELATIVE_CLAUSE.sub("", who)),
            opening_clause_removed(_INCLUDING.sub("", who)),
        )
        family = next((found for found in map(FAMILY.fullmatch, phrases) if found), None)
        if family:
            whose = family_name(family, self.people, self.read, self.recent, self.introduced)
            # "In a joint statement, his parents, Donna and Steve Rowe,": relatives named in a joint statement speak
            # together as named (docs/importer.md: seven blind keys of eight record it so), whoever they are family of
            if together:
                self.people.learn(together)
                return Speaker(None, JOINT_STATEMENT, name=together)
            return Speaker(None, FAMILY_STATEMENT, name=family_speaker(whose))
        body = next((found for found in map(organisation_named, phrases) if found), None)
        # "The holiday park's owners, Westcliff Leisure,": the body named after what it is speaks for itself
        body = body or described_body(phrase)
        # "HSE said in a statement:": a body by its initials alone (never a rank: "DCI said")
        body = body or (phrase if _INITIALS.fullmatch(phrase) and not re.fullmatch(TITLE_RE, phrase) else None)
        joint = re.search(r"(?i)\bjoint\b", who) is not None
        # "In a joint statement, X Town Council and the X branch of the Legion": one named body makes it bodies
        named_party = joint and any(map(is_organisation, re.split(r"\s+(?:and|&)\s+", phrases[1])))
        organisation = body is not None or stated_by_organisation(who) or named_party
        # "In a (joint) statement, X (and Y), which paid for the bus, said:": the parties, not the clause
        named = body or phrases[1]
        # the bodies as the text names them speak together: "X and Y", role "joint statement" ("the club" is the
        # club the text named: bodies.body_of_kind)
        parts = re.split(r",\s+|\s+(?:and|&)\s+", named)
        # ("In a joint statement, Northline Ferries and HM Coastguard said:": "joint" says each name is a party)
        joint = organisation and joint
        bodies = [
            part
            if is_organisation(part) or (joint and _ARTICLE.sub("", part)[:1].isupper())
            else body_of_kind(self.read, part, parts)
            for part in parts
        ]
        if len(parts) > 1 and all(bodies) and (organisation or bodies != parts):
            for part, found in zip(parts, bodies, strict=True):
                named = named.replace(part, found or part, 1)
            return Speaker(None, JOINT_STATEMENT, name=_ARTICLE.sub("", named))
        if organisation:
            # "In a statement, the RSPCA" -> "RSPCA"; "In a statement, The Velvet Rooms": "The" is the name's
            return Speaker(None, ORGANISATION_STATEMENT, name=re.sub(r"^the\s+", "", named))
        # "In a joint statement, the couple, Alan and Jenny Worsley,": people named together speak as named
        if together or joint_people(who):
            self.people.learn(phrase)
            return Speaker(None, JOINT_STATEMENT, name=together or phrase)
        return None

    def _referent(self, gender: str, verb: str) -> Speaker:
        """Who "he"/"she"/"they" said it: "she added" goes on with the speaker when it can; otherwise the most
        recently introduced person of that gender ("A bereaved mother spoke at the vigil. She said:" after a
        police officer's quote), else the most recent one whose gender is unknown."""
        if verb in _GOES_ON and self.recent and self.recent[-1].compatible(gender):
            return self.recent[-1]
        # "A neighbour, who did not want to be named, said the change had been frightening. '…,' she said.": the
        # subject of the latest reported speech, named or not, when nobody has been introduced since
        latest = self.introduced[-1] if self.introduced else None
        if latest is not None and latest.reported and latest.compatible(gender):
            return latest
        # "A student at X, whose bike was stolen, is backing the campaign. '…,' he said.": someone described but
        # not named, of no known gender, introduced last, is who the pronoun means
        if latest is not None and latest.person is None and latest.role and not latest.name and not latest.gender:
            return latest
        # "Neighbour Patricia Lowe, who …, still lays flowers there. '…,' she said.": the person the pronoun's own
        # paragraph introduced last, of that gender or of none known, beats a woman from an earlier paragraph
        if latest is not None and latest.person is not None and self.introduced_here and latest.compatible(gender):
            return latest
        # "He was jailed after an investigation by Detective Constable Imran Vale. '…,' he said.": someone with a
        # rank introduced last, of no known gender, beats a man introduced before
        if latest is not None and latest.person is not None and latest.person.title and latest.compatible(gender):
            return latest
        if gender:
            for speaker in reversed(self.introduced):
                if (speaker.person.gender if speaker.person else speaker.gender) == gender:
                    return speaker
        for speaker in reversed(self.introduced):
            if speaker.compatible(gender):
                return speaker
        # "The van belongs to Rosa Bellini, whose family … '…,' she said.": nobody introduced fits, so the person the
        # paragraph before (or this one) named in passing
        for at, speaker in reversed(self.named_aside):
            if at >= self.paragraph - 1 and speaker.compatible(gender):
                return speaker
        return self.recent[-1] if self.recent else Speaker(None)

    def introduce(self, speaker: Speaker) -> None:
        if self.introduced and same(self.introduced[-1], speaker):
            return
        self.introduced.append(speaker)
        self.introduced_here = True
        del self.introduced[:-40]

    def push(self, speaker: Speaker) -> None:
        self.recent.append(speaker)
        del self.recent[:-40]
        self.introduce(speaker)

    def note_mentions(self, outside: str, upto: int, start: int) -> None:
        """Reported speech ("Mr Pryce said the callers...") makes its subject the one "he" refers to."""
        events: list[tuple[int, Speaker]] = []
        pushes: list[tuple[int, Speaker]] = []  # subjects of reported speech, taken in reading order with the rest
        reported = {}
        for person in described_speakers(outside[start:upto]):
            body = None
            if person.its:  # "Its manager said …": the body the sentences before name, else the discourse's latest
                body = body_named_before(self.read[: len(self.read) - len(outside) + start + person.start])
                body = self.organisations.in_full(body, outside[: start + person.start]) if body else body
                body = body or self.organisations.its(outside[: start + person.start])
            role = f"{person.role}, {body}" if body else person.role
            reported[person.start] = Speaker(None, role, person.gender, reported=True)
        events += list(reported.items())
        for at, role, gender in nameless_in_narrative(outside, start, upto):
            if at not in reported:
                events.append((at, Speaker(None, role, gender)))
        skip_until = 0
        subject_sentence = -1  # the sentence whose first person has been seen
        for mention in self.people.learn(outside[start:upto]):
            if mention.start < skip_until:
                continue
            sentence = last_sentence_start(outside, start + mention.start + 1, window=200, floor=start)
            opening = outside[sentence : start + mention.start]
            if mention.possessive:
                if mention.full and not opening.strip(" \n*_"):
                    # "Lorraine Abbey's son was stabbed in 2022. She now visits schools": whom a "she" can mean
                    events.append((mention.start, Speaker(mention.person)))
                continue
            # a rank or honorific, or a sentence's first person near its start ("Sarah Jones, whose son died, ...",
            # "Kieran's mother, Angela Pryce, spoke...", "Retired teacher Doreen Hallam, 78, was targeted"), or the
            # person an inverted sentence introduces ("Among the parents at the launch was Lorraine Abbey")
            described_first = _INVERTED.fullmatch(opening) or _DESCRIPTION_FIRST.fullmatch(opening)
            near = len(opening.split()) <= 6 or bool(described_first)
            first = sentence != subject_sentence and near
            if (
                first
                and not (mention.full or mention.titled)
                and _THE_NOUN.fullmatch(outside, sentence, start + mention.start)
            ):
                first = False  # "The officer Doyle attacked, …": Doyle is not the subject
            subject_sentence = sentence
            if mention.titled or (first and not AFTER_PREPOSITION.search(outside[sentence : start + mention.start])):
                events.append((mention.start, Speaker(mention.person)))
            elif mention.full and (
                _A_PERSON.match(outside, start + mention.end) or mention.person.name.split()[0] in FIRST_NAMES
            ):
                self.named_aside.append((self.paragraph, Speaker(mention.person)))
                del self.named_aside[:-40]
            # bounded windows on both sides keep this linear in the paragraph's length
            rest = outside[start + mention.end : min(upto + 200, start + mention.end + 240)]
            before = outside[max(start, start + mention.start - 40) : start + mention.start]
            speech = _SPEECH_AFTER_MENTION.match(rest)
            # "A woman who volunteers with Wealdham Safe Spaces, said": a name after a preposition is not the subject
            wide = outside[max(start, start + mention.start - 120) : start + mention.start]
            # ("… was led by Nadia Rahman, an accredited financial investigator, who said …": the relative clause's
            # speech is hers, preposition or not)
            spoke = (speech and not AFTER_PREPOSITION.search(before)) or _WHO_SPOKE.match(rest)
            if spoke or _ACCORDING_TO.search(wide):
                pushes.append((mention.start, Speaker(mention.person, reported=True)))
                # "Imam X, of the Central Mosque, said": the subject is X, not what stands beside X
                skip_until = mention.end + (speech.end() if speech else 0)
        # "Doreen Hallam was targeted. She clicked the link": a pronoun opening the next sentence gives the
        # person just introduced the gender their name did not
        for pronoun in _SUBJECT_PRONOUN.finditer(outside, start, upto):
            events.append((pronoun.start() - start, Speaker(None, "", gender_of_pronoun(pronoun.group(1)), "\0")))
        pushed = {id(speaker) for _, speaker in pushes}
        ordered = [(at, 0, speaker) for at, speaker in pushes] + [(at, 1, speaker) for at, speaker in events]
        for _, _, speaker in sorted(ordered, key=lambda event: event[:2]):
            if id(speaker) in pushed:
                self.push(speaker)
                continue
            if speaker.name == "\0":
                last = self.introduced[-1] if self.introduced else None
                if last is not None and last.person is not None and not last.person.gender:
                    last.person.gender = speaker.gender
                continue
            self.introduce(speaker)
