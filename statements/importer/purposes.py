"""What a contact is offered for: reporting or help, or other business.

A press text prints contacts for many things. Only some are reporting routes: a contact offered for
reporting, giving information, or getting help, advice or support about the matter ("Anyone who saw the
crash should call …", "If you are worried, speak to …"). Others are offered for other business with the
organisation: donating, adopting or rehoming, joining or membership, licensing and renewals, buying, booking
or pitches, applications, grants and bids, research and surveys, timetables and customer
service, technical support, or where something will be published. A contact the sentence offers for such
business, with no word of reporting or help in the same sentence, is left out and named in the import report:
a false route is worse than a missed one.

Since the fifth December 2026 holdout the default is flipped (``offered_for_help``): a contact the registry does
not know needs positive evidence that it is offered for reporting, information or help (in its sentence, its
list's lead-in, the heading above it, or the sentence it goes on from); the other-business list only names what
a contact left out was for.

Since the seventh (``holdout_2026_12g``) the evidence is tied to the contact's own offer: topical words (police,
safety, crime, fraud, missing, victims) are no longer evidence, the reader harmed or who saw something being
invited to use it and a force's or crime unit's own contact are, and business named in the contact's own clause
(volunteering, a talk for groups, a newsletter, a reward, a public register, an advice page:
``offered_for_business``) beats any word of help beside it.
"""

from __future__ import annotations

import re

from statements.importer.answers import asks_whom_to_turn_to, question_above
from statements.importer.business import BUSINESS_OFFER, BUSINESS_OFFERED, NOT_A_FORECAST
from statements.importer.harmed import harmed_invited, victims_invited
from statements.importer.offer_gate import NOT_HANDLED
from statements.importer.offer_objects import purpose_clause

from .text import BULLET

