"""Job titles before a name that are not in the rank list: "Ambulance Operations Manager Gareth Pye".

A run of capitalised words (with "of", "for", "the", "and" between them, and bracketed abbreviations
such as "(DCI)") that contains a role head noun (Manager, Officer, Director, Chair...) and ends in a
personal name splits into role + name. The name is the last two words of the run (three with a
particle, "Anna de Souza"); when the role does not end in its head noun ("Director of Nursing Claire
Ayodele") the first name must be a known one, so "Head of Road Safety Jane Smith" splits at "Jane".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .firstnames import FIRST_NAMES, words

_HEADS = frozenset(
    words(
        """
    Manager Officer Director Lead Head Coordinator Co-ordinator Superintendent Inspector Commissioner Chair
    Chairman Chairwoman Chairperson Executive Leader Councillor Governor Principal Headteacher Consultant Nurse
    Doctor Paramedic Warden Advisor Adviser Specialist Spokesperson Spokesman Spokeswoman Secretary President
    Minister Coroner Commander Controller Supervisor Administrator Editor Founder Trustee Ambassador Registrar
    Dean Provost Vice-Chancellor Pro-Vice-Chancellor Chancellor Matron Midwife Surgeon Pharmacist Clerk Officer
    Sergeant Constable Analyst Investigator Caseworker Mentor Worker Captain Mayor Representative
    Prosecutor Solicitor Barrister Engineer Planner Technician Scientist Researcher Lecturer Teacher Librarian
    Ranger Firefighter Coxswain Mechanic Steward Surveyor Therapist Practitioner Physician Dentist Psychologist
    Counsellor Handler Operator Dispatcher Auditor Economist Archivist Curator Chaplain Ombudsman
    Farmer Helm Shopkeeper Landlord Landlady Publican Owner Proprietor Driver Pilot Volunteer Organiser Campaigner
    Neighbour Neighbor Cadet Resident Pupil Student Passenger Commuter Assistant Guard Author Co-author Bailiff
    Gamekeeper Keeper Ghillie Shepherd Master Cashier Receptionist Caretaker Porter Cleaner Chef Postman Postwoman
    Conductor Lifeguard Groundsman Bartender Barman Barmaid Waiter Waitress
    """
    )
)
# Lower-case heads inside a capitalised run: "Students' Union president Ollie Barnes"
_LOWER_HEADS = frozenset(w.lower() for w in _HEADS)
# Lower-case words before a head: "Norwich City FC chief executive Ben Knapper"
_LOWER_MODIFIERS = frozenset(words("chief deputy senior assistant acting interim vice lead principal"))
# Words that start a sentence or clause, not a job title: "Yesterday Station Manager X said"
_NOISE = frozenset(
    words(
        """
    The A An This That These Those It He She They We You I Our Their His Her Its Today Yesterday Tomorrow Last Next
    If In On At For From With When While After Before During Speaking And But As Then Meanwhile Also Now Earlier
    Later Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July
    August September October November December Former Outgoing New Interim
    """
    )
)
_CONNECTORS = frozenset(words("of for and & the on"))
# "Co-author Dr Samir Qureshi": a courtesy title between the job and the name belongs to neither
_HONORIFICS = frozenset(words("Dr Prof Professor Mr Mrs Ms Miss Mx Sir Dame Rev Revd Reverend Captain Capt"))
_PARTICLES = frozenset(words("de van von der da di le la du bin al"))
_CAP = r"[A-Z][A-Za-z'’-]*"
_LOW = "|".join(sorted(_LOWER_HEADS | _LOWER_MODIFIERS, key=lambda w: (-len(w), w)))  # the same pattern every run
# A lower-case role head noun: "manager", "director", "spokesperson"
LOWER_HEAD_RE = "(?:" + "|".join(sorted(_LOWER_HEADS, key=lambda w: (-len(w), w))) + ")"
# "Coastguard operations controller Tom Brannigan": up to two lower-case words before a lower-case head
_LOWER_WORD = r"(?!(?:said|says|and|the|was|is|has|had|were|with|by|to|from|as|who|that|told|at|in|on)\b)[a-z]+"
_RUN = re.compile(
    rf"(?<![\w'’-]){_CAP}(?:[^\S\n]+(?:(?:of|for|and|&|the|on|de|van|von|der|da|di|le|la|du|bin|al)[^\S\n]+)*"
    rf"(?:{_CAP}|\([A-Z]{{2,6}}\)|(?:(?:{_LOWER_WORD}(?<!ed)[^\S\n]+){{0,2}}(?:{_LOW}))\b))+"
)
_NAME_SHAPE = re.compile(
    r"(?:[A-Z][a-z]+(?:-[A-Z]?[a-z]+|['’][A-Z][a-z]+)*|Mc[A-Z][a-z]+|Mac[A-Z][a-z]+|O['’][A-Z][a-z]+)"
)
# "…," said festival director Priya Chandrasekar.": a lower-case job title between the said-verb and a name
# that ends the clause ("Police said officer Sam Pike was hurt" is reported speech, not a title)
_SAID_JOB = re.compile(
    rf"\b(?:said|says|added|explained|warned)[^\S\n]+(?P<role>(?:{_LOWER_WORD}[^\S\n]+){{0,2}}(?:{_LOW}))[^\S\n]+"
    rf"(?P<name>{_NAME_SHAPE.pattern}[^\S\n]+{_NAME_SHAPE.pattern})\b(?=[^\S\n]*(?:[.:;,]|$))"
)
_ABBREVIATION = re.compile(r"[^\S\n]*\([A-Z]{2,6}\)")


@dataclass
class JobTitle:
    start: int  # where the role begins
    name_start: int
    end: int
    role: str  # "Ambulance Operations Manager", bracketed abbreviations removed
    name: str  # "Gareth Pye"


def _is_head(word: str) -> bool:
    return word in _HEADS or word in _LOWER_HEADS


def _first_name_after_head(name: list[str], index: int, role: list[str]) -> bool:
    return index == 0 and name[0] in FIRST_NAMES and bool(role) and _is_head(role[-1])


def _split(tokens: list[str], not_names: set[str]) -> tuple[int, int, int] | None:
    """(index where the role starts, index where it ends, index where the name starts) within ``tokens``, or
    None."""
    for size in (3, 2):
        if len(tokens) < size + 1:
            continue
        name = tokens[-size:]
        if size == 3 and name[1] not in _PARTICLES and name[0] not in FIRST_NAMES:
            continue
        if not all(_NAME_SHAPE.fullmatch(w) or w in _PARTICLES for w in name) or name[-1] in _PARTICLES:
            continue
        role = tokens[:-size]
        # "Inspector Dean Whitlow": a first name that is also a head ("Dean") straight after a head is the name's
        if any(
            w in not_names or (_is_head(w) and not _first_name_after_head(name, i, role)) for i, w in enumerate(name)
        ):
            continue
        first = 0
        while first < len(role) and role[first] in _NOISE:
            first += 1
        role = role[first:]
        honorific = int(len(role) > 1 and role[-1] in _HONORIFICS)  # ("Captain Ewan Blyth": a rank of its own)
        role = role[: len(role) - honorific]
        heads = [i for i, w in enumerate(role) if _is_head(w)]
        if not heads or len(role) > 8 or role[-1] in _CONNECTORS:
            return None
        after_head = [w for w in role[heads[-1] + 1 :] if not w.startswith("(")]
        if after_head and after_head[0] not in ("of", "for"):
            return None
        return first, len(tokens) - size - honorific, len(tokens) - size
    return None


def find_job_titles(text: str, not_names: set[str]) -> list[JobTitle]:
    """Every "<job title> <First Last>" in ``text``, in order."""
    found = []
    for run in _RUN.finditer(text):
        spans = [(m.start() + run.start(), m.end() + run.start()) for m in re.finditer(r"\S+", run.group(0))]
        tokens = [text[a:b] for a, b in spans]
        split = _split(tokens, not_names)
        if not split:
            continue
        role_at, role_end, name_at = split
        role = _ABBREVIATION.sub("", text[spans[role_at][0] : spans[role_end - 1][1]]).strip()
        name = text[spans[name_at][0] : spans[-1][1]]
        found.append(JobTitle(spans[role_at][0], spans[name_at][0], spans[-1][1], " ".join(role.split()), name))
    for said in _SAID_JOB.finditer(text):
        name = said.group("name")
        if name.split()[0] in not_names or any(_is_head(w) for w in name.split()):
            continue
        found.append(JobTitle(said.start("role"), said.start("name"), said.end("name"), said.group("role"), name))
    return sorted(found, key=lambda job: job.start)
