"""Someone's own contact, not a route: a missing man's mobile, a dog owner's number, "contact her directly on …",
a family's number shared on social media."""

from __future__ import annotations

import re

# Someone's own phone, not a route: "His mobile phone, number 07700 …, has been switched off"
_OWN_CONTACT = re.compile(
    r"(?:\b(?:[Hh]is|[Hh]er|[Tt]heir)|\b[A-Z][a-z]+['’]s|\b(?:man|woman|boy|girl|teenager|child|victim|suspect|"
    r"offender|defendant|pensioner|student|driver|seller|buyer)['’]s)\s+(?:own\s+|personal\s+)?(?:(?:mobile|landline|home|phone|telephone|"
    r"e-?mail)(?:\s+(?:phone|number|address))*|number)\s*[,:(]?\s*(?:number\s*[,:]?\s*)?"
    r"(?:is\s+|was\s+)?[(\"“'‘*]*\s*$"
)
# A private person's own contact: "asked anyone who spots Poppy to contact her directly on 07…", "the dog's
# owner on …", "the group's organiser at …" (an officer's direct line names the officer, not "her"); a family's
# plea to a missing son, "Please text Mum on 07…"
_RELATIVE = r"mum|mam|mummy|mother|dad|daddy|father|nan|nana|gran|granny|grandma|grandad|grandpa|sister|brother"
_PRIVATE_CONTACT = re.compile(
    rf"(?i)(?:\b(?:contact|call|ring|phone|text|message|e-?mail)(?:ing)?\s+(?:her|him|{_RELATIVE})\b(?:\s+directly)?|"
    r"\b(?:the|his|her|their|its|[a-z]+['’]s)\s+(?:[\w-]+\s+)?(?:owners?|keepers?|organisers?|family|parents?|"
    rf"relatives?|neighbours?|{_RELATIVE}|daughter|son|wife|husband|partner)\b(?:\s+directly)?|"
    # "Mr Archer's family have shared a phone number, 07…, on social media": a private party's own number, shared
    r"\b(?:family|families|friends|relatives|parents|owners?|neighbours?)\s+(?:have|has|had)\s+(?:also\s+)?"
    r"(?:shared|posted|circulated|set\s+up|put\s+out|given\s+out)\s+(?:a|an|their|his|her)\s+(?:own\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:number|mobile|e-?mail(?:\s+address)?))\s*[,:(]?\s*(?:on|at|via)?\s*[(\"“'‘*\[]*\s*$"
)
_OFFICER = re.compile(r"\b(?:PC|DC|DS|DI|Sgt|Insp|officer|Detective|Constable|Sergeant|Inspector)\b")


def someones_own_contact(left: str) -> str | None:
    """The words before a contact that make it a person's own ("his mobile phone, number", "the dog's owner on"),
    or None. An officer's direct line names the officer, so a private party is looked for only when no officer is."""
    own = _OWN_CONTACT.search(left[-80:])
    if own is None and not _OFFICER.search(left):
        own = _PRIVATE_CONTACT.search(left[-80:])
    return own.group(0).strip(" ,:(") if own else None
