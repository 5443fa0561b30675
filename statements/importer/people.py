"""People in press text: who a name is, what their role is, and who "Mr Bailey" or "she" means.

A person is learnt from every full mention in the text, captions included: a rank or title before the
name ("Chief Constable Simon Bailey"), an apposition after it ("Helen Carver, head of education at X,")
or before it ("His sister, Kerry Foster,"). The role is the title when there is one, else the apposition.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .firstnames import FIRST_NAMES, gender_of_first_name, words
from .jobs import JobTitle, find_job_titles

# Ranks and titles that precede a name, longest first so "Detective Chief Inspector" beats "Inspector".
_TITLES = sorted(
    """
    Chief Constable|Deputy Chief Constable|Assistant Chief Constable|Temporary Chief Constable|
    Temporary Deputy Chief Constable|Temporary Assistant Chief Constable|Acting Chief Constable|
    Detective Chief Superintendent|Chief Superintendent|Detective Superintendent|Superintendent|
    Temporary Chief Superintendent|Temporary Superintendent|Acting Superintendent|
    Detective Chief Inspector|Chief Inspector|Detective Inspector|Inspector|Acting Inspector|
    Temporary Detective Inspector|Acting Detective Inspector|Acting Chief Inspector|Temporary Chief Inspector|
    Detective Sergeant|Police Sergeant|Sergeant|Acting Sergeant|Acting Detective Sergeant|
    Detective Constable|Police Constable|Special Constable|Trainee Detective Constable|
    Police Community Support Officer|PCSO|PC|DC|DS|DI|DCI|DSI|DCS|TDC|TDI|Sgt|Det Sgt|Insp|Det Insp|
    Supt|Det Supt|Ch Supt|Det Ch Supt|Chief Supt|Det Con|Det Insp|ACC|DCC|
    Police and Crime Commissioner|Deputy Police and Crime Commissioner|Police, Fire and Crime Commissioner|
    Commissioner|Deputy Commissioner|Assistant Commissioner|Deputy Assistant Commissioner|Commander|
    Councillor|Cllr|County Councillor|Judge|His Honour Judge|Her Honour Judge|Recorder|Mr Justice|Mrs Justice|
    Senior Coroner|Assistant Coroner|Area Coroner|Coroner|Chief Fire Officer|Deputy Chief Fire Officer|
    Assistant Chief Fire Officer|Group Manager|Station Manager|Watch Manager|Crew Manager|Professor|Prof|
    Area Manager|Brigade Manager|Crew Commander|Watch Commander|Station Commander|Group Commander|
    Area Commander|Firefighter|Paramedic|Ch Insp|Det Ch Insp|DSupt|PS|A/Sgt|T/DI|T/DCI|
    Minister|Home Secretary|Mayor|Deputy Mayor|Lord Mayor|Reverend|Rev|Canon|Bishop|Father|Archdeacon|
    Headteacher|Head Teacher|Principal|Detective|Officer|Imam|Rabbi|Pastor|Vicar|Sheikh|Archbishop|Cardinal|
    Chaplain|Pandit|Swami|Rt Rev|Very Rev|Revd
    """.replace("\n", "")
    .replace(" |", "|")
    .replace("| ", "|")
    .strip()
    .split("|"),
    key=len,
    reverse=True,
)
_TITLES = [t.strip() for t in _TITLES if t.strip()]
TITLE_RE = "(?:" + "|".join(re.escape(t) for t in _TITLES) + ")"

HONORIFIC_RE = r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Sir|Dame|Lady|Lord)\.?"
_GENDER_OF_HONORIFIC = {
    "mr": "m",
    "sir": "m",
    "lord": "m",
    "mrs": "f",
    "ms": "f",
    "miss": "f",
    "dame": "f",
    "lady": "f",
}
_FIRST_NAME_HONORIFICS = {"Sir", "Dame", "Lady", "Lord"}  # "Dame Sarah Hall", later "Dame Sarah"
_GENDER_OF_WORD = {
    "sister": "f",
    "mother": "f",
    "mum": "f",
    "daughter": "f",
    "wife": "f",
    "grandmother": "f",
    "aunt": "f",
    "spokeswoman": "f",
    "girlfriend": "f",
    "niece": "f",
    "partner": "",
    "brother": "m",
    "father": "m",
    "dad": "m",
    "son": "m",
    "husband": "m",
    "grandfather": "m",
    "uncle": "m",
    "spokesman": "m",
    "boyfriend": "m",
    "nephew": "m",
    "woman": "f",
    "girl": "f",
    "man": "m",
    "boy": "m",
}
# Titles that say less than a job description after the name
_WEAK_TITLES = {"Professor", "Prof", "Dr"}
# A judge's style is not part of the role: "His Honour Judge Roger Pell" is a Judge.
_ROLE_OF_TITLE = {"His Honour Judge": "Judge", "Her Honour Judge": "Judge"}

_UP, _LOW = "A-ZÀ-ÖØ-Þ", "a-zß-öø-ÿ"
_NAME_WORD = (
    rf"(?:Mc[A-Z][a-z]+|Mac[A-Z][a-z]+|O['’][A-Z][a-z]+|[{_UP}][{_LOW}]+(?:-[{_UP}]?[{_LOW}]+|['’][{_UP}][{_LOW}]+)*"
    r"|[A-Z]\.)"
)
_PARTICLE = r"(?:de|van|von|der|da|di|le|la|du|bin|al)"
NAME_RE = rf"{_NAME_WORD}(?:[^\S\n]+(?:{_PARTICLE}[^\S\n]+)?{_NAME_WORD}){{0,3}}"

# Capitalised words that start organisations and places rather than people.
_NOT_NAMES = set(
    words(
        """
    Police Constabulary Norfolk Suffolk Essex Kent Council County City Borough Street Road Lane Avenue Park Court
    Crown Magistrates Team Unit Department Service Services Trust Foundation Charity Hospital School Academy Centre
    University College Office Force Forces Squad Command Agency National Royal North South East West Great Little
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August
    September October November December Christmas Easter England Wales Scotland Ireland Britain UK The A An This That
    These Those It He She They We You I Our Their His Her Its Anyone Everyone Officers Detectives Police Crimestoppers
    Childline Samaritans Action Fraud CEOP NSPCC Missing People Victim Support Refuge Report Remove Stop Now Internet
    Watch Citizens Advice If In On At For From With When While After Before During Today Yesterday Tomorrow Last
    Next Mr Mrs Ms Miss Dr NHS Safer Neighbourhood Roads Policing Economic Crime Cyber Online Operation Op Home
    Ford Vauxhall Toyota Yamaha Honda BMW Audi Facebook Instagram Twitter TikTok Snapchat WhatsApp Google
    Press Daily Evening News Times Gazette Post Echo Mail Investigation Abuse Child Children Group Network
    Partnership Board Society Association Commission Authority Prison Bank Ltd Limited Church Chamber Mosque
    Temple Synagogue Cathedral Gurdwara Club Hall Primary Secondary Museum Library Stadium Airport Station Market
    Square Bridge Estate Village Town Centre Central Community Forum Partnership Project Campaign
    Justice Secretary Minister Government Parliament Trading Standards Health Care Fire Rescue Ambulance Coastguard
    Water Energy Rail Railway Railways FC AFC United Rovers Athletic Wanderers Housing Homes Wildlife RSPCA RNLI
    """
    )
) | set(
    words(
        "Chief Constable Detective Inspector Sergeant Superintendent Commissioner Councillor Assistant Deputy "
        "Temporary Acting Special Trainee Community Support Commander Coroner Professor Headteacher"
    )
)


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
        if self.title in _WEAK_TITLES and self.apposition:
            return self.apposition
        if self.title and self.apposition and not self.apposition.lower().startswith(self.title.lower()):
            return f"{self.title}, {self.apposition}"
        return self.title or self.apposition


_GENERIC_BODIES = (
    r"(?:trust|council|force|service|university|charity|club|school|college|company|authority|board|department|"
    r"hospital|team|association|society|organisation|organization|partnership|group|firm|agency|constabulary|"
    r"brigade|academy|federation|commission|office|court)"
)


def clean_role(text: str, limit: int = 14) -> str | None:
    """A description fit to show as a role: no leading article or possessive, no trailing punctuation."""
    text = " ".join(text.split()).strip(" ,;:.([]")
    while text.endswith(")") and text.count("(") < text.count(")"):
        text = text[:-1].rstrip(" ,;:.")
    # "the Trust's Executive Director of Operations": a generic organisation's possessive says nothing the
    # release does not; a named one ("Anglian Water's head of water recycling") is kept
    text = re.sub(rf"^(?:the|our|its|their)\s+{_GENERIC_BODIES}['’]s\s+", "", text, flags=re.IGNORECASE)
    text = re.sub(r"^(?:the|a|an|his|her|their|its|our|another|one|some|fellow)\s+", "", text, flags=re.IGNORECASE)
    if not text or len(text.split()) > limit:
        return None
    if re.match(r"(?:who|which|of|from|aged|and|but|said|says|in|at|on|when|while|whose|\d)\b", text, re.I):
        return None
    return text


# Words that make a phrase after "of"/"at" an organisation or a unit: "of Northshire Police's economic crime unit"
_UNIT_WORDS = re.compile(
    r"\b(?:Police|Constabulary|Council|Service|Services|Trust|RNLI|Coastguard|Agency|Authority|University|College|"
    r"School|Academy|Charity|Foundation|Partnership|Board|Commission|Club|FC|NHS|CID|Unit|Team|Department|Command|"
    r"Squad|Office|Hospital|Ambulance|Fire|Rescue|Water|Society|Association|Network|Crimestoppers|team|unit|"
    r"department|command|squad|office|service|desk|hub)\b"
)


def attribution_role(text: str) -> str | None:
    """What an attribution gives beside a name, as a role: "head of prevention at West Mere Fire and Rescue
    Service" -> "head of prevention, West Mere Fire and Rescue Service"; "of the force's rural crime team" ->
    "force's rural crime team" (a phrase after "of"/"from" only when it names an organisation or unit: "of
    Dereham" is where someone lives, not a role)."""
    text = " ".join(text.split())
    preposition = re.match(r"(?:of|from)\s+", text)
    if preposition:
        text = text[preposition.end() :]
        if not _UNIT_WORDS.search(text):
            return None
    text = re.sub(r"\s+at\s+(?=(?:the\s+)?[A-Z][\w'’&-]*(?:\s+(?:of|and|for|&|[A-Z][\w'’&-]*))*$)", ", ", text)
    return clean_role(text)


def looks_like_name(name: str, titled: bool) -> bool:
    words = name.split()
    if any(w.rstrip(".") in _NOT_NAMES for w in words) and not titled:
        return False
    if titled:
        return not all(w in _NOT_NAMES for w in words)
    return len(words) >= 2


_APPOSITION_AFTER = re.compile(
    r"^,\s+(?:\d{1,3},\s+)?(?P<app>[^,:;\"“”‘]{3,120}?)(?:,|\s+(?=said|says|added|explained)|\.(?=\s)|$)"
    r"|^[^\S\n]*\((?P<bracket>[^()\d\n][^()\n]{2,118})\)"  # "Priya Kaur (Director of Services, Missing People)"
    # "Detective Sergeant Alan Pryor of Dunmore Constabulary's economic crime team said"
    r"|^[^\S\n]+(?P<of>(?:of|from)\s+[^,:;\"“”‘.]{3,100}?)(?:,|\s+(?=said|says|added|explained)|\.(?=\s)|$)"
)
_APPOSITION_BEFORE = re.compile(
    r"(?:^|[.!?]\s+|,\s+|\b)(?P<app>(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Tt]he|[Aa]n?|[Aa]nother|[Oo]ne|[Ff]ellow|(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?(?:[A-Z][\w&-]*\s+){0,3}[A-Z][a-z]+['’]s)\s+[^,.;:\"“”]{2,80}?),\s*$"
)
# "Angela Pryce, spoke at a vigil": a predicate after a comma, not a description of the person
_STARTS_WITH_VERB = re.compile(
    r"(?:[a-z]+ed\s+(?:at|to|in|on|by|the|a|an|her|his|their|from|with|for|out|up|down|off|that)|spoke|said|says|was|is|has|had|told|went|gave|made|took|came|left|lost|won|will|would|can|"
    r"could|did|does|died|ran|saw|sent|paid|met|became|remains|described)\b"
)
# "Professor Dame Jane Hollis": a title, then an honorific, then the name
_MENTION = re.compile(rf"(?<![\w'’])(?:(?P<title>{TITLE_RE})\s+)?(?:(?P<hon>{HONORIFIC_RE})\s+)?(?P<name>{NAME_RE})")


@dataclass
class Mention:
    start: int
    end: int
    person: Person
    full: bool  # a first-and-last name, not only "Mr Bailey"
    titled: bool = False  # with a rank, title or honorific
    possessive: bool = False  # "Mr Whitby's daughter": Mr Whitby is not the subject


def _possessive(text: str, match: re.Match[str]) -> bool:
    return text[match.end() : match.end() + 2] in ("'s", "’s")


_SPEAKING_BODIES = set(
    words(
        "Police Constabulary Council Trust Service Services Water University College School Academy Club FC AFC "
        "United Society Charity Foundation Authority Agency Railway Rail Network Partnership Board Commission "
        "Scotland Group Association Coastguard RSPCA RNLI NSPCC Ambulance Rescue Hospital"
    )
)
_ORGANISATION_WORDS = set(
    words("Police Constabulary Service Services Fire Rescue Council Trust Scotland Force Agency Ambulance Authority")
)


def _rank_of(role: str) -> str:
    """ "Norfolk Police Detective Inspector" is a Detective Inspector; "Senior Coastal Operations Officer" stays."""
    rank = re.search(rf"(?:^|\s)({TITLE_RE})$", role)
    prefix = role[: rank.start(1)].split() if rank else []
    if rank and any(w in _ORGANISATION_WORDS for w in prefix):
        return _ROLE_OF_TITLE.get(rank.group(1), rank.group(1))
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

    def by_surname(self, surname: str, gender: str = "", first_name: bool = False) -> Person | None:
        """The person called ``surname`` (or first name, for "Dame Sarah"), of a compatible gender if possible."""
        matches = [p for p in self.people if p.surname == surname or (first_name and p.name.split()[0] == surname)]
        compatible = [p for p in matches if not gender or p.gender in ("", gender)]
        pool = compatible or matches
        return pool[-1] if pool else None

    def learn(self, text: str) -> list[Mention]:
        """Record every person mentioned in ``text`` (non-quote text) and return the mentions in order."""
        mentions: list[Mention] = []
        jobs = find_job_titles(text, _NOT_NAMES)
        pos = 0
        while match := _MENTION.search(text, pos):
            job = jobs[0] if jobs else None
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
        self._enrich(person, None, None, text, match)
        return Mention(job.start, job.end, person, full=True, titled=True, possessive=_possessive(text, match))

    def _read(self, text: str, match: re.Match[str]) -> Mention | None:
        title, hon, name = match.group("title"), match.group("hon"), match.group("name")
        words = name.split()
        # "Sentencing him, Judge" or a sentence-initial "The": drop leading words that are not names.
        while words and words[0] in _NOT_NAMES and not title and not hon:
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
                known = self.by_surname(name)
                if not known or text.startswith((" Road", " Street"), match.end()):
                    return None
                return Mention(start, match.end(), known, full=False, possessive=_possessive(text, match))
            gender = _GENDER_OF_HONORIFIC.get((hon or "").rstrip(".").lower(), "")
            known = self.by_surname(name, gender, first_name=bool(hon) and hon.rstrip(".") in _FIRST_NAME_HONORIFICS)
            if known is None:
                if not looks_like_name(name, True):
                    return None
                known = Person(name=name)
                self.people.append(known)
            self._enrich(known, title, hon, text, match)
            return Mention(start, match.end(), known, full=False, titled=True, possessive=_possessive(text, match))
        if not looks_like_name(name, titled):
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

    def _enrich(self, person: Person, title: str | None, hon: str | None, text: str, match: re.Match[str]) -> None:
        if title and not person.title:
            person.title = _ROLE_OF_TITLE.get(title, title)
        if hon:
            person.gender = person.gender or _GENDER_OF_HONORIFIC.get(hon.rstrip(".").lower(), "")
        after = _APPOSITION_AFTER.match(text[match.end() : match.end() + 240])  # bounded: linear overall
        if after and not person.apposition and not _STARTS_WITH_VERB.match(after.group("app") or ""):
            person.apposition = attribution_role(after.group("app") or after.group("bracket") or after.group("of"))
        window = text[max(0, match.start() - 300) : match.start()]  # an apposition is short; keeps this linear
        before = _APPOSITION_BEFORE.search(window) if window.rstrip().endswith(",") else None
        # "In a statement read to the court, Tom Reed said": a phrase after a preposition describes no one
        if before and re.search(
            r"\b(?i:in|on|at|by|from|with|to|for|of|after|before|during|under)\s+$", window[: before.start("app")]
        ):
            before = None
        if before and not person.apposition:
            app = before.group("app")
            if not re.search(r"\b(?:said|says|told|added)\b", app):
                person.apposition = clean_role(app)
                for word in app.lower().split():
                    person.gender = person.gender or _GENDER_OF_WORD.get(word, "")
        if person.apposition:
            for word in person.apposition.lower().split():
                person.gender = person.gender or _GENDER_OF_WORD.get(word, "")


# Groups that speak without a name: '"We need your help," police said.'
COLLECTIVE = (
    r"(?:police|officers|detectives|investigators|firefighters|paramedics|organisers|campaigners|residents|"
    r"witnesses|prosecutors|councillors|teachers|parents|neighbours|friends|relatives)"
)


_RELATIONS = (
    r"(?:family|families|parents|mother|father|mum|dad|partner|wife|husband|son|daughter|brother|sister|"
    r"grandmother|grandfather|grandparents|relatives|friends|fianc[eé]e?|widow|widower|children|loved ones|"
    r"solicitor|lawyer|barrister)"
)


def nameless_role(phrase: str) -> str | None:
    """A speaker with no name: "A Norfolk Police spokesperson" gives role "Norfolk Police spokesperson"."""
    # "In a statement, the family" / "Speaking outside court, the victim's mother": the subject is the last part
    phrase = opening_clause_removed(phrase)
    # "Conor's family", "Mr Reed's solicitor": the relation speaks, as with "his family"
    named = re.match(rf"^(?:[A-Z][\w-]*\s+){{0,2}}[A-Z][\w-]*['’]s\s+(?={_RELATIONS}\b)", phrase)
    if named:
        return clean_role(phrase[named.end() :]) if len(phrase.split()) <= 8 else None
    if not phrase or len(phrase.split()) > 8 or re.fullmatch(r"(?i)it|this|that|there|which|who", phrase):
        return None
    if re.match(
        rf"(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Oo]ne|[Aa]nother|[Ss]ome|[A-Z]|{COLLECTIVE})\b",
        phrase,
    ):
        return clean_role(phrase)
    return phrase if is_organisation(phrase) else None


_BODY = r"(?:[A-Z][\w&'’-]*\s+){0,5}[A-Z][\w&-]*"
_ORGANISATIONS = re.compile(rf"{_BODY}(?:\s+(?:and|&)\s+{_BODY})?")


def is_organisation(phrase: str) -> bool:
    """An organisation speaking: "Norfolk Constabulary", "Anglian Water", "Norwich City FC and Norfolk Police"."""
    return bool(_ORGANISATIONS.fullmatch(phrase)) and phrase.split()[-1] in _SPEAKING_BODIES


def opening_clause_removed(phrase: str) -> str:
    """ "In a statement released through police, the family" -> "the family"."""
    phrase = " ".join(phrase.split()).strip(" ,")
    if re.match(r"^(?:In|Speaking|Writing|Responding|Asked|Commenting|Paying)\b", phrase):
        phrase = phrase.split(", ")[-1]
    return phrase


def gender_of_word(word: str) -> str:
    """The gender a word implies: "f" for mother, woman, sister..., "m" for father, man..., else ""."""
    return _GENDER_OF_WORD.get(word.lower(), "")


def gender_of_pronoun(pronoun: str) -> str:
    return {"he": "m", "she": "f"}.get(pronoun.lower(), "")
