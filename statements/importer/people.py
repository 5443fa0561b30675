"""People in press text: who a name is, what their role is, and who "Mr Bailey" or "she" means.

A person is learnt from every full mention in the text, captions included: a rank or title before the
name ("Chief Constable Simon Bailey"), an apposition after it ("Helen Carver, head of education at X,")
or before it ("His sister, Kerry Foster,"). The role is the title, then the apposition (docs/importer.md).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .bodies import body_named_before
from .firstnames import FIRST_NAMES, first_name_subject, gender_of_first_name, words
from .jobs import LOWER_HEAD_RE, JobTitle, find_job_titles
from .names import (
    FIRST_NAME_HONORIFICS,
    GENDER_OF_HONORIFIC,
    GENDER_OF_WORD,
    HONORIFIC_RE,
    NAME_RE,
    NOT_NAMES,
    ROLE_OF_TITLE,
    SURNAME_WORDS,
    TITLE_RE,
    WEAK_TITLES,
    looks_like_name,
)
from .organisations import Organisations
from .roles import attribution_role, clean_role, is_organisation
from .who_leads import role_of_who_clause


@dataclass
class Person:
    name: str  # the fullest form seen, without honorific ("Simon Bailey")
    title: str | None = None  # a rank or title before the name ("Chief Constable")
    apposition: str | None = None  # a description beside the name ("head of education at X")
    gender: str = ""  # "m", "f" or "" when unknown
    aliases: set[str] = field(default_factory=set)

    @property
    def surname(self) -> str:
        return self.name.split()[-1]

    @property
    def role(self) -> str | None:
        """The rank or job title, then what the attribution gives beside the name (the organisation, unit
        or job): "Detective Inspector, Northshire Police"; the rank alone when that is all the text gives."""
        # "Professor Helen Ashworth, Pro-Vice-Chancellor (Student Experience)": the job says more
        if self.title in WEAK_TITLES and self.apposition:
            return self.apposition
        if self.title and self.apposition and not self.apposition.lower().startswith(self.title.lower()):
            # "the station's coxswain, Darren Moyle", later "Coxswain Moyle": the words beside the name say it all
            if re.search(rf"\b{re.escape(self.title)}\b", self.apposition, re.I):
                return self.apposition
            return f"{self.title}, {self.apposition}"
        return self.title or self.apposition


_APPOSITION_AFTER = re.compile(
    r"^(?:\*\*|__|[^\S\n]{2})?,\s+(?:\d{1,3},\s+)?(?P<app>[^,:;\"“”‘]{3,120}?)(?:,|\s+(?=said|says|added|explained)|\.(?=\s)|$)"
    r"|^[^\S\n]*\((?P<bracket>[^()\d\n][^()\n]{2,118})\)"  # "Priya Kaur (Director of Services, Missing People)"
    # "Detective Sergeant Alan Pryor of Dunmore Constabulary's economic crime team said"
    r"|^[^\S\n]+(?P<of>(?:of|from)\s+[^,:;\"“”‘.]{3,100}?)(?:,|\s+(?=said|says|added|explained)|\.(?=\s)|$)"
)
# "Northmoor Fire and Rescue Service's head of prevention, X,": a body's name may have "and", "of" or "&" inside
_APPOSITION_BEFORE = re.compile(
    r"(?:^|[.!?]\s+|,\s+|\b)(?P<app>(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Tt]he|[Aa]n?|[Aa]nother|[Oo]ne|[Ff]ellow|(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?(?:[A-Z][\w&-]*\s+(?:(?:and|of|&)\s+(?=[A-Z]))?){0,5}(?:[A-Z](?:[a-z]+|[A-Z]{1,5})['’]s|[A-Z][\w&-]*s['’](?=\s)))\s+[^,.;:\"“”]{2,80}?),\s*$"
)
# "Angela Pryce, spoke at a vigil": a predicate after a comma, not a description of the person
_STARTS_WITH_VERB = re.compile(
    r"(?:[a-z]+ed\s+(?:at|to|in|on|by|the|a|an|her|his|their|from|with|for|out|up|down|off|that)|spoke|said|says|was|is|has|had|told|went|gave|made|took|came|left|lost|won|will|would|can|"
    r"could|did|does|died|ran|saw|sent|paid|met|became|remains|described)\b"
)
# "the Reverend Canon Alison Pett": a church title after another church title (not "PC Dean Walsh": a rank, then
# a first name that is also a church title)
_CHURCH_SECOND = (
    r"(?:(?<=Rev)|(?<=Revd)|(?<=Reverend)|(?<=Canon)|(?<=Bishop)|(?<=Father)|(?<=Archdeacon)|(?<=Vicar)|"
    r"(?<=Chaplain)|(?<=Pastor))\s+(?:Canon|Prebendary|Archdeacon|Bishop|Father|Dean)\b"
)
# "Lorraine Pike is the council's tenancy sustainment manager and has…": a job given by "is the"
_COPULA_ROLE = re.compile(
    rf"^[^\S\n]+(?:is|was|has\s+been)[^\S\n]+(?P<app>(?:the|an?)[^\S\n]+(?:[\w&'’-]+[^\S\n]+){{0,4}}?"
    rf"(?:{LOWER_HEAD_RE}))\b(?P<of>[^\S\n]+(?:of|for|at)[^\S\n]+[^,.;:\"“”\n]{{2,60}}?)?"
    rf"(?=[^\S\n]+(?:and|who|since|at|in|with|for)\b|[,.;])"
)
# "BetterOdds' head of clinical services is Dr Kwame Asante.": a body's job, then "is", then the name
_ROLE_IS_NAME = re.compile(
    rf"(?:^|(?<=[.!?\n]))[^\S\n]*(?P<app>(?:[A-Z][\w&-]*[^\S\n]+){{0,3}}[A-Z][\w&-]*(?:['’]s|['’])[^\S\n]+"
    rf"(?:[a-z][\w-]*[^\S\n]+){{0,3}}?(?:{LOWER_HEAD_RE})(?:[^\S\n]+(?:of|for)[^\S\n]+(?:[a-z][\w-]*[^\S\n]+){{0,3}}?"
    r"[a-z][\w-]*)?)[^\S\n]+(?:is|was)[^\S\n]+$"
)
# "led by barrister Amina Shah", "said trading standards team leader Ellen Voss": a job in lower case before a name
_LOWER_JOB_BEFORE = re.compile(
    r"(?:^|(?<=[\s(]))(?P<job>(?:[Ff]ormer[^\S\n]+)?(?:(?!(?:said|says|and|or|the|a|an|was|is|has|had|were|with|by|to|"
    r"from|as|who|that|told|at|in|on|of|for|his|her|their|its|our|my|your|when|while|after|before|then|but)\b)"
    rf"[a-z][\w'’-]*[^\S\n]+){{0,3}}?(?:{LOWER_HEAD_RE}))[^\S\n]+$"
)
_BODY_LAST = re.compile(
    r"[^\S\n]*(?P<body>[A-Z][\w&'’-]*(?:[^\S\n]+(?:[A-Z][\w&'’-]*|of|and|&|for)){0,7})[^\S\n]*(?:\.?[^\S\n]*(?:\n|$))"
)
_SAID_BEFORE = re.compile(r"\b(?:said|says|told|added)[^\S\n]+$")
_ATTRIBUTION_END = re.compile(r"[^\S\n]*(?:[.,;:!?\"”’)]|$)")
_JOB_BEFORE_TITLE = re.compile(
    rf"(?:^|(?<=[.!?\n])[^\S\n]*)(?P<job>[A-Z][a-z]+(?:\s+[a-z]+){{0,2}}\s+{LOWER_HEAD_RE})\s+$"
)
# "HMP Hallbrook", "Hallbrook Prison", "Kelby Grange Academy": a body named after its place
_PLACE_BODY = re.compile(
    r"\b(?:HMP|HMYOI|HM\s+Prison)\s+(?P<place>[A-Z][\w'’-]+)\b(?![^\S\n]+[A-Z])|"
    r"\b(?P<place2>[A-Z][\w'’-]+)(?:\s+[A-Z][\w'’-]+){0,2}\s+(?:Prison|School|Academy|College|Hospital)\b"
)
# "Hallbrook's governor": the place's possessive before a job
# ", of the Dunholme Farming Network,": the body a person named after "Its chair" belongs to
_OF_BODY_AFTER = re.compile(
    r",[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?(?P<body>[A-Z][\w'’&-]*(?:[^\S\n]+(?:(?:of|and|for)[^\S\n]+)?[A-Z][\w'’&-]*){1,6}),"
)
_PLACE_POSSESSIVE = re.compile(r"^(?P<place>[A-Z][\w'’-]+)['’]s\s+(?P<job>[a-z][\w\s'’-]{2,60})$")
_JOB_AGENT = re.compile(
    rf"(?i)\b\w+ed\s+(?:\w+\s+)?by\s+(?P<job>(?:the|an?)\s+(?:[\w'’-]+\s+){{0,5}}(?:{LOWER_HEAD_RE}))$"
)
# "Its chair," or "The group's chair,": a role a body named before holds
_BODY_OWNS = re.compile(
    r"^(?:[Ii]ts|[Tt]he\s+(?:group|association|club|charity|trust|team|society|network|partnership|campaign|"
    r"project|organisation|scheme|forum)['’]s)\s+"
)
_AGE = re.compile(r"(?i)[\w-]+-(?:year|month|week)s?-old")
# "the Lock Keeper pub", "the Golden Lantern restaurant": capitalised words before a venue's noun name the venue
_VENUE_AFTER = re.compile(
    r"[^\S\n]+(?:pub|inn|bar|hotel|restaurant|caf[eé]|takeaway|shop|store|nightclub|salon|garage|brewery|"
    # "the Brockley Beck footpath": a place's name before a way or a place
    r"footpath|bridleway|towpath|trail|estate|car\s+park|playing\s+fields?)\b"
)
# "the county's police and crime commissioner": an apposition that ends in a job's head noun
_JOB_APPOSITION = re.compile(rf"(?i)^(?:the|an?)\s+(?:[\w'’-]+\s+){{0,5}}(?:{LOWER_HEAD_RE})$")
# "Professor Dame Jane Hollis": a title, then an honorific, then the name
_MENTION = re.compile(
    rf"(?<![\w'’])(?:(?P<title>{TITLE_RE}(?:{_CHURCH_SECOND})?)\s+)?(?:(?P<hon>{HONORIFIC_RE})\s+)?(?P<name>{NAME_RE})"
)


def _said_by(text: str, start: int) -> bool:
    """Whether a name at ``start`` is the speaker of a said-verb ("said Jaden")."""
    return bool(re.search(r"\b(?:said|says|added|explained)[^\S\n]+$", text[max(0, start - 20) : start]))


@dataclass
class Mention:
    start: int
    end: int
    person: Person
    full: bool  # a first-and-last name, not only "Mr Bailey"
    titled: bool = False  # with a rank, title or honorific
    possessive: bool = False  # "Mr Whitby's daughter": Mr Whitby is not the subject


_PLURAL_POSSESSIVE = re.compile(r"['’][^\S\n]+[a-z]")  # "Ridgeway Buses' operations director"


def _possessive(text: str, match: re.Match[str]) -> bool:
    end = match.end()
    return text[end : end + 2] in ("'s", "’s") or (
        match.group(0).endswith("s") and bool(_PLURAL_POSSESSIVE.match(text, end, end + 3))
    )


_ORGANISATION_WORDS = set(
    words("Police Constabulary Service Services Fire Rescue Council Trust Scotland Force Agency Ambulance Authority")
)


def _rank_of(role: str) -> str:
    """ "Norfolk Police Detective Inspector" is a Detective Inspector; "Senior Coastal Operations Officer" stays."""
    rank = re.search(rf"(?:^|\s)({TITLE_RE})$", role)
    prefix = role[: rank.start(1)].split() if rank else []
    if rank and any(w in _ORGANISATION_WORDS for w in prefix):
        return ROLE_OF_TITLE.get(rank.group(1), rank.group(1))
    return role


def _known_first_name_at(words: list[str]) -> int:
    """ "Lifeboat Helm Jane Smith": where a known first name starts the name after capitalised words
    that are not first names (those words are a job title); 0 when the name starts at once."""
    for i in range(1, len(words) - 1):
        if words[i] in FIRST_NAMES and not any(w in FIRST_NAMES for w in words[:i]):
            return i
    return 0


class People:
    """Everyone named in one text, found by full name or by surname."""

    def __init__(self) -> None:
        self.people: list[Person] = []
        # bodies named after a place, by the place: "HMP Hallbrook" for "Hallbrook's governor, Andrew Kilner,"
        self.places: dict[str, str] = {}
        self.before = ""  # the paragraph before the text being learnt
        self.organisations: Organisations | None = None  # the bodies the text named before it, when read in order

    def by_surname(self, surname: str, gender: str = "", first_name: bool = False) -> Person | None:
        """The person called ``surname`` (or first name, for "Dame Sarah"), of a compatible gender if possible."""
        matches = [p for p in self.people if p.surname == surname or (first_name and p.name.split()[0] == surname)]
        compatible = [p for p in matches if not gender or p.gender in ("", gender)]
        pool = compatible or matches
        return pool[-1] if pool else None

    def _by_first_name(self, name: str) -> Person | None:
        """The one person named in full whose first name is ``name``, if only one is."""
        matches = [p for p in self.people if len(p.name.split()) > 1 and p.name.split()[0] == name]
        return matches[0] if len(matches) == 1 else None

    def learn(self, text: str, before: str = "", organisations: Organisations | None = None) -> list[Mention]:
        """Record every person mentioned in ``text`` (non-quote text) and return the mentions in order; ``before``
        is the paragraph before it, where "Its chair, X," at its start finds the body "its" means, and
        ``organisations`` the bodies the text named before it, when the text is read in order."""
        self.before, self.organisations = before, organisations
        mentions: list[Mention] = []
        for body in _PLACE_BODY.finditer(text):
            self.places.setdefault(body.group("place") or body.group("place2"), body.group(0))
        jobs = find_job_titles(text, NOT_NAMES)
        pos = 0
        while match := _MENTION.search(text, pos):
            job = jobs[0] if jobs else None
            # "Police, Fire and Crime Commissioner Hannah Birtwistle": a listed title that begins before a job found
            # inside it ("Fire and Crime Commissioner …", cut at the comma) is the whole title
            if job and match.group("title") and match.start() < job.start and match.end() >= job.end:
                jobs.pop(0)
                job = None
            if job and job.start < match.end():
                jobs.pop(0)
                if job.end > pos:
                    mentions.append(self._read_job(text, job))
                    pos = job.end
                continue
            mention = self._read(text, match)
            if mention:
                mentions.append(mention)
            pos = match.end()
        return mentions

    def _read_job(self, text: str, job: JobTitle) -> Mention:
        """ "Ambulance Operations Manager Gareth Pye": a job title not in the rank list, then a name."""
        person = self.by_surname(job.name.split()[-1])
        if person is None or person.name.split()[0] != job.name.split()[0]:
            person = Person(name=job.name, gender=gender_of_first_name(job.name))
            self.people.append(person)
        if not person.title:
            person.title = _rank_of(job.role)
        match = re.compile(re.escape(job.name)).match(text, job.name_start)
        assert match is not None
        self._enrich(person, None, None, text, match, start=job.start)
        return Mention(job.start, job.end, person, full=True, titled=True, possessive=_possessive(text, match))

    def _read(self, text: str, match: re.Match[str]) -> Mention | None:
        title, hon, name = match.group("title"), match.group("hon"), match.group("name")
        title = " ".join(title.split()) if title else title  # (a title a hard wrap fell inside)
        words = name.split()
        # "Sentencing him, Judge" or a sentence-initial "The": drop leading words that are not names.
        # "Nine-year-old Ava Tennant": an age opening the sentence is not part of the name either
        # ("Kent added:" after "Sarah Kent" is her, not the county)
        while words and (words[0] in NOT_NAMES or _AGE.fullmatch(words[0])) and not title and not hon:
            if len(words) == 1 and words[0] in SURNAME_WORDS and self.by_surname(words[0]):
                break
            words = words[1:]
        if not words:
            return None
        name = " ".join(words)
        start = match.start() if (title or hon) else match.end() - len(name)
        if hon and hon.rstrip(".") == "Lord" and not title and len(words) == 1:
            return None
        titled = bool(title or hon)
        if len(words) == 1:
            if not titled:
                # "said Jaden, now 17": a young person named in full earlier is often called by a first name
                # (or all an attribution gives of its speaker: "…," Jaden said)
                alone = re.fullmatch(r"[\s,]*", text[:start]) and re.match(r"[^\S\n]*(?:,|$)", text[match.end() :])
                said = bool(alone) or _said_by(text, start)
                known = self.by_surname(name) or (self._by_first_name(name) if said else None)
                known_first = name in FIRST_NAMES
                subject = (
                    not known
                    and name not in NOT_NAMES
                    and ((known_first and said) or first_name_subject(text, start, match.end(), known_first))
                )
                if subject and not any(p.name.split()[0] == name for p in self.people):
                    # "Danny, 34, who asked that his surname not be used, …": someone the text calls by a first name
                    known = Person(name=name, gender=gender_of_first_name(name))
                    self.people.append(known)
                    self._enrich(known, None, None, text, match)
                if not known or text.startswith((" Road", " Street"), match.end()):
                    return None
                return Mention(start, match.end(), known, full=False, possessive=_possessive(text, match))
            gender = GENDER_OF_HONORIFIC.get((hon or "").rstrip(".").lower(), "")
            known = self.by_surname(name, gender, first_name=bool(hon) and hon.rstrip(".") in FIRST_NAME_HONORIFICS)
            if known is None:
                if not looks_like_name(name, True):
                    return None
                known = Person(name=name)
                self.people.append(known)
            self._enrich(known, title, hon, text, match)
            return Mention(start, match.end(), known, full=False, titled=True, possessive=_possessive(text, match))
        if not looks_like_name(name, titled) or (not titled and _VENUE_AFTER.match(text, match.end())):
            return None
        lead = 0 if titled else _known_first_name_at(words)
        words, name, job = words[lead:], " ".join(words[lead:]), " ".join(words[:lead])
        person = self.by_surname(words[-1])
        if person is None or (len(person.name.split()) > 1 and person.name.split()[0] != words[0]):
            person = Person(name=name, gender=gender_of_first_name(name))
            self.people.append(person)
        elif len(words) > len(person.name.split()):
            person.name = name
        self._enrich(person, title or job or None, hon, text, match)
        return Mention(start, match.end(), person, full=True, titled=titled, possessive=_possessive(text, match))

    def _enrich(
        self, person: Person, title: str | None, hon: str | None, text: str, match: re.Match[str], start: int = -1
    ) -> None:
        """What the text says of ``person`` at this mention: the title, gender, and an apposition before the
        mention (which starts at ``start`` when a job title stands before the name) or after it."""
        start = match.start() if start < 0 else start
        # "Project lead Professor Adaeze Nwosu": a job opening the sentence before an academic title is the role
        job = _JOB_BEFORE_TITLE.search(text, max(0, match.start() - 60), match.start())
        academic = title in WEAK_TITLES or (not title and (hon or "").rstrip(".") in WEAK_TITLES)
        if academic and job and not person.title:
            title = job.group("job")
        if title and not person.title:
            person.title = ROLE_OF_TITLE.get(title, title)
        lower_job = None if title or hon or person.title else _LOWER_JOB_BEFORE.search(text, max(0, start - 80), start)
        # ("Police said officer Dan Hale was hurt": reported speech about the person, not an attribution naming them)
        said_before = lower_job is not None and _SAID_BEFORE.search(
            text, max(0, lower_job.start() - 20), lower_job.start()
        )
        if lower_job and not (said_before and not _ATTRIBUTION_END.match(text, match.end())):
            person.title = lower_job.group("job")
        if hon:
            person.gender = person.gender or GENDER_OF_HONORIFIC.get(hon.rstrip(".").lower(), "")
        window = text[max(0, start - 300) : start]  # an apposition is short; keeps this linear
        window = re.sub(r"\b[Tt]he\s+$", "", window)  # "The vicar of X, the Reverend Jo Bloggs,"
        before = _APPOSITION_BEFORE.search(window) if window.rstrip().endswith(",") else None
        # "In a statement read to the court, Tom Reed said", "Recording a conclusion of misadventure, area coroner X
        # said": a phrase after a preposition or a participle describes no one, unless it is a job ("launched by the
        # county's police and crime commissioner, Amrit Dhaliwal")
        if (
            before
            and re.search(
                r"(?<![Aa]ccording\s)\b(?i:in|on|at|by|from|with|to|for|of|after|before|during|under|\w{2,}ing)\s+$",
                window[: before.start("app")],
            )
            and not _JOB_APPOSITION.search(before.group("app"))
        ):
            before = None
        after = _APPOSITION_AFTER.match(text[match.end() : match.end() + 240])  # bounded: linear overall
        # "According to the service's water safety lead, Martin Ogunleye, owners should …": a description before
        # the name wins over the rest of the sentence after it
        if after and not before and not person.apposition and not _STARTS_WITH_VERB.match(after.group("app") or ""):
            led = role_of_who_clause(after.group("app") or "")
            if led is not None:
                person.apposition = led
            else:
                person.apposition = attribution_role(after.group("app") or after.group("bracket") or after.group("of"))
            # "— Dylan Rees, head of community safety, Glaslyn Fire and Rescue Service": the body after the job, last
            body = _BODY_LAST.match(text, match.end() + after.end()) if after.group(0).endswith(",") else None
            if person.apposition and body and is_organisation(body.group("body")):
                person.apposition = f"{person.apposition}, {body.group('body')}"
        if before and not person.apposition:
            app = before.group("app")
            # "A plan was launched by the county's police and crime commissioner, X,": the job after "by"
            agent = _JOB_AGENT.search(app)
            app = agent.group("job") if agent else app
            if not re.search(r"\b(?:said|says|told|added)\b", app):
                described = clean_role(app)
                context = self.before.rstrip() + "\n\n" if start <= 300 and self.before.strip() else ""
                owner, opening = None, window[: before.start("app")]
                owned = _BODY_OWNS.match(app)
                if owned:  # opening its paragraph: one of the two sentences before
                    described = clean_role(app[owned.end() :])
                    owner = body_named_before(context + opening, sentences=2 if not opening.strip() else 1)
                    of_body = _OF_BODY_AFTER.match(text, match.end()) if owner is None else None
                    owner = of_body.group("body") if of_body else owner  # "Its chair, X, of the Y Network, said"
                    if self.organisations is not None:  # the body the discourse last named, or the one meant
                        owner = self.organisations.meant(owner, text[:start])
                        owner = self.organisations.in_full(owner, text[:start]) if owner else owner
                place = _PLACE_POSSESSIVE.match(app)
                if place and place.group("place") in self.places:
                    described, owner = clean_role(place.group("job")), self.places[place.group("place")]
                # "Its head, Detective Inspector X," with no body the text names: "head" alone says nothing
                if not (owned and owner is None and person.title):
                    person.apposition = f"{described}, {owner}" if described and owner else described
                for word in app.lower().split():
                    person.gender = person.gender or GENDER_OF_WORD.get(word, "")
        copula = _COPULA_ROLE.match(text[match.end() : match.end() + 160]) if not person.apposition else None
        if copula:
            person.apposition = clean_role(copula.group("app") + (copula.group("of") or ""))
        job_is = _ROLE_IS_NAME.search(window) if not person.apposition and not before else None
        if job_is:
            person.apposition = clean_role(job_is.group("app"))
        if person.apposition:
            for word in person.apposition.lower().split():
                person.gender = person.gender or GENDER_OF_WORD.get(word, "")
