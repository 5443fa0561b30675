"""The role a relative clause after a name gives: "Jo Whitcombe, who chairs the Friends of Millbrook Park," is the
chair of that body; "who leads Marston Vale Police's fraud unit" works in that unit. Split from ``people.py``."""

from __future__ import annotations

import re

from .jobs import LOWER_HEAD_RE
from .roles import clean_role

# "who chairs the Friends of Millbrook Park": chairing or founding a body gives the role its agent noun ("who
# leads the Y team", "who coordinates …" still give none: the older fixtures' convention)
_AGENT_OF = {"chairs": "chair", "co-chairs": "co-chair", "founded": "founder", "co-founded": "co-founder"}
_AGENT_OF |= {"manages": "manager", "owns": "owner"}  # "who manages the Coppice Hill Service Station" (named)
_OF_A_NAMED_BODY = {"manages", "owns"}
_NAMED_OBJECT = re.compile(r"(?:(?:the|a|an)\s+)?[A-Z]")
_LEADS = re.compile(
    rf"^who\s+(?:also\s+)?(?P<verb>{'|'.join(_AGENT_OF)})\s+(?P<body>(?:the|a|an)\s+\S.*|[A-Z].*)$", re.IGNORECASE
)
# "who leads Marston Vale Police's fraud unit": a named organisation's unit is where the person works (a generic
# "the force's team" or "the investigation" gives nothing)
_LEADS_UNIT = re.compile(
    r"^who\s+(?:also\s+)?(?:leads|heads|runs|manages|led|headed|ran|managed)\s+(?:the\s+(?=[A-Z]))?(?P<unit>[A-Z][\w&-]*(?:\s+(?:[A-Z][\w&-]*|of|and|&))*"
    r"['’]s?\s+[^,]{2,80}"
    # "who leads the operation for Greater Ravensmoor Police": the named organisation the work is for
    r"|(?:the|an?|its)\s+(?P<what>[a-z][^,A-Z]{1,60}?)\s+(?P<prep>for|at)\s+(?P<body>[A-Z][\w&-]*(?:\s+(?:[A-Z][\w&-]*|of|and|&))*"
    # "who led the investigation for Kingsmere Police's vehicle crime unit": that body's unit
    r"(?:['’]s\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}?\s+(?:team|unit|squad|department|hub))?)"
    # "who leads the Carrow city centre neighbourhood team": a team named by its place
    r"|the\s+(?P<team>[A-Z][\w&'’-]*(?:\s+[\w&'’-]+){0,6}?\s+(?:team|unit|squad|department|hub)))$"
)
_UNIT_NOUN = re.compile(r"\b(?:team|unit|squad|department|hub|section|desk)$")


# "Heathland ranger Owen Pratt, who works for the Corse Heath Trust,": the named body the person works for
_WORKS_FOR = re.compile(
    r"^who\s+(?:works|worked|volunteers|volunteered)\s+(?:for|at|with)\s+(?:the\s+)?"
    r"(?P<body>[A-Z][\w&'’-]*(?:\s+(?:[A-Z][\w&'’-]*|of|and|&|for))*)\s*$"
)


# "Superintendent Claire Vosper, who is the force's hate crime lead,": the job the clause says the person holds
_NOT_JOBS = "passenger|driver|resident|neighbour|pupil|student|commuter|owner|victim|customer|patient|tenant|visitor"
_WHO_IS_JOB = re.compile(
    # ("who was a passenger", "who was a police officer for 30 years": a part in the story or a past job, no role)
    rf"^who\s+(?:is|has\s+been)\s+(?P<job>(?:the|an?)\s+(?!(?:first|second|third|last|only|next)\b)"
    rf"(?:[\w&'’-]+\s+){{0,5}}?(?!(?:{_NOT_JOBS})\b)(?:{LOWER_HEAD_RE})"
    # "who is the service's head of prevention": the job's own "of" (lower case)
    r"(?:\s+of\s+(?-i:[a-z])[\w'’-]*(?:\s+(?-i:[a-z])[\w'’-]*){0,2})?"
    # "who is the chief executive of Northvale Women's Aid": of a body the text names (up to "for"/"since")
    r"(?:\s+(?:of|for|at|with)\s+(?:the\s+)?(?-i:[A-Z])(?:(?!\s(?:for|since)\b)[^,]){1,60})?)"
    # "who has been a security officer at the hospital for nineteen years": where and how long say no more of the job
    r"(?:\s+(?:at|with|in)\s+(?:the|a|an)\s+(?-i:[a-z])[\w'’-]*(?:\s+(?-i:[a-z])[\w'’-]*){0,2})?"
    r"(?:\s+(?:for|since)\s+(?:the\s+(?:last|past)\s+)?(?:\w+\s+)?(?:years?|months?|decades?|\d{4}))?$",
    re.IGNORECASE,
)


def role_of_who_clause(clause: str) -> str | None:
    """The role a "who …" clause after a name gives ("who chairs the Friends of Millbrook Park" → "chair, Friends
    of Millbrook Park"; "who leads the neighbourhood team for Upton Fell Police" → "neighbourhood team for Upton
    Fell Police"), or None when it gives none."""
    job = _WHO_IS_JOB.match(clause.strip())
    if job:
        return clean_role(job.group("job"))
    leads = _LEADS.match(clause)
    generic = leads is not None and not _NAMED_OBJECT.match(leads.group("body"))
    if leads and generic and leads.group("verb").lower() in _OF_A_NAMED_BODY:
        leads = None  # "who manages the club": a generic body says nothing of the role
    if leads:
        chaired = re.sub(r"^(?:the|a|an)\s+", "", leads.group("body").strip(), flags=re.IGNORECASE)
        return f"{_AGENT_OF[leads.group('verb').lower()]}, {chaired}"
    works = _WORKS_FOR.match(clause)
    if works:
        return works.group("body")
    unit = _LEADS_UNIT.match(clause)
    if unit is None:
        return None
    found = unit.group("body") or unit.group("unit") or unit.group("team")
    # "who leads the neighbourhood team for Upton Fell Police": the team of the body, both named
    if unit.group("body") and _UNIT_NOUN.search(unit.group("what")):
        found = f"{unit.group('what')} {unit.group('prep')} {found}"
    return clean_role(found)