# Other business, by what the import report calls it
_OTHER_BUSINESS: tuple[tuple[str, str], ...] = (
    (
        "donations",
        r"donat\w*|support\s+(?:its|our|their|the)\s+(?:work|charity|cause)|contribut\w*|sponsor\w*|fundrais\w*|"
        r"gifts?\s+(?:to|of\s+money)|gift\s+aid|legac(?:y|ies)",
    ),
    ("adoption or rehoming", r"adopt\w*|rehom\w*|register\s+(?:your\s+)?interest"),
    ("membership", r"members?hip|(?:to|can|may|would\s+like\s+to|wish\s+to|wanting\s+to)\s+join|joining\s+(?:the|our)"),
    ("licensing", r"licensing|renewals?|(?:certificate|licen[cs]e)\s+holders?"),
    ("buying or booking", r"pitch(?:es)?\b(?!\s+(?:invasion|side))|stallholders?|exhibitors?|tickets?|purchas\w*"),
    (
        "applications or bids",
        r"application\s+(?:packs?|forms?)|applications?\s+for|grants?|funding|tenders?|(?-i:bids?)",
    ),
    # "To find out about fostering, visit …": recruiting foster carers is recruitment
    (
        "recruitment",
        r"vacanc(?:y|ies)|recruitment(?!\s+(?:fraud|scams?)\b)|job\s+applicants?|volunteer\w*|fostering|foster\s+carers?",
    ),
    ("admissions or bookings", r"admissions?|applicants?|bookings?|posters?"),
    ("suppliers", r"suppliers?|invoices?"),
    ("research", r"surveys?|questionnaires?|research\w*|(?:the|this|our)\s+study|take\s+part|participa\w*"),
    (
        "customer service",
        r"customer\s+(?:services?|care|enquiries|support)|customers\s+with|timetables?|fares?|"
        r"technical\s+(?:team|support|help)|faults?|repairs?|workshop|comment\s+on|feedback",
    ),
    # "may submit written representations about the review by e-mailing …": a say in a hearing, not a report
    ("representations", r"representations"),
    # "Photos of the recovered bikes are on the force's lost and found page at …": a look-up to reclaim property
    ("lost property", r"lost\s+(?:and|&)\s+found|recovered\s+(?:bikes?|bicycles?|property|items)"),
    ("publication", r"(?:be|been|is|are|was|were)\s+published|publish(?:es|ing)?\s+(?:its|the|their)"),
)
# (a whole word: "a faulty appliance" names no fault to report to customer service)
_BUSINESS = re.compile(
    "(?i)\\b(?:" + "|".join(f"(?P<b{i}>{cue})" for i, (_, cue) in enumerate(_OTHER_BUSINESS)) + ")\\b"
)
# Reporting, giving information, or getting help about the matter
# "Information evenings are held every month: call …": an event to go to, or a pack to read, not information given
_INFORMATION_EVENT = r"(?:evenings?|events?|sessions?|days?|nights?|meetings?|packs?|stands?|stalls?)\b"
# ("Travel information: 0151 …": a service's information for visitors, not information given to it)
_INFORMATION_GIVEN = (
    r"(?<!travel\s)(?<!visitor\s)(?<!parking\s)(?<!ticket\s)(?<!tickets\s)(?<!ticketing\s)(?<!timetable\s)"
    rf"information(?!\s+{_INFORMATION_EVENT})"
)
_PURPOSE = re.compile(
    # ("Bruno can be seen on the rehoming pages at …": a page to view, not a witness's sighting)
    rf"(?i)\b(?:report(?:s|ed|ing)?|{_INFORMATION_GIVEN}|witness\w*|saw|(?<!\bbe\s)seen|concern\w*|"
    r"worried|worries|help|support|"
    r"advice|advise|emergency|danger\w*|speak\s+to|talk\s+to|dashcam|footage|suspicious|suspected|safeguarding|"
    r"tip-?offs?|anonymously|"
    # "Garages asked to repair a damaged hatchback are asked to call the investigation team on …": whoever takes
    # information for an investigation is offered for it, whatever the sentence tells of
    r"investigation\s+team|investigating\s+officers?|incident\s+room)\b"
)
_ABOUT_BUSINESS = re.compile(
    r"(?i)\b(?:advice|help|information|questions?|enquiries|find\s+out)\s+(?:about|on|with|regarding|for)\s+(?:[\w'’-]+\s+){0,3}$"
)
# "the Prevention of Future Deaths report": a title, not an act (a heading in capitals is not: "HOW TO REPORT")
_TITLE_BEFORE = re.compile(r"[A-Z][a-z'’-][\w'’-]*\s+$")
# "Please do not call 07700 …": the text warns the reader off a contact
_WARNED_OFF = re.compile(
    r"(?i)\b(?:do\s+not|don['’]t|never|should\s+not|shouldn['’]t)\s+(?:call|ring|phone|text|contact|e-?mail|"
    r"visit|reply\s+to|respond\s+to|click\s+on)\s+(?:(?:the|this|that|any)\s+)?"
    # ("do not respond to the caller and ring 159": the warning ends where the instruction after it begins)
    r"(?:(?!(?:and|but|then|instead|rather)\b)[\w'’-]+[^\S\n]+){0,3}?(?:(?:on|at)[^\S\n]+)?[\s(\"“'‘*]*$"
)
# "Do not call 999 (or 101) unless someone is in danger": the warning keeps the number for what follows "unless"
_UNLESS = re.compile(
    r"(?i)[\s*_]*(?:or\s+[\w ]{1,20}?\s+)?(?:unless|except|other\s+than|apart\s+from|"
    r"if\s+(?:it\s+is|it['’]s|it\s+isn['’]t|this\s+is)\s+not\b|if\s+it\s+isn['’]t)\b"
)


