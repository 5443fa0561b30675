"""Every write: drafts and lifecycle transitions. Each one commits the new state, its audit event and a
change-log row in one transaction, guarded by the statement's revision (optimistic concurrency)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from sqlalchemy import CursorResult, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from .actions import wrote
from .checks import Checks, Finding, blocking, tally
from .clock import Clock, utcnow
from .db import Database
from .drafting import clean_draft, slugify
from .errors import (
    ChecksBlocked,
    Forbidden,
    InvalidTransition,
    NotFound,
    SelfApproval,
    StaleRevision,
    ValidationFailed,
)
from .models import AuditEvent, ChangeLogEntry, Statement, Version
from .release.outbox import cancel_lift, move_lift, record_lift, record_withdrawal
from .release.schedule import check_publish_at
from .versioning import apply_fields, copy_version, newest, unique_slug
from .viewer import Role, Viewer
from .views import VersionView, version_view
from .visibility import current_number, statement_by_slug
from .writes import Hook, Write

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ChangeEvent:
    """Sent to listeners after a write commits (the index, chat notices). A submit carries the version's check
    findings, so approval requests can say what the approver will find."""

    slug: str
    action: str
    version: VersionView
    actor: str
    at: datetime
    detail: dict
    checks: tuple[Finding, ...] = ()


Listener = Callable[[ChangeEvent], None]
#: one transition's change to the newest version; returns the version the caller gets back
Step = Callable[[Session, Statement, Version, Viewer], Version]
Lists = list[int] | None  # media lists chosen to receive a version (kept by the media desk's hook)


class Workflow:
    def __init__(self, db: Database, clock: Clock = utcnow, checks: Checks | None = None) -> None:
        self.db = db
        self.clock = clock
        self.checks = checks
        self._listeners: list[Listener] = []
        self._hooks: list[Hook] = []

    def within(self, hook: Hook) -> None:
        """Call ``hook`` inside every write's transaction, before its audit event; what it raises aborts the write."""
        self._hooks.append(hook)

    def subscribe(self, listener: Listener) -> None:
        """Call ``listener`` after every committed write; its failures are logged, never raised."""
        self._listeners.append(listener)

    # -- drafts --------------------------------------------------------------------------------------------

    def create_draft(self, data: dict[str, Any], actor: Viewer) -> VersionView:
        _require(actor, Role.editor)
        fields = clean_draft(data, creating=True)
        now = self.clock()
        with self.db.writing() as session:
            requested = fields.pop("slug", None)
            slug = unique_slug(session, requested or slugify(fields["title"]), explicit=bool(requested))
            statement = Statement(slug=slug, revision=1, created_at=now, updated_at=now)
            session.add(statement)
            version = Version(
                statement=statement, number=1, status="draft", author=actor.name, contributors=[actor.name],
                created_at=now, updated_at=now, kind=fields["kind"], audience=fields["audience"],
                title=fields["title"], summary="", body="", change_note="",
            )  # fmt: skip
            session.add(version)
            apply_fields(session, version, fields)
            view = self._record(session, statement, version, actor, "create", {})
        return self._emit(view, actor, "create", {})

    def edit_draft(self, slug: str, revision: int, data: dict[str, Any], actor: Viewer) -> VersionView:
        """Change the working draft. On a published or withdrawn statement this starts a new draft first."""
        _require(actor, Role.editor)
        fields = clean_draft(data, creating=False)
        with self.db.writing() as session:
            statement = self._claim(session, slug, revision)
            version = newest(statement)
            if version.status in ("published", "withdrawn"):
                version = copy_version(session, statement, version, actor, self.clock())
            elif version.status != "draft":
                raise InvalidTransition(f"Version {version.number} is {version.status}; it can no longer be edited.")
            apply_fields(session, version, fields)
            version.updated_at = self.clock()
            if actor.name and actor.name not in version.contributors:
                version.contributors = [*version.contributors, actor.name]
            detail = {"fields": sorted(fields)}
            view = self._record(session, statement, version, actor, "edit", detail)
        return self._emit(view, actor, "edit", detail)

    def start_draft(self, slug: str, revision: int, actor: Viewer) -> VersionView:
        _require(actor, Role.editor)
        with self.db.writing() as session:
            statement = self._claim(session, slug, revision)
            latest = newest(statement)
            if latest.status not in ("published", "withdrawn"):
                raise InvalidTransition(f"Version {latest.number} is still {latest.status}; work on it instead.")
            detail = {"from": latest.number}
            version = copy_version(session, statement, latest, actor, self.clock())
            view = self._record(session, statement, version, actor, "start_draft", detail)
        return self._emit(view, actor, "start_draft", detail)

    # -- transitions ---------------------------------------------------------------------------------------

    def submit(self, slug: str, revision: int, actor: Viewer) -> VersionView:
        return self._transition(slug, revision, actor, Role.editor, "submit", "draft", self._do_submit)

    def approve(
        self, slug: str, revision: int, actor: Viewer, override_reason: str | None = None, lists: Lists = None
    ) -> VersionView:
        """Approve the version in review. Blocking check findings refuse it (:class:`ChecksBlocked`) unless
        ``override_reason`` says why it is right anyway; the reason and the findings go into the audit event.
        ``lists`` (media list ids) choose who is emailed when it goes live (see :mod:`statements.media`)."""
        reason = _reason(override_reason, "override_reason") if override_reason is not None else None
        detail: dict[str, Any] = {} if lists is None else {"lists": list(lists)}

        def do(session: Session, statement: Statement, version: Version, actor: Viewer) -> Version:
            approved = self._do_approve(session, statement, version, actor)
            self._weigh_checks(version, reason, detail)
            return approved

        return self._transition(slug, revision, actor, Role.approver, "approve", "in_review", do, detail)

    def reject(self, slug: str, revision: int, actor: Viewer, reason: str) -> VersionView:
        reason = _reason(reason)
        return self._transition(
            slug, revision, actor, Role.approver, "reject", "in_review",
            lambda s, st, v, a: self._do_reject(s, st, v, a, reason), {"reason": reason},
        )  # fmt: skip

    def publish(
        self, slug: str, revision: int, actor: Viewer, publish_at: datetime | None = None, lists: Lists = None
    ) -> VersionView:
        """Publish the approved version now (no ``publish_at``), or at ``publish_at`` (an embargo). A time already
        past is refused (see :mod:`statements.release.schedule`). The release event is written in the same
        transaction, due when the version goes live."""
        now = self.clock()
        when = check_publish_at(publish_at, now)

        def do(session: Session, statement: Statement, version: Version, actor: Viewer) -> Version:
            version.status = "published"
            version.publish_at = when
            record_lift(session, statement.slug, version.number, when, now, actor.name or "")
            return version

        detail: dict[str, Any] = {"publish_at": when.isoformat(), "scheduled": when > now}
        if lists is not None:
            detail["lists"] = list(lists)
        return self._transition(slug, revision, actor, Role.approver, "publish", "approved", do, detail)

    def reschedule(self, slug: str, revision: int, actor: Viewer, publish_at: datetime) -> VersionView:
        """Move a scheduled version's embargo before it lifts."""
        _require(actor, Role.approver)
        now = self.clock()
        if publish_at is None:
            raise ValidationFailed({"publish_at": ["Give the new time."]})
        when = check_publish_at(publish_at, now)
        with self.db.writing() as session:
            statement = self._claim(session, slug, revision)
            version = self._scheduled(statement, now)
            detail = {"from": _iso(version.publish_at), "publish_at": when.isoformat(), "scheduled": when > now}
            if not move_lift(session, slug, version.number, when):
                raise InvalidTransition(f"Version {version.number} has just gone live; it can no longer be moved.")
            version.publish_at = when
            view = self._record(session, statement, version, actor, "reschedule", detail)
        return self._emit(view, actor, "reschedule", detail)

    def unschedule(self, slug: str, revision: int, actor: Viewer) -> VersionView:
        """Cancel a schedule before it lifts: the version is approved again, ready to publish or schedule anew."""
        _require(actor, Role.approver)
        now = self.clock()
        with self.db.writing() as session:
            statement = self._claim(session, slug, revision)
            version = self._scheduled(statement, now)
            if version is not newest(statement):
                raise InvalidTransition("A newer draft was started from this version; withdraw it instead.")
            detail = {"from": _iso(version.publish_at)}
            if not cancel_lift(session, slug, version.number, now):
                raise InvalidTransition(f"Version {version.number} has just gone live; withdraw it instead.")
            version.status = "approved"
            version.publish_at = None
            view = self._record(session, statement, version, actor, "unschedule", detail)
        return self._emit(view, actor, "unschedule", detail)

    def withdraw(self, slug: str, revision: int, actor: Viewer, reason: str) -> VersionView:
        """Withdraw the served version; bots and API then say "do not use". Scheduled versions are cancelled
        for good: they lose their ``publish_at``, so their embargo never lifts, not even as a withdrawal notice."""
        _require(actor, Role.approver)
        reason = _reason(reason)
        now = self.clock()
        with self.db.writing() as session:
            statement = self._claim(session, slug, revision)
            published = [v for v in statement.versions if v.status == "published"]
            if not published:
                raise InvalidTransition("Nothing published to withdraw.")
            served = [v for v in published if v.publish_at is None or v.publish_at <= now]
            scheduled = [v for v in published if v.publish_at is not None and v.publish_at > now]
            for version in published:
                version.status = "withdrawn"
                version.withdrawn_at = now
                version.withdrawn_reason = reason
            for version in scheduled:
                cancel_lift(session, slug, version.number, now)
                version.publish_at = None
            if served:
                notice = {"reason": reason, "at": now.isoformat()}
                record_withdrawal(session, slug, served[-1].number, now, actor.name or "", notice)
            detail: dict[str, Any] = {"reason": reason}
            if scheduled:
                detail["cancelled"] = [v.number for v in scheduled]
            version = (served or scheduled)[-1]
            view = self._record(session, statement, version, actor, "withdraw", detail)
        return self._emit(view, actor, "withdraw", detail)

    # -- internals -----------------------------------------------------------------------------------------

    def _transition(
        self,
        slug: str,
        revision: int,
        actor: Viewer,
        role: Role,
        action: str,
        expected: str,
        do: Step,
        detail: dict[str, Any] | None = None,
    ) -> VersionView:
        _require(actor, role)
        detail = {} if detail is None else detail
        with self.db.writing() as session:
            statement = self._claim(session, slug, revision)
            version = newest(statement)
            if version.status != expected:
                raise InvalidTransition(
                    f"Cannot {action} version {version.number}: it is {version.status}, not {expected}."
                )
            number = version.number
            version = do(session, statement, version, actor)
            view = self._record(session, statement, version, actor, action, detail, audited=number)
        return self._emit(view, actor, action, detail)

    def _do_submit(self, session: Session, statement: Statement, version: Version, actor: Viewer) -> Version:
        version.status = "in_review"
        version.submitted_at = self.clock()
        return version

    def _do_approve(self, session: Session, statement: Statement, version: Version, actor: Viewer) -> Version:
        if wrote(actor.name, version.author, version.contributors):
            raise SelfApproval()
        version.status = "approved"
        version.approved_by = actor.name
        version.approved_at = self.clock()
        return version

    def _weigh_checks(self, version: Version, override_reason: str | None, detail: dict[str, Any]) -> None:
        """Refuse approval on blocking findings without a reason; note what the approver saw in ``detail``."""
        if self.checks is None:
            return
        findings = self.checks.of_view(version_view(version, self.clock(), None))
        if not findings:
            return
        blockers = blocking(findings)
        if blockers and override_reason is None:
            raise ChecksBlocked(version.number, blockers)
        detail["checks"] = tally(findings)
        if blockers:
            detail["override_reason"] = override_reason
            detail["findings"] = [f.brief() for f in findings]

    def _do_reject(
        self, session: Session, statement: Statement, version: Version, actor: Viewer, reason: str
    ) -> Version:
        version.status = "rejected"
        version.rejected_by = actor.name
        version.rejected_reason = reason
        draft = copy_version(session, statement, version, Viewer.staff(version.author, Role.editor), self.clock())
        draft.change_note = version.change_note
        draft.contributors = list(version.contributors or [version.author])  # same wording, same writers
        return draft

    def _claim(self, session: Session, slug: str, revision: int) -> Statement:
        """Bump the revision only if the caller read the latest one: one winner among racing writers."""
        result = cast(
            "CursorResult[Any]",
            session.execute(
                update(Statement)
                .where(Statement.slug == slug, Statement.revision == revision)
                .values(revision=Statement.revision + 1, updated_at=self.clock())
                .execution_options(synchronize_session=False)
            ),
        )
        if result.rowcount != 1:
            current = session.scalar(select(Statement.revision).where(Statement.slug == slug))
            if current is None:
                raise NotFound()
            raise StaleRevision(current)
        statement = statement_by_slug(session, slug)
        if statement is None:
            raise NotFound()
        session.refresh(statement)
        return statement

    @staticmethod
    def _scheduled(statement: Statement, now: datetime) -> Version:
        for version in statement.versions:
            if version.status == "published" and version.publish_at is not None and version.publish_at > now:
                return version
        raise InvalidTransition("Nothing is scheduled: the version has gone live or was never scheduled.")

    def _record(
        self,
        session: Session,
        statement: Statement,
        version: Version,
        actor: Viewer,
        action: str,
        detail: dict[str, Any],
        audited: int | None = None,
    ) -> VersionView:
        """Flush, then add the audit event (against ``audited``, the version the action was on, when it differs
        from the one returned: a reject returns the new draft) and the change-log row, in the same transaction."""
        now = self.clock()
        try:
            session.flush()
        except IntegrityError as exc:
            raise ValidationFailed({"slug": ["Already taken."]}) from exc
        for hook in self._hooks:
            hook(Write(session, action, statement, version, actor, detail, now))
        session.add(
            AuditEvent(
                at=now,
                actor=actor.name,
                action=action,
                slug=statement.slug,
                version=audited or version.number,
                detail=detail,
            )
        )
        session.add(ChangeLogEntry(at=now, slug=statement.slug, action=action))
        session.flush()
        session.refresh(statement)
        return version_view(version, now, current_number(session, statement.id, now))

    def _emit(self, view: VersionView, actor: Viewer, action: str, detail: dict) -> VersionView:
        findings = self.checks.of_view(view) if self.checks is not None and action == "submit" else ()
        event = ChangeEvent(view.slug, action, view, actor.name or "", self.clock(), detail, findings)
        for listener in self._listeners:
            try:
                listener(event)
            except Exception:  # a listener (index, chat notice) must never undo a committed write
                log.exception("change listener %r failed for %s %s", listener, action, view.slug)
        return view


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment is not None else None


def _require(actor: Viewer, role: Role) -> None:
    if not actor.has_role(role):
        raise Forbidden(f"This needs the {role.name} role.")


def _reason(reason: str | None, name: str = "reason") -> str:
    reason = (reason or "").strip() if isinstance(reason, str) else ""
    if not reason:
        raise ValidationFailed({name: ["Give a reason."]})
    if len(reason) > 2000:
        raise ValidationFailed({name: ["At most 2000 characters."]})
    return reason
