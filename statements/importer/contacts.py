"""Contact details in press text: web addresses, e-mail addresses, UK phone numbers and short codes.

Full phone numbers are found and validated by ``phonenumbers`` (region GB): its matcher at ``POSSIBLE``
leniency finds candidates, and a candidate is a number only when ``phonenumbers`` calls it valid or it lies in
one of Ofcom's ranges reserved for drama (01632 960xxx, 07700 900xxx, 0161 496 0xxx...), which phonenumbers
calls invalid but press texts and their examples use. Times, dates, money, ages and references
(36/48213/26, 10.45) are never numbers. Short codes (999, 101, 159, 116 123, 61016...) are never found by
the matcher: they are read only after a word that means "phone it" ("call", "text", "forward to",
"on") and checked with ``phonenumbers.shortnumberinfo``, or known to the registry (7726, which
phonenumbers does not know).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain
from urllib.parse import urlsplit

import phonenumbers
from phonenumbers import Leniency, PhoneNumberMatcher

from ..phones import is_valid_phone

MAX_CANDIDATES = 300  # a press text has a handful; past this many the rest are ignored (bounded work)

URL = re.compile(
    r"(?<![@\w.-])(?:https?://[^\s<>()\"“”'‘’\[\]]+"
    r"|www\.[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:/[^\s<>()\"“”'‘’\[\]]*)?"
    r"|[a-z0-9-]+(?:\.[a-z0-9-]+){0,4}\.(?:uk|org|com|net|info|gov)(?:/[^\s<>()\"“”'‘’\[\]]*)?)"
    r"(?![\w@-]|\.[a-z])",  # "x.gov.wales": not the bare domain "x.gov"
    re.IGNORECASE,
)
EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]{1,64}@[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,4}(?![\w-])", re.IGNORECASE)
# A short code after a word that means "phone it": "call 999", "text 61016", "text POLICE to 61016",
# "forwarded to HMRC on 60599", "forward it free to 7726", "call police on 101", "116 123", "call your bank using 159"
_SHORT = re.compile(
    r"\b(?P<cue>(?i:call|calling|called|dial|dialling|dialing|ring|ringing|phone|phoning|text|texting|sms|"
    r"forward|forwarding|forwarded|contact|contacting|on|via|using|or|otherwise|to|number|line)|NHS)\b"
    r"(?:[^\S\n]+(?:[A-Z]{2,12}|[\"“'‘][A-Z]{2,12}[\"”'’]|(?i:it|us|them|free|the\s+police|police|us\s+free|it\s+free)))?"
    r"(?:[^\S\n]+(?i:to|on))?[^\S\n]+(?P<num>\d{3}(?:[ ]\d{3})?|\d{4,6})(?![\w/%:£]|[.,]\d|[ ]\d)"
)
_STRONG_CUE = re.compile(
    r"(?i:call|calling|called|dial|dialling|dialing|ring|ringing|phone|phoning|text|texting|sms|forward\w*|contact\w*)"
)
# "Dial 999 or 112": a second short code offered as the alternative to one after a strong cue
_ALTERNATIVE = re.compile(
    r"(?i:call|calling|dial|dialling|dialing|ring|ringing|phone|phoning|text|texting)[^\S\n]+\d{3,6}[^\S\n]*,?"
    r"[^\S\n]+or[^\S\n]+$"
)
# "in an emergency, 999": the emergency number after the word emergency, with or without a comma
_EMERGENCY = re.compile(
    r"\b(?i:emergency|emergencies)\b,?[^\S\n]+(?:(?i:call|dial|ring|phone)[^\S\n]+)?(?P<num>999|112)"
    r"(?![\w/%:£]|[.,]\d|[ ]\d)"
)
# "Keep 999 for life-threatening emergencies", "999 is for emergencies only": the reader told what the number is
# for (not "he used 999 for emergencies that did not exist")
_EMERGENCIES_ONLY = (
    r"(?:only[^\S\n]+)?for[^\S\n]+(?:(?:genuine|real|true|life-threatening|serious)[^\S\n]+)*(?i:emergenc(?:y|ies))\b"
)
_FOR_EMERGENCIES = (
    re.compile(r"\b(?i:keep|use|save|reserve)[^\S\n]+(?P<num>999|112)[^\S\n]+" + _EMERGENCIES_ONLY),
    re.compile(r"(?<![\w/£.,:+-])(?P<num>999|112)[^\S\n]+(?:is|are)[^\S\n]+" + _EMERGENCIES_ONLY),
    # "Dunmoorshire Police: 101 (999 in an emergency)": the emergency alternative in brackets
    re.compile(r"\((?:or[^\S\n]+)?(?P<num>999|112)[^\S\n]+in[^\S\n]+(?:an?[^\S\n]+)?(?i:emergenc(?:y|ies))\b"),
)
# "text relay on 18001 101": Relay UK's prefix (18001, or 18000 for emergencies) before a number
_RELAY = re.compile(
    r"(?<![\w/£.,:+-])1800[01][ ](?P<rest>0\d{2,4}[ ]?\d{3,4}[ ]?\d{3,4}|\d{3}(?:[ ]\d{3})?)"
    r"(?![\w/%:]|[.,]\d|[ ]\d)"
)
# ... and only where the text speaks of relay calls (a reference that happens to start 18001 is not one)
_RELAY_CUE = re.compile(r"(?i)\b(?:relay|textphone|minicom|typetalk|deaf\w*|hearing|speech)\b")
# "- Emergency (police, fire, ambulance): 999", "- **Police Scotland:** 101, or …", "Emergency - 999",
# "4. **Holmbridge Police** – 101.": a line or list item labelled by a contact word or a service, the short code
# straight after the colon or a spaced dash and nothing counted after it
_LABELLED = re.compile(
    # (in a blockquote too: "> - To report a crime: West Midvale Police, **101**", the service named before it;
    # a label may be a whole condition: "- If someone is driving dangerously or you believe they are unfit …: 999")
    r"(?im)^[^\S\n]*(?:>[^\S\n]*)?(?:(?:[-*•]|\d{1,2}[.)])[^\S\n]+)?(?P<label>[^:\n]{2,120}?)[*_]*(?::|[^\S\n]+[-–—])"
    r"[*_]*[^\S\n]*(?-i:[A-Z][\w'’&-]*(?:[^\S\n]+[A-Z][\w'’&-]*){0,4},[^\S\n]*)?[*_]*"
    r"(?P<num>\d{3}(?:[ ]\d{3})?|\d{4,6})[*_]*"
    # "**Police:** 999 in an emergency; otherwise 101"
    # ("Dunmoorshire Police: 101 (999 in an emergency)": the emergency number in brackets is no count)
    r"(?=[^\S\n]*(?:$|[,;]|\((?!up|down|from|compared|was|were|\d)|\((?=999\b|112\b)|or\b|if\b|for\b|"
    r"in[^\S\n]+(?:an?[^\S\n]+)?emergenc)"
    r"|\.(?:[^\S\n]|$))"  # "Tarnvale Police: 101. In an emergency, …": the number ends the line's first sentence
)
_LABEL_CUE = re.compile(
    r"(?i)emergenc|police|constabulary|crime|helpline|hotline|\bline\b|\bcall|phone|\btext|report|contact|"
    r"ambulance|\bfire\b|\bNHS\b|coastguard|samaritans|childline|crimestoppers|"
    # what an emergency is: "- **If someone is hurt or in danger:** 999", "- **Immediate danger:** 999"
    r"danger|\bhurt\b|injur|\bat\s+risk\b|immediate|urgent|life|threat|in\s+progress|happening|"
    # what is going on now: "- **Dog attacking someone now:** 999", "- Someone being assaulted: 999"
    r"attack|assault|violen|aggressi|intimidat|\bright\s+now\b|\bnow$|"
    # what to tell: "* Past incidents, intelligence or vehicle details: 101 or …"
    r"incidents?\b|intelligence|information|sightings?|suspected"
)
# "- **999** if you are in danger", "- **101** or online at … to report": a list item led by the short code, what
# it is for after it; "999 in an emergency" on a bare line of a list too, for a registry's own short code
_LEADING = re.compile(
    r"(?m)^[^\S\n]*(?:>[^\S\n]*)?(?P<bullet>(?:[-*•]|\d{1,2}[.)])[^\S\n]+)?[*_]*"
    r"(?P<num>\d{3}(?:[ ]\d{3})?|\d{4,6})[*_]*"
    r"(?P<colon>:[*_]*)?[^\S\n]+(?P<rest>(?:(?:if|or|in|for|to)\b|[-–—]|(?i:call|ring|phone|dial)\b)[^\n]*)$"
)
# "- **101:** call and quote incident 0741 of 5 December": the code labels an item that says to call it, and a
# number after is the reference to quote, not a count
_CALL_IT = re.compile(r"(?i)^(?:call|ring|phone|dial)\b")
# "Crimes recorded: 101", "Arrests in 2025: 999": a label of a count, not of a contact
_COUNT_LABEL = re.compile(
    r"(?i)\b(?:recorded|reported|made|seized|arrests?|arrested|charged|convicted|total|number\s+of|handed|"
    r"collected|received|year|month|week|\d)"
)
# "(quote 26000418877)", "quoting reference 1234": the reference a caller gives, which counts nothing
_QUOTED_REFERENCE = re.compile(r"(?i)\(?\b(?:quot(?:e|ing)|ref(?:erence)?)\b[^)\n]*\)?")
# "NHS 24 on 111 before going in", "Wolds Police on 101 if …": a service named, "on", then a registry's own short
# code offers that code, whatever word follows it (a count is never a named service's "on": "rose to 101 last year")
_NAMED_ON = re.compile(r"(?<![\w'’&-])[A-Z][\w'’&-]*(?:[^\S\n]+[A-Z0-9][\w'’&-]*){0,5}[^\S\n]+on[^\S\n]+$")
_HARMONISED = re.compile(r"(?<![\w/£.,:-])116[ ]?\d{3}(?![\w/%:]|[.,]\d)")
# "rose to 101 last year", "999 calls": a weak cue ("on", "to", "or") before a count (not "on 101 otherwise",
# "on 101 unless": the alternative offered)
_COUNTED = re.compile(
    r"\s+(?!(?:if|and|or|for|to|in|immediately|straight|now|quoting|quote|free|which|where|when|on|at|as|otherwise|unless|"
    r"anonymously|option|service|the|with|about|so|but|instead|too|also|first|right|any|day|24|from|—|–|-)\b)[a-z]+"
)
# Ofcom's drama ranges (national significant numbers): valid in form, reserved for fiction and examples
_DRAMA = re.compile(
    r"^(?:1632960\d{3}|7700900\d{3}|20794600\d{2}|1[1-6]14960\d{3}|1[1-9]1496\d{4}|28964960\d{2}|"
    r"292018\d{4}|8081570\d{3}|9098790\d{3}|3069990\d{3}|11[3-8]496\d{4})$"
)


@dataclass
class Contact:
    kind: str  # "url", "email", "phone" or "short"
    start: int
    end: int
    printed: str  # as written ("0300 123 2040", "www.x.org.uk")

    @property
    def digits(self) -> str:
        return digits_of(self.printed)


def digits_of(phone: str) -> str:
    """A UK number's digits in national form: "+44 (0)1603 276500" -> "01603276500"."""
    digits = re.sub(r"\D", "", phone)
    if digits.startswith("440"):
        digits = digits[2:]
    elif digits.startswith("44") and len(digits) > 10:
        digits = "0" + digits[2:]
    return digits


