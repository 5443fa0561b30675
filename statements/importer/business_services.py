"""A body's everyday services and a customer's own account, as entries of ``business.BUSINESS_OFFER``: reclaiming
seized property, bookings, membership, rent and bills, fines, opening times, travel information, lost property,
trade look-ups, complaints about the service itself, backing a cause, help finding work. Split from
``business.py``; their order in ``BUSINESS_OFFER`` is kept (the first entry that matches names the business in the
import report).
"""

from __future__ import annotations

from statements.importer.own_business import BACKING_A_CAUSE, SERVICE_COMPLAINT

SERVICES_AND_ACCOUNTS: tuple[tuple[str, str], ...] = (
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
    # "The lifeboat shop on the quay is open from 10am to 3pm on the day; phone …": a shop's or a venue's line
    ("a shop or venue", r"\b(?:shop|caf[eé]|box\s+office|visitor\s+centre|museum)\b[^.;:\n]{0,40}\bis\s+open\b"),
    # "Please use the school office absence line, 0191 …, only to report a pupil's absence": a register kept, no harm
    (
        "reporting an absence",
        r"\babsence\s+line\b|\breport(?:ing)?\s+(?:a|an|your|their|the)\s+(?:[\w'’-]+\s+){0,2}?(?:absences?|sickness)\b",
    ),
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
        # ("To pay a genuine council tax bill, call the payments line on … or set up a Direct Debit at …")
        r"\bpay\s+(?:(?:a|an|the|your|their)\s+)?(?:[\w-]+\s+){0,3}?(?:fines?|penalt(?:y|ies)|penalty\s+notices?|"
        r"notices?|bills?|invoices?|charges?|fees?)\b|\bfixed\s+penalty\s+(?:notice\s+)?payments?\b|"
        r"\bpayments?\s+(?:line|team|page|portal|hotline)\b|\bdirect\s+debits?\b|"
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
)
