"""Documents a contact is offered for, and lines a label gives to business: entries of ``business.BUSINESS_OFFER``.

A template or leaflet to ask for, a badge to order, a published order or report to read, a line labelled
"- Campaign toolkit:" or "Fixtures enquiries:": the reader is sent for a paper or a service of the organisation's,
not to report. Their order in ``BUSINESS_OFFER`` is kept: the first entry that matches names the business in the
import report.
"""

from __future__ import annotations

DOCUMENTS_AND_LABELS: tuple[tuple[str, str], ...] = (
    (
        # "The force's annual Domestic Abuse Profile, which sets out …, is published at …": anything published is read
        "a document to read",
        r"\b(?:reports?|reviews?|profiles?|strateg(?:y|ies)|plans?|findings|figures|statistics|data|minutes|"
        r"documents?|assessments?|audits?|analys[ie]s|results)\b[^.;]{0,120}?\b(?:is|are|has\s+been|have\s+been|"
        r"will\s+be)\s+published\s+(?:online\s+|in\s+full\s+)?(?:at|on|via)\b|"
        # "Insurers and solicitors requesting a copy of a collision report should e-mail …": a copy asked for
        r"\b(?:request(?:s|ing)?|want(?:s|ing)?|need(?:s|ing)?|ask(?:s|ing)?\s+for)\s+(?:a\s+)?cop(?:y|ies)\s+of\b",
    ),
    (
        # "The Witness Care Unit deals with expenses and hearing dates on …": a claim for money spent
        "expenses",
        r"\b(?:travel\s+)?expenses\b",
    ),
    (
        # "Replacement badges cost £20 and can be ordered on 0141 …": a thing the reader buys or renews
        "orders and renewals",
        r"\bcan\s+be\s+(?:ordered|bought|purchased|renewed|paid\s+for)\s+(?:online\s+)?(?:at|on|via|through|by)\b",
    ),
    (
        # "Schools wanting the council's updated safeguarding policy template should e-mail …": a document asked for
        "a document or template to request",
        r"\b(?:want(?:s|ing)?|wish(?:es|ing)?|need(?:s|ing)?|request(?:s|ing)?|order(?:s|ing)?)\s+(?:a\s+copy\s+of\s+)?"
        r"(?:[\w'’-]+\s+){0,5}?(?:templates?|toolkits?|"
        r"(?:resource|information|starter)\s+packs?|model\s+polic(?:y|ies)|policy\s+documents?|posters?|leaflets?)\b|"
        # "For an information pack, call …", "For an application form, e-mail …": the document the contact sends
        r"(?:^|[.!?]|\n)[^\S\n]*(?:[-*•][^\S\n]+)?[Ff]or\s+(?:an?|the|your)\s+(?:free\s+)?(?:copy\s+of\s+the\s+)?"
        r"(?:(?:information|resource|starter|welcome|recruitment|application)\s+(?:packs?|forms?)|leaflets?|"
        r"brochures?|prospectus),",
    ),
    (
        # "Fixtures and results enquiries: 0113 …", "Taxi marshal rotas and night-time event licences: 0117 …": a
        # label naming business with the organisation
        "a label naming business",
        # "Mortgage enquiries: 0117 …", "Real-time bus times: text the stop code to …" (not what a harm is over: "If
        # someone is threatening you over a loan:")
        r"(?<!\bover\s)(?<!\bover\sa\s)(?<!\babout\s)(?<!\babout\sa\s)\b(?:fixtures?|results|timetables?|bookings?|rotas?|licen[cs]es|licen[cs]e\s+applications|tickets?|"
        r"admissions?|membership|"
        r"season\s+passes|mortgages?|accounts?|billing|sales|fares?|savings|loans?|insurance|"
        r"lettings?|deliver(?:y|ies)|orders?|(?:real-time\s+)?(?:bus|train|tram|ferry)\s+times)(?:\s+(?:and|or|&)\s+"
        r"(?:[\w'’-]+\s+){0,3}?(?:fixtures?|results|timetables?|bookings?|rotas?|licen[cs]es|tickets?|admissions?|"
        r"membership|enquiries|fares?|sales))?(?:\s+enquiries)?[*_]*\s*:(?![^\n]*\breport)[*_\s]*(?:[^\n.;:!?]{1,60})?$",
    ),
    (
        # "The full order and map are at …": a document to read
        "a document to read",
        r"\b(?:order|injunction|map|plan|policy|minutes|report|strategy|document|agenda|notice)s?\s+(?:(?:and|or|&)\s+"
        # "The coroner's report and the trust's response are published on …": a document and the reply to it ("The
        # trust's latest report on violence against staff is published at …": with what it is about)
        r"(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:order|injunction|map|plan|policy|minutes|report|strategy|documents?|agenda|"
        r"notice|response|reply|findings)s?\s+)?(?:(?:on|about|into)\s+(?:[\w'’-]+\s+){1,5}?)?(?:is|are|will\s+be|(?:has|have)\s+been|can\s+be\s+(?:found|read|seen|viewed|"
        r"downloaded))\s+(?:available\s+|published\s+|"
        r"online\s+|in\s+full\s+)*(?:at|on|via)\b|"
        # "Our annual safety report, with figures for assaults on drivers and passengers, is at …": an aside on what
        # it holds between the document and where it is
        r"\b(?:report|review|strategy|plan|findings|minutes)s?,\s+(?:with|including|covering|which\s+(?:sets\s+out|"
        r"covers|includes))\s+[^,.;:]{1,80},\s+(?:is|are)\s+(?:available\s+|published\s+|online\s+)*(?:at|on|via)\b|"
        # "The partnership publishes its annual hate crime report at …": a document published
        r"\bpublish(?:es|ed)?\s+(?:its|their|the|our|an?)\s+(?:[\w'’-]+\s+){0,4}?(?:report|review|strategy|plan|"
        r"findings|figures|statistics|data|minutes)\s+(?:at|on|via)\b|"
        # "[Read the full safeguarding report](…)": a published report to read
        # ("Read the force's annual rural crime report at …": a longer description of the same)
        r"\bread\s+(?:the|our|its|their)\s+(?:full\s+)?(?:[\w'’-]+\s+){0,4}?(?:report|review|findings|minutes)\b",
    ),
    (
        # "- Campaign toolkit for employers: …", "- Car seat advice leaflets: …": a line labelled by a document to
        # ask for or read, whatever it is about
        "a document to request or read",
        r"(?:^|\n)[^\S\n]*(?:[-*•][^\S\n]+)?(?:[\w'’-]+\s+){0,4}?(?:toolkits?|leaflets?|booklets?|posters?|templates?|"
        r"(?:resource|information|starter)\s+packs?)(?:\s+(?:for|about|on)\s+[^\n:]{1,40})?[*_]*\s*:",
    ),
)
