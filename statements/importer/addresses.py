"""What an address says about itself: a web page, a site or a mailbox whose own name gives it for business or
look-ups is never a reporting route, whatever words of help stand beside it (issue 17).

- a page whose path names business ("/donate", "/events", "/careers", "/lost-property", "/taxi-licences", a
  penalty notice paid or challenged at "/pcn", a course at "/training"), a
  site whose host names it by a label or a hyphened word of one ("x-jobs.org.uk", "tickets.x.co.uk") or a
  fundraising site's page ("givingpage.co.uk/NAME");
- a mailbox whose local part names business ("volunteering@", "jobs@", "bookings@", "events@", "permits@");
- a GOV.UK guidance page: a page of www.gov.uk the registry does not know is a route only when its path names
  reporting or telling ("/report-smuggling", "/tell-dvla"), never for guidance ("/import-goods-into-uk");
- a register's address (a domain or path naming a register, checker or recalls, a path not naming reports) in a
  sentence about checking something on it: a look-up, not a route.
"""

from __future__ import annotations

import re

# A web page for business: its path names it ("/donate", "/events", "/careers"), or it is on a fundraising site
_BUSINESS_PATH = re.compile(
    r"(?i)(?:^|[/_.-])(?P<what>donate|donations?|giving|give(?![_.-])|fundrais\w*|events?|join|membership|members|volunteer\w*|"
    r"jobs|careers|vacancies|apprentices|apprenticeships?|recruitment|shop|store|tickets?|surveys?|consultations?|newsletters?|subscribe|apply|applications?|"
    r"grants?|funding|open-?days?|lost-?property|visit|visiting|visitors?|opening-?times|whats-?on|"
    r"pay|payments?|payfpn|pay-?a-?fine|fpn|pcns?|training|licen[cs]es?|licensing|permits?)(?=$|[/_.?#-])"
)
# A site whose own name gives it for business, by a word of a label of its host split at hyphens:
# "hollinsgate-jobs.org.uk", "jobs.x.org.uk", "tickets-x.co.uk" (a whole label, never part of one:
# "reportandsupport.x.ac.uk" stays)
_BUSINESS_HOST_WORDS = frozenset(
    {
        "jobs", "careers", "recruitment", "vacancies", "tickets", "ticketing", "shop", "store", "events", "boxoffice",
        "lostproperty", "licensing", "licences", "licenses", "permits", "donate", "donations", "fundraising",
        "volunteering", "volunteer", "membership",
    }
)  # fmt: skip
_FUNDRAISING_SITE = re.compile(r"(?i)giving|fundrais|donat|gofundme|crowdfund")
# A mailbox for business, by a word of its local part ("volunteering@", "jobs.team@", "box-office@")
_BUSINESS_MAILBOX = frozenset(
    {
        "volunteering", "volunteer", "volunteers", "jobs", "careers", "vacancies", "events", "bookings", "booking",
        "boxoffice", "tickets", "ticketing", "membership", "members", "join", "donations", "donate", "fundraising",
        "newsletter", "news", "admissions", "opendays", "grants", "survey", "talks", "training", "accounts",
        "counciltax", "refunds", "shop", "sales", "permits", "permit", "consultation", "consultations",
    }
)  # fmt: skip
# Lost property is business in every layout (the brief; ruled 6 December 2026): "lostproperty@", "lost.property@"
_LOST_PROPERTY_MAILBOX = re.compile(r"lost[._+-]?property")
# A page of the central government site names reporting: "/report-smuggling", "/tell-dvla-about-a-condition"
_REPORTING_PATH = re.compile(r"(?i)(?:^|[/_-])(?:report|reports|reporting|tell)(?=$|[/_?#-])")
# "www.gov.uk/complain-about-charity": GOV.UK is never the body complained about, so a complaint there is a report
# to the regulator about someone else's wrongdoing (a body's own "/complaints" page is not GOV.UK's)
_COMPLAINT_PATH = re.compile(r"(?i)(?:^|[/_-])complain(?=$|[/_?#-])")
_GOV_UK = re.compile(r"(?i)^(?:https?://)?(?:www\.)?gov\.uk(?=$|[/?#])")
# A register or checker by its address: "gassaferegister.co.uk", "register-of-charities.…", "/licence-checker"
# "…/product-recalls" in "check whether your products have been recalled at …": a recalls look-up (a path that
# names reports as well, "/product-safety-alerts-reports-recalls", is a route in the 12f key)
_REGISTER_ADDRESS = re.compile(r"(?i)register|checker|recalls?(?=$|[/_.?#-])")
# The sentence checks something on it: "check an engineer is on the register at …", "can be checked on …"
_CHECKING = re.compile(r"(?i)\b(?:check|checks|checked|checking|look\s+up|looked\s+up|search|verify|verified)\b")
# "Check whether an enforcement agent is certificated: …": someone's credentials or status checked at the address
_STATUS_CHECKED = re.compile(
    r"(?i)\b(?:check|checks|checked|checking|verify|confirm|find\s+out)\s+(?:whether|if|that)\s+(?:[\w'’-]+\s+){1,5}?"
    r"(?:is|are)\s+(?:(?:still|properly|fully)\s+)?(?:certificated|certified|registered|licensed|accredited|approved|"
    r"authori[sz]ed|qualified|insured|vetted|a\s+(?:registered\s+)?member)\b"
)
# The sentence names what the address is, given at it: "by searching the free look-up service at …"
_LOOK_UP_NAMED = re.compile(
    r"(?i)\b(?:(?:look-?\s?up|search)\s+(?:service|tool|site|page|facility)|register|database|checker)\s+"
    r"(?:at|on|via)\b"
)


