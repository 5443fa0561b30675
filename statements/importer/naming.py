"""Naming a route the registry does not know by the service the text names for its contact.

Beside the contact ("the Modern Slavery & Exploitation Helpline on …", "Galop (0800 …)", "0800 … (Galop)",
"the council's out-of-hours noise line, 0121 …"), by the label of its list item or line ("- Rape Crisis 24/7
support line: 0808 …"), by the subject of the sentence offering it ("Rivington Victim Care Hub gives …: call …"),
and a web or e-mail address with no name beside it by the organisation the text names whose letters match its
host ("www.penbury.police.uk/bikes" and "Penbury and District Police"); also a markdown link's text and the
heading over "Phone: …" lines. Contacts of one service given together get the same name, so routes.py's merge
makes them one route.
"""

from __future__ import annotations

import re
from collections import Counter

from statements.importer.firstnames import FIRST_NAMES
from statements.importer.names import HONORIFIC_RE

_NAME = r"[A-Z][\w'’&+.-]*(?:[^\S\n]+(?:&|and|of|for|the|against|[A-Z][\w'’&+.-]*|[0-9]+))*"
_LEAD_WORDS = re.compile(
    r"^(?:(?:Call|Calling|Contact|Contacting|Visit|Ring|Text|Email|E-mail|Report|Phone|Dial|Please|You|Or|And|"
    r"If|For|Alternatively|Anyone|Online|Speak|Talk|Get|Help|Free|Then|Also|Go|To|Via|The|Tel|Telephone)"
    r"[^\S\n]+)+"
)
# What may stand between a service's name and its number: "Campus Security 24 hours a day on", "… free on"
_QUALIFIER = (
    r"(?:[^\S\n]+(?:free|online|directly|anonymously|in\s+confidence|24\s+hours\s+a\s+day|24/7|day\s+or\s+night|"
    r"at\s+any\s+time))*"
)
# A capitalised name just before a contact (offers.judge also reads it as evidence that the contact is offered)
NAME_BEFORE = re.compile(
    rf"(?:^|[^\w'’&+.-])(?P<name>{_NAME}(?:[^\S\n]*\([A-Z][A-Za-z&]{{1,9}}\))?)(?:[^\S\n]*,[^,\n]{{2,60}},)?{_QUALIFIER}"
    rf"[^\S\n]*(?:\(|:|[–—-]|,?[^\S\n]+(?:on|at|via|by(?:[^\S\n]+(?:texting|calling|phoning|ringing|e-?mailing))?|is|"
    rf"can\s+be\s+(?:reached|contacted|called)\s+on|(?:free)?phone|helpline|line|number))?[^\S\n]*$"
)
# A list item labelled by the service: "- **Karma Nirvana**, for forced marriage …: 0800 …", "- Harbour Women's
# Aid local helpline: 0113 …" (naming only)
_LABELLED_ITEM = re.compile(
    rf"^[^\S\n]*(?:[-*•]|\d{{1,2}}[.)])?[^\S\n]*(?P<name>{_NAME})(?:[^\S\n]+(?:[a-z0-9][\w'’-]*[^\S\n]+){{0,3}}"
    # "- Keystone Homes anti-social behaviour line: 0161 …", "- Forced Marriage Unit (if someone is abroad): 020 …"
    r"(?:helpline|hotline|line|advice\s+line|team|service|unit|welfare))?(?:[^\S\n]*\([^()\n]{2,80}\))?"
    r"(?:[^\S\n]*,[^:\n]{2,120})?[^\S\n]*:[^\S\n]*(?:(?:text|call|ring|phone|e-?mail)[^\S\n]+)?$"
)
# "Haverleigh Council's Doorstep Crime Hotline, 0113 …, takes reports": a name set off by a comma (naming only)
_NAME_COMMA = re.compile(rf"(?:^|[^\w'’&+.-])(?P<name>{_NAME}),[^\S\n]*$")
_LOWER_SERVICE = re.compile(
    r"(?P<name>(?:[\w'’-]+[^\S\n]+){0,3}(?:helpline|hotline|advice\s+line|line|team|service|unit|centre|room|portal|"
    r"relay|scheme))(?:[^\S\n]+can\s+be\s+(?:e-?mailed|called|contacted|reached|phoned|rung|texted))?"
    rf"{_QUALIFIER}(?:[^\S\n]+by\s+(?:e-?mail|phone|telephone))?[^\S\n]+(?:on|at)[^\S\n]*$",
    re.IGNORECASE,
)
# "Mr Tom Hardy", "Dr Amina Shah": a person, named by an honorific
_PERSON = re.compile(rf"^{HONORIFIC_RE}[^\S\n]+[A-Z][\w'’-]*(?:[^\S\n]+[A-Z][\w'’-]*)?$")
_NAME_AFTER = re.compile(rf"^[^\S\n]*\((?:the[^\S\n]+)?(?P<name>{_NAME})\)")
_NOT_A_SERVICE = re.compile(
    r"(?i)^(?:police|us|we|it|this|them|him|her|mr|mrs|ms|dr|monday|tuesday|wednesday|thursday|friday|saturday|"
    r"sunday|january|february|march|april|may|june|july|august|september|october|november|december)$"
)

