"""Release emails as text and HTML, from the approved version: title, summary, body, quotes with speakers,
reporting routes with ``tel:`` and web links, the office's contact line and a one-click unsubscribe.

A :class:`Letter` is made once per event and shared by every recipient; :func:`message` makes each recipient's
own ``EmailMessage`` (their address, unsubscribe link and ``Message-ID``). Text from a statement is data: the
HTML part escapes it, and the body goes through the project's one Markdown renderer (raw HTML off, unsafe
link schemes refused).
"""

from __future__ import annotations

import html as htmlmod
import re
from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, parseaddr
from typing import Any
from urllib.parse import quote

from ..errors import withdrawal_notice
from ..quoting import byline
from ..views import RouteView, VersionView
from ..wording import html as markdown_html
from ..wording import plain

UNSUBSCRIBE = "\x00unsubscribe\x00"  # stands for each recipient's own link (no statement text holds a NUL)
_LINE_BREAKS = re.compile(r"[\r\n]+")

RELEASE, ADVANCE, WITHDRAWN, EMBARGO_MOVED, EMBARGO_CANCELLED = (
    "release", "advance", "withdrawn", "embargo_moved", "embargo_cancelled",
)  # fmt: skip


@dataclass(frozen=True)
class Letterhead:
    """Who the emails come from: ``sender`` ("Press office <press@force.example>"), the office's
    ``contact_line`` and the ``public_url`` Pressline is served at (unsubscribe links and public pages)."""

    sender: str
    contact_line: str
    public_url: str

    @property
    def address(self) -> str:
        return parseaddr(self.sender)[1]

    @property
    def domain(self) -> str:
        return self.address.rpartition("@")[2] or "pressline.invalid"

    def unsubscribe_url(self, token: str) -> str:
        return f"{self.public_url.rstrip('/')}/unsubscribe/{quote(token, safe='')}"

    def page_url(self, slug: str) -> str:
        return f"{self.public_url.rstrip('/')}/embed/{quote(slug, safe='')}/full"


@dataclass(frozen=True)
class Letter:
    """One event's email, the same for every recipient but for :data:`UNSUBSCRIBE` in ``text`` and ``html``."""

    kind: str
    subject: str
    text: str
    html: str


def stamp(moment: datetime, zone: tzinfo) -> str:
    """ "09:00 GMT Tuesday 5 January 2027": the office's wall clock with GMT/BST, as embargoes are written."""
    local = moment.astimezone(zone)
    return f"{local:%H:%M} {local.tzname()} {local:%A} {local.day} {local:%B %Y}"


def embargo_line(moment: datetime, zone: tzinfo) -> str:
    return f"EMBARGOED UNTIL {stamp(moment, zone)}"


def letter(kind: str, view: VersionView, detail: dict[str, Any], head: Letterhead, zone: tzinfo) -> Letter:
    """The email for one event of ``kind`` (see the constants above) about ``view``."""
    title = _one_line(view.title)
    if kind in (RELEASE, ADVANCE):
        return _wording(kind, view, head, zone, updated=bool(detail.get("updated")))
    if kind == WITHDRAWN:
        at = datetime.fromisoformat(detail["at"]) if "at" in detail else datetime.now(UTC)
        head_line = "WITHDRAWN: DO NOT USE"
        lines = [f"“{title}” (version {view.version}), which we sent you, has been withdrawn.",
                 withdrawal_notice(at, str(detail.get("reason", "")))]  # fmt: skip
        subject = f"WITHDRAWN: do not use: {title}"
    elif kind == EMBARGO_MOVED:
        new = stamp(datetime.fromisoformat(detail["to"]), zone)
        old = stamp(datetime.fromisoformat(detail["from"]), zone) if detail.get("from") else "its earlier time"
        head_line = f"EMBARGO MOVED TO {new}"
        lines = [f"The embargo on “{title}” (version {view.version}) has moved from {old} to {new}.",
                 f"Do not publish any of it before {new}."]  # fmt: skip
        subject = f"EMBARGO MOVED to {new}: {title}"
    else:
        head_line = "EMBARGO CANCELLED: DO NOT PUBLISH"
        reason = str(detail.get("reason") or "").strip()
        lines = [f"The advance copy of “{title}” (version {view.version}) that we sent you under embargo "
                 "must not be published, now or later.", *([f"Reason: {reason}"] if reason else [])]  # fmt: skip
        subject = f"EMBARGO CANCELLED: do not publish: {title}"
    text = "\n\n".join([head_line, *lines, _footer_text(head)])
    body = "".join(f"<p>{_e(line)}</p>" for line in lines)
    return Letter(kind, subject, text, _page(title, f"<p><strong>{_e(head_line)}</strong></p>{body}", head))