# Positive evidence that a contact the registry does not know is offered for reporting, information or help:
# words of reporting, of help and support, of checking whether something is genuine, and service nouns (a
# helpline, a victim service, a safety visit). Topical words (police, safety, crime, theft, fraud, missing,
# victims, abuse) are not evidence on their own: they sit as readily beside a contact given for a talk, a
# booking or an advice page as beside one given for reports (the 12g holdout's false routes).
_EVIDENCE = re.compile(
    # ("… can be seen on the rehoming pages at": a page to view; a witness has seen, or was seen, not "be seen")
    rf"(?i)\b(?:report(?:s|ed|ing)?|{_INFORMATION_GIVEN}|witness\w*|saw|(?<!\bbe\s)seen|concern\w*|"
    r"worried|worries|worry|help\w*|"
    r"support\w*(?!\s+(?:its|our|their|the)\s+(?:work|charity|cause|campaign|appeal|petition))|advice|advise|emergency|danger\w*|"
    r"(?:speak|talk)\s+(?:in\s+confidence\s+)?to|speak\s+up|dash-?cam\w*|footage|photos?|photographs?|videos?|"
    r"suspicious|safeguarding|tip-?offs?|anonymously|in\s+confidence|confidential\w*|struggling|"
    r"(?:anyone|those|people|families|everyone)\s+(?:\w+\s+)?(?:affected|bereaved|targeted|at\s+risk\s+of)|"
    # "Forced Marriage Unit (for UK nationals at risk in the UK or abroad): 020 …": people at risk of harm
    r"(?:nationals|children|young\s+people|women|girls|men|boys|adults|people|anyone|someone|those|you)\s+"
    r"(?:who\s+(?:are|is|may\s+be|might\s+be|feel)\s+)?at\s+risk\b(?!\s+of\s+(?:flooding|closure|losing\s+out))|"
    r"contacted\s+by|"
    # "Send an alert: streetlink.org.uk" (telling outreach workers of someone sleeping rough), "For noise happening
    # now …, the out-of-hours patrol can be reached on …" (a nuisance reported as it happens)
    r"send\s+(?:an?\s+)?alerts?|happening\s+(?:right\s+)?now|(?:can|should)\s+be\s+(?:sent|forwarded)\s+(?:free\s+)?to|"
    r"happened\s+to|crisis|(?:check|checking)\s+(?:whether|if|that|your|a|an|firms?)|"
    # "genuine" for checking a caller or contact is genuine; "The only genuine trials are those listed at" is a list
    r"(?<!only\s)genuine(?!\s+(?:[\w-]+\s+)?(?:trials?|events?|offers?|vouchers?|competitions?|giveaways?|sales?|"
    r"tickets?|products?|jobs?|vacancies|opportunities|listings?|deals?|promotions?|discounts?|charit(?:y|ies)|causes?|"
    r"appeals?|collections?|food\s+banks?|textile\s+banks?)\b)"
    # "view their genuine council tax account at …": an account, not a contact to check
    r"(?!\s+(?:[\w-]+\s+){0,2}?accounts?\b)|"
    r"forward\w*|upload\w*|submit\w*|deaf|hard\s+of\s+hearing|hearing\s+loss|speech[- ]impaired|text\s+relay|"
    r"video\s+relay|sign\s+language|"
    r"helplines?|hotlines?|phonelines?|(?:advice|crisis|reporting|crime|appeal|support|checking|check|fraud|scams?|"
    r"incident|cruelty)\s+line|incident\s+room|investigation\s+team|investigating\s+officers?|welfare|wellbeing|"
    r"victims?\s+(?:liaison\s+)?(?:service|support|care|hub|team|unit|advocates?|officers?|contact\s+scheme)\b|"
    # "Think someone is misusing a Blue Badge? Tell the council's Blue Badge fraud team on …"
    r"\b(?:tell|inform|alert)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,5}?(?:fraud|scams?|safeguarding|hate\s+crime|"
    r"modern\s+slavery)\s+(?:team|unit|hub|desk)\b|(?:safety|safe\s+and\s+well|welfare)\s+"
    r"(?:visits?|checks?)|"
    r"(?:approached|targeted|affected|bereaved|contacted|scammed|defrauded)\s+by|hear\s+from|"
    r"appeal(?:s|ing)?\s+for|(?:-|\s)staffed|"
    # "For river flood warnings, call Floodline on …": warnings of a hazard to the reader are help about danger
    r"(?:flood\w*|weather|storm|wildfire|heat(?:wave|-health)?|pollution|air\s+quality)\s+(?:warnings?|alerts?)|"
    r"(?:line|service)\s+(?:for|is\s+open)|anti-[\w-]+|with\s+(?:the\s+)?details|(?-i:text\s+[A-Z]{3,}\s+to)|"
    r"for\s+(?:[\w+-]+\s+){0,4}(?:abuse|violence|marriage|stalking|exploitation|harassment|assault|crimes?|fraud|"
    r"scams?)|(?-i:[A-Z][\w'’-]+(?:\s+(?:at|and|of|for|[A-Z][\w'’-]+))*\s+line)|anyone\s+(?:who|with)|unhappy|"
    r"complain\w*|distress|24\s+hours\s+a\s+day|24/7|day\s+or\s+night|999,?\s+or|"
    # "the university's 24-hour Campus Safety team": a team on call round the clock
    r"24-hour\s+(?:[\w'’-]+\s+){0,3}?(?:team|line|service|desk)|"
    # "the Project Turnaround referral line": where worried parents and professionals refer a child for help
    r"referrals?\s+(?:line|team|hub|service|form)|make\s+a\s+referral|refer\s+(?:a|an|your|their)\s+"
    r"(?:child|young\s+person|son|daughter|pupil|student|teenager|family))\b"
)
# The contact is a police force's or a crime unit's own: "contact Northline Rail Police by texting …", "The
# wildlife crime team can be e-mailed at …" (a force's word elsewhere in the sentence is not enough)
_POLICE_CONTACT = re.compile(
    r"(?i)\b(?:police|constabulary|crime\s+(?:team|unit|desk|squad|line)|trading\s+standards)\b[^.;:,()]{0,40}$"
)
# "help the Friends of Millbrook Park", "help us run the café": helping the organisation is volunteering, not
# help for the reader; helping the police or an investigation is giving information
_HELPING_THEM = re.compile(
    r"(?i)\bhelp(?:ing)?\s+(?!(?:the\s+)?(?:police|officers?|investigat\w*|enquir\w*|detectives?)\b|"
    r"us\s+(?:to\s+)?(?:find|trace|identify|locate|understand|establish|piece|build|catch|stop)\b)"
    r"(?:the\s+[A-Z]|our\b|us\b|out\b|run\b|with\s+(?:the\s+)?running)"
)
# "Can my business help?", "How can I help pay for CCTV?": the asker offers help, not asks for it (helping the police
# or an investigation is giving information)
_ASKER_HELPS = re.compile(
    r"(?i)\b(?:can|could|may|shall|might|do|would)\s+(?:I|we|my\s+[\w-]+|our\s+[\w-]+)\s+(?P<help>help)\b"
    r"(?!\s+(?:the\s+)?(?:police|officers?|investigat\w*|enquir\w*|detectives?)\b)"
)
_REPORTING = re.compile(rf"(?i){NOT_A_FORECAST}\breport")
_REPORT_IT = re.compile(r"(?i)\breport\s+(?:it|this|that|them|the\s+(?:call|caller|text|message|demand))\b")
# Where a sentence's clauses divide: "…, and a £1,000 reward has been offered via …"
_NEXT_LABEL_LINE = re.compile(r"\n(?=[^\S\n]*(?:[-*•][^\S\n]|\d{1,2}[.)]|[^\n:.]{2,60}:[^\S\n]))")
_CLAUSE_BREAK = re.compile(r"(?i),\s+(?:and|but|while|whereas|so)\s+|;\s+")
# "Call them on …", "You can also e-mail …", "To book one, call …": the sentence goes on from the one before
_GOES_ON = re.compile(
    r"(?i)\b(?:one|them|it|also|alternatively|this|these|you\s+can|line)\b"
    # "… can get help from the X Scheme. Call 0161 … or e-mail …": a bare imperative goes on from the service named
    # "To request a visit, call …": a visit or check asked for goes on from the one the sentence before offers
    r"|\bto\s+(?:request|book|arrange|ask\s+for)\s+(?:a|an|your)\s+(?:[\w-]+\s+){0,3}?(?:visits?|checks?)\b"
    r"|^\s*(?:call|ring|phone|text|e-?mail|contact)\s+(?:(?:on|at)\s+)?(?:[^.;:\n]{1,40}?\s+or\s+(?:call|ring|"
    r"phone|text|e-?mail)\s+(?:(?:on|at)\s+)?)?$"
    # "Investigators would like to hear from anyone who … Please call the IOPC investigation team on …": a request
    # to call someone named, going on from the appeal before it; "… can help you report. Find your nearest at …"
    r"|^\s*please\s+(?:call|ring|phone|contact|e-?mail)\s+(?:the\s+)?(?:[\w'’&-]+\s+){0,6}?(?:on|at)\s*$"
    r"|^\s*find\s+(?:your|the)\s+nearest\b"
    # "… offers free Safe and Well visits: … Ask for a visit on …": the visit the sentence before offers
    r"|^\s*(?:ask\s+for|request|book|arrange)\s+(?:a|an|your|one)\s+(?:[\w-]+\s+){0,2}?(?:visits?|checks?)\b"
)
# A heading or label on the line before: "How to report", "Where to get help:"
# (a list item or a "Label: value" line above is not a heading)
_HEADING = re.compile(
    r"(?:^|\n)[^\S\n]*(?![-*•][^\S\n]|\d{1,2}[.)][^\S\n])(?P<heading>(?![^\n]*:[^\S\n]*\S)[^\n]{1,80}?)[^\S\n]*\n"
    r"[^\S\n]*$"
)
LIST_ITEM = re.compile(r"(?:^|\n)[^\S\n]*" + BULLET + r"[^\n]*$")
_LIST_MARK = re.compile(r"(?:^|\n)[^\S\n]*" + BULLET + r"[^\S\n]*$")
_INFORMATION = re.compile(r"(?i)\binformation\b")
# "Shout: text SHOUT to …" (not a sentence with a colon: "Information evenings are held every month: call")
LABEL_LINE = re.compile(
    r"(?:^|\n)[^\S\n]*(?![A-Z][\w'’-]*(?:[^\S\n]+[\w'’-]+){0,2}[^\S\n]+(?:is|are|was|were|has|have|had|will|can)\b)"
    r"[A-Z][^\n:]{0,60}:[^\n]*$"
)
# "Marston Fells Council children's services (24 hours) - 01632 …": a line labelled by its service and a spaced dash
_DASH_ITEM = re.compile(
    r"(?:^|\n)[^\S\n]*(?:[-*•][^\S\n]+|\d{1,2}[.)][^\S\n]*)?[*_]*[A-Z][^\n:!?]{1,100}?[*_]*[^\S\n]+[-–—][^\S\n]*"
    r"(?:[^\n:]{1,40}?[^\S\n]+or[^\S\n]+)?$"  # "… - 01632 960418 or childrensreferrals@…": its second contact
)