# What a service is called after its qualifiers: "… noise line", "… front door", "… trading standards"
_SERVICE_NOUN = (
    r"(?:helpline|hotline|line|team|service|services|unit|hub|desk|helpdesk|door|portal|form|centre|room|relay|"
    r"scheme|standards|patrol|office|network|project|clinic|inbox|officer|department|security|rangers?|wardens?|number|"
    r"safety\s+visits?|well\s+visits?|safety\s+checks?)"
)
# A word inside a lowercase service name (not a verb, pronoun or offer word; "and" or "of" only before a capital)
_PHRASE_WORD = (
    r"(?:(?:and|of|for)(?=[^\S\n]+(?-i:[A-Z]))|(?!(?:said|says|say|can|could|will|would|should|may|must|is|are|"
    r"was|were|has|have|had|please|if|you|your|anyone|who|which|that|they|we|it|be|been|also|on|at|to|or|and|of|"
    r"for|call|contact|ring|phone|text|e-?mail|via|report|visit|through|from|with|by|use|using|a|an|the|their|our|"
    r"its|his|her|runs|offers|gives|book|request)\b)\w[\w'’/&+-]*)"
)
# Between a service's name and its contact: "… on", "…,", "… is", "… is open on", "… by calling"
_CONNECTOR = (
    r"[^\S\n]*(?:[,:(–—-]|[^\S\n]+(?:(?:is|are)(?:[^\S\n]+(?:open|available|free|staffed|answered))?"
    r"(?:[^\S\n]+(?:on|at))?|on|at|via|by[^\S\n]+(?:calling|phoning|ringing|texting|e-?mailing)))?[^\S\n]*$"
)
# "the council's out-of-hours noise line, 0121 …", "Fenholt Council children's services front door on …"
_SERVICE_PHRASE = re.compile(
    rf"(?i)(?:^|[,:;(]|\b(?:the|our|its|their|a|an|call|contact|ring|phone|text|e-?mail|to|via|or|and|through|"
    rf"use|using|book|request)\b)[^\S\n]*(?P<name>(?:{_PHRASE_WORD}[^\S\n]+){{1,6}}{_SERVICE_NOUN})\b{_QUALIFIER}"
    rf"{_CONNECTOR}"
)
# A plain noun, not a name: "the short form", "the online form", "a new line"
_PLAIN = re.compile(
    rf"(?i)^(?:(?:short|online|simple|quick|new|same|following|above|below|web|contact|dedicated|relevant|right|"
    rf"appropriate|local|main|usual|other|separate|special|free)[^\S\n]+)+{_SERVICE_NOUN}$"
)
_CALENDAR = re.compile(
    r"(?i)\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekdays?|weekends?|january|february|march|"
    r"april|june|july|august|september|october|november|december|\d{1,2}(?:[.:]\d\d)?\s*[ap]m)\b"
)
# "0161 496 0000 (the council's noise line)"
_PHRASE_AFTER = re.compile(
    rf"(?i)^[^\S\n]*\((?:the[^\S\n]+)?(?P<name>(?:{_PHRASE_WORD}[^\S\n]+){{1,6}}{_SERVICE_NOUN})\)"
)
# Hours and the like just before a contact: "… line (24 hours) on", "… services (24 hours) -"
_ASIDE = re.compile(r"[^\S\n]*\((?=[^()\n]*(?:\d|\b[a-z]))[^()\n]{1,40}\)(?=[^\S\n]*(?:[,:–—-]|on|at)?[^\S\n]*$)")
# A markdown link's text just before its address: "[Major Incident Public Portal](https://…"
_LINK_TEXT = re.compile(r"\[(?P<text>[^\[\]\n]{1,80})\]\(\s*$")
# A list item or line labelled "Label: …", its label stripped of bullets, emphasis and lead verbs
_ITEM_LABEL = re.compile(
    r"^[^\S\n]*(?:[-*•>]|\d{1,2}[.)])?[\s*_]*(?:(?:call|contact|ring|phone|text|e-?mail|report\s+to|visit|dial|"
    r"the|(?:book|request|arrange)(?:[^\S\n]+(?:a|an))?(?:[^\S\n]+free)?)[^\S\n]+)*"
    r"(?P<label>[\w'’/&+()-][\w'’/&+(),. -]{0,120}?)[\s*_]*(?::|[^\S\n]+[–—-])[\s*_]+"
    r"(?P<value>[^\n]*)$",
    re.IGNORECASE,
)
_GENERIC_LABEL = re.compile(
    r"(?i)^(?:(?:by|via|in)\s+)?(?:(?:phone|telephone|mobile|contact|helpline)\s+number|phone|telephone|tel|mobile|textphone|minicom|text(?:\s+message)?|sms|online|"
    r"web(?:site)?|internet|e-?mail|address|post|in\s+person|contact|contacts|contact\s+details|details|"
    r"(?:in\s+an?\s+)?(?:police\s+)?(?:emergenc(?:y|ies)|non-?emergenc(?:y|ies))|urgent|report(?:\s+it)?|reporting|it|us|"
    r"more\s+information|information|further\s+information|help|advice|support|where\s+to\s+get\s+help|"
    r"useful\s+(?:numbers|contacts)|free(?:phone)?|whatsapp|24/7|24\s+hours?|anonymously|a|an)$"
)
# A label saying what the contact is for, not whose it is: "If you are worried: …", "To report a crime: …"
_PURPOSE_LABEL = re.compile(
    r"(?i)^(?:if|to|for|when|where|worried|concerned|anyone|witnesses|information|in|urgent|out\s+of\s+hours\b"
    r"(?!.*\b(?:line|team|service)\b)|please|call|dial|report|check|upload|send|book|find|get|use|a|an)\b"
)
_VERB = re.compile(
    r"\b(?:is|are|was|were|can|could|will|would|has|have|had|gives|offers|provides|runs|says|said|should|must|do|does)\b"
)
_NOT_A_LABEL = re.compile(r"[.,;!?]\s|https?:|www\.|@|[a-z0-9]\.[a-z]{2,}")  # a sentence or an address
_TITLED = re.compile(r"[A-Z][\w'’&+.-]*")
_ACRONYM = re.compile(r"^(?:[A-Z][a-z]*[A-Z]|[A-Z]{2,})")
# The subject of a clause that offers the contact: "Rivington Victim Care Hub gives free … support: call …",
# "The council's community safety team takes reports on …"
_SUBJECT = re.compile(
    rf"(?:^|[,;:][^\S\n]*|\b(?:and|but)[^\S\n]+)(?:[-*•>][^\S\n]*)?(?:[Tt]he[^\S\n]+)?"
    rf"(?P<name>{_NAME}|(?:{_PHRASE_WORD}[^\S\n]+){{1,6}}(?i:{_SERVICE_NOUN}))[^\S\n]+(?:also[^\S\n]+)?"
    r"(?:gives|offers|provides|runs|operates|supports|helps|advises|works|takes|is\s+available|are\s+available|"
    r"can\s+(?:help|offer|give|provide|support|advise|be\s+(?:contacted|reached)))\b"
)
# A registrable host's suffixes, and the words that make a name a police force or an organisation
_HOST_SUFFIX = re.compile(r"(?i)\.(?:(?:co|org|police|gov|nhs|ac|sch|ltd|me|net)\.uk|gov\.(?:scot|wales)|[a-z]{2,6})$")
_POLICE = re.compile(r"\b(?:Police|Constabulary|Heddlu)\b")
_ORG_TYPE = re.compile(
    r"\b(?:Police|Constabulary|Council|Service|Services|Trust|Hub|Authority|Agency|Network|Register|Partnership|"
    r"Society|Charity|Foundation|Association|Centre|Homes|Housing|University|College|School)\b"
)
_JOINING = frozenset({"and", "of", "the", "&", "for"})
_GENERIC_HOST = frozenset({"www", "mipp", "report", "forms", "online", "portal", "secure", "my"})