@lru_cache(maxsize=4096)
def valid_long(printed: str) -> bool:
    """A full UK number by phonenumbers' rules (statements.phones), or in a drama range."""
    if is_valid_phone(printed):
        return True
    try:
        number = phonenumbers.parse(printed, "GB")
    except phonenumbers.NumberParseException:
        return False
    return number.country_code == 44 and bool(_DRAMA.match(str(number.national_number)))


@lru_cache(maxsize=1024)
def valid_short(digits: str) -> bool:
    """A short code the UK uses (999, 101, 111, 159, 116 123, 61016, 85258, 60599, 7726...): statements.phones."""
    return len(digits) <= 6 and is_valid_phone(digits)


def _long_phones(text: str) -> Iterator[Contact]:
    for match in PhoneNumberMatcher(text, "GB", leniency=Leniency.POSSIBLE):
        raw = match.raw_string
        start = match.start
        while raw.startswith(("(", " ")) and not raw.startswith("(0)"):
            raw, start = raw[1:], start + 1
        if "/" in raw or "." in raw or not raw.lstrip("(").startswith(("0", "+44")):
            continue  # 36/48213/26, 10.45, a number without its trunk zero: not written as a phone
        if valid_long(raw):
            yield Contact("phone", start, match.end, raw)


def _short_codes(text: str, known: Callable[[str], bool]) -> Iterator[Contact]:
    for match in _HARMONISED.finditer(text):  # 116 000, 116 123: unambiguous wherever they stand
        if valid_short(match.group(0).replace(" ", "")):
            yield Contact("short", match.start(), match.end(), match.group(0))
    for match in _EMERGENCY.finditer(text):
        if not _COUNTED.match(text, match.end()):  # "emergency 999 calls rose": a count
            yield Contact("short", match.start("num"), match.end("num"), match.group("num"))
    for match in (m for pattern in _FOR_EMERGENCIES for m in pattern.finditer(text)):
        yield Contact("short", match.start("num"), match.end("num"), match.group("num"))
    for match in _LABELLED.finditer(text):
        digits = match.group("num").replace(" ", "")
        label = match.group("label")
        # a registry's own short code needs no contact word in its label ("Power cuts: 105")
        cued = _LABEL_CUE.search(label) or known(digits)
        if cued and not _COUNT_LABEL.search(label) and (known(digits) or valid_short(digits)):
            yield Contact("short", match.start("num"), match.end("num"), match.group("num"))
    for match in _LEADING.finditer(text):
        digits = match.group("num").replace(" ", "")
        rest = match.group("rest")
        # ("101 or www.… (quote 26000418877)": the reference to quote is no count)
        what_for = bool(_LABEL_CUE.search(rest)) and not _COUNT_LABEL.search(_QUOTED_REFERENCE.sub(" ", rest))
        if _CALL_IT.match(rest):
            what_for = True
        elif match.group("colon"):
            continue
        if not match.group("bullet") and not known(digits):
            continue
        if what_for and (known(digits) or valid_short(digits)):
            yield Contact("short", match.start("num"), match.end("num"), match.group("num"))
    for match in _RELAY.finditer(text):
        rest = match.group("rest")
        if not _RELAY_CUE.search(text, max(0, match.start() - 120), match.start()):
            continue
        if valid_short(rest.replace(" ", "")) or valid_long(rest):
            yield Contact("short", match.start(), match.end(), match.group(0))
    for match in _SHORT.finditer(text):
        number = match.group("num")
        digits = number.replace(" ", "")
        strong = bool(_STRONG_CUE.fullmatch(match.group("cue")))
        if not (known(digits) or valid_short(digits)):
            continue
        if _NARRATED.search(text, max(0, match.start("num") - 40), match.start("num")):
            continue
        alternative = bool(_ALTERNATIVE.search(text, max(0, match.start("num") - 40), match.start("num")))
        if not known(digits) and not (strong or alternative or len(digits) >= 5):
            continue  # "on 100", "to 123": only a known service's short number after a weak word
        named = known(digits) and _NAMED_ON.search(text, max(0, match.start("num") - 80), match.start("num"))
        if not strong and not named and _COUNTED.match(text, match.end()):
            continue
        yield Contact("short", match.start("num"), match.end("num"), number)