def _host_and_path(url: str) -> tuple[str, str]:
    match = re.match(r"(?i)^(?:https?://)?(?P<host>[^/?#]*)(?P<path>.*)$", url)
    assert match is not None  # the pattern matches every string
    return match.group("host"), match.group("path")


def business_page(url: str, site: str) -> str | None:
    """What business a web page is for when its address says so: a word of its host ("x-jobs.org.uk"), a path
    naming it ("/donate", "/events", "/careers", "/consultation", "/lost-property", "/taxi-licences") or a
    fundraising site ("givingpage.co.uk/NAME"); None otherwise."""
    if _FUNDRAISING_SITE.search(site):
        return "fundraising"
    host, path = _host_and_path(url)
    words = re.split(r"[.-]", host.lower())
    word = next((word for word in words if word in _BUSINESS_HOST_WORDS), None)
    if word:
        return word
    match = _BUSINESS_PATH.search(path)
    return match.group("what").lower() if match else None


def business_mailbox(email: str) -> str | None:
    """What business an e-mail address is for when its local part names it ("volunteering@…", "events.team@…",
    "lostproperty@…"); None otherwise. "licensing.enforcement@" and "verify.recruitment@" are routes in older
    holdout keys, so they are not on the list."""
    local = email.split("@", 1)[0].lower()
    if _LOST_PROPERTY_MAILBOX.search(local):
        return "lost property"
    return next((word for word in re.split(r"[._+-]", local) if word in _BUSINESS_MAILBOX), None)


def guidance_page(url: str) -> bool:
    """Whether a web address is a GOV.UK page (or GOV.UK itself) whose path does not name reporting or telling."""
    if not _GOV_UK.match(url):
        return False
    path = _host_and_path(url)[1]
    return not (_REPORTING_PATH.search(path) or _COMPLAINT_PATH.search(path))


def register_look_up(url: str, sentence: str) -> bool:
    """Whether a web address names a register or checker (or its sentence gives it as one: "the free look-up
    service at …") and its sentence checks something on it ("You can check an engineer is on the register
    at www.gassaferegister.co.uk"), or its sentence checks someone's credentials or status ("Check whether a
    trader is registered: …")."""
    if _STATUS_CHECKED.search(sentence):
        return not _REPORTING_PATH.search(_host_and_path(url)[1])
    if not (_REGISTER_ADDRESS.search(url) or _LOOK_UP_NAMED.search(sentence)) or not _CHECKING.search(sentence):
        return False
    return not _REPORTING_PATH.search(_host_and_path(url)[1])


def business_address(printed: str, kind: str, site: str, sentence: str) -> str | None:
    """What an address's own name gives it for when that is not reporting: business (a page, a fundraising site, a
    mailbox), GOV.UK guidance, or a register's look-up; None when its name says nothing of the kind."""
    if kind == "email":
        mailbox = business_mailbox(printed)
        return f"a mailbox for {mailbox}" if mailbox else None
    if kind != "url":
        return None
    page = business_page(printed, site)
    if page:
        return f"a page for {page}"
    if guidance_page(printed):
        return "a GOV.UK guidance page"
    if register_look_up(printed, sentence):
        return "a register to look things up on"
    return None