def _beside(sentence_left: str, right: str) -> str | None:
    """The service the text names just beside a contact: "the Modern Slavery & Exploitation Helpline on ...",
    "Galop (0800 ...)", "... 0800 999 5428 (Galop)", "the trading standards team on ..."."""
    left = sentence_left[-160:]
    match = NAME_BEFORE.search(left)
    if match:
        name = _LEAD_WORDS.sub("", match.group("name") + " ").strip(" .,")  # "Report online at": no name
        name = re.sub(r"^the\s+", "", name, flags=re.IGNORECASE)
        if name and name[0].isupper() and not _NOT_A_SERVICE.match(name) and len(name.split()) <= 8:
            return name
    item = _LABELLED_ITEM.match(sentence_left[-240:])
    if item:
        name = _LEAD_WORDS.sub("", item.group("name") + " ").strip(" .,")
        if name and name[0].isupper() and not _NOT_A_SERVICE.match(name) and len(name.split()) <= 8:
            return name
    phrase = _phrase(left, right)
    if phrase:
        return phrase
    comma = _NAME_COMMA.search(left)
    if comma:
        name = re.sub(r"^the\s+", "", _LEAD_WORDS.sub("", comma.group("name") + " "), flags=re.IGNORECASE).strip(" .,")
        if name and name[0].isupper() and not _NOT_A_SERVICE.match(name) and 2 <= len(name.split()) <= 8:
            return name
    after = _NAME_AFTER.match(right[:80])
    if after and not _NOT_A_SERVICE.match(after.group("name")):
        return after.group("name").strip()
    return None


