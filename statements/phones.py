"""Phone numbers people are told to call: a valid UK number or a recognised UK short code.

One place for every face and check that needs it (reporting routes today). ``phonenumbers`` knows full
numbers and, through ``shortnumberinfo``, most short codes (999, 101, 111, 116 123, 159, 85258); it does
not know 7726, the networks' spam-text reporting code, so the few such codes are listed here. Its geocoder
is never imported (it costs ~100 MB per worker).
"""

from __future__ import annotations

import phonenumbers
from phonenumbers import shortnumberinfo

REGION = "GB"
MAX_LENGTH = 40
#: UK short codes in public use that phonenumbers' metadata does not list: 7726, and 55, the Silent Solution (pressed
#: on a silent 999 call from a mobile so the call is put through to the police; never dialled on its own).
EXTRA_SHORT_CODES = frozenset({"7726", "55"})
MESSAGE = "A UK phone number (such as 0300 123 2040) or a recognised short code (such as 999, 101 or 116 123)."


def is_valid_phone(text: str) -> bool:
    """Whether ``text`` is a valid UK number (national or +44) or a recognised UK short code."""
    text = (text or "").strip()
    if not text or len(text) > MAX_LENGTH:
        return False
    if "".join(text.split()) in EXTRA_SHORT_CODES:
        return True
    try:
        number = phonenumbers.parse(text, REGION)
    except phonenumbers.NumberParseException:
        return False
    if phonenumbers.is_valid_number(number):
        return phonenumbers.region_code_for_number(number) == REGION
    return shortnumberinfo.is_valid_short_number_for_region(number, REGION)


def phone_errors(text: str | None) -> list[str]:
    """Per-field messages for a phone field: none when it is empty or valid."""
    if text is None or not text.strip() or is_valid_phone(text):
        return []
    return [MESSAGE]


CONTACT_MESSAGE = "A phone number such as 020 7946 0000, or +33 1 23 45 67 89 for a number outside the UK."


def is_valid_contact_phone(text: str) -> bool:
    """Whether ``text`` is a full number a person can be rung on: UK national or +44, or any country's number
    written with its + prefix (a foreign correspondent's). Short codes are services, not people: refused."""
    text = (text or "").strip()
    if not text or len(text) > MAX_LENGTH:
        return False
    try:
        number = phonenumbers.parse(text, REGION)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(number)


def contact_phone_errors(text: str | None) -> list[str]:
    """Per-field messages for a contact's phone: none when it is empty or valid."""
    if text is None or not text.strip() or is_valid_contact_phone(text):
        return []
    return [CONTACT_MESSAGE]
