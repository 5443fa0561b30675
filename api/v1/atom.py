"""Writing Atom (RFC 4287) with xml.etree, which escapes text and attributes for us."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from datetime import datetime

ATOM = "http://www.w3.org/2005/Atom"
_NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")  # not allowed in XML 1.0 at all


@dataclass(frozen=True)
class Entry:
    id: str
    title: str
    updated: datetime
    link: str
    summary: str
    content: str = ""  # HTML (escaped once more by the XML writer, as type="html" requires)
    categories: tuple[str, ...] = ()
    author: str = ""
    published: datetime | None = None


@dataclass
class Feed:
    id: str
    title: str
    self_link: str
    updated: datetime
    author: str
    entries: list[Entry] = field(default_factory=list)


def render(feed: Feed) -> bytes:
    ET.register_namespace("", ATOM)
    root = ET.Element(_q("feed"))
    _text(root, "id", feed.id)
    _text(root, "title", feed.title)
    _text(root, "updated", _date(feed.updated))
    ET.SubElement(root, _q("link"), rel="self", href=feed.self_link, type="application/atom+xml")
    _text(ET.SubElement(root, _q("author")), "name", feed.author)
    for entry in feed.entries:
        node = ET.SubElement(root, _q("entry"))
        _text(node, "id", entry.id)
        _text(node, "title", entry.title)
        _text(node, "updated", _date(entry.updated))
        if entry.published is not None:
            _text(node, "published", _date(entry.published))
        if entry.author:
            _text(ET.SubElement(node, _q("author")), "name", entry.author)
        ET.SubElement(node, _q("link"), rel="alternate", href=entry.link, type="application/json")
        for term in entry.categories:
            ET.SubElement(node, _q("category"), term=_clean(term))
        _text(node, "summary", entry.summary)
        if entry.content:
            _text(node, "content", entry.content).set("type", "html")
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


def _q(name: str) -> str:
    return f"{{{ATOM}}}{name}"


def _text(parent: ET.Element, name: str, value: str) -> ET.Element:
    node = ET.SubElement(parent, _q(name))
    node.text = _clean(value)
    return node


def _clean(value: str) -> str:
    return _NOT_XML.sub("", value or "")


def _date(value: datetime) -> str:
    return value.isoformat().replace("+00:00", "Z")
