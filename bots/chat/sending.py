"""``send SLUG``, neutral: where a release will go (lists, how many people, when), and doing it once confirmed.

An approved version is published now with the lists chosen for it (the release email goes out when it is live);
a scheduled version's embargoed advance copy goes to its chosen lists now. The faces ask for confirmation with
a button carrying :attr:`SendPlan.token`; :func:`carry_out` acts only if nothing changed since the plan was shown.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from statements import Services, Viewer
from statements.errors import Gone, NotFound, PresslineError
from statements.media.choices import ListChoice
from statements.media.compose import stamp

APPROVERS_ONLY = "Sending releases to media lists is for Pressline approvers."


@dataclass(frozen=True)
class SendPlan:
    slug: str
    title: str
    version: int
    revision: int
    mode: str  # "publish" (approved: publish now, emailed when live) or "advance" (scheduled: embargoed copy now)
    lists: tuple[ListChoice, ...]
    recipients: int
    when: str  # plain words: "now" or "now, embargoed until 09:00 GMT Tuesday 5 January 2027"

    @property
    def list_names(self) -> str:
        return ", ".join(f"{c.name} ({c.recipients})" for c in self.lists)

    @property
    def action(self) -> str:
        return "Publish now and email" if self.mode == "publish" else "Send the embargoed advance copy"

    @property
    def token(self) -> str:
        """What the confirm button carries: the plan is redone on the click and must still match."""
        return json.dumps({"slug": self.slug, "v": self.version, "r": self.revision, "m": self.mode})


def plan(services: Services, slug: str, approver: Viewer) -> SendPlan | str:
    """The plan for ``send SLUG``, or one sentence saying why there is nothing to send."""
    slug = slug.strip().lower()
    if not slug:
        return "Didn't catch that: `send` needs a statement's slug, e.g. `send warning-to-paedophile-hunters`."
    try:
        versions = services.catalogue.versions(slug, approver)
    except (NotFound, Gone):
        return f"No statement `{slug}`."
    if not versions:
        return f"No statement `{slug}`."
    scheduled = next((v for v in versions if v.status == "scheduled"), None)
    newest = max(versions, key=lambda v: v.version)
    target = scheduled or (newest if newest.status == "approved" else None)
    if target is None:
        status = newest.status.replace("_", " ")
        return (f"Nothing to send: v{newest.version} of `{slug}` is {status}. `send` publishes an approved version "
                "to its media lists, or sends a scheduled one's embargoed advance copy.")  # fmt: skip
    if target.audience != "public":
        return f"v{target.version} of `{slug}` is {target.audience} wording: only public wording is emailed."
    media = services.media
    lists = tuple(media.chosen(slug, target.version))
    if not lists:
        return (f"No media lists are chosen for v{target.version} of `{slug}`: choose them when approving or "
                "publishing (the console's list picker, or `lists` in the API).")  # fmt: skip
    mode = "advance" if target is scheduled else "publish"
    when = "now"
    if mode == "advance" and target.publish_at is not None:
        when = f"now, embargoed until {stamp(target.publish_at, media.zone)}"
    reach = media.reach([c.id for c in lists])
    return SendPlan(slug, target.title, target.version, target.revision, mode, lists, reach, when)


def carry_out(services: Services, token: str, approver: Viewer) -> str:
    """Do what the confirmed plan said, if it still holds; one plain sentence either way."""
    try:
        asked = json.loads(token)
        slug, version, revision, mode = str(asked["slug"]), int(asked["v"]), int(asked["r"]), str(asked["m"])
    except (KeyError, TypeError, ValueError):
        return "That button is out of date: run `send` again."
    now = plan(services, slug, approver)
    if isinstance(now, str):
        return now
    if (now.version, now.revision, now.mode) != (version, revision, mode):
        return f"`{slug}` changed since you asked: run `send {slug}` again to see where it would go now."
    try:
        if mode == "publish":
            view = services.workflow.publish(slug, revision, approver)
            return (f"Published v{view.version} of “{now.title}”: the release email goes to {now.recipients} "
                    f"recipients on {now.list_names}.")  # fmt: skip
        sent = services.media.advance(slug, [c.id for c in now.lists], approver)
    except PresslineError as exc:
        return exc.message or "That could not be done."
    until = stamp(sent.embargo_until, services.media.zone)
    return (f"Embargoed advance copy of v{sent.version} of “{now.title}” going to {sent.recipients} recipients on "
            f"{now.list_names}, embargoed until {until}.")  # fmt: skip