# "If you cannot speak, press 55 when prompted": the Silent Solution, pressed on a silent 999 call (a route by the
# brief's ruling of 6 December 2026); read only where the text speaks of such a call (999, an emergency, a caller
# who cannot speak), never "pressed 55" (told of), "the press 55 …", nor "55" as an age, a count or a speed
_PRESS_55 = re.compile(
    r"(?<![\w-])(?<!the[^\S\n])(?<!a[^\S\n])(?i:press(?:ing)?)[^\S\n]+[*_]*(?P<num>55)[*_]*"
    r"(?![\w/%:£-]|[.,]\d|[^\S\n]*(?i:per[^\S\n]*cent|mph|years?|people|times|minutes|seconds)\b)"
)
_SILENT_CALL = re.compile(
    r"(?i)\b(?:999|112|emergenc(?:y|ies)|(?:cannot|can['’]?t|can\s+not|unable\s+to|not\s+able\s+to)\s+(?:speak|talk)|"
    r"silent(?:ly)?)\b"
)
# "she had been told to press 55", "tried to press 55": a press the narrative tells of
_PRESS_TOLD = re.compile(
    r"(?i)\b(?:(?:was|were|had\s+been)\s+(?:told|taught|asked)|tried|managed|remembered|forgot)\s+to\s+$"
)