def _clean(name: str) -> str:
    """A name without hours in brackets, a leading article or possessive pronoun, or emphasis marks."""
    name = re.sub(r"\s+", " ", _ASIDE.sub("", name))
    return re.sub(r"(?i)^(?:(?:the|our|its|their|a|an|free)[^\S\n]+)+", "", name).strip(" .,*_")


def _phrase(left: str, right: str) -> str | None:
    """A lowercase or mixed service phrase just before the contact, or in brackets after it."""
    for found in (_SERVICE_PHRASE.search(left[-120:]), _PHRASE_AFTER.match(right[:100])):
        if found:
            # "the force's Road Watch Upload portal": the service's own name, not its owner's word for it
            name = re.sub(r"^[a-z]+['’]s (?=[A-Z])", "", _clean(found.group("name")))
            if len(name.split()) >= 2 and not _PLAIN.match(name):
                return name
    return None


def names_a_service(label: str) -> bool:
    """Whether a label or link text names a service: a service word, a capitalised word after its first, or an
    acronym ("Kersey children's services front door", "Rape Crisis 24/7 support line", "FCA register")."""
    words = label.split()
    if not words or len(words) > 9 or _GENERIC_LABEL.match(label) or _PURPOSE_LABEL.match(label):
        return False
    if _PLAIN.match(label) or _VERB.search(label):
        return False
    if _NOT_A_SERVICE.match(label) or _CALENDAR.search(label) or _NOT_A_LABEL.search(label):
        return False
    titled = [w for w in words[1:] if _TITLED.match(w)]
    service = re.search(rf"(?i)\b{_SERVICE_NOUN}\b|\b(?:police|council|constabulary|trust|charity)\b", label)
    return bool(service or titled or _ACRONYM.match(words[0]))


def item_label(sentence_left: str) -> str | None:
    """The label of a list item or "Label: value" line that names a service (not "Phone", "Online", "If you are
    worried", "Stray dogs"); a label with a comma is taken up to it ("Free Safe and Well visit, for anyone …")."""
    item = _ITEM_LABEL.match(sentence_left[-240:])
    if not item or re.search(r"[.!?:]\s", item.group("value")):  # "Police emergency: 999. Non-emergency: 101"
        return None
    label = _clean(re.split(r"[^\S\n]{2,},", item.group("label"))[0])  # "**Free visit**, for anyone …"
    return label if names_a_service(label) else None


def heading_label(sentence_left: str, before: str) -> str | None:
    """A generic "Phone: …" line under a short heading that names the service ("**Brightmoor City Council private
    sector housing team**" then "Phone: 0141 …")."""
    item = _ITEM_LABEL.match(sentence_left[-240:])
    if not item or not _GENERIC_LABEL.match(_clean(item.group("label"))):
        return None
    for line in reversed(before.rstrip().split("\n")[-6:]):
        label = _ITEM_LABEL.match(line)
        if label and _GENERIC_LABEL.match(_clean(label.group("label"))):
            continue
        heading = _clean(re.sub(r"[*_#]+|\([^()\n]*\)", " ", line)).rstrip(":")
        if heading.endswith(".") or not names_a_service(heading):
            return None
        return heading
    return None


def _subject(sentence_left: str) -> str | None:
    """The organisation a clause offering a contact is about: "Rivington Victim Care Hub gives …: call …"."""
    clauses = list(_SUBJECT.finditer(sentence_left))
    if not clauses:
        return None
    name = _clean(clauses[-1].group("name"))
    words = name.split()
    if len(words) < 2 or words[0] in FIRST_NAMES or _NOT_A_SERVICE.match(name) or len(words) > 8:
        return None
    return name


