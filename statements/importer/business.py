"""What a contact may be offered for other than reporting or help, whatever words of help stand beside it.

``purposes.offered_for_business`` reads a contact's own clause against this table: volunteering, a talk for
groups, a newsletter, a document or template to request or read, a grant, a look-up of a trade body's members,
a label naming business ("Fixtures enquiries:"), and so on. Each entry is what the import report calls it and
the words that name it.
"""

from __future__ import annotations

import re

from statements.importer.business_documents import DOCUMENTS_AND_LABELS
from statements.importer.business_services import SERVICES_AND_ACCOUNTS
from statements.importer.offer_objects import OFFER_OBJECTS

# "Avalanche reports", "weather reports": forecasts to read, not reports made (shared with purposes._REPORTING)
NOT_A_FORECAST = r"(?<!avalanche\s)(?<!weather\s)"
BUSINESS_OFFER: tuple[tuple[str, str], ...] = (
    (
        "volunteering",
        # (not volunteers who give the service: "The Witness Service, whose trained volunteers work at every court,
        # …", "call the check-in line and a volunteer will ring them")
        r"\b(?<!whose\s)(?<!trained\s)volunteer\w*\b(?!\s+(?:will|can|would|may|work|works|ring|rings|call|calls|"
        r"visit|visits|offer|offers|provide|provides|run|runs|answer|answers)\b)|\bget\s+involved\b",
    ),
    (
        # "We are also recruiting engineering apprentices: www.…", "vacancies are listed at …": jobs, not reports
        "recruitment",
        # ("the recruitment fraud check line": a line checking whether an offer is a fraud is a route)
        r"\brecruit(?:s|ing|ment)\b(?![^\S\n]+(?:fraud|scams?)\b)|\bapprentice(?:s|ships?)\b|\bvacanc(?:y|ies)\b|\bjob\s+(?:vacancies|"
        r"openings|applications?)\b|\bcareers?\s+(?:page|site|website|section)\b|"
        # "Apply to be a school crossing patrol officer: …": a post applied for
        r"\bapply(?:ing)?\s+to\s+(?:be|become)\s+(?:an?|one\s+of)\b|"
        # "Become a rural special constable: …": a post taken up
        r"\bbecom(?:e|ing)\s+(?:an?|one\s+of\s+(?:our|the))\s+(?:[\w-]+\s+){0,2}?(?:special\s+constables?|specials|"
        r"firefighters?|call\s+handlers?|(?:police\s+)?officers?|recruits?|"
        # "Become a Scam Marshal and help others spot scam mail: …": a part the reader is asked to take on
        r"marshals?|champions?|ambassadors?|befrienders?|stewards?|wardens?|co-?ordinators?|trustees?|"
        # "… businesses that would like to become a reporting centre can e-mail …": a place that takes part
        r"(?:[\w-]+\s+)?(?:centres?|partners?|hubs?|venues?))\b",
    ),
    (
        "talks and visits for groups",
        # "Site managers who would like a talk from the plant crime unit …": a talk wanted
        r"\b(?:like|want|wants|wanting|wishing\s+to\s+have|interested\s+in)\s+(?:a|an)\s+(?:free\s+)?(?:talks?|"
        r"presentations?|workshops?|training\s+sessions?|assembl(?:y|ies))\b|"
        r"\b(?:book|booking|booked|request|requested|arrange|arranged|organise)\s+(?:an?\s+|the\s+)?(?:free\s+)?"
        # ("Book a free refresher drive on …": a course or lesson to take, however short)
        r"(?:[\w'’()-]+\s+){0,5}(?:talks?|sessions?|presentations?|workshops?|courses?|training|assembl(?:y|ies)|"
        r"stalls?|refreshers?|lessons?|classes|(?:refresher|assessment|taster|practice)\s+drives?)\b|\b(?:talks?|sessions?|presentations?|workshops?|courses?|assembl(?:y|ies))\b[^.;]{0,50}"
        r"\bcan\s+be\s+(?:booked|requested|arranged)|\b(?:schools?|colleges?|community\s+groups?|groups|clubs|"
        r"organisations|businesses|employers|teachers|places\s+of\s+worship|faith\s+groups|charities)\s+"
        r"(?:can|may|wishing|who\s+(?:want|wish)|wanting|"
        r"interested)\b[^.;]{0,40}\bbook|\b(?:details|information)\s+(?:of|about|on)\s+(?:[\w-]+\s+){0,5}?"
        r"(?:events?|talks?|sessions?|meetings?|open\s+days?|courses?)\b",
    ),
    (
        "newsletters and alerts",
        # "Sign up for Oakhurst Alert to get crime news by e-mail": a scheme's alerts are news, not a route
        r"\bnewsletters?\b|\bmailing\s+list\b|\b(?:(?:sign\s+up|subscribe|register)\s+(?:to|for)|join)\s+(?:[\w'’-]+\s+){0,3}"
        r"(?:alerts?|updates|news|e-?mails|bulletins?)\b|\b(?:get|receive)\s+(?:[\w'’-]+\s+){0,3}?(?:alerts|updates|"
        r"news|bulletins?|warnings)\s+by\s+(?:e-?mail|text|phone)\b|"
        # "- **Flood warnings:** sign up free with Floodline on …": warnings signed up for are alerts too
        r"\b(?:warnings?|alerts?)\b[^.;\n]{0,30}?\bsign\s+up\b|\bsign\s+up\b[^.;\n]{0,30}?\b(?:warnings?|alerts?)\b",
    ),
    (
        # "- Full programme: [x.gov.uk/safety-week](…)": a label naming an events programme
        "an events programme",
        r"(?m:^[^\S\n]*(?:[-*•][^\S\n]+|\d{1,2}[.)][^\S\n]*)?[*_]*(?:full\s+|the\s+|week['’]s\s+)?(?:programme|"
        r"timetable|schedule|line-?up|what['’]s\s+on)(?:\s+of\s+events)?[*_]*:[\s*_]*(?:\[(?:[^\]\n]*\]\()?)?$)",
    ),
    (
        # "**Aircraft noise:** Fenbridge Airport's noise line, …": complaints about an airport's own flights
        "noise from an airport's own flights",
        r"\b(?:aircraft|flight|airport)\s+noise\b|\bairport['’]s\s+noise\s+(?:line|team|desk|complaints?)\b",
    ),
    (
        # "Referrals to the mentoring programme from schools (not for urgent concerns): …": professionals' business
        "referrals from professionals",
        r"\breferrals?\s+(?:to\s+(?:the\s+|our\s+|its\s+)?(?:[\w'’-]+\s+){0,4}?)?from\s+(?:schools|professionals|"
        r"agencies|partners|teachers|gps|youth\s+workers|social\s+workers)\b",
    ),
    (
        "finding out more",
        r"\b(?:find\s+out|learn)\s+more\b(?!\s+about\s+(?:the\s+|what\s+)?(?:support|help|advice|services\s+for))",
    ),
    (
        "an advice page",
        # ("Advice on child safety at home is also at …": however the sentence says where it is)
        r"\b(?:advice|tips|guidance|information)\s+(?:(?:on|about|for)\s+[^.;]{0,60}?\s+)?(?:is|are|can\s+be\s+found)\s+"
        r"(?:(?:also|now|still|available|online)\s+)*(?:on|at)\b|\bmore\s+(?:[\w-]+\s+){0,3}(?:advice|tips|guidance)\b|"
        r"\b(?:read|see|view|download)\b[^.;]{0,60}\b(?:advice|tips|guidance|leaflets?)\b|"
        r"\b(?:safety|security|prevention)\s+(?:advice|tips|guidance)\b|"
        # "For general tips on staying safe when dating online, see …": tips, or advice in general, to read
        r"\bfor\s+(?:(?:general|more|further|useful|practical)\s+)?tips\b|\bfor\s+general\s+(?:advice|guidance)\b|"
        # "Battery collection points are listed at …", "Opening times are shown on …": facts to read on a page, not
        # a service to use (not "Local support services are listed at …")
        r"\b(?!(?:support|help|helplines?|services|organisations|charities|contacts|numbers|groups)\b)[\w-]+\s+"
        r"(?:are|is)\s+(?:all\s+)?(?:listed|shown|mapped|set\s+out)\s+(?:in\s+full\s+|online\s+)?(?:at|on)\b|"
        # "* Countryside Code and wildfire advice: www.…", "- Advice on choosing an alarm: …", "Closure details: …",
        # "* Gritting routes and live updates: …": a label naming advice, information, details or updates, whatever
        # they are on (not "Support and advice:", "Advice if you are worried:", "Confidential advice about drugs:": a
        # label offering help or reports; "Opening information:" is below)
        # ("- Avalanche reports: …", "- Mountain weather: …": forecasts to read before going out)
        r"(?m:^[^\S\n]*(?:[-*•][^\S\n]+|\d{1,2}[.)][^\S\n]*)?[*_]*(?![^:\n]*\b(?:support|help|"
        rf"{NOT_A_FORECAST}report\w*|victims?|"
        r"worried|concerns?|affected|crisis|urgent|emergency|confidential)\b)(?!opening\b)"
        r"(?:[^:\n]{0,60}\b(?:advice|tips|guidance|(?:live\s+|latest\s+|travel\s+)?updates|weather|forecasts?|"
        r"tide\s+(?:tables|times)|(?:avalanche|weather)\s+reports?|(?:snow|surf|sea|mountain|river)\s+conditions)|"
        r"(?:[\w'’-]+\s+){0,3}?(?:advice|tips|guidance|information|details)"
        # (the value may be a Markdown link: "- **Winter heating advice:** [x.gov.uk/winter](https://…)")
        r"\s+(?:on|about|for|of)\b[^:\n]{0,60}|(?:[\w'’-]+\s+){0,2}?(?:information|details))[*_]*:[\s*_]*"
        r"(?:\[(?:[^\]\n]*\]\()?)?$)|"
        # "Electrical Safety First has advice on buying safely at …": a body's advice on a topic, however it is given
        r"\b(?:has|have|offers?|gives?|publishes|provides?)\s+(?:free\s+|more\s+|further\s+|useful\s+|detailed\s+)?"
        r"(?:advice|tips|guidance)\s+(?:on|about)\b|"
        # "The Trust has advice for parish councils on protecting memorials at …": advice for organisations
        r"\b(?:advice|tips|guidance)\s+for\s+(?:[\w-]+\s+){0,2}?(?:councils?|schools?|businesses|organisations?|"
        r"employers?|churches|charities|clubs?|groups?|trustees)\b",
    ),
    *DOCUMENTS_AND_LABELS,
    (
        # "The drop-in café runs on Thursdays – details at …": when an event is held and where its details are
        "event details",
        r"\b(?:runs?|meets?|is\s+held|are\s+held|takes\s+place|opens?)\s+(?:on|every|each)\s+(?:[\w-]+\s+){0,2}?"
        r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days?|weekends?|week|month)\b[^.]{0,40}?\bdetails\s*(?:(?:are\s+)?"
        # ("…meets on Wednesdays at the hall; for details e-mail …": the bare imperative serves the clause before)
        r"(?:at|on|via|from)\b|,?\s*(?:e-?mail|call|ring|phone|contact|text|visit|see)\b)",
    ),
    (
        "applying for a grant",
        r"\bapply(?:ing)?\s+(?:for|to)\s+(?:an?|the|our|their|this|its)\s+(?:[\w-]+\s+){0,3}?(?:grants?|funding|"
        r"funds?|bursar(?:y|ies)|scholarships?)\b",
    ),
    (
        # "check whether a travel company is a member of ABTA at …": a trade body's list of its members
        "a look-up of a trade body's members",
        r"\b(?:check|checking|make\s+sure)\s+(?:that\s+|whether\s+|if\s+)?(?:a|an|the|your|any)\s+(?:[\w-]+\s+){0,2}?"
        r"(?:compan(?:y|ies)|firms?|business(?:es)?|traders?|agents?|operators?|installers?|builders?)\s+(?:is|are)\s+"
        r"(?:a\s+)?members?\s+of\b",
    ),
    (
        "membership",
        r"\bjoin\s+(?:[\w'’-]+\s+){1,4}?by\s+(?:e-?mailing|calling|contacting|signing\s+up)\b",
    ),
    ("a public register", r"\bpublic\s+register\s+(?:of\s+(?:[\w'’-]+\s+){1,4}?)?(?:at|on|via)[\s\[(]*$"),
    (
        "a strategy, survey or consultation",
        r"\b(?:strategy|plan|report|document|minutes|consultation|survey|questionnaire)\s+(?:is|are|can\s+be\s+"
        r"(?:found|read|seen|downloaded))\s+(?:available\s+|published\s+|online\s+)*(?:at|on)\b|"
        r"\b(?:surveys?|consultations?|questionnaires?)\b",
    ),
    (
        "donations",
        r"\bdonate\b|\bmake\s+a\s+donation\b|\bdonations\s+(?:can|may|to)\b|"
        # "Anyone who would like to give to the food bank appeal can do so through …": money given to a cause
        r"\b(?:give|giving|contribute|contributing)\s+(?:money\s+)?(?:to|towards)\s+(?:the|a|an|its|our|their|this)\s+"
        r"(?:[\w'’-]+\s+){0,3}?(?:appeals?|funds?|collections?|food\s+banks?|charit(?:y|ies)|causes?)\b|"
        # "He is also raising money for a replacement at …": a fundraising page, whoever raises the money
        r"\brais(?:e|es|ed|ing)\s+(?:[\w£,.-]+\s+)?(?:money|funds|cash)\b|"
        # "To support Tarrant Lowland Search and Rescue, visit …": supporting a named organisation is giving to it
        # (not "To support victims, call …", nor a force's investigation)
        r"\bto\s+support\s+(?-i:(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|and|of|for|the))*)"
        r"(?<!Police)(?<!Constabulary)(?=\s*[,:]|\s+(?:by|visit|online|at|go)\b)",
    ),
    (
        # "To apply for or renew a taxi licence, e-mail …": applying is business with the licensing office, whatever
        # the heading above the list says
        "applying for or renewing a licence",
        r"\b(?:apply(?:ing)?\s+for|renew(?:ing|al\s+of)?)\s+(?:(?:or|and)\s+(?:apply(?:ing)?\s+for|renew(?:ing)?)\s+)?"
        r"(?:an?|the|your|their)\s+(?:[\w-]+\s+){0,5}?(?:licen[cs]es?|permits?|registrations?)\b",
    ),
    (
        "sign-up to a scheme or register",
        r"\b(?:sign(?:ing)?\s+up|register(?:ing)?|enrol(?:l?ing)?)\s+(?:to|for|with|on)\s+(?:the\s+|a\s+|an\s+|its\s+|our\s+|"
        r"their\s+|[\w'’-]+['’]s?\s+)*(?:[\w'’-]+\s+){0,4}?(?:register|scheme|list|programme)\b|"
        # "a farm watch scheme with text alerts, which you can sign up to at …": signing up is where it goes
        r"\bsign(?:ing)?\s+up(?:\s+(?:to|for))?\s+(?:at|on|via)[\s\[(]*$|"
        # "Boaters can register their craft with the free Boatmark scheme at …": property put on a scheme's register
        r"\bregister\s+(?:your|their|his|her|its)\s+(?:[\w-]+\s+){0,2}?with\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,4}?"
        r"(?:scheme|register|database)\b",
    ),
    (
        "general enquiries",
        r"\b(?:other|general|all\s+other)\s+enquiries\b|\bswitchboard\b|\b(?:main|general)\s+(?:office\s+)?number\b",
    ),
    (
        "checking current conditions",
        r"\bcheck\s+(?:the\s+)?(?:current\s+|latest\s+)?(?:[\w-]+\s+){0,2}(?:ratings?|forecasts?|conditions|rules|status|levels?)\b",
    ),
    (
        "a look-up list",
        # "Check a microchip database registration: …", "a trusted trader directory lists vetted firms at …"
        r"\b(?:recalls?|alerts?|withdrawals?)\s+(?:list|database|register)\b|\b(?:check|search)\s+(?:an?\s+|the\s+)?"
        # ("Check the council's public register of licensed practitioners: …": a possessive among its words)
        r"(?:[\w'’-]+\s+){0,2}?(?:database|register)\b|\btrusted\s+traders?\s+(?:schemes?|directory|list)\b|"
        r"\b(?:directory|list)\s+(?:of|lists)\s+(?:[\w-]+\s+){0,2}?(?:vetted|approved|accredited)\s+(?:[\w-]+\s+)?"
        r"(?:firms|traders|tradespeople|businesses)\b|"
        # "lists accredited landlords at …": a list of vetted landlords or firms to choose from
        r"\blists?\s+(?:[\w-]+\s+){0,2}?(?:vetted|approved|accredited|registered)\s+(?:[\w-]+\s+)?(?:landlords|"
        r"letting\s+agents|firms|traders|tradespeople|businesses|installers)\b|"
        # "Owners can check whether a caravan has been reported stolen, and register their own, at …": a register
        r"\bcheck\s+(?:whether|if)\s+(?:a|an|the|your|their)\s+(?:[\w-]+\s+){0,2}?(?:has|have|is|are)\s+(?:been\s+)?"
        r"(?:reported\s+|listed\s+(?:as\s+)?)?stolen\b|"
        # "… and register their own, at …", "register your bike at …": property put on a register
        r"\bregister\s+(?:your|their|his|her)\s+(?:own\b|(?:[\w-]+\s+){0,2}?(?:caravans?|bikes?|bicycles?|"
        r"vehicles?|property|valuables|possessions|phones?|tools)\b)",
    ),
    (
        "customer service",
        r"\b(?:refunds?(?=\s*(?:,|:|and\b|or\b))|(?:claim|request)\s+a\s+refund|delay\s+repay|"
        r"customer\s+(?:relations|services?|support|care|helpdesk)|repeat\s+prescriptions?)\b|"
        # "the company's support line", "the manufacturer's helpline": a product maker's line for its customers
        # (not "the company's employee assistance line": support for its own staff)
        r"\b(?:company|manufacturer|maker|firm|retailer|supplier)['’]s\s+(?:own\s+)?(?!(?:employee|staff)\b)"
        r"(?:[\w-]+\s+){0,2}?"
        r"(?:line|helpline|number|support|desk|team)\b|\b(?:replacement|spare)\s+(?:parts?|screens?|units?|keys?|codes?)\b|"
        r"\b(?:comments|feedback|complaints?)\s+(?:(?:or|and)\s+(?:comments|feedback|complaints?)\s+)?about\s+"
        r"(?:the\s+|its\s+|our\s+|their\s+|your\s+|(?:[\w-]+\s+){0,3}?[\w'’-]+['’]s?\s+)*(?:own\s+)?"
        # "Complaints about our maternity service": the service, care, treatment or staff, whatever kind of service
        r"(?:(?!(?:anti-?social|noise|nuisance|neighbours?|crime|misconduct)\b)[\w-]+\s+){0,2}?(?:services?|care|"
        r"treatment|journeys?|staff)\b(?!\s+homes?\b)"  # (a care home is someone else's, reported to a regulator)
        # "Complaints about how the police have handled a matter can be made to …": a complaint about the service
        r"|\bcomplaints?\s+about\s+how\s+(?:the\s+|a\s+|your\s+)?[\w'’-]+\s+(?:has|have|had)\s+(?:handled|dealt\s+with)\b"
        # "If you are unhappy with the service you received from X Police, …": a complaint about the service itself;
        # "Anyone unhappy with how a call was handled …", "complain about how your case was dealt with": the
        # handling of a call, case, matter or report by the service itself, passive or active ("how the force has
        # dealt with them"; not a nuisance or a crime)
        r"|\b(?:unhappy|dissatisfied|not\s+happy)\s+with\s+(?:the\s+)?(?:services?|care|treatment)\b"
        r"|\b(?:unhappy|dissatisfied|not\s+happy|complain\w*|complaints?)\s+(?:with|about)\s+(?:how|the\s+way)\s+"
        r"(?:[\w'’-]+\s+){1,3}?(?:(?:was|were|is|are|has|have|had)\s+(?:been\s+)?)?(?:handled|dealt\s+with|treated)\b"
        # "the force's complaints page", "the trust's complaints team" (but not a complaint about an officer's
        # conduct to professional standards: misconduct, which older keys keep as a report)
        r"|\b(?:force|police|trust|council|hospital|service|authority|board)['’]s\s+complaints?\s+(?:page|form|"
        r"procedure|process|team|office)\b"
        # "Comments or concerns about your care can be raised with …": concerns about the reader's own care
        r"|\b(?:comments|feedback|complaints|concerns?)\s+(?:(?:or|and)\s+(?:comments|feedback|complaints|concerns)\s+)?"
        r"about\s+(?:your|their|his|her)\s+(?:own\s+)?(?:care|treatment)\b"
        # "Complaints about the council's own handling of the event can be made at …": the body's own handling
        r"|\bcomplaints?\s+about\s+(?:the\s+|its\s+|our\s+|their\s+)?(?:[\w'’-]+['’]s\s+)?(?:own\s+)?handling\b"
        # "To raise a concern about the pharmacy service itself, contact PALS …": the service itself, in so many words
        r"|\b(?:concerns?|complaints?|comments|feedback)\s+about\s+(?:the|our|its|their)\s+(?:[\w-]+\s+){0,2}?"
        r"(?:services?|care|treatment)\s+itself\b"
        # "To make a complaint or pay a compliment, contact PALS …": a compliment, like a complaint, is about the
        # service itself
        r"|\b(?:pay|give|make|send|share|leave|paying|giving|making)\s+(?:a\s+|your\s+)?compliments?\b"
        # "To make a complaint or pass on a compliment about the care you received, contact …": compliments, and
        # the care or service the reader received, are always about the service itself
        r"|\bcompliments?\b"
        r"|\babout\s+(?:the\s+)?(?:care|service|treatment)\s+(?:you|they|he|she|your\s+[\w-]+|their\s+[\w-]+)\s+"
        r"(?:received|got|had|were\s+given|was\s+given)\b",
    ),
    *SERVICES_AND_ACCOUNTS,
    *OFFER_OBJECTS,
)
BUSINESS_OFFERED = re.compile(
    "(?:" + "|".join(f"(?P<o{i}>{cue})" for i, (_, cue) in enumerate(BUSINESS_OFFER)) + ")", re.IGNORECASE
)
