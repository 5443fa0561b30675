"""Reporting routes in press text: what the text offers the reader to call, text, e-mail or visit.

Contact details are found by :mod:`.contacts` (phone numbers through ``phonenumbers``) and resolved against
the routes registry (by phone digits, web domain, or name and alias). A contact the registry does not know
is kept only when the text offers it for reporting or help, with positive evidence (:mod:`.offers`,
:mod:`.purposes`), and is named by the service the text names for it
(:mod:`.naming`); one left out is listed in the import report with the reason. Contacts for journalists and everything
after the editors' trailer ("ENDS", "Notes to editors") are not routes.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ..registry import RouteSpec
from ..sentences import last_sentence_start, sentence_ends
from .addresses import business_address
from .alternatives import Read, shared_business
from .contacts import URL, Contact, address_link_texts_blanked, digits_of, find_contacts, host_of, table_rows_as_items
from .media_contacts import is_media_contact
from .messages import message_spans
from .naming import Organisations, service_name
from .offer_gate import check as offer_gate
from .offers import Verdict, judge
from .purposes import offered_for_business, warned_off
from .registry_names import inside_a_longer_name, names_pattern
from .result import ExtractedRoute
from .route_merge import Found, merge, other_page, site_of
from .route_model import ContactContext, probability, threshold

# Where the text for the public ends: an "ENDS" line, or a "Notes to editors" heading and what follows it.
_EDITORS_TRAILER = re.compile(
    r"^[^\S\n]*[#*_]*[^\S\n]*(?:[-–—#]*[^\S\n]*ENDS[^\S\n]*[-–—#]*[^\S\n]*[*_]*[^\S\n]*$"
    r"|(?i:notes?\s+(?:to|for)\s+editors?|editors?['’]?\s+notes?)\b)",
    re.MULTILINE,
)
_QUOTED_START = re.compile(r"^[\s>*_]*[\"“‘']")
# Between two contacts of one service: "online at www…, by e-mail to …, or by calling …", "by texting 61016 or calling"
_CHAINED = re.compile(
    r"(?i)[^\S\n]*(?:\([^()\n]{1,60}\)[^\S\n]*)?,?[^\S\n]*(?:(?:or|and)[^\S\n]+)?(?:by[^\S\n]+)?(?:(?:calling|phoning|ringing|texting|"
    r"e-?mail(?:ing)?|call|phone|text|report(?:ing)?(?:[^\S\n]+it)?(?:[^\S\n]+online)?|"
    r"online)[^\S\n]+)?(?:(?:on|to|at|via)[^\S\n]+)?$"
)
# The same service's other line in brackets after a contact kept: "0117 496 0261 (out of hours 0117 496 0299)"
_BRACKETED_OTHER_HOURS = re.compile(
    r"(?i)[^\S\n]*\([^\S\n]*(?:out[- ]of[- ]hours|evenings?(?:[^\S\n]+(?:and|&)[^\S\n]+weekends)?|weekends?|nights?|"
    r"24[- ]hours?|textphone|minicom)[^\S\n]*(?:on|number|line|call)?[^\S\n]*[:-]?[^\S\n]*"
)
# "[gov.uk/x-reports-recalls](https://www.gov.uk/x-reports-recalls)": the target of the Markdown link a contact is the
# text of; it is no word of the contact's sentence (a "report" in its path offers nothing)
_LINK_TARGET = re.compile(r"\]\([^\s)]*\)")
# "… at [gov.uk/x-reports-recalls](": the address a link's target is printed as, before it, is no word either
_ADDRESS_LINK_TEXT = re.compile(r"\[[^\]\s]{4,100}\]\(\Z")
_WHAT = {"phone": "number", "short": "number", "url": "web address", "email": "e-mail address"}


def _contact_key(contact: Contact) -> str:
    """The same number, site or address, however it is written: digits, host or e-mail. A host, not its registrable
    domain: a review page at www.x.ac.uk left out does not take report.x.ac.uk with it, while a criminal's site
    left out takes every page of it."""
    if contact.kind == "url":
        return "site:" + host_of(contact.printed)
    if contact.kind == "email":
        return "email:" + contact.printed.lower()
    return "phone:" + contact.digits


class RouteFinder:
    def __init__(self, routes: Sequence[RouteSpec], observe: Callable[[ContactContext], None] | None = None) -> None:
        """``observe`` is shown every unknown contact not left out as a journalists' one (the model's trainer)."""
        self.routes = list(routes)
        self.observe = observe
        self.by_digits = {digits_of(r.phone): r for r in self.routes if r.phone}
        self.by_email = {r.email.lower(): r for r in self.routes if r.email}
        labels: dict[str, RouteSpec] = {}
        for route in self.routes:
            for label in (route.name, *route.aliases):
                labels.setdefault(self._key(label), route)
        self.by_label = labels
        self.names = names_pattern(tuple(labels))

    @staticmethod
    def _key(label: str) -> str:
        return " ".join(label.replace("’", "'").split())

    def _resolved(self, spec: RouteSpec, printed_url: str | None = None) -> ExtractedRoute:
        """The registry's route; a page of the registry's site that the text prints (the CEOP Safety Centre's
        page under CEOP's site) is the one the reader is sent to, so it is kept."""
        url = printed_url if printed_url and other_page(printed_url, spec.url) else spec.url
        return ExtractedRoute(name=spec.name, phone=spec.phone, url=url, route_id=spec.id, email=spec.email)

    def _by_url(self, url: str) -> RouteSpec | None:
        domain, path = site_of(url)
        candidates = [r for r in self.routes if r.url and site_of(r.url)[0] == domain]
        if not candidates:
            return None
        with_path = [r for r in candidates if site_of(r.url or "")[1] and path.startswith(site_of(r.url or "")[1])]
        if with_path:
            return with_path[0]
        roots = [r for r in candidates if not site_of(r.url or "")[1]]
        return (roots or candidates)[0]

    def _named_beside(self, left: str, url: str) -> RouteSpec | None:
        """A registry route the sentence names just before a web address on its site ("the Report Remove tool
        from Childline … at www.childline.org.uk/remove"): one site can hold several services."""
        if self.names is None:
            return None
        site = site_of(url)[0]
        named = [self.by_label.get(self._key(m.group(0))) for m in self.names.finditer(left[-160:])]
        on_site = [spec for spec in named if spec is not None and spec.url and site_of(spec.url)[0] == site]
        # a service with its own page on the site (Report Remove on Childline's) before the site's owner
        hosted = [spec for spec in on_site if site_of(spec.url or "")[1]]
        chosen = hosted or on_site
        return chosen[-1] if chosen else None

    def _spec(self, contact: Contact) -> RouteSpec | None:
        if contact.kind in ("phone", "short"):
            return self.by_digits.get(contact.digits)
        if contact.kind == "url":
            return self._by_url(contact.printed)
        return self.by_email.get(contact.printed.lower())

    def find(self, text: str) -> tuple[list[ExtractedRoute], list[str]]:
        """The routes in ``text`` and the import report's notes on contacts left out."""
        trailer = _EDITORS_TRAILER.search(text)
        if trailer:
            text = text[: trailer.start()]
        text = text.replace("**", "  ")  # "call **999**": emphasis is not part of the number
        text = table_rows_as_items(text)  # "| Emergency | 999 |": a table's row is a labelled item
        text = address_link_texts_blanked(text)  # "[x.gov.uk](https://www.x.gov.uk/report)": the page linked to
        messages = _Regions(message_spans(text))
        found: list[Found] = []
        notes: list[str] = []
        taken = bytearray(len(text) + 1)
        refused: set[str] = set()  # a contact left out once is left out wherever else it appears
        sentences = _Sentences(text)
        last_named: tuple[int, str, str] | None = None  # where the last unknown contact ended, its name and group
        organisations: Organisations | None = None  # the text's organisations, for an address with no name beside
        last_kept = -1  # where the last unknown contact kept ended
        reads: list[Read] = []  # the unknown contacts read, for the purpose alternatives share (alternatives)
        for contact in find_contacts(text, lambda digits: digits in self.by_digits):
            sentence_start, paragraph_start = sentences.around(contact.start)
            raw_left = left = text[max(sentence_start, contact.start - 400) : contact.start]
            label = _ADDRESS_LINK_TEXT.search(left)
            if label and URL.fullmatch(left[label.start() + 1 : -2]):
                left = left[: label.start()]
            link = _LINK_TARGET.match(text, contact.end)
            right = text[link.end() if link else contact.end :][:160]
            right = right[: _sentence_end(right)]
            raw_right = text[contact.end : contact.end + 160]  # as the route model was trained on
            raw_right = raw_right[: _sentence_end(raw_right)]
            spec = self._spec(contact)
            for k in range(contact.start, contact.end):
                taken[k] = 1
            # "Please do not call 999 or the hospitals.": a registry number the text tells readers not to use here
            # ("Do not call 999 unless someone is in danger" still offers it)
            if spec is not None and contact.kind != "url" and warned_off(left, right):
                notes.append(f"{_WHAT[contact.kind]} the text tells readers not to use left out: {contact.printed}")
                continue
            if spec is not None and spec.advice:
                notes.append(f"{_WHAT[contact.kind]} {spec.name}: general advice, not a reporting route left out: "
                             f"{contact.printed}")  # fmt: skip
                continue
            if spec is not None:
                printed = None
                if contact.kind == "url":
                    spec = self._named_beside(left, contact.printed) or spec
                    # "volunteer with Victim Support: www.victimsupport.org.uk/volunteer": a business page of a
                    # registry route's own site is left out; the route keeps the registry's address
                    business = _business_page_of(contact, spec, left, right)
                    if business:
                        what = _WHAT[contact.kind]
                        notes.append(f"{what} {business}, not a reporting route left out: {contact.printed}")
                        continue
                    printed = contact.printed
                found.append(Found(contact.start, self._resolved(spec, printed)))
                continue
            line = _line_head(text, contact.start)
            first_line, below, _ = text[paragraph_start : contact.start].partition("\n")
            heading = first_line if below else ""  # the paragraph's first line, when the contact is on one below it
            if is_media_contact(left, contact.printed, contact.kind, line, heading=heading):
                continue
            before = text[max(paragraph_start, sentence_start - 600) : sentence_start]
            context = ContactContext(contact.printed, contact.kind, raw_left, raw_right, before)
            if self.observe is not None:
                self.observe(context)
            read = Read(contact.start, contact.end, contact.printed, left + right)
            reads.append(read)
            # "www.x.org.uk/donate", "volunteering@x.org.uk", "www.gov.uk/import-goods-into-uk": by its own name
            business = business_address(contact.printed, contact.kind, site_of(contact.printed)[0], left + right)
            if business:
                if business != "a GOV.UK guidance page":  # (left out for want of a reporting path, not for business)
                    read.business, read.by_address = business, True
                notes.append(f"{_WHAT[contact.kind]} {business}, not a reporting route left out: {contact.printed}")
                continue
            verdict = judge(
                left, right, before, messages.holds(contact.start), mobile=_is_mobile(contact),
                after=text[contact.end : contact.end + 400],
                text_before=text[max(0, sentence_start - 600) : sentence_start],
                beside_service=self._names_service(left, right), web=contact.kind == "url",
            )  # fmt: skip
            other_hours = last_kept >= 0 and _BRACKETED_OTHER_HOURS.fullmatch(text, last_kept, contact.start)
            if not verdict.offered and other_hours:
                verdict = Verdict(True)  # its service's line for other hours, offered with the contact before it
            if not verdict.offered:
                read.business = verdict.business
                notes.append(f"{_WHAT[contact.kind]} {verdict.why} left out: {contact.printed}")
                if verdict.elsewhere:
                    refused.add(_contact_key(contact))
                continue
            gated = offer_gate(
                left, right, text[max(0, sentence_start - 600) : sentence_start], web=contact.kind == "url"
            )
            if gated:  # the offer gate: offered to the reader, for reporting or help (offer_gate)
                notes.append(f"{_WHAT[contact.kind]} {gated} left out: {contact.printed}")
                continue
            score = probability(context)
            if score < threshold(context):  # the learned veto (route_model): business the rules have no word for
                notes.append(
                    f"{_WHAT[contact.kind]} left out: not clearly offered for reporting (model score {score:.3f}): "
                    f"{contact.printed}"
                )
                continue
            # the same service's next contact: "… by texting 61016 or calling 0800 …"
            chained = last_named if last_named and _CHAINED.match(text, last_named[0], contact.start) else None
            name = service_name(left, right, before, chained[1] if chained else None)
            group = chained[2] if chained and name == chained[1] else ""
            if name is None and contact.kind in ("url", "email"):
                organisations = organisations or Organisations(text)
                name, group = organisations.owner(contact.printed), f"@{contact.start}"
            last_named = (contact.end, name, group) if name else None
            route = self._unresolved(contact, name)
            found.append(Found(contact.start, route, contact, group))
            last_kept, read.kept = contact.end, True
        if self.names is not None:
            for match in self.names.finditer(text):
                if taken[match.start()] or inside_a_longer_name(text, match.start(), match.end()):
                    continue
                spec = self.by_label.get(self._key(match.group(0)))
                if spec is not None and not spec.advice:
                    found.append(Found(match.start(), self._resolved(spec)))
        shared = shared_business(text, reads)  # "at www.gassaferegister.co.uk or on 0800 …": the same look-up
        notes += [
            f"{_WHAT[f.contact.kind]} given as the alternative to {shared[f.position][1].printed} in the same offer "
            f"(a contact for {shared[f.position][0]}) left out: {f.contact.printed}"
            for f in found
            if f.contact is not None and f.position in shared
        ]
        found = [f for f in found if f.contact is None or f.position not in shared]
        kept = [f for f in found if f.contact is None or _contact_key(f.contact) not in refused]
        notes += [
            f"{_WHAT[f.contact.kind]} left out: {f.contact.printed} (the same one is left out elsewhere in the text)"
            for f in found
            if f.contact is not None and _contact_key(f.contact) in refused
        ]
        return merge(kept), notes

    def _names_service(self, left: str, right: str) -> bool:
        """Whether a contact's sentence names a registry service ("Samaritans are available on 116 123, or you can
        text SHOUT to 85258")."""
        return self.names is not None and bool(self.names.search(left) or self.names.search(right))

    @staticmethod
    def _unresolved(contact: Contact, name: str | None) -> ExtractedRoute:
        if contact.kind == "url":
            return ExtractedRoute(name=name or site_of(contact.printed)[0], phone=None, url=contact.printed)
        if contact.kind == "email":
            return ExtractedRoute(name=name or contact.printed, phone=None, url=None, email=contact.printed)
        return ExtractedRoute(name=name or contact.printed, phone=contact.printed, url=None)


# Business a registry route's other page may be given for in its clause ("To volunteer with X, see www.x.org/y")
_REGISTRY_PAGE_BUSINESS = frozenset(
    {
        "volunteering",
        "donations",
        "membership",
        "newsletters and alerts",
        "bookings",
        "talks and visits for groups",
        "recruitment",
        "a form to fill in beforehand",
    }
)


def _business_page_of(contact: Contact, spec: RouteSpec, left: str, right: str) -> str | None:
    """What business a page of a registry route's own site is for, when its address or its clause names business
    (a page other than the registered one: "/volunteer", "/donate"), or a page offered to journalists; None
    otherwise."""
    if is_media_contact(left, contact.printed, contact.kind, ""):
        return "a page for journalists"
    if not other_page(contact.printed, spec.url):
        return None
    business = business_address(contact.printed, contact.kind, site_of(contact.printed)[0], left + right)
    if business:
        return business
    offered = offered_for_business(left, right, web=True)
    return f"a page for {offered}" if offered in _REGISTRY_PAGE_BUSINESS else None


def _line_head(text: str, position: int) -> str:
    """The start of the line holding ``position`` (empty when the line began more than 400 characters back)."""
    newline = text.rfind("\n", max(0, position - 400), position)
    if newline < 0 and position > 400:
        return ""
    return text[newline + 1 : position][:80]


_FREEMAIL = re.compile(
    r"(?i)@(?:gmail|googlemail|hotmail|outlook|live|yahoo|ymail|icloud|me|aol|proton|protonmail|gmx|mail)\.[a-z.]+$"
)


def _is_mobile(contact: Contact) -> bool:
    """A mobile (07…) or a free webmail address: anyone's, so a route only when plainly offered."""
    if contact.kind == "email":
        return bool(_FREEMAIL.search(contact.printed))
    return contact.kind == "phone" and contact.digits.startswith("07")


def _sentence_end(right: str) -> int:
    return next(sentence_ends(right), len(right))


# A line a hard-wrap cut mid-sentence: long, no list marker, heading or "Label:", ending in a word or a comma
_WRAPPED = re.compile(r"(?m)^(?![^\S\n]*(?:[-*•#|]|\d{1,2}[.)]))[^\n:]{55,}[a-z,][^\S\n]*\n\Z")


def _label_ends(text: str, line: int) -> bool:
    """Whether the line before ``line`` is a list item ending with its label's colon ("- The X Centre (24 hours):");
    a lead-in of its own ("To claim compensation:") is not one."""
    return bool(_ITEM_LABEL.search(text, max(0, line - 160), line))


# "- The Rowan Centre (24 hours):", "2. **Victim Support:**" ending the line before a contact's
_ITEM_LABEL = re.compile(r"(?:^|\n)[^\S\n]*(?:[-*•]|\d{1,2}[.)])[^\S\n]+[^\n]{2,140}:[*_]*[^\S\n]*\n\Z")


class _Sentences:
    """Where the sentence and the paragraph around a position begin (positions asked for in increasing order)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.paragraphs = [m.end() for m in re.finditer(r"\n[^\S\n]*\n", text)]
        self.index = 0

    def around(self, position: int) -> tuple[int, int]:
        while self.index < len(self.paragraphs) and self.paragraphs[self.index] <= position:
            self.index += 1
        paragraph = self.paragraphs[self.index - 1] if self.index else 0
        line = self.text.rfind("\n", max(paragraph, position - 400), position) + 1
        if line > paragraph and _WRAPPED.search(self.text, paragraph, line):
            line = paragraph  # a hard-wrapped sentence's next line is no "Label: value" line of its own
        elif line > paragraph and not self.text[line:position].strip(" \t*_>") and _label_ends(self.text, line):
            # "- The X Centre (24 hours):" over "0161 …": a value wrapped onto the line after its label
            line = self.text.rfind("\n", paragraph, line - 1) + 1
        start = max(paragraph, line, last_sentence_start(self.text, position, window=400))
        return start, paragraph


class _Regions:
    """Sorted, non-overlapping spans; ``holds`` answers for increasing positions in amortised O(1)."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self.index = 0

    def holds(self, position: int) -> bool:
        while self.index < len(self.spans) and self.spans[self.index][1] <= position:
            self.index += 1
        return self.index < len(self.spans) and self.spans[self.index][0] <= position


def find_routes(text: str, routes: Sequence[RouteSpec]) -> tuple[list[ExtractedRoute], list[str]]:
    """Every reporting route offered in ``text``, in order of first mention, each once, and the notes on
    contacts left out."""
    return RouteFinder(routes).find(text)