def _silent_solution(text: str, known: Callable[[str], bool]) -> Iterator[Contact]:
    """The Silent Solution's "press 55", offered for a silent 999 call, when the registry knows the code."""
    for match in _PRESS_55.finditer(text):
        if not known(match.group("num")) or _PRESS_TOLD.search(text, max(0, match.start() - 40), match.start()):
            continue
        if _SILENT_CALL.search(text, max(0, match.start() - 300), min(len(text), match.end() + 120)):
            yield Contact("short", match.start("num"), match.end("num"), match.group("num"))


# A Markdown table's row ("| Emergency | 999 |") and its rule line ("|---|---|")
_TABLE_ROW = re.compile(r"(?m)^[^\S\n]*\|(?P<cells>[^\n]*\|)[^\S\n]*$")
_TABLE_RULE = re.compile(r"^[\s|:-]*$")
# "A passing motorist called 999", "officers were called on 999": a call the narrative tells of, not one offered
# (a text that offers the number anywhere else keeps it there: "… can be called on 999" is an offer)
_NARRATED = re.compile(
    r"(?i)(?<!\bbe\s)(?<!\bbeen\s)\b(?:called|rang|phoned|dialled|dialed)(?:\s+(?:the\s+)?police)?(?:\s+on)?\s+$"
)
_BARE_SHORT = re.compile(r"[*_]*(?:\d{3}(?:[ ]\d{3})?|\d{4,6})[*_]*")


