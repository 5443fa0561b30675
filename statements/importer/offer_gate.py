"""The offer gate: a second, positive test for a contact the registry does not know, after ``offers.judge``.

``judge`` keeps an unknown contact unless some rule recognises business, a criminal or the media, and its
evidence of an offer includes weak words ("at", "on", "online", "help"). Each blind holdout brought business
nobody had named. The gate asks what the text does with the contact: it must offer it to the reader, for
reporting, information about harm, or help and support. It reads evidence, not a list of services:

- who is addressed: the reader ("Call …", "you can", "anyone who …", "residents should", "if you …") or a party
  the text describes ("a site calling itself …", "eggs offered for sale online through …");
- what the contact is for: its sentence, or for a list item or a "Label: value" line its label and its list's
  lead-in; business with the organisation (repairs, tours, fees, surveys, volunteering …) with no word of harm,
  danger, crime or concern beside it is not a reporting route, however it is phrased ("report repairs",
  "information about care home fees", "help with its surveys").

A contact that fails is left out and the import report says why (a false route is worse than a missed one).
"""

from __future__ import annotations

import re

from .answers import question_above

# The switch bench/offer_gate_eval.py flips to measure the importer with and without the gate.
ENABLED = True

# Harm, danger, crime or concern: what makes reporting, information or help a route
HARM = re.compile(
    r"(?i)\b(?:los(?:e|es|t|ing)\s+(?:my|your|their|his|her|a)\s+(?:child|children|son|daughter)|lost\s+child(?:ren)?|"
    r"crim\w*|abus\w*|harm\w*|safe\w*|unsafe|danger\w*|hazard\w*|concern\w*|worr\w*|suspicio\w*|"
    r"suspect\w*|scam\w*|fraud\w*|victims?|emergenc\w*|missing|neglect\w*|exploit\w*|violen\w*|anti-?social|"
    r"nuisance|theft|thefts|stolen|steal\w*|damag\w*|vandal\w*|incidents?|witness\w*|attack\w*|assault\w*|"
    r"threat\w*|risk\w*|cruel\w*|pollut\w*|fly-?tip\w*|illegal\w*|unlicensed|rogue|injur\w*|hurt|distress\w*|"
    r"crisis|mental\s+health|suicid\w*|domestic|bull(?:y|ied|ying)|harass\w*|stalk\w*|hate|drugs?|weapons?|"
    r"knife|knives|fires?|flood\w*|outbreaks?|disease\w*|poison\w*|leaks?|collaps\w*|defect\w*|damp|mould|"
    r"offen[cs]\w*|police|trading\s+standards|misconduct|complain\w*|grooming|trafficking|slavery|"
    # ("… can be seen on the rehoming pages at": a page to view, no sighting)
    r"sightings?|(?<!\bbe\s)seen|saw|footage|dash-?cam\w*|information\s+(?:about|on|regarding)\s+(?:the|this|a|an|any)\s+"
    r"(?:[\w'’-]+\s+){0,2}?(?:incident|collision|crash|death|attack|disappearance|offence|case)|"
    r"help\s+(?:the\s+)?(?:police|officers|investigat\w*|enquir\w*)|struggl\w*|lonel\w*|bereave\w*|"
    r"debt|homeless\w*|rough\s+sleep\w*|welfare|wellbeing|safeguard\w*|vulnerable|at\s+risk|"
    # "If you are unsure whether a message about your council tax is genuine, call …": checking a contact
    # (not "give clothes to genuine charities": good causes to give to, nothing to check)
    r"genuine(?!\s+(?:[\w-]+\s+)?(?:charit(?:y|ies)|causes?|appeals?|collections?|food\s+banks?|textile\s+banks?)\b)"
    # "view their genuine council tax account at …": an account, not a contact to check
    r"(?!\s+(?:[\w-]+\s+){0,2}?accounts?\b)|"
    r"unsure\s+whether|(?:check|checking)\s+(?:whether|if|that)|"
    # "Students can report anything that happened at this or any other club event …": what happened is the harm
    r"(?:anything|something|everything|what)\s+(?:that\s+)?(?:has\s+)?happened)\b"
)
# Business with the organisation: what a contact is offered for when it is not a reporting route
_BUSINESS = re.compile(
    # ("… to talk by text with a trained volunteer from Shout": a volunteer who gives the service)
    r"(?i)\b(?P<what>repairs?|maintenance|tours?|fees|charges|surveys?|(?<!trained\s)volunteer\w*|bookings?|tickets?|"
    r"membership|donat\w*|fundrais\w*|sponsor\w*|opening\s+(?:hours|times)|parking\s+permits?|"
    r"council\s+tax|rent|planning\s+applications?|careers?|vacanc(?:y|ies)|courses?|classes|"
    r"newsletters?|refunds?|timetables?|appointments?|payments?|billing|invoices?|"
    # ("Report shoplifting after the event at …": after the fact, no event of the organisation's)
    # ("a helpline open day and night": opening hours, no open day)
    r"open\s+days?(?!\s+(?:and|or)\s+night)|(?<!\bafter\sthe\s)events?|inspection\s+reports?|ratings?|term\s+dates|"
    # "The council needs more foster carers …; call the fostering team on …": carers recruited
    r"foster\s+carers?|fostering|"
    # "The inspection reports can be searched at …": a look-up
    r"(?:searched|browsed|looked\s+up))\b"
)
# The reader addressed: an imperative, "you", "anyone who", a party asked to act, a condition on the reader
_READER = re.compile(
    r"(?i)\b(?:you|your|anyone|anybody|please|if|those\s+who|people\s+who)\b|"
    r"\b(?:should|can|could|may|must|are\s+(?:urged|asked|encouraged|invited|advised|being\s+asked)\s+to)\s+"
    r"(?:also\s+|still\s+|now\s+)?(?:call|ring|phone|text|contact|e-?mail|visit|report|speak|talk|get|go|"
    r"message|write|use|find|reach|seek|dial)\b|"
    r"(?:^|[.;:!?\n]\s*|\bor\s+|\band\s+)(?:call|ring|phone|text|contact|e-?mail|visit|report|speak|talk|go\s+to|"
    r"message|write\s+to|dial|see)\b"
)
# A party the text describes with the contact: "a site calling itself …", "offered for sale online through …"
_DESCRIBED = re.compile(
    r"(?i)\b(?:call(?:s|ed|ing)|nam(?:es|ed|ing)|styl(?:es|ed|ing)|brand(?:s|ed|ing))\s+(?:itself|themselves|"
    r"himself|herself)\b|\boffered\s+for\s+sale\b|\badvertis\w+\b|\btrading\s+as\b|\bunder\s+investigation\b|"
    r"\b(?:sold|selling|bought|buying|ordered|listed|posted)\s+(?:[\w'’-]+\s+){0,3}?(?:through|on|via|from)\s+"
    r"(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,2}?(?:site|website|page|account|shop|platform|app|marketplace)\b|"
    # "a phone number, 07700 …, was being passed around the estate as the line for buying drugs": a number that
    # circulates, or one for buying or selling drugs, belongs to the people the text describes
    r"\b(?:passed\s+(?:a)?round|handed\s+out|circulat(?:ed|ing)|doing\s+the\s+rounds)\b|"
    r"\b(?:for|to)\s+(?:buy(?:ing)?|sell(?:ing)?|order(?:ing)?|suppl(?:y|ying))\s+(?:[\w-]+\s+)?(?:drugs|cocaine|"
    r"heroin|crack|cannabis|ketamine|weapons|guns)\b"
)
# "Port tours for schools: …", "- Repairs: …": the label of a "Label: value" line or a list item
_LABEL = re.compile(r"(?:^|\n)[^\S\n]*(?:[-*•][^\S\n]+|\d{1,2}[.)][^\S\n]*)?(?P<label>[^\n:]{2,80}):[^\n]*$")
_LEAD_IN_LINES = 8
# "Advice on keeping keyless cars secure, including …, is on the force's website at …": an advice page read
# over the whole sentence (business.py reads only the contact's own clause, which an aside cuts short)
_ADVICE_PAGE = re.compile(
    r"(?i)\b(?:advice|tips|guidance)\s+(?:on|about|for)\s+[^.;]{0,120}?\s(?:is|are)\s+(?:available\s+)?(?:on|at)\s"
    r"+(?:the\s+)?(?:[\w'’-]+\s+)?(?:website|site|web\s+pages?)\b"
)
# "## How do I report it?" just above the contact's paragraph: a heading about reporting points back to the
# matter the text described before it
_REPORT_HEADING = re.compile(
    r"(?im)^[^\S\n]*[#*_]*[^\S\n]*[^\n.!]{0,40}\breport\w*\b[^\n.!]{0,40}[*_:?]*[^\S\n]*\n\s*\Z"
)


