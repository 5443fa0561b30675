"""What a viewer may do to a statement now, as action names, for faces that offer buttons.

The rules are the workflow's (:mod:`statements.workflow` checks them again when an action is taken): editors
edit drafts, submit them, and start a new draft from published, scheduled or withdrawn wording; approvers
reject or approve what is in review (never wording they wrote: the two-person rule), publish what is approved,
move (``reschedule``) or cancel (``unschedule``) a schedule before it lifts, and withdraw what is served.
"""

from __future__ import annotations

from collections.abc import Iterable

from .viewer import Role, Viewer
from .views import VersionView


def wrote(name: str | None, author: str | None, contributors: Iterable[str] | None) -> bool:
    """True when ``name`` authored or contributed to a version: such a person may not approve it."""
    return name is not None and (name == author or name in (contributors or ()))


def allowed_actions(working: VersionView, versions: list[VersionView], viewer: Viewer) -> set[str]:
    """The actions ``viewer`` may take on the statement whose newest version is ``working`` (``versions``:
    all of its versions): some of ``edit``, ``submit``, ``reject``, ``approve``, ``publish``,
    ``start_draft``, ``reschedule``, ``unschedule`` and ``withdraw``."""
    actions: set[str] = set()
    editor, approver = viewer.has_role(Role.editor), viewer.has_role(Role.approver)
    status = working.status
    if editor and status == "draft":
        actions |= {"edit", "submit"}
    if approver and status == "in_review":
        actions.add("reject")
        if not wrote(viewer.name, working.author, working.contributors):
            actions.add("approve")
    if approver and status == "approved":
        actions.add("publish")
    if editor and status in ("published", "scheduled", "withdrawn"):
        actions |= {"edit", "start_draft"}
    if approver and any(v.status == "scheduled" for v in versions):
        actions.add("reschedule")
        if status == "scheduled":
            actions.add("unschedule")  # only the newest: a draft started from it would be left orphaned
    if approver and any(v.status in ("published", "scheduled") for v in versions):
        actions.add("withdraw")
    return actions