def evidence(text: str) -> bool:
    """A word of evidence; "report" after a capitalised word inside a sentence is a document's title ("the
    Casey Report"), not after the sentence's first word ("To report a fake website, …"); "help the Friends of
    X" is helping the organisation."""
    helping = [m.start() for m in _HELPING_THEM.finditer(text)] + [m.start("help") for m in _ASKER_HELPS.finditer(text)]
    return bool(harmed_invited(text) or _POLICE_CONTACT.search(text) or victims_invited(text)) or any(
        not (m.group(0).lower().startswith("report") and _in_title(text, m.start())) and m.start() not in helping
        for m in _EVIDENCE.finditer(text)
    )


def clause(sentence_left: str, sentence_right: str) -> tuple[str, str]:
    """The contact's own clause of its sentence: "…, and a £1,000 reward has been offered via X" is a clause of
    its own, whatever the clause before it asked of the reader."""
    breaks = list(_CLAUSE_BREAK.finditer(sentence_left))
    left = sentence_left[breaks[-1].end() :] if breaks else sentence_left
    after = _CLAUSE_BREAK.search(sentence_right)
    right = sentence_right[: after.start()] if after else sentence_right
    next_label = _NEXT_LABEL_LINE.search(right)  # "Visits: 0191 …\nProduct recalls: check …": the next line's own
    return left, right[: next_label.start()] if next_label else right