def _link_text(left: str) -> tuple[str | None, str]:
    """A markdown link's text naming the address it links to, and the text before the link."""
    link = _LINK_TEXT.search(left)
    if not link:
        return None, left.rstrip("[")
    text = _clean(link.group("text"))
    return (text if names_a_service(text) else None), left[: link.start()]


def service_name(sentence_left: str, right: str, before: str = "", given_with: str | None = None) -> str | None:
    """The service the text names for a contact: beside it or as its link's text; else ``given_with``, the name of
    the contact it is given with ("… on 0161 … or e-mail …"); else by its list item's label or the heading over a
    "Phone: …" line, or as the subject of the clause offering it; None when the text names none. ``before`` is
    the text before the contact's sentence."""
    linked, sentence_left = _link_text(sentence_left)
    sentence_left = _ASIDE.sub("", sentence_left)
    beside = _beside(sentence_left, right)
    # "our designated safeguarding lead, Mr Tom Hardy, at …": a person's name is not a service's
    if beside and _PERSON.match(beside):
        beside = None
    return (
        linked
        or beside
        or given_with
        or item_label(sentence_left)
        or heading_label(sentence_left, before)
        or _subject(sentence_left)
        or _lower_service(sentence_left)
    )


def _lower_service(sentence_left: str) -> str | None:
    """A lowercase service just before the contact: "the trading standards team on …"."""
    lower = _LOWER_SERVICE.search(sentence_left[-160:])
    if lower:
        name = re.sub(
            r"(?i)^(?:(?:call|contact|ring|phone|the|our|their|its|on|to|or|use|using|can|could|may|please|you|runs|"
            r"offers|operates|has|a|an)\s+)+",
            "",
            lower.group("name"),
        )
        if len(name.split()) >= 2:
            return name.strip()
    return None


def _host_labels(address: str) -> list[str]:
    """The distinctive parts of a web or e-mail address's host, most distinctive first: ["penbury"] for
    www.penbury.police.uk/bikes, ["wrexley"] for wrexley.mipp.police.uk."""
    host = re.sub(r"(?i)^(?:[a-z]+://)?(?:[^@/\s]*@)?", "", address).split("/")[0].lower()
    labels = _HOST_SUFFIX.sub("", host).split(".")
    return [label for label in reversed(labels) if label not in _GENERIC_HOST and len(label) >= 4]


def _letters(word: str) -> str:
    return re.sub(r"[^a-z0-9]", "", word.lower())


class Organisations:
    """The organisations a text names (runs of capitalised words), for naming an address by its host."""

    def __init__(self, text: str) -> None:
        self.counts: Counter[str] = Counter()
        self.first: dict[str, int] = {}
        for found in re.finditer(_NAME, text):
            words = found.group(0).split()
            while words and words[0].lower() in _JOINING:
                words = words[1:]
            while words and words[-1].lower() in _JOINING:
                words = words[:-1]
            if words:
                name = " ".join(words)
                self.counts[name] += 1
                self.first.setdefault(name, found.start())

    def owner(self, address: str) -> str | None:
        """The organisation named in the text whose words spell the address's host ("Penbury and District
        Police" for penbury.police.uk; a police host only by a police name, another host never by one)."""
        police = "police" in address.lower().split("/")[0 if "://" not in address else 2]
        for host in _host_labels(address):
            choices: list[tuple[bool, int, int, str]] = []
            for name, count in self.counts.items():
                named = _spelt(host, name.split())
                if named is None or bool(_POLICE.search(named)) != police:
                    continue
                if len(named.split()) == 1 and not _ACRONYM.match(named):
                    continue
                choices.append((bool(_ORG_TYPE.search(named)), count, -self.first[name], named))
            if choices:
                return max(choices)[3]
        return None


def _spelt(host: str, words: list[str]) -> str | None:
    """The part of a name whose words, from its first or a later one, spell ``host`` (joining words may be left
    out), up to and including the organisation word after them ("Penbury and District Police" for "penbury")."""
    for start in range(len(words)):
        if words[start].lower() in _JOINING:
            continue
        spelt, end = "", start
        while end < len(words) and len(spelt) < len(host):
            letters = _letters(words[end])
            if host.startswith(spelt + letters):
                spelt += letters
            elif words[end].lower() not in _JOINING:
                break
            end += 1
        if spelt != host:
            continue
        rest = words[end:]
        typed = next((i for i, w in enumerate(rest) if _ORG_TYPE.fullmatch(w)), None)
        if typed is not None and typed <= 3:
            return " ".join(words[start : end + typed + 1])
        if len(rest) <= 2:
            return " ".join(words[start:])
        return " ".join(words[start:end])
    return None
