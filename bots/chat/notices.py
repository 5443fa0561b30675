"""Post-commit notices, neutral: which workflow changes the press office's channels hear about, and in what words.

Slack and Teams notifiers render a :class:`Notice`; they do not look at :class:`~statements.ChangeEvent` themselves.
Notices go to the press office's own channels, so a scheduled (embargoed) publication is announced with its
title and time but without its wording, and an approval request carries the title and change note only.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from statements import ChangeEvent
from statements.checks import first_line, tally
from statements.media.events import SENT
from statements.release import Release
from statements.views import VersionView

from .answers import INTERNAL, KIND_LABELS, Linker, human_date, sentences

RELEASE_PREFIX = "release:"

#: change action -> notice action. Everything else (drafts, edits, approve, reject) stays quiet. The workflow's
#: own "publish" speaks only for a schedule (at the moment it is set), and its "withdraw" only for a version that
#: never went live; going live and withdrawals of served wording are announced from the release outbox
#: (:func:`release_change`) when they happen, so a scheduled lift says "now live".
ACTIONS = {
    "publish": "scheduled",
    "withdraw": "withdrawn",
    "submit": "submitted",
    "reschedule": "scheduled",
    RELEASE_PREFIX + "statement.published": "published",
    RELEASE_PREFIX + "statement.updated": "published",
    RELEASE_PREFIX + "statement.withdrawn": "withdrawn",
    RELEASE_PREFIX + SENT: "mailed",
}
MAILED = {
    "release": ("Release email sent", "v{v} went to {n} on {lists}."),
    "advance": ("Embargoed advance copy sent", "v{v} went to {n} on {lists}, embargoed until {until}."),
    "withdrawn": ("Withdrawal emailed", "{n} who were sent its wording were told not to use it."),
    "embargo_moved": ("Embargo change emailed", "{n} who had the advance copy were told the embargo moved."),
    "embargo_cancelled": ("Embargo cancellation emailed", "{n} who had the advance copy were told not to publish."),
}


@dataclass(frozen=True)
class Notice:
    """``action`` is ``published``, ``scheduled``, ``withdrawn`` or ``submitted`` (an approval request: offer
    Approve and Reject where the face can). ``headline`` and ``text`` are ready to show as plain text.
    ``revision`` is the statement revision after the change: what an Approve/Reject click must send back."""

    action: str
    slug: str
    title: str
    kind: str
    audience: str
    version: int
    actor: str
    at: datetime
    headline: str
    text: str
    revision: int
    reason: str | None = None
    publish_at: datetime | None = None
    summary: str = ""
    url: str | None = None  # the statement's page in Pressline, when PRESSLINE_PUBLIC_URL is set

    @property
    def kind_label(self) -> str:
        return KIND_LABELS.get(self.kind, self.kind)

    @property
    def needs_approval(self) -> bool:
        return self.action == "submitted"

    @property
    def is_internal(self) -> bool:
        return self.audience == "internal"

    @property
    def summary_line(self) -> str:
        """The notice as one plain line (notification text), internal wording marked first."""
        return sentences(INTERNAL if self.is_internal else None, f"{self.headline}: {self.text}")


def notice_for(event: ChangeEvent, timezone: str = "Europe/London", link: Linker | None = None) -> Notice | None:
    """The notice for a committed change, or None when the channel need not hear about it; ``link`` gives the
    statement's page (see :class:`~bots.chat.core.ChatCore`)."""
    action = ACTIONS.get(event.action)
    if action is None or event.version is None:
        return None
    if action == "scheduled" and not event.detail.get("scheduled"):
        return None  # published at once: the release outbox announces it
    if event.action == "withdraw" and event.version.version not in event.detail.get("cancelled", ()):
        return None  # a served version: the release outbox announces its withdrawal
    view = event.version
    label = KIND_LABELS.get(view.kind, view.kind)
    when = view.publish_at
    local = when.astimezone(ZoneInfo(timezone)) if when else None
    reason = event.detail.get("reason")
    if action == "published" and event.detail.get("lifted"):
        stamp = f"{local:%H:%M %Z}" if local else "its embargo"
        headline = f"Now live: {view.title}"
        text = f"{label}, v{view.version}, is now live (embargo lifted at {stamp}). Approved by {view.approved_by}."
    elif action == "published":
        headline = f"Published: {view.title}"
        text = f"{label}, v{view.version}, approved by {view.approved_by or 'unknown'}, published by {event.actor}."
    elif action == "scheduled":
        stamp = f"{human_date(local)} at {local:%H:%M}" if local else "later"
        headline = f"Scheduled: {view.title}"
        text = f"{label}, v{view.version}, goes live on {stamp} (embargoed until then). Scheduled by {event.actor}."
    elif action == "mailed":
        headline, text = _mailed(view, event.detail, local)
    elif action == "withdrawn":
        headline = f"Withdrawn: {view.title}"
        text = f"Withdrawn on {human_date(event.at)} by {event.actor}: {reason} — do not use."
    else:
        headline = f"Approval needed: {view.title}"
        note = f" Change: {view.change_note}" if view.change_note else ""
        checks = f" Checks: {tally(event.checks)}: {first_line(event.checks)}" if event.checks else ""
        text = f"{label}, v{view.version}, submitted by {event.actor}.{note}{checks}"
    return Notice(
        action=action, slug=view.slug, title=view.title, kind=view.kind, audience=view.audience,
        version=view.version, actor=event.actor, at=event.at, headline=headline, text=text,
        revision=view.revision, reason=reason, publish_at=when,
        summary=view.summary if action == "published" else "", url=link(view) if link else None,
    )  # fmt: skip


def _mailed(view: VersionView, detail: dict, local: datetime | None) -> tuple[str, str]:
    """What a ``media.sent`` summary says: how many an email went to, and how many could not be sent."""
    heading, words = MAILED.get(str(detail.get("kind")), MAILED["release"])
    sent = int(detail.get("sent") or 0)
    people = f"{sent:,} recipient{'s' if sent != 1 else ''}"
    lists = ", ".join(detail.get("list_names") or ()) or "its media lists"
    until = f"{human_date(local)} at {local:%H:%M %Z}" if local else "its lift"
    text = words.format(v=view.version, n=people, lists=lists, until=until)
    failed, skipped = int(detail.get("failed") or 0), int(detail.get("skipped") or 0)
    if failed:
        text += f" {failed} could not be sent (see the delivery log)."
    if skipped:
        text += f" {skipped} left out (unsubscribed or marked do not send meanwhile)."
    return f"{heading}: {view.title}", text


def release_change(release: Release) -> ChangeEvent | None:
    """A release event from the outbox as the change the notifiers speak about (None without its version)."""
    if release.view is None:
        return None
    at = datetime.fromisoformat(release.detail["at"]) if "at" in release.detail else release.fired_at
    detail = {"lifted": release.scheduled, "reason": release.detail.get("reason"), "late": release.late_seconds}
    if release.type == SENT:
        detail = dict(release.detail)
    return ChangeEvent(release.slug, RELEASE_PREFIX + release.type, release.view, release.actor, at, detail)