# "…give free fraud awareness talks to community groups; request one through …": a talk asked for by "one"
_ASK_FOR_ONE = re.compile(r"(?i)\b(?:book|request|arrange|ask\s+for)\s+(?:one|them)\b")
# A home fire safety or Safe and Well visit or check: a route by the brief's settled convention, however booked
SAFETY_VISIT = re.compile(
    r"(?i)\b(?:home\s+fire\s+safety|fire\s+safety|home\s+safety|safe\s+and\s+well)\s+(?:visits?|checks?)\b"
)
_TALKS = re.compile(r"(?i)\b(?:talks?|sessions?|presentations?|workshops?|courses?|assembl(?:y|ies)|visits)\b")


def offered_for_business(sentence_left: str, sentence_right: str, *, web: bool) -> str | None:
    """What business a contact's own clause gives it for, whatever words of help stand beside it: volunteering,
    a talk or session for schools or groups, a newsletter, finding out more, a look-up register, a reward, and
    (for a web address) an advice page ("More water safety advice is on the service website"); None when it
    names none."""
    left, right = clause(sentence_left, sentence_right)
    left = purpose_clause(left, sentence_left)
    # a home fire safety visit is a route however it is booked or whatever advice it includes (the brief)
    visit = SAFETY_VISIT.search(sentence_left + sentence_right) is not None
    for text in (left, right):
        for m in BUSINESS_OFFERED.finditer(text):
            index = next(int(name[1:]) for name, value in m.groupdict().items() if value is not None)
            what = BUSINESS_OFFER[index][0]
            if what == "an advice page" and (not web or visit or _REPORTING.search(left + right)):
                continue
            if (what == "a public register" and text is right) or (what == "bookings" and visit):
                continue
            # "If a caller demands that you pay a council tax bill, report it to …": the demand is what is reported
            if what == "paying a fine or bill" and text is left and _REPORT_IT.search(text, m.end()):
                continue
            return what
    if _ASK_FOR_ONE.search(left) and _TALKS.search(sentence_left[: len(sentence_left) - len(left)]) and not visit:
        return "talks and visits for groups"
    return None


