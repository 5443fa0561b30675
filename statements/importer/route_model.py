"""A learned veto for contacts the routes registry does not know.

The rules (:mod:`.offers`, :mod:`.purposes`, :mod:`.addresses`) decide whether the text offers an unknown
contact to the reader for reporting or help. Listing every kind of other business never closes, so a contact
the rules keep must also score at least the model's threshold (a low one when its sentence names a reporting
act, a higher one when it does not: :func:`threshold`): a logistic regression over words of the contact's own
clause, the sentences before it in its paragraph and the address itself. The model is
``route_model.json`` beside this module, written by ``bench/train_route_model.py`` from the keyed holdout
folders; inference here is pure Python. :func:`features` is the one feature function: the trainer imports it.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import cache
from itertools import pairwise
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

MODEL_PATH = Path(__file__).with_name("route_model.json")

_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?|\d+")
_SUFFIXES = ("police.uk", "gov.uk", "nhs.uk", "org.uk", "co.uk", "ac.uk", "sch.uk", "gov.scot", "gov.wales")
LEFT_WORDS = 12  # the clause before the contact: its last words
RIGHT_WORDS = 12  # the clause after it: its first words
BEFORE_WORDS = 20  # the paragraph's sentences before the contact's: their last words


@dataclass(frozen=True)
class ContactContext:
    """An unknown contact where it stands: ``left`` is its sentence up to it, ``right`` the rest of the sentence,
    ``before`` the sentences of its paragraph before that one; ``kind`` is phone, short, url or email."""

    printed: str
    kind: str
    left: str
    right: str
    before: str = ""


def _words(text: str) -> list[str]:
    text = text.lower().replace("’", "'")
    return ["<n>" if word.isdigit() else word for word in _WORD.findall(text)]


def _grams(prefix: str, words: list[str]) -> list[str]:
    return [f"{prefix}:{w}" for w in words] + [f"{prefix}:{a}_{b}" for a, b in pairwise(words)]


def _suffix(host: str) -> str:
    return next((s for s in _SUFFIXES if host.endswith("." + s)), host.rsplit(".", 1)[-1])


def _address(printed: str, kind: str) -> list[str]:
    """What the address itself says: a phone's prefix, a site's suffix and path words, a mailbox's words."""
    if kind in ("phone", "short"):
        digits = re.sub(r"\D", "", printed)
        if digits.startswith("44"):
            digits = "0" + digits[2:]
        if not digits.startswith("0"):
            return [f"ph:len{min(len(digits), 7)}"]
        return ["ph:" + (digits[:4] if digits.startswith("08") else digits[:2])]
    if kind == "url":
        parts = urlsplit(printed if "://" in printed else "http://" + printed)
        path = _words(parts.path)
        return ["sfx:" + _suffix((parts.hostname or "").lower()), *(f"path:{w}" for w in path or ["<none>"])]
    local, _, host = printed.lower().partition("@")
    return ["sfx:" + _suffix(host), *(f"mail:{w}" for w in _words(local))]


def features(context: ContactContext) -> set[str]:
    """The model's features of an unknown contact (the trainer and :func:`probability` share this)."""
    left = _words(context.left)
    head = left[-LEFT_WORDS:] if len(left) > LEFT_WORDS else ["<s>", *left]
    found = _grams("l", head) + _grams("r", _words(context.right)[:RIGHT_WORDS])
    found += [f"b:{w}" for w in _words(context.before)[-BEFORE_WORDS:]]
    return {*found, f"k:{context.kind}", *_address(context.printed, context.kind)}


@cache
def model() -> dict[str, Any]:
    """The trained model: ``weights`` (feature -> weight), ``bias``, ``threshold`` and how it was trained."""
    loaded: dict[str, Any] = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    return loaded


def probability(context: ContactContext) -> float:
    """How likely the text offers this unknown contact for reporting or help, by the model (0 to 1)."""
    trained = model()
    weights: dict[str, float] = trained["weights"]
    logit = trained["bias"] + sum(weights.get(feature, 0.0) for feature in features(context))
    return 1.0 / (1.0 + math.exp(-logit)) if logit > -500 else 0.0


# The act of reporting (or of asking for help) named in a contact's sentence before it: "Witnesses should contact …",
# "report it at …", "anyone who has seen him …", "if you are worried about a child, call …". Without one, the
# rules kept the contact on weaker words ("contact", "call", "visit", "for more information"), and the model
# must be fairly sure of it (``unsure_threshold``); with one, only a near-certain "business" vetoes it.
_REPORTING_ACT = re.compile(
    r"\b(?:report(?:s|ed|ing)?|witness(?:es|ed)?|anyone with information|information (?:about|on|that)|"
    r"(?:has|have|who) seen|saw|footage|dash ?cam|concern(?:s|ed)?|worried|suspicious|safeguarding|refer(?:rals?)?|"
    r"abuse|right now|in danger|emergenc(?:y|ies)|crisis|helpline|confidential(?:ly)?|anonymous(?:ly)?|"
    r"fire safety (?:visit|check)s?|safe and well|(?:is|are) (?:really )?genuine|really from|complain(?:s|ing)?|"
    r"crime (?:team|unit|line)|hear from|happen(?:ed|s)? to (?:you|them|someone)|(?:have|has) been (?:a )?victims?|"
    r"victims? (?:who|of)|affected by)\b",
    re.IGNORECASE,
)


# "the force's annual rural crime report", "read the inspection report at": a document, no act of reporting
_DOCUMENT_REPORT = re.compile(
    r"(?i)\b(?:the|its|their|our|this|that|latest|full|final|annual|yearly|inspection|inquest)\s+"
    r"(?:[\w'’-]+\s+){0,3}?reports?\b(?!\s+(?:it|them|anything|any|crimes?|concerns?|suspicious|to|a|an|this)\b)"
)


def names_reporting_act(context: ContactContext) -> bool:
    """Whether the contact's sentence, up to the contact, names reporting or asking for help (a report that is a
    document is none)."""
    return _REPORTING_ACT.search(_DOCUMENT_REPORT.sub(" ", context.left)) is not None


def threshold(context: ContactContext | None = None) -> float:
    """Below this score a contact the rules kept is left out: the model's ``threshold`` when the words before
    it name a reporting act, its higher ``unsure_threshold`` when they do not (docs/importer.md: "The veto's
    two thresholds")."""
    trained = model()
    if context is None or names_reporting_act(context):
        return float(trained["threshold"])
    return float(trained.get("unsure_threshold", trained["threshold"]))
