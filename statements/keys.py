"""API keys: 256-bit random tokens, stored only as SHA-256, compared in constant time."""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import or_, select

from .clock import Clock, utcnow
from .db import Database
from .errors import NotFound, ValidationFailed
from .models import ApiKey, AuditEvent
from .viewer import Role, Viewer

PREFIX = "pl_"
SLACK_USER = re.compile(r"[UW][A-Z0-9]{2,39}")  # Slack's user ids: U024BE7LH, W012A3CDE (Enterprise Grid)


@dataclass(frozen=True)
class KeyView:
    id: int
    name: str
    role: str
    prefix: str
    slack_user: str | None
    created_at: datetime
    revoked_at: datetime | None


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class Keys:
    def __init__(self, db: Database, clock: Clock = utcnow) -> None:
        self.db = db
        self.clock = clock

    def create(self, name: str, role: str, slack_user: str | None = None) -> tuple[KeyView, str]:
        """Make a key; the token is returned once and never stored."""
        name = (name or "").strip()
        errors: dict[str, list[str]] = {}
        if not name or len(name) > 200:
            errors["name"] = ["Give the name of the person or partner, at most 200 characters."]
        if role not in Role.__members__:
            errors["role"] = [f"One of: {', '.join(Role.__members__)}."]
        slack_user = (slack_user or "").strip() or None
        if slack_user is not None and not SLACK_USER.fullmatch(slack_user):
            errors["slack_user"] = ["A Slack user id: U or W then capital letters and digits, like U024BE7LH."]
        if errors:
            raise ValidationFailed(errors)
        token = PREFIX + secrets.token_urlsafe(32)
        with self.db.writing() as session:
            key = ApiKey(
                name=name, role=role, key_hash=hash_token(token), prefix=token[:10],
                slack_user=slack_user, created_at=self.clock(),
            )  # fmt: skip
            session.add(key)
            session.add(
                AuditEvent(at=self.clock(), actor="cli", action="key_create", detail={"name": name, "role": role})
            )
            session.flush()
            view = _view(key)
        return view, token

    def replace(self, name: str, role: str) -> tuple[KeyView, str]:
        """Revoke every live key called ``name``, then make a new one: ``pressline demo`` run again leaves two
        live demo keys, not two more each time."""
        with self.db.writing() as session:
            now = self.clock()
            for key in session.scalars(select(ApiKey).where(ApiKey.name == name, ApiKey.revoked_at.is_(None))):
                key.revoked_at = now
                session.add(AuditEvent(at=now, actor="cli", action="key_revoke", detail={"id": key.id}))
        return self.create(name, role)

    def list(self) -> list[KeyView]:
        with self.db.reading() as session:
            return [_view(k) for k in session.scalars(select(ApiKey).order_by(ApiKey.id))]

    def revoke(self, ident: str) -> KeyView:
        """Revoke by id, prefix or name (a name must match exactly one live key)."""
        with self.db.writing() as session:
            query = select(ApiKey).where(ApiKey.revoked_at.is_(None))
            if ident.isdecimal() and len(ident) <= 12:
                query = query.where(ApiKey.id == int(ident))
            else:
                query = query.where(or_(ApiKey.prefix == ident, ApiKey.name == ident))
            keys = session.scalars(query).all()
            if not keys:
                raise NotFound(f"No live key matches {ident!r}.")
            if len(keys) > 1:
                raise ValidationFailed({"key": [f"{len(keys)} keys match {ident!r}; give the id."]})
            keys[0].revoked_at = self.clock()
            session.add(AuditEvent(at=self.clock(), actor="cli", action="key_revoke", detail={"id": keys[0].id}))
            return _view(keys[0])

    def authenticate(self, token: str) -> Viewer | None:
        """The viewer a live key stands for, or None for an unknown or revoked key."""
        if not token or len(token) > 200:
            return None
        digest = hash_token(token)
        with self.db.reading() as session:
            key = session.scalar(select(ApiKey).where(ApiKey.key_hash == digest))
        if key is None or key.revoked_at is not None or not hmac.compare_digest(key.key_hash, digest):
            return None
        return Viewer.staff(key.name, key.role)

    def viewer_for_hash(self, digest: str) -> Viewer | None:
        """The viewer of a live key given its stored hash: console sessions keep the hash, never the token,
        and re-check it on every request so a revoked key ends its sessions at once."""
        if not digest or len(digest) != 64:
            return None
        with self.db.reading() as session:
            key = session.scalar(select(ApiKey).where(ApiKey.key_hash == digest, ApiKey.revoked_at.is_(None)))
        return Viewer.staff(key.name, key.role) if key else None

    def by_slack_user(self, user_id: str) -> Viewer | None:
        with self.db.reading() as session:
            key = session.scalar(
                select(ApiKey)
                .where(ApiKey.slack_user == user_id, ApiKey.revoked_at.is_(None))
                .order_by(ApiKey.id.desc())
            )
        return Viewer.staff(key.name, key.role) if key else None


def _view(key: ApiKey) -> KeyView:
    return KeyView(key.id, key.name, key.role, key.prefix, key.slack_user, key.created_at, key.revoked_at)