def _in_title(text: str, start: int) -> bool:
    before = text[max(0, start - 40) : start]
    title = _TITLE_BEFORE.search(before)
    if title is None:
        return False
    head = text[: max(0, start - 40) + title.start()].rstrip(" *_\"“'‘")
    return bool(head) and not head.endswith((".", "!", "?", ":", "\n", "-", "•"))


def dash_item(sentence_left: str) -> bool:
    """Whether a contact stands on a line labelled by its service and a spaced dash ("- **X Council adult
    safeguarding** — 0117 …"); what it is for must still be shown (``offered_for_help``)."""
    return bool(_DASH_ITEM.search(sentence_left))


def label_above(sentence_left: str, text_before: str) -> str | None:
    """The label line right above a contact that begins its own line ("Free Safe and Well visit, for yourself, a
    relative or a neighbour:" over "0191 498 0526 or www.…"), else None."""
    if sentence_left.strip(" \t*_"):
        return None
    lines = (text_before + sentence_left).rstrip(" \t").split("\n")
    if len(lines) < 2 or lines[-1].strip(" \t*_"):
        return None  # the contact must begin its line, under the label's
    label = lines[-2].strip(" \t*_#")
    return label if label.endswith(":") and 3 < len(label) <= 120 else None


def listed_under_lead_in(sentence_left: str, text_before: str) -> bool:
    """Whether a contact stands on a line labelled by its service and a dash ("Emergency - 999") in a block of
    such lines under a lead-in ending with a colon that gives evidence ("If you are worried about a child:")."""
    if not _DASH_ITEM.search(sentence_left):
        return False
    lines = text_before.split("\n")
    if lines and not lines[-1].strip():
        lines.pop()  # the newline that ends the line above the contact's
    for line in reversed(lines[-8:]):
        line = line.strip(" \t*_#")
        if not line:
            return False  # the block ends at a blank line
        if line.endswith(":"):
            return evidence(line)
    return False