def table_rows_as_items(text: str) -> str:
    """A Markdown table's rows written as the labelled list items they stand for: "| Emergency | 999 |" reads
    "- Emergency: 999", its first cell the label of the rest; the rule line under the header goes."""

    def item(match: re.Match[str]) -> str:
        if _TABLE_RULE.match(match.group("cells")):
            return ""
        cells = [cell.strip() for cell in match.group("cells").split("|")[:-1]]
        if len(cells) > 2 and _BARE_SHORT.fullmatch(cells[-1]):
            # "| Police | A caller who will not leave | 999 |": the cells before a short code all label it
            return f"- {', '.join(cell for cell in cells[:-1] if cell)}: {cells[-1]}"
        label, rest = cells[0], ", ".join(cell for cell in cells[1:] if cell)
        return f"- {label}: {rest}" if rest else f"- {label}"

    return _TABLE_ROW.sub(item, text)


def find_contacts(text: str, known_short: Callable[[str], bool]) -> list[Contact]:
    """Every contact detail in ``text`` in order of position, at most MAX_CANDIDATES of each kind, none
    overlapping another (an address's digits are not a phone)."""
    found: list[Contact] = []
    for kind, matches in (
        ("email", EMAIL.finditer(text)),
        ("url", URL.finditer(text)),
    ):
        for count, match in enumerate(matches):
            if count >= MAX_CANDIDATES:
                break
            printed = match.group(0).rstrip(".,;:!?)")
            if kind == "url" and ("." not in printed.split("//")[-1] or re.fullmatch(r"[\d.]+", printed)):
                continue
            found.append(Contact(kind, match.start(), match.start() + len(printed), printed))
    for count, contact in enumerate(_long_phones(text)):
        if count >= MAX_CANDIDATES:
            break
        found.append(contact)
    for count, contact in enumerate(chain(_short_codes(text, known_short), _silent_solution(text, known_short))):
        if count >= MAX_CANDIDATES:
            break
        found.append(contact)
    found.sort(key=lambda c: (c.start, -c.end))
    kept: list[Contact] = []
    reach = -1
    for contact in found:
        if contact.start >= reach:
            kept.append(contact)
            reach = contact.end
    return kept


# "[food.gov.uk](https://www.food.gov.uk/contact/consumers/report-problem)": a Markdown link whose text is an address
_ADDRESS_LINK = re.compile(r"\[(?P<label>[^\]\s]{4,100})\]\((?P<href>https?://[^\s)]+)\)")


def host_of(address: str) -> str:
    """The host of a web address written with or without its scheme, lower-cased and without "www."."""
    try:
        host = urlsplit(address if "://" in address else "http://" + address).hostname or ""
    except ValueError:  # an unclosed "[" reads as a broken IPv6 host
        return ""
    return re.sub(r"^www\.", "", host.lower())


def address_link_texts_blanked(text: str) -> str:
    """A Markdown link whose text is the bare address of the site it links a page of reads as its link: the text
    and its brackets are blanked (positions kept), so the page linked to is the contact, not the site named."""

    def blank(match: re.Match[str]) -> str:
        label, href = match.group("label"), match.group("href")
        page = re.sub(r"^(?:https?://)?[^/]+", "", href).strip("/")
        bare = "/" not in re.sub(r"^https?://", "", label).rstrip("/")
        if not URL.fullmatch(label) or not bare or host_of(label) != host_of(href) or not page:
            return match.group(0)
        return " " * (len(label) + 3) + href + ")"

    return _ADDRESS_LINK.sub(blank, text)
