"""Readability and accessibility rules: reading age, long sentences, link text, bare and insecure links,
capital letters and images without alternative text (GOV.UK style guide; WCAG 2.2)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

import textstat

from ..sentences import sentence_spans
from .config import ChecksConfig
from .findings import WARN, Hit
from .registry import rule
from .subject import Subject
from .text import MD_LINK, URL, inside, markdown_plain, word_count

VAGUE_LINK_TEXT = {"here", "click here", "click", "this link", "link", "more", "read more", "this", "this page"}
CLICK_HERE = re.compile(r"\bclick\s+here\b", re.IGNORECASE)
#: four or more words in capitals in a row ("DO NOT CALL THIS NUMBER"); single acronyms such as CEOP are fine
CAPITALS = re.compile(r"\b[A-Z][A-Z'’]+(?:[\s,!-]+[A-Z][A-Z'’]+){3,}\b")
INSECURE = re.compile(r"\bhttp://[^\s<>()\[\]]+", re.IGNORECASE)


def reading_age(text: str) -> float:
    """UK reading age: the Flesch-Kincaid US school grade plus five years.

    The same figure as ``textstat.flesch_kincaid_grade(text) + 5`` (a test holds them equal), built from
    textstat's own counts, but with syllables counted once per distinct word: textstat caches whole texts, and
    every save is a new text, while most of its words were counted before.
    """
    words = textstat.lexicon_count(text)
    sentences = textstat.sentence_count(text)
    if not words or not sentences:
        return 5.0
    syllables = sum(n * textstat.syllable_count(token) for token, n in Counter(text.split()).items())
    if not syllables:
        return 5.0
    return round(0.39 * words / sentences + 11.8 * syllables / words - 15.59 + 5, 1)


def warm_up() -> None:
    """textstat loads its dictionary on first use (about half a second): do it when the service starts."""
    reading_age("The checks are ready to read statements.")


@rule("readability.reading-age", WARN)
def reading_age_rule(subject: Subject, config: ChecksConfig) -> Iterator[Hit]:
    """A reading age above the office's limit (default 14)."""
    plain = markdown_plain(f"{subject.summary}\n\n{subject.body}")
    if word_count(plain) < config.min_words_for_reading_age:
        return
    age = reading_age(plain)
    if age > config.max_reading_age:
        yield Hit(
            "body", 0, 0, f"reading age {age:g}",
            f"Reading age about {age:g} (Flesch-Kincaid grade + 5); the office aims for "
            f"{config.max_reading_age:g} or under: use shorter sentences and plainer words.",
        )  # fmt: skip


@rule("readability.long-sentence", WARN)
def long_sentences(subject: Subject, config: ChecksConfig) -> Iterator[Hit]:
    """Sentences over 30 words (the office can change the limit)."""
    for field, text in subject.passages():
        for start, end in sentence_spans(text):
            count = word_count(text[start:end])
            if count > config.max_sentence_words:
                yield Hit(
                    field,
                    start,
                    end,
                    text[start:end],
                    f"This sentence has {count} words; keep sentences to {config.max_sentence_words} or fewer.",
                )


@rule("readability.link-text", WARN)
def link_text(subject: Subject, config: ChecksConfig) -> Iterator[Hit]:
    """Link text that does not say where it goes ("click here", "here")."""
    for field, text in subject.passages():
        links = []
        for m in MD_LINK.finditer(text):
            links.append((m.start(), m.end()))
            if not m.group(1) and m.group(2).strip().strip(".").lower() in VAGUE_LINK_TEXT:
                yield Hit(
                    field,
                    m.start(2),
                    m.end(2),
                    m.group(2),
                    f"Link text “{m.group(2)}” does not say where the link goes: name the page instead (WCAG 2.4.4).",
                )
        for m in CLICK_HERE.finditer(text):
            if not inside(links, m.start(), m.end()):
                yield Hit(field, m.start(), m.end(), m.group(), "Say what to do and where, not “click here”.")


@rule("readability.bare-url", WARN)
def bare_urls(subject: Subject, config: ChecksConfig) -> Iterator[Hit]:
    """A web address written out instead of a link with descriptive text."""
    for field, text in subject.passages():
        targets = [(m.start(3), m.end(3)) for m in MD_LINK.finditer(text)]
        for m in URL.finditer(text):
            if inside(targets, m.start(), m.end()):
                continue
            yield Hit(
                field, m.start(), m.end(), m.group(),
                f"Bare address {m.group()}: make it a link whose text names the page, e.g. [CEOP's reporting "
                "page](https://...) (WCAG 2.4.4).",
            )  # fmt: skip


@rule("readability.capitals", WARN)
def capitals(subject: Subject, config: ChecksConfig) -> Iterator[Hit]:
    """Passages in capital letters (hard to read, and screen readers may spell them out)."""
    for field, text in subject.passages():
        for m in CAPITALS.finditer(text):
            yield Hit(field, m.start(), m.end(), m.group(), "Passage in capitals: write it in sentence case.")


@rule("readability.image-alt", WARN)
def image_alt(subject: Subject, config: ChecksConfig) -> Iterator[Hit]:
    """A Markdown image without alternative text."""
    for field, text in subject.passages():
        for m in MD_LINK.finditer(text):
            if m.group(1) and not m.group(2).strip():
                yield Hit(
                    field,
                    m.start(),
                    m.end(),
                    m.group(),
                    "Image without alternative text: describe it between the brackets (WCAG 1.1.1).",
                )


@rule("readability.insecure-link", WARN)
def insecure_links(subject: Subject, config: ChecksConfig) -> Iterator[Hit]:
    """Links and route addresses that use http:// instead of https://."""
    for i, route in enumerate(subject.routes):
        if route.url and route.url.lower().startswith("http://"):
            yield Hit(
                f"reporting_routes.{i}.url", 0, len(route.url), route.url,
                f"The {route.name or route.id} route's address is not https.",
            )  # fmt: skip
    for field, text in subject.passages():
        for m in INSECURE.finditer(text):
            yield Hit(field, m.start(), m.end(), m.group(), f"{m.group()} is not https: use the https address.")