def offered_for_help(sentence_left: str, sentence_right: str, paragraph_before: str, text_before: str) -> bool:
    """Whether the text gives positive evidence that a contact is offered for reporting, information or help:
    a word of it in the contact's sentence; or, for an item of a list, in the list's lead-in (``text_before``, the
    text before the sentence across paragraphs); or, for a sentence that goes on from the one before ("Call them
    on …", "To book one, call …"), in that sentence of its paragraph (``paragraph_before``)."""
    if evidence(sentence_left) or evidence(sentence_right) or listed_under_lead_in(sentence_left, text_before):
        return True
    label = label_above(sentence_left, text_before)
    if label is not None:
        return evidence(label)
    # "1. Online to HMRC at …": the sentence splitter may leave an item's number in the text before
    # (or a later sentence of a list item: "- **Safe Haven** – Fridays, 9pm to 4am. Staff can be reached on …")
    line = (text_before[-400:] + sentence_left).rsplit("\n", 1)[-1]
    if (
        any(map(LIST_ITEM.search, (sentence_left, line)))
        or LABEL_LINE.search(sentence_left)
        or _LIST_MARK.search(text_before)
    ):
        return evidence(text_before[-600:])
    question = question_above(paragraph_before, sentence_left)  # "**I'm worried about a teacher.**" over the answer
    if question and (evidence(question) or asks_whom_to_turn_to(question)):
        return True
    heading = _HEADING.search(text_before)
    # "Other information", "Further information": a heading's bare "information" is a section name, not evidence
    if (
        heading
        and not heading.group("heading").rstrip(" *_").endswith((".", "!"))
        and evidence(_INFORMATION.sub("", heading.group(0)))
    ):
        return True
    if evidence(_block_heading(text_before)):
        return True
    previous = re.split(r"(?<=[.!?])\s+", paragraph_before.strip())[-1] if paragraph_before.strip() else ""
    # "Q. How can I report a problem? A. Contact …": the answer to a question about reporting or help
    if _GOES_ON.search(sentence_left) or previous.endswith("?"):
        return evidence(previous)
    return False


def _block_heading(text_before: str) -> str:
    """The heading that opens the block of lines a contact's sentence stands in ("WHERE TO REPORT AND GET
    SUPPORT" over "Police: call 101. Operation X officers can be contacted on …"), when the block is short, has
    no blank line and the heading is one by its form (capitals or a Markdown heading: a hard-wrapped paragraph's
    first line is none); else ""."""
    block = re.split(r"\n[^\S\n]*\n", text_before.rstrip(" \t"))[-1].strip("\n")  # a blank line ends a block
    lines = block.split("\n") if block.strip() else []
    if not 1 < len(lines) <= _LEAD_IN_BLOCK:
        return ""
    return _INFORMATION.sub("", lines[0]) if _FORMAL_HEADING.fullmatch(lines[0].strip()) else ""


_LEAD_IN_BLOCK = 6
_FORMAL_HEADING = re.compile(r"#{1,6}[^\S\n]+[^\n]{2,80}|(?=[^a-z\n]*[A-Z]{2}[^a-z\n]*$)[A-Z][^a-z.!?\n]{3,79}")


def names_purpose(text: str) -> bool:
    """A word of purpose that is not a document's title ("the Casey Report"; "To report a fault" is not one)."""
    return any(not _in_title(text, m.start()) for m in _PURPOSE.finditer(text))


def other_business(sentence_left: str, sentence_right: str) -> str | None:
    """What other business than reporting or help a contact's sentence offers it for ("donations", "licensing",
    "research", …), or None: the business must be named before the contact in its sentence, and no word of
    reporting or help may stand anywhere in it."""
    cue = _BUSINESS.search(sentence_left)
    if cue is None:
        return None
    # "advice about short-term let licensing", "questions about admissions": help with the business is business
    about = _ABOUT_BUSINESS.search(sentence_left[: cue.start()])
    right = NOT_HANDLED.sub(" ", sentence_right)  # "…; this team does not handle safeguarding concerns"
    if about is None and (names_purpose(sentence_left) or names_purpose(right)):
        return None
    index = next(int(name[1:]) for name, value in cue.groupdict().items() if value is not None)
    return _OTHER_BUSINESS[index][0]


def warned_off(sentence_left: str, sentence_right: str = "") -> bool:
    """Whether the text tells the reader not to use the contact ("Please do not call 07700 …"; not "Do not call 999
    unless someone is in danger")."""
    return bool(_WARNED_OFF.search(sentence_left[-80:])) and not _UNLESS.match(sentence_right)