def _lead_in(text_before: str) -> str:
    """The lead-in or heading over a block of lines (the nearest line ending in a colon, or a heading line)."""
    lines = text_before.split("\n")
    if lines and not lines[-1].strip():
        lines.pop()
    for line in reversed(lines[-_LEAD_IN_LINES:]):
        line = line.strip(" \t*_#")
        if not line:
            return ""
        if line.endswith(":") or (not line.endswith((".", "!", "?")) and not _LABEL.search(line)):
            return line
    return ""


# "…; this team does not handle safeguarding concerns": what a contact is not for is no evidence of what it is for
NOT_HANDLED = re.compile(
    r"(?i)\b(?:(?:does|do|will|can|is|are)\s+not|cannot|can['’]t|doesn['’]t|don['’]t|won['’]t|isn['’]t)\s+"
    r"(?:handle|deal\s+with|take|accept|investigate|respond\s+to|cover|for)\b[^.;]*"
)


# "Damaged signs can be reported to the estate office on …": the organisation's own things to mend, no harm (not
# "Faults such as damaged fences, gates left open at level crossings or anything that doesn't look right …")
_FAULT = re.compile(
    r"(?i)\b(?:damaged|broken|faulty|fallen|missing)\s+(?:(?:road|warning|tide|information)\s+)?(?:signs?|signposts?|"
    r"benches|bins|fences?|gates?|street\s*lights?|lamp\s*posts?|railings|bollards|stiles?|footbridges?)\b"
)


