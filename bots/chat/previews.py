"""Link previews, neutral: what a pasted link to a statement's console or embed page may show in chat.

Published wording: its status, version, approver and date; its summary only when it is public (a preview is
seen by everyone in the channel, and may travel further). Anything not yet published (a draft, a version in
review, an approved version still under embargo): its status only, not even its title.
Withdrawn: the withdrawal notice. An address that is not one of ours, or a slug that never existed: no preview.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

from statements import Services, Viewer
from statements.errors import Gone, NotFound

from .answers import AUDIENCE_LABELS, KIND_LABELS, human_date
from .text import plain, shorten

_PATH = re.compile(r"^/(?:console/s|embed)/([a-z0-9][a-z0-9-]{0,199})/?$")
STATUS = {"draft": "Draft", "in_review": "In review", "approved": "Approved, not yet published",
          "rejected": "Rejected (back with its author)", "published": "Published"}  # fmt: skip
SUMMARY = 300


@dataclass(frozen=True)
class Preview:
    slug: str
    title: str  # empty for what is not published
    status: str  # a sentence for people: "Published", "Draft", "Withdrawn on 2 Jun 2026: ... — do not use."
    details: str = ""  # "Press release · v3 · approved by Abe Approver · 2 Nov 2026" (published only)
    summary: str = ""  # published public wording only
    audience: str = ""

    @property
    def is_internal(self) -> bool:
        return self.audience == "internal"


def slug_from(url: str, public_url: str | None) -> str | None:
    """The statement slug of a link to our console or embed page, or None (another site, another page)."""
    base = urlsplit((public_url or "").strip().rstrip("/"))
    link = urlsplit(url or "")
    if not base.netloc or link.netloc.lower() != base.netloc.lower() or link.scheme not in ("https", "http"):
        return None
    path = unquote(link.path)
    prefix = base.path.rstrip("/")
    if prefix:
        if not path.startswith(prefix + "/"):
            return None
        path = path[len(prefix) :]
    match = _PATH.match(path)
    return match.group(1) if match else None


def preview(services: Services, slug: str) -> Preview | None:
    try:
        view = services.catalogue.get(slug, Viewer.bot())
    except Gone as gone:
        notice = f"Withdrawn on {human_date(gone.at)}: {gone.reason} — do not use."
        return Preview(slug, slug, notice)
    except NotFound:
        return _unpublished(services, slug)
    details = " · ".join(
        part for part in (
            KIND_LABELS.get(view.kind, view.kind), f"v{view.version}",
            f"approved by {view.approved_by}" if view.approved_by else "",
            human_date(view.publish_at or view.approved_at), AUDIENCE_LABELS.get(view.audience, view.audience),
        ) if part
    )  # fmt: skip
    summary = shorten(plain(view.summary), SUMMARY)[0] if view.audience == "public" else ""
    return Preview(view.slug, view.title, "Published", details, summary, view.audience)


def _unpublished(services: Services, slug: str) -> Preview | None:
    try:
        view = services.catalogue.working(slug, Viewer.staff("link preview", "editor"))
    except (NotFound, Gone):
        return None
    return Preview(view.slug, "", STATUS.get(view.status, view.status.replace("_", " ").capitalize()))
