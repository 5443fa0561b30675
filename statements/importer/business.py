"""What a contact may be offered for other than reporting or help, whatever words of help stand beside it.

``purposes.offered_for_business`` reads a contact's own clause against this table: volunteering, a talk for
groups, a newsletter, a document or template to request or read, a grant, a look-up of a trade body's members,
a label naming business ("Fixtures enquiries:"), and so on. Each entry is what the import report calls it and
the words that name it.
"""

from __future__ import annotations

import re

from statements.importer.business_documents import DOCUMENTS_AND_LABELS
from statements.importer.offer_objects import OFFER_OBJECTS
from statements.importer.own_business import BACKING_A_CAUSE, SERVICE_COMPLAINT

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
        r"\bbecome\s+(?:an?|one\s+of\s+(?:our|the))\s+(?:[\w-]+\s+){0,2}?(?:special\s+constables?|specials|"
        r"firefighters?|call\s+handlers?|(?:police\s+)?officers?|recruits?)\b",
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
        r"news|bulletins?|warnings)\s+by\s+(?:e-?mail|text|phone)\b",
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
        # "Battery collection points are listed at …", "Opening times are shown on …": facts to read on a page, not
        # a service to use (not "Local support services are listed at …")
        r"\b(?!(?:support|help|helplines?|services|organisations|charities|contacts|numbers|groups)\b)[\w-]+\s+"
        r"(?:are|is)\s+(?:all\s+)?(?:listed|shown|mapped|set\s+out)\s+(?:in\s+full\s+|online\s+)?(?:at|on)\b|"
        # "* Countryside Code and wildfire advice: www.…", "- Advice on choosing an alarm: …", "Closure details: …",
        # "* Gritting routes and live updates: …": a label naming advice, information, details or updates, whatever
        # they are on (not "Support and advice:", "Advice if you are worried:", "Confidential advice about drugs:": a
        # label offering help or reports; "Opening information:" is below)
        r"(?m:^[^\S\n]*(?:[-*•][^\S\n]+|\d{1,2}[.)][^\S\n]*)?[*_]*(?![^:\n]*\b(?:support|help|report\w*|victims?|"
        r"worried|concerns?|affected|crisis|urgent|emergency|confidential)\b)(?!opening\b)"
        r"(?:[^:\n]{0,60}\b(?:advice|tips|guidance|(?:live\s+|latest\s+|travel\s+)?updates)|"
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
        r"(?:an?|the|your|their)\s+(?:[\w-]+\s+){0,2}?(?:licen[cs]es?|permits?|registrations?)\b",
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
        r"(?:[\w-]+\s+){0,2}?(?:database|register)\b|\btrusted\s+traders?\s+(?:schemes?|directory|list)\b|"
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
    (
        "reclaiming seized property",
        r"\b(?:reclaim|recover|collect|retriev)\w*\s+(?:an?\s+|the\s+|your\s+|their\s+|his\s+|her\s+)?"
        r"(?:seized|impounded|removed|towed)\b|\brelease\s+fees?\b|\b(?:vehicle\s+)?(?:recovery|pound)\s+office\b",
    ),
    (
        "business advice",
        r"\b(?:compliance|business|paid-for|regulatory)\s+(?:advice|support|guidance)\b|\bprimary\s+authority\b",
    ),
    ("a reward", r"\breward\b"),
    (
        # "Send us your entries for the photo competition at …", "- Entries and bib collection: …": entering a
        # competition or a race is business with its organiser
        "competition or race entries",
        r"\b(?:entries|entry|enter)\b[^.;\n]{0,40}?\b(?:competitions?|contests?|prize\s+draws?|raffles?|quiz(?:zes)?|"
        r"races?|marathons?|fun\s+runs?)\b|(?m:^[^\S\n]*(?:[-*•][^\S\n]+)?[*_]*entries\b[^:\n]{0,40}:[\s*_]*$)",
    ),
    (
        "bookings",
        # "Passengers who need help boarding can book assistance on …": a service booked, whatever help it gives
        r"\b(?:book|reserve)\s+(?:(?:a|an|your|their)\s+)?(?:free\s+)?(?:[\w-]+\s+)?(?:place|space|spot|seat|ticket|"
        r"slot|assistance|appointment|wheelchair|escort)s?\b|"
        # "Patients whose appointments have been cancelled, or who need an emergency dental appointment, should call
        # the practice …": a customer's own appointment with a business, however urgent (not "unsure whether a text
        # about your appointment is genuine", a check of a message)
        r"\bwhose\s+(?:[\w-]+\s+)?appointments?\b|\b(?:need|want|make|arrange|rearrange|cancel|"
        r"change|move)\s+(?:an?|the|your|their)\s+(?:[\w-]+\s+){0,2}?appointments?\b|"
        # "Book a genuine flu or Covid vaccine at …": a jab booked, whatever words of safety describe it
        r"\bbook\s+(?:(?:a|an|your|their)\s+)?(?:[\w-]+\s+){0,4}?(?:vaccines?|vaccinations?|jabs?|boosters?)\b|"
        r"\bbook\s+(?:it\s+|them\s+|one\s+)?(?:online\s+)?(?:at|on|via|through)\b|"
        # "Book a bulky waste collection at …": a collection booked from the council
        r"\b(?:book|booking|arrange)\s+(?:(?:a|an|your|their)\s+)?(?:free\s+)?(?:[\w-]+\s+){0,3}?collections?\b|"
        # "Tillside Tractors' service line … it is a commercial service": a service the customer pays for
        r"\b(?:is|it['’]s|as)\s+a\s+(?:commercial|paid(?:-for)?|chargeable)\s+service\b|"
        # "extra bulky waste collections can be booked on …": a booking (but "home fire safety visits can be
        # booked on …" offers a visit or check to keep the reader safe: help, as older keys record it)
        r"(?<!\bvisits\s)(?<!\bchecks\s)(?<!\bassessments\s)\bcan\s+be\s+booked\s+(?:online\s+)?(?:at|on|via|through)\b|"
        # "Places at the candlelit service … can be reserved by calling …": places reserved
        r"\bcan\s+be\s+reserved\b",
    ),
    (
        "membership",
        # "Join or start a community watch group: e-mail …": joining or setting one up
        r"\b(?:join|start|set\s+up)\s+(?:or\s+(?:join|start|set\s+up|form)\s+)?(?:the|our|a|an)\s+"
        r"(?:[\w'’-]+\s+){0,4}?(?:panels?|groups?|schemes?|clubs?|networks?|"
        r"committees?|forums?|associations?|boards?|projects?)\b|"
        # "Join Greyholme Farmwatch: www.…": a line labelled by the group to join
        r"(?:^|\n)[^\S\n]*(?:[-*•][^\S\n]+)?join\s+(?-i:[A-Z][\w'’-]*)(?:\s+(?-i:[A-Z][\w'’-]*)){0,4}\s*:",
    ),
    (
        "rent or payments",
        r"\b(?:rent\s+(?:and|or)\s+payments?|rent\s+(?:payments?|accounts?|arrears)|pay\s+(?:your\s+)?rent)\b|"
        # "Questions about rent or your tenancy:", "council tax enquiries": a customer's own account
        r"\b(?:questions?|queries|enquiries)\s+(?:about|on|regarding)\s+(?:your\s+)?(?:rent|tenanc(?:y|ies)|bills?|"
        r"billing|council\s+tax|service\s+charges?)\b|"
        # "Council tax and business rates queries: …": a ratepayer's own account, whatever it follows
        r"\b(?:rent|tenancy|billing|council\s+tax|business\s+rates)(?:\s+(?:and|or)\s+(?:rent|billing|council\s+tax|"
        r"business\s+rates))?\s+(?:queries|enquiries|questions)\b",
    ),
    (
        "paying a fine or bill",
        r"\bpay\s+(?:(?:a|an|the|your|their)\s+)?(?:[\w-]+\s+){0,2}?(?:fines?|penalt(?:y|ies)|penalty\s+notices?|"
        r"notices?|bills?|invoices?|charges?|fees?)\b|\bfixed\s+penalty\s+(?:notice\s+)?payments?\b|"
        # "Genuine parking fines are paid at …": the fine paid, in the passive
        r"\b(?:fines?|penalt(?:y|ies)|penalty\s+notices?|bills?|invoices?)\s+(?:(?:can|should|must|may)\s+(?:only\s+)?be|"
        r"are|is)\s+(?:only\s+)?paid\b",
    ),
    (
        "opening times, visiting or an organiser's information",
        # (not "text the welfare team at any time during opening hours": when, not what for)
        # ("For opening information, call …": a site's opening, however the text names what is asked about it)
        r"(?<!during\s)(?<!outside\s)(?<!within\s)\bopening\s+(?:times|hours|days|information|info|details|"
        r"enquiries|arrangements)\b|"
        # "For information on when the museum is open, ring …": whether or when a place is open (not a line: "when
        # the helpline is open")
        r"\b(?:when|whether|if)\s+(?:the|a|an|our|its|their)\s+(?:[\w'’-]+\s+){0,3}?(?<!line\s)(?<!phones\s)"
        r"(?:is|are)\s+(?:(?:still|currently|now)\s+)?open\b|"
        r"\bvisitor\s+(?:centre|information|enquiries)\b|\bplan\s+(?:a|your)\s+visit\b|"
        # "To check whether a ward is open to visitors, call the ward enquiry line": visiting or asking after a patient
        r"\bopen\s+to\s+visitors\b|\bvisiting\s+(?:times|hours|arrangements)\b|\bward\s+enquir(?:y|ies)\b|"
        r"\b(?:ask|enquire)\s+(?:after|about)\s+(?:a|the|your)\s+(?:patient|relative|loved\s+one)\b|"
        r"\bparking\s+(?:times|charges|information|details|enquiries)\b|\b(?:stall|stallholder|trader|event|market)\s+"
        r"(?:information|details|enquiries)\b|\bwhat['’]s\s+on\b",
    ),
    (
        # "Watch the footage of the rescue: …", "Photos from the day: …": pictures the reader looks at, not footage
        # the reader sends (not "see": "If you see footage of the attack shared online, report it")
        "pictures or video to watch",
        r"\b(?:watch|watching|view|viewing|browse|enjoy)\s+(?:the\s+|our\s+|more\s+|all\s+(?:the\s+)?|a\s+)?"
        r"(?:[\w'’-]+\s+){0,2}?(?:footage|videos?|photos?|photographs?|pictures?|clips?|highlights|gallery)\b|"
        r"\b(?:photos?|photographs?|pictures?|videos?|footage|highlights)\s+(?:from|of)\s+the\s+(?:day|event|night|"
        r"evening|weekend|parade|festival|fair|show|ceremony|launch|match|celebrations?)\b|"
        r"\b(?:photo|picture|video)\s+(?:galler(?:y|ies)|albums?)\b",
    ),
    (
        # "For traffic information, call National Highways on …": road and travel news, not a report
        "traffic or travel information",
        r"\b(?:traffic|travel|road|roadworks)\s+(?:information|updates|news|conditions)\b|"
        # "Road closures and diversions: …": where the roads are shut, a page to read
        r"\broad\s+closures?(?:\s+(?:and|&)\s+diversions)?[*_]*\s*:",
    ),
    (
        "a look-up of registered traders",
        # "find a registered installer at", "check that a stove installer is registered on the X register at"
        r"\b(?:find|search\s+for|look\s+up|choose)\s+(?:a|an|your)\s+(?:[\w-]+\s+){0,2}?"
        r"(?:registered|approved|accredited|certified|qualified)\s+(?:[\w-]+\s+){0,2}?(?:installers?|engineers?|"
        r"traders?|tradespe(?:rson|ople)|builders?|electricians?|plumbers?|sweeps?|firms?|businesses)\b|"
        r"\b(?:check|checking|make\s+sure)\s+(?:that\s+|whether\s+|if\s+)?(?:a|an|the|your|any)\s+(?:[\w-]+\s+){0,2}?"
        r"(?:installers?|engineers?|traders?|tradespe(?:rson|ople)|builders?|electricians?|plumbers?|sweeps?)\s+"
        r"(?:is|are)\s+(?:registered|approved|accredited|certified)\b",
    ),
    (
        # "encourages families to fill in a missing-person form, which can be downloaded at …": a form kept in
        # advance, not a report (a form to report something names its report)
        "a form to fill in beforehand",
        r"\b(?:fill\s+in|fill\s+out|complete)\s+(?:an?|the|their|your)\s+(?!(?:[\w'’-]+\s+){0,3}?(?:report|"
        r"reporting|incident|crime|concern)\w*\s)(?:[\w'’-]+\s+){0,3}?forms?\b[^.;]{0,40}?\b(?:(?:can|may)\s+be\s+"
        r"downloaded|download|in\s+advance|beforehand)\b|"
        # "download the form, fill in details … and keep it at home": a form kept ready, not sent
        r"\bdownload\s+(?:the|a|an|our)\s+(?:[\w'’-]+\s+){0,3}?form\b[^.;]{0,160}?\bkeep\s+(?:it|them|a\s+copy)\b|"
        # "… and keep it at home, ready to hand to officers: …": a form kept ready to hand over if needed
        r"\bkeep\s+(?:it|them|a\s+copy)\s+(?:at\s+home|somewhere\s+safe|safe|handy)\b[^.;]{0,40}?\bready\s+to\s+"
        r"(?:hand|give|pass)\b",
    ),
    (
        # "for lost property call the market office on …", "its lost property office", "Kestrel Buses lost property:
        # …", "- Lost property: …": an organiser's desk for things left behind is no harm, whoever keeps it
        "lost property",
        # (not property someone lost: "anyone who has lost property to a thief")
        r"(?<!\bhas\s)(?<!\bhave\s)(?<!\bhad\s)(?<!\bwho\s)\blost[^\S\n]+property\b"
        r"(?![^\S\n]+(?:to|worth|valued|during|when|in\s+the\s+(?:burglar|raid|theft|robber))\w*\b)",
    ),
    (
        # "Owners can check whether their model is a known target at …", "Retailers can check whether a product is
        # legally notified on the council's list at …": looking a fact up, whatever the fact (not checking that a
        # caller, message or trader is genuine, which is a route, nor whether someone is safe)
        "a look-up of a list",
        r"\b(?:check|checking|find\s+out|see)\s+(?:whether|if)\s+"
        r"(?![^.;:]{0,80}?\b(?:genuine|real|really|legitimate|bogus|fake|authentic|scam\w*|fraud\w*|impersonat\w*|"
        r"safe|harmed|abused|missing|hurt|who\s+(?:they|he|she|you)|from\s+(?:the|us|our|a|an))\b)"
        r"(?:a|an|the|your|their|his|her|its|this|that|these|those)\s+(?:[\w'’-]+\s+){0,3}?"
        r"(?:is|are|has|have|was|were|appears?|features?)\b|"
        # "Traders vetted by trading standards can be looked up at …": whatever is looked up, a look-up
        r"\b(?:can|may)\s+be\s+(?:looked\s+up|searched(?:\s+for)?)\s+(?:online\s+)?(?:at|on|via|through)\b",
    ),
    ("a complaint about the organisation's own service", SERVICE_COMPLAINT),
    ("backing a campaign or appeal", BACKING_A_CAUSE),
    (
        "trade and customs",
        r"\bcustoms\s+(?:declarations?|clearance|paperwork|procedures?)\b|\bhelp\s+with\s+(?:customs\s+)?clearance\b|"
        r"\bfreight\s+(?:office|desk|team|enquiries)\b",
    ),
    (
        # "Residents who would like free help with job searches and CVs can contact …": help finding work is the
        # service's business, not help about harm (a recruitment fraud or exploitation line is not named so)
        "help finding work",
        r"\bhelp\s+(?:with|finding|to\s+find)\s+(?:[\w'’-]+\s+){0,2}?(?:job\s+search(?:es|ing)?|jobs?|work|CVs?|"
        r"job\s+applications?|interviews?)\b(?!\s+(?:fraud|scams?|exploitation)\b)|\bemployment\s+support\b|"
        r"\bcareers?\s+advice\b",
    ),
    *OFFER_OBJECTS,
)
BUSINESS_OFFERED = re.compile(
    "(?:" + "|".join(f"(?P<o{i}>{cue})" for i, (_, cue) in enumerate(BUSINESS_OFFER)) + ")", re.IGNORECASE
)