def _business_without_harm(text: str) -> str | None:
    """The business a text names when it names no harm, danger, crime or concern."""
    if HARM.search(text):
        return None
    business = _BUSINESS.search(text)
    return business.group("what").lower() if business else None


def check(sentence_left: str, sentence_right: str, text_before: str = "", *, web: bool = False) -> str | None:
    """None when an unknown contact is offered to the reader for reporting, information about harm, or help;
    otherwise a short reason for the import report. ``sentence_left`` is its sentence up to it,
    ``sentence_right`` the rest of its sentence, ``text_before`` the text before its sentence (a list's lead-in),
    ``web`` whether it is a web address."""
    if not ENABLED:
        return None
    line = sentence_left.rsplit("\n", 1)[-1]
    label = _LABEL.search(line)
    if label is not None:
        what = _business_without_harm(label.group("label"))
        if what is None and not HARM.search(label.group("label")):
            what = _business_without_harm(_lead_in(text_before))
        if what:
            return f"labelled for {what}, not offered to the reader for reporting or help"
        return None
    if _DESCRIBED.search(sentence_left + sentence_right) and not _READER.search(sentence_left):
        return "described in a narrative, not offered to the reader for reporting or help"
    what = _business_without_harm(sentence_left + NOT_HANDLED.sub(" ", sentence_right))
    fault = _FAULT.match(sentence_left.lstrip(" \t\n*_-•"))  # the fault is what the sentence is about
    if not what and fault and not HARM.search(_FAULT.sub(" ", sentence_left + sentence_right)):
        what = "repairs"
    if not what and web and not HARM.search(sentence_left + sentence_right) and _ADVICE_PAGE.search(sentence_left):
        what = "an advice page"
    if what and _REPORT_HEADING.search(text_before) and HARM.search(text_before):
        what = None
    question = question_above(text_before, sentence_left) if what else None
    if question and HARM.search(question):  # "**What should I do if I lose my child at the fair?**" over it
        what = None
    if what:
        return f"offered for {what}, not to the reader for reporting or help"
    return None