def message(letter: Letter, head: Letterhead, name: str, email: str, token: str, message_id: str,
            now: datetime) -> EmailMessage:  # fmt: skip
    """The recipient's own message: plain text first, HTML as the alternative, RFC 8058 one-click headers."""
    url = head.unsubscribe_url(token)
    msg = EmailMessage()
    msg["From"] = head.sender
    msg["To"] = Address(_one_line(name)[:200], addr_spec=email) if name else email
    msg["Subject"] = letter.subject
    msg["Date"] = format_datetime(now.astimezone(UTC))
    msg["Message-ID"] = f"<{message_id}@{head.domain}>"
    msg["List-Unsubscribe"] = f"<{url}>, <mailto:{head.address}?subject=unsubscribe>"
    msg["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    msg["Auto-Submitted"] = "auto-generated"
    msg.set_content(letter.text.replace(UNSUBSCRIBE, url))
    msg.add_alternative(letter.html.replace(UNSUBSCRIBE, htmlmod.escape(url)), subtype="html")
    return msg


# -- the wording ---------------------------------------------------------------------------------------------


def _wording(kind: str, view: VersionView, head: Letterhead, zone: tzinfo, updated: bool) -> Letter:
    title = _one_line(view.title)
    first = embargo_line(view.publish_at, zone) if kind == ADVANCE and view.publish_at else None
    text: list[str] = [first] if first else []
    parts: list[str] = [f'<p class="embargo"><strong>{_e(first)}</strong></p>'] if first else []
    text.append(title)
    parts.append(f"<h1>{_e(title)}</h1>")
    if view.summary:
        text.append(view.summary)
        parts.append(f"<p><em>{_e(view.summary)}</em></p>")
    text.append(plain(view.body))
    parts.append(markdown_html(view.body))
    for q in view.quotes:
        said = byline(q.speaker, q.role)
        text.append(f"“{q.text}”\n— {said}")
        parts.append(f"<blockquote><p>“{_e(q.text)}”</p><p>— {_e(said)}</p></blockquote>")
    if view.reporting_routes:
        text.append("Report it or get help:\n" + "\n".join(_route_text(r) for r in view.reporting_routes))
        items = "".join(_route_html(r) for r in view.reporting_routes)
        parts.append(f"<h2>Report it or get help</h2><ul>{items}</ul>")
    if kind == RELEASE and view.audience == "public":
        url = head.page_url(view.slug)
        text.append(f"Online: {url}")
        parts.append(f'<p>Online: <a href="{_e(url)}">{_e(url)}</a></p>')
    provenance = f"Version {view.version}, approved by {view.approved_by or 'the press office'}."
    text.append(provenance)
    parts.append(f"<p>{_e(provenance)}</p>")
    text.append(_footer_text(head))
    subject = f"{first}: {title}" if first else f"Updated: {title}" if updated else title
    return Letter(kind, subject, "\n\n".join(text), _page(title, "".join(parts), head))


def _route_text(route: RouteView) -> str:
    bits = [route.name]
    if route.phone:
        bits.append(f"call {route.phone}")
    if route.url:
        bits.append(route.url)
    line = "- " + ", ".join(bits)
    return f"{line} ({route.when})" if route.when else line


def _route_html(route: RouteView) -> str:
    bits = [f"<strong>{_e(route.name)}</strong>"]
    if route.phone:
        bits.append(f'<a href="tel:{_e(_tel(route.phone))}">{_e(route.phone)}</a>')
    if route.url and route.url.startswith(("https://", "http://")):
        bits.append(f'<a href="{_e(route.url)}">{_e(route.url)}</a>')
    when = f" <span>({_e(route.when)})</span>" if route.when else ""
    return f"<li>{' '.join(bits)}{when}</li>"


def _footer_text(head: Letterhead) -> str:
    contact = f"{head.contact_line}\n" if head.contact_line else ""
    return f"--\n{contact}You receive this as a member of our media lists. Unsubscribe: {UNSUBSCRIBE}"


def _page(title: str, main: str, head: Letterhead) -> str:
    contact = f"<p>{_e(head.contact_line)}</p>" if head.contact_line else ""
    return (
        '<!doctype html><html lang="en"><head><meta charset="utf-8">'
        f"<title>{_e(title)}</title></head>"
        '<body style="font-family: sans-serif; line-height: 1.5; max-width: 40em">'
        f'{main}<hr>{contact}<p style="font-size: small">You receive this as a member of our media lists. '
        f'<a href="{UNSUBSCRIBE}">Unsubscribe</a></p></body></html>'
    )


def _tel(phone: str) -> str:
    return re.sub(r"[^\d+]", "", phone)


def _one_line(text: str) -> str:
    return _LINE_BREAKS.sub(" ", text).strip()


def _e(text: str) -> str:
    return htmlmod.escape(text, quote=True)
