"""The reporting-routes and topics registry held in the database (seeded from the bundled JSON)."""

from __future__ import annotations

import builtins
from collections.abc import Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from .clock import Clock, utcnow
from .db import Database
from .drafting import SLUG, slugify
from .emails import is_valid_email
from .errors import Forbidden, NotFound, ValidationFailed
from .models import AuditEvent, ChangeLogEntry, ReportingRoute, Topic, topic_for
from .phones import phone_errors
from .registry import URGENCIES
from .viewer import Role, Viewer
from .views import RouteView, route_view


def urgency_order(route: RouteView) -> tuple[int, str]:
    rank = URGENCIES.index(route.urgency) if route.urgency in URGENCIES else len(URGENCIES)
    return (rank, route.name.lower())


class Routes:
    def __init__(self, db: Database, clock: Clock = utcnow) -> None:
        self.db = db
        self.clock = clock

    def list(self, topic: str | None = None, *, retired: bool = False) -> list[RouteView]:
        """Routes offered now, emergency first; with ``topic``, only those linked to it. ``retired=True``: the
        retired ones instead (kept for the versions that cite them, offered nowhere)."""
        with self.db.reading() as session:
            query = select(ReportingRoute).options(selectinload(ReportingRoute.topics))
            query = query.where(
                ReportingRoute.retired_at.is_not(None) if retired else ReportingRoute.retired_at.is_(None)
            )
            routes = [route_view(r) for r in session.scalars(query)]
        if topic:
            routes = [r for r in routes if topic in r.topics]
        return sorted(routes, key=urgency_order)

    def get(self, route_id: str) -> RouteView:
        with self.db.reading() as session:
            route = session.get(ReportingRoute, route_id, options=[selectinload(ReportingRoute.topics)])
            if route is None:
                raise NotFound("No such reporting route.")
            return route_view(route)

    def retired_ids(self) -> set[str]:
        with self.db.reading() as session:
            return set(session.scalars(select(ReportingRoute.id).where(ReportingRoute.retired_at.is_not(None))))

    def retire(self, route_id: str, actor: Viewer, retired: bool = True) -> RouteView:
        """Retire a route (or bring it back): versions that cite it keep it; nothing offers it any more. Admins."""
        if not actor.has_role(Role.admin):
            raise Forbidden("Only an admin may change the reporting routes registry.")
        action = "route_retire" if retired else "route_restore"
        with self.db.writing() as session:
            route = session.get(ReportingRoute, route_id, options=[selectinload(ReportingRoute.topics)])
            if route is None:
                raise NotFound("No such reporting route.")
            if (route.retired_at is not None) != retired:
                route.retired_at = self.clock() if retired else None
                route.updated_at = self.clock()
                session.add(AuditEvent(at=self.clock(), actor=actor.name, action=action, detail={"id": route_id}))
                session.add(ChangeLogEntry(at=self.clock(), slug=f"route:{route_id}", action=action))
            session.flush()
            return route_view(route)

    def topic_names(self) -> dict[str, str]:
        """Every topic's name by slug (pages show names, links and filters use slugs)."""
        with self.db.reading() as session:
            return {slug: name for slug, name in session.execute(select(Topic.slug, Topic.name))}

    def aliases(self) -> dict[str, builtins.list[str]]:
        with self.db.reading() as session:
            return {r.id: list(r.aliases or []) for r in session.scalars(select(ReportingRoute))}

    def seed(self, routes: Iterable[Any], topics: Iterable[Any]) -> int:
        """Insert or update bundled topics and routes (objects with the registry's attributes). Idempotent."""
        now = self.clock()
        count = 0
        with self.db.writing() as session:
            for spec in topics:
                topic = session.get(Topic, spec.slug) or Topic(slug=spec.slug)
                topic.name = spec.name
                session.add(topic)
            session.flush()
            for spec in routes:
                route = session.get(ReportingRoute, spec.id) or ReportingRoute(id=spec.id)
                route.name, route.url, route.phone = spec.name, spec.url, spec.phone
                route.email = spec.email
                route.when, route.urgency, route.aliases = spec.when, spec.urgency, list(spec.aliases)
                route.updated_at = now
                route.topics = [topic_for(session, slug) for slug in spec.topics]
                session.add(route)
                count += 1
        return count

    def save(self, data: dict[str, Any], actor: Viewer, route_id: str | None = None) -> RouteView:
        """Add (no ``route_id``) or edit a route. Admins only."""
        if not actor.has_role(Role.admin):
            raise Forbidden("Only an admin may change the reporting routes registry.")
        fields = _clean_route(data, creating=route_id is None)
        with self.db.writing() as session:
            route: ReportingRoute | None
            if route_id is None:
                route_id = fields.pop("id", None) or slugify(fields["name"])
                if session.get(ReportingRoute, route_id) is not None:
                    raise ValidationFailed({"id": ["Already taken."]})
                route = ReportingRoute(id=route_id, aliases=[], when="")
            else:
                route = session.get(ReportingRoute, route_id)
                if route is None:
                    raise NotFound("No such reporting route.")
            for name in ("name", "url", "phone", "email", "when", "urgency"):
                if name in fields:
                    setattr(route, name, fields[name])
            if "topics" in fields:
                route.topics = [topic_for(session, slug) for slug in fields["topics"]]
            route.updated_at = self.clock()
            session.add(route)
            session.add(AuditEvent(at=self.clock(), actor=actor.name, action="route_save", detail={"id": route_id}))
            session.add(ChangeLogEntry(at=self.clock(), slug=f"route:{route_id}", action="route_save"))
            session.flush()
            return route_view(route)


def _clean_route(data: dict[str, Any], *, creating: bool) -> dict[str, Any]:
    errors: dict[str, list[str]] = {}
    out: dict[str, Any] = {}
    allowed = {"id", "name", "url", "phone", "email", "when", "urgency", "topics"}
    for name in set(data) - allowed:
        errors[name] = ["Unknown field."]
    for name in ("name", "url", "phone", "email", "when"):
        if name in data:
            value = data[name]
            if value is not None and not isinstance(value, str):
                errors[name] = ["Must be text."]
                continue
            out[name] = (value or "").strip() or None
    if out.get("when") is None and "when" in out:
        out["when"] = ""
    if creating and not out.get("name"):
        errors["name"] = ["Required."]
    if out.get("phone") and phone_errors(out["phone"]):
        errors["phone"] = phone_errors(out["phone"])
    if out.get("email") and not is_valid_email(out["email"]):
        errors["email"] = ["An e-mail address such as report@phishing.gov.uk."]
    if out.get("url") and not out["url"].startswith(("https://", "http://")):
        errors["url"] = ["A web address starting with https://."]
    if "urgency" in data or creating:
        if data.get("urgency") not in URGENCIES:
            errors["urgency"] = [f"One of: {', '.join(URGENCIES)}."]
        else:
            out["urgency"] = data["urgency"]
    if data.get("id"):
        if not isinstance(data["id"], str) or not SLUG.match(data["id"]):
            errors["id"] = ["Lower-case letters, digits and hyphens."]
        else:
            out["id"] = data["id"]
    if "topics" in data:
        topics = data["topics"]
        if not isinstance(topics, list) or not all(isinstance(t, str) and SLUG.match(t) for t in topics):
            errors["topics"] = ["A list of topic slugs."]
        else:
            out["topics"] = topics
    if errors:
        raise ValidationFailed(errors)
    return out
